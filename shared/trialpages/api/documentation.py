"""The OpenAPI document (built on its first request, kept for the container's life) and the Swagger UI page."""

from __future__ import annotations

from functools import cache

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver

TITLE, VERSION = "trialpages lookup API", "1.0.0"
DESCRIPTION = (
    "JSON lookups over every ClinicalTrials.gov study trialpages publishes. No key. Every 200 carries an ETag "
    "(a matching If-None-Match answers 304); every error is application/problem+json. Each parameter may be "
    "given once; lists are not supported. Unknown parameters, repeated ones and query strings over 2,048 "
    "characters are a 400. A page may hold fewer items than `limit` and still have a `next_cursor`."
)


def enable_documentation(app: APIGatewayHttpResolver) -> None:
    """Swagger UI at /v1/docs, its scripts and styles inline (the CDN's policy allows only those)."""
    app.enable_swagger(path="/v1/docs", title=TITLE, version=VERSION, description=DESCRIPTION)


@cache
def openapi_json(app: APIGatewayHttpResolver) -> str:
    return app.get_openapi_json_schema(title=TITLE, version=VERSION, description=DESCRIPTION)
