"""The whole pipeline in-process on moto, as the demo runs it: detect_changes against the fake registry,
render_study on the queue's batches, then publish_site; and the site bucket read back as files."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import boto3
from trialpages_dev.fake_registry import FakeRegistry
from trialpages_dev.local.handlers import LocalLambdaContext, load_event, load_handler
from trialpages_dev.local.queue_events import sqs_lambda_event

from trialpages.aws.clients import client, resource
from trialpages.aws.index.checkpoints import CheckpointStore
from trialpages.aws.index.dynamo import DynamoIndexStore
from trialpages.aws.index.publishing import SiteIndex
from trialpages.aws.raw_archive import RawArchive
from trialpages.aws.study_queue import StudyQueue
from trialpages.ctgov.client import RegistryClient
from trialpages.ingest.detect import ChangeDetector, DetectReport
from trialpages.publishing.hashes import fetched_day
from trialpages.services import clock, publish_site, render_study

BUILD_DAY = datetime(2026, 11, 25, tzinfo=UTC)  # the clock both paths are given


class Pipeline:
    def __init__(self, stack, monkeypatch, records: list[dict]) -> None:
        self.stack = stack
        self.registry = FakeRegistry(records, data_timestamp="2026-11-24T09:00:00")
        self.registry_waits: list[float] = []
        monkeypatch.setattr(clock, "build_day", lambda: BUILD_DAY)
        render_study.reset()
        publish_site.reset()
        self._render = load_handler("render_study")
        self._publish = load_handler("publish_site")

    def detect(self) -> int:
        return self.detect_report().queued

    def detect_report(self, *, page_size: int = 1000) -> DetectReport:
        """One detect_changes run; the registry client's backoff waits are recorded, not slept."""
        client = RegistryClient(transport=self.registry.transport(), min_interval_s=0, sleep=self.registry_waits.append)
        archive = RawArchive(boto3.client("s3"), self.stack.refs["RawArchiveBucket"])
        detector = ChangeDetector(
            client,
            archive,
            StudyQueue(boto3.client("sqs"), self.stack.refs["StudyQueue"]),
            CheckpointStore(resource("dynamodb"), self.stack.refs["StateTable"]),
            archive,
            backfill_start="1999-01-01",
            page_size=page_size,
            min_remaining_ms=10_000,
        )
        return detector.run(lambda: 300_000)

    def render_queue(self) -> int:
        """Feed the queue to render_study in batches of 10, as the SQS event source does; returns failures."""
        sqs, url = boto3.client("sqs"), self.stack.refs["StudyQueue"]
        failed = 0
        while messages := sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, AttributeNames=["All"]).get(
            "Messages", []
        ):
            event = sqs_lambda_event(messages, self.stack.arns["StudyQueue"])
            response = self._render.lambda_handler(event, LocalLambdaContext("RenderStudyFunction", timeout_s=120))
            failed += len(response["batchItemFailures"])
            for message in messages:
                sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
        return failed

    def publish(self, context=None) -> dict:
        context = context or LocalLambdaContext("PublishSiteFunction", timeout_s=300)
        return self._publish.lambda_handler(load_event("publish_site_schedule.json"), context)

    def cycle(self) -> dict:
        queued = self.detect()
        assert self.render_queue() == 0
        return {"queued": queued, **self.publish()}

    def fetched_days(self) -> dict[str, str]:
        """Each study's newest archived version's day, as its page shows it."""
        newest: dict[str, tuple[str, datetime]] = {}
        for item in self._objects(self.stack.refs["RawArchiveBucket"]):
            _, nct_id, day = item["Key"].split("/")[:3]  # raw/<nct_id>/<day>/<content>.json
            name = day.removesuffix(".json")
            if nct_id not in newest or (name, item["LastModified"]) > newest[nct_id]:
                newest[nct_id] = (name, item["LastModified"])
        return {nct_id: fetched_day(modified) for nct_id, (_, modified) in newest.items()}

    def download_site(self, out: Path) -> Path:
        s3 = boto3.client("s3")
        for item in self._objects(self.stack.refs["SiteBucket"]):
            path = out / item["Key"]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(s3.get_object(Bucket=self.stack.refs["SiteBucket"], Key=item["Key"])["Body"].read())
        return out

    def study_pages(self) -> set[str]:
        """The NCT ids with a page in the site bucket."""
        found = [item["Key"].split("/") for item in self._objects(self.stack.refs["SiteBucket"])]
        return {parts[1] for parts in found if len(parts) == 3 and parts[0] == "studies" and parts[2] == "index.html"}

    def page(self, nct_id: str) -> str:
        body = boto3.client("s3").get_object(Bucket=self.stack.refs["SiteBucket"], Key=f"studies/{nct_id}/index.html")
        return body["Body"].read().decode("utf-8")

    def index_store(self) -> DynamoIndexStore:
        refs = self.stack.refs
        return DynamoIndexStore(
            resource("dynamodb"), client("dynamodb"), refs["StudyIndexTable"], refs["StudyGeoTable"]
        )

    def index(self) -> SiteIndex:
        return SiteIndex(self.index_store())

    def marks(self) -> list[str]:
        """What publish_site has left to do, as `<kind>#<value>`."""
        return sorted(f"{mark.kind}#{mark.value}" for mark in self.index().marks())

    @staticmethod
    def _objects(bucket: str) -> list[dict]:
        paginator = boto3.client("s3").get_paginator("list_objects_v2")
        return [item for page in paginator.paginate(Bucket=bucket) for item in page.get("Contents", [])]


class RunOutOfTime(LocalLambdaContext):
    """A publish_site context whose time runs out after `checks` looks at the clock."""

    def __init__(self, checks: int) -> None:
        super().__init__("PublishSiteFunction", timeout_s=300)
        self._left = checks

    def get_remaining_time_in_millis(self) -> int:
        self._left -= 1
        return 300_000 if self._left >= 0 else 1_000


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}
