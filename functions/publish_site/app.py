"""Scheduled a few minutes after each detection cycle: rebuild the cross-study pages it touched."""

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.typing import LambdaContext

from trialpages.publishing.site_wiring import site_publisher

logger = Logger()


@logger.inject_lambda_context
def lambda_handler(event: dict, context: LambdaContext) -> dict:
    return site_publisher().publish(context.get_remaining_time_in_millis).model_dump()
