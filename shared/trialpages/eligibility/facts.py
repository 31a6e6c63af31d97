"""At a glance: the main inclusion facts (the diagnosis, performance status), only when the criteria state them.

Each fact is one of the study's own plain items, picked by the rule that wrote it or, for a
diagnosis written without a rule, by its words: derived from the text, never invented.
"""

from __future__ import annotations

import re

from trialpages.eligibility.model import PlainItem

_FACT_RULES = (
    ("diagnosis", ("diagnosis-confirmed", "diagnosis")),
    ("performance", ("ecog", "ecog-max", "karnofsky")),
)
_DIAGNOSIS_WORDS = re.compile(r"\b(?:diagnos\w*|confirmed by a (?:tissue|cell|tissue or cell) test)\b", re.IGNORECASE)


def at_a_glance_facts(inclusion: list[PlainItem]) -> list[PlainItem]:
    facts = []
    for fact, rules in _FACT_RULES:
        found = next((item for item in inclusion if item.rule in rules), None)
        if found is None and fact == "diagnosis":
            found = next((item for item in inclusion if _DIAGNOSIS_WORDS.search(item.text)), None)
        if found is not None and found not in facts:
            facts.append(found)
    return facts
