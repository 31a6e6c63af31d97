"""The daily status sweep (functions/sweep_statuses) on moto: on a day D it renders again exactly the
pages whose status cautions change on D, writes nothing else, and a page it cannot render stays
filed for the next run."""

from __future__ import annotations

import html
from datetime import date, timedelta

import boto3
import pytest
from trialpages_dev.local import moto_speedups
from trialpages_dev.local.handlers import LocalLambdaContext, load_event, load_handler

from tests.emf import metric_values
from tests.publishing.conftest import site_object
from tests.publishing.pipeline import BUILD_DAY, Pipeline
from trialpages.aws.clients import client, resource
from trialpages.aws.index.dynamo import DynamoIndexStore
from trialpages.aws.index.page_changes import PageChanges
from trialpages.aws.index.publishing import SiteIndex
from trialpages.lookup.records import PageRecord
from trialpages.services import sweep_statuses
from trialpages.site.paths import document_key, page_key
from trialpages.site.time_sensitive import next_change, time_sensitive
from trialpages.study import Study, normalize_study

pytestmark = pytest.mark.slow

BUILT = BUILD_DAY.date()  # the day the pipeline built every page for


@pytest.fixture(autouse=True)
def fast_moto():
    moto_speedups.apply()
    yield
    moto_speedups.undo()


def studies_by_next_change(records) -> list[tuple[dict, Study, date | None]]:
    found = []
    for index in range(len(records)):
        record = records[index]
        study = normalize_study(record)
        found.append((record, study, next_change(study, after=BUILT)))
    return found


@pytest.fixture
def site(stack, monkeypatch, records):
    """Three studies through the whole pipeline, their pages built on BUILT: `changing` has a caution
    that starts on `day`, `later` one that starts on a later day, `never` none at all."""
    candidates = studies_by_next_change(records)
    changing = next(c for c in candidates if c[2] is not None)
    day = changing[2]
    later = next(c for c in candidates if c[2] is not None and c[2] > day)
    never = next(c for c in candidates if c[2] is None)
    pipeline = Pipeline(stack, monkeypatch, [changing[0], later[0], never[0]])
    assert pipeline.cycle()["complete"]
    return {"day": day, "changing": changing[1], "later": later[1], "never": never[1], "pipeline": pipeline}


@pytest.fixture
def sweep(stack):
    """functions/sweep_statuses/app.py run for a day; the S3 keys put and DynamoDB items written, recorded."""
    sweep_statuses.reset()
    handler = load_handler("sweep_statuses")
    written: dict[str, list[str]] = {"s3": [], "dynamodb": []}

    def count_put(params, **_):
        written["s3"].append(params["Key"])

    client("s3").meta.events.register("provide-client-params.s3.PutObject", count_put)
    record_index_writes(written["dynamodb"])

    def run(day: date) -> dict:
        written["s3"].clear()
        written["dynamodb"].clear()
        event = load_event("sweep_statuses_schedule.json") | {"scheduled_time": f"{day.isoformat()}T00:30:00Z"}
        return handler.lambda_handler(event, LocalLambdaContext("SweepStatusesFunction", timeout_s=900))

    run.written = written
    yield run
    sweep_statuses.reset()


def record_index_writes(written: list) -> None:
    """Every item the index clients (low-level and resource) put or delete, appended to `written`."""

    def batch(params, **_):
        written.extend(request for requests in params["RequestItems"].values() for request in requests)

    def single(params, **_):
        written.append(params)

    for dynamodb in (client("dynamodb"), resource("dynamodb").meta.client):
        dynamodb.meta.events.register("provide-client-params.dynamodb.BatchWriteItem", batch)
        for operation in ("PutItem", "DeleteItem", "UpdateItem", "TransactWriteItems"):
            dynamodb.meta.events.register(f"provide-client-params.dynamodb.{operation}", single)


def tables(stack) -> tuple[str, str]:
    return stack.refs["StudyIndexTable"], stack.refs["StudyGeoTable"]


def page(stack, nct_id: str) -> str:
    return site_object(stack, page_key(nct_id))["Body"].read().decode("utf-8")


def statements(study: Study, day: date) -> set[str]:
    timed = time_sensitive(study, day)
    return {caution.text for caution in timed.cautions} | ({timed.results_overdue} if timed.results_overdue else set())


def due(pipeline: Pipeline, day: date) -> list[str]:
    return [nct_id for _, nct_id in PageChanges(pipeline.index_store()).due([day.isoformat()])]


def test_the_sweep_renders_on_its_day_only_the_page_whose_caution_changes_then(site, sweep, stack):
    day, changing, later, never = site["day"], site["changing"], site["later"], site["never"]
    before = {study.nct_id: page(stack, study.nct_id) for study in (changing, later, never)}
    new_statements = statements(changing, day) - statements(changing, BUILT)
    assert new_statements and due(site["pipeline"], day) == [changing.nct_id]

    report = sweep(day)

    assert report == {
        "day": day.isoformat(),
        "due": 1,
        "rendered": 1,
        "unchanged": 0,
        "failed": 0,
        "complete": True,
    }
    pages_written = [key for key in sweep.written["s3"] if not key.startswith("assets/")]
    assert pages_written == [page_key(changing.nct_id)]
    assert sweep.written["dynamodb"]  # its page record, and its entry moved to the next day
    after = html.unescape(page(stack, changing.nct_id))
    assert all(text not in html.unescape(before[changing.nct_id]) and text in after for text in new_statements)
    assert page(stack, later.nct_id) == before[later.nct_id] and page(stack, never.nct_id) == before[never.nct_id]
    # Filed under the day its page changes next, off today's; the other study stays where it was.
    following = next_change(changing, after=day)
    assert due(site["pipeline"], day) == []
    if following is not None:
        assert changing.nct_id in due(site["pipeline"], following)
    assert later.nct_id in due(site["pipeline"], next_change(later, after=BUILT))


def test_a_day_with_no_page_to_change_writes_nothing(site, sweep):
    quiet = site["day"] - timedelta(days=1)  # after the pages were built, before any of them changes
    report = sweep(quiet)
    assert (report["due"], report["rendered"], report["failed"]) == (0, 0, 0)
    assert sweep.written == {"s3": [], "dynamodb": []}


def test_the_same_day_swept_twice_writes_the_page_once(site, sweep):
    sweep(site["day"])
    again = sweep(site["day"])
    assert (again["due"], again["rendered"]) == (0, 0) and sweep.written["s3"] == []


def test_a_page_that_fails_to_render_stays_filed_and_renders_on_a_later_run(site, sweep, stack, service_log, capsys):
    day, changing, pipeline = site["day"], site["changing"], site["pipeline"]
    before = page(stack, changing.nct_id)
    # Its document and raw record gone: the page cannot be rendered from anything.
    s3, buckets = boto3.client("s3"), stack.refs
    version = pipeline.index().versions_and_pages([changing.nct_id])[changing.nct_id][0]
    kept = {
        (buckets["SiteBucket"], document_key(changing.nct_id)): None,
        (buckets["RawArchiveBucket"], version.raw_key): None,
    }
    for bucket, key in kept:
        kept[(bucket, key)] = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
        s3.delete_object(Bucket=bucket, Key=key)
    capsys.readouterr()

    report = sweep(day)

    assert (report["due"], report["rendered"], report["failed"]) == (1, 0, 1)
    assert metric_values(capsys.readouterr().out)["SweptPagesFailed"] == [1]
    assert any(
        r.getMessage() == "study page not rendered" and getattr(r, "nct_id", None) == changing.nct_id
        for r in service_log
    )
    assert page(stack, changing.nct_id) == before
    assert due(pipeline, day) == [] and due(pipeline, day + timedelta(days=1)) == [changing.nct_id]

    for (bucket, key), body in kept.items():
        s3.put_object(Bucket=bucket, Key=key, Body=body)
    # A day's run was missed as well: the run after it still finds the page.
    report = sweep(day + timedelta(days=2))
    assert (report["due"], report["rendered"], report["failed"]) == (1, 1, 0)
    assert page(stack, changing.nct_id) != before
    assert due(pipeline, day + timedelta(days=1)) == []


def test_a_schedule_event_without_its_time_is_refused(stack):
    sweep_statuses.reset()
    handler = load_handler("sweep_statuses")
    with pytest.raises(Exception, match="scheduled_time"):
        handler.lambda_handler({"trigger": "schedule"}, LocalLambdaContext("SweepStatusesFunction", timeout_s=900))


def test_a_page_record_moves_its_study_to_another_day_only_when_that_day_changed(stack):
    index = SiteIndex(DynamoIndexStore(resource("dynamodb"), client("dynamodb"), *tables(stack)))
    changes = PageChanges(DynamoIndexStore(resource("dynamodb"), client("dynamodb"), *tables(stack)))
    written: list[dict] = []
    record_index_writes(written)
    first = PageRecord(
        nct_id="NCT00000001", last_update="2026-01-05", related=[], conditions=[], next_change="2027-01-01"
    )
    index.save_page_records([first], {"NCT00000001": None})
    assert changes.due(["2027-01-01"]) == [("2027-01-01", "NCT00000001")] and len(written) == 2

    written.clear()
    same_day = first.model_copy(update={"related": ["NCT00000002"]})
    index.save_page_records([same_day], {"NCT00000001": first})
    assert len(written) == 1 and "PutRequest" in written[0]  # the page record alone

    written.clear()
    index.save_page_records([same_day.model_copy(update={"next_change": None})], {"NCT00000001": same_day})
    assert changes.due(["2027-01-01"]) == [] and len(written) == 2  # the record, and the day's entry deleted
