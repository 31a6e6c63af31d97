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


def revision(nct_id: str, last_update: str, digest: str) -> StudyMessage:
    return StudyMessage(nct_id=nct_id, last_update=last_update, raw_key=raw_key_for(nct_id, last_update, digest))


def test_a_same_day_revision_is_remembered_by_content_so_going_back_to_the_first_content_is_new():
    day, a, b = "2025-02-01", "aaaaaaaaaaaa", "bbbbbbbbbbbb"
    first = Checkpoint().start_sync("T1", "1999-01-01")
    after_a = first.finished(first.sync.after_page(None, [revision("NCT00000002", day, a)]))
    second = after_a.start_sync("T2", "1999-01-01")
    b_message = revision("NCT00000002", day, b)
    after_b = second.finished(second.sync.after_page(None, [b_message], queued=[b_message]))
    third = after_b.start_sync("T3", "1999-01-01").sync

    assert second.sync.already_delivered(revision("NCT00000002", day, a))  # before B, A was what it delivered
    assert not second.sync.returns_to_earlier_content(revision("NCT00000002", day, a))
    assert after_b.revised_on_since == {"NCT00000002": b}
    assert third.already_delivered(b_message)
    assert not third.already_delivered(revision("NCT00000002", day, a))
    assert third.returns_to_earlier_content(revision("NCT00000002", day, a))
    assert not third.returns_to_earlier_content(revision("NCT00000003", day, a))


def test_only_revisions_are_remembered_by_content_so_the_memory_stays_small():
    day = "2025-02-01"
    first = Checkpoint().start_sync("T1", "1999-01-01")
    studies = [revision(f"NCT{n:08d}", day, "aaaaaaaaaaaa") for n in range(1, 50)]
    after = first.finished(first.sync.after_page(None, studies, queued=studies))
    again = after.start_sync("T2", "1999-01-01")
    redelivered = again.finished(again.sync.after_page(None, studies, queued=[]))

    assert after.revised_on_since == {} and redelivered.revised_on_since == {}
    assert len(redelivered.delivered_on_since) == 49


def test_a_revision_remembered_on_a_day_is_forgotten_when_a_later_day_becomes_the_boundary():
    day, later = "2025-02-01", "2025-02-02"
    start = Checkpoint(data_timestamp="T1", since=day, delivered_on_since=("NCT00000002",)).start_sync("T2", "x")
    b_message = revision("NCT00000002", day, "bbbbbbbbbbbb")
    moved = start.finished(
        start.sync.after_page(None, [b_message, revision("NCT00000003", later, "c" * 12)], [b_message])
    )

    assert (moved.since, moved.delivered_on_since, moved.revised_on_since) == (later, ("NCT00000003",), {})
