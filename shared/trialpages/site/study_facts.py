"""The Study Details list: each fact the record gives, labelled for patients; facts it lacks are left out."""

from __future__ import annotations

from dataclasses import dataclass

from trialpages.study import Study
from trialpages.study.model import KeyDate, PartialDate


@dataclass(frozen=True, slots=True)
class Fact:
    label: str
    text: str = ""
    date: PartialDate | None = None  # shown as a <time> when the registry gave it in ISO form
    note: str = ""  # after the date, e.g. " (actual)"


def _joined(values: list[str], separator: str = "; ") -> str:
    return separator.join(values)


def _key_date(label: str, value: KeyDate | None) -> Fact | None:
    if not value:
        return None
    return Fact(label, date=value.date, note=f" ({value.type.label.lower()})" if value.type else "")


def _enrollment(study: Study) -> str:
    enrolled = study.enrollment
    if enrolled.count is None:
        return "Not provided"
    kind = f" ({enrolled.type.label.lower()})" if enrolled.type else ""
    return f"{enrolled.count:,}{kind}"


def study_facts(study: Study) -> list[Fact]:
    design = study.design

    def label_of(coded) -> str:
        return coded.label if coded else ""

    facts: list[Fact | None] = [
        Fact("Study number", study.nct_id),
        Fact("Status", study.overall_status.label),
        Fact("Last status reported", label_of(study.last_known_status)),
        Fact("Study type", study.study_type.label),
        Fact("Phase", study.phase_label if study.study_type.code == "INTERVENTIONAL" else ""),
        Fact("Enrollment", _enrollment(study)),
        _key_date("Start", study.dates.start),
        _key_date("Main results expected (primary completion)", study.dates.primary_completion),
        _key_date("Study end (completion)", study.dates.completion),
        _key_date("First posted", study.dates.first_posted),
        _key_date("Results first posted", study.dates.results_first_posted),
        _key_date("Last update posted", study.dates.last_update_posted),
        Fact("Status last verified", date=study.status_verified) if study.status_verified else None,
        Fact("Results posted", "Yes" if study.has_results else "No"),
        Fact("Sponsor", study.lead_sponsor.name),
        Fact("Collaborators", _joined([c.name for c in study.collaborators])),
        Fact("Purpose", label_of(design.primary_purpose)),
        Fact("How people are assigned to groups", label_of(design.allocation)),
        Fact("Study design", label_of(design.intervention_model)),
        Fact("Who knows which treatment people get (masking)", label_of(design.masking)),
        Fact("Who is blinded", _joined([c.label for c in design.who_masked], ", ")),
        Fact("Observational design", label_of(design.observational_model)),
        Fact("Time frame", label_of(design.time_perspective)),
        Fact("Biological samples", label_of(design.biospecimen_retention)),
        Fact("Conditions", _joined(study.conditions)),
        Fact("Keywords", _joined(study.keywords)),
        Fact("Medical subject headings", _joined([m.term for m in study.condition_mesh_terms])),
        Fact("Acronym", study.acronym or ""),
        Fact("Sponsor's study ID", study.org_study_id or ""),
        Fact("Other IDs", _joined([s.id for s in study.secondary_ids])),
        Fact("Former study numbers", _joined(study.nct_id_aliases)),
    ]
    return [fact for fact in facts if fact and (fact.text or fact.date)]
