"""Scheduled every 15 minutes: queue the studies ClinicalTrials.gov changed (see trialpages.ingest.detect)."""

from aws_lambda_powertools import Logger, Tracer
from aws_lambda_powertools.utilities.typing import LambdaContext

from trialpages.metrics import record_detection, service_metrics
from trialpages.services.detect_changes import change_detector, settings

logger = Logger()
# The invocation and every AWS call and registry request as X-Ray subsegments (template.yaml: Tracing: Active).
tracer = Tracer(patch_modules=("botocore", "httpx"))
metrics = service_metrics(settings().stage)


@metrics.log_metrics
@logger.inject_lambda_context
@tracer.capture_lambda_handler(capture_response=False)
def lambda_handler(event: dict, context: LambdaContext) -> dict:
    report = change_detector().run(context.get_remaining_time_in_millis)
    record_detection(metrics, report)
    return report.model_dump(mode="json", exclude={"checkpoint"})
