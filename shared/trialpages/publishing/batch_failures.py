"""render_study's batch processor: every record that fails is logged at error level with its reason, and
one that fails on its last allowed receive lands in the dead-letter queue with that reason.

Powertools' BatchProcessor reports a body that fails validation as a failed item before the
record handler runs, and logs why only at debug level: such a poison message would reach the
dead-letter queue with no reason on record. failure_handler sees every failure, parsed or not.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.batch import BatchProcessor
from aws_lambda_powertools.utilities.batch.base import FailureResponse, SuccessResponse
from aws_lambda_powertools.utilities.batch.exceptions import ExceptionInfo

logger = Logger(service="trialpages", child=True)

_NCT_ID = re.compile(r"^NCT[0-9]{8}$")


def failed_record_fields(record: object, error: BaseException | None) -> dict:
    """message_id, nct_id (when the body names a valid one) and reason, for the log line."""
    # A parsed record is a pydantic SqsRecordModel (messageId, body: StudyMessage); one that failed
    # validation comes as Powertools' SQSRecord data class (message_id, body: the raw string).
    message_id = getattr(record, "messageId", None) or getattr(record, "message_id", None)
    body = getattr(record, "body", None)
    nct_id = getattr(body, "nct_id", None)
    if nct_id is None and isinstance(body, str):
        try:
            named = json.loads(body).get("nct_id")
        except (ValueError, AttributeError):
            named = None
        nct_id = named if isinstance(named, str) and _NCT_ID.match(named) else None
    fields = {"message_id": message_id, "reason": f"{type(error).__name__}: {error}" if error else "unknown"}
    if nct_id:
        fields["nct_id"] = nct_id
    return fields


class LoggedBatchProcessor(BatchProcessor):
    """On its last allowed receive, a failing record is set aside in the dead-letter queue with its reason
    (`set_aside(body, reason)`) and reported done, so SQS deletes it; before that it stays on the queue.
    Should the set-aside fail, SQS's redrive policy still moves it there after `max_receives`, without it."""

    def __init__(self, *args, set_aside: Callable[[str, str], None], max_receives: int, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._set_aside = set_aside
        self._max_receives = max_receives

    def failure_handler(self, record, exception: ExceptionInfo) -> FailureResponse | SuccessResponse:
        fields = failed_record_fields(record, exception[1])
        logger.error("study not rendered", extra=fields, exc_info=exception[1])
        raw = next((r for r in self.records if r.get("messageId") == fields["message_id"]), None)
        if raw is not None and _receive_count(raw) >= self._max_receives:
            try:
                self._set_aside(raw["body"], fields["reason"])
            except Exception:  # noqa: BLE001 - the redrive policy is the fallback: never lose the record
                logger.exception("study not set aside; the queue's redrive policy will move it", extra=fields)
            else:
                logger.error("study set aside in the dead-letter queue", extra=fields)
                return self.success_handler(record, None)
        return super().failure_handler(record, exception)


def _receive_count(raw: dict) -> int:
    count = (raw.get("attributes") or {}).get("ApproximateReceiveCount", "0")
    return int(count) if str(count).isdigit() else 0
