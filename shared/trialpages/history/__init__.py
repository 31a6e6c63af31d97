"""Change history: what changed between two versions of a study, in plain English.

`ChangeEntry` (what the index, pages and feeds hold) is light; `study_changes` (trialpages.history.diff) reads the
study model, which the API never needs: import it from there.
"""

from trialpages.history.entry import ChangeEntry

__all__ = ["ChangeEntry"]
