"""The one summary of a study that lists show (API, condition and home pages, related studies, feeds):
light, so lookup_api imports it cheaply."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from trialpages.lookup.facets import facet

_RECRUITING = facet("status", "RECRUITING")


class StudyListing(BaseModel):
    model_config = ConfigDict(frozen=True)

    nct_id: str
    brief_title: str
    status: str
    status_label: str
    phases: list[str]
    phase_label: str
    study_type: str
    study_type_label: str = ""
    conditions: list[str]
    lead_sponsor: str
    countries: list[str]
    site_count: int = 0  # locations listed (0 in items written before it was recorded)
    body_systems: list[str] = []  # slugs (trialpages.lookup.body_systems) of its conditions' browse branches
    last_update: str
    url: str

    @property
    def recruiting(self) -> bool:
        """Whether /v1/conditions/{slug} lists it first."""
        return facet("status", self.status) == _RECRUITING
