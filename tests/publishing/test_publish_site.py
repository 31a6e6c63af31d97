"""publish_site rebuilds what a cycle touched; the result matches what `trialpages render` writes."""

from __future__ import annotations

import boto3
import feedparser

from tests.publishing.conftest import site_object
from trialpages.aws.raw_archive import RawArchive
from trialpages.ingest.messages import message_for
from trialpages.local.handlers import LocalLambdaContext, load_event, load_handler
from trialpages.publishing import wiring
from trialpages.site import render_site


def publish_records(stack, records):
    archive = RawArchive(boto3.client("s3"), stack.refs["RawArchiveBucket"])
    for cached in (wiring.settings, wiring.publisher, wiring.site_publisher):
        cached.cache_clear()
    for record in records:
        message = message_for(record)
        archive.archive(message, record)
        wiring.publisher().publish(message)


def site_keys(stack) -> set[str]:
    paginator = boto3.client("s3").get_paginator("list_objects_v2")
    return {
        item["Key"] for page in paginator.paginate(Bucket=stack.refs["SiteBucket"]) for item in page.get("Contents", [])
    }


def test_publish_site_rebuilds_what_the_cycle_touched_and_clears_its_marks(stack, records):
    publish_records(stack, records[:30])
    handler = load_handler("publish_site")

    report = handler.lambda_handler(load_event("publish_site_schedule.json"), LocalLambdaContext("PublishSiteFunction"))
    again = handler.lambda_handler(load_event("publish_site_schedule.json"), LocalLambdaContext("PublishSiteFunction"))

    assert report["conditions"] > 0 and report["home"] is True
    assert again == {"marks": 0, "conditions": 0, "sitemaps": 0, "files_written": 0, "home": False}
    home = site_object(stack, "index.html")["Body"].read().decode("utf-8")
    assert "30 studies" in home
    sitemap_index = site_object(stack, "sitemap.xml")["Body"].read().decode("utf-8")
    assert "sitemaps/studies-" in sitemap_index and "sitemaps/pages.xml" in sitemap_index
    assert feedparser.parse(site_object(stack, "feeds/changes.xml")["Body"].read()).bozo == 0


def test_demo_pipeline_and_render_command_produce_the_same_site(stack, records, tmp_path):
    chosen = records[:30]
    publish_records(stack, chosen)
    load_handler("publish_site").lambda_handler(load_event("publish_site_schedule.json"), LocalLambdaContext("x"))

    render_site(chosen, tmp_path, progress=False)
    rendered = {str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*") if path.is_file()}

    assert site_keys(stack) == rendered
