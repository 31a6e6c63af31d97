"""The lookup API: routes, request validation, one error shape, CORS and the generated OpenAPI."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, CORSConfig, Response
from aws_lambda_powertools.event_handler.exceptions import NotFoundError
from aws_lambda_powertools.event_handler.middlewares import NextMiddleware
from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError

from trialpages.api import conditions, meta, studies
from trialpages.api.problems import ApiProblem, problem_response

logger = Logger(service="trialpages", child=True)

# Each route's known parameters; anything else is refused the same way everywhere.
KNOWN_PARAMETERS = {
    "/v1/studies": {
        "condition", "status", "phase", "country", "sponsor", "updated_since", "near", "radius_km", "limit", "cursor",
    },
    "/v1/conditions": {"limit", "cursor"},
    "/v1/changes": {"since"},
}  # fmt: skip
MAX_QUERY_STRING = 2048

app = APIGatewayHttpResolver(
    enable_validation=True,
    # A response that breaks its own schema is our bug: a 500, never a 400 blaming the caller.
    response_validation_error_http_code=HTTPStatus.INTERNAL_SERVER_ERROR,
    cors=CORSConfig(allow_origin="*", allow_headers=["If-None-Match"], expose_headers=["ETag"], max_age=600),
)


def reject_unknown_parameters(app: APIGatewayHttpResolver, next_middleware: NextMiddleware) -> Response:
    event = app.current_event
    raw = event.raw_query_string or ""
    if len(raw) > MAX_QUERY_STRING:
        return problem_response(400, f"query string longer than {MAX_QUERY_STRING} characters", event.path)
    allowed = KNOWN_PARAMETERS.get(event.path, set())
    unknown = sorted(set(event.query_string_parameters or {}) - allowed)
    if unknown:
        return problem_response(400, f"unknown query parameter(s): {', '.join(unknown)}", event.path)
    return next_middleware(app)


app.use(middlewares=[reject_unknown_parameters])
app.include_router(studies.router)
app.include_router(conditions.router)
app.include_router(meta.router)
app.enable_swagger(path="/v1/docs", title="trialpages lookup API", version="1.0.0", openapi_version="3.1.0")


@app.get("/v1/openapi.json", summary="This API's OpenAPI document", include_in_schema=False)
def openapi_document() -> Response[Any]:
    return Response(
        status_code=200,
        content_type="application/json",
        body=app.get_openapi_json_schema(title="trialpages lookup API", version="1.0.0"),
        headers={"Cache-Control": "public, max-age=3600"},
    )


@app.exception_handler(ApiProblem)
def handle_problem(error: ApiProblem) -> Response:
    return problem_response(error.status, error.detail, app.current_event.path, error.headers)


@app.exception_handler(RequestValidationError)
def handle_invalid_request(error: RequestValidationError) -> Response:
    details = "; ".join(
        f"{'.'.join(str(part) for part in problem.get('loc', ()))}: {problem.get('msg')}" for problem in error.errors()
    )
    return problem_response(400, details or "invalid request", app.current_event.path)


@app.not_found
def handle_not_found(error: NotFoundError) -> Response:
    return problem_response(404, "no such endpoint", app.current_event.path)


@app.exception_handler(Exception)
def handle_unexpected(error: Exception) -> Response:
    logger.exception("lookup failed")
    return problem_response(500, "the lookup failed; try again", app.current_event.path)
