"""Scheduled a few minutes after each detection cycle: rebuild the cross-study pages it touched."""

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.typing import LambdaContext

from trialpages.publishing.wiring import site_publisher

logger = Logger()


@logger.inject_lambda_context
def lambda_handler(event: dict, context: LambdaContext) -> dict:
    return site_publisher().publish().model_dump()
