"""Faults in the registry and in AWS, crashes, duplicates and late versions: the pipeline settles with every invariant intact.

Each scenario breaks something while the pipeline runs, then lets it settle (detect_changes rerun
until its sync is done, the queue drained through render_study honouring redelivery, publish_site
rerun until no mark is left) and returns the dead letters it expects. The invariants are the same
for all of them (tests/faults/invariants.py); a scenario also checks that its fault really fired.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass

import boto3
import pytest
from botocore.exceptions import ClientError
from trialpages_dev.fake_registry import Fault
from trialpages_dev.records import nct_id_of

from tests.faults import scenarios_quarantine
from tests.faults.aws_faults import AwsFault, AwsFaults, current_items
from tests.faults.harness import FaultPipeline
from tests.faults.invariants import violations
from tests.faults.scenarios_revisions import SCENARIOS as REVISION_SCENARIOS
from tests.publishing.conftest import with_last_update
from trialpages.aws.index.versions import StudyVersions
from trialpages.aws.site_store import SiteStore
from trialpages.aws.study_queue import QueueSendError, StudyQueue
from trialpages.ingest.messages import StudyMessage
from trialpages.publishing.version import VersionPublisher

pytestmark = pytest.mark.slow

UPDATE_DAY, UPDATE_SNAPSHOT = "2026-11-24", "2026-11-25T09:00:00"
LATER_DAY, LATER_SNAPSHOT = "2026-11-26", "2026-11-27T09:00:00"
CHANGED = 11  # studies the registry updates: two render batches
PAGE = 4  # detect_changes' page size during a faulted backfill: several pages, so faults land mid-sync
NO_POISON: frozenset[str] = frozenset()


@dataclass
class MidSync(Fault):
    """A registry fault on the requests that follow a page token only: it lands after the first page."""

    def applies_to(self, path: str, params: dict[str, str]) -> bool:
        return "pageToken" in params and super().applies_to(path, params)


def update(p: FaultPipeline, day: str = UPDATE_DAY, snapshot: str = UPDATE_SNAPSHOT, count: int = CHANGED) -> None:
    """The registry's daily refresh changes `count` studies (their title shows the day)."""
    changed = [with_last_update(record, day, f"Updated {day}") for record in p.records[:count]]
    p.registry_publishes(changed, snapshot)


def settled_then_updated(p: FaultPipeline) -> None:
    """Every study rendered once, then the registry updates some: the faults then hit newer versions.
    (publish_site runs only at the end: its marks wait for it, and one run covers both cycles.)"""
    p.detect_until_done()
    p.drain()
    update(p)


def in_bucket(bucket_ref: str, p: FaultPipeline):
    return lambda params: params.get("Bucket") == p.stack.refs[bucket_ref]


def in_table(table_ref: str, p: FaultPipeline):
    return lambda params: params.get("TableName") == p.stack.refs[table_ref]


RECORDS_VERSION = "PutItem"  # render_study records a version with a conditional PutItem


def records_version(p: FaultPipeline):
    return lambda params: bool(current_items(params, p.stack.refs["StudyIndexTable"]))


# -- the registry ----------------------------------------------------------------------------


def backfill_completes_through_a_429_storm_honouring_retry_after(p: FaultPipeline, faults: AwsFaults):
    p.inject(Fault("429", times=4, retry_after="7", path_prefix="/studies"))
    p.settle(page_size=PAGE)
    assert len(p.registry_waits) == 4 and min(p.registry_waits) >= 7  # it waited as long as asked


def backfill_completes_after_a_429_storm_outlasts_one_run(p: FaultPipeline, faults: AwsFaults):
    # No Retry-After: exponential backoff; nine in a row exhaust one run's six attempts.
    p.inject(Fault("429", times=9, path_prefix="/studies"))
    p.settle(page_size=PAGE)
    assert any("RegistryUnavailable" in run for run in p.failed_runs)


def backfill_completes_through_a_5xx_burst_mid_sync(p: FaultPipeline, faults: AwsFaults):
    p.inject(
        MidSync("500", times=3),
        MidSync("503", times=2, retry_after="1"),
        MidSync("500", times=6),  # a whole run's attempts: that run fails, the next resumes
    )
    p.settle(page_size=PAGE)
    assert any("RegistryUnavailable" in run for run in p.failed_runs)


def backfill_completes_through_timeouts_and_slow_answers(p: FaultPipeline, faults: AwsFaults):
    p.inject(MidSync("slow", times=1, delay_s=20), MidSync("timeout", times=3))
    p.settle(page_size=PAGE)


def backfill_completes_when_pages_arrive_truncated(p: FaultPipeline, faults: AwsFaults):
    p.inject(MidSync("truncated", times=3))
    p.settle(page_size=PAGE)


def backfill_completes_when_the_page_token_expires_mid_sync(p: FaultPipeline, faults: AwsFaults):
    p.inject(Fault("expired_token", times=1))  # the second page's token
    p.settle(page_size=PAGE)
    # The query restarted without a token from the newest date the first page covered.
    first_pages = [params for path, params in p.registry.requests if path == "/studies" and "pageToken" not in params]
    assert len(first_pages) == 2


# -- AWS during detect_changes ------------------------------------------------------------


def backfill_completes_when_archiving_to_s3_fails_mid_sync(p: FaultPipeline, faults: AwsFaults):
    faults.add(
        AwsFault(
            "s3", "PutObject", after=6, times=2, code="SlowDown", status=503, matches=in_bucket("RawArchiveBucket", p)
        )
    )
    p.settle(page_size=PAGE)
    assert p.failed_runs


def backfill_completes_when_send_message_batch_fails_whole(p: FaultPipeline, faults: AwsFaults):
    faults.add(AwsFault("sqs", "SendMessageBatch", after=1, times=2, code="ServiceUnavailable", status=503))
    p.settle(page_size=PAGE)


def backfill_completes_when_send_message_batch_fails_some_entries(p: FaultPipeline, faults: AwsFaults):
    # Three calls in a row report entries Failed: StudyQueue's resends run out once, the run repeats the page.
    faults.add(AwsFault("sqs", "SendMessageBatch", after=1, times=4, drop_entries=3))
    p.settle(page_size=PAGE)
    assert any("QueueSendError" in run for run in p.failed_runs)


def backfill_completes_when_the_checkpoint_write_is_throttled(p: FaultPipeline, faults: AwsFaults):
    code = "ProvisionedThroughputExceededException"
    faults.add(
        AwsFault("dynamodb", "PutItem", after=2, times=1, code=code, status=400, matches=in_table("StateTable", p))
    )
    p.settle(page_size=PAGE)


def backfill_completes_when_a_checkpoint_conditional_write_loses(p: FaultPipeline, faults: AwsFaults):
    code = "ConditionalCheckFailedException"
    faults.add(
        AwsFault("dynamodb", "PutItem", after=1, times=1, code=code, status=400, matches=in_table("StateTable", p))
    )
    p.settle(page_size=PAGE)


def backfill_completes_when_the_registry_updates_after_a_run_failed_mid_sync(p: FaultPipeline, faults: AwsFaults):
    faults.add(AwsFault("sqs", "SendMessageBatch", after=2, times=1, code="ServiceUnavailable", status=503))
    with pytest.raises(ClientError):
        p.detect_report(page_size=PAGE)  # two pages delivered, the third not
    # Studies already delivered are updated before the next run: they move to the end of the date
    # order, so the failed run's page token would now skip as many unread ones.
    delivered = {body["nct_id"] for body in faults.log.queued}
    changed = [record for record in p.records if nct_id_of(record) in delivered][:3]
    p.registry_publishes([with_last_update(r, UPDATE_DAY, "Updated") for r in changed], UPDATE_SNAPSHOT)
    p.settle(page_size=PAGE)


# -- AWS during render_study ----------------------------------------------------------------


def page_shows_newest_version_after_s3_put_fails_mid_batch(p: FaultPipeline, faults: AwsFaults):
    settled_then_updated(p)
    site = p.stack.refs["SiteBucket"]
    faults.add(
        AwsFault("s3", "PutObject", after=3, times=3, code="SlowDown", status=503,
                 matches=lambda params: params.get("Bucket") == site and params["Key"].startswith(("studies/", "data/")))
    )  # fmt: skip
    p.settle()


def page_shows_newest_version_after_s3_get_of_the_raw_record_fails(p: FaultPipeline, faults: AwsFaults):
    settled_then_updated(p)
    faults.add(AwsFault("s3", "GetObject", after=2, times=4, matches=in_bucket("RawArchiveBucket", p)))
    p.settle()


def index_shows_newest_version_after_its_conditional_write_is_throttled(p: FaultPipeline, faults: AwsFaults):
    settled_then_updated(p)
    code = "ProvisionedThroughputExceededException"
    faults.add(
        AwsFault("dynamodb", RECORDS_VERSION, after=2, times=3, code=code, status=400, matches=records_version(p))
    )
    p.settle()


def page_shows_newest_version_after_index_queries_fail(p: FaultPipeline, faults: AwsFaults):
    settled_then_updated(p)
    faults.add(AwsFault("dynamodb", "Query", after=1, times=4, matches=in_table("StudyIndexTable", p)))
    p.settle()


def page_shows_newest_version_after_idempotency_writes_fail(p: FaultPipeline, faults: AwsFaults):
    settled_then_updated(p)
    table = in_table("IdempotencyTable", p)
    faults.add(AwsFault("dynamodb", "PutItem", after=1, times=2, matches=table))
    # Saving the result after the work is done fails too: the in-progress claim stays until it expires.
    faults.add(AwsFault("dynamodb", "UpdateItem", after=4, times=1, matches=table))
    p.settle()


def page_shows_newest_version_after_the_worker_crashes_mid_batch(p: FaultPipeline, faults: AwsFaults):
    settled_then_updated(p)
    # The fourth study's page is written, then the process dies before its version is recorded.
    faults.add(AwsFault("dynamodb", RECORDS_VERSION, after=3, times=1, crash=True, matches=records_version(p)))
    p.settle()
    assert p.crashes == 1


def page_shows_newest_version_after_the_worker_crashes_twice_while_writing_documents(
    p: FaultPipeline, faults: AwsFaults
):
    settled_then_updated(p)
    site = p.stack.refs["SiteBucket"]
    faults.add(
        AwsFault("s3", "PutObject", after=5, times=2, crash=True, matches=lambda params: params.get("Bucket") == site)
    )
    p.settle()
    assert p.crashes == 2


# -- deliveries ----------------------------------------------------------------------------------


def each_version_renders_once_when_every_message_is_delivered_twice(p: FaultPipeline, faults: AwsFaults):
    settled_then_updated(p)
    p.detect_until_done()
    writes_before = sum(len(v) for k, v in faults.log.versions.items() if k.startswith("data/"))
    p.drain(reorder=lambda received: received + received)  # SQS delivers at least once: here, twice each
    writes = sum(len(v) for k, v in faults.log.versions.items() if k.startswith("data/")) - writes_before
    assert writes == CHANGED  # idempotency absorbed every duplicate
    p.publish_until_done()


def newer_page_stays_when_an_older_version_arrives_after_it(p: FaultPipeline, faults: AwsFaults):
    settled_then_updated(p)
    p.detect_until_done()
    update(p, LATER_DAY, LATER_SNAPSHOT, count=CHANGED // 2)
    p.detect_until_done()
    # Newest first: every study's older version is delivered after its newer one.
    p.drain(reorder=lambda received: list(reversed(received)))
    p.publish_until_done()


def newer_page_stays_when_an_older_version_is_redelivered_after_a_failure(p: FaultPipeline, faults: AwsFaults):
    settled_then_updated(p)
    p.detect_until_done()
    update(p, LATER_DAY, LATER_SNAPSHOT, count=CHANGED)
    p.detect_until_done()
    # The older versions' raw reads fail once, so they come back after the newer versions rendered.
    older = {record["protocolSection"]["identificationModule"]["nctId"] for record in p.records[:CHANGED]}
    faults.add(
        AwsFault("s3", "GetObject", times=CHANGED,
                 matches=lambda params: f"/{UPDATE_DAY}/" in params.get("Key", "")  # raw/<id>/<day>/<content>.json
                 and params["Key"].split("/")[1] in older)
    )  # fmt: skip
    p.drain()
    p.publish_until_done()


def newer_document_is_never_overwritten_by_an_older_render_running_concurrently(p: FaultPipeline, faults: AwsFaults):
    settled_then_updated(p)
    p.detect_until_done()
    update(p, LATER_DAY, LATER_SNAPSHOT, count=1)
    p.detect_until_done()
    nct_id = nct_id_of(p.records[0])
    newer = p.take_message(lambda body: body["nct_id"] == nct_id and body["last_update"] == LATER_DAY)
    # MaximumConcurrency is 10: while one execution is about to write the older version's document,
    # another renders and records the newer version from start to end.
    document = f"data/studies/{nct_id}.json"
    faults.add(
        AwsFault("s3", "PutObject", action=lambda: p.render_elsewhere(newer), matches=lambda x: x["Key"] == document)
    )
    p.drain()
    p.publish_until_done()


def dead_letter_queue_holds_only_the_poison_records_with_their_reasons(p: FaultPipeline, faults: AwsFaults):
    settled_then_updated(p)
    never_archived = StudyMessage(
        nct_id="NCT99999999", last_update="2026-01-01", raw_key="raw/NCT99999999/2026-01-01.json"
    )
    poison = frozenset({never_archived.model_dump_json(), '{"nct_id": "not an id"}'})
    for body in poison:
        boto3.client("sqs").send_message(QueueUrl=p.stack.refs["StudyQueue"], MessageBody=body)
    p.settle()
    return poison


# -- AWS during publish_site ----------------------------------------------------------------


def site_is_published_after_condition_page_writes_fail(p: FaultPipeline, faults: AwsFaults):
    settled_then_updated(p)
    p.detect_until_done()
    p.drain()
    site = p.stack.refs["SiteBucket"]
    faults.add(
        AwsFault("s3", "PutObject", after=1, times=2, code="SlowDown", status=503,
                 matches=lambda params: params.get("Bucket") == site and params["Key"].startswith("conditions/"))
    )  # fmt: skip
    p.publish_until_done()
    assert any(run.startswith("publish_site") for run in p.failed_runs)


def site_is_published_after_index_reads_writes_and_document_reads_fail_during_publish(
    p: FaultPipeline, faults: AwsFaults
):
    settled_then_updated(p)
    p.detect_until_done()
    p.drain()
    faults.add(AwsFault("dynamodb", "Query", after=2, times=2, matches=in_table("StudyIndexTable", p)))
    faults.add(AwsFault("dynamodb", "BatchWriteItem", after=1, times=1))
    # Study pages are rendered from the studies' JSON documents.
    site = p.stack.refs["SiteBucket"]
    faults.add(
        AwsFault("s3", "GetObject", after=1, times=1,
                 matches=lambda params: params.get("Bucket") == site and params["Key"].startswith("data/"))
    )  # fmt: skip
    p.publish_until_done()


SCENARIOS = [
    backfill_completes_through_a_429_storm_honouring_retry_after,
    backfill_completes_after_a_429_storm_outlasts_one_run,
    backfill_completes_through_a_5xx_burst_mid_sync,
    backfill_completes_through_timeouts_and_slow_answers,
    backfill_completes_when_pages_arrive_truncated,
    backfill_completes_when_the_page_token_expires_mid_sync,
    backfill_completes_when_archiving_to_s3_fails_mid_sync,
    backfill_completes_when_send_message_batch_fails_whole,
    backfill_completes_when_send_message_batch_fails_some_entries,
    backfill_completes_when_the_checkpoint_write_is_throttled,
    backfill_completes_when_a_checkpoint_conditional_write_loses,
    backfill_completes_when_the_registry_updates_after_a_run_failed_mid_sync,
    page_shows_newest_version_after_s3_put_fails_mid_batch,
    page_shows_newest_version_after_s3_get_of_the_raw_record_fails,
    index_shows_newest_version_after_its_conditional_write_is_throttled,
    page_shows_newest_version_after_index_queries_fail,
    page_shows_newest_version_after_idempotency_writes_fail,
    page_shows_newest_version_after_the_worker_crashes_mid_batch,
    page_shows_newest_version_after_the_worker_crashes_twice_while_writing_documents,
    each_version_renders_once_when_every_message_is_delivered_twice,
    newer_page_stays_when_an_older_version_arrives_after_it,
    newer_page_stays_when_an_older_version_is_redelivered_after_a_failure,
    newer_document_is_never_overwritten_by_an_older_render_running_concurrently,
    dead_letter_queue_holds_only_the_poison_records_with_their_reasons,
    site_is_published_after_condition_page_writes_fail,
    site_is_published_after_index_reads_writes_and_document_reads_fail_during_publish,
    *scenarios_quarantine.SCENARIOS,
    *REVISION_SCENARIOS,
]


@pytest.mark.parametrize(
    "scenario",
    # A scenario's own marks (an xfail for a known gap) go on its test.
    [pytest.param(s, id=s.__name__, marks=getattr(s, "pytestmark", [])) for s in SCENARIOS],
)
def test_pipeline_settles_with_every_invariant_held(scenario, pipeline, aws_faults, service_log):
    poison = scenario(pipeline, aws_faults) or NO_POISON

    # A fault that never fired proves nothing.
    assert [fault for fault in aws_faults.faults if not fault.fired] == []
    assert [fault for fault in pipeline.registry_faults if fault.times] == []
    assert violations(pipeline, aws_faults, service_log, poison=poison) == []


# -- the checker itself: product bugs planted here must be reported ------------------------------


def test_invariants_catch_a_renderer_that_overwrites_a_newer_document_even_if_it_restores_it(
    pipeline, aws_faults, service_log, monkeypatch
):
    original_publish, original_current = VersionPublisher.publish, StudyVersions.current_and_page
    blind = {"next": False}

    def publish(self, message):
        blind["next"] = True
        return original_publish(self, message)

    def current(self, nct_id):
        if blind.pop("next", False):
            return None, None  # the planted bug: render without looking at the recorded version...
        return original_current(self, nct_id)

    def put_regardless(self, key, body, content_type, version, **_):
        self.put(key, body, content_type)  # ...and put files without looking at the version they show
        return True

    monkeypatch.setattr(VersionPublisher, "publish", publish)
    monkeypatch.setattr(StudyVersions, "current_and_page", current)
    monkeypatch.setattr(SiteStore, "put_unless_newer", put_regardless)
    newer_page_stays_when_an_older_version_arrives_after_it(pipeline, aws_faults)

    found = violations(pipeline, aws_faults, service_log)

    # The newer version is restored in the end; the document still went back on the way there.
    nct_id = nct_id_of(pipeline.records[0])
    assert not [line for line in found if "newest is" in line]
    assert any(line.startswith(f"data/studies/{nct_id}.json went back") for line in found)


def test_invariants_catch_a_queue_that_drops_the_entries_sqs_failed(pipeline, aws_faults, service_log, monkeypatch):
    original = StudyQueue._send_batch

    def forgetful(self, batch):
        with suppress(QueueSendError):  # the planted bug: the checkpoint moves past messages never queued
            original(self, batch)

    monkeypatch.setattr(StudyQueue, "_send_batch", forgetful)
    aws_faults.add(AwsFault("sqs", "SendMessageBatch", after=1, times=4, drop_entries=3))
    pipeline.settle(page_size=PAGE)

    found = violations(pipeline, aws_faults, service_log)

    assert len([line for line in found if line.endswith("never queued")]) == 3
    assert len([line for line in found if "page or document missing" in line]) == 3
