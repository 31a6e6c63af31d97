"""publish_site's wiring: the site publisher and the freshness measure, from its settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache

from aws_lambda_powertools import Logger

from trialpages.aws.clients import client, resource
from trialpages.aws.index.checkpoints import CheckpointStore
from trialpages.aws.index.dynamo import DynamoIndexStore
from trialpages.aws.index.publishing import SiteIndex
from trialpages.aws.index.versions import StudyVersions
from trialpages.aws.raw_archive import RawArchive
from trialpages.aws.site_store import SiteStore
from trialpages.aws.study_queue import StudyQueue
from trialpages.publishing.freshness import Freshness, site_freshness
from trialpages.publishing.pages import StudyPages
from trialpages.publishing.site_cycle import SitePublisher, SitePublishReport
from trialpages.publishing.study_page import StudyPageRenderer
from trialpages.services import clock
from trialpages.settings import PublishSettings

logger = Logger(service="trialpages", child=True)


@cache
def settings() -> PublishSettings:
    return PublishSettings()


@cache
def site_publisher() -> SitePublisher:
    config = settings()
    store = DynamoIndexStore(resource("dynamodb"), client("dynamodb"), config.study_index_table, config.study_geo_table)
    index, site = SiteIndex(store), SiteStore(client("s3"), config.site_bucket)
    raw = RawArchive(client("s3"), config.raw_bucket)

    def pages() -> StudyPages:
        renderer = StudyPageRenderer(
            index, site_url=config.site_url, generated=lambda: clock.build_day(), today=lambda: clock.build_day().date()
        )
        return StudyPages(index, StudyVersions(store), site, raw, renderer)

    return SitePublisher(
        index,
        site,
        pages,
        site_url=config.site_url,
        chunk_marks=config.publish_chunk_marks,
        min_remaining_ms=config.publish_min_remaining_ms,
    )


def publish_and_measure(remaining_ms: Callable[[], int]) -> tuple[SitePublishReport, Freshness]:
    """Publish, and tell how far the site now lags the registry (trialpages.publishing.freshness)."""
    # Read before publishing: only work finished upstream before the run began is surely in it.
    checkpoint = CheckpointStore(resource("dynamodb"), settings().state_table).load()
    backlog = StudyQueue(client("sqs"), settings().study_queue_url).backlog()
    report = site_publisher().publish(remaining_ms)
    freshness = site_freshness(checkpoint, backlog=backlog, site_complete=report.complete, now=datetime.now(UTC))
    logger.info("site freshness", extra=freshness.model_dump())
    return report, freshness


def reset() -> None:
    """Forget what was built (tests give each test its own moto backend)."""
    for cached in (settings, site_publisher):
        cached.cache_clear()
