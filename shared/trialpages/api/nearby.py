"""Studies with a site within a radius, nearest first: Queries on the geohash cells covering the circle."""

from __future__ import annotations

import json

from trialpages.api.cursor import decode_cursor, encode_cursor
from trialpages.api.problems import ApiProblem
from trialpages.aws.lookup_store import LookupStore
from trialpages.lookup.geo import cells_covering, distance_km

# Small circles use the fine cells; larger ones the coarse cells, so a search stays a few Queries.
FINE_UP_TO_KM = 25.0


def nearby_studies(
    store: LookupStore,
    lat: float,
    lon: float,
    radius_km: float,
    filters: dict[str, str],
    limit: int,
    cursor: str | None,
) -> dict:
    if set(filters) - {"status"}:
        raise ApiProblem(400, "near= combines only with status= and radius_km=")
    precision = 4 if radius_km <= FINE_UP_TO_KM else 3
    search = f"NEAR#{lat:.5f},{lon:.5f},{radius_km:g},{filters.get('status', '')}"
    offset = int(decode_cursor(cursor, search)["sk"]) if cursor else 0

    nearest: dict[str, tuple[float, dict]] = {}
    for cell in cells_covering(lat, lon, radius_km, precision):
        for site in store.query(f"GEO{precision}#{cell}", limit=10_000, newest_first=False).items:
            if filters.get("status") and (site.get("study_status") or "").lower() != filters["status"]:
                continue
            distance = distance_km(lat, lon, site["lat"], site["lon"])
            if distance <= radius_km and (site["nct_id"] not in nearest or distance < nearest[site["nct_id"]][0]):
                nearest[site["nct_id"]] = (distance, site)

    ranked = sorted(nearest.items(), key=lambda pair: (pair[1][0], pair[0]))
    window = ranked[offset : offset + limit]
    listings = store.get_many([(f"STUDY#{nct_id}", "CURRENT") for nct_id, _ in window])
    studies = []
    for nct_id, (distance, site) in window:
        listing = json.loads(listings[(f"STUDY#{nct_id}", "CURRENT")]["listing"])
        studies.append(
            {
                **listing,
                "distance_km": round(distance, 1),
                "nearest_site": {k: site.get(k) for k in ("facility", "city", "state", "country", "lat", "lon")}
                | {"status": site.get("site_status")},
            }
        )
    more = offset + limit < len(ranked)
    next_cursor = encode_cursor({"pk": search, "sk": str(offset + limit)}) if more else None
    return {"studies": studies, "count": len(studies), "next_cursor": next_cursor}
