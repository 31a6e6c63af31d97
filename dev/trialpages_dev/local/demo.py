"""One full local cycle through the real handlers: detect, then (as the stack grows) render and publish."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager, nullcontext

from pydantic import BaseModel
from tqdm import tqdm
from trialpages_dev.local.environment import LocalEnvironment
from trialpages_dev.local.handlers import LocalLambdaContext, load_event, load_handler
from trialpages_dev.local.queue_events import sqs_lambda_event

from trialpages.aws.clients import client
from trialpages.ctgov.client import RegistryClient, StudyPage

# Concurrent render_study executions: enough to keep moto's server process busy on a 2-core machine.
RENDER_CONCURRENCY = 3


class CycleSummary(BaseModel):
    seen: int
    archived: int
    queued: int
    quarantined: int  # records detect_changes set aside with their reason
    checkpoint: str | None  # the update date the next sync starts from: never past the registry's snapshot
    rendered: int  # study versions, each counted once however often SQS delivered it
    failed: int
    redelivered: int
    site_files: int
    publish_runs: int
    registry_requests: int
    list_requests: int
    heaviest_page_mib: float  # detect_changes' memory follows it
    seconds: float


@contextmanager
def pages_watched(description: str):
    """A progress bar fed by the registry client's pages as detect_changes reads them: the demo watches
    the real handler from outside, with nothing for it in the function's code."""
    bar = tqdm(desc=description, unit=" studies", total=None, leave=True)
    original = RegistryClient.studies_page

    def studies_page(client: RegistryClient, *args, **kwargs) -> StudyPage:
        page = original(client, *args, **kwargs)
        if page.total_count is not None:
            bar.total = page.total_count + bar.n
            bar.refresh()
        bar.update(len(page.studies))
        return page

    RegistryClient.studies_page = studies_page  # type: ignore[method-assign]
    try:
        yield
    finally:
        RegistryClient.studies_page = original  # type: ignore[method-assign]
        bar.close()


def _unmetered(function: str) -> AbstractContextManager:
    return nullcontext()


def run_cycle(
    environment: LocalEnvironment,
    *,
    progress: bool = True,
    stage: Callable[[str], AbstractContextManager] = _unmetered,
) -> CycleSummary:
    """detect_changes, then render_study until the queue is empty, then publish_site; `stage(function)`
    wraps each of the three (the benchmark times them and measures their memory)."""
    started = time.perf_counter()
    requests_before = len(environment.registry.request_paths())
    with stage("detect_changes"):
        detect = _detect(progress)
    with stage("render_study"):
        deliveries = _drain_study_queue(environment, detect["queued"], progress)
    with stage("publish_site"):
        site_files, publish_runs = _publish_until_complete()
    requests = environment.registry.request_paths()[requests_before:]
    return CycleSummary(
        seen=detect["seen"],
        archived=detect["archived"],
        queued=detect["queued"],
        quarantined=len(detect["quarantined"]),
        checkpoint=_checkpoint_day(environment),
        rendered=len(deliveries.rendered),
        failed=len(deliveries.failed),
        redelivered=deliveries.redelivered,
        site_files=site_files,
        publish_runs=publish_runs,
        registry_requests=len(requests),
        list_requests=sum(1 for path in requests if path.rstrip("/").endswith("/studies")),
        heaviest_page_mib=round(detect["heaviest_page_bytes"] / 2**20, 1),
        seconds=round(time.perf_counter() - started, 3),
    )


def _checkpoint_day(environment: LocalEnvironment) -> str | None:
    from trialpages.aws.clients import resource
    from trialpages.aws.index.checkpoints import CheckpointStore

    return CheckpointStore(resource("dynamodb"), environment.stack.refs["StateTable"]).load().since


def _detect(progress: bool) -> dict:
    with pages_watched("detect_changes") if progress else nullcontext():
        return load_handler("detect_changes").lambda_handler(
            load_event("detect_changes_schedule.json"), LocalLambdaContext("DetectChangesFunction", timeout_s=300)
        )


def _publish_until_complete(max_runs: int = 20) -> tuple[int, int]:
    """publish_site stops before its time runs out and leaves the rest to its next scheduled run;
    here the next run starts at once. Returns the files written and the runs it took."""
    handler = load_handler("publish_site").lambda_handler
    files = 0
    for run in range(1, max_runs + 1):
        report = handler(load_event("publish_site_schedule.json"), LocalLambdaContext("PublishSiteFunction", 300))
        files += report["files_written"]
        if report["complete"]:
            return files, run
    raise RuntimeError(f"publish_site did not finish in {max_runs} runs")


def _drain_study_queue(environment: LocalEnvironment, expected: int, progress: bool) -> Deliveries:
    """Feed the queue to render_study in Lambda-sized batches from concurrent pollers, as the SQS
    event source does (each poller is one warm execution environment with its own handler module)."""
    bar = tqdm(desc="render_study", unit=" studies", total=expected, disable=not progress)
    with ThreadPoolExecutor(max_workers=RENDER_CONCURRENCY, thread_name_prefix="render_study") as pool:
        outcomes = list(pool.map(lambda _: _poll_until_empty(environment, bar), range(RENDER_CONCURRENCY)))
    bar.close()
    return Deliveries.combined(outcomes)


class Deliveries(BaseModel):
    """What the pollers handled, by study version: SQS delivers at least once, so one can come twice."""

    rendered: set[tuple[str, str]] = set()
    failed: set[tuple[str, str]] = set()
    receipts: int = 0

    def add(self, message: dict, succeeded: bool) -> None:
        try:
            body = json.loads(message["Body"])
            version = (body["nct_id"], body["last_update"])
        except (ValueError, KeyError, TypeError):  # a poison body: known by its message id alone
            version = ("", message["MessageId"])
        (self.rendered if succeeded else self.failed).add(version)
        self.receipts += 1

    @classmethod
    def combined(cls, parts: list[Deliveries]) -> Deliveries:
        rendered = set().union(*(part.rendered for part in parts))
        failed = set().union(*(part.failed for part in parts)) - rendered  # a retry that succeeded is not a failure
        return cls(rendered=rendered, failed=failed, receipts=sum(part.receipts for part in parts))

    @property
    def redelivered(self) -> int:
        return self.receipts - len(self.rendered) - len(self.failed)


def _poll_until_empty(environment: LocalEnvironment, bar: tqdm) -> Deliveries:
    sqs = client("sqs")
    queue_url = environment.stack.refs["StudyQueue"]
    queue_arn = environment.stack.arns["StudyQueue"]
    render = load_handler("render_study")
    deliveries = Deliveries()
    while True:
        messages = sqs.receive_message(
            QueueUrl=queue_url, MaxNumberOfMessages=10, AttributeNames=["All"], WaitTimeSeconds=0
        ).get("Messages", [])
        if not messages:
            return deliveries
        response = render.lambda_handler(
            sqs_lambda_event(messages, queue_arn), LocalLambdaContext("RenderStudyFunction", timeout_s=120)
        )
        failures = {item["itemIdentifier"] for item in response["batchItemFailures"]}
        done = [m for m in messages if m["MessageId"] not in failures]
        if done:
            sqs.delete_message_batch(
                QueueUrl=queue_url,
                Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(done)],
            )
        for message in messages:
            deliveries.add(message, succeeded=message["MessageId"] not in failures)
        bar.update(len(messages))
