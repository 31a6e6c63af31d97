"""build_page_context: Study -> everything the page template shows. Pure: the clock is passed in."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from markupsafe import Markup

from trialpages.eligibility import CriteriaSection, Criterion, ParsedCriteria, parse_criteria, translate_eligibility
from trialpages.site import eligibility_facts, structured_data
from trialpages.site.assets import stylesheet
from trialpages.site.explain.enrollment import explain_enrollment
from trialpages.site.explain.phase import explain_phase
from trialpages.site.explain.status import StatusExplanation, explain_status
from trialpages.site.explain.study_type import explain_study_type
from trialpages.site.faq import Question, frequently_asked
from trialpages.site.locations import OPEN_SITE_STATUSES, LocationGroups, group_locations
from trialpages.site.sources import Source, authoritative_sources, is_cancer_study
from trialpages.site.study_facts import Fact, study_facts
from trialpages.site.summary import main_condition, meta_description, status_sentence, summary_sentence, updated_month
from trialpages.study import Study, StudySummary

DEFAULT_SITE_URL = "https://trialpages.org"
SITE_NAME = "trialpages"


def study_path(nct_id: str) -> str:
    return f"/studies/{nct_id}/"


@dataclass(frozen=True, slots=True)
class CriteriaTree:
    """The original criteria laid out for the template: each section with its top-level criteria,
    and each criterion's children (only criteria that have some), so no list is searched per criterion."""

    sections: list[tuple[CriteriaSection, list[Criterion]]]
    children: dict[str, list[Criterion]]


def criteria_tree(parsed: ParsedCriteria) -> CriteriaTree:
    children: dict[str, list[Criterion]] = {}
    sections = []
    for section in parsed.sections:
        tops = []
        for criterion in section.criteria:
            if criterion.parent_id is None:
                tops.append(criterion)
            else:
                children.setdefault(criterion.parent_id, []).append(criterion)
        sections.append((section, tops))
    return CriteriaTree(sections=sections, children=children)


@dataclass(frozen=True, slots=True)
class PageContext:
    study: Study
    site_url: str
    canonical_url: str
    stylesheet_href: str
    title: str
    meta_description: str
    updated_month: str
    summary_sentence: str
    status_sentence: str
    study_type_text: str
    phase_paragraphs: list[str]
    status: StatusExplanation
    enrollment_paragraphs: list[str]
    age_range: str
    sexes: str
    healthy_volunteers: str
    locations: LocationGroups
    details: list[Fact]
    faq: list[Question]
    sources: list[Source]
    is_cancer: bool
    main_condition: str
    related: list[StudySummary]
    breadcrumbs: list[tuple[str, str]]
    json_ld: list[Markup]
    generated: str | None
    changes: list = field(default_factory=list)  # ChangeEntry, newest first


def build_page_context(
    study: Study,
    *,
    related: list[StudySummary] | tuple = (),
    site_url: str = DEFAULT_SITE_URL,
    generated: datetime | None = None,
    changes: list | tuple = (),
) -> dict:
    """The template's variables: `page` (PageContext), `study`, and the eligibility partials' `original` and `plain`."""
    site_url = site_url.rstrip("/")
    canonical = site_url + study_path(study.nct_id)
    faq = frequently_asked(study)
    crumbs = [(SITE_NAME, site_url + "/"), (study.nct_id, canonical)]
    page = PageContext(
        study=study,
        site_url=site_url,
        canonical_url=canonical,
        stylesheet_href="/" + stylesheet().key,
        title=f"{study.brief_title} ({study.nct_id}) | {SITE_NAME}",
        meta_description=meta_description(study),
        updated_month=updated_month(study),
        summary_sentence=summary_sentence(study),
        status_sentence=status_sentence(study),
        study_type_text=explain_study_type(study),
        phase_paragraphs=explain_phase(study, main_condition(study)),
        status=explain_status(study),
        enrollment_paragraphs=explain_enrollment(study),
        age_range=eligibility_facts.age_range(study),
        sexes=eligibility_facts.sexes(study),
        healthy_volunteers=eligibility_facts.healthy_volunteers(study),
        locations=group_locations(study.locations),
        details=study_facts(study),
        faq=faq,
        sources=authoritative_sources(study),
        is_cancer=is_cancer_study(study),
        main_condition=main_condition(study),
        related=[r for r in related if r.nct_id != study.nct_id],
        breadcrumbs=crumbs,
        json_ld=[
            structured_data.script_json(structured_data.medical_trial(study, canonical)),
            structured_data.script_json(structured_data.faq_page(faq, canonical)),
            structured_data.script_json(structured_data.breadcrumbs(crumbs)),
        ],
        generated=generated.isoformat(timespec="minutes") if generated else None,
        changes=sorted(changes, key=lambda change: change.date, reverse=True),
    )
    return {
        "page": page,
        "study": study,
        "original": criteria_tree(parse_criteria(study.eligibility.criteria or "")),
        "plain": translate_eligibility(eligibility_facts.eligibility_module(study)),
        "open_now": study.overall_status.code in OPEN_SITE_STATUSES,
    }
