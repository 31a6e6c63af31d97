"""/v1/studies: one study, filtered lists, studies near a place, and a study's change history."""

from __future__ import annotations

from typing import Annotated, Any

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from aws_lambda_powertools.event_handler.router import APIGatewayHttpRouter

from trialpages.api.caching import last_modified_header, stop_if_not_modified
from trialpages.api.nearby import DEFAULT_RADIUS_KM, MAX_RADIUS_KM, nearby_studies
from trialpages.api.paging import next_cursor, resume_key, without_keys
from trialpages.api.params import Cursor, Limit, OptionalDay, calendar_day
from trialpages.api.problems import ApiProblem
from trialpages.api.schemas import StudyChanges, StudyList, documented
from trialpages.lookup.facets import best_pair, facet, facet_token
from trialpages.services.lookup_api import documents, lookups
from trialpages.site.paths import document_key
from trialpages.study.model import Study

router = APIGatewayHttpRouter()

NctId = Annotated[str, Path(pattern=r"^NCT[0-9]{8}$", description="ClinicalTrials.gov identifier, e.g. NCT04267848")]
Text = Annotated[str | None, Query(min_length=1, max_length=200, description="A name or its slug; one value")]
# Registry codes have no commas: one value per filter, any case, `_`, `-` or spaces between words.
Code = Annotated[str | None, Query(pattern=r"^[A-Za-z0-9][A-Za-z0-9_ -]{0,39}$", description="A registry code")]
Near = Annotated[str | None, Query(pattern=r"^-?[0-9]{1,2}(\.[0-9]+)?,-?[0-9]{1,3}(\.[0-9]+)?$", description="lat,lon")]
Radius = Annotated[
    float | None,
    Query(gt=0, le=MAX_RADIUS_KM, description=f"Kilometres around near=, at most 100 (default {DEFAULT_RADIUS_KM:g})"),
]

# The most selective filter (or PAIRED pair of filters) picks the partition; the others filter within it.
# Lambda returns at most 6 MB; the rest of the response and its headers fit beside this.
MAX_DOCUMENT_BYTES = 5_500_000
_FACET_ORDER = ("condition", "sponsor", "country", "phase", "status")


def _if_none_match() -> str | None:
    return router.current_event.headers.get("if-none-match")


@router.get(
    "/v1/studies/<nct_id>",
    summary="One study's normalized document",
    **documented(
        Study,
        "The normalized study (the same document as data/studies/<NCTID>.json on the site)",
        400,
        404,
        more={
            301: {"description": "An alias: the study's current id is in Location", "content": {}},
            303: {"description": "A document too large for the API: the site's copy is in Location", "content": {}},
        },
    ),
)
def get_study(nct_id: NctId) -> Response[Any]:
    index = lookups()
    version = index.study_version(nct_id)
    if version is None:
        current_id = index.alias_target(nct_id)
        if current_id:
            location = f"/v1/studies/{current_id}"
            return Response(status_code=301, headers={"Location": location, "Cache-Control": "public, max-age=86400"})
        raise ApiProblem(404, f"no study {nct_id} in the index")
    validators = last_modified_header(version.last_update)
    # The index holds the document's sha256: a revalidation costs no S3 read.
    stop_if_not_modified(_if_none_match(), f'"{version.json_sha256[:32]}"', validators)
    document = documents().get(document_key(nct_id))
    if document is None:
        raise ApiProblem(404, f"study {nct_id} has no published document yet")
    if len(document) > MAX_DOCUMENT_BYTES:
        # Past what a Lambda response may carry: the CDN serves the same file from the site bucket.
        location = "/" + document_key(nct_id)
        return Response(status_code=303, headers={"Location": location, "Cache-Control": "public, max-age=300"})
    return Response(status_code=200, content_type="application/json", body=document.decode("utf-8"), headers=validators)


@router.get(
    "/v1/studies",
    summary="Study summaries, filtered, newest update first; or near a place, nearest first",
    **documented(StudyList, "Study summaries", 400),
)
def list_studies(
    condition: Text = None,
    status: Code = None,
    phase: Code = None,
    country: Text = None,
    sponsor: Text = None,
    updated_since: OptionalDay = None,
    near: Near = None,
    radius_km: Radius = None,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> StudyList:
    given = {"condition": condition, "sponsor": sponsor, "country": country, "phase": phase, "status": status}
    filters = {name: facet(name, given[name]) for name in _FACET_ORDER if given[name] is not None}
    index = lookups()
    if near is not None:
        if set(filters) - {"status"} or updated_since is not None:
            raise ApiProblem(400, "near= combines only with status=, radius_km=, limit= and cursor=")
        lat, lon = (float(part) for part in near.split(","))
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ApiProblem(400, "near must be a latitude in [-90, 90] and a longitude in [-180, 180]")
        status_token = facet_token("status", status) if status is not None else None
        radius = radius_km if radius_km is not None else DEFAULT_RADIUS_KM
        return nearby_studies(index, lat, lon, radius, status_token, limit, cursor)
    if radius_km is not None:
        raise ApiProblem(400, "radius_km only goes with near=<lat>,<lon>")
    primary = best_pair(filters) or tuple(name for name in _FACET_ORDER if name in filters)[:1]
    query = index.studies(
        [filters[name] for name in primary],
        since=calendar_day("updated_since", updated_since),
        also=[value for name, value in filters.items() if name not in primary],
    )
    page = index.page(query, limit=limit, after=resume_key(cursor, query))
    studies = [without_keys(item, "facets") for item in page.items]
    return {"studies": studies, "count": len(studies), "next_cursor": next_cursor(query, page)}


@router.get(
    "/v1/studies/<nct_id>/changes",
    summary="What changed in a study, newest first",
    **documented(StudyChanges, "The study's changes", 400, 404),
)
def study_changes(nct_id: NctId, limit: Limit = 100, cursor: Cursor = None) -> Response[StudyChanges]:
    index = lookups()
    version = index.study_version(nct_id)
    if version is None:
        raise ApiProblem(404, f"no study {nct_id} in the index")
    query = index.study_changes(nct_id)
    page = index.page(query, limit=limit, after=resume_key(cursor, query))
    changes = [without_keys(item) for item in page.items]
    payload = {
        "nct_id": nct_id,
        "last_update": version.last_update,
        "changes": changes,
        "count": len(changes),
        "next_cursor": next_cursor(query, page),
    }
    return Response(
        status_code=200,
        content_type="application/json",
        body=payload,
        headers=last_modified_header(version.last_update),
    )
