"""An inclusion line that names a group of people with a thing of both kinds, and no rule for them.

"Participants with measurable and non-measurable CNS lesions per RECIST v1.1, including leptomeningeal
carcinomatosis" (NCT04603807, sample 22: WRONG) sits among the rules everyone must meet, but it says which people
may also join (a study of people with and without spread to the brain), not that everyone must have such lesions.
Nothing in the line says which it is, so it stays in the study's words and the page says so.
"""

from __future__ import annotations

import re

from trialpages.eligibility.model import PlainItem

_BOTH_KINDS = re.compile(
    r"^(?:participants|patients|subjects|people|women|men)\s+with\s+(?P<kind>[a-z-]+)\s+(?:and|and/or)\s+non-?\s?(?P=kind)\b",
    re.IGNORECASE,
)
BOTH_KINDS_NAMED = (
    "This line may say who can also join rather than a rule everyone must meet. Ask the study team whether it applies "
    "to you."
)


def both_kinds_cautioned(items: list[PlainItem]) -> list[PlainItem]:
    """Inclusion items in the study's words naming people with a thing of both kinds ("measurable and non-measurable")."""
    return [
        item.model_copy(update={"caution": BOTH_KINDS_NAMED})
        if item.form == "original-words" and item.text and not item.caution and _BOTH_KINDS.match(item.text)
        else item
        for item in items
    ]
