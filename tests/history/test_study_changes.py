"""Change entries for the real pair of NCT05827016 versions (2023-06-07 and 2025-07-01), and edge cases."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from trialpages.history import study_changes
from trialpages.study import normalize_study

VERSIONS = Path(__file__).resolve().parents[2] / "data" / "ctgov" / "versions"


@pytest.fixture(scope="module")
def pair():
    older = json.loads((VERSIONS / "NCT05827016__2023-06-07.json").read_text(encoding="utf-8"))
    newer = json.loads((VERSIONS / "NCT05827016__2025-07-01.json").read_text(encoding="utf-8"))
    return older, newer


def test_real_versions_give_the_changes_a_patient_needs(pair):
    older, newer = (normalize_study(record) for record in pair)

    entries = study_changes(older, newer)

    assert [e.kind for e in entries] == ["status", "eligibility", "sites-added", "sites-removed", "contacts"]
    assert all(e.date == "2025-07-01" and e.nct_id == "NCT05827016" for e in entries)
    assert entries[0].summary == "Status changed from Not yet recruiting to Recruiting"
    eligibility = entries[1].details
    assert any(
        d.startswith("Added: Participants within 12 months (single transplant) or 15 months") for d in eligibility
    )
    assert any(d.startswith("Removed: Participants within 12 months from initiation") for d in eligibility)
    assert len(eligibility) == 4  # punctuation-only edits are not reported
    # 278 sites became 282. Checked by hand: every unpaired 2025 site carries a sponsor site
    # number (0273 and up) the 2023 version never used; 38 numbered 2023 sites (and 7 without a
    # number, none with a namesake in 2025) are gone. The other 233 were re-spelt or renamed.
    assert entries[2].summary.startswith("49 sites added: Tampa General Hospital (Tampa, Florida, United States); ")
    assert entries[3].summary.startswith("45 sites removed: University of California Irvine Medical Center")
    assert (len(entries[2].details), len(entries[3].details)) == (49, 45)
    assert len(newer.locations) - len(older.locations) == 49 - 45


def test_re_spelt_and_renamed_sites_are_neither_added_nor_removed(pair):
    older, newer = (normalize_study(record) for record in pair)

    (added, removed) = (e.details for e in study_changes(older, newer) if e.kind.startswith("sites-"))

    # "Local Institution - 0081 (Ribeirao Preto, Brazil)" is "… (Ribeirão Preto, SP, Brazil)" in 2025.
    assert not [site for site in added + removed if "0081" in site or "Ribeir" in site]
    # Site 0023 in Braga was unnamed in 2023 and has its hospital's name in 2025.
    assert not [site for site in added + removed if "Braga" in site]
    assert "Local Institution - 0328 (Brooklyn, New York, United States)" in added
    assert "Mayo Clinic - Transplant Center - Rochester (Rochester, Minnesota, United States)" in removed


def test_same_version_has_no_changes(pair):
    study = normalize_study(pair[1])

    assert study_changes(study, study) == []


def test_enrollment_results_and_phase_changes_are_named(pair):
    before = copy.deepcopy(pair[1])
    after = copy.deepcopy(pair[1])
    before["protocolSection"]["designModule"]["enrollmentInfo"] = {"count": 120, "type": "ESTIMATED"}
    after["protocolSection"]["designModule"]["enrollmentInfo"] = {"count": 180, "type": "ESTIMATED"}
    after["hasResults"] = True
    after["protocolSection"]["designModule"]["phases"] = ["PHASE3"]
    before["protocolSection"]["designModule"]["phases"] = ["PHASE2"]

    summaries = [e.summary for e in study_changes(normalize_study(before), normalize_study(after))]

    assert "Target enrollment changed from 120 to 180" in summaries
    assert "Results posted" in summaries
    assert "Phase changed from Phase 2 to Phase 3" in summaries


def test_a_site_is_followed_through_a_city_re_spelling_and_its_status_change_is_named(pair):
    before, after = copy.deepcopy(pair[1]), copy.deepcopy(pair[1])
    site = {"facility": "Hôpital Saint-Louis", "city": "Paris", "zip": "75010", "country": "France"}
    before["protocolSection"]["contactsLocationsModule"]["locations"] = [{**site, "status": "NOT_YET_RECRUITING"}]
    after["protocolSection"]["contactsLocationsModule"]["locations"] = [
        {**site, "facility": "Hopital Saint Louis", "city": "Paris 10e", "state": "IDF", "status": "RECRUITING"},
        {"facility": "Hôpital Necker", "city": "Paris", "zip": "75015", "country": "France", "status": "RECRUITING"},
    ]

    entries = {e.kind: e for e in study_changes(normalize_study(before), normalize_study(after))}

    assert entries["sites-added"].details == ["Hôpital Necker (Paris, France)"]
    assert "sites-removed" not in entries
    assert entries["site-status"].details == [
        "Hopital Saint Louis (Paris 10e, IDF, France): Not yet recruiting → Recruiting"
    ]


def test_a_site_listed_twice_counts_twice(pair):
    before, after = copy.deepcopy(pair[1]), copy.deepcopy(pair[1])
    site = {"facility": "Clinic", "city": "Lyon", "country": "France"}
    before["protocolSection"]["contactsLocationsModule"]["locations"] = [site]
    after["protocolSection"]["contactsLocationsModule"]["locations"] = [site, site]

    (entry,) = study_changes(normalize_study(before), normalize_study(after))

    assert entry.summary == "1 site added: Clinic (Lyon, France)"


def test_stopped_study_carries_its_reason(pair):
    before, after = copy.deepcopy(pair[1]), copy.deepcopy(pair[1])
    after["protocolSection"]["statusModule"]["overallStatus"] = "TERMINATED"
    after["protocolSection"]["statusModule"]["whyStopped"] = "Sponsor decision"

    (entry,) = study_changes(normalize_study(before), normalize_study(after))

    assert entry.summary == "Status changed from Recruiting to Terminated"
    assert entry.details == ["Reason given: Sponsor decision"]
