"""Fault scenarios about versions: same-day revisions, unstable tie order, DynamoDB throttling and
unprocessed items, conditional writes that keep losing, concurrent renders of one version, and the
lookup API while DynamoDB fails. Each returns the dead letters it expects (none)."""

from __future__ import annotations

from tests.faults.aws_faults import AwsFaults
from tests.faults.harness import FaultPipeline
from tests.publishing.conftest import with_last_update

SAME_DAY, FIRST_SNAPSHOT, SECOND_SNAPSHOT = "2026-11-24", "2026-11-25T09:00:00", "2026-11-25T21:00:00"
REVISED = 4  # studies the registry revises twice on one update date


def revised(p: FaultPipeline, title: str, snapshot: str, count: int = REVISED) -> None:
    """The registry posts `count` studies on SAME_DAY with `title` (a revision when the day already has one)."""
    p.registry_publishes([with_last_update(record, SAME_DAY, title) for record in p.records[:count]], snapshot)


def same_day_revision_is_published(p: FaultPipeline, faults: AwsFaults):
    p.detect_until_done()
    p.drain()
    revised(p, "First revision", FIRST_SNAPSHOT)
    p.settle()
    revised(p, "Second revision, same day", SECOND_SNAPSHOT)
    p.settle()
    assert len([body for body in faults.log.queued if body["last_update"] == SAME_DAY]) == 2 * REVISED


SCENARIOS = [
    same_day_revision_is_published,
]
