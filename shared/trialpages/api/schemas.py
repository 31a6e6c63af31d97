"""Response shapes, for the generated OpenAPI (and so for schemathesis)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


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


class StudyListing(BaseModel):
    model_config = ConfigDict(extra="allow")

    nct_id: str
    brief_title: str
    status: str
    status_label: str
    phases: list[str]
    phase_label: str
    study_type: str
    conditions: list[str]
    lead_sponsor: str
    countries: list[str]
    last_update: str
    url: str
    distance_km: float | None = None
    nearest_site: Site | None = None


class StudyList(BaseModel):
    studies: list[StudyListing]
    count: int
    next_cursor: str | None


class StudyChanges(BaseModel):
    nct_id: str
    last_update: str
    changes: list[dict[str, Any]]


class ConditionRef(BaseModel):
    slug: str
    name: str
    url: str


class ConditionList(BaseModel):
    conditions: list[ConditionRef]
    count: int
    next_cursor: str | None


class ConditionDetail(BaseModel):
    slug: str
    name: str
    count: int
    by_status: dict[str, int]
    by_phase: dict[str, int]
    studies: list[StudyListing]


class ChangeFeed(BaseModel):
    since: str
    changes: list[dict[str, Any]]
    count: int


class Health(BaseModel):
    status: str


def problems(*statuses: int) -> dict[int, dict]:
    """OpenAPI `responses` entries for the error statuses a route can answer."""
    return {
        status: {
            "description": "Problem details (RFC 9457)",
            "content": {"application/problem+json": {"schema": Problem.model_json_schema()}},
        }
        for status in statuses
    }


def ok(model: type[BaseModel], description: str) -> dict[int, dict]:
    return {200: {"description": description, "content": {"application/json": {"model": model}}}}
