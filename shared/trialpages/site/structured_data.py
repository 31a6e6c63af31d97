"""JSON-LD (schema.org MedicalTrial, FAQPage, BreadcrumbList) as data; the template serializes it (tojson)."""

from __future__ import annotations

from trialpages.site.faq import Question
from trialpages.site.markdown import plain_text
from trialpages.study import Study

# schema.org MedicalStudyStatus members; other statuses are given as text.
_SCHEMA_STATUS = {
    "ACTIVE_NOT_RECRUITING": "ActiveNotRecruiting",
    "COMPLETED": "Completed",
    "ENROLLING_BY_INVITATION": "EnrollingByInvitation",
    "NOT_YET_RECRUITING": "NotYetRecruiting",
    "RECRUITING": "Recruiting",
    "SUSPENDED": "Suspended",
    "TERMINATED": "Terminated",
    "WITHDRAWN": "Withdrawn",
}
_SCHEMA_DESIGN = {"RANDOMIZED": "RandomizedTrial"}
_SCHEMA_MASKING = {
    "NONE": "OpenTrial",
    "SINGLE": "SingleBlindedTrial",
    "DOUBLE": "DoubleBlindedTrial",
    "TRIPLE": "TripleBlindedTrial",
}


def medical_trial(study: Study, url: str) -> dict:
    design = study.design
    trial_design = [
        f"https://schema.org/{name}"
        for name in (
            _SCHEMA_DESIGN.get((design.allocation.code if design.allocation else None) or ""),
            _SCHEMA_MASKING.get((design.masking.code if design.masking else None) or ""),
        )
        if name
    ]
    status = _SCHEMA_STATUS.get(study.overall_status.code or "")
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalTrial",
        "@id": url + "#trial",
        "url": url,
        "name": study.brief_title,
        "identifier": study.nct_id,
        "description": plain_text(study.brief_summary, 500),
        "status": f"https://schema.org/{status}" if status else study.overall_status.label,
        "sponsor": {"@type": "Organization", "name": study.lead_sponsor.name},
        "healthCondition": [{"@type": "MedicalCondition", "name": c} for c in study.conditions],
        "dateModified": study.last_update,
        "sameAs": study.registry_url,
    }
    if study.official_title:
        data["alternateName"] = study.official_title
    if study.phases and study.phases[0].code != "NA":
        data["phase"] = study.phase_label
    if trial_design:
        data["trialDesign"] = trial_design
    if study.collaborators:
        data["funder"] = [{"@type": "Organization", "name": c.name} for c in study.collaborators]
    return data


def faq_page(questions: list[Question], url: str) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "@id": url + "#faq",
        "mainEntity": [
            {"@type": "Question", "name": q.question, "acceptedAnswer": {"@type": "Answer", "text": q.answer}}
            for q in questions
        ],
    }


def breadcrumbs(crumbs: list[tuple[str, str]]) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": name, "item": url}
            for n, (name, url) in enumerate(crumbs, start=1)
        ],
    }
