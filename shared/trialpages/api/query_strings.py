"""Query strings as sent: each parameter once, declared by its route, the whole string at most 2,048 characters."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any
from urllib.parse import parse_qsl

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response
from aws_lambda_powertools.event_handler.middlewares import NextMiddleware
from aws_lambda_powertools.utilities.data_classes import APIGatewayProxyEventV2

from trialpages.api.problems import ApiProblem

MAX_QUERY_STRING = 2048


class HttpApiEvent(APIGatewayProxyEventV2):
    @property
    def resolved_query_string_parameters(self) -> dict[str, list[str]]:
        """Each parameter's values as sent. Powertools splits every value on commas (API Gateway joins repeats
        with them), which would cut `country=Korea, Republic of` to `Korea`; the raw query string keeps both apart.
        """
        values: dict[str, list[str]] = {}
        for name, value in parse_qsl(self.raw_query_string or "", keep_blank_values=True):
            values.setdefault(name, []).append(value)
        return values or {name: [value] for name, value in (self.query_string_parameters or {}).items()}


class LookupResolver(APIGatewayHttpResolver):
    def _to_proxy_event(self, event: dict) -> HttpApiEvent:
        return HttpApiEvent(event, self._json_body_deserializer)

    def resolve(self, event: Mapping[str, Any], context: Any) -> dict[str, Any]:
        """HEAD answers as GET would, headers and ETag alike, without the body."""
        http = event.get("requestContext", {}).get("http", {})
        if http.get("method") != "HEAD":
            return super().resolve(event, context)
        as_get = {**event, "requestContext": {**event["requestContext"], "http": {**http, "method": "GET"}}}
        answer = super().resolve(as_get, context)
        return {**answer, "body": "", "isBase64Encoded": False}

    def allowed_methods(self, path: str) -> list[str]:
        """The methods some route answers at `path` (HEAD wherever GET), for a 405's Allow header."""
        path = self._remove_prefix(path)
        methods = {route.method for route in self._static_routes + self._dynamic_routes if route.rule.match(path)}
        methods.discard("OPTIONS")  # the CORS preflight, answered for every path
        return sorted(methods | ({"HEAD"} if "GET" in methods else set()))


@cache
def _declared_parameters(route) -> frozenset[str]:
    return frozenset(field.alias for field in route.dependant.query_params)


def reject_odd_query_strings(app: LookupResolver, next_middleware: NextMiddleware) -> Response:
    """Too long, unknown or repeated parameters: one 400 everywhere (API Gateway would join repeats with commas)."""
    event = app.current_event
    raw = event.raw_query_string or ""
    if len(raw) > MAX_QUERY_STRING:
        raise ApiProblem(400, f"query string longer than {MAX_QUERY_STRING} characters")
    names = [name for name, values in event.resolved_query_string_parameters.items() for _ in values]
    unknown = sorted(set(names) - _declared_parameters(app.context["_route"]))
    if unknown:
        raise ApiProblem(400, f"unknown query parameter(s): {', '.join(unknown)}")
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise ApiProblem(400, f"give each parameter once (lists are not supported): {', '.join(repeated)}")
    return next_middleware(app)
