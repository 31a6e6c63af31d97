"""render_study and publish_site turn their reports into CloudWatch metrics (EMF on stdout)."""

from __future__ import annotations

from datetime import UTC, datetime

import boto3
import pytest
from aws_lambda_powertools import Metrics
from trialpages_dev.local import moto_speedups

from tests.conftest import FakeLambdaContext
from tests.emf import metric_values, units
from tests.publishing.conftest import sqs_event, with_last_update
from tests.publishing.pipeline import Pipeline
from trialpages.ingest.messages import StudyMessage


@pytest.fixture(autouse=True)
def no_metrics_left_over():
    Metrics().clear_metrics()  # the metric set is shared by every Metrics instance in the process
    yield
    Metrics().clear_metrics()


def forget_idempotency_records(stack) -> None:
    """As if the records expired: the next delivery of a version is rendered, not answered from them."""
    ddb, table = boto3.client("dynamodb"), stack.refs["IdempotencyTable"]
    for item in ddb.scan(TableName=table)["Items"]:
        ddb.delete_item(TableName=table, Key={"id": item["id"]})


def test_render_study_counts_rendered_unchanged_superseded_and_failed_studies(
    render_handler, archive_versions, records, stack, capsys
):
    first, second = archive_versions(records[0], records[1])
    older, newer = archive_versions(
        with_last_update(records[2], "2025-01-10", "Older title"),
        with_last_update(records[2], "2025-03-10", "Newer title"),
    )
    missing_raw = StudyMessage(
        nct_id="NCT99999999", last_update="2026-01-01", raw_key="raw/NCT99999999/2026-01-01.json"
    )

    render_handler.lambda_handler(sqs_event(first, second, newer, missing_raw, "not json"), FakeLambdaContext())
    assert metric_values(capsys.readouterr().out) == {"StudiesRendered": [1, 1, 1], "StudiesFailed": [2]}

    render_handler.lambda_handler(sqs_event(first), FakeLambdaContext())
    # A redelivery is answered from the idempotency record: nothing was rendered, so nothing counted.
    assert metric_values(capsys.readouterr().out) == {"StudiesFailed": [0]}

    forget_idempotency_records(stack)
    render_handler.lambda_handler(sqs_event(first, older), FakeLambdaContext())
    out = capsys.readouterr().out
    assert metric_values(out) == {"StudiesUnchanged": [1], "StudiesSuperseded": [1], "StudiesFailed": [0]}
    assert set(units(out).values()) == {"Count"}


def test_publish_site_reports_how_far_the_site_lags_the_registry(stack, monkeypatch, records, capsys):
    moto_speedups.apply()
    try:
        pipeline = Pipeline(stack, monkeypatch, records[:5])

        pipeline.publish()  # nothing synced yet: no release to lag behind
        before_sync = metric_values(capsys.readouterr().out)
        pipeline.detect()
        waiting = pipeline.publish()  # the release is synced, its five studies still queued
        queued = metric_values(capsys.readouterr().out)
        expected = (datetime.now(UTC) - datetime(2026, 11, 24, 9, tzinfo=UTC)).total_seconds()
        assert pipeline.render_queue() == 0
        rendered = metric_values(capsys.readouterr().out)
        shown = pipeline.publish()
        published = capsys.readouterr().out
    finally:
        moto_speedups.undo()

    assert before_sync == {"SiteFilesWritten": [0], "StudyPagesFailed": [0]}
    assert waiting["freshness"]["data_timestamp"] == pipeline.registry.data_timestamp
    assert waiting["freshness"]["shown"] is False and waiting["freshness"]["waiting_on"] == "rendering"
    assert sum(rendered["StudiesRendered"]) == 5 and sum(rendered["StudiesFailed"]) == 0
    assert queued["FreshnessLag"] == [pytest.approx(expected, abs=120)]
    assert shown["freshness"]["shown"] is True and shown["complete"] is True
    assert metric_values(published) == {
        "SiteFilesWritten": [shown["files_written"]],
        "StudyPagesFailed": [0],
        "FreshnessLag": [0],
    }
    assert shown["files_written"] > 0 and units(published)["FreshnessLag"] == "Seconds"
