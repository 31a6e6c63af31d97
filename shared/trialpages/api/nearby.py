"""Studies with a site within a radius, nearest first: Queries on the geohash cells covering the circle.

Ranking needs every site in reach, so a search reads at most MAX_SITES site items; a search
that would need more (a wide radius over a city dense with trials) is refused with a 400
asking for a smaller radius, rather than answered with a partial, wrongly ranked list.
"""

from __future__ import annotations

import json
import re

from trialpages.api.cursor import decode_cursor, encode_cursor
from trialpages.api.problems import ApiProblem
from trialpages.aws.lookup_store import LookupStore, PartitionQuery
from trialpages.lookup.facets import facet_token
from trialpages.lookup.geo import cells_covering, distance_km

DEFAULT_RADIUS_KM = 50.0
MAX_RADIUS_KM = 100.0
# Small circles use the fine cells; larger ones the coarse cells, so a search stays a few Queries.
FINE_UP_TO_KM = 25.0
# About 1.2 MB of site items, some 150 read units: the most one search may read.
MAX_SITES = 5000
_OFFSET = {"offset": re.compile(r"^(0|[1-9]\d{0,3})$")}  # below MAX_SITES: no search ranks more studies


def nearby_studies(
    store: LookupStore,
    lat: float,
    lon: float,
    radius_km: float,
    status: str | None,
    limit: int,
    cursor: str | None,
) -> dict:
    """`status` is a facet token (facet_token("status", ...)), as the site items' study status is compared."""
    precision = 4 if radius_km <= FINE_UP_TO_KM else 3
    search = f"near|{lat:.5f},{lon:.5f}|{radius_km:g}|{status or ''}"
    position = decode_cursor(cursor, search, _OFFSET)
    offset = int(position["offset"]) if position else 0

    nearest: dict[str, tuple[float, dict]] = {}
    examined = 0
    for cell in cells_covering(lat, lon, radius_km, precision):
        budget = MAX_SITES - examined
        cell_query = PartitionQuery(f"GEO{precision}#{cell}", newest_first=False)
        # One item over the budget tells "too many" from "exactly the budget".
        page = store.page(cell_query, limit=budget, max_examined=budget + 1) if budget > 0 else None
        if page is None or page.resume_after is not None:
            raise ApiProblem(
                400,
                f"more than {MAX_SITES:,} trial sites lie within {radius_km:g} km of this point: use a smaller radius_km",
            )
        examined += page.examined
        for site in page.items:
            if status and facet_token("status", site.get("study_status") or "UNKNOWN") != status:
                continue
            distance = distance_km(lat, lon, site["lat"], site["lon"])
            if distance <= radius_km and (site["nct_id"] not in nearest or distance < nearest[site["nct_id"]][0]):
                nearest[site["nct_id"]] = (distance, site)

    ranked = sorted(nearest.items(), key=lambda pair: (pair[1][0], pair[0]))
    window = ranked[offset : offset + limit]
    listings = store.get_many([(f"STUDY#{nct_id}", "CURRENT") for nct_id, _ in window])
    studies = []
    for nct_id, (distance, site) in window:
        current = listings.get((f"STUDY#{nct_id}", "CURRENT"))
        if current is None:  # sites are written before the study's CURRENT item: not listed yet
            continue
        listing = json.loads(current["listing"])
        studies.append(
            {
                **listing,
                "distance_km": round(distance, 1),
                "nearest_site": {k: site.get(k) for k in ("facility", "city", "state", "country", "lat", "lon")}
                | {"status": site.get("site_status")},
            }
        )
    more = offset + limit < len(ranked)
    return {
        "studies": studies,
        "count": len(studies),
        "next_cursor": encode_cursor(search, {"offset": str(offset + limit)}) if more else None,
    }
