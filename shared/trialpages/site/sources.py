"""Where to read more, chosen from the record's facts: each source is listed only where it fits.

- NCI and its Cancer Information Service: the record's MeSH tree (its condition terms and their
  ancestors) includes Neoplasms. No keyword guessing: "tumor" in a keyword is not a diagnosis.
- MedlinePlus: health information on the study's condition.
- FDA pages: a study with a site in the United States that tests what the FDA approves (drugs and
  biologics; devices; expanded access). Not for behavioural, procedure-only or non-US studies.
- WHO ICTRP and the study's ids in other registries: studies with sites outside the United States,
  or registered elsewhere too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlencode

from trialpages.site.registries import ictrp_url, other_registry_ids
from trialpages.study import Study

NEOPLASMS = "Neoplasms"
NEOPLASMS_IDS = frozenset({"D009369", "D000009369"})  # MeSH's id, in its old and new spelling
US_COUNTRIES = frozenset({"United States", "Puerto Rico", "Guam", "U.S. Virgin Islands", "American Samoa"})
DRUG_TYPES = frozenset({"DRUG", "BIOLOGICAL", "GENETIC", "COMBINATION_PRODUCT"})
DEVICE_TYPES = frozenset({"DEVICE", "COMBINATION_PRODUCT"})
MEDLINEPLUS_SEARCH = "https://vsearch.nlm.nih.gov/vivisimo/cgi-bin/query-meta?"


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    url: str
    why: str


def is_cancer_study(study: Study) -> bool:
    """The record's MeSH tree for its conditions includes Neoplasms."""
    terms = [*study.condition_mesh_terms, *study.condition_mesh_ancestors]
    return any(term.term == NEOPLASMS or term.id in NEOPLASMS_IDS for term in terms)


def has_us_site(study: Study) -> bool:
    return any(location.country in US_COUNTRIES for location in study.locations)


def has_site_outside_us(study: Study) -> bool:
    return any(location.country and location.country not in US_COUNTRIES for location in study.locations)


def _intervention_types(study: Study) -> set[str]:
    return {i.type.code for i in study.interventions if i.type.code}


def fda_sources(study: Study) -> list[Source]:
    if not has_us_site(study):
        return []
    kind = study.study_type.code
    if kind == "EXPANDED_ACCESS":
        return [
            Source(
                "U.S. Food and Drug Administration (FDA): expanded access",
                "https://www.fda.gov/news-events/public-health-focus/expanded-access",
                "How patients can get a treatment that is not yet approved.",
            )
        ]
    if kind != "INTERVENTIONAL":
        return []
    types = _intervention_types(study)
    sources = []
    if types & DRUG_TYPES:
        sources.append(
            Source(
                "U.S. Food and Drug Administration (FDA): the drug development process",
                "https://www.fda.gov/patients/learn-about-drug-and-device-approvals/drug-development-process",
                "How trial phases lead to a drug being approved.",
            )
        )
    if types & DEVICE_TYPES:
        sources.append(
            Source(
                "U.S. Food and Drug Administration (FDA): the device development process",
                "https://www.fda.gov/patients/learn-about-drug-and-device-approvals/device-development-process",
                "How medical devices are tested and approved.",
            )
        )
    return sources


def _condition_words(study: Study) -> str | None:
    """The sponsor's first condition, in MeSH's words when a MeSH term names the same thing."""
    meshes = [term.term for term in study.condition_mesh_terms]
    if not study.conditions:
        return meshes[0] if meshes else None
    first = re.sub(r"\s*\([^)]*\)", "", study.conditions[0]).strip() or study.conditions[0]
    same = [term for term in meshes if term.casefold() in first.casefold() or first.casefold() in term.casefold()]
    return same[0] if same else first


def medlineplus_source(study: Study) -> Source | None:
    condition = _condition_words(study)
    if not condition:
        return None
    query = urlencode({"v:project": "medlineplus", "v:sources": "medlineplus-bundle", "query": condition})
    return Source(
        f"MedlinePlus: {condition}",
        MEDLINEPLUS_SEARCH + query,
        "Health information for patients from the U.S. National Library of Medicine.",
    )


def cancer_sources() -> list[Source]:
    return [
        Source(
            "National Cancer Institute: clinical trials information for patients",
            "https://www.cancer.gov/research/participate/clinical-trials",
            "Patient guides to cancer clinical trials.",
        ),
        Source(
            "NCI's Cancer Information Service",
            "https://www.cancer.gov/contact",
            "Answers questions about cancer and clinical trials: call 1-800-4-CANCER (1-800-422-6237) "
            "in the United States, or chat online.",
        ),
    ]


def authoritative_sources(study: Study) -> list[Source]:
    sources = [
        Source(
            "ClinicalTrials.gov",
            study.registry_url,
            "The official record of this study, kept by the National Library of Medicine at the U.S. National "
            "Institutes of Health.",
        )
    ]
    medlineplus = medlineplus_source(study)
    if medlineplus:
        sources.append(medlineplus)
    if is_cancer_study(study):
        sources += cancer_sources()
    sources += fda_sources(study)
    if has_site_outside_us(study) or other_registry_ids(study):
        sources.append(
            Source(
                "World Health Organization International Clinical Trials Registry Platform (ICTRP)",
                ictrp_url(study.nct_id),
                "This study in the WHO's search of trial registries around the world.",
            )
        )
    return sources
