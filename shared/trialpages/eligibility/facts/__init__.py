"""The recognisers of every kind of criterion, and `recognise`: a sentence -> (recogniser name, fact) or None."""

from __future__ import annotations

from trialpages.eligibility.facts import (
    conditions,
    disease,
    labs,
    logistics,
    people,
    performance,
    pregnancy,
    scores,
    treatment,
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
    *conditions.RECOGNISERS,
    *labs.RECOGNISERS,
    *vitals.RECOGNISERS,
    *scores.RECOGNISERS,
    *treatment.RECOGNISERS,
    *logistics.RECOGNISERS,
)
# Each trigger word -> the recognisers needing it: a sentence tries only the recognisers whose words it holds.
_TRIGGERS = PhraseIndex(
    ((word, index) for index, item in enumerate(RECOGNISERS) for word in item.triggers), case_sensitive=False
)


def recognise(sentence: str) -> tuple[str, Fact] | None:
    """(recogniser name, fact) from the first recogniser that reads the whole sentence, in listed order."""
    for index in sorted(set(_TRIGGERS.values_in(sentence))):
        item = RECOGNISERS[index]
        match = item.pattern.match(sentence)
        if match and (fact := item.build(match)) is not None:
            return item.name, fact
    return None


__all__ = ["RECOGNISERS", "Fact", "Recogniser", "recognise"]
