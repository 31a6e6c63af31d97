"""detect_changes' checkpoint (StateTable), advanced only by a conditional write."""

from __future__ import annotations

from typing import Any

from botocore.exceptions import ClientError

from trialpages.aws.index import keys
from trialpages.ingest.checkpoint import Checkpoint, CheckpointConflict


class CheckpointStore:
    def __init__(self, dynamodb_resource: Any, table: str) -> None:
        self._table = dynamodb_resource.Table(table)

    def load(self) -> Checkpoint:
        item = self._table.get_item(Key={"pk": keys.CHECKPOINT}, ConsistentRead=True).get("Item")
        if not item:
            return Checkpoint()
        return Checkpoint.model_validate_json(item["state"]).model_copy(update={"version": int(item["version"])})

    def save(self, checkpoint: Checkpoint) -> Checkpoint:
        """Store `checkpoint` if nobody wrote since it was loaded; returns it with its new version."""
        saved = checkpoint.model_copy(update={"version": checkpoint.version + 1})
        condition = (
            {"ConditionExpression": "attribute_not_exists(pk)"}
            if checkpoint.version == 0
            else {
                "ConditionExpression": "version = :expected",
                "ExpressionAttributeValues": {":expected": checkpoint.version},
            }
        )
        try:
            self._table.put_item(
                Item={
                    "pk": keys.CHECKPOINT,
                    "version": saved.version,
                    "state": saved.model_dump_json(exclude={"version"}),
                },
                **condition,
            )
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                raise CheckpointConflict(f"checkpoint moved past version {checkpoint.version}") from error
            raise
        return saved
