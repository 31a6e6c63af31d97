"""render_study: partial batch failures, idempotent redelivery, late versions, unchanged pages, the DLQ."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import boto3

from tests.conftest import FakeLambdaContext, load_event
from tests.publishing.conftest import loads, site_object, sqs_event, with_last_update
from trialpages.aws.raw_archive import RawArchive
from trialpages.aws.site_store import SiteStore
from trialpages.aws.study_index import StudyIndex, from_item
from trialpages.ingest.messages import StudyMessage, message_for
from trialpages.publishing import wiring
from trialpages.publishing.study_pages import StudyPagePublisher
from trialpages.settings import RenderSettings

VERSIONS = Path(__file__).resolve().parents[2] / "data" / "ctgov" / "versions"


def test_batch_renders_each_study_and_fails_only_the_poison_records(render_handler, archive_versions, records, stack):
    good = archive_versions(records[0], records[1])
    missing_raw = StudyMessage(
        nct_id="NCT99999999", last_update="2026-01-01", raw_key="raw/NCT99999999/2026-01-01.json"
    )
    event = sqs_event(*good, missing_raw, '{"nct_id": "not an id"}')

    response = render_handler.lambda_handler(event, FakeLambdaContext())

    failed = {item["itemIdentifier"] for item in response["batchItemFailures"]}
    assert failed == {event["Records"][2]["messageId"], event["Records"][3]["messageId"]}
    for message in good:
        page = site_object(stack, f"studies/{message.nct_id}/index.html")
        assert page["ContentType"] == "text/html; charset=utf-8"
        assert "max-age" in page["CacheControl"]
        assert message.nct_id in page["Body"].read().decode("utf-8")
        assert loads(site_object(stack, f"data/studies/{message.nct_id}.json"))["nct_id"] == message.nct_id


def test_redelivered_version_is_not_rendered_again(render_handler, archive_versions, records, stack):
    (message,) = archive_versions(records[0])
    render_handler.lambda_handler(sqs_event(message), FakeLambdaContext())
    boto3.client("s3").delete_object(Bucket=stack.refs["SiteBucket"], Key=f"studies/{message.nct_id}/index.html")

    response = render_handler.lambda_handler(sqs_event(message), FakeLambdaContext())

    assert response["batchItemFailures"] == []
    # Idempotency answered from its record: the deleted page was not written again.
    assert site_object(stack, f"studies/{message.nct_id}/index.html") is None


def test_late_older_version_never_overwrites_the_newer_page(render_handler, archive_versions, records, stack):
    older, newer = archive_versions(
        with_last_update(records[0], "2025-01-10", "Older title"),
        with_last_update(records[0], "2025-03-10", "Newer title"),
    )

    render_handler.lambda_handler(sqs_event(newer), FakeLambdaContext())
    response = render_handler.lambda_handler(sqs_event(older), FakeLambdaContext())

    assert response["batchItemFailures"] == []
    page = site_object(stack, f"studies/{newer.nct_id}/index.html")["Body"].read().decode("utf-8")
    assert "Newer title" in page and "Older title" not in page
    assert loads(site_object(stack, f"data/studies/{newer.nct_id}.json"))["last_update"] == "2025-03-10"


def test_unchanged_page_is_not_written_again(stack, archive_versions, records):
    wiring.settings.cache_clear()
    wiring.publisher.cache_clear()
    (message,) = archive_versions(records[0])
    publisher = wiring.publisher()

    first = publisher.publish(message)
    again = publisher.publish(message)

    assert first.outcome == "rendered" and len(first.wrote) == 2
    assert again.outcome == "unchanged" and again.wrote == []


def test_poison_record_reaches_the_dead_letter_queue_after_five_receives_with_its_reason_logged(
    render_handler, stack, service_log
):
    sqs = boto3.client("sqs")
    poison = StudyMessage(nct_id="NCT99999999", last_update="2026-01-01", raw_key="raw/NCT99999999/2026-01-01.json")
    sqs.send_message(QueueUrl=stack.refs["StudyQueue"], MessageBody=poison.model_dump_json())

    receives = 0
    while True:
        batch = sqs.receive_message(
            QueueUrl=stack.refs["StudyQueue"],
            MaxNumberOfMessages=10,
            VisibilityTimeout=0,
            AttributeNames=["All"],
        ).get("Messages", [])
        if not batch:
            break
        receives += 1
        event = sqs_event(*(message["Body"] for message in batch))
        response = render_handler.lambda_handler(event, FakeLambdaContext())
        assert len(response["batchItemFailures"]) == 1

    assert receives == 5
    dead = sqs.receive_message(QueueUrl=stack.refs["StudyDeadLetterQueue"]).get("Messages", [])
    assert [StudyMessage.model_validate_json(m["Body"]) for m in dead] == [poison]
    reasons = [r.reason for r in service_log if r.getMessage() == "study not rendered"]
    assert len(reasons) == 5 and all("NoSuchKey" in reason for reason in reasons)


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


class NewerVersionRecordedFirst:
    """The real index, except that the first record() call lets `publish_newer` run to the end
    first: the moment a newer version of the study finishes while an older one is still writing."""

    def __init__(self, index: StudyIndex, publish_newer) -> None:
        self._index = index
        self._publish_newer = publish_newer
        self.raced = False

    def record(self, entry) -> bool:
        if not self.raced:
            self.raced = True
            self._publish_newer()
        return self._index.record(entry)

    def __getattr__(self, name):
        return getattr(self._index, name)


def test_older_version_that_loses_the_race_leaves_only_the_newer_versions_lookup_items(stack):
    # Version 2023-06-07 is not yet recruiting at 278 sites; 2025-07-01 recruits at 282.
    settings = RenderSettings()
    archive = RawArchive(boto3.client("s3"), settings.raw_bucket)
    older, newer = [], []
    for name, into in (("NCT05827016__2023-06-07.json", older), ("NCT05827016__2025-07-01.json", newer)):
        record = json.loads((VERSIONS / name).read_text(encoding="utf-8"))
        into.append(message_for(record))
        archive.archive(into[0], record)
    index = StudyIndex(boto3.client("dynamodb"), settings.study_index_table, settings.study_geo_table)

    def publisher(with_index) -> StudyPagePublisher:
        site = SiteStore(boto3.client("s3"), settings.site_bucket)
        return StudyPagePublisher(archive, site, with_index, site_url=settings.site_url, today=wiring.build_day)

    racing = NewerVersionRecordedFirst(index, lambda: publisher(index).publish(newer[0]))
    result = publisher(racing).publish(older[0])

    assert racing.raced and result.outcome == "superseded"
    current = index.current("NCT05827016")
    assert current.last_update == "2025-07-01"
    ddb = boto3.client("dynamodb")
    study_items = [
        from_item(item)
        for table in (settings.study_index_table, settings.study_geo_table)
        for item in ddb.scan(TableName=table)["Items"]
        if item["pk"]["S"].startswith(("FACET#", "RECRUITING-FIRST#", "GEO", "PAGE#condition#"))
        and "NCT05827016" in item["sk"]["S"]
    ]
    # Exactly the newer version's items, with its values: no older facet entry, no older site status.
    assert {f"{item['pk']}|{item['sk']}" for item in study_items} == set(current.owned_keys)
    assert {item["study_status"] for item in study_items if item["pk"].startswith("GEO")} == {"RECRUITING"}
    assert {item["last_update"] for item in study_items if not item["pk"].startswith("GEO")} == {"2025-07-01"}
    dirty = ddb.query(
        TableName=settings.study_index_table,
        KeyConditionExpression="pk = :pk",
        ExpressionAttributeValues={":pk": {"S": "DIRTY"}},
    )["Items"]
    assert dirty and {item["token"]["S"] for item in dirty} == {"NCT05827016@2025-07-01"}
    assert loads(site_object(stack, "data/studies/NCT05827016.json"))["overall_status"]["code"] == "RECRUITING"
