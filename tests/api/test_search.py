"""/v1/search and /find/: the same answers as a brute-force great-circle pass over the raw records."""

from __future__ import annotations

import math
import re

import pytest

from tests.api.conftest import nct_id_of
from trialpages.lookup.lay_names import lay_name
from trialpages.lookup.search_terms import fold_phrase, query_term
from trialpages.places import place_table, resolve_place

OPEN = {"RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION", "AVAILABLE"}
RADIUS_KM = 50.0


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine on the mean Earth radius, written out here so the reference shares no code with the search."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def raw_names(record: dict) -> set[str]:
    """Every name the raw record can be found by, folded as queries are."""
    protocol, derived = record["protocolSection"], record.get("derivedSection", {})
    browse = derived.get("conditionBrowseModule", {})
    meshes = [m["term"] for m in browse.get("meshes", [])]
    ancestors = [m["term"] for m in browse.get("ancestors", [])]
    listed = list(protocol.get("conditionsModule", {}).get("conditions", []))
    names = listed + meshes + ancestors + [lay_name(term) for term in listed + meshes + ancestors]
    for intervention in protocol.get("armsInterventionsModule", {}).get("interventions", []):
        names += [intervention["name"], *intervention.get("otherNames", [])]
    names += [m["term"] for m in derived.get("interventionBrowseModule", {}).get("meshes", [])]
    names.append(protocol["sponsorCollaboratorsModule"]["leadSponsor"]["name"])
    names.append(protocol["identificationModule"].get("acronym") or "")
    return {fold_phrase(name) for name in names if name and len(name) <= 80}


def brute_force(records: list[dict], condition: str, lat: float, lon: float) -> list[tuple[float, str]]:
    """(distance to the nearest site, id) of every open study the condition names with a site in reach."""
    wanted = query_term(condition)  # a curated synonym ("NSCLC") is looked up by its patient-facing name
    found = []
    for record in records:
        if record["protocolSection"]["statusModule"]["overallStatus"] not in OPEN or wanted not in raw_names(record):
            continue
        distances = [
            great_circle_km(lat, lon, site["geoPoint"]["lat"], site["geoPoint"]["lon"])
            for site in record["protocolSection"].get("contactsLocationsModule", {}).get("locations", [])
            if site.get("geoPoint")
        ]
        if distances and min(distances) <= RADIUS_KM:
            found.append((min(distances), nct_id_of(record)))
    return sorted(found, key=lambda pair: (pair[0], pair[1]))


def pairs(records: list[dict], count: int = 20) -> list[tuple[str, str]]:
    """(place, condition) drawn from open studies' own sites and MeSH conditions: ZIP codes for US sites, cities elsewhere."""
    table, chosen, seen = place_table(), [], set()
    for record in records:
        protocol = record["protocolSection"]
        if protocol["statusModule"]["overallStatus"] not in OPEN:
            continue
        meshes = record.get("derivedSection", {}).get("conditionBrowseModule", {}).get("meshes", [])
        sites = [s for s in protocol.get("contactsLocationsModule", {}).get("locations", []) if s.get("geoPoint")]
        if not meshes or not sites:
            continue
        site = sites[len(chosen) % len(sites)]
        if site.get("country") == "United States" and re.fullmatch(r"\d{5}", site.get("zip") or ""):
            place = site["zip"]
        else:
            place = f"{site.get('city')}, {site.get('country')}"
        condition = meshes[len(chosen) % len(meshes)]["term"]
        if (place, condition) in seen or resolve_place(place, table) is None:
            continue
        seen.add((place, condition))
        chosen.append((place, condition))
        if len(chosen) == count:
            break
    return chosen


def every_result(api, params: dict) -> tuple[dict, list[dict]]:
    first, results, cursor = None, [], None
    while True:
        response = api("/v1/search", {**params, **({"cursor": cursor} if cursor else {})})
        assert response["statusCode"] == 200, response["body"]
        first = first or response["json"]
        results += response["json"]["results"]
        cursor = response["json"]["next_cursor"]
        if not cursor:
            return first, results


@pytest.mark.slow
def test_twenty_place_condition_pairs_match_the_brute_force_reference(lookup_api, seed, bundled_records):
    checked = pairs(bundled_records)
    assert len(checked) == 20
    # Indexing all 1,000 studies on moto takes minutes: index every study any pair's condition names
    # (the only ones the reference can find) and 100 others; the reference still reads every record.
    wanted = {query_term(condition) for _, condition in checked}
    named = [r for r in bundled_records if wanted & raw_names(r)]
    others = [r for r in bundled_records if not wanted & raw_names(r)][:100]
    seed(named + others, searchable=True)
    nonempty = 0
    for place, condition in checked:
        params = {"q": condition, "place": place, "distance_km": str(RADIUS_KM), "open": "1", "limit": "7"}
        first, results = every_result(lookup_api, params)
        where = first["place"]
        expected = brute_force(bundled_records, condition, where["lat"], where["lon"])
        assert [r["nct_id"] for r in results] == [nct_id for _, nct_id in expected], (place, condition)
        assert first["total"] == len(expected)
        assert [r["distance_km"] for r in results] == [round(d, 1) for d, _ in expected]
        nonempty += bool(expected)
        page = lookup_api("/find/", {**params, "limit": "100"})
        assert page["statusCode"] == 200
        shown = re.findall(r'<li data-nct-id="(NCT\d{8})"', page["body"])
        assert shown == [nct_id for _, nct_id in expected], (place, condition)
    assert nonempty == 20  # each pair's own study is in reach of its own site


@pytest.mark.slow
def test_a_term_too_large_for_one_query_is_read_from_the_studies_in_reach(
    lookup_api, seed, bundled_records, monkeypatch
):
    """At the registry's scale every study (a search by place alone) or "cancer" is more than one
    Query holds: the search then reads, by key, the lines of the studies in reach the term finds, and
    answers exactly as from the posting."""
    from trialpages.api import finder

    checked = pairs(bundled_records, count=6)
    wanted = {query_term(condition) for _, condition in checked}
    seed([r for r in bundled_records if wanted & raw_names(r)] + bundled_records[:60], searchable=True)
    searches = [{"q": condition, "place": place, "distance_km": "50", "open": "1"} for place, condition in checked]
    searches += [{"place": place, "distance_km": "50", "open": "0"} for place, _ in checked[:3]]
    from_postings = [every_result(lookup_api, params) for params in searches]
    calls: list[str] = []
    monkeypatch.setattr(finder, "POSTING_QUERIES", 0)  # no posting fits
    monkeypatch.setattr(finder, "_matches_in_reach", spy(finder._matches_in_reach, calls))
    from_reach = [every_result(lookup_api, params) for params in searches]
    assert len(calls) >= len(searches)
    assert sum(bool(results) for _, results in from_postings) >= len(searches) - 1
    assert from_reach == from_postings


@pytest.mark.slow  # seconds on moto: many studies or versions through the real functions
def test_a_place_with_more_studies_in_reach_than_the_reads_left_is_told_to_narrow(
    lookup_api, seed, bundled_records, monkeypatch
):
    from trialpages.api import finder

    seed(bundled_records[:40], searchable=True)
    monkeypatch.setattr(finder, "POSTING_QUERIES", 0)
    monkeypatch.setattr(finder, "READ_BATCH", 1)  # so a few studies in reach exceed the reads left
    params = {"place": "United States", "open": "0"}
    assert lookup_api("/v1/search", params)["statusCode"] == 400  # a country: no circle to read from
    houston = lookup_api("/v1/search", {"place": "Houston, Texas", "distance_km": "100", "open": "0"})
    assert houston["statusCode"] == 400 and "smaller distance" in houston["body"]


def spy(function, calls: list):
    def called(*args, **kwargs):
        calls.append(function.__name__)
        return function(*args, **kwargs)

    return called
