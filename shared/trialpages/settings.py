"""Each function's settings, read once from its environment (template.yaml sets the variables).

One model per function, and nothing else reads the environment. Light on purpose: a handler
imports only its own model, and none of them imports what another function needs.
"""

from __future__ import annotations

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from trialpages.ctgov import REGISTRY_URL


class FunctionSettings(BaseSettings):
    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    stage: str = "local"  # STAGE: the `stage` dimension of every metric


class SiteUrlSettings(FunctionSettings):
    # SITE_URL: where the site is served (template.yaml: the SiteUrl parameter, the custom domain or
    # the CloudFront distribution's own); canonical links, sitemaps, feeds and robots.txt name it.
    site_url: str = Field(pattern=r"^https?://[^/\s]+(/\S*)?$")

    @field_validator("site_url")
    @classmethod
    def _without_trailing_slash(cls, value: str) -> str:
        return value.rstrip("/")


class DetectSettings(FunctionSettings):
    raw_bucket: str
    study_queue_url: str
    state_table: str
    ctgov_base_url: str = REGISTRY_URL
    ctgov_max_requests_per_minute: int = Field(default=50, ge=1)
    ctgov_min_interval_s: float = Field(default=1.0, ge=0)
    backfill_start: str = Field(default="1999-01-01", pattern=r"^\d{4}-\d{2}-\d{2}$")
    page_size: int = Field(default=1000, ge=1, le=1000)
    # A page costs one registry request plus ~1,000 S3 writes: stop while that still fits.
    min_remaining_ms: int = Field(default=90_000, ge=0)


class RenderSettings(SiteUrlSettings):
    raw_bucket: str
    site_bucket: str
    study_index_table: str
    study_geo_table: str
    idempotency_table: str
    # Powertools keeps a (nct_id, last_update) result this long; redeliveries within it are free.
    idempotency_ttl_s: int = Field(default=7 * 24 * 3600, ge=60)
    # A version failing on its last receive (the queue's maxReceiveCount) is set aside here with its reason.
    dead_letter_queue_url: str
    max_receives: int = Field(default=5, ge=1)


class PublishSettings(SiteUrlSettings):
    raw_bucket: str
    site_bucket: str
    study_index_table: str
    study_geo_table: str
    # Read only to tell how fresh the site is: detection's checkpoint and the render queue's backlog.
    state_table: str
    study_queue_url: str
    # Condition pages (or sitemap ranges, or study pages) per chunk: a chunk's marks clear together.
    publish_chunk_marks: int = Field(default=20, ge=1)
    # A run stops while this much Lambda time is left: one more page and the site-wide files fit in it.
    publish_min_remaining_ms: int = Field(default=30_000, ge=0)


class SweepSettings(SiteUrlSettings):
    raw_bucket: str
    site_bucket: str
    study_index_table: str
    study_geo_table: str
    # Days before the sweep's day it also reads: pages a missed run left are rendered by the next one.
    sweep_lookback_days: int = Field(default=7, ge=0, le=60)
    # A run stops while this much Lambda time is left: one more page fits in it.
    sweep_min_remaining_ms: int = Field(default=30_000, ge=0)


class LookupSettings(FunctionSettings):
    study_index_table: str
    study_geo_table: str
    site_bucket: str
    # ORIGIN_VERIFY: the X-Origin-Verify value CloudFront sends; requests without it are refused (none: no check,
    # as in the local demo, which has no CDN in front).
    origin_verify: str | None = Field(default=None, min_length=16)
    # Items one request's page Query may read (before filters): what a rare filter combination costs at most.
    max_items_examined: int = Field(default=1000, ge=1)
