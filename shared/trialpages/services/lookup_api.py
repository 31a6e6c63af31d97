"""lookup_api's wiring: the index reads and the published study documents, from its settings."""

from __future__ import annotations

from functools import cache

from trialpages.aws.clients import client, resource
from trialpages.aws.index.dynamo import DynamoIndexStore
from trialpages.aws.index.lookups import Lookups
from trialpages.aws.site_store import SiteStore
from trialpages.settings import LookupSettings


@cache
def settings() -> LookupSettings:
    return LookupSettings()


@cache
def lookups() -> Lookups:
    config = settings()
    store = DynamoIndexStore(resource("dynamodb"), client("dynamodb"), config.study_index_table, config.study_geo_table)
    return Lookups(store, max_examined=config.max_items_examined)


@cache
def documents() -> SiteStore:
    return SiteStore(client("s3"), settings().site_bucket)


def reset() -> None:
    """Forget what was built (tests give each test its own moto backend)."""
    for cached in (settings, lookups, documents):
        cached.cache_clear()
