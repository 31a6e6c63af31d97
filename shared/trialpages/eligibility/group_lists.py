"""Lists that are really one list a group: each top-level item a heading that names whom its criteria are for.

"Erectile dysfunction cohort Inclusion Criteria:" over six criteria and "CP/CPPS cohort inclusion criteria:" over three
(NCT05868668, sample 51): under "You may be able to join if all of these are true" a man with pelvic pain read the ED
group's criteria as his. Such a list says so above it: each heading says whom its items are for. A list with criteria of
everyone's beside such headings ("Part 1 and Part 2 (Cohorts A to C):", "Part 2 (Cohorts D to G):" after the common
criteria, NCT04728893) says that the items under them are for that group only.
"""

from __future__ import annotations

import re

from trialpages.eligibility.model import GroupHeadings, PlainItem

# A heading that names a group of people or a part of the study ("Cohort 1:", "Part 2 additional inclusion criteria:",
# "For the premature ejaculation group:", "Inclusion Criteria for Participants with Stage III NSCLC:").
_NAMES_A_GROUP = re.compile(
    r"\b(?:cohorts?|groups?|arms?|parts?|populations?|sub-?stud(?:y|ies)|strat(?:a|um)|(?:patients|participants|"
    r"subjects|people|those)\s+(?:with|who|undergoing|receiving)|"
    # "Inclusion criteria for participation in R3:", "... in the gemtuzumab ozogamicin dose finding study:",
    # "... for patients not participating in ..." (NCT02724163): each randomisation or sub-study has its own.
    r"participati(?:on|ng)\s+in|dose[- ]finding\s+stud(?:y|ies)|randomi[sz]ations?\s+R?\d|R\d)\b",
    re.IGNORECASE,
)


def lists_for_groups(items: list[PlainItem]) -> GroupHeadings | None:
    """ "all": the list is made of headings, two or more of them naming a group; "some": two or more such headings stand
    beside criteria of everyone's; None: no two headings name a group."""
    headings = [item for item in items if item.text is None and item.children_joins == "heading"]
    named = [item for item in headings if _NAMES_A_GROUP.search(item.children_title or "")]
    if len(named) < 2:
        return None
    return "all" if len(headings) == len(items) else "some"
