"""The normalized study model and the pure function that builds it from a raw API v2 record."""

from trialpages.study.errors import InvalidStudyRecord
from trialpages.study.model import Coded, PartialDate, Study
from trialpages.study.normalize import normalize_study

__all__ = ["Coded", "InvalidStudyRecord", "PartialDate", "Study", "normalize_study"]
