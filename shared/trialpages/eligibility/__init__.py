"""Eligibility: the original criteria as checkable trees, and their plain-English translation."""

from trialpages.eligibility.model import (
    AtAGlance,
    CriteriaSection,
    Criterion,
    GlossaryTerm,
    ParsedCriteria,
    PlainEligibility,
    PlainItem,
)
from trialpages.eligibility.parse import parse_criteria, unescape_markdown
from trialpages.eligibility.translate import translate_eligibility

__all__ = [
    "AtAGlance",
    "CriteriaSection",
    "Criterion",
    "GlossaryTerm",
    "ParsedCriteria",
    "PlainEligibility",
    "PlainItem",
    "parse_criteria",
    "translate_eligibility",
    "unescape_markdown",
]
