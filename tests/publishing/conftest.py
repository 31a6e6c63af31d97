from __future__ import annotations

import copy
import json
import uuid

import boto3
import pytest
from trialpages_dev.local.handlers import load_event, load_handler

from trialpages.aws.raw_archive import RawArchive
from trialpages.ingest.messages import StudyMessage, message_for
from trialpages.services import publish_site, render_study


@pytest.fixture
def render_handler(stack):
    """functions/render_study/app.py, imported fresh inside moto (its clients are made at import)."""
    render_study.reset()
    yield load_handler("render_study")
    render_study.reset()


@pytest.fixture
def archive_versions(stack):
    archive = RawArchive(boto3.client("s3"), stack.refs["RawArchiveBucket"])

    def put(*records: dict) -> list[StudyMessage]:
        messages = [message_for(record) for record in records]
        for message, record in zip(messages, records, strict=True):
            archive.archive(message, record)
        return messages

    return put


def sqs_event(*messages: StudyMessage | str) -> dict:
    """The events/ sample with its record repeated once per message (a str is sent as a raw body)."""
    sample = load_event("render_study_batch.json")["Records"][0]
    records = []
    for message in messages:
        record = copy.deepcopy(sample)
        record["messageId"] = str(uuid.uuid4())
        record["body"] = message if isinstance(message, str) else message.model_dump_json()
        records.append(record)
    return {"Records": records}


def with_last_update(record: dict, last_update: str, title: str) -> dict:
    changed = copy.deepcopy(record)
    changed["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"] = {"date": last_update, "type": "ACTUAL"}
    changed["protocolSection"]["identificationModule"]["briefTitle"] = title
    return changed


def site_object(stack, key: str) -> dict | None:
    s3 = boto3.client("s3")
    try:
        return s3.get_object(Bucket=stack.refs["SiteBucket"], Key=key)
    except s3.exceptions.NoSuchKey:
        return None


def loads(obj: dict) -> dict:
    return json.loads(obj["Body"].read())


def publish_pages() -> dict:
    """One publish_site run through its own wiring, with all the time it wants: the pages the
    versions recorded so far marked."""
    publish_site.reset()
    return publish_site.site_publisher().publish(lambda: 300_000).model_dump()
