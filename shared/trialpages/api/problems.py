"""One error shape for every error: RFC 9457 problem details (application/problem+json)."""

from __future__ import annotations

import json
from http import HTTPStatus

from aws_lambda_powertools.event_handler import Response

PROBLEM_TYPE = "application/problem+json"


class ApiProblem(Exception):
    def __init__(self, status: int, detail: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}


def problem_response(status: int, detail: str, instance: str | None = None, headers: dict | None = None) -> Response:
    body = {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status, "detail": detail}
    if instance:
        body["instance"] = instance
    return Response(
        status_code=status,
        content_type=PROBLEM_TYPE,
        body=json.dumps(body),
        headers={"Cache-Control": "no-store", **(headers or {})},
    )
