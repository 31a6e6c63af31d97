"""Related studies: ones sharing a condition page, recruiting first, then nearest in phase, then most recently updated.

Candidates are, for each condition page a study is listed on, the RELATED_CANDIDATES most
recently updated studies of that page (the study itself included, then left out): what one
index Query returns. Every page is ranked over exactly these, from the listings alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from trialpages.lookup.listing import StudyListing

RELATED_LIMIT = 6
RELATED_CANDIDATES = 50  # per condition page, newest first: plenty to pick 6 from
_OPEN_FIRST = {"RECRUITING": 0, "NOT_YET_RECRUITING": 1, "ENROLLING_BY_INVITATION": 2, "AVAILABLE": 2}
_PHASE_NUMBER = {"EARLY_PHASE1": 0.5, "PHASE1": 1, "PHASE2": 2, "PHASE3": 3, "PHASE4": 4}


def phase_number(phase_codes: Iterable[str | None]) -> float | None:
    numbers = [_PHASE_NUMBER[code] for code in phase_codes if code in _PHASE_NUMBER]
    return sum(numbers) / len(numbers) if numbers else None


def newest_first(listings: Iterable[StudyListing]) -> list[StudyListing]:
    """The index's order within a condition partition (sort key `<last_update>#<id>`, descending)."""
    return sorted(listings, key=lambda listing: (listing.last_update, listing.nct_id), reverse=True)


def related_studies(nct_id: str, phases: list[str], windows: Iterable[Iterable[StudyListing]]) -> list[StudyListing]:
    """Up to RELATED_LIMIT studies for `nct_id` from its condition pages' candidate windows."""
    own_phase = phase_number(phases)
    candidates = {listing.nct_id: listing for window in windows for listing in window if listing.nct_id != nct_id}

    def rank(listing: StudyListing) -> tuple:
        other = phase_number(listing.phases)
        distance = 9.0 if own_phase is None or other is None else abs(own_phase - other)
        return (_OPEN_FIRST.get(listing.status, 9), distance, _negated(listing.last_update), listing.nct_id)

    return sorted(candidates.values(), key=rank)[:RELATED_LIMIT]


def _negated(iso_date: str) -> tuple[int, ...]:
    return tuple(-int(part) for part in iso_date.split("-"))
