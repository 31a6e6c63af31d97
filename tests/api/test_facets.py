"""Filters find what render_study filed: every status and phase the bundled records use, in any spelling."""

from __future__ import annotations

import pytest

from tests.api.conftest import nct_id_of
from trialpages.lookup.entries import facet_values, listing_of
from trialpages.lookup.facets import facet
from trialpages.study import normalize_study


def status_of(record: dict) -> str:
    return record["protocolSection"]["statusModule"]["overallStatus"]


def phases_of(record: dict) -> list[str]:
    return (record["protocolSection"].get("designModule") or {}).get("phases") or []


def has_site(record: dict) -> bool:
    locations = (record["protocolSection"].get("contactsLocationsModule") or {}).get("locations") or []
    return any(location.get("geoPoint") for location in locations)


@pytest.fixture
def by_status(bundled_records) -> dict[str, dict]:
    """One real record per overall status (with a geo-located site when there is one)."""
    chosen: dict[str, dict] = {}
    for record in sorted(bundled_records, key=lambda r: not has_site(r)):
        chosen.setdefault(status_of(record), record)
    return chosen


@pytest.fixture
def by_phase(bundled_records) -> dict[str, dict]:
    chosen: dict[str, dict] = {}
    for record in bundled_records:
        for phase in phases_of(record) or ["(none)"]:
            chosen.setdefault(phase, record)
    return chosen


def spellings(code: str) -> list[str]:
    """As the registry writes it, as a URL slug would, and as its label reads."""
    return [code, code.lower().replace("_", "-"), code.replace("_", " ").capitalize()]


def test_every_status_is_found_in_every_spelling(lookup_api, seed, by_status):
    assert {"NOT_YET_RECRUITING", "ACTIVE_NOT_RECRUITING", "ENROLLING_BY_INVITATION"} <= set(by_status)
    seed(by_status.values())

    for code, record in by_status.items():
        for spelling in spellings(code):
            found = lookup_api("/v1/studies", {"status": spelling, "limit": "100"})["json"]["studies"]
            assert [study["nct_id"] for study in found] == [nct_id_of(record)], (code, spelling)
            assert all(study["status"] == code for study in found)


def test_every_phase_is_found_and_no_phase_files_as_na(lookup_api, seed, by_phase):
    assert {"EARLY_PHASE1", "PHASE1", "PHASE2", "PHASE3", "PHASE4", "NA", "(none)"} <= set(by_phase)
    seed({nct_id_of(record): record for record in by_phase.values()}.values())

    for code, record in by_phase.items():
        wanted = "NA" if code == "(none)" else code
        for spelling in spellings(wanted):
            found = lookup_api("/v1/studies", {"phase": spelling, "limit": "100"})["json"]["studies"]
            assert nct_id_of(record) in {study["nct_id"] for study in found}, (code, spelling)
            assert all(wanted in study["phases"] or (wanted == "NA" and not study["phases"]) for study in found)


@pytest.mark.parametrize("code", ["NOT_YET_RECRUITING", "ACTIVE_NOT_RECRUITING", "ENROLLING_BY_INVITATION"])
def test_near_with_a_multi_word_status_finds_the_study(lookup_api, seed, by_status, code):
    record = by_status[code]
    site = next(loc for loc in record["protocolSection"]["contactsLocationsModule"]["locations"] if loc.get("geoPoint"))
    seed([record])
    near = f"{site['geoPoint']['lat']},{site['geoPoint']['lon']}"

    found = lookup_api("/v1/studies", {"near": near, "radius_km": "10", "status": code})["json"]["studies"]
    other = lookup_api("/v1/studies", {"near": near, "radius_km": "10", "status": "COMPLETED"})["json"]["studies"]

    assert [study["nct_id"] for study in found] == [nct_id_of(record)]
    assert other == []


def test_writer_files_each_study_under_the_facet_the_reader_asks_for(by_status, by_phase):
    for record in [*by_status.values(), *by_phase.values()]:
        study = normalize_study(record)
        filed = facet_values(listing_of(study, "https://trialpages.org"), [])

        assert facet("status", status_of(record)) in filed
        assert {facet("phase", phase) for phase in phases_of(record) or ["NA"]} <= set(filed)
