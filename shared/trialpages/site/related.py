"""Related studies: ones sharing a condition page, recruiting first, then nearest in phase, then most recently updated.

Candidates are, for each condition page a study is listed on, the RELATED_CANDIDATES most
recently updated studies of that page (the study itself included, then left out): what one
index Query returns. `trialpages render` and the pipeline both rank exactly these, from the
same listing fields, so they pick the same studies.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from trialpages.lookup.items import StudyListing
from trialpages.study import Coded, StudySummary

RELATED_LIMIT = 6
RELATED_CANDIDATES = 50  # per condition page, newest first: plenty to pick 6 from
_OPEN_FIRST = {"RECRUITING": 0, "NOT_YET_RECRUITING": 1, "ENROLLING_BY_INVITATION": 2, "AVAILABLE": 2}
_PHASE_NUMBER = {"EARLY_PHASE1": 0.5, "PHASE1": 1, "PHASE2": 2, "PHASE3": 3, "PHASE4": 4}


def phase_number(phase_codes: Iterable[str | None]) -> float | None:
    numbers = [_PHASE_NUMBER[code] for code in phase_codes if code in _PHASE_NUMBER]
    return sum(numbers) / len(numbers) if numbers else None


def newest_first(listings: Iterable[Mapping]) -> list[Mapping]:
    """The index's order within a condition partition (sort key `<last_update>#<id>`, descending)."""
    return sorted(listings, key=lambda listing: (listing["last_update"], listing["nct_id"]), reverse=True)


def related_studies(nct_id: str, phases: list[str], windows: Iterable[Iterable[Mapping]]) -> list[StudySummary]:
    """Up to RELATED_LIMIT studies for `nct_id` from its condition pages' candidate windows (listing dicts)."""
    own_phase = phase_number(phases)
    candidates = {
        listing["nct_id"]: listing for window in windows for listing in window if listing["nct_id"] != nct_id
    }

    def rank(listing: Mapping) -> tuple:
        other = phase_number(listing.get("phases", []))
        distance = 9.0 if own_phase is None or other is None else abs(own_phase - other)
        return (_OPEN_FIRST.get(listing["status"], 9), distance, _negated(listing["last_update"]), listing["nct_id"])

    return [summary_of_listing(listing) for listing in sorted(candidates.values(), key=rank)[:RELATED_LIMIT]]


def summary_of_listing(listing: Mapping) -> StudySummary:
    """A StudySummary from an index listing: both paths build related links from listings alone."""
    return StudySummary(
        nct_id=listing["nct_id"],
        brief_title=listing["brief_title"],
        overall_status=Coded(code=listing["status"], label=listing["status_label"]),
        phase_label=listing["phase_label"],
        study_type=Coded(code=listing["study_type"], label=listing["study_type"].replace("_", " ").capitalize()),
        conditions=listing.get("conditions", []),
        last_update=listing["last_update"],
    )


class RelatedIndex:
    """`trialpages render`'s related lists: built once over every listing and its condition pages."""

    def __init__(self, listings: list[StudyListing], pages: Mapping[str, list[str]]) -> None:
        """`pages` maps an NCT id to the slugs of the condition pages it is listed on."""
        self._pages = pages
        self._listings = {listing.nct_id: listing.model_dump() for listing in listings}
        members: dict[str, list[Mapping]] = defaultdict(list)
        for listing in listings:
            for slug in pages.get(listing.nct_id, ()):
                members[slug].append(self._listings[listing.nct_id])
        self._windows = {slug: newest_first(listed)[:RELATED_CANDIDATES] for slug, listed in members.items()}

    def related(self, nct_id: str) -> list[StudySummary]:
        listing = self._listings[nct_id]
        windows = [self._windows[slug] for slug in self._pages.get(nct_id, ())]
        return related_studies(nct_id, listing["phases"], windows)


def _negated(iso_date: str) -> tuple[int, ...]:
    return tuple(-int(part) for part in iso_date.split("-"))
