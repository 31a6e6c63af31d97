"""The five questions every page answers; the same text feeds the FAQPage structured data."""

from __future__ import annotations

from dataclasses import dataclass

from trialpages.site.eligibility_facts import age_range, sexes
from trialpages.site.markdown import plain_text
from trialpages.study import Study

SUMMARY_CHARS = 320


@dataclass(frozen=True, slots=True)
class Question:
    question: str
    answer: str


def frequently_asked(study: Study) -> list[Question]:
    nct = study.nct_id
    summary = plain_text(study.brief_summary, SUMMARY_CHARS) or "The registry record gives no summary."
    contact_where = (
        "The study contacts listed on ClinicalTrials.gov are shown in the Contacts section of this page."
        if study.central_contacts
        else "This record lists no central contact; the Locations section shows contacts for each site where given."
    )
    return [
        Question(
            f"What is the {nct} study about?",
            f"{summary} The full record on ClinicalTrials.gov lists what the researchers will "
            "measure and every eligibility criterion.",
        ),
        Question(
            f"Who can take part in {nct}?",
            f"Ages: {age_range(study)}. Sex: {sexes(study)}. The study's own inclusion and "
            "exclusion criteria decide who may join; they are shown on this page in the original "
            "words and in plain English. Only the study team can confirm that you qualify, after "
            "your doctor reviews them with you.",
        ),
        Question(
            f"How do I contact the study team for {nct}?",
            f"{contact_where} Before you call, ask your own doctor whether this study fits your "
            "situation. The study team will then explain its screening steps.",
        ),
        Question(
            "Is it safe to take part in a clinical study?",
            "In the United States, clinical studies are overseen by the FDA and by ethics boards "
            "(Institutional Review Boards) that review each study plan. Risks differ from study to "
            "study: Phase 1 trials test a treatment in people for the first time, while Phase 3 "
            "trials use treatments that already passed earlier safety checks. Before you join, "
            "the informed consent form explains the known risks. Go over them with your doctor.",
        ),
        Question(
            "Where can I check the information on this page?",
            f"Everything on this page comes from the ClinicalTrials.gov record for {nct}. The "
            "official record on ClinicalTrials.gov is always the final word; the link is in the "
            "Contacts section and at the end of this page.",
        ),
    ]
