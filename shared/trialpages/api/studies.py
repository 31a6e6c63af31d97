"""/v1/studies: one study, filtered lists, studies near a place, and a study's change history."""

from __future__ import annotations

from typing import Annotated, Any

from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from aws_lambda_powertools.event_handler.router import APIGatewayHttpRouter

from trialpages.api.caching import cached_json
from trialpages.api.cursor import decode_cursor, encode_cursor
from trialpages.api.nearby import nearby_studies
from trialpages.api.problems import ApiProblem
from trialpages.api.schemas import StudyChanges, StudyList, ok, problems
from trialpages.api.wiring import lookup_store
from trialpages.study.slugs import slug

router = APIGatewayHttpRouter()

NctId = Annotated[str, Path(pattern=r"^NCT\d{8}$", description="ClinicalTrials.gov identifier, e.g. NCT04267848")]
Text = Annotated[str | None, Query(min_length=1, max_length=200)]
Limit = Annotated[int, Query(ge=1, le=100, description="At most 100 studies a page")]
Cursor = Annotated[str | None, Query(max_length=512, description="`next_cursor` from the previous page")]
Day = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]
Near = Annotated[str | None, Query(pattern=r"^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$", description="lat,lon")]
Radius = Annotated[float, Query(gt=0, le=100, description="Kilometres, at most 100")]

CURRENT_ATTRIBUTES = ("nct_id", "last_update", "json_sha256")
# The most selective filter picks the partition; the others filter within it.
_FACET_ORDER = ("condition", "sponsor", "country", "phase", "status")


def _if_none_match() -> str | None:
    return router.current_event.headers.get("if-none-match")


@router.get(
    "/v1/studies/<nct_id>",
    summary="One study's normalized document",
    responses={
        200: {"description": "The normalized study", "content": {"application/json": {"schema": {"type": "object"}}}},
        301: {"description": "An alias: the study's current id is in Location"},
        304: {"description": "Not modified since the ETag sent in If-None-Match"},
        **problems(400, 404),
    },
)
def get_study(nct_id: NctId) -> Response[Any]:
    store = lookup_store()
    current = store.get(f"STUDY#{nct_id}", "CURRENT", CURRENT_ATTRIBUTES)
    if current is None:
        alias = store.get(f"STUDY#{nct_id}", "ALIAS")
        if alias:
            location = f"/v1/studies/{alias['current']}"
            return Response(status_code=301, headers={"Location": location, "Cache-Control": "public, max-age=86400"})
        raise ApiProblem(404, f"no study {nct_id} in the index")
    if_none_match = _if_none_match()
    etag_seed = current["json_sha256"][:32]
    if if_none_match and f'"{etag_seed}"' in if_none_match:
        return cached_json(b"", if_none_match=if_none_match, etag_seed=etag_seed, last_modified=current["last_update"])
    document = store.document(f"data/studies/{nct_id}.json")
    if document is None:
        raise ApiProblem(404, f"study {nct_id} has no published document yet")
    return cached_json(document, if_none_match=None, etag_seed=etag_seed, last_modified=current["last_update"])


@router.get(
    "/v1/studies",
    summary="Study summaries, filtered, newest update first; or near a place, nearest first",
    responses={**ok(StudyList, "Study summaries"), 304: {"description": "Not modified"}, **problems(400)},
)
def list_studies(
    condition: Text = None,
    status: Text = None,
    phase: Text = None,
    country: Text = None,
    sponsor: Text = None,
    updated_since: Day = None,
    near: Near = None,
    radius_km: Radius = 50.0,
    limit: Limit = 20,
    cursor: Cursor = None,
) -> Response[StudyList]:
    filters = {
        name: slug(value)
        for name, value in (
            ("condition", condition),
            ("sponsor", sponsor),
            ("country", country),
            ("phase", phase),
            ("status", status),
        )
        if value
    }
    if near:
        lat, lon = (float(part) for part in near.split(","))
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ApiProblem(400, "near must be a latitude in [-90, 90] and a longitude in [-180, 180]")
        payload = nearby_studies(lookup_store(), lat, lon, radius_km, filters, limit, cursor)
        return cached_json(payload, if_none_match=_if_none_match())
    primary = next((name for name in _FACET_ORDER if name in filters), None)
    partition = f"FACET#{primary}#{filters[primary]}" if primary else "FACET#all#all"
    page = lookup_store().query(
        partition,
        limit=limit,
        start_after=decode_cursor(cursor, partition),
        sk_at_least=updated_since,
        must_have=[("facets", f"{name}#{value}") for name, value in filters.items() if name != primary],
    )
    studies = [{k: v for k, v in item.items() if k not in ("pk", "sk", "facets")} for item in page.items]
    return cached_json(
        {"studies": studies, "count": len(studies), "next_cursor": encode_cursor(page.last_key)},
        if_none_match=_if_none_match(),
    )


@router.get(
    "/v1/studies/<nct_id>/changes",
    summary="What changed in a study, newest first",
    responses={**ok(StudyChanges, "The study's changes"), 304: {"description": "Not modified"}, **problems(400, 404)},
)
def study_changes(nct_id: NctId) -> Response[StudyChanges]:
    store = lookup_store()
    current = store.get(f"STUDY#{nct_id}", "CURRENT", CURRENT_ATTRIBUTES)
    if current is None:
        raise ApiProblem(404, f"no study {nct_id} in the index")
    page = store.query(f"STUDY#{nct_id}", limit=100, sk_prefix="CHANGE#")
    changes = [{k: v for k, v in item.items() if k not in ("pk", "sk")} for item in page.items]
    return cached_json(
        {"nct_id": nct_id, "last_update": current["last_update"], "changes": changes},
        if_none_match=_if_none_match(),
        last_modified=current["last_update"],
    )
