"""Related studies within a set of studies: the ones that share a condition or a MeSH condition term."""

from __future__ import annotations

from collections import defaultdict

from trialpages.study import Study, StudySummary

RELATED_LIMIT = 6
_OPEN_FIRST = {"RECRUITING": 0, "NOT_YET_RECRUITING": 1, "ENROLLING_BY_INVITATION": 2, "AVAILABLE": 2}


def _terms(study: Study) -> set[str]:
    return {t.casefold() for t in study.conditions} | {m.term.casefold() for m in study.condition_mesh_terms}


class RelatedIndex:
    """Built once over every study being rendered; answers `related(study)` by shared condition terms."""

    def __init__(self, studies: list[Study]) -> None:
        self._summaries = {s.nct_id: StudySummary.of(s) for s in studies}
        self._by_term: dict[str, list[str]] = defaultdict(list)
        for study in studies:
            for term in _terms(study):
                self._by_term[term].append(study.nct_id)

    def related(self, study: Study, limit: int = RELATED_LIMIT) -> list[StudySummary]:
        shared: dict[str, int] = defaultdict(int)
        for term in _terms(study):
            for nct_id in self._by_term.get(term, ()):
                if nct_id != study.nct_id:
                    shared[nct_id] += 1

        def rank(nct_id: str) -> tuple:
            summary = self._summaries[nct_id]
            # Most terms in common, then studies people can still join, then the freshest.
            return (
                -shared[nct_id],
                _OPEN_FIRST.get(summary.overall_status.code or "", 9),
                _negated(summary.last_update),
                nct_id,
            )

        return [self._summaries[n] for n in sorted(shared, key=rank)[:limit]]


def _negated(iso_date: str) -> tuple[int, ...]:
    return tuple(-int(part) for part in iso_date.split("-"))
