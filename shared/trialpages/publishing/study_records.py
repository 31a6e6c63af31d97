"""The SQS records render_study receives: Powertools' record model with a StudyMessage for a body.

Apart from the message itself: Powertools' parser models load with it, which only render_study needs.
"""

from __future__ import annotations

from aws_lambda_powertools.utilities.parser.models import SqsRecordModel
from pydantic import Json

from trialpages.ingest.messages import StudyMessage


class StudyMessageRecord(SqsRecordModel):
    """An SQS record whose body is a StudyMessage (Powertools' BatchProcessor validates it)."""

    body: Json[StudyMessage]
