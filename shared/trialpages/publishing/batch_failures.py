"""render_study's batch processor: every record that fails is logged at error level with its reason.

Powertools' BatchProcessor reports a body that fails validation as a failed item before the
record handler runs, and logs why only at debug level: such a poison message would reach the
dead-letter queue with no reason on record. failure_handler sees every failure, parsed or not.
"""

from __future__ import annotations

import json
import re

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.batch import BatchProcessor
from aws_lambda_powertools.utilities.batch.base import FailureResponse
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
    def failure_handler(self, record, exception: ExceptionInfo) -> FailureResponse:
        # The record stays on the queue; after 5 receives SQS moves it to the dead-letter queue.
        logger.error("study not rendered", extra=failed_record_fields(record, exception[1]), exc_info=exception[1])
        return super().failure_handler(record, exception)
