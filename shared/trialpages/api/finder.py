"""Run a search against the index in a bounded number of requests (never a Scan).

A search reads the term's posting (every study the term finds, one packed line each: at most
POSTING_QUERIES Queries), for a place the packed sites of the map cells the circle touches (at
most MAX_CELLS Queries, one each), then what the page's results show (one batch read). For a place,
a term whose posting is larger (every study, or "cancer", at the registry's scale) is read from
the other side: the lines of the studies in reach, by key, in the requests left. Whatever the
input, at most MAX_REQUESTS requests; a search that would need more is refused with a clear message.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Container
from dataclasses import dataclass

from trialpages.api.cursor import decode_cursor, encode_cursor
from trialpages.aws.index.lookups import Lookups
from trialpages.lookup.circle_cells import cells_in_reach
from trialpages.lookup.geo import distance_km
from trialpages.lookup.search import (
    Candidate,
    NearestSite,
    SearchHit,
    SearchRequest,
    admits,
    in_best_match_order,
    nearest_first,
)
from trialpages.lookup.search_postings import SiteEntry, TermEntry, site_entries, term_entries
from trialpages.lookup.search_terms import ALL_STUDIES_TERM, query_term
from trialpages.places import Place

MAX_REQUESTS = 10  # DynamoDB requests a search makes at most, whatever its input
POSTING_QUERIES = 1  # 1 MB of packed lines: over 10,000 studies
MAX_CELLS = 8
CELL_QUERIES = 1  # a cell's sites in one answer: some 15,000 sites
READ_BATCH = 100  # keys a batch read takes
_OFFSET = {"offset": re.compile(r"^(0|[1-9][0-9]{0,4})$")}


class SearchTooBroad(Exception):
    """The search would read more than its bound: the message says what to narrow."""


@dataclass(frozen=True)
class Found:
    hits: list[SearchHit]  # this page's
    total: int
    next_cursor: str | None
    term: str


def find(index: Lookups, request: SearchRequest, place: Place | None) -> Found:
    term = query_term(request.q) or ALL_STUDIES_TERM
    binding = "|".join(
        str(part)
        for part in (
            term, place.name if place else "", request.distance_km, request.open, request.age, request.sex,
            request.healthy, request.phase, request.type,
        )
    )  # fmt: skip
    position = decode_cursor(request.cursor, f"search|{binding}", _OFFSET)
    offset = int(position["offset"]) if position else 0
    found: list[Candidate]
    if place is not None and place.is_point:
        assert place.lat is not None and place.lon is not None
        reach, cells = _sites_in_reach(index, place.lat, place.lon, request.distance_km)
        matches = _matches(index, term, request, among=reach)
        if matches is None:  # the term finds more studies than one Query holds: look up those in reach
            matches = _matches_in_reach(index, term, request, reach, MAX_REQUESTS - POSTING_QUERIES - cells - 1)
        found = sorted((Candidate(entry, reach[entry.nct_id]) for entry in matches), key=nearest_first)
    else:
        wanted = set(place.country_names) if place is not None else None
        matches = _matches(index, term, request)
        if matches is None:
            raise SearchTooBroad(
                "This search matches too many studies to sort them all: add a condition or treatment, "
                "a place, or keep “only studies people can join now” ticked."
            )
        ordered = in_best_match_order(
            entry for entry in matches if wanted is None or wanted.intersection(entry.countries)
        )
        found = [Candidate(entry) for entry in ordered]
    window = found[offset : offset + request.limit]
    listings = index.search_listings([candidate.entry.nct_id for candidate in window]) if window else {}
    # A listing is render_study's own, a posting publish_site's: a study that closed (or left the index)
    # since its posting was packed is left out, never shown as one people can join.
    hits = [
        SearchHit(listing, candidate.entry.rank, candidate.site)
        for candidate in window
        if (listing := listings.get(candidate.entry.nct_id)) is not None and admits(listing, request)
    ]
    more = offset + request.limit < len(found)
    cursor = encode_cursor(f"search|{binding}", {"offset": str(offset + request.limit)}) if more else None
    return Found(hits, len(found), cursor, term)


def _matches(
    index: Lookups, term: str, request: SearchRequest, *, among: Container[str] | None = None
) -> list[TermEntry] | None:
    """The posting entry of every study the term finds (of those `among`, if given) that passes the
    filters; None when its posting is more than POSTING_QUERIES Queries hold."""
    packed = index.term_posting(term, open_only=request.open, requests=POSTING_QUERIES)
    if packed is None:
        return None
    return [entry for entry in term_entries(packed, only=among) if admits(entry, request)]


def _matches_in_reach(
    index: Lookups, term: str, request: SearchRequest, reach: Collection[str], requests: int
) -> list[TermEntry]:
    """From the smaller side: the lines of the studies in reach the term finds, read by key."""
    if len(reach) * index.per_study_keys(open_only=request.open) > requests * READ_BATCH:
        raise SearchTooBroad(
            "This search matches too many studies near this place to rank them all: add a condition or "
            "treatment, or choose a smaller distance."
        )
    lines = index.term_lines(term, sorted(reach), open_only=request.open)
    return [entry for entry in term_entries(lines) if admits(entry, request)]


def _sites_in_reach(index: Lookups, lat: float, lon: float, radius_km: float) -> tuple[dict[str, NearestSite], int]:
    """Each study with a site within `radius_km`: its nearest site and how many of its sites are in
    reach; and the Queries it took."""
    cells = cells_in_reach(lat, lon, radius_km)
    if not cells or len(cells) > MAX_CELLS:
        raise SearchTooBroad("This distance covers too wide an area here: choose a smaller distance.")
    nearest: dict[str, tuple[float, SiteEntry]] = {}
    counts: dict[str, int] = {}
    for cell in cells:
        packed = index.site_posting(cell, requests=CELL_QUERIES)
        if packed is None:
            raise SearchTooBroad(
                "More trial sites lie within this distance than one search can rank: choose a smaller distance."
            )
        for site in site_entries(packed):
            distance = distance_km(lat, lon, site.lat, site.lon)
            if distance > radius_km:
                continue
            counts[site.nct_id] = counts.get(site.nct_id, 0) + 1
            if site.nct_id not in nearest or distance < nearest[site.nct_id][0]:
                nearest[site.nct_id] = (distance, site)
    found = {
        nct_id: NearestSite(distance, site.city, site.state, site.country, counts[nct_id])
        for nct_id, (distance, site) in nearest.items()
    }
    return found, len(cells) * CELL_QUERIES
