"""Geohash cells and great-circle distance, for "studies with a site near me" without a scan."""

from __future__ import annotations

import math

_BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz"
EARTH_RADIUS_KM = 6371.0088
# Site items are written at this precision: cells about 39 km x 20 km at the equator.
INDEX_PRECISION = 4


def encode(lat: float, lon: float, precision: int = INDEX_PRECISION) -> str:
    lat_range, lon_range = [-90.0, 90.0], [-180.0, 180.0]
    bits, value, even = 0, 0, True
    cell: list[str] = []
    while len(cell) < precision:
        target, span = (lon, lon_range) if even else (lat, lat_range)
        middle = (span[0] + span[1]) / 2
        value <<= 1
        if target >= middle:
            value |= 1
            span[0] = middle
        else:
            span[1] = middle
        even = not even
        bits += 1
        if bits == 5:
            cell.append(_BASE32[value])
            bits, value = 0, 0
    return "".join(cell)


def cell_size_degrees(precision: int) -> tuple[float, float]:
    """(lat, lon) size of a cell: 5 bits per character, longitude taking the extra bit."""
    total_bits = 5 * precision
    lon_bits = (total_bits + 1) // 2
    lat_bits = total_bits // 2
    return 180.0 / 2**lat_bits, 360.0 / 2**lon_bits


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def cells_covering(lat: float, lon: float, radius_km: float, precision: int = INDEX_PRECISION) -> list[str]:
    """Every cell that intersects the box around the circle (a superset; distances filter after)."""
    lat_step, lon_step = cell_size_degrees(precision)
    d_lat = math.degrees(radius_km / EARTH_RADIUS_KM)
    cos_lat = max(math.cos(math.radians(lat)), 1e-6)
    d_lon = min(180.0, math.degrees(radius_km / (EARTH_RADIUS_KM * cos_lat)))
    south, north = max(-90.0, lat - d_lat), min(90.0, lat + d_lat)
    cells: set[str] = set()
    row = south
    while True:
        column = lon - d_lon
        while True:
            wrapped = ((column + 180.0) % 360.0) - 180.0
            cells.add(encode(min(row, 89.999999), wrapped, precision))
            if column >= lon + d_lon:
                break
            column = min(column + lon_step, lon + d_lon)
        if row >= north:
            break
        row = min(row + lat_step, north)
    return sorted(cells)
