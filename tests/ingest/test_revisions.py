"""A version's identity: its update date and its content, ordered by date, then first-seen snapshot."""

from __future__ import annotations

from trialpages.ingest.messages import message_for
from trialpages.ingest.revisions import content_digest, version_key


def record(title: str, day: str = "2026-11-23", **extra) -> dict:
    return {
        "protocolSection": {
            "identificationModule": {"nctId": "NCT01234567", "briefTitle": title},
            "statusModule": {"lastUpdatePostDateStruct": {"date": day}},
        },
        **extra,
    }


def test_the_content_digest_ignores_key_order_but_not_content():
    reordered = {"b": 2, "a": {"y": 1, "x": [1, 2]}}
    assert content_digest({"a": {"x": [1, 2], "y": 1}, "b": 2}) == content_digest(reordered)
    assert content_digest({"a": 1}) != content_digest({"a": 2})


def test_each_content_of_a_study_on_one_date_has_its_own_archive_key():
    first, same, second = message_for(record("A")), message_for(record("A")), message_for(record("B"))
    assert first.raw_key == same.raw_key
    assert first.raw_key != second.raw_key
    assert first.raw_key.startswith("raw/NCT01234567/2026-11-23/")


def test_versions_order_by_date_then_first_seen_snapshot():
    plain = version_key("2026-11-23", "")
    morning = version_key("2026-11-23", "2026-11-23T09:00:00.ffff")
    evening = version_key("2026-11-23", "2026-11-23T21:00:00.0000")
    assert (
        plain < morning < evening < version_key("2026-11-24", "") < version_key("2026-11-24", "2026-11-24T09:00:00.a")
    )
    # A month-only date sorts before the days of its month, with or without a revision.
    assert version_key("2026-11", "2026-11-30T09:00:00.a") < plain


def test_a_message_first_seen_in_a_snapshot_carries_that_snapshot_and_its_content():
    message = message_for(record("A")).first_seen_in("2026-11-23T09:00:00")
    assert message.revision == f"2026-11-23T09:00:00.{content_digest(record('A'))}"
    assert message.version == f"2026-11-23+{message.revision}"
