"""The recognisers of every kind of criterion, and `recognise`: a sentence -> (recogniser name, fact) or None."""

from __future__ import annotations

from functools import lru_cache

from trialpages.eligibility.facts import (
    absorption,
    conditions,
    disease,
    habits,
    history,
    immune_suppression,
    labs,
    logistics,
    lung_inflammation,
    oncology,
    people,
    performance,
    pregnancy,
    scores,
    surgery_recovery,
    treatment,
    urology,
    vitals,
)
from trialpages.eligibility.facts.base import Fact, Recogniser
from trialpages.eligibility.matching import PhraseIndex

# In the order they are tried: the particular before the general ("recent-treatment" reads any "X within N weeks").
RECOGNISERS: tuple[Recogniser, ...] = (
    *people.RECOGNISERS,
    *performance.RECOGNISERS,
    *pregnancy.RECOGNISERS,
    *disease.RECOGNISERS,
    *absorption.RECOGNISERS,
    *oncology.RECOGNISERS,
    *conditions.RECOGNISERS,
    *history.RECOGNISERS,
    *lung_inflammation.RECOGNISERS,
    *immune_suppression.RECOGNISERS,
    *labs.RECOGNISERS,
    *vitals.RECOGNISERS,
    *habits.RECOGNISERS,
    *scores.RECOGNISERS,
    *surgery_recovery.RECOGNISERS,
    *treatment.RECOGNISERS,
    *urology.RECOGNISERS,
    *logistics.RECOGNISERS,
)
# Each trigger word -> the recognisers needing it: a sentence tries only the recognisers whose words it holds.
_TRIGGERS = PhraseIndex(
    ((word, index) for index, item in enumerate(RECOGNISERS) for word in item.triggers), case_sensitive=False
)


# A sentence is read more than once (whole, then its part before an exception; as a lead-in's title) and many
# sentences recur across studies ("Signed informed consent"): facts are frozen, so readings are kept.
@lru_cache(maxsize=16384)
def recognise(sentence: str) -> tuple[str, Fact] | None:
    """(recogniser name, fact) from the first recogniser that reads the whole sentence, in listed order."""
    for index in sorted(set(_TRIGGERS.values_in(sentence))):
        item = RECOGNISERS[index]
        match = item.pattern.match(sentence)
        if match and (fact := item.build(match)) is not None:
            return item.name, fact
    return None


def compile_patterns() -> int:
    """Compile every recogniser's pattern now rather than at its first use (a one-off of a few seconds a process):
    for a measure of translation alone. Returns how many there are."""
    for item in RECOGNISERS:
        item.pattern  # noqa: B018 -- compiled and kept on first use
    return len(RECOGNISERS)


__all__ = ["RECOGNISERS", "Fact", "Recogniser", "compile_patterns", "recognise"]
