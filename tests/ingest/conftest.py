from __future__ import annotations

import boto3
import pytest
from trialpages_dev.fake_registry import FakeRegistry

from trialpages.aws.clients import resource
from trialpages.aws.index.checkpoints import CheckpointStore
from trialpages.aws.raw_archive import RawArchive
from trialpages.aws.study_queue import StudyQueue
from trialpages.ctgov.client import RegistryClient
from trialpages.ingest.detect import ChangeDetector

FIRST_SNAPSHOT = "2026-11-20T09:00:00"


SMALL_CORPUS = 250  # moto's SQS costs O(n^2) per queue: most scenarios need no more than this


@pytest.fixture
def records(request, bundled_records) -> list[dict]:
    """The records the fake registry serves: all 1,000 under @pytest.mark.full_corpus, else the first 250.
    Nothing here changes a record (a test copies the one it edits), so they are not copied."""
    full = request.node.get_closest_marker("full_corpus") is not None
    return bundled_records if full else bundled_records[:SMALL_CORPUS]


@pytest.fixture
def registry(records) -> FakeRegistry:
    return FakeRegistry(records, data_timestamp=FIRST_SNAPSHOT)


@pytest.fixture
def parts(stack, registry):
    """The detector's real adapters on moto, and a registry client on the in-process fake."""

    class Parts:
        client = RegistryClient(transport=registry.transport(), min_interval_s=0, sleep=lambda _: None)
        archive = RawArchive(boto3.client("s3"), stack.refs["RawArchiveBucket"])
        queue = StudyQueue(boto3.client("sqs"), stack.refs["StudyQueue"])
        checkpoints = CheckpointStore(resource("dynamodb"), stack.refs["StateTable"])

    return Parts


@pytest.fixture
def detector_for(parts):
    def build(*, archive=None, queue=None, checkpoints=None, page_size: int = 1000, **options) -> ChangeDetector:
        return ChangeDetector(
            parts.client,
            archive or parts.archive,
            queue or parts.queue,
            checkpoints or parts.checkpoints,
            parts.archive,
            backfill_start="1999-01-01",
            page_size=page_size,
            min_remaining_ms=10_000,
            **options,
        )

    return build


def plenty_of_time() -> int:
    return 300_000


@pytest.fixture
def drain_queue(stack):
    """Receive and delete every message on the study queue; returns their bodies."""
    import json

    sqs = boto3.client("sqs")

    def drain() -> list[dict]:
        bodies = []
        while True:
            batch = sqs.receive_message(QueueUrl=stack.refs["StudyQueue"], MaxNumberOfMessages=10).get("Messages", [])
            if not batch:
                return bodies
            for message in batch:
                bodies.append(json.loads(message["Body"]))
                sqs.delete_message(QueueUrl=stack.refs["StudyQueue"], ReceiptHandle=message["ReceiptHandle"])

    return drain


@pytest.fixture
def archived_keys(stack):
    s3 = boto3.client("s3")

    def keys() -> list[str]:
        paginator = s3.get_paginator("list_objects_v2")
        return [
            item["Key"]
            for page in paginator.paginate(Bucket=stack.refs["RawArchiveBucket"], Prefix="raw/")
            for item in page.get("Contents", [])
        ]

    return keys
