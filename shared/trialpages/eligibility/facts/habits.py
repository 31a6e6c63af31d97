"""Smoking status said alone: "Smoker", "Current smokers", "Non-smoker", "Non or ex-smokers", "Never smoked".

Only the status: an amount ("1 pack per day"), a time ("within 6 months"), another habit ("alcohol and tobacco
use") or a product ("nicotine products") leaves the sentence in the study's words.
"""

from __future__ import annotations

import re
from typing import Literal

from trialpages.eligibility.facts.base import Fact, recogniser

Status = Literal["smokes", "smokes now", "does not smoke", "never smoked", "stopped", "not now", "now or before"]


class Smoking(Fact):
    status: Status

    def sentence(self) -> str:
        return {
            "smokes": "You smoke.",
            "smokes now": "You smoke now.",
            "does not smoke": "You do not smoke.",
            "never smoked": "You have never smoked.",
            "stopped": "You used to smoke and have stopped.",
            "not now": "You do not smoke now (you may have smoked in the past and stopped).",
            "now or before": "You smoke now or have smoked in the past.",
        }[self.status]


_SMOKER = r"smokers?"
_WHO_NOUN = r"(?:\s+(?:patients?|subjects?|participants?|individuals?|volunteers?|men|women))?"
_SMOKING = (
    r"(?:an?\s+)?(?:"
    rf"(?P<now_or_before>(?:current|active)\s+or\s+(?:ex|former|past|previous)[- ]?{_SMOKER})"
    rf"|(?P<not_now>(?:non|never)[- ]?(?:{_SMOKER})?\s+or\s+(?:ex|former)[- ]?{_SMOKER})"
    rf"|(?P<never>never[- ]?{_SMOKER}|never\s+smoked)"
    rf"|(?P<stopped>(?:ex|former)[- ]?{_SMOKER})"
    rf"|(?P<non>non[- ]?{_SMOKER}|not\s+(?:a\s+)?(?:current\s+)?{_SMOKER})"
    rf"|(?P<now>(?:current(?:ly)?|active(?:ly)?)\s+(?:{_SMOKER}|smoking))"
    rf"|(?P<plain>{_SMOKER})"
    rf"){_WHO_NOUN}"
)


def _smoking(match: re.Match) -> Smoking:
    for group, status in (
        ("now_or_before", "now or before"),
        ("not_now", "not now"),
        ("never", "never smoked"),
        ("stopped", "stopped"),
        ("non", "does not smoke"),
        ("now", "smokes now"),
    ):
        if match[group]:
            return Smoking(status=status)
    return Smoking(status="smokes")


RECOGNISERS = (recogniser("smoking", ("smok",), _SMOKING, _smoking),)
