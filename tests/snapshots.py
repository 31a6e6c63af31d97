"""A moto stack's tables and site bucket saved once and put back in another stack: a module whose tests
only read an index gets the same items without seeding it again (packing postings is most of that)."""

from __future__ import annotations

from dataclasses import dataclass, field

import boto3

_BATCH = 25  # BatchWriteItem's most


@dataclass(frozen=True)
class StackSnapshot:
    items: dict[str, list[dict]] = field(default_factory=dict)  # logical table id -> items as DynamoDB writes them
    objects: dict[str, list[dict]] = field(default_factory=dict)  # logical bucket id -> objects


def _tables(stack) -> dict[str, str]:
    return {logical_id: stack.refs[logical_id] for logical_id in stack.resources("AWS::DynamoDB::Table")}


def _buckets(stack) -> dict[str, str]:
    return {logical_id: stack.refs[logical_id] for logical_id in stack.resources("AWS::S3::Bucket")}


def take_snapshot(stack) -> StackSnapshot:
    dynamodb, s3 = boto3.client("dynamodb"), boto3.client("s3")
    snapshot = StackSnapshot()
    for logical_id, table in _tables(stack).items():
        pages = dynamodb.get_paginator("scan").paginate(TableName=table, ConsistentRead=True)
        snapshot.items[logical_id] = [item for page in pages for item in page["Items"]]
    for logical_id, bucket in _buckets(stack).items():
        listed = s3.get_paginator("list_objects_v2").paginate(Bucket=bucket)
        objects = []
        for key in (entry["Key"] for page in listed for entry in page.get("Contents", [])):
            found = s3.get_object(Bucket=bucket, Key=key)
            objects.append(
                {
                    "Key": key,
                    "Body": found["Body"].read(),
                    "ContentType": found.get("ContentType", "binary/octet-stream"),
                    "Metadata": found.get("Metadata", {}),
                    **({"CacheControl": found["CacheControl"]} if found.get("CacheControl") else {}),
                }
            )
        snapshot.objects[logical_id] = objects
    return snapshot


def restore_snapshot(stack, snapshot: StackSnapshot) -> None:
    dynamodb, s3 = boto3.client("dynamodb"), boto3.client("s3")
    tables, buckets = _tables(stack), _buckets(stack)
    for logical_id, items in snapshot.items.items():
        for start in range(0, len(items), _BATCH):
            requests = [{"PutRequest": {"Item": item}} for item in items[start : start + _BATCH]]
            pending = {tables[logical_id]: requests}
            while pending:  # moto answers every item, but a batch may legally come back in part
                pending = dynamodb.batch_write_item(RequestItems=pending).get("UnprocessedItems") or {}
    for logical_id, objects in snapshot.objects.items():
        for found in objects:
            s3.put_object(Bucket=buckets[logical_id], **found)
