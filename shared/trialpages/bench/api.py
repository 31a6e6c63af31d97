"""Warm in-process latency of every lookup endpoint, on moto, over an index of real studies."""

from __future__ import annotations

import os
import time

import boto3
from moto import mock_aws

from trialpages.aws.clients import reset_clients
from trialpages.bench.stats import distribution

ENDPOINTS = {
    "GET /v1/studies/{id}": ("/v1/studies/{nct_id}", {}),
    "GET /v1/studies/{id} (304)": ("/v1/studies/{nct_id}", {"if-none-match": "{etag}"}),
    "GET /v1/studies?status=": ("/v1/studies", {"status": "recruiting", "limit": "20"}),
    "GET /v1/studies?condition=&status=": ("/v1/studies", {"condition": "{condition}", "status": "recruiting"}),
    "GET /v1/studies?near=": ("/v1/studies", {"near": "{near}", "radius_km": "30"}),
    "GET /v1/studies/{id}/changes": ("/v1/studies/{nct_id}/changes", {}),
    "GET /v1/conditions": ("/v1/conditions", {"limit": "100"}),
    "GET /v1/conditions/{slug}": ("/v1/conditions/{condition}", {}),
    "GET /v1/health": ("/v1/health", {}),
}


def measure_api(records: list[dict], *, studies: int = 200, calls: int = 200) -> dict:
    from trialpages.api.wiring import lookup_store
    from trialpages.aws.raw_archive import RawArchive
    from trialpages.ingest.messages import message_for
    from trialpages.local.handlers import LocalLambdaContext, load_event, load_handler
    from trialpages.local.stack import load_template, provision
    from trialpages.lookup.items import condition_slugs
    from trialpages.publishing import wiring
    from trialpages.study import normalize_study

    # moto accepts any credentials; these only keep botocore from looking for real ones.
    os.environ.update(AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench", AWS_DEFAULT_REGION="us-east-1")  # noqa: S106
    os.environ.pop("AWS_ENDPOINT_URL", None)
    with mock_aws():
        reset_clients()
        stack = provision(
            load_template(), s3=boto3.client("s3"), sqs=boto3.client("sqs"), dynamodb=boto3.client("dynamodb")
        )
        for function in stack.functions():
            os.environ.update(stack.function_environment(function))
        for cached in (wiring.settings, wiring.publisher, lookup_store):
            cached.cache_clear()
        archive = RawArchive(boto3.client("s3"), stack.refs["RawArchiveBucket"])
        chosen = records[:studies]
        for record in chosen:
            message = message_for(record)
            archive.archive(message, record)
            wiring.publisher().publish(message)

        sample = next(normalize_study(r) for r in chosen if any(loc.get("geoPoint") for loc in _locations(r)))
        site = next(loc for loc in sample.locations if loc.geo_point)
        values = {
            "nct_id": sample.nct_id,
            "condition": condition_slugs(sample)[0],
            "near": f"{site.geo_point.lat},{site.geo_point.lon}",
        }
        handler = load_handler("lookup_api").lambda_handler
        template_event = load_event("lookup_api_get_study.json")

        def call(path: str, params: dict, headers: dict) -> dict:
            event = {**template_event, "rawPath": path, "queryStringParameters": params or None}
            event["rawQueryString"] = "&".join(f"{k}={v}" for k, v in params.items())
            event["headers"] = {**template_event["headers"], **headers}
            event["requestContext"] = {
                **template_event["requestContext"],
                "http": {**template_event["requestContext"]["http"], "path": path},
            }
            return handler(event, LocalLambdaContext("LookupApiFunction", timeout_s=10))

        values["etag"] = call(f"/v1/studies/{values['nct_id']}", {}, {})["headers"]["ETag"]
        results = {}
        for name, (path, params) in ENDPOINTS.items():
            headers = {k: v.format(**values) for k, v in params.items() if k == "if-none-match"}
            query = {k: v.format(**values) for k, v in params.items() if k != "if-none-match"}
            url = path.format(**values)
            status = call(url, query, headers)["statusCode"]  # warm
            timings = []
            for _ in range(calls):
                started = time.perf_counter()
                call(url, query, headers)
                timings.append((time.perf_counter() - started) * 1000)
            results[name] = {"status": status, **distribution(timings)}
        reset_clients()
    return {"indexed_studies": len(chosen), "calls_per_endpoint": calls, "latency_ms": results}


def _locations(record: dict) -> list[dict]:
    return (record.get("protocolSection", {}).get("contactsLocationsModule") or {}).get("locations") or []
