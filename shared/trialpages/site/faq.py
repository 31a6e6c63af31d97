"""The questions every page answers, each from this study's own record; the same text feeds the
FAQPage structured data. Only the last answer (how to check this page) is the same everywhere."""

from __future__ import annotations

from dataclasses import dataclass

from trialpages.site.eligibility_facts import age_range, sexes
from trialpages.site.enrolment import Enrolment
from trialpages.site.explain.words import count, sentence
from trialpages.site.joining import JoiningFact
from trialpages.site.markdown import plain_text
from trialpages.site.results import results_status
from trialpages.site.sources import has_us_site
from trialpages.site.summary import summary_sentence
from trialpages.site.time_sensitive import TimeSensitive
from trialpages.study import Study

SUMMARY_CHARS = 240
# The design facts of "What taking part involves" that also answer the FAQ (the treatment types do not).
_DESIGN = (
    "Groups",
    "How people are put in groups",
    "Who knows which treatment you get",
    "What the study does",
    "How long",
)

_PHASE_RISK = {
    "EARLY_PHASE1": "Early Phase 1 studies give a treatment to people for one of the first times, so little is known about its risks.",
    "PHASE1": "Phase 1 trials are often among the first tests of a treatment in people, so less is known about its risks.",
    "PHASE2": "Phase 2 trials test treatments that passed a first safety check in people, but much about their risks is still unknown.",
    "PHASE3": "Phase 3 trials test treatments that passed earlier safety checks, but new side effects can still show up.",
    "PHASE4": "Phase 4 studies look at treatments that are already approved, to learn more about their use and safety.",
}


@dataclass(frozen=True, slots=True)
class Question:
    question: str
    answer: str


def frequently_asked(
    study: Study, enrolment: Enrolment, joining: list[JoiningFact], timed: TimeSensitive
) -> list[Question]:
    nct = study.nct_id
    ongoing = enrolment.stage == "ongoing"
    return [
        Question(f"What is the {nct} study about?", _about(study)),
        Question(f"Can I join {nct}?", _can_join(study, enrolment)),
        Question(f"How do I contact the study team for {nct}?", _contact(study, enrolment)),
        Question(
            f"What {'does' if ongoing else 'did'} taking part in {nct} involve?"
            if study.study_type.code != "EXPANDED_ACCESS"
            else f"How does the {nct} program work?",
            _involves(study, joining),
        ),
        Question(
            f"Is it safe to take part in {nct}?" if enrolment.open else f"What is known about the safety of {nct}?",
            _safety(study, enrolment),
        ),
        Question(f"Has {nct} posted results?", results_status(study, timed)),
        Question(
            "Where can I check the information on this page?",
            f"Everything on this page comes from the ClinicalTrials.gov record for {nct}. The official record on "
            "ClinicalTrials.gov is always the final word; the link is in the Contacts section and at the end of "
            "this page.",
        ),
    ]


def _about(study: Study) -> str:
    summary = plain_text(study.brief_summary, SUMMARY_CHARS)
    own_words = f" In the sponsor's words: {summary}" if summary else " The record gives no summary."
    return summary_sentence(study) + own_words


def _who(study: Study, enrolment: Enrolment) -> str:
    verb = {"ongoing": "It is for", "ended": "It was for", "never-started": "It was meant for"}.get(
        enrolment.stage, "The record lists it for"
    )
    ages = age_range(study)
    accepts = "accepts" if enrolment.open else "accepted"
    healthy = f" The record says it {accepts} healthy volunteers." if study.eligibility.healthy_volunteers else ""
    if ages == "No age limits given":
        # Not "any age": a record without limits often means adults only in its criteria (review of sample 13).
        return f"The record gives no age limits (the criteria may still set some); {sexes(study).lower()}.{healthy}"
    return f"{verb} ages {ages}; {sexes(study).lower()}.{healthy}"


def _can_join(study: Study, enrolment: Enrolment) -> str:
    parts = [enrolment.headline, enrolment.detail, _who(study, enrolment)]
    if enrolment.open:
        parts.append("Only the study team can confirm that you qualify, after screening.")
    return " ".join(parts)


def _contact_line(study: Study) -> str:
    contacts = study.central_contacts
    sites, sites_with = len(study.locations), sum(1 for location in study.locations if location.contacts)
    parts = []
    if contacts:
        first = contacts[0]
        reach = ", ".join(part for part in (first.phone, first.email) if part)
        who = (first.name or "a contact") + (f" ({reach})" if reach else "")
        if len(contacts) > 1:
            parts.append(f"The record lists {len(contacts)} study contacts, first {who}.")
        else:
            parts.append(f"The record lists {who} as the study contact.")
    else:
        parts.append("The record lists no central contact for the study.")
    if sites_with and sites_with == sites:
        parts.append(
            "Its site lists its own contact." if sites == 1 else f"All {sites:,} of its sites list their own contact."
        )
    elif sites_with:
        verb = "lists its" if sites_with == 1 else "list their"
        parts.append(f"{sites_with:,} of its {count(sites, 'site')} {verb} own contact.")
    elif not contacts:
        parts.append(f"You can ask the sponsor, {sentence(study.lead_sponsor.name)}")
    return " ".join(parts)


def _contact(study: Study, enrolment: Enrolment) -> str:
    line = _contact_line(study)
    if enrolment.open:
        return f"{line} Ask your own doctor first whether this study fits your situation."
    if enrolment.closed:
        return f"The study is not taking new people, so there is no screening to ask about. {line}"
    return f"Its status is not clear, so ask first whether it is taking new people. {line}"


def _involves(study: Study, joining: list[JoiningFact]) -> str:
    parts = [f"{fact.label}: {fact.text}" for fact in joining if fact.label in _DESIGN]
    return " ".join(parts) or "The record doesn't describe it; ask the study team."


def _safety(study: Study, enrolment: Enrolment) -> str:
    parts = []
    if enrolment.open:
        phases = [p.code for p in study.phases if p.code in _PHASE_RISK]
        if study.study_type.code == "OBSERVATIONAL":
            parts.append("The study does not decide your treatment. Ask what tests or visits it involves.")
        elif phases:
            parts.append(_PHASE_RISK[phases[0]])
    else:
        parts.append(_posted_safety(study))
    dmc = study.oversight.has_data_monitoring_committee
    if dmc is True:
        parts.append("The record lists a data monitoring committee: independent experts who watch the safety data.")
    elif dmc is False:
        parts.append("The record lists no data monitoring committee.")
    regulated = study.oversight.fda_regulated_drug or study.oversight.fda_regulated_device
    if regulated and has_us_site(study):
        parts.append("It studies a product regulated by the U.S. Food and Drug Administration (FDA), the record says.")
    if enrolment.open:
        parts.append("Before you join, the consent form explains the known risks. Go over it with your doctor.")
    return " ".join(parts)


def _posted_safety(study: Study) -> str:
    events = study.results.adverse_events if study.results else None
    if events is None or not events.groups:
        return "No safety results have been posted on ClinicalTrials.gov for this study."
    affected = [g.serious_affected for g in events.groups if g.serious_affected is not None]
    at_risk = [g.serious_at_risk for g in events.groups if g.serious_at_risk is not None]
    if not affected or len(at_risk) != len(affected):
        return "Safety results are posted: see the adverse events in What the Study Found."
    return (
        f"In the posted results, {sum(affected):,} of {sum(at_risk):,} people had a serious adverse event "
        "(a serious health problem during the study, whether or not the treatment caused it). The table in "
        "What the Study Found shows each group."
    )
