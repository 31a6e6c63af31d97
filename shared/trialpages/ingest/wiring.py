"""Builds the change detector from settings, once per cold start."""

from __future__ import annotations

from functools import cache

from trialpages.aws.checkpoint_store import CheckpointStore
from trialpages.aws.clients import client
from trialpages.aws.raw_archive import RawArchive
from trialpages.aws.study_queue import StudyQueue
from trialpages.ctgov.client import RegistryClient
from trialpages.ingest.detect import ChangeDetector
from trialpages.settings import DetectSettings


@cache
def change_detector() -> ChangeDetector:
    settings = DetectSettings()
    registry = RegistryClient(
        settings.ctgov_base_url,
        max_requests_per_minute=settings.ctgov_max_requests_per_minute,
        min_interval_s=settings.ctgov_min_interval_s,
    )
    return ChangeDetector(
        registry,
        RawArchive(client("s3"), settings.raw_bucket),
        StudyQueue(client("sqs"), settings.study_queue_url),
        CheckpointStore(client("dynamodb"), settings.state_table),
        backfill_start=settings.backfill_start,
        page_size=settings.page_size,
        min_remaining_ms=settings.min_remaining_ms,
    )
