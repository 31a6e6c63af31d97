"""Condition hubs: one page per condition in a patient's words, synonyms merged (pure).

A study is listed under its MeSH conditions (else its listed conditions), each named as a patient
would (trialpages.lookup.lay_names) with stage words set aside, so "Carcinoma, Non-Small-Cell
Lung", "NSCLC", "Advanced NSCLC" and "Non-small Cell Lung Cancer" are all one hub,
`non-small-cell-lung-cancer`. The slug a name had before (`carcinoma-non-small-cell-lung`)
redirects to its hub.
"""

from __future__ import annotations

import re

from trialpages.lookup.lay_names import lay_name
from trialpages.study.slugs import slug

# Stage and course words in front of a condition: the hub is the condition's.
_QUALIFIERS = re.compile(
    r"^(?:(?:advanced|metastatic|recurrent|relapsed|refractory|resectable|unresectable|locally advanced|"
    r"early[- ]stage|late[- ]stage|newly diagnosed|stage\s+[0-9iv]+[abc]?)[\s,/-]+)+",
    re.IGNORECASE,
)


# MeSH descriptors for a kind of process or course, not a condition: a hub "Syndrome" or "Acute disease"
# would gather unrelated studies. A study is not listed under them (its other terms name its condition).
_GENERIC_TERMS = frozenset(
    term.casefold()
    for term in (
        "Syndrome", "Disease", "Diseases", "Acute Disease", "Chronic Disease", "Pathologic Processes",
        "Disease Progression", "Recurrence", "Hyperplasia", "Hypertrophy", "Inflammation", "Fibrosis",
        "Sclerosis", "Prolapse", "Atrophy", "Necrosis", "Dilatation, Pathologic", "Constriction, Pathologic",
        "Cysts", "Edema", "Calcinosis", "Emergencies", "Critical Illness", "Disease Attributes",
        "Wounds and Injuries", "Pathological Conditions, Anatomical", "Pathological Conditions, Signs and Symptoms",
        "Signs and Symptoms", "Death", "Ischemia", "Infarction", "Hemorrhage", "Ulcer", "Cicatrix",
    )
)  # fmt: skip


def is_generic(term: str) -> bool:
    """A term too general to be a condition's page ("Syndrome", "Acute Disease", "Hyperplasia")."""
    return " ".join(term.split()).casefold() in _GENERIC_TERMS


def hub_name(term: str) -> str:
    """The hub a condition term belongs to, by its patient-facing name."""
    base = _QUALIFIERS.sub("", " ".join(term.split())).strip()
    return lay_name(base or term)


def hub_slug(term: str) -> str:
    return slug(hub_name(term))


def old_slug(term: str) -> str:
    """The slug a condition page had before hubs were named in patients' words."""
    return slug(term)
