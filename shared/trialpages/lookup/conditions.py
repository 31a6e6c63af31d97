"""Condition pages as the index keeps them, and their counts by status and phase (pure).

The counts are made by one function, whoever shows them: the condition page, the summary
publish_site records for the API, and the API's own count before a page exists.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict


class Condition(BaseModel):
    model_config = ConfigDict(frozen=True)

    slug: str
    name: str


class ConditionSummary(BaseModel):
    """One condition page as the home page, the index and the sitemaps see it."""

    model_config = ConfigDict(frozen=True)

    slug: str
    name: str
    count: int
    lastmod: str  # the newest registry update among its studies
    fetched: str | None = None  # the newest day this site fetched one of its studies
    body_systems: list[str] = []  # those most of its studies are filed under (lookup.body_systems)


class ConditionTotals(BaseModel):
    """A condition's studies counted by status and phase, commonest first."""

    model_config = ConfigDict(frozen=True)

    studies: int
    by_status: dict[str, int]
    by_phase: dict[str, int]


def condition_totals(labels: Iterable[tuple[str, str]]) -> ConditionTotals:
    """`labels`: each study's (status label, phase label)."""
    pairs = list(labels)
    return ConditionTotals(
        studies=len(pairs),
        by_status=dict(Counter(status for status, _ in pairs).most_common()),
        by_phase=dict(Counter(phase for _, phase in pairs).most_common()),
    )
