from __future__ import annotations

import copy
import json
from collections.abc import Iterable
from urllib.parse import urlencode

import boto3
import pytest
from trialpages_dev.local.handlers import LocalLambdaContext, load_event, load_handler
from trialpages_dev.local.http_gateway import make_local_app
from trialpages_dev.seed import seed_index

from tests.conftest import SITE_URL
from tests.snapshots import StackSnapshot, restore_snapshot, take_snapshot
from trialpages.aws.clients import client, resource
from trialpages.aws.index.dynamo import DynamoIndexStore
from trialpages.aws.raw_archive import RawArchive
from trialpages.aws.site_store import SiteStore
from trialpages.ingest.messages import message_for
from trialpages.services import lookup_api as lookup_wiring
from trialpages.services import render_study
from trialpages.study import normalize_study

# Varied: 1,148 sites with geo points (Lung cancer, recruiting), withdrawn, observational, phase 1/2, an alias.
STUDIES = ("NCT04267848", "NCT00382161", "NCT00042536", "NCT00205894")
PROBLEM = "application/problem+json"


def nct_id_of(record: dict) -> str:
    return record["protocolSection"]["identificationModule"]["nctId"]


@pytest.fixture
def publish(stack):
    """Publish records through render_study's own publisher: documents, index items and history."""
    archive = RawArchive(boto3.client("s3"), stack.refs["RawArchiveBucket"])
    render_study.reset()

    def run(records: Iterable[dict]) -> None:
        for record in records:
            message = message_for(record)
            archive.archive(message, record)
            render_study.publisher().publish(message)

    yield run
    render_study.reset()


@pytest.fixture
def seed(stack):
    """Index records without rendering their pages (the same lookup items, far quicker for many studies);
    `searchable`: pack the search postings too, as publish_site does (what a search reads; it doubles
    the time a seeding takes)."""

    def run(records: Iterable[dict], *, searchable: bool = False) -> None:
        seed_records(stack, records, searchable=searchable)

    return run


def seed_records(stack, records: Iterable[dict], *, searchable: bool = False) -> None:
    # moto's Query lists the whole table: packing a posting per term would take minutes, so the seeding
    # runs with the local stack's speedups (tested to change no answer).
    from trialpages_dev.local import moto_speedups

    moto_speedups.apply()
    try:
        seed_index(
            index_store(stack),
            SiteStore(boto3.client("s3"), stack.refs["SiteBucket"]),
            (normalize_study(record) for record in records),
            site_url=SITE_URL,
            pack_postings=searchable,
        )
    finally:
        moto_speedups.undo()


def index_store(stack) -> DynamoIndexStore:
    return DynamoIndexStore(
        resource("dynamodb"), client("dynamodb"), stack.refs["StudyIndexTable"], stack.refs["StudyGeoTable"]
    )


def chosen_records(bundled_records: list[dict]) -> list[dict]:
    """STUDIES, and one study with an alias."""
    chosen = [r for r in bundled_records if nct_id_of(r) in STUDIES]
    aliased = next(r for r in bundled_records if r["protocolSection"]["identificationModule"].get("nctIdAliases"))
    return [*chosen, aliased]


@pytest.fixture
def indexed(seed, bundled_records):
    """The chosen studies indexed (test_lookup_api checks render_study's own writes serve the same)."""
    records = chosen_records(bundled_records)
    seed(records)
    return {"records": {nct_id_of(r): r for r in records}}


@pytest.fixture(scope="session")
def _shared_index_snapshot() -> dict[str, StackSnapshot]:
    return {}


@pytest.fixture(scope="module")
def shared_index(module_stack, bundled_records, _shared_index_snapshot):
    """`indexed` once for a module whose tests only read (it overrides `stack` and `indexed` with these),
    the search postings packed too: seeded by the first such module, put back as it left them for the rest."""
    records = [copy.deepcopy(record) for record in chosen_records(bundled_records)]
    if "chosen" in _shared_index_snapshot:
        restore_snapshot(module_stack, _shared_index_snapshot["chosen"])
    else:
        seed_records(module_stack, records, searchable=True)
        _shared_index_snapshot["chosen"] = take_snapshot(module_stack)
    return {"records": {nct_id_of(r): r for r in records}}


@pytest.fixture
def lookup_api(stack, monkeypatch):
    """Call functions/lookup_api/app.py with the events/ sample made into a request, as API Gateway would."""
    lookup_wiring.reset()
    handler = load_handler("lookup_api")

    cdn_headers = {name.lower(): value for name, value in stack.origin_headers("api").items()}

    def call(
        path: str,
        params: dict | list | None = None,
        headers: dict | None = None,
        method: str = "GET",
        through_cdn: bool = True,
    ) -> dict:
        pairs = list(params.items()) if isinstance(params, dict) else list(params or [])
        joined: dict[str, str] = {}
        for name, value in pairs:  # API Gateway joins a repeated parameter's values with commas
            joined[name] = f"{joined[name]},{value}" if name in joined else value
        event = copy.deepcopy(load_event("lookup_api_get_study.json"))
        event["rawPath"] = event["requestContext"]["http"]["path"] = path
        event["rawQueryString"] = urlencode(pairs)
        event["queryStringParameters"] = joined or None
        event["pathParameters"] = {"proxy": path.removeprefix("/v1/")}
        # CloudFront adds its secret header to each request it sends the API, replacing a client's.
        event["headers"].update({**(headers or {}), **(cdn_headers if through_cdn else {})})
        event["requestContext"]["http"]["method"] = method
        response = handler.lambda_handler(event, LocalLambdaContext("LookupApiFunction", timeout_s=10))
        body = response.get("body") or ""
        type_ = (response.get("headers") or {}).get("Content-Type", "")
        response["json"] = json.loads(body) if body and "json" in type_ else None
        return response

    yield call
    lookup_wiring.reset()


@pytest.fixture
def gateway_app(stack):
    """The demo's WSGI gateway (the site bucket, and lookup_api as the CDN sends it requests) over this stack."""
    return make_local_app(
        boto3.client("s3"),
        stack.refs["SiteBucket"],
        load_handler("lookup_api").lambda_handler,
        stack.origin_headers("api"),
    )


@pytest.fixture
def reads(stack):
    """Items DynamoDB read per Query (ScannedCount), as the API's own client reports them."""
    scanned: list[int] = []

    def count(parsed, **_):
        scanned.append(parsed.get("ScannedCount", 0))

    ddb = resource("dynamodb").meta.client  # the API's reads go through its Table resources
    ddb.meta.events.register("after-call.dynamodb.Query", count)
    yield scanned
    ddb.meta.events.unregister("after-call.dynamodb.Query", count)


@pytest.fixture
def api(indexed, lookup_api):
    return lookup_api


def every_page(api, path: str, params: dict, *, key: str = "studies") -> list[dict]:
    """Follow next_cursor to the end; every page must be a 200."""
    found, cursor = [], None
    while True:
        response = api(path, {**params, **({"cursor": cursor} if cursor else {})})
        assert response["statusCode"] == 200, response["body"]
        found += response["json"][key]
        cursor = response["json"]["next_cursor"]
        if not cursor:
            return found
