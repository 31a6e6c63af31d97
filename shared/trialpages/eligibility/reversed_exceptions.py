"""An exclusion whose words describe the cancers studies let in, with nothing to say they are let in.

"History of another primary malignancy except for: Malignancy treated with curative intent and with no known active
disease ≥5 years ... and of low potential risk for recurrence" is how cancer studies allow a cured earlier cancer. A
record translated into English can lose the "except": "Patients with other malignancies ... were excluded if they had
malignancies that had been treated with curative intent, had no known active disease for more than 5 years ..., and
had a low potential risk of recurrence" (NCT06672068, sample 48: WRONG, the cured cancers shown as reasons you cannot
join). What the study means cannot be read from the sentence, so it stays in the study's words and the page says the
words may have lost their exception.
"""

from __future__ import annotations

import re

from trialpages.eligibility.model import PlainItem

_CURED = re.compile(
    r"\btreated\s+with\s+curative\s+intent\b(?=.{0,200}\b(?:no\s+known\s+active\s+disease|low\s+(?:potential\s+)?risk\s+"
    r"(?:of|for)\s+recurrence)\b)",
    re.IGNORECASE | re.DOTALL,
)
_EXCEPTION = re.compile(
    r"\b(?:except|unless|other\s+than|exception|excluding|allowed|eligible|permitted|not\s+excluded|may\s+be\s+included|"
    r"can\s+be\s+included|apart\s+from)\b",
    re.IGNORECASE,
)
CURED_CANCER_AS_REASON = (
    "These words describe earlier cancers that studies usually let in (treated to cure them, with no sign of them "
    "since), but the record does not say they are an exception. Ask the study team whether such a cancer keeps you out."
)


def cured_cancers_cautioned(items: list[PlainItem]) -> list[PlainItem]:
    """Exclusion items in the study's words that describe a cured cancer with no exception said before it."""
    return [
        item.model_copy(update={"caution": CURED_CANCER_AS_REASON}) if _reads_as_reason(item) else item
        for item in items
    ]


def _reads_as_reason(item: PlainItem) -> bool:
    if item.form != "original-words" or not item.text or item.caution:
        return False
    cured = _CURED.search(item.text)
    return cured is not None and _EXCEPTION.search(item.text[: cured.start()]) is None
