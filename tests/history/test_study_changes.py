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
    added, removed = int(entries[2].summary.split()[0]), int(entries[3].summary.split()[0])
    assert entries[2].summary.startswith(f"{added} sites added: ")
    assert (added, removed) == (233, 229)
    assert added - removed == len(newer.locations) - len(older.locations) == 4


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


def test_stopped_study_carries_its_reason(pair):
    before, after = copy.deepcopy(pair[1]), copy.deepcopy(pair[1])
    after["protocolSection"]["statusModule"]["overallStatus"] = "TERMINATED"
    after["protocolSection"]["statusModule"]["whyStopped"] = "Sponsor decision"

    (entry,) = study_changes(normalize_study(before), normalize_study(after))

    assert entry.summary == "Status changed from Recruiting to Terminated"
    assert entry.details == ["Reason given: Sponsor decision"]
