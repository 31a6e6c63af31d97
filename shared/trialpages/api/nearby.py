"""Studies with a site within a radius, nearest first: Queries on the geohash cells covering the circle.

Ranking needs every site in reach, so a search reads at most MAX_SITES site items; a search
that would need more (a wide radius over a city dense with trials) is refused with a 400
asking for a smaller radius, rather than answered with a partial, wrongly ranked list.

Site items carry no study status (a status change would otherwise rewrite every site of a
study): with `status=`, the ranked studies' listings are read nearest first, a batch at a time,
until the page is full; without it, only the page's.
"""

from __future__ import annotations

import re

from trialpages.api.cursor import decode_cursor, encode_cursor
from trialpages.api.problems import ApiProblem
from trialpages.aws.index.lookups import Lookups
from trialpages.lookup.circle_cells import distance_to_cell
from trialpages.lookup.facets import facet_token
from trialpages.lookup.geo import cells_covering, distance_km

DEFAULT_RADIUS_KM = 50.0
MAX_RADIUS_KM = 100.0
# Small circles use the fine cells; larger ones the coarse cells, so a search stays a few Queries.
FINE_UP_TO_KM = 25.0
# The most geohash cells (one Query each) a search may read. Every inhabited place, up to about 80 degrees of
# latitude, needs far fewer at any allowed radius; at the poles every meridian meets and a circle touches hundreds
# (2,048 Queries for near=90,0 before this bound).
MAX_CELL_QUERIES = 32
# About 1.2 MB of site items, some 150 read units: the most one search may read.
MAX_SITES = 5000
LISTINGS_BATCH = 100  # one BatchGetItem
_OFFSET = {"offset": re.compile(r"^(0|[1-9][0-9]{0,3})$")}  # below MAX_SITES: no search ranks more studies
_SITE_FIELDS = ("facility", "city", "state", "country", "lat", "lon")


def nearby_studies(
    index: Lookups,
    lat: float,
    lon: float,
    radius_km: float,
    status: str | None,
    limit: int,
    cursor: str | None,
) -> dict:
    """`status` is a facet token (facet_token("status", ...)), as each study's listing status is compared."""
    search = f"near|{lat:.5f},{lon:.5f}|{radius_km:g}|{status or ''}"
    position = decode_cursor(cursor, search, _OFFSET)
    offset = int(position["offset"]) if position else 0
    ranked = _ranked_sites(index, lat, lon, radius_km)
    if status is None:
        window = ranked[offset : offset + limit]
        listings = index.listings([nct_id for nct_id, _ in window])
        found = [(listings[nct_id], place) for nct_id, place in window if nct_id in listings]
        more = offset + limit < len(ranked)
    else:
        matching = _with_status(index, ranked, status, wanted=offset + limit + 1)
        found, more = matching[offset : offset + limit], len(matching) > offset + limit
    studies = [
        {
            **listing,
            "distance_km": round(distance, 1),
            "nearest_site": {name: site.get(name) for name in _SITE_FIELDS} | {"status": site.get("site_status")},
        }
        for listing, (distance, site) in found
    ]
    return {
        "studies": studies,
        "count": len(studies),
        "next_cursor": encode_cursor(search, {"offset": str(offset + limit)}) if more else None,
    }


def _with_status(index: Lookups, ranked: list, status: str, *, wanted: int) -> list[tuple[dict, tuple[float, dict]]]:
    """The nearest `wanted` studies whose status is `status`, reading listings a batch at a time."""
    matching = []
    for start in range(0, len(ranked), LISTINGS_BATCH):
        window = ranked[start : start + LISTINGS_BATCH]
        listings = index.listings([nct_id for nct_id, _ in window])
        for nct_id, place in window:
            listing = listings.get(nct_id)  # absent: sites are written before the version is recorded
            if listing is not None and facet_token("status", listing.get("status") or "UNKNOWN") == status:
                matching.append((listing, place))
        if len(matching) >= wanted:
            break
    return matching[:wanted]


def _ranked_sites(index: Lookups, lat: float, lon: float, radius_km: float) -> list[tuple[str, tuple[float, dict]]]:
    """Every study with a site in reach and its nearest site, nearest first; a 400 past MAX_SITES."""
    nearest: dict[str, tuple[float, dict]] = {}
    examined = 0
    for cell in _cells_to_read(lat, lon, radius_km):
        budget = MAX_SITES - examined
        # One item over the budget tells "too many" from "exactly the budget".
        page = index.page(index.sites_in(cell), limit=budget, max_examined=budget + 1) if budget > 0 else None
        if page is None or page.resume_after is not None:
            raise ApiProblem(
                400,
                f"more than {MAX_SITES:,} trial sites lie within {radius_km:g} km of this point: use a smaller radius_km",
            )
        examined += page.examined
        for site in page.items:
            distance = distance_km(lat, lon, site["lat"], site["lon"])
            if distance <= radius_km and (site["nct_id"] not in nearest or distance < nearest[site["nct_id"]][0]):
                nearest[site["nct_id"]] = (distance, site)
    return sorted(nearest.items(), key=lambda pair: (pair[1][0], pair[0]))


def _cells_to_read(lat: float, lon: float, radius_km: float) -> list[str]:
    """The cells the circle reaches, at most MAX_CELL_QUERIES of them, else a 400 before any read.

    Fine cells for small circles, coarse ones for larger (or where the fine ones are too many, far north or
    south); a cell of the box that lies wholly outside the circle is not read."""
    preferred = (4, 3) if radius_km <= FINE_UP_TO_KM else (3,)
    for precision in preferred:
        cells = [
            cell
            for cell in cells_covering(lat, lon, radius_km, precision)
            if distance_to_cell(lat, lon, cell) <= radius_km
        ]
        if len(cells) <= MAX_CELL_QUERIES:
            return cells
    raise ApiProblem(
        400,
        f"a circle of {radius_km:g} km around {lat:g},{lon:g} is too close to a pole to search: "
        f"it touches more than {MAX_CELL_QUERIES} map cells",
    )
