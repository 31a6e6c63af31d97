"""sweep_statuses' wiring: the daily status sweep over the index and the site bucket, from its settings."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from functools import cache

from trialpages.aws.clients import client, resource
from trialpages.aws.index.dynamo import DynamoIndexStore
from trialpages.aws.index.page_changes import PageChanges
from trialpages.aws.index.publishing import SiteIndex
from trialpages.aws.index.versions import StudyVersions
from trialpages.aws.raw_archive import RawArchive
from trialpages.aws.site_store import SiteStore
from trialpages.publishing.pages import StudyPages
from trialpages.publishing.status_sweep import StatusSweep
from trialpages.publishing.study_page import StudyPageRenderer
from trialpages.settings import SweepSettings


@cache
def settings() -> SweepSettings:
    return SweepSettings()


@cache
def status_sweep() -> StatusSweep:
    config = settings()
    store = DynamoIndexStore(resource("dynamodb"), client("dynamodb"), config.study_index_table, config.study_geo_table)
    index, site = SiteIndex(store), SiteStore(client("s3"), config.site_bucket)
    raw = RawArchive(client("s3"), config.raw_bucket)

    def pages(day: date) -> StudyPages:
        # Stamped as publish_site stamps a page built that day (00:00 UTC): the same day, the same bytes.
        built = datetime.combine(day, time(), UTC)
        renderer = StudyPageRenderer(index, site_url=config.site_url, generated=lambda: built, today=lambda: day)
        return StudyPages(index, StudyVersions(store), site, raw, renderer)

    return StatusSweep(
        PageChanges(store),
        pages,
        lookback_days=config.sweep_lookback_days,
        min_remaining_ms=config.sweep_min_remaining_ms,
    )


def reset() -> None:
    """Forget what was built (tests give each test its own moto backend)."""
    for cached in (settings, status_sweep):
        cached.cache_clear()
