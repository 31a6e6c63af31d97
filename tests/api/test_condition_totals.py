"""A condition's studies and totals follow its studies' new versions: each study in its new place, once."""

from __future__ import annotations

import json
import re
from collections import Counter
from html import escape as html_escape
from pathlib import Path

import pytest

VERSIONS = Path(__file__).resolve().parents[2] / "data" / "ctgov" / "versions"
CONDITION = "multiple-myeloma"


def versions() -> list[dict]:
    """NCT05827016: not yet recruiting on 2023-06-07, recruiting on 2025-07-01."""
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(VERSIONS.glob("NCT05827016__*.json"))]


def commonest_condition(records: list[dict]) -> str:
    from trialpages.lookup.entries import page_conditions
    from trialpages.study import normalize_study

    return Counter(slug for record in records for slug in page_conditions(normalize_study(record))).most_common(1)[0][0]


def totals(lookup_api) -> dict:
    return lookup_api(f"/v1/conditions/{CONDITION}")["json"]["totals"]


@pytest.mark.slow  # seconds on moto: many studies or versions through the real functions
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


@pytest.mark.slow  # seconds on moto: many studies or versions through the real functions
def test_published_totals_are_the_condition_pages_own_and_cost_no_extra_read(stack, monkeypatch, records, lookup_api):
    from trialpages_dev.local import moto_speedups

    from tests.publishing.pipeline import Pipeline
    from trialpages.aws.clients import client, resource

    moto_speedups.apply()  # moto's Query scans the whole table; tested to change no answer
    try:
        pipeline = Pipeline(stack, monkeypatch, records[:12])  # 9 of them erectile dysfunction studies
        pipeline.cycle()
        slug = commonest_condition(records[:12])
        page = client("s3").get_object(Bucket=stack.refs["SiteBucket"], Key=f"conditions/{slug}/index.html")
        html = page["Body"].read().decode("utf-8")
        calls: list[str] = []
        ddb = resource("dynamodb").meta.client  # what the API's Table resources call
        ddb.meta.events.register("before-call.dynamodb", lambda model, **_: calls.append(model.name), "count-calls")
        try:
            answered = lookup_api(f"/v1/conditions/{slug}")["json"]
        finally:
            ddb.meta.events.unregister("before-call.dynamodb", unique_id="count-calls")
    finally:
        moto_speedups.undo()

    totals = answered["totals"]
    assert calls == ["BatchGetItem", "Query"]  # name and published totals together, then the page of studies
    assert totals["exact"] is True and totals["as_of"]
    assert totals["studies"] == sum(totals["by_status"].values()) == sum(totals["by_phase"].values()) > 1
    shown = dict(re.findall(r'<tr><th scope="row">([^<]+)</th><td>([\d,]+)</td></tr>', html))
    for label, count in {**totals["by_status"], **totals["by_phase"]}.items():
        assert shown[html_escape(label)] == f"{count:,}"
