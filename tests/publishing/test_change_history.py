"""A new version of a study records what changed: on its page, in its feed, in the index for the API."""

from __future__ import annotations

import json
from pathlib import Path

import boto3
import feedparser
import pytest

from tests.publishing.conftest import publish_pages, site_object
from trialpages.aws.clients import resource
from trialpages.aws.index import keys
from trialpages.aws.raw_archive import RawArchive
from trialpages.ingest.messages import message_for
from trialpages.services import render_study

pytestmark = pytest.mark.slow

VERSIONS = Path(__file__).resolve().parents[2] / "data" / "ctgov" / "versions"


def publish_versions(stack) -> list:
    archive = RawArchive(boto3.client("s3"), stack.refs["RawArchiveBucket"])
    render_study.reset()
    results = []
    for name in ("NCT05827016__2023-06-07.json", "NCT05827016__2025-07-01.json"):
        record = json.loads((VERSIONS / name).read_text(encoding="utf-8"))
        message = message_for(record)
        archive.archive(message, record)
        results.append(render_study.publisher().publish(message))
    return results


def test_new_version_shows_what_changed_on_the_page_and_in_the_feed(stack):
    first, second = publish_versions(stack)
    publish_pages()

    assert (first.changes, second.changes) == (0, 5)
    page = site_object(stack, "studies/NCT05827016/index.html")["Body"].read().decode("utf-8")
    assert "What Changed" in page and "Status changed from Not yet recruiting to Recruiting" in page
    feed = feedparser.parse(site_object(stack, "studies/NCT05827016/feed.xml")["Body"].read())
    assert feed.bozo == 0
    assert feed.entries[0].title == "NCT05827016: Status changed from Not yet recruiting to Recruiting"


def test_changes_are_indexed_per_study_and_in_the_feeds_and_mark_pages_to_rebuild(stack):
    publish_versions(stack)
    table = resource("dynamodb").Table(stack.refs["StudyIndexTable"])

    def query(pk: str, prefix: str = "") -> list[dict]:
        return [item for item in table.scan()["Items"] if item["pk"] == pk and item["sk"].startswith(prefix)]

    assert len(query(keys.study("NCT05827016"), keys.change("2025-07-01", 0)[:-2])) == 5
    # The site feed (also /v1/changes) and the feed of each condition page the study is on carry them too.
    assert len(query(keys.SITE_FEED, "2025-07-01#NCT05827016")) == 5
    assert len(query(keys.condition_feed("multiple-myeloma"), "2025-07-01#NCT05827016")) == 5
    marks = {item["sk"] for item in query(keys.MARKS)}
    assert {"condition#multiple-myeloma", "sitemap#nct0582", "home#home"} <= marks


def test_a_same_day_revision_is_a_new_version_shown_in_what_changed(stack):
    archive = RawArchive(boto3.client("s3"), stack.refs["RawArchiveBucket"])
    render_study.reset()
    record = json.loads((VERSIONS / "NCT05827016__2023-06-07.json").read_text(encoding="utf-8"))
    revised = json.loads(json.dumps(record))
    revised["protocolSection"]["statusModule"]["overallStatus"] = "RECRUITING"
    results = []
    for content, snapshot in ((record, "2023-06-08T09:00:00"), (revised, "2023-06-08T21:00:00")):
        message = message_for(content).first_seen_in(snapshot)
        archive.archive(message, content)
        results.append(render_study.publisher().publish(message))
    # The first revision delivered again, after the second: older, so skipped.
    late = render_study.publisher().publish(message_for(record).first_seen_in("2023-06-08T09:00:00"))
    publish_pages()

    assert [r.outcome for r in results] == ["rendered", "rendered"] and late.outcome == "superseded"
    assert results[1].changes >= 1
    page = site_object(stack, "studies/NCT05827016/index.html")["Body"].read().decode("utf-8")
    assert "What Changed" in page and "Status changed from Not yet recruiting to Recruiting" in page
