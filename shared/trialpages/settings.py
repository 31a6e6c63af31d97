"""Settings read once from the environment (template.yaml sets these variables per function).

lookup_api's are in trialpages.api.settings: it must not pay for importing the registry client.
"""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from trialpages.ctgov.client import DEFAULT_BASE_URL


class DetectSettings(BaseSettings):
    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    raw_bucket: str
    study_queue_url: str
    state_table: str
    ctgov_base_url: str = DEFAULT_BASE_URL
    ctgov_max_requests_per_minute: int = Field(default=50, ge=1)
    ctgov_min_interval_s: float = Field(default=1.0, ge=0)
    backfill_start: str = Field(default="1999-01-01", pattern=r"^\d{4}-\d{2}-\d{2}$")
    page_size: int = Field(default=1000, ge=1, le=1000)
    # A page costs one registry request plus ~1,000 S3 writes: stop while that still fits.
    min_remaining_ms: int = Field(default=90_000, ge=0)


class RenderSettings(BaseSettings):
    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    raw_bucket: str
    site_bucket: str
    study_index_table: str
    study_geo_table: str
    idempotency_table: str
    site_url: str = "https://trialpages.org"
    # Powertools keeps a (nct_id, last_update) result this long; redeliveries within it are free.
    idempotency_ttl_s: int = Field(default=7 * 24 * 3600, ge=60)
