"""At a glance: the main inclusion facts (diagnosis, performance status), only when the criteria state them."""

from __future__ import annotations

import re

from trialpages.eligibility.model import PlainItem

_DIAGNOSIS = re.compile(r"\b(?:diagnos\w*|confirmed|histolog\w*|cytolog\w*)\b", re.IGNORECASE)
_PERFORMANCE = re.compile(r"\b(?:ECOG|Karnofsky|Lansky|WHO performance)\b")


def at_a_glance_facts(inclusion: list[PlainItem]) -> list[PlainItem]:
    facts = []
    for pattern in (_DIAGNOSIS, _PERFORMANCE):
        found = next((item for item in inclusion if pattern.search(item.text)), None)
        if found and found not in facts:
            facts.append(found)
    return facts
