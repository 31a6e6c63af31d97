"""Builds render_study's publisher and idempotency store from settings, once per cold start."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache

from aws_lambda_powertools.utilities.idempotency import DynamoDBPersistenceLayer, IdempotencyConfig

from trialpages.aws.clients import client
from trialpages.aws.raw_archive import RawArchive
from trialpages.aws.site_store import SiteStore
from trialpages.aws.study_index import StudyIndex
from trialpages.publishing.study_pages import StudyPagePublisher
from trialpages.settings import RenderSettings


@cache
def settings() -> RenderSettings:
    return RenderSettings()


@cache
def publisher() -> StudyPagePublisher:
    return StudyPagePublisher(
        RawArchive(client("s3"), settings().raw_bucket),
        SiteStore(client("s3"), settings().site_bucket),
        StudyIndex(client("dynamodb"), settings().study_index_table, settings().study_geo_table),
        site_url=settings().site_url,
        today=build_day,
    )


def build_day() -> datetime:
    """Today at 00:00 UTC: pages carry the day they were built, so renders within a day are identical."""
    return datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)


def idempotency_config() -> IdempotencyConfig:
    # The work key is the study version, not the SQS message id: a re-queued duplicate is free.
    return IdempotencyConfig(
        event_key_jmespath="[nct_id, last_update]", expires_after_seconds=settings().idempotency_ttl_s
    )


def idempotency_store() -> DynamoDBPersistenceLayer:
    return DynamoDBPersistenceLayer(table_name=settings().idempotency_table, boto3_client=client("dynamodb"))
