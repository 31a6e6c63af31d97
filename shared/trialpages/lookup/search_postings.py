"""Search postings (pure): every study a term finds, or every site in a map cell, one line each,
packed into a few large strings.

A search then reads a handful of items however many studies it finds: DynamoDB (and moto far
more) charges per item and per attribute read, so a term's thousands of studies as thousands of
items cost a search seconds where a few strings cost milliseconds. publish_site packs them from
the per-study items render_study writes (trialpages.aws.index.postings).
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from trialpages.lookup.search_terms import OPEN_STATUSES, SearchListing

FIELD, LINE, LIST = "\t", "\n", "|"
CHUNK_BYTES = 350_000  # a chunk and its keys stay under DynamoDB's 400 KB item limit


def _clean(text: str | None) -> str:
    """Registry text as a field: never a separator inside it."""
    if not text:
        return ""
    return " ".join(text.replace(LIST, "/").split())


def _number(value: float | None) -> str:
    return "" if value is None else repr(value)


def _float(text: str) -> float | None:
    return float(text) if text else None


class TermEntry(NamedTuple):
    """What a search's filters and its best-match order read of a study the term finds: the line's
    fields as written, each read only when a filter asks (a search may hold thousands)."""

    nct_id: str
    status: str
    rank_code: str
    last_update: str
    min_age: str
    max_age: str
    sex: str
    healthy: str
    phase_codes: str
    study_type: str
    country_names: str

    @property
    def open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def rank(self) -> int:
        return int(self.rank_code)

    @property
    def min_age_years(self) -> float | None:
        return _float(self.min_age)

    @property
    def max_age_years(self) -> float | None:
        return _float(self.max_age)

    @property
    def healthy_volunteers(self) -> bool:
        return self.healthy == "1"

    @property
    def phases(self) -> list[str]:
        return self.phase_codes.split(LIST) if self.phase_codes else []

    @property
    def countries(self) -> list[str]:
        return self.country_names.split(LIST) if self.country_names else []


def term_line(listing: SearchListing, rank: int) -> str:
    fields = (
        listing.nct_id,
        listing.status,
        str(rank),
        listing.last_update,
        _number(listing.min_age_years),
        _number(listing.max_age_years),
        listing.sex,
        "1" if listing.healthy_volunteers else "0",
        LIST.join(listing.phases),
        listing.study_type,
        LIST.join(_clean(country) for country in listing.countries),
    )
    return FIELD.join(fields)


def _lines(packed: Iterable[str]) -> Iterator[str]:
    for chunk in packed:
        yield from filter(None, chunk.split(LINE))


def term_entries(packed: Iterable[str], *, only: Container[str] | None = None) -> Iterator[TermEntry]:
    """The entries of a term's posting; only those of the studies in `only`, if given."""
    for line in _lines(packed):
        if only is None or line[: line.find(FIELD)] in only:
            yield TermEntry._make(line.split(FIELD))


@dataclass(frozen=True, slots=True)
class SiteEntry:
    """A study site with a geo point, as a place search ranks it."""

    nct_id: str
    lat: float
    lon: float
    city: str | None
    state: str | None
    country: str | None


def site_line(nct_id: str, lat: float, lon: float, city: str | None, state: str | None, country: str | None) -> str:
    return FIELD.join((nct_id, repr(lat), repr(lon), _clean(city), _clean(state), _clean(country)))


def site_entries(packed: Iterable[str]) -> Iterator[SiteEntry]:
    for line in _lines(packed):
        nct_id, lat, lon, city, state, country = line.split(FIELD)
        yield SiteEntry(nct_id, float(lat), float(lon), city or None, state or None, country or None)


def pack(lines: Iterable[str], *, chunk_bytes: int = CHUNK_BYTES) -> list[str]:
    """Lines joined into as few strings as fit, each at most `chunk_bytes` of UTF-8, in their order."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for line in lines:
        length = len(line.encode("utf-8")) + 1
        if current and size + length > chunk_bytes:
            chunks.append(LINE.join(current))
            current, size = [], 0
        current.append(line)
        size += length
    if current:
        chunks.append(LINE.join(current))
    return chunks
