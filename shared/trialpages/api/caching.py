"""JSON responses a CDN and browsers can cache and revalidate: ETag, If-None-Match -> 304, Last-Modified."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from email.utils import format_datetime

from aws_lambda_powertools.event_handler import Response

# Lookups follow the registry, which refreshes daily: five minutes at the edge keeps them fresh.
CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=600"


def last_modified_header(iso_date: str | None) -> dict[str, str]:
    if not iso_date:
        return {}
    try:
        moment = datetime.fromisoformat(iso_date).replace(tzinfo=UTC)
    except ValueError:
        return {}
    return {"Last-Modified": format_datetime(moment, usegmt=True)}


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    candidates = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return "*" in candidates or etag in candidates


def cached_json(
    payload: dict | list | bytes,
    *,
    if_none_match: str | None,
    etag_seed: str | None = None,
    last_modified: str | None = None,
) -> Response:
    """`payload` as bytes is sent as is (a stored document); a dict is validated and serialized by the resolver."""
    if etag_seed is None:
        canonical = payload if isinstance(payload, bytes) else json.dumps(payload, sort_keys=True).encode("utf-8")
        etag_seed = hashlib.sha256(canonical).hexdigest()[:32]
    etag = f'"{etag_seed}"'
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL, **last_modified_header(last_modified)}
    if etag_matches(if_none_match, etag):
        return Response(status_code=304, headers=headers, body="")
    body = payload.decode("utf-8") if isinstance(payload, bytes) else payload
    return Response(status_code=200, content_type="application/json", body=body, headers=headers)
