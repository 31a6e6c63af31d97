"""Checkpoint transitions: pure data, no AWS."""

from __future__ import annotations

from trialpages.ingest.checkpoint import Checkpoint
from trialpages.ingest.messages import StudyMessage, raw_key_for


def message(nct_id: str, last_update: str) -> StudyMessage:
    return StudyMessage(nct_id=nct_id, last_update=last_update, raw_key=raw_key_for(nct_id, last_update))


def test_first_sync_starts_from_the_backfill_date():
    sync = Checkpoint().start_sync("2026-11-20T09:00:00", "1999-01-01").sync

    assert (sync.since, sync.page_token, sync.delivered_on_since) == ("1999-01-01", None, ())


def test_registry_unchanged_means_current_only_without_an_unfinished_sync():
    checkpoint = Checkpoint(data_timestamp="2026-11-20T09:00:00")

    assert checkpoint.is_current("2026-11-20T09:00:00")
    assert not checkpoint.is_current("2026-11-21T09:00:00")
    assert not checkpoint.start_sync("2026-11-20T09:00:00", "1999-01-01").is_current("2026-11-20T09:00:00")


def test_finished_sync_starts_the_next_from_its_newest_day_remembering_who_was_delivered_that_day():
    checkpoint = Checkpoint().start_sync("T1", "1999-01-01")
    sync = checkpoint.sync.after_page(
        "token-2", [message("NCT00000001", "2025-01-01"), message("NCT00000002", "2025-02-01")]
    )
    sync = sync.after_page(None, [message("NCT00000003", "2025-02-01"), message("NCT00000004", "2025-01-15")])

    finished = checkpoint.finished(sync)
    following = finished.start_sync("T2", "1999-01-01").sync

    assert finished.data_timestamp == "T1" and finished.sync is None
    assert following.since == "2025-02-01"
    assert following.delivered_on_since == ("NCT00000002", "NCT00000003")
    assert following.already_delivered(message("NCT00000002", "2025-02-01"))
    assert not following.already_delivered(message("NCT00000002", "2025-03-01"))
    assert not following.already_delivered(message("NCT00000009", "2025-02-01"))


def test_restart_after_an_expired_token_resumes_from_the_newest_day_covered():
    sync = Checkpoint().start_sync("T1", "1999-01-01").sync
    sync = sync.after_page("token-2", [message("NCT00000001", "2024-05-05"), message("NCT00000002", "2024-05-06")])

    restarted = sync.restarted()

    assert (restarted.since, restarted.page_token) == ("2024-05-06", None)
    assert restarted.delivered_on_since == ("NCT00000002",)
    assert restarted.studies_done == 2


def test_empty_sync_keeps_its_since():
    checkpoint = Checkpoint(data_timestamp="T1", since="2025-02-01", delivered_on_since=("NCT00000002",))
    started = checkpoint.start_sync("T2", "1999-01-01")

    finished = started.finished(started.sync.after_page(None, []))

    assert (finished.since, finished.delivered_on_since, finished.data_timestamp) == (
        "2025-02-01",
        ("NCT00000002",),
        "T2",
    )
