"""lookup_api's settings: apart from trialpages.settings, whose registry settings import the HTTP client."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from trialpages.aws.lookup_store import MAX_EXAMINED


class LookupSettings(BaseSettings):
    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    study_index_table: str
    study_geo_table: str
    site_bucket: str
    # Items one request's page Query may read (before filters): what a rare filter combination costs at most.
    max_items_examined: int = Field(default=MAX_EXAMINED, ge=1)
