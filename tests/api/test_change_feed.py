"""/v1/changes: every change dated `since` or later, newest first, in pages, each one bounded Query."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.api.conftest import every_page, index_store
from trialpages.api.schemas import Change
from trialpages.aws.index.items import change_items
from trialpages.history import ChangeEntry
from trialpages.lookup.entries import page_conditions
from trialpages.study import normalize_study

VERSIONS = Path(__file__).resolve().parents[2] / "data" / "ctgov" / "versions"


@pytest.fixture
def real_changes(publish):
    """NCT05827016 as captured on 2023-06-07, then its 2025-07-01 version: render_study records what changed."""
    publish(json.loads(path.read_text(encoding="utf-8")) for path in sorted(VERSIONS.glob("NCT05827016__*.json")))


@pytest.fixture
def many_changes(stack, bundled_records) -> list[dict]:
    """Two studies changing twice a month from January 2023 to October 2026, filed as render_study files them
    (the site feed's items, without the condition feeds')."""
    store = index_store(stack)
    entries = []
    for year in (2023, 2024, 2025, 2026):
        for month in range(1, 13 if year < 2026 else 11):
            for day, nct_id in (("03", "NCT00000001"), ("17", "NCT00000002")):
                change = ChangeEntry(
                    nct_id=nct_id, date=f"{year}-{month:02d}-{day}", kind="status", summary="Status changed"
                )
                store.write_many(change_items([change], page_conditions=()))  # no condition feed
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


def test_a_page_is_one_query_whatever_the_range(lookup_api, many_changes, reads):
    """since=1999 spans 335 months: still one Query of `limit + 1` items a page."""
    page = lookup_api("/v1/changes", {"since": "1999-01-01", "limit": "50"})["json"]

    assert reads == [51]
    assert page["next_cursor"] and page["count"] == 50
    everything = every_page(lookup_api, "/v1/changes", {"since": "1999-01-01"}, key="changes")
    assert len(everything) == len(many_changes)


def test_every_recorded_change_is_a_valid_feed_entry(many_changes, bundled_records):
    change = ChangeEntry(**many_changes[0])
    for item in change_items([change], page_conditions(normalize_study(bundled_records[0]))):
        Change.model_validate({k: v for k, v in item.items() if k not in ("pk", "sk")})
    assert set(Change.model_fields) == set(ChangeEntry.model_fields)
