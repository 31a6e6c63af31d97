"""HTTP API: JSON lookups over the study index (see trialpages.api.app for the routes)."""

from aws_lambda_powertools import Logger, Tracer
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.typing import LambdaContext

from trialpages.api.app import app

logger = Logger()
# The invocation and every AWS call as X-Ray subsegments (template.yaml: Tracing: Active).
tracer = Tracer(patch_modules=("botocore",))


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP)
@tracer.capture_lambda_handler(capture_response=False)
def lambda_handler(event: dict, context: LambdaContext) -> dict:
    return app.resolve(event, context)
