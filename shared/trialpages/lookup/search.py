"""A search's parameters, its filters and its order (pure): what /find/ and /v1/search share.

The repository hands over the studies a term finds (their posting entries) and, for a place,
the sites in reach; this module checks the filters and orders the results.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from trialpages.lookup.search_postings import TermEntry
from trialpages.lookup.search_terms import SearchListing

NCT_ID = re.compile(r"^\s*(NCT[0-9]{8})\s*$", re.IGNORECASE)
DEFAULT_DISTANCE_KM = 50.0
MAX_DISTANCE_KM = 100.0
KM_PER_MILE = 1.609344
PHASES = {
    "early1": "EARLY_PHASE1",
    "1": "PHASE1",
    "2": "PHASE2",
    "3": "PHASE3",
    "4": "PHASE4",
    "na": "NA",
}
TYPES = {"interventional": "INTERVENTIONAL", "observational": "OBSERVATIONAL", "expanded_access": "EXPANDED_ACCESS"}
SEXES = ("all", "female", "male")
PARAMETERS = ("q", "place", "distance_km", "open", "age", "sex", "healthy", "phase", "type", "limit", "cursor")


class SearchRequest(BaseModel):
    """The parameters as a patient's form or a client sends them; every one optional."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    q: str = Field("", max_length=200)
    place: str = Field("", max_length=200)
    distance_km: float = Field(DEFAULT_DISTANCE_KM, gt=0, le=MAX_DISTANCE_KM)
    open: bool = True
    age: int | None = Field(None, ge=0, le=120)
    sex: str = "all"
    healthy: bool = False
    phase: str = ""
    type: str = ""
    limit: int = Field(20, ge=1, le=100)
    cursor: str | None = Field(None, max_length=512)

    @field_validator("sex")
    @classmethod
    def _known_sex(cls, value: str) -> str:
        if value.lower() not in SEXES:
            raise ValueError("sex is all, female or male")
        return value.lower()

    @field_validator("phase")
    @classmethod
    def _known_phase(cls, value: str) -> str:
        if value and value.lower() not in PHASES:
            raise ValueError("phase is early1, 1, 2, 3, 4 or na")
        return value.lower()

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        if value and value.lower() not in TYPES:
            raise ValueError("type is interventional, observational or expanded_access")
        return value.lower()

    @property
    def nct_id(self) -> str | None:
        """The study a query names by its id (it then goes straight to its page)."""
        match = NCT_ID.match(self.q)
        return match.group(1).upper() if match else None


class SearchInputError(ValueError):
    """Parameters a search cannot run with: each problem as (parameter, message)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(f"{name}: {message}" for name, message in problems))
        self.problems = problems


def parse_request(params: dict[str, str]) -> SearchRequest:
    """Form values as sent (empty fields are absent); a SearchInputError names each bad one."""
    unknown = sorted(set(params) - set(PARAMETERS))
    if unknown:
        raise SearchInputError([(name, "not a search parameter") for name in unknown])
    given: dict[str, object] = {name: value for name, value in params.items() if value.strip() != ""}
    for flag in ("open", "healthy"):
        if flag in given:
            if given[flag] not in ("0", "1", "true", "false"):
                raise SearchInputError([(flag, "is 1 or 0")])
            given[flag] = given[flag] in ("1", "true")
    try:
        return SearchRequest.model_validate(given)
    except ValidationError as error:
        raise SearchInputError(
            [
                (".".join(str(part) for part in problem["loc"]) or "query", _message(problem))
                for problem in error.errors()
            ]
        ) from error


def _message(problem: Mapping[str, Any]) -> str:
    text = str(problem.get("msg", "is not valid"))
    return text.removeprefix("Value error, ")


def admits(listing: TermEntry | SearchListing, request: SearchRequest) -> bool:
    """Whether a study passes the request's filters (the term and the place aside)."""
    if request.open and not listing.open:
        return False
    if request.age is not None:
        if listing.min_age_years is not None and request.age < listing.min_age_years:
            return False
        # "65 Years" as a maximum takes people until their 66th birthday.
        if listing.max_age_years is not None and request.age >= listing.max_age_years + 1:
            return False
    if request.sex != "all" and listing.sex not in ("ALL", request.sex.upper()):
        return False
    if request.healthy and not listing.healthy_volunteers:
        return False
    if request.phase and PHASES[request.phase] not in (listing.phases or ["NA"]):
        return False
    return not (request.type and listing.study_type != TYPES[request.type])


@dataclass(frozen=True)
class NearestSite:
    distance_km: float
    city: str | None
    state: str | None
    country: str | None
    sites_in_reach: int


@dataclass(frozen=True, slots=True)
class Candidate:
    """A study the search found, before the page's listings are read."""

    entry: TermEntry
    site: NearestSite | None = None


@dataclass(frozen=True)
class SearchHit:
    listing: SearchListing
    rank: int
    site: NearestSite | None = None


def in_best_match_order(entries: Iterable[TermEntry]) -> list[TermEntry]:
    """Open studies first, the study's own condition before a broader one, newest update first, then
    by id (sorts from the last key to the first: each sort keeps the order of what it finds equal)."""
    ordered = sorted(entries, key=attrgetter("nct_id"))
    ordered.sort(key=attrgetter("last_update"), reverse=True)
    ordered.sort(key=lambda entry: (not entry.open, entry.rank_code))
    return ordered


def nearest_first(found: Candidate) -> tuple:
    assert found.site is not None
    return (found.site.distance_km, found.entry.nct_id)
