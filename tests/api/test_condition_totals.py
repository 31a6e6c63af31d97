"""A condition's totals are counters moved with each recorded version: each change of version counts once."""

from __future__ import annotations

import json
from pathlib import Path

import boto3

from trialpages.aws.study_index import StudyIndex
from trialpages.ingest.messages import message_for

VERSIONS = Path(__file__).resolve().parents[2] / "data" / "ctgov" / "versions"
CONDITION = "multiple-myeloma"


def versions() -> list[dict]:
    """NCT05827016: not yet recruiting on 2023-06-07, recruiting on 2025-07-01."""
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(VERSIONS.glob("NCT05827016__*.json"))]


def totals(lookup_api) -> dict:
    return lookup_api(f"/v1/conditions/{CONDITION}")["json"]["totals"]


def test_totals_follow_a_status_change_and_redelivery_counts_once(lookup_api, publish):
    older, newer = versions()
    publish([older])
    before = totals(lookup_api)
    publish([newer, newer, older])  # a redelivery, then the older version arriving late

    after = totals(lookup_api)

    assert before["studies"] == 1 and before["by_status"] == {"Not yet recruiting": 1}
    assert after == {**before, "by_status": {"Recruiting": 1}}
    assert after["exact"] and sum(after["by_phase"].values()) == 1


def test_a_version_recorded_in_between_is_counted_against(stack, publish, lookup_api):
    """record() reads the version it replaces; when another is recorded before its write, it counts again."""
    older, _ = versions()
    publish([older])
    index = StudyIndex(boto3.client("dynamodb"), stack.refs["StudyIndexTable"], stack.refs["StudyGeoTable"])
    recorded = index.current(message_for(older).nct_id)
    meanwhile, newest = (
        recorded.model_copy(update={"last_update": day, "listing": {**recorded.listing, "status_label": label}})
        for day, label in (("2024-01-01", "Recruiting"), ("2025-01-01", "Completed"))
    )
    read_current = index.current

    def stale_first_read(nct_id):
        index.current = read_current  # the retry reads the index as it is
        seen = read_current(nct_id)
        assert index.record(meanwhile)  # another render records its version between the read and the write
        return seen

    index.current = stale_first_read
    assert index.record(newest)

    assert totals(lookup_api)["by_status"] == {"Completed": 1}
