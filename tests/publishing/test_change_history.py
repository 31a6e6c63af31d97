"""A new version of a study records what changed: on its page, in its feed, in the index for the API."""

from __future__ import annotations

import json
from pathlib import Path

import boto3
import feedparser

from tests.publishing.conftest import site_object
from trialpages.aws.raw_archive import RawArchive
from trialpages.ingest.messages import message_for
from trialpages.publishing import wiring

VERSIONS = Path(__file__).resolve().parents[2] / "data" / "ctgov" / "versions"


def publish_versions(stack) -> list:
    archive = RawArchive(boto3.client("s3"), stack.refs["RawArchiveBucket"])
    wiring.settings.cache_clear()
    wiring.publisher.cache_clear()
    results = []
    for name in ("NCT05827016__2023-06-07.json", "NCT05827016__2025-07-01.json"):
        record = json.loads((VERSIONS / name).read_text(encoding="utf-8"))
        message = message_for(record)
        archive.archive(message, record)
        results.append(wiring.publisher().publish(message))
    return results


def test_new_version_shows_what_changed_on_the_page_and_in_the_feed(stack):
    first, second = publish_versions(stack)

    assert (first.changes, second.changes) == (0, 5)
    page = site_object(stack, "studies/NCT05827016/index.html")["Body"].read().decode("utf-8")
    assert "What Changed" in page and "Status changed from Not yet recruiting to Recruiting" in page
    feed = feedparser.parse(site_object(stack, "studies/NCT05827016/feed.xml")["Body"].read())
    assert feed.bozo == 0
    assert feed.entries[0].title == "NCT05827016: Status changed from Not yet recruiting to Recruiting"


def test_changes_are_indexed_per_study_and_in_the_feeds_and_mark_pages_to_rebuild(stack):
    publish_versions(stack)
    ddb = boto3.client("dynamodb")

    def query(pk: str, prefix: str | None = None) -> list[dict]:
        condition, values = "pk = :pk", {":pk": {"S": pk}}
        if prefix:
            condition, values[":prefix"] = condition + " AND begins_with(sk, :prefix)", {"S": prefix}
        return ddb.query(
            TableName=stack.refs["StudyIndexTable"], KeyConditionExpression=condition, ExpressionAttributeValues=values
        )["Items"]

    assert len(query("STUDY#NCT05827016", "CHANGE#2025-07-01")) == 5
    # The site feed (also /v1/changes) and the feed of each condition page the study is on carry them too.
    assert len(query("CHANGEFEED#site", "2025-07-01#NCT05827016")) == 5
    assert len(query("CHANGEFEED#condition#multiple-myeloma", "2025-07-01#NCT05827016")) == 5
    dirty = {item["sk"]["S"] for item in query("DIRTY")}
    assert {"condition#multiple-myeloma", "sitemap#nct0582", "home#home"} <= dirty
