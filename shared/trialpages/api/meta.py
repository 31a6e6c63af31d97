"""/v1/health and /v1/changes (the site-wide change feed)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.router import APIGatewayHttpRouter

from trialpages.api.cursor import NOT_ISSUED, SORT_KEY, decode_cursor, encode_cursor
from trialpages.api.paging import without_keys
from trialpages.api.params import Cursor, Day, Limit, calendar_day
from trialpages.api.problems import ApiProblem
from trialpages.api.schemas import ChangeFeed, Health, documented
from trialpages.api.wiring import lookup_store
from trialpages.aws.lookup_store import LookupStore, PartitionQuery

router = APIGatewayHttpRouter()

# Changes are filed by month (CHANGES#<yyyy-mm>): a page Queries at most this many months, newest first.
MONTHS_PER_PAGE = 24
_POSITION = {"month": re.compile(r"^\d{4}-(0[1-9]|1[0-2])$"), "after": re.compile(f"^$|{SORT_KEY.pattern}")}


@router.get("/v1/health", summary="Liveness", **documented(Health, "Alive"))
def health() -> Response[Health]:
    return Response(
        status_code=200, content_type="application/json", body={"status": "ok"}, headers={"Cache-Control": "no-cache"}
    )


def month_before(month: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    return f"{year - 1:04d}-12" if number == 1 else f"{year:04d}-{number - 1:02d}"


def month_query(month: str, since: str) -> PartitionQuery:
    return PartitionQuery(f"CHANGES#{month}", sk_at_least=since if month == since[:7] else None)


def change_feed(store: LookupStore, since: str, this_month: str, limit: int, cursor: str | None) -> dict:
    """Every change dated `since` or later, newest first: month partitions from `this_month` back to since's."""
    position = decode_cursor(cursor, f"changes|{since}", _POSITION)
    month, after = (position["month"], position["after"] or None) if position else (this_month, None)
    if position and not (
        since[:7] <= month <= this_month and (after is None or month_query(month, since).admits(after))
    ):
        raise ApiProblem(400, NOT_ISSUED)
    changes: list[dict] = []
    resume = None
    for _ in range(MONTHS_PER_PAGE):
        if month < since[:7]:
            break
        page = store.page(month_query(month, since), limit=limit - len(changes), after=after)
        changes += (without_keys(item) for item in page.items)
        if page.resume_after is not None:
            resume = {"month": month, "after": page.resume_after}
            break
        month, after = month_before(month), None
        if len(changes) == limit:
            break
    if resume is None and month >= since[:7]:
        resume = {"month": month, "after": ""}
    return {
        "since": since,
        "changes": changes,
        "count": len(changes),
        "next_cursor": encode_cursor(f"changes|{since}", resume),
    }


@router.get(
    "/v1/changes",
    summary="Changes to any study since a date, newest first",
    **documented(ChangeFeed, "Changes", 400),
)
def changes(since: Day, limit: Limit = 100, cursor: Cursor = None) -> ChangeFeed:
    calendar_day("since", since)
    # The newest partition is this month's (UTC: registry dates are US days, never ahead of UTC).
    this_month = datetime.now(UTC).strftime("%Y-%m")
    return change_feed(lookup_store(), since, this_month, limit, cursor)
