"""Run a search against the index in a bounded number of Queries (never a Scan).

A search reads the term's partition (the studies the term finds, each with its search listing:
at most MATCH_PAGES Queries) and, for a place, the sites in the geohash cells the circle
touches (at most MAX_CELLS Queries, one each). Whatever the input, at most
MATCH_PAGES + MAX_CELLS Queries; a search that would need more is refused with a clear message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trialpages.api.cursor import decode_cursor, encode_cursor
from trialpages.aws.index.items import search_listing_of
from trialpages.aws.index.lookups import Lookups
from trialpages.lookup.circle_cells import cells_in_reach
from trialpages.lookup.geo import distance_km
from trialpages.lookup.search import (
    NearestSite,
    SearchHit,
    SearchRequest,
    admits,
    best_match_order,
    nearest_first,
)
from trialpages.lookup.search_terms import ALL_STUDIES_TERM, query_term
from trialpages.places import Place

MATCH_PAGES = 2
MATCH_PAGE_ITEMS = 2500  # about 1 MB of search listings: one DynamoDB response
MAX_CELLS = 8
MAX_SITES = 5000  # as /v1/studies?near=: about 1.2 MB of site items
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
    matches = _matches(index, term, request)
    if place is not None and place.is_point:
        assert place.lat is not None and place.lon is not None
        reach = _sites_in_reach(index, place.lat, place.lon, request.distance_km)
        hits = sorted(
            (SearchHit(listing, rank, reach[nct_id]) for nct_id, (listing, rank) in matches.items() if nct_id in reach),
            key=nearest_first,
        )
    else:
        wanted = set(place.country_names) if place is not None else None
        hits = sorted(
            (
                SearchHit(listing, rank)
                for listing, rank in matches.values()
                if wanted is None or wanted.intersection(listing.countries)
            ),
            key=best_match_order,
        )
    window = hits[offset : offset + request.limit]
    more = offset + request.limit < len(hits)
    cursor = encode_cursor(f"search|{binding}", {"offset": str(offset + request.limit)}) if more else None
    return Found(window, len(hits), cursor, term)


def _matches(index: Lookups, term: str, request: SearchRequest) -> dict[str, tuple]:
    """nct_id -> (search listing, rank) of every study the term finds that passes the filters."""
    query = index.search_matches(term, open_only=request.open)
    found: dict[str, tuple] = {}
    after = None
    for _ in range(MATCH_PAGES):
        page = index.page(query, limit=MATCH_PAGE_ITEMS, after=after, max_examined=MATCH_PAGE_ITEMS)
        for item in page.items:
            listing = search_listing_of(item)
            if admits(listing, request):
                found[listing.nct_id] = (listing, int(item.get("rank", 2)))
        after = page.resume_after
        if after is None:
            return found
    raise SearchTooBroad(
        "This search matches too many studies to sort them all: add a condition or treatment, "
        "or keep “only studies people can join now” ticked."
    )


def _sites_in_reach(index: Lookups, lat: float, lon: float, radius_km: float) -> dict[str, NearestSite]:
    """Each study with a site within `radius_km`: its nearest site and how many of its sites are in reach."""
    cells = cells_in_reach(lat, lon, radius_km)
    if not cells or len(cells) > MAX_CELLS:
        raise SearchTooBroad("This distance covers too wide an area here: choose a smaller distance.")
    nearest: dict[str, tuple[float, dict]] = {}
    counts: dict[str, int] = {}
    examined = 0
    for cell in cells:
        budget = MAX_SITES - examined
        page = index.page(index.sites_in(cell), limit=budget, max_examined=budget + 1) if budget > 0 else None
        if page is None or page.resume_after is not None:
            raise SearchTooBroad(
                "More trial sites lie within this distance than one search can rank: choose a smaller distance."
            )
        examined += page.examined
        for site in page.items:
            distance = distance_km(lat, lon, site["lat"], site["lon"])
            if distance > radius_km:
                continue
            nct_id = site["nct_id"]
            counts[nct_id] = counts.get(nct_id, 0) + 1
            if nct_id not in nearest or distance < nearest[nct_id][0]:
                nearest[nct_id] = (distance, site)
    return {
        nct_id: NearestSite(distance, site.get("city"), site.get("state"), site.get("country"), counts[nct_id])
        for nct_id, (distance, site) in nearest.items()
    }
