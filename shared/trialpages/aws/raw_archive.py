"""S3 archive of raw registry records: one immutable object per (study, update date, content), with
the revision it was first seen as (its registry snapshot) in its metadata."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from botocore.exceptions import ClientError

from trialpages.ingest.messages import StudyMessage
from trialpages.ingest.quarantine import QuarantinedRecord

QUARANTINE_PREFIX = "quarantine/"

REVISION_METADATA = "revision"


class RawArchive:
    def __init__(self, s3_client, bucket: str) -> None:
        self._s3 = s3_client
        self._bucket = bucket

    def archive(self, message: StudyMessage, record: dict) -> bool:
        """Write the record unless this version is already archived; True when written.

        The conditional put (If-None-Match: *) skips an archived version in one request,
        and never replaces what an earlier run stored. The key names the content, so a changed
        record on the same update date is a new object; the same content is not.
        """
        body = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        try:
            self._s3.put_object(
                Bucket=self._bucket,
                Key=message.raw_key,
                Body=body,
                ContentType="application/json",
                Metadata={REVISION_METADATA: message.revision} if message.revision else {},
                IfNoneMatch="*",
            )
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in ("PreconditionFailed", "412"):
                return False
            raise
        return True

    def archived_revision(self, message: StudyMessage) -> str:
        """The revision this content was archived as (first seen); "" when it was archived without one."""
        head = self._s3.head_object(Bucket=self._bucket, Key=message.raw_key)
        return head.get("Metadata", {}).get(REVISION_METADATA, "")

    def read(self, raw_key: str) -> dict:
        body = self._s3.get_object(Bucket=self._bucket, Key=raw_key)["Body"].read()
        return json.loads(body)

    def read_fetched(self, raw_key: str) -> tuple[dict, datetime]:
        """The record and when it was archived, i.e. when detect_changes fetched this version (one GET)."""
        response = self._s3.get_object(Bucket=self._bucket, Key=raw_key)
        return json.loads(response["Body"].read()), response["LastModified"]

    def set_aside(self, record: object, quarantined: QuarantinedRecord) -> str:
        """Keep a record detect_changes could not handle, with its reason, under the quarantine prefix."""
        # ensure_ascii: a lone surrogate, which UTF-8 cannot hold, is kept as its \\u escape.
        body = json.dumps({"reason": quarantined.reason, "record": record}, ensure_ascii=True).encode("ascii")
        key = f"{QUARANTINE_PREFIX}{quarantined.nct_id or 'no-id'}/{hashlib.sha256(body).hexdigest()[:16]}.json"
        self._s3.put_object(Bucket=self._bucket, Key=key, Body=body, ContentType="application/json")
        return key

    def quarantined(self) -> list[tuple[str, str, datetime]]:
        """(key, reason, when) of every quarantined record, oldest first."""
        found = []
        for page in self._s3.get_paginator("list_objects_v2").paginate(Bucket=self._bucket, Prefix=QUARANTINE_PREFIX):
            for entry in page.get("Contents", []):
                body = self._s3.get_object(Bucket=self._bucket, Key=entry["Key"])["Body"].read()
                found.append((entry["Key"], json.loads(body)["reason"], entry["LastModified"]))
        return sorted(found, key=lambda item: item[2])
