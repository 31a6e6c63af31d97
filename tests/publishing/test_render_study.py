"""render_study: partial batch failures, idempotent redelivery, late versions, unchanged pages, the DLQ."""

from __future__ import annotations

import boto3

from tests.conftest import FakeLambdaContext
from tests.publishing.conftest import loads, site_object, sqs_event, with_last_update
from trialpages.ingest.messages import StudyMessage
from trialpages.publishing import wiring


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
