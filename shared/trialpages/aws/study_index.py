"""The DynamoDB lookup index: the CURRENT item per study, written only forward in time, and its lookup items."""

from __future__ import annotations

import json
from collections.abc import Iterable

from boto3.dynamodb.types import TypeDeserializer, TypeSerializer
from botocore.exceptions import ClientError

from trialpages.publishing.index_entry import IndexEntry

_SERIALIZER = TypeSerializer()
_DESERIALIZER = TypeDeserializer()
_BATCH = 25  # BatchWriteItem's maximum


def _key(nct_id: str) -> dict:
    return {"pk": {"S": f"STUDY#{nct_id}"}, "sk": {"S": "CURRENT"}}


def to_item(values: dict) -> dict:
    """Plain Python values -> DynamoDB attribute values (floats as Decimal-safe strings)."""
    return {name: _SERIALIZER.serialize(_dynamo_safe(value)) for name, value in values.items() if value is not None}


def from_item(item: dict) -> dict:
    return {name: _plain(_DESERIALIZER.deserialize(value)) for name, value in item.items()}


def _dynamo_safe(value):
    from decimal import Decimal

    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, dict):
        return {k: _dynamo_safe(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_dynamo_safe(v) for v in value]
    return value


def _plain(value):
    from decimal import Decimal

    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | set):
        return [_plain(v) for v in value]
    return value


def table_for(pk: str, table: str, geo_table: str) -> str:
    """Site items (GEO3#…, GEO4#…) live in their own table: they outnumber everything else."""
    return geo_table if pk.startswith("GEO") else table


class StudyIndex:
    def __init__(self, dynamodb_client, table: str, geo_table: str) -> None:
        self._ddb = dynamodb_client
        self._table = table
        self._geo_table = geo_table

    def current(self, nct_id: str) -> IndexEntry | None:
        item = self._ddb.get_item(TableName=self._table, Key=_key(nct_id), ConsistentRead=True).get("Item")
        if not item:
            return None
        values = from_item(item)
        return IndexEntry(
            nct_id=nct_id,
            last_update=values["last_update"],
            raw_key=values["raw_key"],
            html_sha256=values["html_sha256"],
            json_sha256=values["json_sha256"],
            listing=json.loads(values["listing"]) if "listing" in values else None,
            owned_keys=values.get("owned_keys", []),
        )

    def record(self, entry: IndexEntry) -> bool:
        """Store `entry` unless a newer version is already recorded; False when it was newer."""
        values = {
            "nct_id": entry.nct_id,
            "last_update": entry.last_update,
            "raw_key": entry.raw_key,
            "html_sha256": entry.html_sha256,
            "json_sha256": entry.json_sha256,
            "listing": json.dumps(entry.listing) if entry.listing else None,
            "owned_keys": entry.owned_keys,
        }
        try:
            self._ddb.put_item(
                TableName=self._table,
                Item={**_key(entry.nct_id), **to_item(values)},
                ConditionExpression="attribute_not_exists(pk) OR last_update <= :incoming",
                ExpressionAttributeValues={":incoming": {"S": entry.last_update}},
            )
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                return False
            raise
        return True

    def put_items(self, items: Iterable[dict]) -> None:
        by_table: dict[str, list[dict]] = {}
        for item in items:
            table = table_for(item["pk"], self._table, self._geo_table)
            by_table.setdefault(table, []).append({"PutRequest": {"Item": to_item(item)}})
        for table, requests in by_table.items():
            self._batch_write(table, requests)

    def delete_keys(self, keys: Iterable[str]) -> None:
        by_table: dict[str, list[dict]] = {}
        for key in sorted(keys):
            pk, sk = key.split("|", 1)
            request = {"DeleteRequest": {"Key": {"pk": {"S": pk}, "sk": {"S": sk}}}}
            by_table.setdefault(table_for(pk, self._table, self._geo_table), []).append(request)
        for table, requests in by_table.items():
            self._batch_write(table, requests)

    def _batch_write(self, table: str, requests: list[dict]) -> None:
        for start in range(0, len(requests), _BATCH):
            pending = {table: requests[start : start + _BATCH]}
            for _ in range(8):
                unprocessed = self._ddb.batch_write_item(RequestItems=pending).get("UnprocessedItems") or {}
                if not unprocessed:
                    break
                pending = unprocessed
            else:
                raise RuntimeError(f"DynamoDB left {len(pending[table])} index writes unprocessed")

    def changes(self, nct_id: str) -> list[dict]:
        """A study's recorded change entries (Query on its partition)."""
        request = {
            "TableName": self._table,
            "KeyConditionExpression": "pk = :pk AND begins_with(sk, :prefix)",
            "ExpressionAttributeValues": {":pk": {"S": f"STUDY#{nct_id}"}, ":prefix": {"S": "CHANGE#"}},
        }
        return [from_item(item) for item in self._query_all(request)]

    def listings(self, partition: str, limit: int) -> list[dict]:
        """Up to `limit` listings of one facet partition, newest update first."""
        request = {
            "TableName": self._table,
            "KeyConditionExpression": "pk = :pk",
            "ExpressionAttributeValues": {":pk": {"S": partition}},
            "ScanIndexForward": False,
            "Limit": limit,
        }
        return [from_item(item) for item in self._ddb.query(**request).get("Items", [])]

    def _query_all(self, request: dict) -> list[dict]:
        items: list[dict] = []
        while True:
            response = self._ddb.query(**request)
            items.extend(response.get("Items", []))
            if "LastEvaluatedKey" not in response:
                return items
            request = {**request, "ExclusiveStartKey": response["LastEvaluatedKey"]}

    def query_all(self, pk: str) -> list[dict]:
        """Every item of one partition (publish_site's reads of marks, conditions and sitemap ranges)."""
        request = {
            "TableName": self._table,
            "KeyConditionExpression": "pk = :pk",
            "ExpressionAttributeValues": {":pk": {"S": pk}},
        }
        return [from_item(item) for item in self._query_all(request)]

    def get(self, pk: str, sk: str) -> dict | None:
        item = self._ddb.get_item(TableName=self._table, Key={"pk": {"S": pk}, "sk": {"S": sk}}).get("Item")
        return from_item(item) if item else None

    def delete_if_unchanged(self, pk: str, sk: str, token: str) -> bool:
        """Delete a mark unless it was re-marked (a new token) since it was read."""
        try:
            self._ddb.delete_item(
                TableName=self._table,
                Key={"pk": {"S": pk}, "sk": {"S": sk}},
                ConditionExpression="attribute_not_exists(#t) OR #t = :token",
                ExpressionAttributeNames={"#t": "token"},
                ExpressionAttributeValues={":token": {"S": token}},
            )
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                return False
            raise
        return True
