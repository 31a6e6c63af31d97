"""Scheduled once a day: render again the study pages whose status cautions change that day (see
trialpages.publishing.status_sweep)."""

from aws_lambda_powertools import Logger, Tracer
from aws_lambda_powertools.utilities.parser import event_parser
from aws_lambda_powertools.utilities.typing import LambdaContext

from trialpages.metrics import record_sweep, service_metrics
from trialpages.publishing.status_sweep import ScheduledSweep
from trialpages.services.sweep_statuses import settings, status_sweep

logger = Logger()
# The invocation and every AWS call as X-Ray subsegments (template.yaml: Tracing: Active).
tracer = Tracer(patch_modules=("botocore",))
metrics = service_metrics(settings().stage)


@metrics.log_metrics
@logger.inject_lambda_context
@tracer.capture_lambda_handler(capture_response=False)
@event_parser(model=ScheduledSweep)
def lambda_handler(event: ScheduledSweep, context: LambdaContext) -> dict:
    report = status_sweep().sweep(event.day, context.get_remaining_time_in_millis)
    record_sweep(metrics, report)
    return report.model_dump()
