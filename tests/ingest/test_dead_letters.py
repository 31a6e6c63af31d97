"""Dead letters: listed in place, then moved back to the render queue once their cause is fixed."""

from __future__ import annotations

import boto3
from trialpages_dev.cli import main

from trialpages.aws.dead_letters import DeadLetters


def test_dead_letters_are_listed_then_redriven_to_the_render_queue(stack, capsys):
    sqs = boto3.client("sqs")
    dead, queue = stack.refs["StudyDeadLetterQueue"], stack.refs["StudyQueue"]
    bodies = [f'{{"nct_id":"NCT0000000{n}","last_update":"2026-11-24","raw_key":"raw/x"}}' for n in range(12)]
    for body in bodies:
        sqs.send_message(QueueUrl=dead, MessageBody=body)
    letters = DeadLetters(sqs, dead, queue)

    assert sorted(letter.body for letter in letters.peek()) == sorted(bodies)
    assert main(["dlq", "redrive", "--dead-letter-queue-url", dead, "--queue-url", queue]) == 0

    assert "moved 12 dead letter(s)" in capsys.readouterr().out
    moved = []
    while batch := sqs.receive_message(QueueUrl=queue, MaxNumberOfMessages=10).get("Messages", []):
        moved += [m["Body"] for m in batch]
        sqs.delete_message_batch(
            QueueUrl=queue, Entries=[{"Id": m["MessageId"], "ReceiptHandle": m["ReceiptHandle"]} for m in batch]
        )
    assert sorted(moved) == sorted(bodies)
    assert sqs.receive_message(QueueUrl=dead, VisibilityTimeout=0).get("Messages") is None
