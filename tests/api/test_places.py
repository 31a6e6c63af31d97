"""Places as patients type them, resolved offline; the geohash cells a search reads cover its circle."""

from __future__ import annotations

import math
import random

import pytest

from trialpages.lookup.circle_cells import cells_in_reach
from trialpages.lookup.geo import distance_km, encode
from trialpages.places import place_table, resolve_place


@pytest.mark.parametrize(
    ("typed", "name", "lat", "lon"),
    [
        ("78701", "78701 (Austin, TX)", 30.27, -97.74),
        ("78701-1234", "78701 (Austin, TX)", 30.27, -97.74),
        ("Austin, Texas", "Austin, Texas", 30.27, -97.74),
        ("austin tx", None, None, None),  # no comma: "austin tx" is no city's name
        ("Austin, TX", "Austin, Texas", 30.27, -97.74),
        ("Lyon, France", "Lyon, France", 45.75, 4.85),
        ("LYON", "Lyon, France", 45.75, 4.85),
        ("Paris, Texas", "Paris, Texas", 33.66, -95.56),
        ("New York", "New York City, New York", 40.71, -74.01),
        ("Köln", "Köln, Germany", 50.93, 6.95),
        ("Nowhereville", None, None, None),
        ("00000", None, None, None),
    ],
)
def test_a_typed_place_resolves_to_its_point(typed, name, lat, lon):
    place = resolve_place(typed, place_table())
    if name is None:
        assert place is None
        return
    assert place is not None and place.name == name
    assert place.lat == pytest.approx(lat, abs=0.05) and place.lon == pytest.approx(lon, abs=0.05)


@pytest.mark.parametrize(
    ("typed", "registry_name"),
    [("France", "France"), ("USA", "United States"), ("South Korea", "Korea, Republic of"), ("Czechia", "Czechia")],
)
def test_a_country_is_matched_by_the_registry_spelling(typed, registry_name):
    place = resolve_place(typed, place_table())
    assert place is not None and not place.is_point and registry_name in place.country_names


def test_us_places_show_miles():
    assert resolve_place("78701", place_table()).in_us and not resolve_place("Lyon", place_table()).in_us


def test_the_cells_read_hold_every_point_in_reach_and_stay_few():
    rng = random.Random(16)
    for _ in range(200):
        lat, lon = rng.uniform(-70, 70), rng.uniform(-180, 180)
        radius = rng.choice([5.0, 10.0, 25.0, 50.0, 100.0])
        cells = set(cells_in_reach(lat, lon, radius))
        assert 1 <= len(cells) <= 12
        precision = len(next(iter(cells)))
        for _ in range(100):
            bearing, reach = rng.uniform(0, 2 * math.pi), radius * math.sqrt(rng.random())
            d_lat = math.degrees(reach / 6371.0088) * math.cos(bearing)
            d_lon = math.degrees(reach / 6371.0088) * math.sin(bearing) / math.cos(math.radians(lat))
            point = (lat + d_lat, (lon + d_lon + 180) % 360 - 180)
            if distance_km(lat, lon, *point) <= radius:
                assert encode(*point, precision) in cells, (lat, lon, radius, point)


@pytest.mark.parametrize(("lat", "lon"), [(89.99, 0.0), (-89.99, 120.0), (0.0, 179.99), (78.2, 15.6), (0.0, -180.0)])
def test_the_poles_and_the_antimeridian_stay_bounded(lat, lon):
    for radius in (5.0, 25.0, 100.0):
        assert len(cells_in_reach(lat, lon, radius)) <= 400
