"""A radius search reads a bounded number of geohash cells wherever the circle is: at the poles, across the
antimeridian and at the equator; the cells it skips hold no point of the circle."""

from __future__ import annotations

import math
import random

import pytest

from trialpages.api.nearby import MAX_CELL_QUERIES, _cells_to_read
from trialpages.api.problems import ApiProblem
from trialpages.lookup.geo import EARTH_RADIUS_KM, distance_km, encode


def _point_at(lat: float, lon: float, distance: float, bearing: float) -> tuple[float, float]:
    """The point `distance` km from (lat, lon) along `bearing` degrees (great circle)."""
    phi, lam, theta, delta = map(math.radians, (lat, lon, bearing, math.degrees(distance / EARTH_RADIUS_KM)))
    phi2 = math.asin(math.sin(phi) * math.cos(delta) + math.cos(phi) * math.sin(delta) * math.cos(theta))
    lam2 = lam + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(phi), math.cos(delta) - math.sin(phi) * math.sin(phi2)
    )
    return math.degrees(phi2), (math.degrees(lam2) + 540.0) % 360.0 - 180.0


CENTRES = [
    (0.0, 0.0),  # the equator
    (0.0, 179.95),  # the antimeridian, from the east
    (-16.5, -179.98),  # and from the west (Fiji)
    (69.65, 18.96),  # Tromsø
    (78.22, 15.65),  # Longyearbyen, the northernmost town
    (-77.85, 166.67),  # McMurdo Station
    (29.76, -95.37),  # Houston
]


@pytest.mark.parametrize(("lat", "lon"), CENTRES)
@pytest.mark.parametrize("radius_km", [1.0, 25.0, 50.0, 100.0])
def test_every_point_of_the_circle_lies_in_a_cell_that_is_read(lat, lon, radius_km):
    cells = set(_cells_to_read(lat, lon, radius_km))
    precision = len(next(iter(cells)))
    assert len(cells) <= MAX_CELL_QUERIES
    rng = random.Random(f"{lat},{lon},{radius_km}")
    for _ in range(400):
        point = _point_at(lat, lon, radius_km * math.sqrt(rng.random()), rng.uniform(0, 360))
        assert distance_km(lat, lon, *point) <= radius_km + 1e-6
        assert encode(*point, precision) in cells, point


@pytest.mark.parametrize(
    ("lat", "lon", "radius_km"),
    [(90.0, 0.0, 1.0), (90.0, 0.0, 25.0), (-90.0, 0.0, 100.0), (89.9, 10.0, 25.0), (89.9, 10.0, 100.0)],
)
def test_a_circle_at_a_pole_is_refused_before_any_read(lat, lon, radius_km):
    with pytest.raises(ApiProblem) as refused:
        _cells_to_read(lat, lon, radius_km)
    assert refused.value.status == 400


@pytest.mark.parametrize("near", ["90,0", "-90,0", "89.9,10", "0,179.9", "0,-179.95", "0,0", "78.22,15.65"])
def test_a_radius_search_makes_at_most_the_bounded_number_of_queries(api, reads, near):
    response = api("/v1/studies", {"near": near, "radius_km": "25"})

    assert response["statusCode"] in (200, 400), response["body"]
    assert len(reads) <= MAX_CELL_QUERIES
    if response["statusCode"] == 400:
        assert reads == []  # refused before reading anything
        assert "pole" in response["json"]["detail"]
