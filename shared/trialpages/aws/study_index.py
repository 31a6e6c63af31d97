"""The DynamoDB lookup index: one item per study, written only forward in time."""

from __future__ import annotations

from botocore.exceptions import ClientError

from trialpages.publishing.index_entry import IndexEntry


def _key(nct_id: str) -> dict:
    return {"pk": {"S": f"STUDY#{nct_id}"}, "sk": {"S": "CURRENT"}}


class StudyIndex:
    def __init__(self, dynamodb_client, table: str) -> None:
        self._ddb = dynamodb_client
        self._table = table

    def current(self, nct_id: str) -> IndexEntry | None:
        item = self._ddb.get_item(TableName=self._table, Key=_key(nct_id), ConsistentRead=True).get("Item")
        if not item:
            return None
        return IndexEntry(
            nct_id=nct_id,
            **{name: item[name]["S"] for name in ("last_update", "raw_key", "html_sha256", "json_sha256")},
        )

    def record(self, entry: IndexEntry) -> bool:
        """Store `entry` unless a newer version is already recorded; False when it was newer."""
        try:
            self._ddb.put_item(
                TableName=self._table,
                Item={
                    **_key(entry.nct_id),
                    "nct_id": {"S": entry.nct_id},
                    "last_update": {"S": entry.last_update},
                    "raw_key": {"S": entry.raw_key},
                    "html_sha256": {"S": entry.html_sha256},
                    "json_sha256": {"S": entry.json_sha256},
                },
                ConditionExpression="attribute_not_exists(pk) OR last_update <= :incoming",
                ExpressionAttributeValues={":incoming": {"S": entry.last_update}},
            )
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                return False
            raise
        return True
