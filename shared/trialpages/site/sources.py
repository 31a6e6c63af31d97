"""Authoritative sources to read beside the page; cancer studies add the National Cancer Institute."""

from __future__ import annotations

from dataclasses import dataclass

from trialpages.study import Study

CANCER_CATEGORY = "Neoplasms"
# Fallback when a record has no MeSH branches (older or partial records).
_CANCER_WORDS = (
    "cancer",
    "carcinoma",
    "tumor",
    "tumour",
    "neoplasm",
    "lymphoma",
    "leukemia",
    "leukaemia",
    "melanoma",
    "sarcoma",
    "myeloma",
    "glioma",
    "glioblastoma",
    "blastoma",
    "metasta",
    "oncolog",
    "mesothelioma",
)


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    url: str
    why: str


def is_cancer_study(study: Study) -> bool:
    if CANCER_CATEGORY in study.condition_categories:
        return True
    terms = " ".join([*study.conditions, *study.keywords]).casefold()
    return any(word in terms for word in _CANCER_WORDS)


def authoritative_sources(study: Study) -> list[Source]:
    sources = [
        Source(
            "ClinicalTrials.gov",
            study.registry_url,
            "The official record of this study, kept by the National Library of Medicine at the U.S. National Institutes of Health.",
        ),
        Source(
            "U.S. Food and Drug Administration (FDA): the drug development process",
            "https://www.fda.gov/patients/learn-about-drug-and-device-approvals/drug-development-process",
            "How trial phases lead to a treatment being approved.",
        ),
    ]
    if is_cancer_study(study):
        sources.append(
            Source(
                "National Cancer Institute: clinical trials information for patients",
                "https://www.cancer.gov/research/participate/clinical-trials",
                "Patient guides to cancer clinical trials.",
            )
        )
    sources.append(
        Source(
            "World Health Organization International Clinical Trials Registry Platform (ICTRP)",
            "https://trialsearch.who.int/",
            "Searches trial registries from around the world.",
        )
    )
    return sources
