"""What a study can be searched by, and the one summary a search result shows (pure).

A query and a study's names meet as phrases folded alike: case, accents, punctuation and plural
endings aside ("Lung-Cancers" and "lung cancer" are both `lung cancer`). A study is found by its
listed conditions, its MeSH conditions and their ancestors (so "lung cancer" finds non-small cell
lung cancer), their names in patients' words, its treatments (names, other names such as brand
names, MeSH terms) and its lead sponsor.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from pydantic import BaseModel, ConfigDict

from trialpages.lookup.lay_names import LAY_NAMES, lay_name
from trialpages.study import Study

ALL_STUDIES_TERM = "*"  # every study is found under it: a search by place alone
MAX_TERM_LENGTH = 80  # longer names are sentences, not what anyone types
OPEN_STATUSES = frozenset({"RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION", "AVAILABLE"})
_WORD = re.compile(r"[a-z0-9]+")
_KEEP_S = ("ss", "us", "is", "os", "as")

# How well a term names the study: its own condition first, then a broader or lay name, then the rest.
CONDITION, BROADER, OTHER = 0, 1, 2


def fold_phrase(text: str) -> str:
    """`Lung-Cancers` -> `lung cancer`: the one form queries and study names are compared in."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    ascii_text = ascii_text.replace("'s ", " ").replace("'", "")
    return " ".join(_singular(word) for word in _WORD.findall(ascii_text))[:MAX_TERM_LENGTH]


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(_KEEP_S):
        return word[:-1]
    return word


@cache
def _synonyms() -> dict[str, str]:
    """Built at the first query, not at import: most requests (a study, a place) never look one up."""
    folded = ((fold_phrase(name), fold_phrase(lay)) for name, lay in LAY_NAMES.items())
    return {name: lay for name, lay in folded if name != lay}


def query_term(text: str) -> str:
    """The term a query looks up: folded, and a curated synonym ("NSCLC") as its patient-facing name."""
    folded = fold_phrase(text)
    return _synonyms().get(folded, folded)


class SearchListing(BaseModel):
    """What a search result shows and what its filters read, on every term item of the study."""

    model_config = ConfigDict(frozen=True)

    nct_id: str
    title: str
    status: str
    status_label: str
    phases: list[str]
    phase_label: str
    study_type: str
    conditions: list[str]  # in patients' words, at most 3
    countries: list[str]
    site_count: int
    last_update: str
    min_age_years: float | None = None
    max_age_years: float | None = None
    sex: str = "ALL"  # ALL, FEMALE or MALE
    healthy_volunteers: bool = False

    @property
    def open(self) -> bool:
        return self.status in OPEN_STATUSES


def search_terms(study: Study) -> dict[str, int]:
    """term -> how well it names the study (CONDITION, BROADER, OTHER); the best rank wins."""
    ranked: dict[str, int] = {}

    def add(names, rank: int) -> None:
        for name in names:
            term = fold_phrase(name) if name else ""
            if term and len(name) <= MAX_TERM_LENGTH and rank < ranked.get(term, OTHER + 1):
                ranked[term] = rank

    meshes = [term.term for term in study.condition_mesh_terms]
    add(study.conditions + meshes, CONDITION)
    add([lay_name(term) for term in meshes + study.conditions], CONDITION)
    ancestors = [term.term for term in study.condition_mesh_ancestors]
    add(ancestors + [lay_name(term) for term in ancestors], BROADER)
    treatments = [
        name for intervention in study.interventions for name in [intervention.name, *intervention.other_names]
    ]
    add(treatments + [term.term for term in study.intervention_mesh_terms], OTHER)
    add([study.lead_sponsor.name], OTHER)
    if study.acronym:
        add([study.acronym], OTHER)
    return ranked


_AGE = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*(year|month|week|day|hour|minute)", re.IGNORECASE)
_PER_YEAR = {"year": 1.0, "month": 12.0, "week": 52.1775, "day": 365.25, "hour": 8766.0, "minute": 525960.0}


def age_in_years(text: str | None) -> float | None:
    """ "18 Years" -> 18.0; "6 Months" -> 0.5; absent or "N/A" -> None (no limit)."""
    match = _AGE.match(text or "")
    if not match:
        return None
    return float(match.group(1)) / _PER_YEAR[match.group(2).lower()]


def search_listing(study: Study) -> SearchListing:
    meshes = [term.term for term in study.condition_mesh_terms]
    named = [lay_name(term) for term in meshes] or study.conditions
    return SearchListing(
        nct_id=study.nct_id,
        title=study.brief_title,
        status=study.overall_status.code or "UNKNOWN",
        status_label=study.overall_status.label,
        phases=[phase.code for phase in study.phases if phase.code],
        phase_label=study.phase_label,
        study_type=study.study_type.code or "UNKNOWN",
        conditions=list(dict.fromkeys(named))[:3],
        countries=sorted({location.country for location in study.locations if location.country}),
        site_count=len(study.locations),
        last_update=study.last_update,
        min_age_years=age_in_years(study.eligibility.minimum_age),
        max_age_years=age_in_years(study.eligibility.maximum_age),
        sex=study.eligibility.sex.code or "ALL",
        healthy_volunteers=bool(study.eligibility.healthy_volunteers),
    )
