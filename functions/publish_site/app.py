"""Scheduled a few minutes after each detection cycle: rebuild the cross-study pages the cycle touched
and the study pages whose related studies changed (see trialpages.publishing.site_cycle)."""

from aws_lambda_powertools import Logger, Tracer
from aws_lambda_powertools.utilities.typing import LambdaContext

from trialpages.metrics import record_publish, service_metrics
from trialpages.services.publish_site import publish_and_measure, settings

logger = Logger()
# The invocation and every AWS call as X-Ray subsegments (template.yaml: Tracing: Active).
tracer = Tracer(patch_modules=("botocore",))
metrics = service_metrics(settings().stage)


@metrics.log_metrics
@logger.inject_lambda_context
@tracer.capture_lambda_handler(capture_response=False)
def lambda_handler(event: dict, context: LambdaContext) -> dict:
    report, freshness = publish_and_measure(context.get_remaining_time_in_millis)
    record_publish(metrics, report, freshness)
    return {**report.model_dump(), "freshness": freshness.model_dump()}
