"""/v1/health and /v1/changes (the site-wide change feed)."""

from __future__ import annotations

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.router import APIGatewayHttpRouter

from trialpages.api.paging import next_cursor, resume_key, without_keys
from trialpages.api.params import Cursor, Day, Limit, calendar_day
from trialpages.api.schemas import ChangeFeed, Health, documented
from trialpages.aws.index.lookups import Lookups
from trialpages.services.lookup_api import lookups

router = APIGatewayHttpRouter()


@router.get("/v1/health", summary="Liveness", **documented(Health, "Alive"))
def health() -> Response[Health]:
    return Response(
        status_code=200, content_type="application/json", body={"status": "ok"}, headers={"Cache-Control": "no-cache"}
    )


def change_feed(index: Lookups, since: str, limit: int, cursor: str | None) -> dict:
    """Every change dated `since` or later, newest first: one Query of the feed partition a page."""
    query = index.site_changes(since)
    page = index.page(query, limit=limit, after=resume_key(cursor, query))
    changes = [without_keys(item) for item in page.items]
    return {"since": since, "changes": changes, "count": len(changes), "next_cursor": next_cursor(query, page)}


@router.get(
    "/v1/changes",
    summary="Changes to any study since a date, newest first",
    **documented(ChangeFeed, "Changes", 400),
)
def changes(since: Day, limit: Limit = 100, cursor: Cursor = None) -> ChangeFeed:
    return change_feed(lookups(), calendar_day("since", since), limit, cursor)
