from __future__ import annotations

import copy
import json
from urllib.parse import urlencode

import boto3
import pytest

from trialpages.api.wiring import lookup_store
from trialpages.aws.raw_archive import RawArchive
from trialpages.ingest.messages import message_for
from trialpages.local.handlers import LocalLambdaContext, load_event, load_handler
from trialpages.publishing import wiring

# Varied: 1,148 sites with geo points (Lung cancer, recruiting), withdrawn, observational, phase 1/2, an alias.
STUDIES = ("NCT04267848", "NCT00382161", "NCT00042536", "NCT00205894")


@pytest.fixture
def indexed(stack, bundled_records):
    """The chosen studies published through render_study's publisher: pages, documents and index items."""
    archive = RawArchive(boto3.client("s3"), stack.refs["RawArchiveBucket"])
    wiring.settings.cache_clear()
    wiring.publisher.cache_clear()
    lookup_store.cache_clear()
    chosen = [r for r in bundled_records if r["protocolSection"]["identificationModule"]["nctId"] in STUDIES]
    aliased = next(r for r in bundled_records if r["protocolSection"]["identificationModule"].get("nctIdAliases"))
    for record in [*chosen, aliased]:
        message = message_for(record)
        archive.archive(message, record)
        wiring.publisher().publish(message)
    yield {"records": {r["protocolSection"]["identificationModule"]["nctId"]: r for r in [*chosen, aliased]}}
    wiring.settings.cache_clear()
    wiring.publisher.cache_clear()
    lookup_store.cache_clear()


@pytest.fixture
def api(indexed):
    handler = load_handler("lookup_api")

    def call(path: str, params: dict | None = None, headers: dict | None = None) -> dict:
        event = copy.deepcopy(load_event("lookup_api_get_study.json"))
        query = urlencode(params or {})
        event["rawPath"] = event["requestContext"]["http"]["path"] = path
        event["rawQueryString"] = query
        event["queryStringParameters"] = dict(params) if params else None
        event["pathParameters"] = {"proxy": path.removeprefix("/v1/")}
        event["headers"].update(headers or {})
        response = handler.lambda_handler(event, LocalLambdaContext("LookupApiFunction", timeout_s=10))
        body = response.get("body") or ""
        type_ = (response.get("headers") or {}).get("Content-Type", "")
        response["json"] = json.loads(body) if body and "json" in type_ else None
        return response

    return call
