"""SQS queue of studies to render, sent ten messages a request."""

from __future__ import annotations

from collections.abc import Sequence

from trialpages.ingest.messages import StudyMessage

_BATCH = 10  # SendMessageBatch's maximum


class QueueSendError(RuntimeError):
    """Some messages could not be queued even after retrying them."""


class StudyQueue:
    def __init__(self, sqs_client, queue_url: str, *, attempts: int = 3) -> None:
        self._sqs = sqs_client
        self._url = queue_url
        self._attempts = attempts

    def send(self, messages: Sequence[StudyMessage]) -> int:
        for start in range(0, len(messages), _BATCH):
            self._send_batch(messages[start : start + _BATCH])
        return len(messages)

    def backlog(self) -> int:
        """Messages not yet rendered: waiting, delayed or being rendered now (approximate, as SQS counts)."""
        names = [
            "ApproximateNumberOfMessages",
            "ApproximateNumberOfMessagesNotVisible",
            "ApproximateNumberOfMessagesDelayed",
        ]
        attributes = self._sqs.get_queue_attributes(QueueUrl=self._url, AttributeNames=names)["Attributes"]
        return sum(int(attributes.get(name, 0)) for name in names)

    def _send_batch(self, batch: Sequence[StudyMessage]) -> None:
        pending = {str(index): message for index, message in enumerate(batch)}
        failures: list[dict] = []
        for _ in range(self._attempts):
            response = self._sqs.send_message_batch(
                QueueUrl=self._url,
                Entries=[
                    {"Id": entry_id, "MessageBody": message.model_dump_json()} for entry_id, message in pending.items()
                ],
            )
            failures = response.get("Failed", [])
            # SendMessageBatch succeeds per entry: resend only the entries that failed.
            pending = {failure["Id"]: pending[failure["Id"]] for failure in failures}
            if not pending:
                return
        reasons = ", ".join(f"{pending[f['Id']].nct_id}: {f.get('Code')} {f.get('Message', '')}" for f in failures)
        raise QueueSendError(f"{len(pending)} message(s) not queued: {reasons}")
