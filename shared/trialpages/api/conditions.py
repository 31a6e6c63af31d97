"""/v1/conditions: every condition, and one condition's studies (recruiting first) with counts by status and phase."""

from __future__ import annotations

from typing import Annotated

from aws_lambda_powertools.event_handler.openapi.params import Path
from aws_lambda_powertools.event_handler.router import APIGatewayHttpRouter

from trialpages.api.paging import next_cursor, resume_key, without_keys
from trialpages.api.params import Cursor, Limit
from trialpages.api.problems import ApiProblem
from trialpages.api.schemas import ConditionDetail, ConditionList, documented
from trialpages.aws.index.lookups import Lookups
from trialpages.lookup.conditions import condition_totals
from trialpages.services.lookup_api import lookups

router = APIGatewayHttpRouter()

Slug = Annotated[str, Path(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=120)]
# Counting reads the condition's newest studies up to this many; past it the totals say they are partial.
COUNT_LIMIT = 1000


@router.get(
    "/v1/conditions",
    summary="Conditions with studies, by slug",
    **documented(ConditionList, "Conditions", 400),
)
def list_conditions(limit: Limit = 100, cursor: Cursor = None) -> ConditionList:
    index = lookups()
    query = index.conditions()
    page = index.page(query, limit=limit, after=resume_key(cursor, query))
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
    index = lookups()
    condition, published = index.condition(slug)
    if condition is None:
        raise ApiProblem(404, f"no condition {slug}")
    query = index.condition_studies(slug)
    after = resume_key(cursor, query)
    page = index.page(query, limit=limit, after=after)
    return {
        "slug": slug,
        "name": condition["name"],
        "totals": _totals(index, slug, published) if after is None else None,
        "studies": [without_keys(item) for item in page.items],
        "count": len(page.items),
        "next_cursor": next_cursor(query, page),
    }


def _totals(index: Lookups, slug: str, published: dict | None) -> dict:
    """The counts publish_site made for the condition's page (exact as of its last run, no extra read);
    before its first run, counts over the most recently updated COUNT_LIMIT studies (one bounded Query)."""
    if published and "totals" in published:
        return {**published["totals"], "exact": True, "as_of": published["lastmod"]}
    counted = index.page(
        index.condition_facet(slug),
        limit=COUNT_LIMIT,
        max_examined=COUNT_LIMIT + 1,
        attributes=("status_label", "phase_label"),
    )
    totals = condition_totals((item["status_label"], item["phase_label"]) for item in counted.items)
    return {**totals.model_dump(), "exact": counted.resume_after is None, "as_of": None}
