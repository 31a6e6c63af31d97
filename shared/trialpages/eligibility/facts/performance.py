"""How well you manage daily life (ECOG/WHO, Karnofsky, Lansky), and how long your doctor expects you to live."""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from trialpages.eligibility.comparators import COMPARISON, comparison_phrase
from trialpages.eligibility.facts.base import NUMBER, TIME_UNIT, Fact, plural, recogniser

# What the highest ECOG (or WHO) score a study accepts lets you do, said of the reader.
_ECOG_UP_TO = {
    0: "You are fully active, with no limits",
    1: "You can do light work, even if hard physical activity is limited",
    2: "You can take care of yourself and are up and about more than half of the day",
    3: "You can do some of your own care, even if you are in bed or a chair more than half of the day",
}


class Performance(Fact):
    glance: ClassVar[str | None] = "performance"
    scale: Literal["ECOG", "WHO", "Karnofsky", "Lansky", "Karnofsky or Lansky"]
    values: tuple[str, ...] = ()  # the scores allowed, as listed ("0", "1") or a range's ends
    joiner: Literal["or", "to"] = "or"
    phrase: str | None = None  # a limit: "at most 2", "at least 70"
    number: str | None = None
    percent: bool = False

    def sentence(self) -> str:
        name = {"WHO": "WHO performance"}.get(self.scale, self.scale)
        if self.scale in ("ECOG", "WHO"):
            top = self._highest_from_zero()
            if top is not None and top in _ECOG_UP_TO:
                return f"{_ECOG_UP_TO[top]} ({name} score {self._scores()})."
        return f"Your {name} score is {self._scores()}."

    def _scores(self) -> str:
        if self.phrase:
            return f"{self.phrase} {self.number}{'%' if self.percent else ''}"
        if len(self.values) == 1:
            return self.values[0]
        return f" {self.joiner} ".join([", ".join(self.values[:-1]), self.values[-1]])

    def _highest_from_zero(self) -> int | None:
        """The highest score allowed when every score from 0 up to it is allowed; else None."""
        if self.phrase in ("at most", "less than") and self.number and self.number.isdigit():
            return int(self.number) - (self.phrase == "less than")
        if self.values and self.values[0] == "0" and all(v.isdigit() for v in self.values):
            numbers = [int(v) for v in self.values]
            if self.joiner == "to" or numbers == list(range(numbers[-1] + 1)):
                return numbers[-1]
        return None


class LifeExpectancy(Fact):
    phrase: str | None
    number: str
    unit: str

    def sentence(self) -> str:
        # "Life expectancy of 12 weeks" as a rule to join means at least that long.
        return f"Your doctor expects you to live {self.phrase or 'at least'} {plural(self.number, self.unit)}."


def _scale(text: str) -> Literal["ECOG", "WHO"]:
    lowered = text.lower()
    return "WHO" if "who" in lowered and "ecog" not in lowered and "eastern" not in lowered else "ECOG"


def _listed(match: re.Match) -> Performance:
    values = [v for v in (match["low"], match["third"], match["high"]) if v]
    joiner = "to" if (match["joiner"] or "").strip().lower() in ("-", "–", "to") else "or"
    return Performance(scale=_scale(match[0]), values=tuple(values), joiner=joiner)


_ECOG_NAME = (
    r"(?:an? )?(?:(?:eastern cooperative oncology group|ecog|who|world health organi[sz]ation)\s*(?:\((?:ecog|who)\))?"
    r"\s*(?:/\s*(?:ecog|who)\s*)?(?:performance status|performance score|ps|status)?|performance status)"
    r"(?:\s*\((?:ps|ecog ps|ecog)\))?(?: score)?(?: of)?\s*(?:grade\s*)?:?\s*"
)

RECOGNISERS = (
    recogniser(
        "ecog", ("ecog", "performance", "who"),
        _ECOG_NAME + r"(?P<low>[0-4])(?:\s*,\s*(?P<third>[0-4])\s*,?)?(?:\s*(?P<joiner>-|–|to|or|/|and)\s*(?P<high>[0-4]))?",
        _listed,
    ),
    recogniser(
        "ecog-limit", ("ecog", "performance", "who"),
        _ECOG_NAME + rf"(?P<cmp>{COMPARISON})\s*(?P<n>[0-4])",
        lambda m: Performance(scale=_scale(m[0]), phrase=comparison_phrase(m["cmp"]), number=m["n"]),
    ),
    recogniser(
        "karnofsky", ("karnofsky", "kps", "lansky"),
        r"(?:an? )?(?P<scale>karnofsky|kps|lansky)(?P<other>\s*(?:/|or)\s*(?:karnofsky|lansky))?(?: play)?(?: performance)?"
        r"(?: status| score| scale| index)?(?: \((?:kps|lps)\))?(?: score)?(?: of)?\s*:?\s*"
        rf"(?P<cmp>{COMPARISON})\s*(?P<n>{NUMBER})\s*(?P<pct>%)?",
        lambda m: Performance(
            scale="Karnofsky or Lansky" if m["other"] else "Lansky" if m["scale"].lower() == "lansky" else "Karnofsky",
            phrase=comparison_phrase(m["cmp"]), number=m["n"], percent=bool(m["pct"]),
        ),
    ),
    recogniser(
        "life-expectancy", ("life expectancy", "expected survival", "survival"),
        rf"(?:an? )?(?:estimated |predicted |anticipated |expected )?(?:life expectancy|survival)(?: of)?\s*(?:(?P<cmp>{COMPARISON})\s*)?"
        rf"(?:\((?:>|<|≥|≤)\)\s*)?(?P<n>{NUMBER}|one|two|three|six|twelve)\s*(?:\(\d+\)\s*)?(?P<unit>{TIME_UNIT})"
        r"(?P<more> or (?:more|longer|greater))?",
        lambda m: LifeExpectancy(phrase=comparison_phrase(m["cmp"]) if m["cmp"] else ("at least" if m["more"] else None),
                                 number=m["n"], unit=m["unit"]),
    ),
)
