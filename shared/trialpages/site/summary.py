"""The page's one-sentence summary, header line and meta description."""

from __future__ import annotations

from trialpages.site.explain.study_type import describe_design
from trialpages.site.explain.words import article, some_of
from trialpages.study import Study
from trialpages.study.dates import month_year, parse_partial_date


def conditions_phrase(study: Study) -> str:
    return some_of(study.conditions) if study.conditions else ""


def main_condition(study: Study) -> str:
    return study.conditions[0] if study.conditions else "the condition studied"


def summary_sentence(study: Study) -> str:
    design = describe_design(study)
    preposition = "for" if study.study_type.code == "EXPANDED_ACCESS" else "of"
    about = f" {preposition} {conditions_phrase(study)}" if study.conditions else ""
    return (
        f"{study.brief_title} ({study.nct_id}) is {article(design)} {design}{about}, "
        f"sponsored by {study.lead_sponsor.name}."
    )


def status_sentence(study: Study) -> str:
    return f"{study.overall_status.label} as of the most recent ClinicalTrials.gov update."


def updated_month(study: Study) -> str:
    updated = parse_partial_date(study.last_update)
    return month_year(updated) if updated else study.last_update


def meta_description(study: Study, limit: int = 160) -> str:
    design = describe_design(study)
    about = f" of {conditions_phrase(study)}" if study.conditions else ""
    text = (
        f"{study.overall_status.label}: {design}{about} ({study.nct_id}). "
        "Plain-English eligibility, treatments, locations and contacts."
    )
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"
