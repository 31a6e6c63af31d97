"""A condition's studies and totals follow its studies' new versions: each study in its new place, once."""

from __future__ import annotations

import json
from pathlib import Path

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
    listed = lookup_api(f"/v1/conditions/{CONDITION}")["json"]["studies"]
    assert [(study["nct_id"], study["status"]) for study in listed] == [("NCT05827016", "RECRUITING")]
