"""Lines no rule can read right from their own words: they stay in the study's words, with a caution beside them.

- An exclusion that describes the cancers studies let in, with nothing to say they are let in. "History of another
  primary malignancy except for: Malignancy treated with curative intent and with no known active disease ≥5 years
  ... and of low potential risk for recurrence" is how cancer studies allow a cured earlier cancer; a record
  translated into English can lose the "except": "Patients with other malignancies ... were excluded if they had
  malignancies that had been treated with curative intent, had no known active disease for more than 5 years ..., and
  had a low potential risk of recurrence" (NCT06672068, sample 48: WRONG, the cured cancers shown as reasons).
- An inclusion line that names people with a thing of both kinds and no rule for them: "Participants with measurable
  and non-measurable CNS lesions per RECIST v1.1, including leptomeningeal carcinomatosis" (NCT04603807, sample 22:
  WRONG) may say who can also join (a study of people with and without spread to the brain), not that everyone must
  have such lesions.
- A line the registry cuts off in the middle of a sentence: "N.B. Usage of aspirin or NSAID is not an" (NCT01142245),
  "History of mild depression or anxiety disorder that is well controlled is not an" (NCT02374814), "Taking certain
  types of medications may be an" (NCT01519271, trialgpt2: under "could not join", what the rest would have said is
  lost, maybe an allowance). Whatever list it sits in, the reader is told the line stops short.
- A lead-in typed as a line of its own, "one or more of the following", with its choices on the lines after it as if
  they were criteria of their own (NCT06214572, sample 30): no rule can tell the last choice from the next criterion.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trialpages.eligibility.model import Criterion, PlainItem

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
_BOTH_KINDS = re.compile(
    r"^(?:participants|patients|subjects|people|women|men)\s+with\s+(?P<kind>[a-z-]+)\s+(?:and|and/or)\s+non-?\s?(?P=kind)\b",
    re.IGNORECASE,
)
BOTH_KINDS_NAMED = (
    "This line may say who can also join rather than a rule everyone must meet. Ask the study team whether it applies "
    "to you."
)


# It ends on a word a sentence cannot end on: an article, a linking verb, a preposition (lower case: "type A", "domain
# A" and "IS" end names). Not a lead-in whose colon was its last mark ("Examples include, but are not limited to", its
# members after it, NCT06532149).
_CUT_OFF = re.compile(r"(?<![.;:!?)\]])(?<!\blimited)\s(?:a|an|the|is|are|be|of|to|than|with|by|for)$")
CUT_OFF = "The registry's text of this line stops in the middle of a sentence. Ask the study team what the rest says."


def cut_off_cautioned(items: list[PlainItem]) -> list[PlainItem]:
    """Items, at any depth, whose text the registry cut off mid-sentence."""
    return [
        item.model_copy(update={"children": cut_off_cautioned(item.children)}) if item.children else item
        for item in _cautioned(items, CUT_OFF, lambda text: _CUT_OFF.search(text.rstrip()) is not None)
    ]


def cured_cancers_cautioned(items: list[PlainItem]) -> list[PlainItem]:
    """Exclusion items that describe a cured cancer with no exception said before it."""
    return _cautioned(items, CURED_CANCER_AS_REASON, _cured_as_reason)


def both_kinds_cautioned(items: list[PlainItem]) -> list[PlainItem]:
    """Inclusion items naming people with a thing of both kinds ("measurable and non-measurable")."""
    return _cautioned(items, BOTH_KINDS_NAMED, lambda text: _BOTH_KINDS.match(text) is not None)


def _cautioned(items: list[PlainItem], caution: str, applies: Callable[[str], bool]) -> list[PlainItem]:
    """Items in the study's words, not cautioned yet, whose text `applies` to: with `caution`."""
    return [
        item.model_copy(update={"caution": caution})
        if item.form == "original-words" and item.text and not item.children and not item.caution and applies(item.text)
        else item
        for item in items
    ]


def _cured_as_reason(text: str) -> bool:
    cured = _CURED.search(text)
    return cured is not None and _EXCEPTION.search(text[: cured.start()]) is None


def unmarked_choices_cautioned(
    items: list[PlainItem], tops: list[Criterion], children: dict[str, list[Criterion]]
) -> list[PlainItem]:
    """ "Locally advanced disease with one or more of the following" typed as a line of its own, its choices on the
    lines after it as if they were criteria of their own, and nothing to say where the choices end (NCT06214572,
    sample 30: WRONG x3, each choice read as required). No rule can tell the last choice from the next criterion,
    so the lead-in says so."""
    leads = {
        criterion.id
        for criterion in tops[:-1]  # choices come after it
        if criterion.id not in children and _UNMARKED_CHOICES.search(criterion.text)
    }
    return [
        item.model_copy(update={"caution": UNMARKED_CHOICES})
        if item.source_ids and item.source_ids[-1] in leads and not item.children
        else item
        for item in items
    ]


_UNMARKED_CHOICES = re.compile(
    # ("The surgical indication must be one or a combination of the following", NCT05489822, downloads2: WRONG x4)
    r"\b(?:one or more|one or a combination|one or both|any one|any|one|either|at least (?:one|1))\s+of\s+the\s+"
    r"following(?:\s+\w+){0,2}\W*$",
    re.IGNORECASE,
)
# (Not "the lines below are the choices": after "including at least one of the following" the next lines can be the
# list's other rules, numbered on, the choices missing from the record: NCT04012996, downloads3: WRONG.)
UNMARKED_CHOICES = (
    "The study's record does not mark which lines are the choices this line refers to: they may be the lines below it "
    "(then only one of them needs to be true) or missing from the record. Ask the study team."
)
