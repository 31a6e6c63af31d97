"""What a new version of a study costs the index: items put or deleted, and the requests that carry
them, when only its status changed, for a study with 100 sites (render_study's own publisher on moto)."""

from __future__ import annotations

import copy
import os

import boto3
from moto import mock_aws

SITES = 100
STUDY = "NCT06948435"  # recruiting at 101 sites in 11 countries, 97 with a geo point


def hundred_site_study(records: list[dict]) -> dict:
    """The study with exactly SITES sites, geo-located ones first."""
    record = copy.deepcopy(next(r for r in records if r["protocolSection"]["identificationModule"]["nctId"] == STUDY))
    module = record["protocolSection"]["contactsLocationsModule"]
    located = sorted(module["locations"], key=lambda site: "geoPoint" not in site)
    module["locations"] = located[:SITES]
    return record


def status_only_change(record: dict, status: str = "ACTIVE_NOT_RECRUITING", posted: str = "2026-01-15") -> dict:
    """The registry's next version when only the overall status changed (its update date moves too)."""
    changed = copy.deepcopy(record)
    changed["protocolSection"]["statusModule"]["overallStatus"] = status
    changed["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"] = {"date": posted, "type": "ACTUAL"}
    return changed


def measure_index_writes(records: list[dict]) -> dict:
    from trialpages.aws.clients import client, reset_clients, resource
    from trialpages.aws.raw_archive import RawArchive
    from trialpages.ingest.messages import message_for
    from trialpages.services import render_study
    from trialpages_dev.local.stack import load_template, provision

    first = hundred_site_study(records)
    second = status_only_change(first)
    os.environ.update(AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench", AWS_DEFAULT_REGION="us-east-1")  # noqa: S106
    os.environ.pop("AWS_ENDPOINT_URL", None)
    with mock_aws():
        reset_clients()
        stack = provision(
            load_template(),
            s3=boto3.client("s3"),
            sqs=boto3.client("sqs"),
            dynamodb=boto3.client("dynamodb"),
            parameters={"SiteUrl": "https://trialpages.example"},
        )
        for function in stack.functions():
            os.environ.update(stack.function_environment(function))
        render_study.reset()
        archive = RawArchive(boto3.client("s3"), stack.refs["RawArchiveBucket"])
        tables = {stack.refs["StudyIndexTable"], stack.refs["StudyGeoTable"]}
        counts = {"items": 0, "requests": 0}

        def count(params, model, **_):
            if model.name == "BatchWriteItem":
                written = sum(len(requests) for table, requests in params["RequestItems"].items() if table in tables)
            elif model.name in ("PutItem", "DeleteItem", "UpdateItem") and params.get("TableName") in tables:
                written = 1
            else:
                return
            counts["items"] += written
            counts["requests"] += 1

        # Single items go through the Table resources' client, batches through the plain one.
        for dynamodb in (resource("dynamodb").meta.client, client("dynamodb")):
            dynamodb.meta.events.register("provide-client-params.dynamodb.*", count)
        figures = {}
        for name, record in (("first_version", first), ("status_only_change", second)):
            message = message_for(record)
            archive.archive(message, record)
            counts.update(items=0, requests=0)
            render_study.publisher().publish(message)
            figures[name] = dict(counts)
        owned = len(render_study.publisher()._versions.current(STUDY).written)  # noqa: SLF001 - its record
        render_study.reset()
        reset_clients()
    return {"study": STUDY, "sites": SITES, "items_owned": owned, **figures}
