"""Requests reach the API through the CDN only: CloudFront adds a secret header to each origin request."""

from __future__ import annotations

import hmac

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response
from aws_lambda_powertools.event_handler.middlewares import NextMiddleware

from trialpages.api.problems import ApiProblem
from trialpages.services.lookup_api import settings

ORIGIN_HEADER = "x-origin-verify"


def came_through_the_cdn(app: APIGatewayHttpResolver, next_middleware: NextMiddleware) -> Response:
    expected = settings().origin_verify
    if expected is not None:
        sent = app.current_event.headers.get(ORIGIN_HEADER) or ""
        if not hmac.compare_digest(sent.encode(), expected.encode()):
            raise ApiProblem(403, "use the site's address: this API answers only through its CDN")
    return next_middleware(app)
