"""Related studies: ones sharing a condition, recruiting first, then nearest in phase, then most recently updated."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from trialpages.study import Coded, Study, StudySummary

RELATED_LIMIT = 6
_OPEN_FIRST = {"RECRUITING": 0, "NOT_YET_RECRUITING": 1, "ENROLLING_BY_INVITATION": 2, "AVAILABLE": 2}
_PHASE_NUMBER = {"EARLY_PHASE1": 0.5, "PHASE1": 1, "PHASE2": 2, "PHASE3": 3, "PHASE4": 4}


def phase_number(phase_codes: Iterable[str | None]) -> float | None:
    numbers = [_PHASE_NUMBER[code] for code in phase_codes if code in _PHASE_NUMBER]
    return sum(numbers) / len(numbers) if numbers else None


def rank_related(
    study: Study, candidates: Iterable[StudySummary], phases: dict[str, float | None]
) -> list[StudySummary]:
    """Order candidates for `study`'s related list; `phases` maps candidate id -> its phase number."""
    own_phase = phase_number(p.code for p in study.phases)

    def distance(nct_id: str) -> float:
        other = phases.get(nct_id)
        return 9.0 if own_phase is None or other is None else abs(own_phase - other)

    unique = {c.nct_id: c for c in candidates if c.nct_id != study.nct_id}

    def rank(summary: StudySummary) -> tuple:
        return (
            _OPEN_FIRST.get(summary.overall_status.code or "", 9),
            distance(summary.nct_id),
            _negated(summary.last_update),
            summary.nct_id,
        )

    return sorted(unique.values(), key=rank)[:RELATED_LIMIT]


def summary_of_listing(listing: dict) -> StudySummary:
    """A StudySummary from an index listing (what the worker reads from the lookup index)."""
    return StudySummary(
        nct_id=listing["nct_id"],
        brief_title=listing["brief_title"],
        overall_status=Coded(code=listing["status"], label=listing["status_label"]),
        phase_label=listing["phase_label"],
        study_type=Coded(code=listing["study_type"], label=listing["study_type"].replace("_", " ").capitalize()),
        conditions=listing.get("conditions", []),
        last_update=listing["last_update"],
    )


def _terms(study: Study) -> set[str]:
    return {t.casefold() for t in study.conditions} | {m.term.casefold() for m in study.condition_mesh_terms}


class RelatedIndex:
    """Built once over every study being rendered; answers `related(study)` among studies sharing a condition."""

    def __init__(self, studies: list[Study]) -> None:
        self._summaries = {s.nct_id: StudySummary.of(s) for s in studies}
        self._phases = {s.nct_id: phase_number(p.code for p in s.phases) for s in studies}
        self._by_term: dict[str, list[str]] = defaultdict(list)
        for study in studies:
            for term in _terms(study):
                self._by_term[term].append(study.nct_id)

    def related(self, study: Study, limit: int = RELATED_LIMIT) -> list[StudySummary]:
        sharing = {nct_id for term in _terms(study) for nct_id in self._by_term.get(term, ())}
        return rank_related(study, (self._summaries[n] for n in sharing), self._phases)[:limit]


def _negated(iso_date: str) -> tuple[int, ...]:
    return tuple(-int(part) for part in iso_date.split("-"))
