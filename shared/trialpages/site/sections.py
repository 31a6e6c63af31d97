"""The study page's sections: the headings whose tense follows the study's stage, and "On this page",
which lists every section the page has, in page order."""

from __future__ import annotations

from dataclasses import dataclass

from trialpages.site.enrolment import Stage
from trialpages.study import Study

_TREATMENTS = {
    "ongoing": "Treatments Being Tested",
    "ended": "Treatments Tested",
    "never-started": "Treatments That Were Planned",
    "unclear": "Treatments Studied",
}
_OUTCOMES = {
    "ongoing": "What the Researchers Will Measure",
    "ended": "What the Researchers Set Out to Measure",
    "never-started": "What the Researchers Planned to Measure",
    "unclear": "What the Researchers Planned to Measure",
}
_TAKING_PART = {
    "ongoing": "What Taking Part Involves",
    "ended": "What Taking Part Involved",
    "never-started": "What Taking Part Would Have Involved",
    "unclear": "What Taking Part Involves",
}


@dataclass(frozen=True, slots=True)
class Headings:
    taking_part: str
    treatments: str
    outcomes: str


def headings(study: Study, stage: Stage) -> Headings:
    kind = study.study_type.code
    if kind == "OBSERVATIONAL":
        treatments = "Treatments and Exposures Studied"
    elif kind == "EXPANDED_ACCESS":
        treatments = "Treatment Offered"
    else:
        treatments = _TREATMENTS[stage]
    return Headings(taking_part=_TAKING_PART[stage], treatments=treatments, outcomes=_OUTCOMES[stage])


def page_sections(study: Study, *, locations: int, has_results: bool, open_now: bool) -> list[tuple[str, str]]:
    """(element id, label) of every section, in the order study.html.j2 includes them."""
    has_outcomes = bool(study.primary_outcomes or study.secondary_outcomes or study.other_outcomes)
    sections = [
        ("about", "About this study"),
        ("stage", "Stage of research"),
        ("taking-part", "What taking part means"),
        ("eligibility", "Who may be eligible" if open_now else "Who could join"),
        ("treatments", "Treatments"),
        ("outcomes", "What is measured") if has_outcomes else None,
        ("results", "Results") if has_results else ("no-results", "Results"),
        ("publications", "Publications") if study.references else None,
        ("locations", f"Locations ({locations:,})"),
        ("contacts", "Contacts"),
        ("doctor", "Talking to your doctor"),
        ("details", "Study details"),
        ("sources", "Sources"),
        ("faq", "Questions"),
        ("method", "How this page is built"),
        ("changes", "What changed"),
        ("related", "Related studies"),
    ]
    return [section for section in sections if section]
