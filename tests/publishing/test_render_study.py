"""render_study: partial batch failures, idempotent redelivery, late versions, unchanged versions, the DLQ,
and what a version writes to the index: only what changed, never left behind by a race."""

from __future__ import annotations

import copy
import json
import logging
from pathlib import Path

import boto3
import pytest
from trialpages_dev.local.queue_events import sqs_lambda_event

from tests.conftest import FakeLambdaContext, load_event
from tests.publishing.conftest import loads, site_object, sqs_event, with_last_update
from trialpages.aws.clients import client, resource
from trialpages.aws.dead_letters import DeadLetters
from trialpages.aws.index import keys
from trialpages.aws.index.dynamo import DynamoIndexStore
from trialpages.aws.index.versions import StudyVersions
from trialpages.aws.raw_archive import RawArchive
from trialpages.aws.site_store import SiteStore
from trialpages.ingest.messages import StudyMessage, message_for
from trialpages.lookup.search_postings import term_entries
from trialpages.publishing.pages import PageWriter
from trialpages.publishing.study_page import StudyPageRenderer
from trialpages.publishing.version import VersionPublisher
from trialpages.services import render_study
from trialpages.settings import RenderSettings

VERSIONS = Path(__file__).resolve().parents[2] / "data" / "ctgov" / "versions"


def document(stack, nct_id: str) -> dict | None:
    found = site_object(stack, f"data/studies/{nct_id}.json")
    return loads(found) if found else None


def test_batch_records_each_study_and_fails_only_the_poison_records(render_handler, archive_versions, records, stack):
    good = archive_versions(records[0], records[1])
    missing_raw = StudyMessage(
        nct_id="NCT99999999", last_update="2026-01-01", raw_key="raw/NCT99999999/2026-01-01.json"
    )
    event = sqs_event(*good, missing_raw, '{"nct_id": "not an id"}')

    response = render_handler.lambda_handler(event, FakeLambdaContext())

    failed = {item["itemIdentifier"] for item in response["batchItemFailures"]}
    assert failed == {event["Records"][2]["messageId"], event["Records"][3]["messageId"]}
    versions = StudyVersions(index_store(stack))
    for message in good:
        assert document(stack, message.nct_id)["nct_id"] == message.nct_id
        assert versions.current(message.nct_id).last_update == message.last_update
        # Its page too, at once: a patient sees the new version without waiting for publish_site.
        page = site_object(stack, f"studies/{message.nct_id}/index.html")["Body"].read().decode("utf-8")
        assert f"{message.nct_id}" in page and document(stack, message.nct_id)["brief_title"] in page
    assert versions.current("NCT99999999") is None


def test_redelivered_version_is_not_recorded_again(render_handler, archive_versions, records, stack):
    (message,) = archive_versions(records[0])
    render_handler.lambda_handler(sqs_event(message), FakeLambdaContext())
    boto3.client("s3").delete_object(Bucket=stack.refs["SiteBucket"], Key=f"data/studies/{message.nct_id}.json")

    response = render_handler.lambda_handler(sqs_event(message), FakeLambdaContext())

    assert response["batchItemFailures"] == []
    # Idempotency answered from its record: the deleted document was not written again.
    assert document(stack, message.nct_id) is None


def test_late_older_version_never_overwrites_the_newer_one(render_handler, archive_versions, records, stack):
    older, newer = archive_versions(
        with_last_update(records[0], "2025-01-10", "Older title"),
        with_last_update(records[0], "2025-03-10", "Newer title"),
    )

    render_handler.lambda_handler(sqs_event(newer), FakeLambdaContext())
    response = render_handler.lambda_handler(sqs_event(older), FakeLambdaContext())

    assert response["batchItemFailures"] == []
    assert document(stack, newer.nct_id)["brief_title"] == "Newer title"
    page = site_object(stack, f"studies/{newer.nct_id}/index.html")["Body"].read().decode("utf-8")
    assert "Newer title" in page and "Older title" not in page
    current = StudyVersions(index_store(stack)).current(newer.nct_id)
    assert current.last_update == "2025-03-10" and current.listing.brief_title == "Newer title"


def test_an_unchanged_version_writes_nothing_again(stack, archive_versions, records):
    render_study.reset()
    (message,) = archive_versions(records[0])
    publisher = render_study.publisher()

    first = publisher.publish(message)
    again = publisher.publish(message)

    assert first.outcome == "rendered"
    assert first.wrote == [f"data/studies/{message.nct_id}.json", f"studies/{message.nct_id}/index.html"]
    assert again.outcome == "unchanged" and again.wrote == []


def test_poison_record_lands_in_the_dead_letter_queue_on_its_fifth_receive_with_its_reason(
    render_handler, stack, service_log
):
    sqs = boto3.client("sqs")
    poison = StudyMessage(nct_id="NCT99999999", last_update="2026-01-01", raw_key="raw/NCT99999999/2026-01-01.json")
    sqs.send_message(QueueUrl=stack.refs["StudyQueue"], MessageBody=poison.model_dump_json())

    failures = []
    while batch := sqs.receive_message(
        QueueUrl=stack.refs["StudyQueue"], MaxNumberOfMessages=10, VisibilityTimeout=0, AttributeNames=["All"]
    ).get("Messages", []):
        response = render_handler.lambda_handler(sqs_lambda_event(batch, stack.arns["StudyQueue"]), FakeLambdaContext())
        failures.append(len(response["batchItemFailures"]))
        done = [m for m in batch if m["MessageId"] not in {f["itemIdentifier"] for f in response["batchItemFailures"]}]
        for message in done:  # as Lambda's event source mapping does with what the batch reports done
            sqs.delete_message(QueueUrl=stack.refs["StudyQueue"], ReceiptHandle=message["ReceiptHandle"])

    assert failures == [1, 1, 1, 1, 0]  # the fifth receive is its last (maxReceiveCount 5): set aside, not failed
    [letter] = DeadLetters(sqs, stack.refs["StudyDeadLetterQueue"], stack.refs["StudyQueue"]).peek()
    assert StudyMessage.model_validate_json(letter.body) == poison
    assert letter.reason.startswith("NoSuchKey: ")
    reasons = [r.reason for r in service_log if r.getMessage() == "study not rendered"]
    assert len(reasons) == 5 and all("NoSuchKey" in reason for reason in reasons)
    assert [r.nct_id for r in service_log if r.getMessage() == "study set aside in the dead-letter queue"] == [
        poison.nct_id
    ]


def test_a_record_that_cannot_be_set_aside_stays_failed_for_the_queues_redrive_policy(
    render_handler, stack, service_log, monkeypatch
):
    sqs = boto3.client("sqs")
    poison = StudyMessage(nct_id="NCT99999998", last_update="2026-01-01", raw_key="raw/NCT99999998/2026-01-01.json")
    sqs.send_message(QueueUrl=stack.refs["StudyQueue"], MessageBody=poison.model_dump_json())
    message = sqs.receive_message(QueueUrl=stack.refs["StudyQueue"], AttributeNames=["All"])["Messages"][0]
    message["Attributes"]["ApproximateReceiveCount"] = "5"

    def unreachable(body: str, reason: str) -> None:
        raise ConnectionError("dead-letter queue unreachable")

    monkeypatch.setattr(render_handler.processor, "_set_aside", unreachable)
    response = render_handler.lambda_handler(sqs_lambda_event([message], stack.arns["StudyQueue"]), FakeLambdaContext())

    assert response["batchItemFailures"] == [{"itemIdentifier": message["MessageId"]}]
    assert any(r.getMessage().startswith("study not set aside") for r in service_log)


def test_every_failed_record_is_logged_at_error_level_with_its_message_id_and_reason(
    render_handler, stack, service_log
):
    # The events/ sample names a version whose raw record was never archived; the others fail
    # validation before the record handler runs (Powertools alone would log them at debug level).
    sample = load_event("render_study_batch.json")
    malformed = sqs_event(
        '{"nct_id": "not an id"}', '{"nct_id": "NCT01234567", "last_update": "soon", "raw_key": "x"}', "not json"
    )
    event = {"Records": sample["Records"] + malformed["Records"]}
    ids = [record["messageId"] for record in event["Records"]]

    response = render_handler.lambda_handler(event, FakeLambdaContext())

    assert sorted(item["itemIdentifier"] for item in response["batchItemFailures"]) == sorted(ids)
    logged = {r.message_id: r for r in service_log if r.getMessage() == "study not rendered"}
    assert sorted(logged) == sorted(ids)
    assert all(r.levelno == logging.ERROR for r in logged.values())
    missing_raw, bad_id, bad_date, not_json = (logged[message_id] for message_id in ids)
    assert missing_raw.nct_id == "NCT05827016" and "NoSuchKey" in missing_raw.reason
    assert bad_id.reason.startswith("ValidationError") and "nct_id" in bad_id.reason
    assert not hasattr(bad_id, "nct_id")  # not a valid id: not logged as one
    assert bad_date.nct_id == "NCT01234567" and "last_update" in bad_date.reason
    assert not_json.reason.startswith("ValidationError") and not hasattr(not_json, "nct_id")


def index_store(stack) -> DynamoIndexStore:
    return DynamoIndexStore(
        resource("dynamodb"), client("dynamodb"), stack.refs["StudyIndexTable"], stack.refs["StudyGeoTable"]
    )


def publisher_over(versions, stack) -> VersionPublisher:
    settings = RenderSettings()
    site = SiteStore(boto3.client("s3"), settings.site_bucket)
    return VersionPublisher(
        RawArchive(boto3.client("s3"), settings.raw_bucket),
        site,
        versions,
        PageWriter(site),
        lambda: StudyPageRenderer(versions, site_url=settings.site_url, generated=lambda: None, today=lambda: None),
        site_url=settings.site_url,
    )


def study_items(stack, nct_id: str) -> dict[str, dict]:
    """Every lookup item a study owns, as they stand in both tables, by item key."""
    owned = (
        keys.facet(""),
        keys.recruiting_first(""),
        keys.site_partition(""),
        keys.condition_members(""),
        keys.search_term(""),
    )
    found = {}
    for table in (stack.refs["StudyIndexTable"], stack.refs["StudyGeoTable"]):
        for item in resource("dynamodb").Table(table).scan()["Items"]:
            of_study = item["sk"].startswith(nct_id) or f"#{nct_id}" in item["sk"]
            search_listing = (item["pk"], item["sk"]) == (keys.study(nct_id), keys.SEARCH_LISTING)
            if (item["pk"].startswith(owned) and of_study) or search_listing:
                found[keys.item_key(item["pk"], item["sk"])] = item
    return found


def field(item: dict, name: str):
    """A listing field of a lookup item, whether it holds the listing's fields, its JSON or a search line."""
    if "line" in item:
        return getattr(next(term_entries([item["line"]])), name)
    if "listing" in item:
        return json.loads(item["listing"])[name]
    return item[name]


def archived(stack, *records: dict) -> list[StudyMessage]:
    archive = RawArchive(boto3.client("s3"), stack.refs["RawArchiveBucket"])
    messages = [message_for(record) for record in records]
    for message, record in zip(messages, records, strict=True):
        archive.archive(message, record)
    return messages


class NewerVersionRecordedFirst:
    """The real index, except that the first record() call lets `publish_newer` run to the end
    first: the moment a newer version of the study finishes while an older one is still writing."""

    def __init__(self, versions: StudyVersions, publish_newer) -> None:
        self._versions = versions
        self._publish_newer = publish_newer
        self.raced = False

    def record(self, version, *, replacing) -> bool:
        if not self.raced:
            self.raced = True
            self._publish_newer()
        return self._versions.record(version, replacing=replacing)

    def __getattr__(self, name):
        return getattr(self._versions, name)


def captured(name: str) -> dict:
    return json.loads((VERSIONS / f"NCT05827016__{name}.json").read_text(encoding="utf-8"))


@pytest.mark.slow  # seconds on moto: many studies or versions through the real functions
def test_older_version_that_loses_the_race_leaves_only_the_newer_versions_lookup_items(stack):
    # Version 2023-06-07 is not yet recruiting at 278 sites; 2025-07-01 recruits at 282.
    older, newer = archived(stack, captured("2023-06-07"), captured("2025-07-01"))
    versions = StudyVersions(index_store(stack))
    racing = NewerVersionRecordedFirst(versions, lambda: publisher_over(versions, stack).publish(newer))

    result = publisher_over(racing, stack).publish(older)

    assert racing.raced and result.outcome == "superseded"
    current = versions.current("NCT05827016")
    assert current.last_update == "2025-07-01"
    items = study_items(stack, "NCT05827016")
    # Exactly the newer version's items, with its values: no older facet entry, no older site.
    assert set(items) == set(current.written)
    assert {field(item, "last_update") for key, item in items.items() if not key.startswith("GEO")} == {"2025-07-01"}
    newer_sites = captured("2025-07-01")["protocolSection"]["contactsLocationsModule"]["locations"]
    assert len([key for key in items if key.startswith("GEO")]) == sum(1 for site in newer_sites if "geoPoint" in site)
    marks = index_marks(stack)
    assert marks and {item["token"].partition("#")[0] for item in marks} == {"NCT05827016@2025-07-01"}
    assert document(stack, "NCT05827016")["overall_status"]["code"] == "RECRUITING"


def index_marks(stack) -> list[dict]:
    table = resource("dynamodb").Table(stack.refs["StudyIndexTable"])
    return [item for item in table.scan()["Items"] if item["pk"] == keys.MARKS]


def counted_index_writes(stack):
    """Items put or deleted in the index tables, and the requests that carried them."""
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
    return counts


def with_status(record: dict, status: str, posted: str) -> dict:
    changed = copy.deepcopy(record)
    changed["protocolSection"]["statusModule"]["overallStatus"] = status
    changed["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"] = {"date": posted, "type": "ACTUAL"}
    return changed


@pytest.mark.slow  # seconds on moto: many studies or versions through the real functions
def test_a_status_change_rewrites_no_site_and_only_the_filings_it_moved(stack):
    newer = captured("2025-07-01")  # recruiting at 282 sites
    first, second = archived(stack, newer, with_status(newer, "ACTIVE_NOT_RECRUITING", "2025-08-01"))
    versions = StudyVersions(index_store(stack))
    publisher_over(versions, stack).publish(first)
    before = study_items(stack, "NCT05827016")
    writes = counted_index_writes(stack)

    result = publisher_over(versions, stack).publish(second)

    after = study_items(stack, "NCT05827016")
    sites = {key for key in after if key.startswith("GEO")}
    assert result.outcome == "rendered" and result.changes == 1
    assert sites == {key for key in before if key.startswith("GEO")}  # not one site item written again
    assert all(after[key] == before[key] for key in sites)
    assert set(after) == set(versions.current("NCT05827016").written)
    assert not any("status#recruiting" in key for key in after) and any(
        "status#active_not_recruiting" in key for key in after
    )
    # The filings' sort keys hold the update date: each moves (a put and a delete); nothing else is written
    # but the version record, the change and its feeds, the publish marks and the condition list.
    moved = len([key for key in after if not key.startswith("GEO")])
    terms = len([key for key in after if keys.term_of(keys.split_item_key(key)[0])])  # a search mark each
    print(f"{len(after)} items, {moved} filings moved: {writes}")
    assert writes["items"] <= 2 * moved + terms + 20 < len(after)
    assert writes["requests"] <= 1 + -(-writes["items"] // 25)


@pytest.mark.slow  # seconds on moto: many studies or versions through the real functions
def test_a_record_that_moved_meanwhile_to_an_older_version_is_compared_against_again(stack):
    base = captured("2023-06-07")
    oldest, middle, newest = archived(
        stack, base, with_status(base, "RECRUITING", "2024-01-10"), with_status(base, "COMPLETED", "2025-01-10")
    )
    versions = StudyVersions(index_store(stack))
    publisher_over(versions, stack).publish(oldest)
    # While the newest version writes, the middle one is recorded: the newest compared against the oldest.
    racing = NewerVersionRecordedFirst(versions, lambda: publisher_over(versions, stack).publish(middle))

    result = publisher_over(racing, stack).publish(newest)

    assert racing.raced and result.outcome == "rendered"
    current = versions.current("NCT05827016")
    assert current.last_update == "2025-01-10" and current.listing.status == "COMPLETED"
    items = study_items(stack, "NCT05827016")
    assert set(items) == set(current.written)  # no item of the middle version left behind
    assert {field(item, "status") for key, item in items.items() if not key.startswith("GEO")} == {"COMPLETED"}
