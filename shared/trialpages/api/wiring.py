"""The lookup store, built from settings once per cold start."""

from __future__ import annotations

from functools import cache

from trialpages.api.settings import LookupSettings
from trialpages.aws.clients import client
from trialpages.aws.lookup_store import LookupStore


@cache
def lookup_store() -> LookupStore:
    settings = LookupSettings()
    return LookupStore(
        client("dynamodb"),
        settings.study_index_table,
        settings.study_geo_table,
        client("s3"),
        settings.site_bucket,
        max_examined=settings.max_items_examined,
    )
