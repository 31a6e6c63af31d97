"""The index on DynamoDB: boto3's Table resources (and their (de)serializer) for two tables that
read as one, site items (GEO… partitions) routed to their own.

Batch writes go through a plain client with boto3's TypeSerializer: the resource would deep-copy
every batch and walk it against the service model first, which was half of render_study's CPU
for a study's few hundred items. (The resource's own client is no plain client: it carries the
resource's (de)serializing hooks.)

Batch requests carry up to 25 writes or 100 reads, whatever their table; what DynamoDB leaves
unprocessed (throttling) is sent again after a randomized exponential wait, a bounded number of
times, then the call fails: nothing is lost, the caller's unit of work is redone whole.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import Any

from boto3.dynamodb.conditions import Attr, ConditionBase, Key
from boto3.dynamodb.types import Binary, TypeSerializer
from botocore.exceptions import ClientError

from trialpages.aws.index.keys import in_geo_table
from trialpages.aws.index.store import Batch, ConditionFailed, Expect, Item, PartitionQuery
from trialpages.aws.index.store import Key as ItemKey

WRITE_BATCH = 25  # BatchWriteItem's maximum
TRANSACTION = 100  # TransactWriteItems' maximum
READ_BATCH = 100  # BatchGetItem's maximum
ROUNDS = 6  # the first request and five resends of what is left unprocessed
BACKOFF_S = 0.05  # the first resend waits up to this; each later one up to twice as long
MAX_BACKOFF_S = 2.0


class Unprocessed(RuntimeError):
    """DynamoDB still left part of a batch unprocessed after every resend."""


def to_dynamo(value: Any) -> Any:
    """Python values as boto3's serializer takes them: floats as Decimals, None attributes left out."""
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, dict):
        return {name: to_dynamo(member) for name, member in value.items() if member is not None}
    if isinstance(value, list | tuple):
        return [to_dynamo(member) for member in value]
    return value


def from_dynamo(value: Any) -> Any:
    """What boto3's deserializer gives back, as plain Python: Decimals as int or float, Binary as bytes."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Binary):
        return value.value
    if isinstance(value, dict):
        return {name: from_dynamo(member) for name, member in value.items()}
    if isinstance(value, list | set):
        return [from_dynamo(member) for member in value]
    return value


def _condition(expect: Expect) -> ConditionBase:
    attribute = Attr(expect.attribute)
    return attribute.not_exists() if expect.value is None else attribute.eq(expect.value)


def _projection(attributes: Sequence[str]) -> dict:
    if not attributes:
        return {}
    names = {f"#p{i}": name for i, name in enumerate(attributes)}
    return {"ProjectionExpression": ", ".join(names), "ExpressionAttributeNames": names}


def _conditional(call: Callable[..., Any], **request: Any) -> None:
    try:
        call(**request)
    except ClientError as error:
        if error.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
            raise ConditionFailed(str(error)) from error
        raise


class DynamoIndexStore:
    def __init__(
        self,
        dynamodb_resource: Any,
        dynamodb_client: Any,
        index_table: str,
        geo_table: str,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._resource = dynamodb_resource
        self._client = dynamodb_client
        self._serializer = TypeSerializer()
        self._index = dynamodb_resource.Table(index_table)
        self._geo = dynamodb_resource.Table(geo_table)
        self._sleep = sleep

    def _table(self, pk: str) -> Any:
        return self._geo if in_geo_table(pk) else self._index

    def get(self, pk: str, sk: str, *, consistent: bool = False, attributes: Sequence[str] = ()) -> Item | None:
        request = {"Key": {"pk": pk, "sk": sk}, "ConsistentRead": consistent, **_projection(attributes)}
        item = self._table(pk).get_item(**request).get("Item")
        return from_dynamo(item) if item else None

    def get_many(self, keys: Sequence[ItemKey], *, consistent: bool = False) -> dict[ItemKey, Item]:
        found: dict[ItemKey, Item] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), READ_BATCH):
            request: dict[str, dict] = {}
            for pk, sk in unique[start : start + READ_BATCH]:
                table = self._table(pk).name
                request.setdefault(table, {"Keys": [], "ConsistentRead": consistent})["Keys"].append(
                    {"pk": pk, "sk": sk}
                )

            def send(pending: dict) -> dict:
                response = self._resource.batch_get_item(RequestItems=pending)
                for items in response.get("Responses", {}).values():
                    for item in items:
                        found[(item["pk"], item["sk"])] = from_dynamo(item)
                return response.get("UnprocessedKeys") or {}

            self._until_processed(send, request, "reads")
        return found

    def put(self, item: Item, *, expect: Expect | None = None) -> None:
        request: dict[str, Any] = {"Item": to_dynamo(item)}
        if expect is not None:
            request["ConditionExpression"] = _condition(expect)
        _conditional(self._table(item["pk"]).put_item, **request)

    def delete(self, pk: str, sk: str, *, expect: Expect | None = None) -> None:
        request: dict[str, Any] = {"Key": {"pk": pk, "sk": sk}}
        if expect is not None:
            request["ConditionExpression"] = _condition(expect)
        _conditional(self._table(pk).delete_item, **request)

    def delete_all(self, deletes: Sequence[tuple[str, str, Expect]]) -> bool:
        if len(deletes) > TRANSACTION:
            raise ValueError(f"a transaction holds at most {TRANSACTION} writes, not {len(deletes)}")
        if not deletes:
            return True
        items = []
        for pk, sk, expect in deletes:
            condition: dict[str, Any]
            if expect.value is None:
                condition = {"ConditionExpression": "attribute_not_exists(#a)"}
            else:
                condition = {
                    "ConditionExpression": "#a = :v",
                    "ExpressionAttributeValues": {":v": self._serializer.serialize(expect.value)},
                }
            key = self._wire({"pk": pk, "sk": sk})
            items.append(
                {
                    "Delete": {
                        "TableName": self._table(pk).name,
                        "Key": key,
                        "ExpressionAttributeNames": {"#a": expect.attribute},
                        **condition,
                    }
                }
            )
        try:
            self._client.transact_write_items(TransactItems=items)
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") == "TransactionCanceledException":
                return False
            raise
        return True

    def write_many(self, puts: Iterable[Item], deletes: Iterable[ItemKey] = ()) -> int:
        unique = {(item["pk"], item["sk"]): item for item in puts}  # a request may name a key once
        writes = [
            (self._table(pk).name, {"PutRequest": {"Item": self._wire(item)}}) for (pk, _), item in unique.items()
        ]
        writes += [
            (self._table(pk).name, {"DeleteRequest": {"Key": self._wire({"pk": pk, "sk": sk})}}) for pk, sk in deletes
        ]
        requests = 0

        def send(pending: dict) -> dict:
            nonlocal requests
            requests += 1
            return self._client.batch_write_item(RequestItems=pending).get("UnprocessedItems") or {}

        for start in range(0, len(writes), WRITE_BATCH):
            request: dict[str, list] = {}
            for table, write in writes[start : start + WRITE_BATCH]:
                request.setdefault(table, []).append(write)
            self._until_processed(send, request, "writes")
        return requests

    def _wire(self, item: Item) -> dict:
        return {name: self._serializer.serialize(value) for name, value in to_dynamo(item).items()}

    def query(
        self, query: PartitionQuery, *, limit: int, after: str | None = None, attributes: Sequence[str] = ()
    ) -> Batch:
        condition = Key("pk").eq(query.pk)
        if query.sk_at_least is not None:
            condition &= Key("sk").gte(query.sk_at_least)
        elif query.sk_prefix is not None:
            condition &= Key("sk").begins_with(query.sk_prefix)
        request: dict[str, Any] = {
            "KeyConditionExpression": condition,
            "ScanIndexForward": not query.newest_first,
            "Limit": limit,
        }
        filters = [Attr(name).contains(value) for name, value in query.must_have]
        filters += [~Attr(name).contains(value) for name, value in query.must_not_have]
        if filters:
            combined = filters[0]
            for test in filters[1:]:
                combined &= test
            request["FilterExpression"] = combined
        if attributes:
            # The key is always read: a page's resume position is its last item's sort key.
            request.update(_projection(tuple(dict.fromkeys(("pk", "sk", *attributes)))))
        if after is not None:
            request["ExclusiveStartKey"] = {"pk": query.pk, "sk": after}
        response = self._table(query.pk).query(**request)
        items = [from_dynamo(item) for item in response.get("Items", [])]
        last = response.get("LastEvaluatedKey")
        return Batch(items, response.get("ScannedCount", len(items)), last["sk"] if last else None)

    def _until_processed(self, send: Callable[[dict], dict], request: dict, what: str) -> None:
        """`send` makes one request and returns what DynamoDB left unprocessed; that part goes again,
        after a random wait of up to BACKOFF_S, then twice as long each time ("full jitter"). A loop
        this small reads better than a retry library, and costs no import at every cold start."""
        pending = send(request)
        for resend in range(ROUNDS - 1):
            if not pending:
                return
            self._sleep(random.uniform(0, min(MAX_BACKOFF_S, BACKOFF_S * 2**resend)))  # noqa: S311 - jitter
            pending = send(pending)
        if pending:
            left = sum(len(part) if isinstance(part, list) else len(part["Keys"]) for part in pending.values())
            raise Unprocessed(f"DynamoDB left {left} index {what} unprocessed after {ROUNDS} requests")
