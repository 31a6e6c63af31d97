"""How well you manage daily life (ECOG/WHO/Zubrod, Karnofsky, Lansky), and how long your doctor expects you to live.

A score is said from what it means ("You can do light work ... (ECOG score 0 or 1)"), the score itself
kept in brackets. Every spelling the registry uses is read: "ECOG 0-1", "ECOG PS ≤ 2", "WHO performance
status of 0 or 1", "Performance status 0-2 (ECOG)", "Karnofsky ≥ 70%", "KPS 70-100", "Lansky or
Karnofsky, as applicable, score ≥ 50".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import ClassVar, Literal

from trialpages.eligibility.comparators import COMPARISON, comparison_phrase
from trialpages.eligibility.facts.base import NUMBER, TIME_UNIT, Fact, count, plural, recogniser

# What the highest ECOG (WHO, Zubrod) score a study accepts lets you do, said of the reader.
_ECOG_UP_TO = {
    0: "You are fully active, with no limits",
    1: "You can do light work, even if hard physical activity is limited",
    2: "You can take care of yourself and are up and about more than half of the day",
    3: "You can do some of your own care, even if you are in bed or a chair more than half of the day",
}
# What the lowest ECOG score a sentence names means (an exclusion's "ECOG ≥ 3").
_ECOG_FROM = {
    1: "Hard physical activity is limited for you",
    2: "You are not able to work",
    3: "You are in bed or a chair more than half of the day",
    4: "You are in bed or a chair all of the time",
}
# What the lowest Karnofsky score a study accepts lets you do.
_KARNOFSKY_FROM = {
    90: "You can do your normal activities, with only minor signs of illness",
    80: "You can do your normal activities, with some effort",
    70: "You can take care of yourself, even if you cannot do your normal activities or work",
    60: "You can take care of most of your own needs, with some help now and then",
}

Scale = Literal["ECOG", "WHO", "Zubrod", "Karnofsky", "Lansky", "Karnofsky or Lansky"]


class Performance(Fact):
    glance: ClassVar[str | None] = "performance"
    scale: Scale
    values: tuple[str, ...] = ()  # the scores allowed, as listed ("0", "1") or a range's ends
    joiner: Literal["or", "to"] = "or"
    phrase: str | None = None  # a limit: "at most 2", "at least 70"
    number: str | None = None
    percent: bool = False
    when: str | None = None  # "at your first study visit"
    measured: str | None = None  # "in the 7 days before ...": when the score is measured
    steady: str | None = None  # "in the 2 weeks before ...": the score has not got worse over that time

    def sentence(self) -> str:
        name = {"WHO": "WHO performance", "ECOG": "ECOG", "Zubrod": "Zubrod"}.get(self.scale, self.scale)
        when = f" {self.when}" if self.when else f" measured {self.measured}" if self.measured else ""
        steady = f", and it has not got worse {self.steady}" if self.steady else ""
        meaning = self._meaning()
        if meaning and self.measured:
            return (
                f"{meaning} ({name} score {self._scores()},{when}){steady}."  # the score is measured, not the meaning
            )
        if meaning:
            return f"{meaning} ({name} score {self._scores()}){when}{steady}."
        return f"Your {name} score is {self._scores()}{when}{steady}."

    def _meaning(self) -> str | None:
        if self.scale in ("ECOG", "WHO", "Zubrod"):
            top = self._highest_from_zero()
            if top is not None:
                return _ECOG_UP_TO.get(top)
            bottom = self._lowest_to_four()
            if bottom is not None:
                return _ECOG_FROM.get(bottom)
            return None
        if self.scale == "Karnofsky":
            low = self._lowest_accepted()
            return _KARNOFSKY_FROM.get(low) if low is not None else None
        return None

    def _scores(self) -> str:
        percent = "%" if self.percent else ""
        if self.phrase:
            return f"{self.phrase} {self.number}{percent}"
        if len(self.values) == 1:
            return self.values[0] + percent
        if self.joiner == "to":
            return f"{self.values[0]} to {self.values[-1]}{percent}"
        return ", ".join(self.values[:-1]) + f" or {self.values[-1]}"

    def goes_well(self) -> bool:
        """A limit that lets in those who manage well: ECOG from 0 up, Karnofsky or Lansky up to 100."""
        if self.scale in ("ECOG", "WHO", "Zubrod"):
            return self._highest_from_zero() is not None
        return self.phrase in ("at least", "more than") or (self.joiner == "to" and self.values[-1:] == ("100",))

    def goes_badly(self) -> bool:
        """A limit that names those who manage badly: ECOG up to 4, Karnofsky or Lansky below a score."""
        if self.scale in ("ECOG", "WHO", "Zubrod"):
            return self._lowest_to_four() is not None
        return self.phrase in ("at most", "less than")

    def _highest_from_zero(self) -> int | None:
        """The highest score allowed when every score from 0 up to it is allowed; else None."""
        if self.phrase in ("at most", "less than") and self.number and self.number.isdigit():
            return int(self.number) - (self.phrase == "less than")
        if self.values and self.values[0] == "0" and all(v.isdigit() for v in self.values):
            numbers = [int(v) for v in self.values]
            if self.joiner == "to" or numbers == list(range(numbers[-1] + 1)):
                return numbers[-1]
        return None

    def _lowest_to_four(self) -> int | None:
        """The lowest score named when every score from it up to 4 is meant ("≥ 3", "3 or 4"); else None."""
        if self.phrase in ("at least", "more than") and self.number and self.number.isdigit():
            return int(self.number) + (self.phrase == "more than")
        if self.values and all(v.isdigit() for v in self.values):
            numbers = [int(v) for v in self.values]
            if numbers[-1] == 4 and (self.joiner == "to" or numbers == list(range(numbers[0], 5))):
                return numbers[0]
        return None

    def _lowest_accepted(self) -> int | None:
        if self.phrase in ("at least", "more than") and self.number and self.number.isdigit():
            low = int(self.number) + (10 if self.phrase == "more than" else 0)
            return low if low % 10 == 0 else None
        if self.joiner == "to" and self.values and self.values[-1] == "100" and self.values[0].isdigit():
            return int(self.values[0])
        return None


class EitherPerformance(Fact):
    """Two scales, either enough: "Karnofsky at least 70, or ECOG 0-2" (one for adults, one for children, or the
    same limit on two scales)."""

    glance: ClassVar[str | None] = "performance"
    first: Performance
    second: Performance

    def sentence(self) -> str:
        second = self.second.sentence()
        return f"{self.first.sentence()[:-1]}, or {second[:1].lower()}{second[1:]}"


class LifeExpectancy(Fact):
    phrase: str  # "at least", "more than", "less than", "at most"
    number: str
    unit: str
    study_doctor: bool = False  # "as determined by the investigator"
    when: str | None = None
    other_illness: bool = False  # "due to concomitant illnesses": the reason the study names

    def sentence(self) -> str:
        who = "your study doctor" if self.study_doctor else "your doctor"
        cause = " because of another illness" if self.other_illness else ""
        expects = f"{who} expects you to live {self.phrase} {plural(self.number, self.unit)}{cause}."
        # The time goes first: "... live at least 12 weeks at your first study visit" reads as where you live.
        return f"{self.when[0].upper()}{self.when[1:]}, {expects}" if self.when else expects[0].upper() + expects[1:]


_WORD_SCORES = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4"}
_SCORE = r"(?:[0-4]|zero|one|two|three|four)(?![\d.])"
_ECOG_SCALE = (
    r"(?P<{group}>(?:(?:eastern|easter)\s+(?:cancer\s+)?coop(?:erative)?\s+oncology\s+group|eastern\s+cancer\s+cooperative\s+group|ecog|who|world\s+health\s+organi[sz]ation"
    r"|zubrod)(?:\s*\((?:ecog|who|eastern\s+cooperative\s+oncology\s+group)\)|(?<=group)\s+ecog\b)?(?:\s*(?:/|or)\s*(?:ecog|who|eastern\s+cooperative\s+oncology\s+group)(?:\s*\((?:ecog)\))?)?)"
)
_REFERENCE = r"\s*\((?:see\s+|refer\s+to\s+)?appendix\s+[a-z0-9]+(?:\s+for\s+definition)?\)"
_PS_WORDS = (
    rf"(?:{_REFERENCE})?(?:\s*\((?:ecog|who)\))?(?:\s+(?:performance|behavior|physical))?(?:\s+(?:status|score|scale|grade|standard|ps|level))*"
    rf"(?:\s*\((?:ps|ecog|ecog\s+ps|who)\))?(?:{_REFERENCE})?(?:\s+(?:score|grade|standard))*"
)
_VALUES = (
    r"(?:\s*(?:of|:|=|is|must\s+be|should\s+be|score\s+of|grade\s+of|of\s+grade|equal\s+to)\s*)*\s*"
    rf"(?:(?P<cmp>{COMPARISON})\s*(?:\((?:{COMPARISON})\)\s*)?(?P<n>{_SCORE})|(?P<values>{_SCORE}(?:\s*(?:,|-|–|to|or|and|/)\s*(?:or\s+|and\s+)?{_SCORE})*)"
    r"(?P<dir>\s+or\s+(?:less|lower|below|higher|more|greater|above))?)(?:\s+points?)?"
)
_EVENT = (
    r"screening|study\s+entry|baseline(?:\s+or\s+(?:the\s+)?day\s+of\s+first\s+dosing)?|enrol?lment|registration|"
    r"randomi[sz]ation|(?:the\s+)?first\s+dose(?:\s+of\s+(?:the\s+study\s+drug|[a-z]*\d[a-z0-9-]*))?|study\s+start|"
    r"(?:the\s+)?study\s+drug\s+treatment"
)
_ASSESSED = (
    rf"(?:\s*,?\s*(?:at|on)\s+(?:the\s+time\s+of\s+)?(?P<when>{_EVENT})|\s+assessed\s+within\s+(?P<within>\d+)\s+"
    rf"(?P<within_unit>days?|weeks?)\s+(?:before|prior\s+to)\s+(?P<within_event>{_EVENT}))?"
    # "with no deterioration over the previous 2 weeks prior to baseline": a score that has held
    r"(?:\s*,?\s*(?:with\s+)?no\s+(?:clinically\s+significant\s+)?deterioration\s+(?:over|in|during|within)\s+"
    rf"(?:the\s+)?(?:previous\s+|past\s+|last\s+)?(?P<steady>\d+|two)\s+weeks?(?:\s+(?:prior\s+to|before)\s+(?P<steady_event>{_EVENT}))?)?"
)
_OWNER = r"(?:(?:has|have|with)\s+)?(?:an?\s+|the\s+)?(?:(?:patient|participant|subject)'s\s+)?"
_ECOG_PATTERN = (
    rf"{_OWNER}(?:{_ECOG_SCALE.format(group='scale')}{_PS_WORDS}|(?:performance\s+status|ps)(?:\s+of)?\s+"
    rf"{_ECOG_SCALE.format(group='scale3')}(?:{_PS_WORDS})?)"
    rf"{_VALUES}{_ASSESSED}(?:{_REFERENCE})?"
)
_PS_FIRST = (
    rf"(?:an?\s+|the\s+)?(?:performance\s+status|ps)(?:\s*\(ps\))?{_VALUES}\s*\(\s*(?P<scale2>ecog|who|zubrod)(?:\s+(?:ps|scale|"
    rf"performance\s+status))?\s*\){_ASSESSED}"
)
# "Have a performance status of 0 or 1 on the ECOG Performance Scale": the scale named after the score.
_SCALE_AFTER = (
    rf"{_OWNER}(?:performance\s+status|ps){_VALUES}\s+(?:on|according\s+to|by)\s+(?:the\s+)?"
    rf"{_ECOG_SCALE.format(group='scale4')}(?:\s+performance)?(?:\s+(?:status\s+)?scale)?{_ASSESSED}"
)
_WHEN_WORDS = (
    (r"screening", "at your first study visit"),
    (r"baseline", "at the start of the study (baseline)"),
    (r"entry|enrol|registration|start", "when you join the study"),
    (r"randomi", "when you are assigned to a study group"),
    (r"first dose", "when you start the study treatment"),
)
# The same events, as what a time counts back from ("in the 7 days before ...").
_BEFORE_WORDS = (
    (r"screening", "your first study visit"),
    (r"baseline or (?:the )?day of first dosing", "the start of the study (baseline) or the day of your first dose"),
    (r"baseline", "the start of the study (baseline)"),
    (r"entry|enrol|registration|study start", "you join the study"),
    (r"randomi", "you are assigned to a study group"),
    (r"first dose of (?!the study drug)", "your first dose of the study drug"),
    (r"first dose|study drug treatment", "your first dose of the study treatment"),
)


def _when(text: str | None) -> str | None:
    if not text:
        return None
    lowered = text.lower()
    return next((words for key, words in _WHEN_WORDS if re.search(key, lowered)), None)


def _before(event: str) -> str:
    """ "before your first dose of the study drug (HSK40118)": what a window counts back from, its drug named."""
    lowered = " ".join(event.lower().split())
    words = next(words for key, words in _BEFORE_WORDS if re.search(key, lowered))
    drug = re.search(r"first dose of (?!the study drug)(\S+)", event, re.IGNORECASE)
    return f"before {words} ({drug[1]})" if drug else f"before {words}"


def _time_of(match: re.Match) -> dict[str, str | None]:
    """The fields of when a score is measured and how long it has held."""
    groups = match.groupdict()
    when, measured = _when(groups.get("when")), None
    if groups.get("within"):
        measured = f"in the {plural(groups['within'], groups['within_unit'])} {_before(groups['within_event'])}"
    steady = None
    if groups.get("steady"):
        weeks = plural(count(groups["steady"]), "weeks")
        event = groups.get("steady_event")
        steady = f"in the {weeks} {_before(event)}" if event else f"in the last {weeks}"
    return {"when": when, "measured": measured, "steady": steady}


def _scale(text: str) -> Literal["ECOG", "WHO", "Zubrod"]:
    lowered = text.lower()
    if "zubrod" in lowered:
        return "Zubrod"
    return (
        "WHO"
        if ("who" in lowered or "world health" in lowered) and "ecog" not in lowered and "eastern" not in lowered
        else "ECOG"
    )


def _ecog(match: re.Match) -> Performance | None:
    groups = match.groupdict()
    scale = _scale(groups.get("scale") or groups.get("scale2") or groups.get("scale3") or groups.get("scale4") or "")
    time = _time_of(match)
    if match["cmp"]:
        return Performance(
            scale=scale,
            phrase=comparison_phrase(match["cmp"]),
            number=_WORD_SCORES.get(match["n"].lower(), match["n"]),
            **time,
        )
    text = match["values"]
    numbers = [_WORD_SCORES.get(word.lower(), word) for word in re.findall(_SCORE, text, re.IGNORECASE)]
    if match["dir"]:
        if len(numbers) != 1:
            return None
        phrase = "at most" if re.search(r"less|lower|below", match["dir"], re.IGNORECASE) else "at least"
        return Performance(scale=scale, phrase=phrase, number=numbers[0], **time)
    ranged = bool(re.search(r"\d\s*(?:-|–|to)\s*\d|\w\s+to\s+\w", text))
    if ranged:
        if len(numbers) != 2 or int(numbers[0]) >= int(numbers[1]):
            return None
        return Performance(scale=scale, values=(numbers[0], numbers[1]), joiner="to", **time)
    if re.search(r"\band\b", text, re.IGNORECASE) and not re.search(r"\bor\b|,", text):
        return None  # "0 and 1": said as a list, read as the source
    if len(numbers) > 1 and [int(n) for n in numbers] != sorted({int(n) for n in numbers}):
        return None
    return Performance(scale=scale, values=tuple(numbers), joiner="or", **time)


_KARNOFSKY_PATTERN = (
    rf"{_OWNER}(?P<first>karnofsky|karnovsky|kps|lansky|lps)(?:\s+play)?(?:\s+performance)?(?:\s+(?:status|score|scale|"
    r"index))?(?:\s*\((?:kps|lps)\))?"
    r"(?P<other>\s*(?:/|or)\s*(?:karnofsky|karnovsky|lansky)(?:\s+play)?(?:\s+performance)?(?:\s+(?:status|score|scale|index))?"
    r"(?:\s*\((?:kps|lps)\))?)?(?:\s*,\s*as\s+applicable\s*,)?(?:\s+(?:score|status))?"
    r"(?:\s*(?:of|:|=|is|must\s+be)\s*)*\s*"
    rf"(?:(?P<cmp>{COMPARISON})\s*(?P<n>{NUMBER})\s*(?P<pct>%)?|(?P<low>\d{{2}})\s*(?P<pct1>%)?\s*(?:-|–|to)\s*(?P<high>100)\s*"
    rf"(?P<pct2>%)?|(?P<n2>\d{{2}})\s*(?P<pct3>%)?\s+or\s+(?:more|higher|greater|above))"
    rf"{_ASSESSED}"
)


def _karnofsky(match: re.Match) -> Performance | None:
    first = match["first"].lower()
    scale: Scale = (
        "Karnofsky or Lansky" if match["other"] else ("Lansky" if first in ("lansky", "lps") else "Karnofsky")
    )
    time = _time_of(match)
    if match["cmp"]:
        return Performance(
            scale=scale,
            phrase=comparison_phrase(match["cmp"]),
            number=match["n"],
            percent=bool(match["pct"]),
            **time,
        )
    if match["n2"]:
        return Performance(scale=scale, phrase="at least", number=match["n2"], percent=bool(match["pct3"]), **time)
    return Performance(
        scale=scale,
        values=(match["low"], match["high"]),
        joiner="to",
        percent=bool(match["pct2"] or match["pct1"]),
        **time,
    )


_LIFE = (
    r"(?:an?\s+|the\s+)?(?:(?:estimated|predicted|anticipated|expected|minimum)\s+)?(?:life\s+expectancy|(?:expected\s+)?survival"
    r"(?:\s+(?:time|period))?)\s*(?:(?:is|of|must\s+be|should\s+be|(?:deemed|estimated|expected|judged)\s+to\s+be)\s+)*"
    rf"(?:(?P<cmp>{COMPARISON})\s*)?(?:\((?:>|<|≥|≤)\)\s*)?(?P<n>{NUMBER}|one|two|three|six|twelve)\s*(?:\(\d+\)\s*)?"
    rf"(?P<unit>{TIME_UNIT})(?P<more>\s+or\s+(?:more|longer|greater))?"
    r"(?P<cause>\s+(?:due\s+to|because\s+of)\s+(?:(?:other|concomitant|co-?existing|comorbid|another)\s+"
    r"(?:illness(?:es)?|diseases?|conditions?)|co-?morbidit(?:y|ies)))?"
    r"(?:\s*,?\s*(?:as\s+(?:estimated|assessed|judged)\s+)?(?:at|on)\s+(?:the\s+time\s+of\s+)?(?P<when>screening|study\s+entry|baseline|enrol?lment|registration|"
    r"randomi[sz]ation|(?:the\s+)?first\s+dose|study\s+start))?"
    r"(?P<doctor>\s*,?\s*(?:as\s+)?(?:determined|assessed|estimated|judged|evaluated)\s+by\s+(?:the\s+)?(?:treating\s+)?"
    r"(?:investigator|physician|study\s+doctor)|\s*,?\s*(?:based\s+on|in)\s+(?:the\s+)?investigator'?s\s+(?:judge?ment|opinion))?"
)


def _life(match: re.Match) -> LifeExpectancy | None:
    phrase = comparison_phrase(match["cmp"]) if match["cmp"] else ("at least" if match["more"] else None)
    if phrase is None:
        return None  # "Life expectancy of 12 weeks": at least is likely, but the source does not say it
    return LifeExpectancy(
        phrase=phrase,
        number=count(match["n"]),
        unit=match["unit"],
        study_doctor=bool(match["doctor"]),
        when=_when(match["when"]),
        other_illness=bool(match["cause"]),
    )


@cache
def _one_scale_patterns() -> tuple[tuple[re.Pattern, Callable[[re.Match], Performance | None]], ...]:
    """Compiled at first use, as the recognisers' own patterns are: not at a cold start."""
    return (
        (re.compile(rf"{_ECOG_PATTERN}\s*", re.IGNORECASE), _ecog),
        (re.compile(rf"{_PS_FIRST}\s*", re.IGNORECASE), _ecog),
        (re.compile(rf"{_KARNOFSKY_PATTERN}\s*", re.IGNORECASE), _karnofsky),
    )


def _one_scale(text: str) -> Performance | None:
    """One scale's limit alone, for the readers below that find two in a sentence or one inside a label's brackets."""
    for pattern, build in _one_scale_patterns():
        match = pattern.fullmatch(text.strip(" ,;"))
        if match and (fact := build(match)) is not None:
            return fact
    return None


# "Adequate performance status (Lansky or Karnofsky score ≥ 50)", "Poor functional status (ECOG > 2)": the label only
# says which way the limit in its brackets goes, and must agree with it.
_LABELLED = r"(?P<label>adequate|good|poor)\s+(?:performance|functional)\s+status\s*\((?P<inner>[^()]+)\)"


def _labelled(match: re.Match) -> Performance | None:
    fact = _one_scale(match["inner"])
    if fact is None:
        return None
    agrees = fact.goes_badly() if match["label"].lower() == "poor" else fact.goes_well()
    return fact if agrees else None


# "Karnofsky Performance Status (KPS) ≥ 70, or ECOG 0-2", "ECOG ≤ 2 (Karnofsky ≥ 60%, see Appendix A)": two scales,
# either enough. Each part must be one scale's limit, read whole.
_TWO_SCALES = r"(?P<both>.{6,200}?)"
_BETWEEN = re.compile(r"\s*,?\s+(?:or|alternatively)\s+|\s*\(")
_SEE = re.compile(r"\s*,?\s*(?:see|refer\s+to)\s+appendix\s+\w+\s*$", re.IGNORECASE)


def _either(match: re.Match) -> EitherPerformance | None:
    text = match["both"]
    for cut in _BETWEEN.finditer(text):
        first, rest = text[: cut.start()], text[cut.end() :]
        if cut.group(0).strip() == "(":
            if not rest.endswith(")"):
                continue
            rest = _SEE.sub("", rest[:-1])
        one, other = _one_scale(first), _one_scale(rest)
        if one is not None and other is not None and one.scale != other.scale and one.goes_well() == other.goes_well():
            return EitherPerformance(first=one, second=other)
    return None


RECOGNISERS = (
    # "who" alone is in most sentences ("patients who ..."): the WHO scale is looked for only where a score may follow.
    recogniser(
        "ecog",
        (
            "ecog",
            "performance",
            "zubrod",
            "eastern",
            "world health",
            "(who)",
            "who/",
            "who or",
            "who 0",
            "who 1",
            "who 2",
            "who p",
            "who s",
            "who g",
            "who:",
            "who-",
            "who=",
        ),
        _ECOG_PATTERN,
        _ecog,
    ),
    recogniser(
        "ecog",
        ("performance status", "ps 0", "ps 1", "ps 2", "ps:", "ps of", "ps at", "ps less", "ps=", "ps ="),
        _PS_FIRST,
        _ecog,
    ),
    recogniser("ecog", ("performance status", "ps "), _SCALE_AFTER, _ecog),
    recogniser("karnofsky", ("karnofsky", "karnovsky", "kps", "lansky", "lps"), _KARNOFSKY_PATTERN, _karnofsky),
    recogniser("life-expectancy", ("life expectancy", "survival"), _LIFE, _life),
    recogniser("performance-labelled", ("performance status", "functional status"), _LABELLED, _labelled),
    recogniser("performance-either", ("karnofsky", "lansky", "kps"), _TWO_SCALES, _either),
)
