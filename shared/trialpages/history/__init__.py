"""Change history: what changed between two versions of a study, in plain English."""

from trialpages.history.diff import ChangeEntry, study_changes

__all__ = ["ChangeEntry", "study_changes"]
