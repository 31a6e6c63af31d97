"""build_page_context: Study -> everything the page template shows. Pure: the day is passed in."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from trialpages.eligibility import CriteriaSection, Criterion, ParsedCriteria, parse_criteria, translate_eligibility
from trialpages.lookup.entries import page_conditions
from trialpages.lookup.listing import StudyListing
from trialpages.site import eligibility_facts, structured_data
from trialpages.site.assets import stylesheet
from trialpages.site.enrolment import Enrolment, enrolment_state
from trialpages.site.explain.enrollment import explain_enrollment
from trialpages.site.explain.phase import explain_phase
from trialpages.site.explain.status import StatusExplanation, explain_status
from trialpages.site.explain.study_type import explain_study_type
from trialpages.site.faq import Question, frequently_asked
from trialpages.site.joining import JoiningFact, taking_part
from trialpages.site.locations import LocationGroups, group_locations
from trialpages.site.publications import PublicationGroup, publication_groups
from trialpages.site.registries import RegistryId, other_registry_ids
from trialpages.site.results import ResultsView, results_status, results_view
from trialpages.site.sections import Headings, headings, page_sections
from trialpages.site.sources import Source, authoritative_sources, is_cancer_study
from trialpages.site.study_facts import Fact, study_facts
from trialpages.site.summary import main_condition, meta_description, summary_sentence, updated_month
from trialpages.site.time_sensitive import TimeSensitive, time_sensitive
from trialpages.study import Study

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
    description: str  # the meta and Open Graph description
    updated_month: str
    summary_sentence: str
    enrolment: Enrolment  # `enrolment.open`: whether the registry's status lets people join now
    timed: TimeSensitive  # the status cautions and overdue results, as of the day the page is built
    headings: Headings
    sections: list[tuple[str, str]]  # "On this page": (id, label) of every section
    study_type_text: str
    phase_paragraphs: list[str]
    status: StatusExplanation
    enrollment_paragraphs: list[str]
    taking_part: list[JoiningFact]
    age_range: str
    sexes: str
    healthy_volunteers: str
    locations: LocationGroups
    results: ResultsView | None
    results_status: str
    publications: list[PublicationGroup]
    details: list[Fact]
    faq: list[Question]
    sources: list[Source]
    registry_ids: list[RegistryId]
    is_cancer: bool
    main_condition: str
    related: list[StudyListing]
    condition_hubs: list[tuple[str, str]]  # (name, slug) of the condition pages the study is listed on
    breadcrumbs: list[tuple[str, str]]
    json_ld: list[dict]  # schema.org blocks, written by the template's tojson filter
    generated: str | None
    changes: list = field(default_factory=list)  # ChangeEntry, newest first


def build_page_context(
    study: Study,
    *,
    site_url: str,
    related: list[StudyListing] | tuple = (),
    generated: datetime | None = None,
    changes: list | tuple = (),
    today: date | None = None,
) -> dict:
    """The template's variables: `page` (PageContext), `study`, and the eligibility partials' `original` and `plain`.

    `today` is the day the page is built, for what depends on it (time_sensitive.py); without it, the day
    `generated` names, else the record's own last update: what the page would have said that day."""
    site_url = site_url.rstrip("/")
    canonical = site_url + study_path(study.nct_id)
    today = today or (generated.date() if generated else date.fromisoformat(study.last_update))
    related = [r for r in related if r.nct_id != study.nct_id]
    conditions = page_conditions(study)
    first_condition = next(((name, slug) for slug, name in conditions.items()), None)
    enrolment = enrolment_state(study, related, first_condition)
    timed = time_sensitive(study, today)
    phases = [p.code for p in study.phases] if study.study_type.code == "INTERVENTIONAL" else []
    joining = taking_part(study, placebo_explained="PHASE3" in phases)
    # The FAQ comes after the section that explains "placebo": it does not explain it again.
    faq = frequently_asked(study, enrolment, taking_part(study, placebo_explained=True), timed)
    locations = group_locations(study.locations)
    results = results_view(study)
    crumbs = [(SITE_NAME, site_url + "/"), (study.nct_id, canonical)]
    page = PageContext(
        study=study,
        site_url=site_url,
        canonical_url=canonical,
        stylesheet_href="/" + stylesheet().key,
        title=f"{study.brief_title} ({study.nct_id}) | {SITE_NAME}",
        description=meta_description(study),
        updated_month=updated_month(study),
        summary_sentence=summary_sentence(study),
        enrolment=enrolment,
        timed=timed,
        headings=headings(study, enrolment.stage),
        sections=page_sections(
            study, locations=locations.total, has_results=results is not None, open_now=enrolment.open
        ),
        study_type_text=explain_study_type(study),
        phase_paragraphs=explain_phase(study, main_condition(study)),
        status=explain_status(study),
        enrollment_paragraphs=explain_enrollment(study),
        taking_part=joining,
        age_range=eligibility_facts.age_range(study),
        sexes=eligibility_facts.sexes(study),
        healthy_volunteers=eligibility_facts.healthy_volunteers(study),
        locations=locations,
        results=results,
        results_status=results_status(study, timed),
        publications=publication_groups(study),
        details=study_facts(study),
        faq=faq,
        sources=authoritative_sources(study),
        registry_ids=other_registry_ids(study),
        is_cancer=is_cancer_study(study),
        main_condition=main_condition(study),
        related=related,
        condition_hubs=[(name, slug) for slug, name in conditions.items()],
        breadcrumbs=crumbs,
        json_ld=[
            structured_data.medical_trial(study, canonical),
            structured_data.faq_page(faq, canonical),
            structured_data.breadcrumbs(crumbs),
        ],
        generated=generated.isoformat(timespec="minutes") if generated else None,
        changes=sorted(changes, key=lambda change: change.date, reverse=True),
    )
    return {
        "page": page,
        "study": study,
        "original": criteria_tree(parse_criteria(study.eligibility.criteria or "")),
        "plain": translate_eligibility(
            eligibility_facts.eligibility_module(study),
            about_cancer=eligibility_facts.about_cancer(study, mesh_says_cancer=page.is_cancer),
            conditions=study.conditions,
        ),
    }
