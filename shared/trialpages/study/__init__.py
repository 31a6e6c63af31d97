"""The normalized study model and the pure function that builds it from a raw API v2 record.

Loaded on first use, so that a light module of this package (slugs.py: lookup_api's facets)
costs no model or normalizer.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trialpages.study.errors import InvalidStudyRecord
    from trialpages.study.model import Coded, PartialDate, Study
    from trialpages.study.normalize import normalize_study

__all__ = ["Coded", "InvalidStudyRecord", "PartialDate", "Study", "normalize_study"]
_HOME = {
    "Coded": "trialpages.study.model",
    "InvalidStudyRecord": "trialpages.study.errors",
    "PartialDate": "trialpages.study.model",
    "Study": "trialpages.study.model",
    "normalize_study": "trialpages.study.normalize",
}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(import_module(_HOME[name]), name)
    raise AttributeError(f"module 'trialpages.study' has no attribute {name!r}")
