"""The render queue's dead-letter queue: what is waiting there, and moving it back once the cause is fixed."""

from __future__ import annotations

from pydantic import BaseModel

REASON_ATTRIBUTE = "reason"
_LONGEST_REASON = 1000  # characters: a message attribute counts toward the 256 KB message limit


class DeadLetter(BaseModel):
    message_id: str
    body: str
    receive_count: int  # how often it was received from the dead-letter queue itself (each list reads it once)
    reason: str = ""  # why render_study gave up on it ("" when SQS moved it: a crash or a timeout, see the logs)


class DeadLetterQueue:
    """render_study's side: a version that failed on its last allowed receive is set aside with its reason."""

    def __init__(self, sqs_client, dead_letter_queue_url: str) -> None:
        self._sqs = sqs_client
        self._url = dead_letter_queue_url

    def set_aside(self, body: str, reason: str) -> None:
        self._sqs.send_message(
            QueueUrl=self._url,
            MessageBody=body,
            MessageAttributes={
                REASON_ATTRIBUTE: {"DataType": "String", "StringValue": reason[:_LONGEST_REASON] or "?"}
            },
        )


class DeadLetters:
    def __init__(self, sqs_client, dead_letter_queue_url: str, queue_url: str) -> None:
        self._sqs = sqs_client
        self._dead_letters = dead_letter_queue_url
        self._queue = queue_url

    def peek(self, limit: int = 100) -> list[DeadLetter]:
        """Up to `limit` dead letters, left where they are (visible again as soon as they are read)."""
        found: dict[str, DeadLetter] = {}
        receipts: list[str] = []
        while len(found) < limit:
            batch = self._receive(min(10, limit - len(found)), visibility_s=30)
            fresh = [m for m in batch if m["MessageId"] not in found]
            if not fresh:
                break
            for message in fresh:
                found[message["MessageId"]] = _dead_letter(message)
            receipts += [m["ReceiptHandle"] for m in batch]
        for start in range(0, len(receipts), 10):
            entries = [
                {"Id": str(i), "ReceiptHandle": handle, "VisibilityTimeout": 0}
                for i, handle in enumerate(receipts[start : start + 10])
            ]
            self._sqs.change_message_visibility_batch(QueueUrl=self._dead_letters, Entries=entries)
        return list(found.values())

    def redrive(self, limit: int | None = None) -> int:
        """Move dead letters back to the render queue (sent first, then deleted: a crash repeats, never loses one)."""
        moved = 0
        while limit is None or moved < limit:
            batch = self._receive(10 if limit is None else min(10, limit - moved), visibility_s=60)
            if not batch:
                break
            entries = [{"Id": str(i), "MessageBody": m["Body"]} for i, m in enumerate(batch)]
            sent = self._sqs.send_message_batch(QueueUrl=self._queue, Entries=entries)
            done = {entry["Id"] for entry in sent.get("Successful", [])}
            receipts = [
                {"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(batch) if str(i) in done
            ]
            if receipts:
                self._sqs.delete_message_batch(QueueUrl=self._dead_letters, Entries=receipts)
            moved += len(receipts)
            if len(receipts) < len(batch):
                raise RuntimeError(f"{len(batch) - len(receipts)} dead letters could not be sent back; they stay")
        return moved

    def _receive(self, count: int, *, visibility_s: int) -> list[dict]:
        return self._sqs.receive_message(
            QueueUrl=self._dead_letters,
            MaxNumberOfMessages=count,
            VisibilityTimeout=visibility_s,
            AttributeNames=["ApproximateReceiveCount"],
            MessageAttributeNames=[REASON_ATTRIBUTE],
            WaitTimeSeconds=0,
        ).get("Messages", [])


def _dead_letter(message: dict) -> DeadLetter:
    return DeadLetter(
        message_id=message["MessageId"],
        body=message["Body"],
        receive_count=int(message.get("Attributes", {}).get("ApproximateReceiveCount", 0)),
        reason=message.get("MessageAttributes", {}).get(REASON_ATTRIBUTE, {}).get("StringValue", ""),
    )
