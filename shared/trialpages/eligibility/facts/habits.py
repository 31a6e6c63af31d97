"""Smoking status said alone: "Smoker", "Current smokers", "Non-smoker", "Non or ex-smokers", "Never smoked"; and
how long ago: "Former smoker who quit less than 6 months ago", "Smoking within the last 6 months".

An amount ("1 pack per day"), another habit ("alcohol and tobacco use") or a product ("nicotine products") leaves
the sentence in the study's words.
"""

from __future__ import annotations

import re
from typing import Literal

from trialpages.eligibility.comparators import COMPARISON, comparison_phrase
from trialpages.eligibility.facts.base import COUNT, Fact, count, plural, recogniser

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


class SmokedLately(Fact):
    """When you last smoked: stopped less (or more) than some time ago, or smoked within it; `now` when smoking
    now is said too ("Current smoker or former smoker who quit less than 6 months ago")."""

    phrase: str | None  # "less than", "more than"; None: within the last span
    span: str  # "6 months"
    now: bool = False

    def sentence(self) -> str:
        if self.phrase is None:
            return f"You have smoked in the last {self.span}."
        stopped = f"you stopped smoking {self.phrase} {self.span} ago"
        return f"You smoke now, or {stopped}." if self.now else f"{stopped[0].upper()}{stopped[1:]}."


_UNIT = r"(?P<unit>days?|weeks?|months?|years?)"
_QUIT = r"(?:quit|quitted|stopped|ceased|gave\s+up)(?:\s+smoking)?"
_SMOKED_LATELY = (
    rf"(?:(?P<now>(?:current|active)\s+{_SMOKER}){_WHO_NOUN}\s*(?:,\s*)?or\s+)?"
    rf"(?:(?:(?:ex|former|previous|past)[- ]?{_SMOKER}|those|people|individuals|patients|subjects|participants){_WHO_NOUN}\s+"
    rf"(?:who\s+)?(?:have\s+|has\s+)?{_QUIT}\s+(?:(?P<cmp>{COMPARISON})\s*(?P<n>{COUNT})\s*{_UNIT}\s+ago"
    rf"|within\s+the\s+(?:last|past|previous)\s+(?P<n_within>{COUNT})\s*(?P<unit_within>days?|weeks?|months?|years?))"
    rf"|(?:(?:has|have)\s+smoked|smoking|(?:a\s+)?history\s+of\s+smoking)\s+(?:with)?in\s+the\s+(?:last|past|previous)\s+"
    rf"(?P<n_smoked>{COUNT})\s*(?P<unit_smoked>days?|weeks?|months?|years?))"
)


def _smoked_lately(match: re.Match) -> SmokedLately | None:
    if match["n_smoked"]:
        if match["now"]:
            return None
        return SmokedLately(phrase=None, span=plural(count(match["n_smoked"]), match["unit_smoked"]))
    if match["n_within"]:
        span = plural(count(match["n_within"]), match["unit_within"])
        return SmokedLately(phrase="less than", span=span, now=bool(match["now"]))
    phrase = comparison_phrase(re.sub(r"\s+", " ", match["cmp"]))
    if phrase not in ("less than", "more than"):
        return None
    return SmokedLately(phrase=phrase, span=plural(count(match["n"]), match["unit"]), now=bool(match["now"]))


class PackYears(Fact):
    """How much you have smoked in all, in pack-years: "Current or former smokers with a smoking history of at least
    10 pack-years"."""

    status: Literal["", "now or before", "now", "before"]
    phrase: str | None  # "at least", "more than", "less than", "at most"; None: exactly
    number: str

    def sentence(self) -> str:
        who = {
            "": "",
            "now or before": "You smoke now or used to smoke, and ",
            "now": "You smoke now, and ",
            "before": "You used to smoke, and ",
        }[self.status]
        amount = f"{self.phrase + ' ' if self.phrase else ''}{self.number} pack-years"
        said = f"{who}{'you' if who else 'You'} have smoked {amount}"
        return f"{said} (one pack-year is 20 cigarettes a day for a year)."


_PACK_YEARS = (
    r"(?:(?P<status>current\s+or\s+(?:former|ex-?|past)|(?:former|ex-?|past)\s+or\s+current|current|former|ex-?)\s*"
    rf"{_SMOKER}{_WHO_NOUN}\s+with\s+)?(?:an?\s+)?(?:(?:cigarette\s+)?smoking\s+history|history\s+of\s+(?:cigarette\s+)?smoking)"
    rf"\s+of\s+(?P<cmp>{COMPARISON})?\s*(?P<n>\d+(?:\.\d+)?)\s*pack[- ]?years?(?P<more>\s+or\s+more)?"
)


def _pack_years(match: re.Match) -> PackYears | None:
    status = re.sub(r"\s+", " ", (match["status"] or "").lower())
    said: Literal["", "now or before", "now", "before"] = (
        "now or before"
        if "current" in status and re.search(r"former|ex|past", status)
        else "now"
        if "current" in status
        else "before"
        if status
        else ""
    )
    if match["cmp"] and match["more"]:
        return None
    phrase = (
        comparison_phrase(re.sub(r"\s+", " ", match["cmp"])) if match["cmp"] else "at least" if match["more"] else None
    )
    return PackYears(status=said, phrase=phrase, number=match["n"])


RECOGNISERS = (
    recogniser("pack-years", ("pack",), _PACK_YEARS, _pack_years),
    recogniser("smoking", ("smok",), _SMOKING, _smoking),
    recogniser("smoked-lately", ("smok",), _SMOKED_LATELY, _smoked_lately),
)
