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


def hub_name(term: str) -> str:
    """The hub a condition term belongs to, by its patient-facing name."""
    base = _QUALIFIERS.sub("", " ".join(term.split())).strip()
    return lay_name(base or term)


def hub_slug(term: str) -> str:
    return slug(hub_name(term))


def old_slug(term: str) -> str:
    """The slug a condition page had before hubs were named in patients' words."""
    return slug(term)
