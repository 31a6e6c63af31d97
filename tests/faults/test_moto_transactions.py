"""The suite's cheaper TransactWriteItems backup rolls back exactly as moto's whole-table copy does."""

from __future__ import annotations

import boto3
import pytest
from botocore.exceptions import ClientError


def count(ddb, table: str, pk: str) -> int:
    item = ddb.get_item(TableName=table, Key={"pk": {"S": pk}, "sk": {"S": "COUNT"}})["Item"]
    return int(item["n"]["N"])


def test_failed_transaction_leaves_every_partition_as_it_was(stack):
    ddb, table = boto3.client("dynamodb"), stack.refs["StudyIndexTable"]
    for pk in ("A", "B"):
        ddb.put_item(TableName=table, Item={"pk": {"S": pk}, "sk": {"S": "COUNT"}, "n": {"N": "1"}})
    increment = {"UpdateExpression": "ADD n :one", "ExpressionAttributeValues": {":one": {"N": "1"}}}

    with pytest.raises(ClientError, match="TransactionCanceled"):
        ddb.transact_write_items(
            TransactItems=[
                {"Update": {"TableName": table, "Key": {"pk": {"S": "A"}, "sk": {"S": "COUNT"}}, **increment}},
                # B's condition fails after A was updated in place: A's update must be undone.
                {
                    "Update": {
                        "TableName": table,
                        "Key": {"pk": {"S": "B"}, "sk": {"S": "COUNT"}},
                        "ConditionExpression": "n = :two",
                        "UpdateExpression": "ADD n :one",
                        "ExpressionAttributeValues": {":one": {"N": "1"}, ":two": {"N": "2"}},
                    }
                },
            ]
        )
    ddb.transact_write_items(
        TransactItems=[{"Update": {"TableName": table, "Key": {"pk": {"S": "B"}, "sk": {"S": "COUNT"}}, **increment}}]
    )

    assert (count(ddb, table, "A"), count(ddb, table, "B")) == (1, 2)
