"""Conditional GETs for every route, one way: an ETag on each 200, and 304 for a matching If-None-Match.

`conditional_get` runs around every route after Powertools has validated its answer, so a
route always returns its full payload and the 304 never meets the response schema. A route
that knows its ETag before its expensive read (a study: the document's sha256 is in the index)
calls `stop_if_not_modified` first and skips the read.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from email.utils import format_datetime

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response
from aws_lambda_powertools.event_handler.middlewares import NextMiddleware

# Lookups follow the registry, which refreshes daily: five minutes at the edge keeps them fresh.
CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=600"
# RFC 9110 15.4.5: what a 304 repeats from the 200 it stands for.
_NOT_MODIFIED_HEADERS = ("ETag", "Cache-Control", "Last-Modified", "Vary", "Expires")


class NotModified(Exception):  # noqa: N818 - an outcome, not an error
    def __init__(self, headers: dict[str, str]) -> None:
        super().__init__("not modified")
        self.headers = headers


def serialize_json(payload: object) -> str:
    """The resolver's serializer too, so an ETag is the hash of exactly the bytes sent."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


def strong_etag(body: str | bytes) -> str:
    raw = body.encode("utf-8") if isinstance(body, str) else body
    return f'"{hashlib.sha256(raw).hexdigest()[:32]}"'


def last_modified_header(iso_date: str | None) -> dict[str, str]:
    if not iso_date:
        return {}
    try:
        moment = datetime.fromisoformat(iso_date).replace(tzinfo=UTC)
    except ValueError:
        return {}
    return {"Last-Modified": format_datetime(moment, usegmt=True)}


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """RFC 9110's weak comparison: `W/"x"` matches `"x"`; `*` matches any current representation."""
    if not if_none_match:
        return False
    candidates = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return "*" in candidates or etag.removeprefix("W/") in candidates


def not_modified(headers: dict) -> Response:
    return Response(status_code=304, headers={k: v for k, v in headers.items() if k in _NOT_MODIFIED_HEADERS})


def stop_if_not_modified(if_none_match: str | None, etag: str, headers: dict[str, str]) -> None:
    """Raise NotModified (answered as 304) when the client already holds `etag`; `headers` go with it."""
    if etag_matches(if_none_match, etag):
        raise NotModified({"ETag": etag, "Cache-Control": CACHE_CONTROL, **headers})


def conditional_get(app: APIGatewayHttpResolver, next_middleware: NextMiddleware) -> Response:
    response = next_middleware(app)
    if response.status_code != 200:
        return response
    if response.body is not None and not isinstance(response.body, str | bytes):
        response.body = serialize_json(response.body)
    headers = response.headers
    headers.setdefault("ETag", strong_etag(response.body or ""))
    headers.setdefault("Cache-Control", CACHE_CONTROL)
    if etag_matches(app.current_event.headers.get("if-none-match"), str(headers["ETag"])):
        return not_modified(headers)
    return response
