"""The lookup API: routes, request validation, one error shape, conditional GETs, CORS and the generated OpenAPI."""

from __future__ import annotations

from aws_lambda_powertools import Logger
from aws_lambda_powertools.event_handler import CORSConfig, Response
from aws_lambda_powertools.event_handler.exceptions import NotFoundError
from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError
from botocore.exceptions import BotoCoreError, ClientError

from trialpages.api import conditions, meta, search_routes, studies
from trialpages.api.caching import NotModified, conditional_get, not_modified, serialize_json
from trialpages.api.documentation import enable_documentation, openapi_json
from trialpages.api.origin import came_through_the_cdn
from trialpages.api.problems import ApiProblem, problem_response
from trialpages.api.query_strings import LookupResolver, reject_odd_query_strings
from trialpages.aws.index.dynamo import Unprocessed

logger = Logger(service="trialpages", child=True)

app = LookupResolver(
    enable_validation=True,
    serializer=serialize_json,
    # A response that breaks its own schema is our bug: a 500 (set per route, see schemas.documented).
    cors=CORSConfig(allow_origin="*", allow_headers=["If-None-Match"], expose_headers=["ETag"], max_age=600),
)


app.use(middlewares=[came_through_the_cdn, reject_odd_query_strings, conditional_get])
app.include_router(studies.router)
app.include_router(conditions.router)
app.include_router(meta.router)
app.include_router(search_routes.router)


enable_documentation(app)


@app.get("/v1/openapi.json", summary="This API's OpenAPI document", include_in_schema=False)
def openapi_document() -> Response[str]:
    return Response(
        status_code=200,
        content_type="application/json",
        body=openapi_json(app),
        headers={"Cache-Control": "public, max-age=3600"},
    )


@app.exception_handler(NotModified)
def handle_not_modified(outcome: NotModified) -> Response:
    return not_modified(outcome.headers)


@app.exception_handler(ApiProblem)
def handle_problem(error: ApiProblem) -> Response:
    if _on_search_page():
        return search_routes.find_error_page(_sent_params(), error.detail, error.status)
    return problem_response(error.status, error.detail, app.current_event.path, error.headers)


@app.exception_handler(RequestValidationError)
def handle_invalid_request(error: RequestValidationError) -> Response:
    details = "; ".join(
        f"{'.'.join(str(part) for part in problem.get('loc', ()))}: {problem.get('msg')}" for problem in error.errors()
    )
    if _on_search_page():
        return search_routes.find_error_page(_sent_params(), details or "invalid request")
    return problem_response(400, details or "invalid request", app.current_event.path)


def _on_search_page() -> bool:
    """/find/ answers HTML, its errors too: a patient's browser shows the page with the form kept."""
    return app.current_event.path.startswith("/find")


def _sent_params() -> dict[str, str]:
    return {name: values[-1] for name, values in app.current_event.resolved_query_string_parameters.items()}


@app.not_found
def handle_not_found(error: NotFoundError) -> Response:
    allowed = app.allowed_methods(app.current_event.path)
    if allowed:
        method = app.current_event.http_method
        return problem_response(
            405, f"{method} is not allowed here", app.current_event.path, {"Allow": ", ".join(allowed)}
        )
    return problem_response(404, "no such endpoint", app.current_event.path)


# DynamoDB failing or throttling after botocore's own retries: the index is unavailable for now, not broken.
RETRY_AFTER_S = "5"


@app.exception_handler([ClientError, BotoCoreError, Unprocessed])
def handle_index_unavailable(error: Exception) -> Response:
    logger.warning("study index unavailable", extra={"reason": f"{type(error).__name__}: {error}"})
    detail = "the study index is unavailable; try again shortly"
    return problem_response(503, detail, app.current_event.path, {"Retry-After": RETRY_AFTER_S})


@app.exception_handler(Exception)
def handle_unexpected(error: Exception) -> Response:
    logger.exception("lookup failed")
    return problem_response(500, "the lookup failed; try again", app.current_event.path)
