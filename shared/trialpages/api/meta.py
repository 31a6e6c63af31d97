"""/v1/health and /v1/changes (the site-wide change feed)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Query
from aws_lambda_powertools.event_handler.router import APIGatewayHttpRouter

from trialpages.api.caching import cached_json
from trialpages.api.schemas import ChangeFeed, Health, ok, problems
from trialpages.api.wiring import lookup_store

router = APIGatewayHttpRouter()

Day = Annotated[str, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD, at most a year back")]
MAX_MONTHS = 12


@router.get("/v1/health", summary="Liveness")
def health() -> Health:
    return Health(status="ok")


def months_from(since: str, until: str) -> list[str]:
    """`YYYY-MM` partitions from since's month to until's, newest first, at most MAX_MONTHS."""
    year, month = int(since[:4]), int(since[5:7])
    end = (int(until[:4]), int(until[5:7]))
    months = []
    while (year, month) <= end and len(months) < MAX_MONTHS:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return list(reversed(months))


@router.get(
    "/v1/changes",
    summary="Changes to any study since a date, newest first",
    responses={**ok(ChangeFeed, "Changes"), **problems(400)},
)
def changes(since: Day) -> Response[ChangeFeed]:
    until = max(since, date.today().isoformat())  # noqa: DTZ011 - a partition bound, not a timestamp
    entries: list[dict] = []
    for month in months_from(since, until):
        page = lookup_store().query(f"CHANGES#{month}", limit=200, sk_at_least=since)
        entries.extend({k: v for k, v in item.items() if k not in ("pk", "sk")} for item in page.items)
        if len(entries) >= 200:
            break
    return cached_json({"since": since, "changes": entries[:200], "count": len(entries[:200])}, if_none_match=None)
