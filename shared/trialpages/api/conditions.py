"""/v1/conditions: every condition, and one condition's studies (recruiting first) with counts by status and phase."""

from __future__ import annotations

import re
from collections import Counter
from typing import Annotated

from aws_lambda_powertools.event_handler.openapi.params import Path
from aws_lambda_powertools.event_handler.router import APIGatewayHttpRouter

from trialpages.api.cursor import SORT_KEY, decode_cursor, encode_cursor
from trialpages.api.paging import next_cursor, resume_key, without_keys
from trialpages.api.params import Cursor, Limit
from trialpages.api.problems import ApiProblem
from trialpages.api.schemas import ConditionDetail, ConditionList, documented
from trialpages.api.wiring import lookup_store
from trialpages.aws.lookup_store import LookupStore, PartitionQuery
from trialpages.lookup.facets import facet

router = APIGatewayHttpRouter()

Slug = Annotated[str, Path(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=120)]
# Counting reads the condition's newest studies up to this many; past it the totals say they are partial.
COUNT_LIMIT = 1000
RECRUITING = facet("status", "RECRUITING")
_PARTS = ("recruiting", "others")
_POSITION = {"part": re.compile("^(recruiting|others)$"), "after": re.compile(f"^$|{SORT_KEY.pattern}")}


@router.get(
    "/v1/conditions",
    summary="Conditions with studies, by slug",
    **documented(ConditionList, "Conditions", 400),
)
def list_conditions(limit: Limit = 100, cursor: Cursor = None) -> ConditionList:
    query = PartitionQuery("CONDITIONS", newest_first=False)
    page = lookup_store().page(query, limit=limit, after=resume_key(cursor, query))
    conditions = [
        {"slug": item["sk"], "name": item["name"], "url": f"/conditions/{item['sk']}/"} for item in page.items
    ]
    return {"conditions": conditions, "count": len(conditions), "next_cursor": next_cursor(query, page)}


@router.get(
    "/v1/conditions/<slug>",
    summary="One condition: its studies, recruiting first, then newest first, with counts",
    **documented(ConditionDetail, "The condition", 400, 404),
)
def get_condition(slug: Slug, limit: Limit = 20, cursor: Cursor = None) -> ConditionDetail:
    store = lookup_store()
    condition = store.get("CONDITIONS", slug)
    if condition is None:
        raise ApiProblem(404, f"no condition {slug}")
    partition = f"FACET#{facet('condition', slug)}"
    parts = {
        "recruiting": PartitionQuery(partition, must_have=(("facets", RECRUITING),)),
        "others": PartitionQuery(partition, must_not_have=(("facets", RECRUITING),)),
    }
    position = decode_cursor(cursor, f"condition|{slug}", _POSITION)
    studies, resume = _recruiting_first(store, parts, position, limit)
    return {
        "slug": slug,
        "name": condition["name"],
        "totals": _totals(store, partition) if position is None else None,
        "studies": [without_keys(item, "facets") for item in studies],
        "count": len(studies),
        "next_cursor": encode_cursor(f"condition|{slug}", resume),
    }


def _recruiting_first(
    store: LookupStore, parts: dict[str, PartitionQuery], position: dict | None, limit: int
) -> tuple[list[dict], dict | None]:
    """Recruiting studies, then the rest, from `position`: one bounded read budget for both."""
    first = _PARTS.index(position["part"]) if position else 0
    after = (position["after"] or None) if position else None
    studies: list[dict] = []
    budget = store.max_examined
    for index in range(first, len(_PARTS)):
        name = _PARTS[index]
        page = store.page(parts[name], limit=limit - len(studies), after=after, max_examined=budget)
        studies += page.items
        budget -= page.examined
        if page.resume_after is not None:
            return studies, {"part": name, "after": page.resume_after}
        after = None
        if (len(studies) == limit or budget <= 0) and index + 1 < len(_PARTS):
            return studies, {"part": _PARTS[index + 1], "after": ""}
    return studies, None


def _totals(store: LookupStore, partition: str) -> dict:
    counted = store.page(
        PartitionQuery(partition),
        limit=COUNT_LIMIT,
        max_examined=COUNT_LIMIT + 1,
        attributes=("status_label", "phase_label"),
    )
    return {
        "studies": len(counted.items),
        "exact": counted.resume_after is None,
        "by_status": dict(Counter(item["status_label"] for item in counted.items).most_common()),
        "by_phase": dict(Counter(item["phase_label"] for item in counted.items).most_common()),
    }
