"""Lists that are really one list a group: each top-level item a heading that names whom its criteria are for.

"Erectile dysfunction cohort Inclusion Criteria:" over six criteria and "CP/CPPS cohort inclusion criteria:" over three
(NCT05868668, sample 51): under "You may be able to join if all of these are true" a man with pelvic pain read the ED
group's criteria as his. Such a list says so above it: each heading says whom its items are for.
"""

from __future__ import annotations

import re

from trialpages.eligibility.model import PlainItem

# A heading that names a group of people or a part of the study ("Cohort 1:", "Part 2 additional inclusion criteria:",
# "For the premature ejaculation group:", "Inclusion Criteria for Participants with Stage III NSCLC:").
_NAMES_A_GROUP = re.compile(
    r"\b(?:cohorts?|groups?|arms?|parts?|populations?|sub-?stud(?:y|ies)|strat(?:a|um)|(?:patients|participants|"
    r"subjects|people|those)\s+(?:with|who|undergoing|receiving))\b",
    re.IGNORECASE,
)


def lists_for_groups(items: list[PlainItem]) -> bool:
    """Is the list made of two or more headings, at least two of them naming a group, and nothing else?"""
    headings = [item for item in items if item.text is None and item.children_joins == "heading"]
    named = [item for item in headings if _NAMES_A_GROUP.search(item.children_title or "")]
    return len(headings) == len(items) and len(named) >= 2
