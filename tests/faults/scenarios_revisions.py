"""Fault scenarios about versions and the index: same-day revisions (in order, out of order, crossing
a failed run), an unstable order of ties between the registry's pages, DynamoDB throttling and
unprocessed items, conditional writes that keep losing, two concurrent renders of one version, and
the lookup API while DynamoDB fails. Each returns the dead letters it expects (none)."""

from __future__ import annotations

import copy
import json
import random

from trialpages_dev.local.handlers import LocalLambdaContext, load_handler
from trialpages_dev.records import nct_id_of

from tests.conftest import load_event
from tests.faults.aws_faults import AwsFault, AwsFaults, current_items
from tests.faults.harness import FaultPipeline, last_update_of
from tests.publishing.conftest import with_last_update

SAME_DAY, FIRST_SNAPSHOT, SECOND_SNAPSHOT = "2026-11-24", "2026-11-25T09:00:00", "2026-11-25T21:00:00"
THIRD_SNAPSHOT = "2026-11-26T09:00:00"
REVISED = 4  # studies the registry revises twice on one update date
PAGE = 4
THROTTLED = ("ProvisionedThroughputExceededException", 400)


def revised(p: FaultPipeline, title: str, snapshot: str, count: int = REVISED) -> None:
    """The registry posts `count` studies on SAME_DAY with `title` (a revision when the day already has one)."""
    p.registry_publishes([with_last_update(record, SAME_DAY, title) for record in p.records[:count]], snapshot)


def same_day_queued(faults: AwsFaults) -> int:
    return len({body["raw_key"] for body in faults.log.queued if body["last_update"] == SAME_DAY})


def rendered_once(p: FaultPipeline) -> None:
    p.detect_until_done()
    p.drain()


def first_revision_settled(p: FaultPipeline) -> None:
    rendered_once(p)
    revised(p, "First revision", FIRST_SNAPSHOT)
    p.settle()


def second_revision_settles(p: FaultPipeline, faults: AwsFaults) -> None:
    revised(p, "Second revision, same day", SECOND_SNAPSHOT)
    p.settle()
    assert same_day_queued(faults) == 2 * REVISED


def in_index(p: FaultPipeline):
    table = p.stack.refs["StudyIndexTable"]
    return lambda params: table in params.get("RequestItems", {}) or params.get("TableName") == table


# -- same-day revisions ------------------------------------------------------------------------


def same_day_revision_is_published(p: FaultPipeline, faults: AwsFaults):
    first_revision_settled(p)
    second_revision_settles(p, faults)


def same_day_revisions_delivered_out_of_order_end_on_the_later_one(p: FaultPipeline, faults: AwsFaults):
    rendered_once(p)
    revised(p, "First revision", FIRST_SNAPSHOT)
    p.detect_until_done()
    revised(p, "Second revision, same day", SECOND_SNAPSHOT)
    p.detect_until_done()
    # Later revisions first: every first revision arrives after the one that replaced it.
    p.drain(reorder=lambda received: list(reversed(received)))
    p.publish_until_done()
    assert same_day_queued(faults) == 2 * REVISED


def same_day_revision_archived_by_a_failed_run_is_queued_by_the_next(p: FaultPipeline, faults: AwsFaults):
    first_revision_settled(p)
    faults.add(AwsFault("sqs", "SendMessageBatch", times=1, code="ServiceUnavailable", status=503))
    second_revision_settles(p, faults)
    assert any("detect_changes" in run for run in p.failed_runs)


def same_day_content_redelivered_by_the_next_snapshot_is_not_queued_again(p: FaultPipeline, faults: AwsFaults):
    first_revision_settled(p)
    # A new snapshot changes other studies; the boundary day's records come again unchanged.
    p.registry_publishes([with_last_update(p.records[-1], "2026-11-25", "Next day")], THIRD_SNAPSHOT)
    queued_before = len(faults.log.queued)
    p.settle()
    assert len(faults.log.queued) - queued_before == 1


def same_day_revision_back_to_the_first_content_is_published(p: FaultPipeline, faults: AwsFaults):
    first_revision_settled(p)
    second_revision_settles(p, faults)
    revised(p, "First revision", THIRD_SNAPSHOT)  # the registry takes the second revision back
    p.settle()


# -- the registry's pages ------------------------------------------------------------------------


def backfill_completes_when_ties_between_pages_come_in_another_order_each_request(p: FaultPipeline, faults: AwsFaults):
    """Studies with one update date are ties for the registry's sort: each request may order them
    differently, so where a page boundary falls among them changes from page to page."""
    matching, requests = p.registry._matching, []

    def unstable(query: dict[str, str]) -> list[dict]:
        found = matching(query)
        requests.append(query)
        shuffle = random.Random(len(requests)).shuffle
        by_day: dict[str, list[dict]] = {}
        for record in found:
            by_day.setdefault(last_update_of(record), []).append(record)
        for ties in by_day.values():
            shuffle(ties)
        return [record for ties in by_day.values() for record in ties]

    p.registry._matching = unstable
    revised(p, "Same day for many", FIRST_SNAPSHOT, count=3 * PAGE)  # ties across several pages
    p.settle(page_size=PAGE)
    assert len(requests) >= 3


# -- DynamoDB ------------------------------------------------------------------------------------


def page_shows_newest_version_after_batch_writes_come_back_unprocessed(p: FaultPipeline, faults: AwsFaults):
    rendered_once(p)
    revised(p, "First revision", FIRST_SNAPSHOT)
    # Six unprocessed answers in a row: one write's every resend, so that message fails and comes back.
    faults.add(AwsFault("dynamodb", "BatchWriteItem", times=8, unprocessed=True, matches=in_index(p)))
    p.settle()


def page_shows_newest_version_after_index_reads_come_back_unprocessed(p: FaultPipeline, faults: AwsFaults):
    rendered_once(p)
    revised(p, "First revision", FIRST_SNAPSHOT)
    faults.add(AwsFault("dynamodb", "BatchGetItem", times=3, unprocessed=True, matches=in_index(p)))
    p.settle()


def page_shows_newest_version_after_dynamodb_throttles_reads_and_writes(p: FaultPipeline, faults: AwsFaults):
    rendered_once(p)
    revised(p, "First revision", FIRST_SNAPSHOT)
    code, status = THROTTLED
    for operation in ("Query", "BatchGetItem", "BatchWriteItem"):
        faults.add(AwsFault("dynamodb", operation, after=1, times=2, code=code, status=status, matches=in_index(p)))
    p.settle()


def version_is_recorded_after_its_conditional_write_fails_again_and_again(p: FaultPipeline, faults: AwsFaults):
    rendered_once(p)
    revised(p, "First revision", FIRST_SNAPSHOT)
    records = lambda params: bool(current_items(params, p.stack.refs["StudyIndexTable"]))  # noqa: E731
    faults.add(
        AwsFault("dynamodb", "PutItem", times=7, code="ConditionalCheckFailedException", status=400, matches=records)
    )
    p.settle()


# -- concurrency ---------------------------------------------------------------------------------


def two_concurrent_renders_of_one_version_write_it_once_and_agree(p: FaultPipeline, faults: AwsFaults):
    rendered_once(p)
    revised(p, "First revision", FIRST_SNAPSHOT, count=1)
    p.detect_until_done()
    taken = p.take_message(lambda body: body["last_update"] == SAME_DAY)
    twin = copy.deepcopy(taken)
    twin["MessageId"] = f"{taken['MessageId']}-twin"  # SQS delivered it twice, to two workers at once
    raced = {"done": False}

    def other_worker_renders_it() -> None:
        if not raced["done"]:
            raced["done"] = True
            handler = load_handler("render_study")
            from trialpages_dev.local.queue_events import sqs_lambda_event

            event = sqs_lambda_event([twin], p.stack.arns["StudyQueue"])
            handler.lambda_handler(event, LocalLambdaContext("RenderStudyFunction", timeout_s=120))

    site = p.stack.refs["SiteBucket"]
    faults.add(
        AwsFault("s3", "PutObject", action=other_worker_renders_it, matches=lambda params: params.get("Bucket") == site)
    )
    p.render_elsewhere(taken)
    p.drain()
    p.publish_until_done()
    assert raced["done"]


# -- the lookup API -------------------------------------------------------------------------------


def lookup_api_answers_503_problem_json_while_dynamodb_fails(p: FaultPipeline, faults: AwsFaults):
    p.settle()
    handler = load_handler("lookup_api")
    nct_id = nct_id_of(p.records[0])
    answers = []
    for operation, path in (("GetItem", f"/v1/studies/{nct_id}"), ("Query", "/v1/studies")):
        faults.add(AwsFault("dynamodb", operation, times=1, code="InternalServerError", status=500))
        code, status = THROTTLED
        faults.add(AwsFault("dynamodb", operation, times=1, code=code, status=status))  # the next call
        for _ in range(2):
            event = copy.deepcopy(load_event("lookup_api_get_study.json"))
            event["rawPath"] = event["requestContext"]["http"]["path"] = path
            event["pathParameters"] = {"proxy": path.removeprefix("/v1/")}
            event["rawQueryString"], event["queryStringParameters"] = "", None
            # Through the CDN, which adds its origin header (the check answers 403 without it).
            event["headers"].update({name.lower(): value for name, value in p.stack.origin_headers("api").items()})
            answers.append(handler.lambda_handler(event, LocalLambdaContext("LookupApiFunction", timeout_s=10)))
    assert [answer["statusCode"] for answer in answers] == [503] * 4, [a.get("body") for a in answers]
    for answer in answers:
        assert answer["headers"]["Content-Type"] == "application/problem+json"
        assert json.loads(answer["body"])["status"] == 503 and answer["headers"].get("Retry-After")


SCENARIOS = [
    same_day_revision_is_published,
    same_day_revisions_delivered_out_of_order_end_on_the_later_one,
    same_day_revision_archived_by_a_failed_run_is_queued_by_the_next,
    same_day_content_redelivered_by_the_next_snapshot_is_not_queued_again,
    same_day_revision_back_to_the_first_content_is_published,
    backfill_completes_when_ties_between_pages_come_in_another_order_each_request,
    page_shows_newest_version_after_batch_writes_come_back_unprocessed,
    page_shows_newest_version_after_index_reads_come_back_unprocessed,
    page_shows_newest_version_after_dynamodb_throttles_reads_and_writes,
    version_is_recorded_after_its_conditional_write_fails_again_and_again,
    two_concurrent_renders_of_one_version_write_it_once_and_agree,
    lookup_api_answers_503_problem_json_while_dynamodb_fails,
]
