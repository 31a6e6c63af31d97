"""Builds publish_site's publisher from settings, once per cold start."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache

from aws_lambda_powertools import Logger
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from trialpages.aws.checkpoint_store import CheckpointStore
from trialpages.aws.clients import client
from trialpages.aws.raw_archive import RawArchive
from trialpages.aws.site_index import SiteIndex
from trialpages.aws.site_store import SiteStore
from trialpages.aws.study_queue import StudyQueue
from trialpages.publishing.freshness import Freshness, site_freshness
from trialpages.publishing.site_cycle import CHUNK_MARKS, MIN_REMAINING_MS, SitePublisher, SitePublishReport
from trialpages.publishing.study_page import StudyPageRenderer
from trialpages.publishing.wiring import build_day

logger = Logger(service="trialpages", child=True)


class PublishSettings(BaseSettings):
    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    raw_bucket: str
    site_bucket: str
    study_index_table: str
    study_geo_table: str
    # Read only to tell how fresh the site is: detection's checkpoint and the render queue's backlog.
    state_table: str
    study_queue_url: str
    site_url: str = "https://trialpages.org"
    publish_chunk_marks: int = Field(default=CHUNK_MARKS, ge=1)
    # A run stops while this much Lambda time is left: one more page and the site-wide files fit in it.
    publish_min_remaining_ms: int = Field(default=MIN_REMAINING_MS, ge=0)


@cache
def settings() -> PublishSettings:
    return PublishSettings()


@cache
def site_publisher() -> SitePublisher:
    index = SiteIndex(client("dynamodb"), settings().study_index_table, settings().study_geo_table)
    return SitePublisher(
        index,
        SiteStore(client("s3"), settings().site_bucket),
        RawArchive(client("s3"), settings().raw_bucket),
        # Refreshed pages carry the day they were rebuilt, as render_study's do.
        StudyPageRenderer(index, site_url=settings().site_url, generated=build_day),
        site_url=settings().site_url,
        chunk_marks=settings().publish_chunk_marks,
        min_remaining_ms=settings().publish_min_remaining_ms,
    )


def publish_and_measure(remaining_ms: Callable[[], int]) -> tuple[SitePublishReport, Freshness]:
    """Publish, and tell how far the site now lags the registry (trialpages.publishing.freshness)."""
    # Read before publishing: only work finished upstream before the run began is surely in it.
    checkpoint = CheckpointStore(client("dynamodb"), settings().state_table).load()
    backlog = StudyQueue(client("sqs"), settings().study_queue_url).backlog()
    report = site_publisher().publish(remaining_ms)
    freshness = site_freshness(checkpoint, backlog=backlog, site_complete=report.complete, now=datetime.now(UTC))
    logger.info("site freshness", extra=freshness.model_dump())
    return report, freshness
