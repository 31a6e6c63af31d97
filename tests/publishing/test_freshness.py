"""How far the site lags the registry: 0 once the newest release is shown, else how long ago it was released."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from trialpages.ingest.checkpoint import Checkpoint
from trialpages.publishing.freshness import released_at, site_freshness

RELEASE = "2026-11-24T09:00:00"
NOW = datetime(2026, 11, 24, 10, 30, tzinfo=UTC)
FINISHED = Checkpoint(data_timestamp=RELEASE, since="2026-11-23")


def test_the_registry_timestamp_is_utc():
    assert released_at(RELEASE) == datetime(2026, 11, 24, 9, tzinfo=UTC)
    assert released_at("2026-11-24T04:00:00-05:00") == datetime(2026, 11, 24, 9, tzinfo=UTC)


def test_a_finished_sync_rendered_and_published_is_shown():
    freshness = site_freshness(FINISHED, backlog=0, site_complete=True, now=NOW)
    assert (freshness.data_timestamp, freshness.shown, freshness.lag_seconds) == (RELEASE, True, 0.0)
    assert freshness.waiting_on is None


def test_each_stage_still_at_work_keeps_the_release_unshown():
    lag = (NOW - datetime(2026, 11, 24, 9, tzinfo=UTC)).total_seconds()
    syncing = Checkpoint(data_timestamp="2026-11-23T09:00:00").start_sync(RELEASE, "1999-01-01")
    for checkpoint, backlog, complete, stage in [
        (syncing, 3, False, "detection"),
        (FINISHED, 3, False, "rendering"),
        (FINISHED, 0, False, "publishing"),
    ]:
        freshness = site_freshness(checkpoint, backlog=backlog, site_complete=complete, now=NOW)
        assert (freshness.data_timestamp, freshness.shown, freshness.lag_seconds) == (RELEASE, False, lag)
        assert freshness.waiting_on == stage


def test_before_the_first_sync_there_is_no_release_to_lag():
    freshness = site_freshness(Checkpoint(), backlog=0, site_complete=True, now=NOW)
    assert freshness.data_timestamp is None and freshness.lag_seconds == 0.0


def test_a_clock_behind_the_registry_never_makes_a_negative_lag():
    freshness = site_freshness(FINISHED, backlog=1, site_complete=True, now=NOW - timedelta(hours=3))
    assert freshness.lag_seconds == 0.0
