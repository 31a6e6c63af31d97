"""SQS worker: record each queued study version: its document, page, lookup items and history
(see trialpages.publishing.version); publish_site rebuilds what spans studies."""

from aws_lambda_powertools import Logger, Tracer
from aws_lambda_powertools.utilities.batch import EventType, process_partial_response
from aws_lambda_powertools.utilities.batch.types import PartialItemFailureResponse
from aws_lambda_powertools.utilities.idempotency import idempotent_function
from aws_lambda_powertools.utilities.typing import LambdaContext

from trialpages.ingest.messages import StudyMessage
from trialpages.metrics import record_batch_failures, record_render, service_metrics
from trialpages.publishing.batch_failures import LoggedBatchProcessor
from trialpages.publishing.study_records import StudyMessageRecord
from trialpages.services.render_study import idempotency_config, idempotency_store, publisher, set_aside, settings

logger = Logger()
# The invocation and every AWS call as X-Ray subsegments (template.yaml: Tracing: Active).
tracer = Tracer(patch_modules=("botocore",))
metrics = service_metrics(settings().stage)
# Logs every failed record (a body that fails validation included) at error level with its reason, and
# sets one failing on its last receive aside in the dead-letter queue with that reason.
processor = LoggedBatchProcessor(
    event_type=EventType.SQS,
    model=StudyMessageRecord,
    raise_on_entire_batch_failure=False,
    set_aside=set_aside,
    max_receives=settings().max_receives,
)
config = idempotency_config()


@idempotent_function(data_keyword_argument="message", config=config, persistence_store=idempotency_store())
def publish_version(message: StudyMessage) -> dict:
    result = publisher().publish(message)
    record_render(metrics, result.outcome)  # here, not per record: a redelivered version is not counted again
    return result.model_dump()


def render_record(record: StudyMessageRecord) -> dict:
    return publish_version(message=record.body)


@metrics.log_metrics
@logger.inject_lambda_context
@tracer.capture_lambda_handler(capture_response=False)
def lambda_handler(event: dict, context: LambdaContext) -> PartialItemFailureResponse:
    config.register_lambda_context(context)
    response = process_partial_response(event=event, record_handler=render_record, processor=processor, context=context)
    record_batch_failures(metrics, response)
    return response
