"""SendMessageBatch succeeds per entry: the entries it reports as Failed are resent, and only those."""

from __future__ import annotations

import json

import pytest

from trialpages.aws.study_queue import QueueSendError, StudyQueue
from trialpages.ingest.messages import StudyMessage, raw_key_for


class FlakySqs:
    """Reports the given entry ids as failed for the first `failing_calls` calls, then accepts everything."""

    def __init__(self, failing_ids: set[str], failing_calls: int) -> None:
        self.failing_ids, self.failing_calls = failing_ids, failing_calls
        self.calls: list[list[dict]] = []
        self.delivered: list[str] = []

    def send_message_batch(self, QueueUrl: str, Entries: list[dict]) -> dict:  # noqa: N803 (boto3's names)
        self.calls.append(Entries)
        failing = len(self.calls) <= self.failing_calls
        failed = [e for e in Entries if failing and e["Id"] in self.failing_ids]
        for entry in Entries:
            if entry not in failed:
                self.delivered.append(json.loads(entry["MessageBody"])["nct_id"])
        return {
            "Successful": [{"Id": e["Id"]} for e in Entries if e not in failed],
            "Failed": [
                {"Id": e["Id"], "Code": "InternalError", "SenderFault": False, "Message": "try again"} for e in failed
            ],
        }


def messages(count: int) -> list[StudyMessage]:
    ids = [f"NCT{index:08d}" for index in range(1, count + 1)]
    return [StudyMessage(nct_id=i, last_update="2025-06-01", raw_key=raw_key_for(i, "2025-06-01")) for i in ids]


def test_entries_reported_failed_are_resent_alone_and_every_study_is_queued_once():
    sqs = FlakySqs(failing_ids={"2", "7"}, failing_calls=1)

    sent = StudyQueue(sqs, "queue-url").send(messages(12))

    assert sent == 12
    assert sorted(sqs.delivered) == [m.nct_id for m in messages(12)]
    assert [len(call) for call in sqs.calls] == [10, 2, 2]  # batch 1, its 2 failures again, batch 2


def test_entries_that_keep_failing_raise_naming_the_studies_after_the_retries():
    sqs = FlakySqs(failing_ids={"3"}, failing_calls=99)

    with pytest.raises(QueueSendError, match="NCT00000004: InternalError"):
        StudyQueue(sqs, "queue-url", attempts=3).send(messages(5))

    assert [len(call) for call in sqs.calls] == [5, 1, 1]
    assert "NCT00000004" not in sqs.delivered
