"""The geohash cells a circle touches, fewest Queries first (pure).

trialpages.lookup.geo.cells_covering gives every cell of the circle's bounding box; the cells
whose rectangle lies wholly outside the circle are dropped here, and the coarser or finer
precision chosen, whichever needs fewer cells, so a search's Query count stays small.
"""

from __future__ import annotations

import math

from trialpages.lookup.geo import cell_size_degrees, cells_covering, distance_km

_BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz"


def cell_bounds(cell: str) -> tuple[float, float, float, float]:
    """(south, north, west, east) of a geohash cell."""
    lat_range, lon_range = [-90.0, 90.0], [-180.0, 180.0]
    even = True
    for character in cell:
        value = _BASE32.index(character)
        for bit in (16, 8, 4, 2, 1):
            span = lon_range if even else lat_range
            middle = (span[0] + span[1]) / 2
            if value & bit:
                span[0] = middle
            else:
                span[1] = middle
            even = not even
    return lat_range[0], lat_range[1], lon_range[0], lon_range[1]


def distance_to_cell(lat: float, lon: float, cell: str) -> float:
    """Great-circle distance from the point to the nearest point of the cell (0 inside it)."""
    south, north, west, east = cell_bounds(cell)
    inside_lon = _offset(lon, west) >= 0 and _offset(lon, east) <= 0
    if south <= lat <= north and inside_lon:
        return 0.0
    # Along a parallel, the nearest point is the one at the nearest longitude.
    edge_lon = lon if inside_lon else (west if abs(_offset(lon, west)) < abs(_offset(lon, east)) else east)
    candidates = [(south, edge_lon), (north, edge_lon)]
    for meridian in (west, east):
        candidates.append((_nearest_on_meridian(lat, lon, meridian, south, north), meridian))
    return min(distance_km(lat, lon, a, b) for a, b in candidates)


def _offset(lon: float, meridian: float) -> float:
    """lon - meridian, wrapped into [-180, 180)."""
    return (lon - meridian + 180.0) % 360.0 - 180.0


def _nearest_on_meridian(lat: float, lon: float, meridian: float, south: float, north: float) -> float:
    """The latitude of the point of the meridian segment nearest to (lat, lon)."""
    d_lon = math.radians(_offset(lon, meridian))
    if abs(d_lon) >= math.pi / 2:  # the nearest point of the whole meridian is a pole: an end of the segment
        return north if lat >= 0 else south
    foot = math.degrees(math.atan(math.tan(math.radians(lat)) / math.cos(d_lon)))
    return min(max(foot, south), north)


def cells_in_reach(lat: float, lon: float, radius_km: float) -> list[str]:
    """The cells, at precision 3 or 4, that may hold a point within `radius_km`: the fewer of the two."""
    options = []
    for precision in (4, 3):
        lat_step, lon_step = cell_size_degrees(precision)
        # Rough size first: the box's cell count, before listing them (a wide circle at precision 4 is thousands).
        d_lat = math.degrees(radius_km / 6371.0)
        d_lon = min(180.0, d_lat / max(math.cos(math.radians(lat)), 1e-6))
        if (2 * d_lat / lat_step + 2) * (2 * d_lon / lon_step + 2) > 400:
            continue
        cells = [
            c for c in cells_covering(lat, lon, radius_km, precision) if distance_to_cell(lat, lon, c) <= radius_km
        ]
        options.append(cells)
    return min(options, key=len) if options else []
