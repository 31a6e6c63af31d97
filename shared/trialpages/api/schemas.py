"""Response shapes, for the generated OpenAPI (and so for schemathesis) and for response validation."""

from __future__ import annotations

from http import HTTPStatus

from pydantic import BaseModel, Field

from trialpages.lookup.listing import StudyListing as IndexedListing

NEXT_CURSOR = (
    "Pass as `cursor` with the same parameters for the next page; null at the end. A page may hold fewer "
    "than `limit` items, even none, and still have a next cursor: reads are bounded per request."
)


class Problem(BaseModel):
    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None


class Site(BaseModel):
    facility: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    status: str | None = None


class StudyListing(IndexedListing):
    distance_km: float | None = Field(default=None, description="With near=: to the nearest site")
    nearest_site: Site | None = Field(default=None, description="With near=: the study's nearest site")


class StudyList(BaseModel):
    studies: list[StudyListing]
    count: int = Field(description="Studies on this page")
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class Change(BaseModel):
    """One entry of a study's history (the same entries as its page's "What changed")."""

    nct_id: str
    date: str = Field(description="The registry's update date of the version that made the change")
    kind: str
    summary: str
    details: list[str] = []


class StudyChanges(BaseModel):
    nct_id: str
    last_update: str
    changes: list[Change]
    count: int = Field(description="Changes on this page")
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class ConditionRef(BaseModel):
    slug: str
    name: str
    url: str


class ConditionList(BaseModel):
    conditions: list[ConditionRef]
    count: int = Field(description="Conditions on this page")
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class ConditionTotals(BaseModel):
    studies: int = Field(description="Studies counted")
    exact: bool = Field(
        description="True: every study of the condition was counted. False: only the most recently updated "
        "`studies` were, so each figure is a lower bound."
    )
    as_of: str | None = Field(
        description="Counted by the site's last publish, over studies updated up to this date (the condition "
        "page shows the same figures); null: counted for this request"
    )
    by_status: dict[str, int]
    by_phase: dict[str, int]


class ConditionDetail(BaseModel):
    slug: str
    name: str
    totals: ConditionTotals | None = Field(description="Counts by status and phase; on the first page only")
    studies: list[StudyListing] = Field(description="Recruiting studies first, then the others; newest first in each")
    count: int = Field(description="Studies on this page")
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class ChangeFeed(BaseModel):
    since: str
    changes: list[Change] = Field(description="Newest first")
    count: int = Field(description="Changes on this page")
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class Health(BaseModel):
    status: str


_PROBLEM = {"schema": Problem.model_json_schema()}
_ETAG = {
    "ETag": {
        "description": "The representation's validator: send it back in If-None-Match",
        "required": True,
        "schema": {"type": "string"},
    }
}


def problems(*statuses: int) -> dict[int, dict]:
    """OpenAPI `responses` entries for the error statuses a route can answer (and 500, which any can)."""
    problem = {"description": "Problem details (RFC 9457)", "content": {"application/problem+json": _PROBLEM}}
    return dict.fromkeys((*statuses, 500), problem)


def documented(body: type[BaseModel] | dict, description: str, *statuses: int, more: dict | None = None) -> dict:
    """A route's responses: 200 with `body` (a model, or a schema), the 304 every route answers, its problems,
    and a 500 if it breaks its model.

    The 500 is set per route, not on the resolver: the resolver's would replace the problem+json
    500 in the OpenAPI with a body this API never sends.
    """
    not_modified = {"description": "Not modified: the ETag sent in If-None-Match is current", "headers": _ETAG}
    content = {"schema": body} if isinstance(body, dict) else {"model": body}
    return {
        "responses": {
            200: {"description": description, "headers": _ETAG, "content": {"application/json": content}},
            304: {**not_modified, "content": {}},
            **(more or {}),
            **problems(*statuses),
        },
        "custom_response_validation_http_code": HTTPStatus.INTERNAL_SERVER_ERROR,
    }


class SearchPlace(BaseModel):
    name: str = Field(description="The place as understood, e.g. `78701 (Austin, TX)` or `Lyon, France`")
    lat: float | None = Field(description="Null for a whole country")
    lon: float | None = None


class NearestSite(BaseModel):
    city: str | None = None
    country: str | None = None


class SearchResult(BaseModel):
    nct_id: str
    title: str
    status: str = Field(description="The registry's status code, e.g. RECRUITING")
    distance_km: float | None = Field(description="With a place that is a point: to the study's nearest site")
    nearest_site: NearestSite | None = None


class SearchAnswer(BaseModel):
    place: SearchPlace | None
    total: int = Field(description="Studies matching, on every page")
    results: list[SearchResult]
    next_cursor: str | None = Field(description=NEXT_CURSOR)
