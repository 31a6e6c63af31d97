"""Search: /find/ (the HTML page, a GET form that needs no script) and /v1/search (its JSON twin).

Both take the same parameters and run the same search; bad input is a 400 (on /find/ the page
with the form kept as filled), never a 500.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Query
from aws_lambda_powertools.event_handler.router import APIGatewayHttpRouter

from trialpages.api.finder import Found, SearchTooBroad, find
from trialpages.api.problems import ApiProblem
from trialpages.api.schemas import SearchAnswer, documented
from trialpages.aws.index.lookups import Lookups
from trialpages.lookup.search import SearchInputError, SearchRequest, parse_request
from trialpages.places import Place, place_table, resolve_place
from trialpages.services.lookup_api import lookups
from trialpages.site.find_page import FindView, render_find_page

router = APIGatewayHttpRouter()

HTML = "text/html; charset=utf-8"
# Searches are as fresh as the index: the edge keeps an answer a minute, browsers five.
CACHE = {"Cache-Control": "public, max-age=60, s-maxage=300"}
NO_STORE = {"Cache-Control": "no-store"}

Text = Annotated[str | None, Query(max_length=200, description="Free text")]
Param = Annotated[str | None, Query(max_length=512)]


class PlaceNotFound(Exception):
    def __init__(self, typed: str) -> None:
        super().__init__(
            f"We could not find a place called “{typed}”. Try a US ZIP code (78701), a city and its state or "
            "country (Austin, Texas; Lyon, France) or a country."
        )


def _params() -> dict[str, str]:
    """The query string as sent: each parameter once (reject_odd_query_strings saw to that)."""
    return {name: values[-1] for name, values in router.current_event.resolved_query_string_parameters.items()}


def _place(request: SearchRequest) -> Place | None:
    if not request.place:
        return None
    place = resolve_place(request.place, place_table())
    if place is None:
        raise PlaceNotFound(request.place)
    return place


def _study_target(index: Lookups, nct_id: str) -> str | None:
    """The id a study is indexed under: itself, or the current id it is an alias of."""
    if index.study_version(nct_id) is not None:
        return nct_id
    return index.alias_target(nct_id)


@router.get(
    "/v1/search",
    summary="Search studies by condition, treatment or sponsor and by place; nearest first when a place is given",
    **documented(
        SearchAnswer,
        "The matching studies",
        400,
        404,
        more={303: {"description": "q is a study's NCT id: its document is at Location", "content": {}}},
    ),
)
def search_json(
    q: Text = None,
    place: Annotated[str | None, Query(max_length=200, description="A US ZIP code, a city or a country")] = None,
    distance_km: Annotated[
        str | None, Query(description="Kilometres around the place, at most 100 (default 50)")
    ] = None,
    open: Annotated[str | None, Query(description="1 (default): only studies people can join now; 0: all")] = None,  # noqa: A002
    age: Annotated[str | None, Query(description="The patient's age in years")] = None,
    sex: Annotated[str | None, Query(description="all, female or male")] = None,
    healthy: Annotated[str | None, Query(description="1: only studies taking healthy volunteers")] = None,
    phase: Annotated[str | None, Query(description="early1, 1, 2, 3, 4 or na")] = None,
    type: Annotated[str | None, Query(description="interventional, observational or expanded_access")] = None,  # noqa: A002
    limit: Annotated[str | None, Query(description="At most 100 a page (default 20)")] = None,
    cursor: Param = None,
) -> Response[Any]:
    try:
        request = parse_request(_params())
    except SearchInputError as error:
        raise ApiProblem(400, str(error)) from error
    index = lookups()
    if request.nct_id:
        target = _study_target(index, request.nct_id)
        if target is None:
            raise ApiProblem(404, f"no study {request.nct_id} in the index")
        return Response(status_code=303, headers={"Location": f"/v1/studies/{target}", **CACHE})
    try:
        where = _place(request)
        found = find(index, request, where)
    except (PlaceNotFound, SearchTooBroad) as error:
        raise ApiProblem(400, str(error)) from error
    return Response(status_code=200, content_type="application/json", body=_answer(found, where), headers=CACHE)


def _answer(found: Found, where: Place | None) -> dict:
    return {
        "place": {"name": where.name, "lat": where.lat, "lon": where.lon} if where is not None else None,
        "total": found.total,
        "results": [
            {
                "nct_id": hit.listing.nct_id,
                "title": hit.listing.title,
                "status": hit.listing.status,
                "distance_km": round(hit.site.distance_km, 1) if hit.site else None,
                "nearest_site": {"city": hit.site.city, "country": hit.site.country} if hit.site else None,
            }
            for hit in found.hits
        ],
        "next_cursor": found.next_cursor,
    }


@router.get("/find", include_in_schema=False)
def find_without_slash() -> Response[Any]:
    query = router.current_event.raw_query_string
    return Response(status_code=301, headers={"Location": "/find/" + (f"?{query}" if query else ""), **CACHE})


@router.get("/find/", include_in_schema=False)
def find_page(
    q: Param = None,
    place: Param = None,
    distance_km: Param = None,
    open: Param = None,  # noqa: A002
    age: Param = None,
    sex: Param = None,
    healthy: Param = None,
    phase: Param = None,
    type: Param = None,  # noqa: A002
    limit: Param = None,
    cursor: Param = None,
) -> Response[Any]:
    form = _params()
    try:
        request = parse_request(form)
    except SearchInputError as error:
        return html_page(FindView(form=form, errors=error.problems), 400)
    if not form:
        return html_page(FindView(form={}), 200)
    index = lookups()
    if request.nct_id:
        target = _study_target(index, request.nct_id)
        if target is None:
            message = f"There is no study {request.nct_id} in trialpages. Check the number, or search by condition."
            return html_page(FindView(form=form, message=message), 404)
        return Response(status_code=302, headers={"Location": f"/studies/{target}/", **CACHE})
    try:
        where = _place(request)
        found = find(index, request, where)
    except (PlaceNotFound, SearchTooBroad) as error:
        return html_page(FindView(form=form, message=str(error)), 400)
    next_href = None
    if found.next_cursor:
        next_href = "/find/?" + urlencode(
            {**{k: v for k, v in form.items() if k != "cursor"}, "cursor": found.next_cursor}
        )
    view = FindView(form=form, place=where, hits=found.hits, total=found.total, next_href=next_href, searched=True)
    return html_page(view, 200)


def html_page(view: FindView, status: int) -> Response[Any]:
    headers = CACHE if status == 200 else NO_STORE
    return Response(status_code=status, content_type=HTML, body=render_find_page(view), headers=headers)


def find_error_page(form: dict[str, str], detail: str, status: int = 400) -> Response[Any]:
    """A request the router refused before the route ran (a repeated or unknown parameter)."""
    return html_page(FindView(form=form, message=detail), status)
