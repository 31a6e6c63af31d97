"""The normalized study: everything a page and the JSON API need, with human labels beside every code.

`Study.model_dump(mode="json")` is the document served at data/studies/<NCTID>.json, so field
names here are a public contract: add fields freely, rename none.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from trialpages.study.coded import Coded, _Frozen
from trialpages.study.results_model import Results


class PartialDate(_Frozen):
    iso: str  # as given: "2025", "2025-06" or "2025-06-15"; never padded with an invented day
    precision: Literal["year", "month", "day", "unknown"]
    text: str  # "June 2025"


class KeyDate(_Frozen):
    date: PartialDate
    type: Coded | None = None  # Actual / Estimated


class KeyDates(_Frozen):
    first_submitted: PartialDate | None = None
    first_posted: KeyDate | None = None
    start: KeyDate | None = None
    primary_completion: KeyDate | None = None
    completion: KeyDate | None = None
    results_first_posted: KeyDate | None = None
    last_update_posted: KeyDate | None = None


class SecondaryId(_Frozen):
    id: str
    type: Coded | None = None
    domain: str | None = None
    link: str | None = None


class Organization(_Frozen):
    name: str
    agency_class: Coded | None = None


class ResponsibleParty(_Frozen):
    type: Coded | None = None
    investigator_name: str | None = None
    investigator_title: str | None = None
    investigator_affiliation: str | None = None


class Official(_Frozen):
    name: str | None = None
    affiliation: str | None = None
    role: Coded | None = None


class Contact(_Frozen):
    name: str | None = None
    role: Coded | None = None
    phone: str | None = None
    phone_ext: str | None = None
    email: str | None = None


class GeoPoint(_Frozen):
    lat: float
    lon: float


class Location(_Frozen):
    facility: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    country: str | None = None
    status: Coded | None = None
    contacts: list[Contact] = Field(default_factory=list)
    geo_point: GeoPoint | None = None


class MeshTerm(_Frozen):
    id: str | None = None
    term: str


class Design(_Frozen):
    allocation: Coded | None = None
    intervention_model: Coded | None = None
    intervention_model_description: str | None = None
    primary_purpose: Coded | None = None
    masking: Coded | None = None
    masking_description: str | None = None
    who_masked: list[Coded] = Field(default_factory=list)
    observational_model: Coded | None = None
    time_perspective: Coded | None = None
    patient_registry: bool | None = None
    target_duration: str | None = None
    biospecimen_retention: Coded | None = None
    biospecimen_description: str | None = None


class Enrollment(_Frozen):
    count: int | None = None
    type: Coded | None = None  # Actual (people enrolled) / Estimated (target)


class Arm(_Frozen):
    label: str
    type: Coded | None = None
    description: str | None = None
    intervention_names: list[str] = Field(default_factory=list)


class Intervention(_Frozen):
    name: str
    type: Coded
    description: str | None = None
    other_names: list[str] = Field(default_factory=list)
    arm_labels: list[str] = Field(default_factory=list)


class Outcome(_Frozen):
    measure: str
    description: str | None = None
    time_frame: str | None = None


class Reference(_Frozen):
    """A publication the record cites; `type` says whether it reports this study's results."""

    pmid: str | None = None
    type: Coded | None = None  # Result / Background / Derived (found in PubMed by the NCT id)
    citation: str | None = None


class Oversight(_Frozen):
    has_data_monitoring_committee: bool | None = None
    fda_regulated_drug: bool | None = None
    fda_regulated_device: bool | None = None


class Eligibility(_Frozen):
    criteria: str | None = None
    minimum_age: str | None = None  # as given, e.g. "18 Years"
    maximum_age: str | None = None
    sex: Coded
    gender_based: bool | None = None
    gender_description: str | None = None
    healthy_volunteers: bool | None = None
    standard_ages: list[Coded] = Field(default_factory=list)
    study_population: str | None = None
    sampling_method: Coded | None = None


class Study(_Frozen):
    nct_id: str
    nct_id_aliases: list[str] = Field(default_factory=list)
    org_study_id: str | None = None
    secondary_ids: list[SecondaryId] = Field(default_factory=list)
    acronym: str | None = None
    brief_title: str
    official_title: str | None = None
    registry_url: str
    last_update: str  # ISO date of lastUpdatePostDateStruct: the version key

    overall_status: Coded
    last_known_status: Coded | None = None  # only for UNKNOWN: what was last reported
    status_verified: PartialDate | None = None
    why_stopped: str | None = None
    dates: KeyDates = Field(default_factory=KeyDates)

    study_type: Coded
    phases: list[Coded] = Field(default_factory=list)
    phase_label: str  # "Phase 1/Phase 2", "Not applicable", "Not provided"
    design: Design = Field(default_factory=Design)
    enrollment: Enrollment = Field(default_factory=Enrollment)

    lead_sponsor: Organization
    collaborators: list[Organization] = Field(default_factory=list)
    responsible_party: ResponsibleParty | None = None
    officials: list[Official] = Field(default_factory=list)

    brief_summary: str | None = None  # markdown
    detailed_description: str | None = None  # markdown
    conditions: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    condition_mesh_terms: list[MeshTerm] = Field(default_factory=list)
    condition_mesh_ancestors: list[MeshTerm] = Field(default_factory=list)
    condition_categories: list[str] = Field(default_factory=list)  # MeSH browse branches, e.g. "Neoplasms"
    intervention_mesh_terms: list[MeshTerm] = Field(default_factory=list)

    arms: list[Arm] = Field(default_factory=list)
    interventions: list[Intervention] = Field(default_factory=list)
    primary_outcomes: list[Outcome] = Field(default_factory=list)
    secondary_outcomes: list[Outcome] = Field(default_factory=list)
    other_outcomes: list[Outcome] = Field(default_factory=list)

    eligibility: Eligibility
    locations: list[Location] = Field(default_factory=list)
    central_contacts: list[Contact] = Field(default_factory=list)
    has_results: bool = False
    oversight: Oversight = Field(default_factory=Oversight)
    references: list[Reference] = Field(default_factory=list)
    results: Results | None = None  # posted results (resultsSection), as the registry gives them
