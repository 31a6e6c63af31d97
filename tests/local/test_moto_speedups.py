"""The demo's moto speed-ups change no answer: the same calls give the same results as stock moto."""

from __future__ import annotations

import boto3
import pytest
from moto import mock_aws
from trialpages_dev.local import moto_speedups

_KEYS = {
    "AttributeDefinitions": [
        {"AttributeName": "pk", "AttributeType": "S"},
        {"AttributeName": "sk", "AttributeType": "S"},
    ],
    "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
    "BillingMode": "PAY_PER_REQUEST",
}


def every_type_item(partition: str, number: int) -> dict:
    return {
        "pk": {"S": partition},
        "sk": {"S": f"2025-{number % 12 + 1:02d}-01#NCT{number:08d}"},
        "title": {"S": f"Study {number} — ünïcode"},
        "count": {"N": str(number * 7)},
        "ratio": {"N": "0.125"},
        "blob": {"B": b"\x00\x01binary"},
        "flags": {"SS": ["a", "b"]},
        "numbers": {"NS": ["1", "2.5"]},
        "blobs": {"BS": [b"x", b"y"]},
        "open": {"BOOL": number % 2 == 0},
        "nothing": {"NULL": True},
        "listing": {"M": {"phases": {"L": [{"S": "PHASE2"}, {"N": "3"}]}, "inner": {"M": {"deep": {"BOOL": False}}}}},
        "plain": {"M": {"name": {"S": "only strings here"}}},
    }


def run_calls() -> list:
    """A sample of the calls the pipeline makes, and their answers."""
    dynamodb, sqs = boto3.client("dynamodb"), boto3.client("sqs")
    dynamodb.create_table(TableName="index", **_KEYS)
    for number in range(40):
        dynamodb.put_item(TableName="index", Item=every_type_item(f"FACET#p{number % 3}", number))
    answers = []
    for request in (
        {"KeyConditionExpression": "pk = :pk", "ExpressionAttributeValues": {":pk": {"S": "FACET#p1"}}},
        {
            "KeyConditionExpression": "pk = :pk AND sk >= :since",
            "ExpressionAttributeValues": {":pk": {"S": "FACET#p0"}, ":since": {"S": "2025-06"}},
            "ScanIndexForward": False,
            "Limit": 4,
        },
        {"KeyConditionExpression": "pk = :pk", "ExpressionAttributeValues": {":pk": {"S": "FACET#none"}}},
        {
            "KeyConditionExpression": "pk = :pk",
            "ExpressionAttributeValues": {":pk": {"S": "FACET#p2"}, ":open": {"BOOL": True}},
            "FilterExpression": "#o = :open",
            "ExpressionAttributeNames": {"#o": "open"},
        },
        # Paged walks: forwards, backwards, with a key condition, a filter after the limit, a limit
        # that ends exactly at the partition's end and one past it.
        {"KeyConditionExpression": "pk = :pk", "ExpressionAttributeValues": {":pk": {"S": "FACET#p0"}}, "Limit": 3},
        {
            "KeyConditionExpression": "pk = :pk",
            "ExpressionAttributeValues": {":pk": {"S": "FACET#p1"}},
            "ScanIndexForward": False,
            "Limit": 5,
        },
        {
            "KeyConditionExpression": "pk = :pk AND begins_with(sk, :month)",
            "ExpressionAttributeValues": {":pk": {"S": "FACET#p2"}, ":month": {"S": "2025-0"}},
            "Limit": 2,
        },
        {
            "KeyConditionExpression": "pk = :pk AND sk BETWEEN :low AND :high",
            "ExpressionAttributeValues": {
                ":pk": {"S": "FACET#p0"},
                ":low": {"S": "2025-03"},
                ":high": {"S": "2025-10"},
            },
            "ScanIndexForward": False,
            "Limit": 2,
        },
        {
            "KeyConditionExpression": "pk = :pk AND sk < :before",
            "ExpressionAttributeValues": {
                ":pk": {"S": "FACET#p1"},
                ":before": {"S": "2025-07"},
                ":open": {"BOOL": True},
            },
            "FilterExpression": "#o = :open",
            "ExpressionAttributeNames": {"#o": "open"},
            "Limit": 3,
        },
        {"KeyConditionExpression": "pk = :pk", "ExpressionAttributeValues": {":pk": {"S": "FACET#p0"}}, "Limit": 14},
        {"KeyConditionExpression": "pk = :pk", "ExpressionAttributeValues": {":pk": {"S": "FACET#p0"}}, "Limit": 15},
    ):
        pages, start = [], {}
        for _ in range(20):  # a bounded walk: a broken paging key must fail, not loop
            answer = dynamodb.query(TableName="index", **request, **start)
            pages.append((answer["Items"], answer["Count"], answer.get("LastEvaluatedKey")))
            if "LastEvaluatedKey" not in answer or "Limit" not in request:
                break
            start = {"ExclusiveStartKey": answer["LastEvaluatedKey"]}
        answers.append(pages)
    answers.append(dynamodb.scan(TableName="index")["Count"])
    # Transactions: one that holds, one whose failing condition undoes the write before it.
    for token in ("t1", "not t1"):
        dynamodb.put_item(TableName="index", Item={"pk": {"S": "DIRTY"}, "sk": {"S": "a"}, "token": {"S": "t1"}})
        writes = [
            {"Put": {"TableName": "index", "Item": {"pk": {"S": "DIRTY"}, "sk": {"S": "b"}, "token": {"S": "t2"}}}},
            {
                "Delete": {
                    "TableName": "index",
                    "Key": {"pk": {"S": "DIRTY"}, "sk": {"S": "a"}},
                    "ConditionExpression": "#t = :t",
                    "ExpressionAttributeNames": {"#t": "token"},
                    "ExpressionAttributeValues": {":t": {"S": token}},
                }
            },
        ]
        try:
            dynamodb.transact_write_items(TransactItems=writes)
            answers.append("committed")
        except dynamodb.exceptions.ClientError as error:
            answers.append(error.response["Error"]["Code"])
        dirty = {"KeyConditionExpression": "pk = :pk", "ExpressionAttributeValues": {":pk": {"S": "DIRTY"}}}
        answers.append(dynamodb.query(TableName="index", **dirty)["Items"])
        dynamodb.delete_item(TableName="index", Key={"pk": {"S": "DIRTY"}, "sk": {"S": "b"}})
    # Items near moto's size limit: one attribute short of it, over it, and over it by an update.
    for size in (400_000, 405_001):
        item = {
            "pk": {"S": "BIG"},
            "sk": {"S": str(size)},
            "a": {"S": "x" * (size // 2)},
            "b": {"S": "y" * (size // 2)},
        }
        try:
            answers.append(dynamodb.put_item(TableName="index", Item=item)["ResponseMetadata"]["HTTPStatusCode"])
        except dynamodb.exceptions.ClientError as error:
            answers.append(error.response["Error"]["Code"])
    try:
        dynamodb.update_item(
            TableName="index",
            Key={"pk": {"S": "BIG"}, "sk": {"S": "400000"}},
            UpdateExpression="SET c = :c",
            ExpressionAttributeValues={":c": {"S": "z" * 9000}},
        )
        answers.append("updated")
    except dynamodb.exceptions.ClientError as error:
        answers.append(error.response["Error"]["Code"])

    url = sqs.create_queue(QueueName="studies", Attributes={"MessageRetentionPeriod": "60"})["QueueUrl"]
    for batch in range(3):
        sqs.send_message_batch(
            QueueUrl=url, Entries=[{"Id": str(i), "MessageBody": f"message {batch}-{i}"} for i in range(10)]
        )
    bodies, received = [], []
    for _ in range(10):
        messages = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", [])
        bodies += [message["Body"] for message in messages]
        received += messages
    answers.append(sorted(bodies))
    answers.append(queue_counts(sqs, url))

    # Some handled, one handed back, one deleted twice, one unknown handle; then the rest again.
    handled = [{"Id": str(i), "ReceiptHandle": message["ReceiptHandle"]} for i, message in enumerate(received[:12])]
    answer = sqs.delete_message_batch(QueueUrl=url, Entries=[*handled, {"Id": "bad", "ReceiptHandle": "not-a-handle"}])
    answers.append((sorted(entry["Id"] for entry in answer["Successful"]), answer.get("Failed")))
    sqs.delete_message(QueueUrl=url, ReceiptHandle=received[0]["ReceiptHandle"])
    sqs.change_message_visibility(QueueUrl=url, ReceiptHandle=received[20]["ReceiptHandle"], VisibilityTimeout=0)
    again = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", [])
    answers.append([message["Body"] for message in again])
    answers.append(queue_counts(sqs, url))
    old_handle = received[20]["ReceiptHandle"]  # replaced by the second receipt, still good for a delete
    sqs.delete_message(QueueUrl=url, ReceiptHandle=old_handle)
    answers.append(queue_counts(sqs, url))
    return answers


def queue_counts(sqs, url: str) -> dict:
    counts = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]
    return {name: counts[name] for name in counts if name.startswith("Approximate")}


def answers_on_a_fresh_moto() -> list:
    with mock_aws():
        return run_calls()


@pytest.mark.slow  # seconds on moto: many studies or versions through the real functions
def test_speedups_answer_every_call_as_stock_moto_does(monkeypatch):
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    stock = answers_on_a_fresh_moto()
    moto_speedups.apply()
    try:
        with_speedups = answers_on_a_fresh_moto()
    finally:
        moto_speedups.undo()

    assert with_speedups == stock


def test_items_read_are_not_kept_after_the_read(monkeypatch):
    """moto's dashboard list would keep every item copy a read answers with: the heap would only grow."""
    from moto.dynamodb.models.dynamo_type import Item

    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(name, "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    moto_speedups.apply()
    try:
        with mock_aws():
            dynamodb = boto3.client("dynamodb")
            dynamodb.create_table(TableName="index", **_KEYS)
            dynamodb.put_item(TableName="index", Item=every_type_item("FACET#p0", 1))
            tracked = len(Item.instances_tracked)
            for _ in range(5):
                dynamodb.query(
                    TableName="index",
                    KeyConditionExpression="pk = :pk",
                    ExpressionAttributeValues={":pk": {"S": "FACET#p0"}},
                )
            assert len(Item.instances_tracked) == tracked
    finally:
        moto_speedups.undo()
