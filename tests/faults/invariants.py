"""What must hold once the pipeline settles, whatever failed on the way: written once, checked after every scenario."""

from __future__ import annotations

import json
import logging
import re

import boto3

from tests.faults.aws_faults import AwsFaults
from tests.faults.harness import FaultPipeline
from trialpages.aws.index.versions import StudyVersions
from trialpages.publishing.hashes import sha256_hex
from trialpages.site.documents import study_document
from trialpages.study import normalize_study

_DATE_MODIFIED = re.compile(r'"dateModified":\s*"([^"]+)"')


def violations(
    pipeline: FaultPipeline, faults: AwsFaults, log: list[logging.LogRecord], *, poison: frozenset[str] = frozenset()
) -> list[str]:
    """Every broken invariant, in words; [] when the scenario held. `poison`: the DLQ bodies expected."""
    return [
        *newest_everywhere(pipeline),
        *never_went_back(faults),
        *nothing_lost(pipeline, log, poison),
        *checkpoint_consistent(pipeline, faults),
        *site_published(pipeline),
    ]


def newest_everywhere(pipeline: FaultPipeline) -> list[str]:
    """Each study's page, JSON document and index item show the registry's newest version: its date
    and its content (a second revision on the same date included)."""
    s3, versions = boto3.client("s3"), StudyVersions(pipeline.index_store())
    bucket = pipeline.stack.refs["SiteBucket"]
    found = []
    for nct_id, newest in sorted(pipeline.newest.items()):
        try:
            page = s3.get_object(Bucket=bucket, Key=f"studies/{nct_id}/index.html")["Body"].read().decode()
            document = s3.get_object(Bucket=bucket, Key=f"data/studies/{nct_id}.json")["Body"].read()
        except s3.exceptions.NoSuchKey:
            found.append(f"{nct_id}: page or document missing (newest {newest})")
            continue
        shown = _DATE_MODIFIED.search(page)
        recorded, page_record = versions.current_and_page(nct_id)
        shows = {
            "page": shown.group(1) if shown else None,
            "document": json.loads(document).get("last_update"),
            "index": recorded.last_update if recorded else None,
        }
        found += [
            f"{nct_id}: {where} shows {version}, newest is {newest}"
            for where, version in shows.items()
            if version != newest
        ]
        expected = study_document(normalize_study(pipeline.newest_records[nct_id]))
        if json.loads(document) != json.loads(expected):
            found.append(f"{nct_id}: document content is not the newest record's ({newest})")
        if recorded and recorded.json_sha256 != sha256_hex(expected):
            found.append(f"{nct_id}: index records another content than the newest record's ({newest})")
        if (
            recorded
            and page_record
            and page_record.model_dump().get("revision") != recorded.model_dump().get("revision")
        ):
            found.append(f"{nct_id}: page rendered from another revision than the recorded one")
    return found


def never_went_back(faults: AwsFaults) -> list[str]:
    """No page, document or index item was ever written with an older version than it already had
    (versions as they are ordered: date, then same-day revision)."""
    return [
        f"{key} went back: {' -> '.join(versions)}"
        for key, versions in sorted(faults.log.versions.items())
        if versions != sorted(versions)
    ]


def nothing_lost(pipeline: FaultPipeline, log: list[logging.LogRecord], poison: frozenset[str]) -> list[str]:
    """The queue is empty and its dead-letter queue holds exactly the poison records, each failure logged with a reason."""
    found = []
    if backlog := pipeline.backlog("StudyQueue"):
        found.append(f"{backlog} message(s) still on the study queue")
    dead = pipeline.dead_letters()
    bodies = frozenset(message["Body"] for message in dead)
    if bodies != poison:
        found.append(f"dead-letter queue holds {sorted(bodies)}, expected only {sorted(poison)}")
    failures = [record for record in log if record.getMessage() == "study not rendered"]
    logged_ids = {getattr(record, "message_id", None) for record in failures if getattr(record, "reason", None)}
    # render_study sets a version aside on its last receive with its reason attached; one that SQS moved
    # there (a crash on the last receive) has its reason in the logs.
    found += [
        f"dead letter {m['MessageId']} has no reason"
        for m in dead
        if not m.get("MessageAttributes", {}).get("reason", {}).get("StringValue") and m["MessageId"] not in logged_ids
    ]
    return found


def checkpoint_consistent(pipeline: FaultPipeline, faults: AwsFaults) -> list[str]:
    """The sync finished on the registry's snapshot, nothing was queued before it was archived and
    the checkpoint is not past any version that was never queued."""
    found = []
    checkpoint = pipeline.checkpoint()
    if checkpoint.sync is not None:
        found.append(f"sync unfinished: {checkpoint.sync}")
    if checkpoint.data_timestamp != pipeline.registry.data_timestamp:
        found.append(
            f"checkpoint on snapshot {checkpoint.data_timestamp}, registry on {pipeline.registry.data_timestamp}"
        )
    if checkpoint.since != max(pipeline.newest.values()):
        found.append(f"checkpoint since {checkpoint.since}, newest update is {max(pipeline.newest.values())}")
    queued = {(body["nct_id"], body["last_update"]) for body in faults.log.queued}
    found += [
        f"{nct_id} {newest} never queued"
        for nct_id, newest in sorted(pipeline.newest.items())
        if (nct_id, newest) not in queued
    ]
    found += [f"{key} queued before it was archived" for key in faults.log.queued_before_archived]
    return found


def site_published(pipeline: FaultPipeline) -> list[str]:
    marks = pipeline.marks()
    return [f"publish_site left {len(marks)} mark(s): {marks[:5]}"] if marks else []
