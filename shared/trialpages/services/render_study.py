"""render_study's wiring: the version publisher (its page renderer included) and the idempotency store, from its settings."""

from __future__ import annotations

from functools import cache

from aws_lambda_powertools.utilities.idempotency import DynamoDBPersistenceLayer, IdempotencyConfig

from trialpages.aws.clients import client, resource
from trialpages.aws.dead_letters import DeadLetterQueue
from trialpages.aws.index.dynamo import DynamoIndexStore
from trialpages.aws.index.versions import StudyVersions
from trialpages.aws.raw_archive import RawArchive
from trialpages.aws.site_store import SiteStore
from trialpages.publishing.pages import PageWriter
from trialpages.publishing.study_page import StudyPageRenderer
from trialpages.publishing.version import VersionPublisher
from trialpages.services import clock
from trialpages.settings import RenderSettings


@cache
def settings() -> RenderSettings:
    return RenderSettings()


@cache
def publisher() -> VersionPublisher:
    config = settings()
    site = SiteStore(client("s3"), config.site_bucket)
    versions = StudyVersions(
        DynamoIndexStore(resource("dynamodb"), client("dynamodb"), config.study_index_table, config.study_geo_table)
    )
    return VersionPublisher(
        RawArchive(client("s3"), config.raw_bucket),
        site,
        versions,
        PageWriter(site),
        lambda: StudyPageRenderer(
            versions, site_url=config.site_url, generated=clock.build_day, today=lambda: clock.build_day().date()
        ),
        site_url=config.site_url,
    )


@cache
def dead_letter_queue() -> DeadLetterQueue:
    return DeadLetterQueue(client("sqs"), settings().dead_letter_queue_url)


def set_aside(body: str, reason: str) -> None:
    dead_letter_queue().set_aside(body, reason)


def idempotency_config() -> IdempotencyConfig:
    # The work key is the study version, not the SQS message id: a re-queued duplicate is free.
    return IdempotencyConfig(
        event_key_jmespath="[nct_id, last_update, revision]", expires_after_seconds=settings().idempotency_ttl_s
    )


def idempotency_store() -> DynamoDBPersistenceLayer:
    return DynamoDBPersistenceLayer(table_name=settings().idempotency_table, boto3_client=client("dynamodb"))


def reset() -> None:
    """Forget what was built (tests give each test its own moto backend)."""
    for cached in (settings, publisher, dead_letter_queue):
        cached.cache_clear()
