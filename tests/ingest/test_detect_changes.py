"""detect_changes against the fake registry and moto: what gets archived, queued and checkpointed."""

from __future__ import annotations

import copy
import itertools
import random

import pytest
from botocore.exceptions import ClientError
from trialpages_dev.fake_registry import Fault
from trialpages_dev.records import nct_id_of

from tests.conftest import FakeLambdaContext, load_event, load_handler
from tests.ingest.conftest import FIRST_SNAPSHOT, plenty_of_time
from trialpages.aws.clients import resource
from trialpages.aws.index.checkpoints import CheckpointStore
from trialpages.aws.study_queue import QueueSendError
from trialpages.ingest.checkpoint import CheckpointConflict
from trialpages.ingest.messages import message_for

pytestmark = pytest.mark.slow

SECOND_SNAPSHOT = "2026-11-23T09:00:00"


def changed_copy(record: dict, last_update: str) -> dict:
    changed = copy.deepcopy(record)
    status = changed["protocolSection"]["statusModule"]
    status["lastUpdatePostDateStruct"] = {"date": last_update, "type": "ACTUAL"}
    status["overallStatus"] = "RECRUITING"
    return changed


@pytest.mark.full_corpus
def test_first_run_backfills_every_record_exactly_once(detector_for, records, drain_queue, archived_keys):
    report = detector_for().run(plenty_of_time)

    assert report.outcome == "complete"
    assert (report.seen, report.archived, report.queued) == (1000, 1000, 1000)
    # One /version, one full page of 1,000 and the empty page its token leads to.
    assert report.registry_requests == 3
    messages = drain_queue()
    assert sorted(m["nct_id"] for m in messages) == sorted(nct_id_of(r) for r in records)
    assert sorted(archived_keys()) == sorted(message_for(r).raw_key for r in records)


def test_archived_record_is_the_registry_record(detector_for, parts, records, drain_queue):
    detector_for().run(plenty_of_time)

    first = drain_queue()[0]
    original = next(r for r in records if nct_id_of(r) == first["nct_id"])
    assert parts.archive.read(first["raw_key"]) == original


def test_report_names_the_heaviest_page_its_memory_follows(detector_for, parts):
    pages = []
    studies_page = parts.client.studies_page
    parts.client.studies_page = lambda *args: pages.append(studies_page(*args)) or pages[-1]

    report = detector_for(page_size=100).run(plenty_of_time)

    assert report.pages == len(pages) >= 3
    assert report.heaviest_page_bytes == max(page.body_bytes for page in pages)
    assert report.heaviest_page_bytes > min(page.body_bytes for page in pages if page.studies)


def test_second_run_without_registry_change_sends_nothing_and_makes_one_request(detector_for, drain_queue):
    detector_for().run(plenty_of_time)
    drain_queue()

    report = detector_for().run(plenty_of_time)

    assert report.outcome == "up-to-date"
    assert report.registry_requests == 1
    assert report.queued == 0
    assert drain_queue() == []


def test_change_to_three_records_queues_exactly_those_three(
    detector_for, registry, records, drain_queue, archived_keys
):
    detector_for().run(plenty_of_time)
    drain_queue()
    changed = [changed_copy(record, "2026-11-23") for record in records[100:103]]
    registry.publish(changed, SECOND_SNAPSHOT)

    report = detector_for().run(plenty_of_time)

    assert report.outcome == "complete"
    assert report.queued == 3 and report.archived == 3
    assert sorted(m["nct_id"] for m in drain_queue()) == sorted(nct_id_of(r) for r in changed)
    assert len(archived_keys()) == len(records) + 3
    assert report.registry_requests == 2  # /version and one short page


def test_run_cut_short_by_low_remaining_time_resumes_and_finishes_with_no_gap(detector_for, records, drain_queue):
    calls = itertools.count()

    def three_pages_of_time() -> int:
        return 300_000 if next(calls) < 3 else 5_000

    first = detector_for(page_size=50).run(three_pages_of_time)

    assert first.outcome == "paused"
    assert first.queued == 150
    assert first.checkpoint.sync.page_token is not None

    second = detector_for(page_size=50).run(plenty_of_time)

    assert second.outcome == "complete"
    delivered = [m["nct_id"] for m in drain_queue()]
    assert sorted(set(delivered)) == sorted(nct_id_of(r) for r in records)
    assert len(delivered) == len(records)  # the resumed run repeated no page


def test_registry_update_while_a_sync_is_paused_restarts_the_query_and_leaves_no_gap(
    detector_for, registry, records, drain_queue
):
    calls = itertools.count()
    first = detector_for(page_size=50).run(lambda: 300_000 if next(calls) < 3 else 5_000)
    delivered_first = drain_queue()
    assert (first.outcome, first.queued) == ("paused", 150)
    # Studies already paged past are updated: they move to the end of the date order, and a page
    # token (an offset into that order) would now skip as many studies that were not yet read.
    by_id = {nct_id_of(r): r for r in records}
    moved = [changed_copy(by_id[m["nct_id"]], "2026-11-23") for m in delivered_first[:5]]
    registry.publish(moved, SECOND_SNAPSHOT)

    second = detector_for(page_size=50).run(plenty_of_time)

    assert second.outcome == "complete"
    delivered = delivered_first + drain_queue()
    assert {m["nct_id"] for m in delivered} == set(by_id)
    newest = {(m["nct_id"], m["last_update"]) for m in delivered}
    assert {(nct_id_of(r), "2026-11-23") for r in moved} <= newest
    assert second.checkpoint.data_timestamp == SECOND_SNAPSHOT


class FailingOnCall:
    """Wraps an adapter so that one method call (1-based) fails, as a throttled AWS call would."""

    def __init__(self, inner, method: str, fail_on_call: int, error: Exception) -> None:
        self._inner, self._method, self._fail_on, self._error = inner, method, fail_on_call, error
        self._calls = itertools.count(1)

    def __getattr__(self, name):
        target = getattr(self._inner, name)
        if name != self._method:
            return target

        def call(*args, **kwargs):
            if next(self._calls) == self._fail_on:
                raise self._error
            return target(*args, **kwargs)

        return call


def test_failing_sqs_mid_sync_leaves_checkpoint_and_next_run_delivers_every_study(
    detector_for, parts, records, drain_queue
):
    failing_queue = FailingOnCall(parts.queue, "send", 3, QueueSendError("SQS throttled"))

    with pytest.raises(QueueSendError):
        detector_for(queue=failing_queue, page_size=50).run(plenty_of_time)

    assert parts.checkpoints.load().sync.pages_done == 2
    detector_for(page_size=50).run(plenty_of_time)
    assert {m["nct_id"] for m in drain_queue()} == {nct_id_of(r) for r in records}


def test_failing_s3_mid_page_leaves_checkpoint_and_next_run_delivers_every_study(
    detector_for, parts, records, drain_queue, archived_keys
):
    throttled = ClientError({"Error": {"Code": "SlowDown", "Message": "Reduce your request rate"}}, "PutObject")
    failing_archive = FailingOnCall(parts.archive, "archive", 125, throttled)

    with pytest.raises(ClientError):
        detector_for(archive=failing_archive, page_size=50, archive_workers=1).run(plenty_of_time)

    assert parts.checkpoints.load().sync.pages_done == 2
    report = detector_for(page_size=50).run(plenty_of_time)
    assert report.outcome == "complete"
    assert report.already_archived > 0  # the failed page's earlier writes were kept, not rewritten
    assert {m["nct_id"] for m in drain_queue()} == {nct_id_of(r) for r in records}
    assert len(archived_keys()) == len(records)


def test_two_concurrent_runs_do_not_both_advance_the_checkpoint(detector_for, parts, records, drain_queue):
    other_runs = []

    class OverlappedStore:
        """A checkpoint store where another run completes a whole sync just before our first write."""

        def load(self):
            return parts.checkpoints.load()

        def save(self, checkpoint):
            if not other_runs:
                other_runs.append(detector_for(page_size=100).run(plenty_of_time))
            return parts.checkpoints.save(checkpoint)

    late = detector_for(checkpoints=OverlappedStore(), page_size=100).run(plenty_of_time)

    assert late.outcome == "lost-race"
    assert late.queued == 0  # it lost at its claim, before delivering anything
    stored = parts.checkpoints.load()
    assert stored == other_runs[0].checkpoint
    assert stored.sync is None and stored.data_timestamp == "2026-11-20T09:00:00"
    assert len(drain_queue()) == len(records)


def test_checkpoint_store_refuses_a_stale_write(parts):
    first = parts.checkpoints.load()
    parts.checkpoints.save(first.start_sync("2026-11-20T09:00:00", "1999-01-01"))

    with pytest.raises(CheckpointConflict):
        parts.checkpoints.save(first.start_sync("2026-11-21T09:00:00", "1999-01-01"))


def test_expired_page_token_mid_backfill_restarts_from_the_newest_date_covered(
    detector_for, registry, records, drain_queue
):
    registry.add_fault(Fault("expired_token"))

    report = detector_for(page_size=60).run(plenty_of_time)

    assert report.outcome == "complete"
    delivered = [m["nct_id"] for m in drain_queue()]
    assert set(delivered) == {nct_id_of(r) for r in records}


def test_registry_outage_leaves_checkpoint_untouched(detector_for, registry, parts):
    from trialpages.ctgov.errors import RegistryUnavailable

    registry.add_fault(Fault("503", times=50))

    with pytest.raises(RegistryUnavailable):
        detector_for().run(plenty_of_time)

    assert parts.checkpoints.load().data_timestamp is None


def test_record_without_update_date_is_quarantined_and_the_rest_delivered(parts, records, drain_queue):
    from trialpages.ctgov.client import StudyPage
    from trialpages.ingest.detect import ChangeDetector

    broken = copy.deepcopy(records[0])
    del broken["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"]

    class OnePageRegistry:
        requests_sent = 0

        def data_timestamp(self):
            return SECOND_SNAPSHOT

        def studies_page(self, since, page_token=None, page_size=1000):
            return StudyPage(studies=[broken, records[1]], next_page_token=None)

    detector = ChangeDetector(
        OnePageRegistry(), parts.archive, parts.queue, parts.checkpoints, parts.archive, backfill_start="1999-01-01"
    )
    report = detector.run(plenty_of_time)

    assert report.outcome == "complete"
    assert [q.reason for q in report.quarantined] == [f"{nct_id_of(broken)}: no usable nctId/lastUpdatePostDate"]
    assert [reason for _, reason, _ in parts.archive.quarantined()] == [report.quarantined[0].reason]
    assert [m["nct_id"] for m in drain_queue()] == [nct_id_of(records[1])]


@pytest.mark.full_corpus
def test_handler_runs_one_cycle_from_the_schedule_event(stack, registry, monkeypatch, drain_queue):
    with registry.serve() as server:
        monkeypatch.setenv("CTGOV_BASE_URL", server.base_url)
        monkeypatch.setenv("CTGOV_MIN_INTERVAL_S", "0")
        from trialpages.services import detect_changes

        detect_changes.reset()
        handler = load_handler("detect_changes")
        result = handler.lambda_handler(load_event("detect_changes_schedule.json"), FakeLambdaContext())
        detect_changes.reset()

    assert result["outcome"] == "complete"
    assert result["queued"] == 1000
    assert result["registry_requests"] == 3
    assert len(drain_queue()) == 1000
    assert CheckpointStore(resource("dynamodb"), stack.refs["StateTable"]).load().data_timestamp


def _ties_reordered_each_request(registry, requests: list[dict]) -> None:
    """The registry orders studies of one update date differently from one request to the next (nothing in its
    sort breaks such ties): where a page boundary falls among them moves."""
    matching = registry._matching

    def unstable(query: dict[str, str]) -> list[dict]:
        found = matching(query)
        requests.append(query)
        by_day: dict[str, list[dict]] = {}
        for record in found:
            by_day.setdefault(record["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"]["date"], []).append(
                record
            )
        for ties in by_day.values():
            random.Random(len(requests)).shuffle(ties)
        return [record for ties in by_day.values() for record in ties]

    registry._matching = unstable


def test_every_study_is_read_when_ties_between_pages_come_in_another_order_each_request(
    detector_for, registry, records, drain_queue
):
    # 40 studies updated on one day, read 10 a page: the day is split by three page boundaries.
    tied = [changed_copy(record, "2026-11-19") for record in records[:40]]
    registry.publish(tied, FIRST_SNAPSHOT)
    requests: list[dict] = []
    _ties_reordered_each_request(registry, requests)

    report = detector_for(page_size=10).run(plenty_of_time)

    assert report.outcome == "complete"
    delivered = {m["nct_id"] for m in drain_queue()}
    assert delivered == {nct_id_of(record) for record in records}
    # Once the pages move past the day it is read again on its own, in parts by first-post date that each fit one
    # answer (one order: nothing can cross a boundary), never by page tokens.
    reads_of_the_day = [q for q in requests if "RANGE[2026-11-19,2026-11-19]" in q["filter.advanced"]]
    assert 2 <= len(reads_of_the_day) <= 20, len(reads_of_the_day)
    assert not any("pageToken" in q for q in reads_of_the_day)


def test_a_day_no_page_boundary_splits_is_not_read_again(detector_for, registry, records, drain_queue):
    requests: list[dict] = []
    _ties_reordered_each_request(registry, requests)

    report = detector_for(page_size=1000).run(plenty_of_time)

    assert report.outcome == "complete" and report.queued == len(records)
    assert all(q["filter.advanced"].endswith(",MAX]") for q in requests)


def test_a_day_too_big_for_one_answer_is_split_by_first_post_date_around_its_middle():
    from trialpages.ingest.detect import _first_posted_parts

    def posted(day: str) -> dict:
        return {"protocolSection": {"statusModule": {"studyFirstPostDateStruct": {"date": day}}}}

    sample = [posted(day) for day in ("2019-01-01", "2020-05-05", "2021-03-03")]
    assert sorted(_first_posted_parts(None, sample)) == [
        ("2020-05-05", "2020-05-05"),
        ("2020-05-06", "MAX"),
        ("MIN", "2020-05-04"),
    ]
    assert sorted(_first_posted_parts(("2020-05-05", "2020-05-06"), sample[1:2])) == [
        ("2020-05-05", "2020-05-05"),
        ("2020-05-06", "2020-05-06"),
    ]
    assert _first_posted_parts(("2020-05-05", "2020-05-05"), sample) == []  # one date: nothing left to split
