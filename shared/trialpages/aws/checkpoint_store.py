"""The detect_changes checkpoint in DynamoDB, advanced only by a conditional write."""

from __future__ import annotations

from botocore.exceptions import ClientError

from trialpages.ingest.checkpoint import Checkpoint, CheckpointConflict

_KEY = {"pk": {"S": "checkpoint#detect_changes"}}


class CheckpointStore:
    def __init__(self, dynamodb_client, table: str) -> None:
        self._ddb = dynamodb_client
        self._table = table

    def load(self) -> Checkpoint:
        item = self._ddb.get_item(TableName=self._table, Key=_KEY, ConsistentRead=True).get("Item")
        if not item:
            return Checkpoint()
        return Checkpoint.model_validate_json(item["state"]["S"]).model_copy(
            update={"version": int(item["version"]["N"])}
        )

    def save(self, checkpoint: Checkpoint) -> Checkpoint:
        """Store `checkpoint` if nobody wrote since it was loaded; returns it with its new version."""
        saved = checkpoint.model_copy(update={"version": checkpoint.version + 1})
        condition = (
            {"ConditionExpression": "attribute_not_exists(pk)"}
            if checkpoint.version == 0
            else {
                "ConditionExpression": "version = :expected",
                "ExpressionAttributeValues": {":expected": {"N": str(checkpoint.version)}},
            }
        )
        try:
            self._ddb.put_item(
                TableName=self._table,
                Item={
                    **_KEY,
                    "version": {"N": str(saved.version)},
                    "state": {"S": saved.model_dump_json(exclude={"version"})},
                },
                **condition,
            )
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                raise CheckpointConflict(f"checkpoint moved past version {checkpoint.version}") from error
            raise
        return saved
