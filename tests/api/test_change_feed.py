"""/v1/changes: every change dated `since` or later, newest first, in pages, each a few bounded Queries."""

from __future__ import annotations

import json
from pathlib import Path

import boto3
import pytest

from tests.api.conftest import every_page
from trialpages.api.meta import MONTHS_PER_PAGE
from trialpages.api.schemas import Change
from trialpages.aws.study_index import StudyIndex
from trialpages.history import ChangeEntry
from trialpages.lookup.items import change_items

VERSIONS = Path(__file__).resolve().parents[2] / "data" / "ctgov" / "versions"


@pytest.fixture
def real_changes(publish):
    """NCT05827016 as captured on 2023-06-07, then its 2025-07-01 version: render_study records what changed."""
    publish(json.loads(path.read_text(encoding="utf-8")) for path in sorted(VERSIONS.glob("NCT05827016__*.json")))


@pytest.fixture
def many_changes(stack) -> list[dict]:
    """Two studies changing twice a month from January 2023 to October 2026, filed as render_study files them."""
    index = StudyIndex(boto3.client("dynamodb"), stack.refs["StudyIndexTable"], stack.refs["StudyGeoTable"])
    entries = []
    for year in (2023, 2024, 2025, 2026):
        for month in range(1, 13 if year < 2026 else 11):
            for day, nct_id in (("03", "NCT00000001"), ("17", "NCT00000002")):
                change = ChangeEntry(
                    nct_id=nct_id, date=f"{year}-{month:02d}-{day}", kind="status", summary="Status changed"
                )
                index.put_items(change_items([change]))
                entries.append(change.model_dump())
    return entries


def test_changes_since_a_date_before_them_are_all_listed(lookup_api, real_changes):
    history = lookup_api("/v1/studies/NCT05827016/changes")["json"]["changes"]

    feed = every_page(lookup_api, "/v1/changes", {"since": "2024-06-01"}, key="changes")

    assert history and all(change["date"] == "2025-07-01" for change in history)
    assert sorted(feed, key=json.dumps) == sorted(history, key=json.dumps)


def test_since_is_inclusive_and_later_dates_exclude(lookup_api, real_changes):
    on_the_day = every_page(lookup_api, "/v1/changes", {"since": "2025-07-01"}, key="changes")
    day_after = every_page(lookup_api, "/v1/changes", {"since": "2025-07-02"}, key="changes")

    assert on_the_day and day_after == []


def test_feed_pages_newest_first_across_months_each_change_once(lookup_api, many_changes):
    pages, changes, cursor = 0, [], None
    while True:
        page = lookup_api(
            "/v1/changes", {"since": "2024-03-17", "limit": "7", **({"cursor": cursor} if cursor else {})}
        )
        assert page["statusCode"] == 200 and page["json"]["count"] <= 7
        changes += page["json"]["changes"]
        pages += 1
        cursor = page["json"]["next_cursor"]
        if not cursor:
            break

    expected = sorted(
        (c for c in many_changes if c["date"] >= "2024-03-17"), key=lambda c: (c["date"], c["nct_id"]), reverse=True
    )
    assert changes == expected
    assert pages >= len(expected) // 7


def test_a_page_queries_a_bounded_number_of_months(lookup_api, many_changes, reads):
    """since=1999 would be 335 monthly partitions: a page stops after MONTHS_PER_PAGE and hands on a cursor."""
    page = lookup_api("/v1/changes", {"since": "1999-01-01", "limit": "100"})["json"]

    assert len(reads) <= MONTHS_PER_PAGE
    assert page["next_cursor"] and page["count"] <= 100
    everything = every_page(lookup_api, "/v1/changes", {"since": "1999-01-01"}, key="changes")
    assert len(everything) == len(many_changes)


def test_every_recorded_change_is_a_valid_feed_entry(many_changes):
    for item in change_items([ChangeEntry(**many_changes[0])]):
        Change.model_validate({k: v for k, v in item.items() if k not in ("pk", "sk")})
    assert set(Change.model_fields) == set(ChangeEntry.model_fields)
