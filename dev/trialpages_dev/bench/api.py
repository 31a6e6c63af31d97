"""Warm in-process latency of every lookup endpoint, on moto, over an index of real studies.

The index is written straight from the records (trialpages.lookup.seed: the items render_study
writes, without rendering pages, and the condition summaries publish_site records), which takes seconds where publishing each study took minutes;
one study is published through render_study's publisher twice (its two captured versions), so
the change endpoints have real history to read.

moto runs with the local stack's speed-ups (trialpages_dev.local.moto_speedups, undone afterwards),
as the demo's does: stock moto reads the whole table for every Query and keeps a copy of every
item it answers with, which would measure moto rather than the API's requests.
"""

from __future__ import annotations

import json
import time
from collections import Counter

import boto3

from trialpages_dev import project
from trialpages_dev.bench.lookup_stack import freeze_setup, lookup_api_caller, provisioned_stack
from trialpages_dev.bench.stats import distribution

HISTORY_STUDY = "NCT05827016"
SITE_URL = "https://trialpages.org"

# name -> (path, query, headers); {placeholders} are filled from the indexed data.
ENDPOINTS = {
    "GET /v1/studies/{id}": ("/v1/studies/{nct_id}", {}, {}),
    "GET /v1/studies/{id} (304)": ("/v1/studies/{nct_id}", {}, {"if-none-match": "{study_etag}"}),
    "GET /v1/studies?status=": ("/v1/studies", {"status": "RECRUITING", "limit": "20"}, {}),
    "GET /v1/studies?status= (304)": (
        "/v1/studies",
        {"status": "RECRUITING", "limit": "20"},
        {"if-none-match": "{list_etag}"},
    ),
    "GET /v1/studies?condition=&status=": ("/v1/studies", {"condition": "{condition}", "status": "RECRUITING"}, {}),
    "GET /v1/studies?country=&phase=": ("/v1/studies", {"country": "{country}", "phase": "PHASE3"}, {}),
    "GET /v1/studies?near=": ("/v1/studies", {"near": "{near}", "radius_km": "30"}, {}),
    "GET /v1/studies/{id}/changes": (f"/v1/studies/{HISTORY_STUDY}/changes", {}, {}),
    "GET /v1/conditions": ("/v1/conditions", {"limit": "100"}, {}),
    "GET /v1/conditions/{slug}": ("/v1/conditions/{condition}", {}, {}),
    "GET /v1/changes?since=": ("/v1/changes", {"since": "2024-01-01"}, {}),
    "GET /v1/health": ("/v1/health", {}, {}),
    "GET /v1/openapi.json": ("/v1/openapi.json", {}, {}),
    "GET /v1/docs": ("/v1/docs", {}, {}),
}


def measure_api(records: list[dict], *, studies: int = 200, calls: int = 200) -> dict:
    from trialpages.aws.clients import client, resource
    from trialpages.aws.index.dynamo import DynamoIndexStore
    from trialpages.aws.raw_archive import RawArchive
    from trialpages.aws.site_store import SiteStore
    from trialpages.ingest.messages import message_for
    from trialpages.lookup.entries import page_conditions
    from trialpages.services import lookup_api, render_study
    from trialpages.study import normalize_study
    from trialpages_dev.seed import seed_condition_summaries, seed_index

    started = time.perf_counter()
    with provisioned_stack(SITE_URL) as stack:
        render_study.reset()
        lookup_api.reset()
        archive = RawArchive(boto3.client("s3"), stack.refs["RawArchiveBucket"])
        for path in sorted(
            project.captured_versions().glob(f"{HISTORY_STUDY}__*.json")
        ):  # oldest first: the second has changes
            record = json.loads(path.read_text(encoding="utf-8"))
            message = message_for(record)
            archive.archive(message, record)
            render_study.publisher().publish(message)
        chosen = [study for study in map(normalize_study, records[:studies]) if study.nct_id != HISTORY_STUDY]
        index = DynamoIndexStore(
            resource("dynamodb"), client("dynamodb"), stack.refs["StudyIndexTable"], stack.refs["StudyGeoTable"]
        )
        seed_index(index, SiteStore(boto3.client("s3"), stack.refs["SiteBucket"]), chosen, site_url=SITE_URL)
        seed_condition_summaries(index, chosen, site_url=SITE_URL)  # as publish_site leaves them after a cycle
        setup_seconds = time.perf_counter() - started
        freeze_setup()
        call = lookup_api_caller(stack)

        values = _sample_values(chosen, page_conditions)
        values["study_etag"] = call(f"/v1/studies/{values['nct_id']}", {}, {})["headers"]["ETag"]
        values["list_etag"] = call("/v1/studies", {"status": "RECRUITING", "limit": "20"}, {})["headers"]["ETag"]
        results = {}
        for name, (path, query, headers) in ENDPOINTS.items():
            url = path.format(**values)
            query = {k: v.format(**values) for k, v in query.items()}
            headers = {k: v.format(**values) for k, v in headers.items()}
            status = call(url, query, headers)["statusCode"]  # warm: first-use work is not latency
            timings = []
            for _ in range(calls):
                begin = time.perf_counter()
                call(url, query, headers)
                timings.append((time.perf_counter() - begin) * 1000)
            results[name] = {"status": status, **distribution(timings)}
    return {
        "indexed_studies": len(chosen) + 1,
        "setup_seconds": round(setup_seconds, 1),
        "calls_per_endpoint": calls,
        "latency_ms": results,
    }


def _sample_values(studies: list, page_conditions) -> dict[str, str]:
    """A study with a geo-located site, the commonest condition and country: lookups that find something."""
    sample = next(study for study in studies if any(location.geo_point for location in study.locations))
    site = next(location for location in sample.locations if location.geo_point)
    conditions = Counter(slug for study in studies for slug in page_conditions(study))
    countries = Counter(location.country for study in studies for location in study.locations if location.country)
    return {
        "nct_id": sample.nct_id,
        "near": f"{site.geo_point.lat},{site.geo_point.lon}",
        "condition": conditions.most_common(1)[0][0],
        "country": countries.most_common(1)[0][0],
    }
