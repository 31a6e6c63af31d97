"""The pipeline (tests/publishing/pipeline.py) driven to quiescence the way AWS would drive it under faults.

detect_changes is rerun until a run reports the sync done, as its schedule would after a failed
run. The study queue is drained through the real render_study handler honouring partial batch
failures: a failed record, or every record of a batch whose worker crashed, stays on the queue
and comes back once its visibility timeout passes (here: at the end of the round), so SQS counts
its receives and moves it to the dead-letter queue after five. publish_site is rerun until no
mark is left.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

import boto3
from trialpages_dev.fake_registry import Fault
from trialpages_dev.local.handlers import LocalLambdaContext, load_handler
from trialpages_dev.local.queue_events import sqs_lambda_event
from trialpages_dev.records import nct_id_of

from tests.faults.aws_faults import WorkerCrash
from tests.publishing.pipeline import Pipeline
from trialpages.aws.clients import resource
from trialpages.aws.index.checkpoints import CheckpointStore
from trialpages.ingest.checkpoint import Checkpoint

MAX_RUNS = 12  # scheduled runs (or queue rounds) before a scenario counts as never settling


def last_update_of(record: dict) -> str:
    return record["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"]["date"]


class FaultPipeline(Pipeline):
    def __init__(self, stack, monkeypatch, records: list[dict]) -> None:
        super().__init__(stack, monkeypatch, records)
        self.registry.sleep = lambda seconds: None  # a slow answer is noted, not waited for
        self.newest = {nct_id_of(record): last_update_of(record) for record in records}
        self.newest_records = {nct_id_of(record): record for record in records}
        self.records = records
        self.registry_faults: list[Fault] = []
        # Shorter than the function's 120 s: a crashed invocation's in-progress claim expires with it,
        # and the harness waits that out before redelivering (see drain).
        self.render_timeout_s = 0.3
        self.failed_runs: list[str] = []  # "<function>: <error>" for every invocation that raised
        self.crashes = 0
        self.sqs = boto3.client("sqs")

    # -- the registry ----------------------------------------------------------------
    def inject(self, *faults: Fault) -> None:
        self.registry_faults += faults
        for fault in faults:
            self.registry.add_fault(fault)

    def registry_publishes(self, records: list[dict], data_timestamp: str) -> None:
        self.registry.publish(records, data_timestamp)
        self.newest.update({nct_id_of(record): last_update_of(record) for record in records})
        self.newest_records.update({nct_id_of(record): record for record in records})

    # -- detect_changes ----------------------------------------------------------------
    def detect_until_done(self, *, page_size: int = 1000) -> list[str]:
        outcomes = []
        for _ in range(MAX_RUNS):
            try:
                outcome = self.detect_report(page_size=page_size).outcome
            except Exception as error:  # a failed scheduled run; the next one picks up from the checkpoint
                self.failed_runs.append(f"detect_changes: {type(error).__name__}: {error}")
                outcomes.append("failed")
                continue
            outcomes.append(outcome)
            if outcome in ("complete", "up-to-date"):
                return outcomes
        raise AssertionError(f"detect_changes never finished its sync: {outcomes}")

    def checkpoint(self) -> Checkpoint:
        return CheckpointStore(resource("dynamodb"), self.stack.refs["StateTable"]).load()

    # -- render_study ----------------------------------------------------------------
    def drain(self, *, reorder: Callable[[list[dict]], list[dict]] | None = None) -> int:
        """Rounds of receive-everything-visible, render in batches of 10, until the queue is empty; returns rounds."""
        url = self.stack.refs["StudyQueue"]
        for round_number in range(1, MAX_RUNS + 1):
            received = self._receive_visible(url)
            if not received:
                if self.backlog("StudyQueue") == 0:
                    return round_number - 1
                raise AssertionError("messages stuck invisible on the study queue")
            if reorder:
                received = reorder(received)
            contexts, failed = [], []
            for start in range(0, len(received), 10):
                context = LocalLambdaContext("RenderStudyFunction", timeout_s=self.render_timeout_s)
                contexts.append(context)
                failed += self._render_batch(url, received[start : start + 10], context)
            if failed:
                # SQS hands a failed message back only after its visibility timeout (720 s), which
                # outlasts the function's timeout: by then every invocation of this round has ended,
                # and with it any in-progress idempotency claim a crashed one left behind.
                while any(context.get_remaining_time_in_millis() > 0 for context in contexts):
                    time.sleep(0.02)
                for receipt in dict.fromkeys(failed):
                    self.sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=receipt, VisibilityTimeout=0)
        raise AssertionError(f"the study queue did not drain in {MAX_RUNS} rounds")

    def _receive_visible(self, url: str, message_attributes: list[str] | None = None) -> list[dict]:
        received = []
        while batch := self.sqs.receive_message(
            QueueUrl=url,
            MaxNumberOfMessages=10,
            AttributeNames=["All"],
            MessageAttributeNames=message_attributes or [],
            VisibilityTimeout=720,
        ).get("Messages", []):
            received.extend(batch)
        return received

    def _render_batch(self, url: str, batch: list[dict], context: LocalLambdaContext) -> list[str]:
        """One render_study invocation; deletes what it rendered and returns the receipts of what it did not."""
        event = sqs_lambda_event(batch, self.stack.arns["StudyQueue"])
        try:
            response = self._render.lambda_handler(event, context)
        except WorkerCrash as crash:
            # The process died: Lambda reports nothing, so the whole batch stays on the queue.
            self.crashes += 1
            self.failed_runs.append(f"render_study: crashed: {crash}")
            failed = {message["MessageId"] for message in batch}
        else:
            failed = {item["itemIdentifier"] for item in response["batchItemFailures"]}
        for message in batch:
            if message["MessageId"] not in failed:
                self.sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
        return [message["ReceiptHandle"] for message in batch if message["MessageId"] in failed]

    def take_message(self, wanted: Callable[[dict], bool]) -> dict:
        """Receive the one message whose body `wanted` picks, leaving every other message visible."""
        url = self.stack.refs["StudyQueue"]
        received = self._receive_visible(url)
        (taken,) = [message for message in received if wanted(json.loads(message["Body"]))]
        for message in received:
            if message is not taken:
                self.sqs.change_message_visibility(
                    QueueUrl=url, ReceiptHandle=message["ReceiptHandle"], VisibilityTimeout=0
                )
        return taken

    def render_elsewhere(self, message: dict) -> None:
        """Render `message` in another execution environment (its own handler module), as a concurrent
        render_study execution would, and delete it once rendered."""
        handler = load_handler("render_study")
        event = sqs_lambda_event([message], self.stack.arns["StudyQueue"])
        response = handler.lambda_handler(event, LocalLambdaContext("RenderStudyFunction", timeout_s=120))
        assert response["batchItemFailures"] == []
        self.sqs.delete_message(QueueUrl=self.stack.refs["StudyQueue"], ReceiptHandle=message["ReceiptHandle"])

    def backlog(self, queue: str) -> int:
        names = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"]
        attributes = self.sqs.get_queue_attributes(QueueUrl=self.stack.refs[queue], AttributeNames=names)
        return sum(int(attributes["Attributes"].get(name, 0)) for name in names)

    def dead_letters(self) -> list[dict]:
        url = self.stack.refs["StudyDeadLetterQueue"]
        return self._receive_visible(url, message_attributes=["All"])

    # -- publish_site ----------------------------------------------------------------
    def publish_until_done(self) -> None:
        for _ in range(MAX_RUNS):
            try:
                report = self.publish()
            except Exception as error:  # the next scheduled run rebuilds from the marks left
                self.failed_runs.append(f"publish_site: {type(error).__name__}: {error}")
                continue
            if report["complete"] and not self.marks():
                return
        raise AssertionError(f"publish_site left marks: {self.marks()}")

    # -- all of it ----------------------------------------------------------------
    def settle(self, *, page_size: int = 1000) -> None:
        """What the schedules and the event source do between two registry updates."""
        self.detect_until_done(page_size=page_size)
        self.drain()
        self.publish_until_done()
