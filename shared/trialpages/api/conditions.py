"""/v1/conditions: every condition, and one condition's studies with counts by status and phase."""

from __future__ import annotations

from collections import Counter
from typing import Annotated

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from aws_lambda_powertools.event_handler.router import APIGatewayHttpRouter

from trialpages.api.caching import cached_json
from trialpages.api.cursor import decode_cursor, encode_cursor
from trialpages.api.problems import ApiProblem
from trialpages.api.schemas import ConditionDetail, ConditionList, ok, problems
from trialpages.api.wiring import lookup_store

router = APIGatewayHttpRouter()

Slug = Annotated[str, Path(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=120)]
Limit = Annotated[int, Query(ge=1, le=100)]
Cursor = Annotated[str | None, Query(max_length=512)]
# Counting a condition's studies reads its whole partition: bounded, as a page is.
COUNT_LIMIT = 5000


def _if_none_match() -> str | None:
    return router.current_event.headers.get("if-none-match")


@router.get(
    "/v1/conditions",
    summary="Conditions with studies, by slug",
    responses={**ok(ConditionList, "Conditions"), 304: {"description": "Not modified"}, **problems(400)},
)
def list_conditions(limit: Limit = 100, cursor: Cursor = None) -> Response[ConditionList]:
    page = lookup_store().query(
        "CONDITIONS", limit=limit, start_after=decode_cursor(cursor, "CONDITIONS"), newest_first=False
    )
    conditions = [
        {"slug": item["sk"], "name": item["name"], "url": f"/conditions/{item['sk']}/"} for item in page.items
    ]
    return cached_json(
        {"conditions": conditions, "count": len(conditions), "next_cursor": encode_cursor(page.last_key)},
        if_none_match=_if_none_match(),
    )


@router.get(
    "/v1/conditions/<slug>",
    summary="One condition: its studies, recruiting first, with counts",
    responses={**ok(ConditionDetail, "The condition"), 304: {"description": "Not modified"}, **problems(400, 404)},
)
def get_condition(slug: Slug) -> Response[ConditionDetail]:
    store = lookup_store()
    condition = store.get("CONDITIONS", slug)
    if condition is None:
        raise ApiProblem(404, f"no condition {slug}")
    studies = store.query(f"FACET#condition#{slug}", limit=COUNT_LIMIT).items
    listed = [{k: v for k, v in item.items() if k not in ("pk", "sk", "facets")} for item in studies]
    listed.sort(key=lambda study: (study["status"] != "RECRUITING", study["last_update"]), reverse=False)
    by_status = Counter(study["status_label"] for study in listed)
    by_phase = Counter(study["phase_label"] for study in listed)
    return cached_json(
        {
            "slug": slug,
            "name": condition["name"],
            "count": len(listed),
            "by_status": dict(by_status.most_common()),
            "by_phase": dict(by_phase.most_common()),
            "studies": listed[:100],
        },
        if_none_match=_if_none_match(),
    )
