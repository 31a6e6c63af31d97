"""The summary of a study that lists return (API, condition pages, feeds): light, so lookup_api imports it cheaply."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class StudyListing(BaseModel):
    """What a list of studies in the API returns for each study."""

    model_config = ConfigDict(frozen=True)

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
