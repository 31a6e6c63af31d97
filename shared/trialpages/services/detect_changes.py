"""detect_changes' wiring: the change detector over the registry, the raw archive, the queue and the checkpoint."""

from __future__ import annotations

from functools import cache

from trialpages.aws.clients import client, resource
from trialpages.aws.index.checkpoints import CheckpointStore
from trialpages.aws.raw_archive import RawArchive
from trialpages.aws.study_queue import StudyQueue
from trialpages.ctgov.client import RegistryClient
from trialpages.ingest.detect import ChangeDetector
from trialpages.settings import DetectSettings


@cache
def settings() -> DetectSettings:
    return DetectSettings()


@cache
def change_detector() -> ChangeDetector:
    config = settings()
    registry = RegistryClient(
        config.ctgov_base_url,
        max_requests_per_minute=config.ctgov_max_requests_per_minute,
        min_interval_s=config.ctgov_min_interval_s,
    )
    archive = RawArchive(client("s3"), config.raw_bucket)
    return ChangeDetector(
        registry,
        archive,
        StudyQueue(client("sqs"), config.study_queue_url),
        CheckpointStore(resource("dynamodb"), config.state_table),
        archive,
        backfill_start=config.backfill_start,
        page_size=config.page_size,
        min_remaining_ms=config.min_remaining_ms,
    )


def reset() -> None:
    """Forget what was built (tests give each test its own moto backend)."""
    for cached in (settings, change_detector):
        cached.cache_clear()
