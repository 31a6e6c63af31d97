"""Does a plain item say what its original says? The same numbers, units, comparisons and negations.

The translator checks every rewrite with `faithful` and falls back to a more literal one when
it fails; the tests hold the whole corpus to it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trialpages.eligibility.comparators import AT_LEAST, AT_MOST, LESS_THAN, MORE_THAN, canonical_comparisons

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_PHRASES = (AT_LEAST, AT_MOST, MORE_THAN, LESS_THAN)
# The word right after a number, when it is a unit (mg/dL, mL/min, %, years, mmHg, kg/m2).
_UNIT = re.compile(r"\s*(%|[a-zµμ][a-zµμ0-9/^²³]*)", re.IGNORECASE)
_LAB_UNITS = {
    "mg",
    "g",
    "kg",
    "mcg",
    "µg",
    "μg",
    "ug",
    "ng",
    "pg",
    "ml",
    "l",
    "dl",
    "mmol",
    "µmol",
    "μmol",
    "umol",
    "iu",
    "u",
    "mmhg",
    "ms",
    "msec",
    "cm",
    "mm",
    "mm3",
    "cells",
    "copies",
    "bpm",
    "meq",
    "sec",
    "seconds",
    "min",
    "minutes",
}
_UNIT_SPELLINGS = {
    "yr": "year",
    "yrs": "year",
    "years": "year",
    "y": "year",
    "yo": "year",
    "mo": "month",
    "mos": "month",
    "months": "month",
    "wk": "week",
    "wks": "week",
    "weeks": "week",
    "d": "day",
    "days": "day",
    "hrs": "hour",
    "hr": "hour",
    "hours": "hour",
    "h": "hour",
    "kg/m^2": "kg/m2",
    "kg/m²": "kg/m2",
    # A dose a day: the plain words say "10 mg a day".
    "mg/day": "mg",
    "mg/d": "mg",
    "mcg/day": "mcg",
    "µg/day": "µg",
    "g/day": "g",
}
# Negations ("no", "not", "n't"), and exceptions in their own group, found in one scan: no word is in both
# lists, so a match of one never hides a match of the other.
_NEGATION_OR_EXCEPTION = re.compile(
    r"\b(?:(?P<exception>except|excepting|unless|other than|excluding|apart from|with the exception of|but)"
    r"|no|not|never|none|neither|nor|without|cannot|unable|unwilling|refus\w*)\b|n't",
    re.IGNORECASE,
)
# "such as" says the same; "gender is not limited" is "male or female".
_NOT_LIMITED = re.compile(
    r"\bbut not limited to\b|\b(?:gender|sex) is not limited\b|\bno limit on (?:the )?(?:gender|sex)\b", re.IGNORECASE
)


def _unit_after(text: str, end: int) -> str | None:
    match = _UNIT.match(text, end)
    if not match:
        return None
    unit = match.group(1).lower()
    unit = _UNIT_SPELLINGS.get(unit, unit)
    if unit == "%" or "/" in unit or unit in _LAB_UNITS or unit in _UNIT_SPELLINGS.values():
        return unit
    return None


# After a number: its unit and "old" ("18 years old at least", from "18 years or older"), then the phrase.
_TRAILING_PHRASE = re.compile(r"\s*(?:%|[a-zµμ/^²³0-9.]+)?(?:\s+old)?\s*(?P<phrase>at least|at most)\b")
# The end of a name a number is part of: "HbA1c", "FEV1", "IIEF-5", "CD4".
_IN_NAME = re.compile(r"[a-z](?:-)?$", re.IGNORECASE)
# A range: "0 to 2" allows at most 2 (and at least 0).
_RANGE_END = re.compile(r"\d\s*(?:%|[a-zµμ/]+)?\s*(?:to|-|–)\s*$")
_RANGE_START = re.compile(r"^\s*(?:%|[a-zµμ/]+)?\s*(?:to|-|–)\s*\d")


def _quantities(text: str) -> list[tuple[str | None, str, str | None]]:
    """(comparison phrase or None, number, unit or None) for every number in canonical `text`.

    The phrase may come before the number ("at least 18"), after it ("18 years at least", from
    "18 years or older"), or from a range ("0 to 2": at most 2, at least 0).
    """
    found = []
    for match in _NUMBER.finditer(text):
        before = text[max(0, match.start() - 12) : match.start()].rstrip()
        phrase = next(p for p in _PHRASES if before.endswith(p)) if before.endswith(_PHRASES) else None
        if phrase is None:
            # Not a number inside a name ("HbA1c at least 7%", "IIEF-5 at most 21"): its phrase is the value's.
            trailing = (
                None
                if _IN_NAME.search(text, max(0, match.start() - 2), match.start())
                else _TRAILING_PHRASE.match(text, match.end())
            )
            if trailing:
                phrase = trailing["phrase"]
            elif _RANGE_END.search(text[max(0, match.start() - 16) : match.start()]):
                phrase = AT_MOST
            elif _RANGE_START.match(text[match.end() : match.end() + 16]):
                phrase = AT_LEAST
        found.append((phrase, match.group(0), _unit_after(text, match.end())))
    return found


def keeps_numbers(original: str, plain: str) -> bool:
    """Every number of the original is in the plain text with the same comparison before it and unit after it."""
    wanted = _quantities_of(original)
    if not wanted:
        return True
    kept = _quantities_of(plain)
    for phrase, number, unit in wanted:
        candidates = [(p, u) for p, n, u in kept if n == number]
        if not candidates:
            return False
        if phrase and all(p != phrase for p, _ in candidates):
            return False
        if unit and all(u != unit for _, u in candidates):
            return False
    return True


def keeps_negation(original: str, plain: str) -> bool:
    """At least as many negations and exceptions ("no", "not", "except", "unless"…) as the original."""
    # Few criteria say it: the original as it is then shares its cached reading with the number check.
    without = _NOT_LIMITED.sub("", original)
    negations, exceptions = _negations_of(without)
    if not (negations or exceptions):
        return True
    plain_negations, plain_exceptions = _negations_of(plain)
    return plain_negations >= negations and plain_exceptions >= exceptions


# A count per liter in powers of ten is one unit however it is written: "× 10^9/L", "x 109/L" (the
# superscript lost), "×10⁹/L", "10*9/L" and "billion per liter" all read "xbillion/l": its 10 and 9 are
# not numbers of their own (in lower case, after the comparisons are canonical).
_POWER_OF_TEN = re.compile(
    r"\s*[x×*·⋅]\s*10\s*(?:\^|\*\*?|e)?\s*(?P<power>9|12|⁹|¹²)\s*(?:cells\s*)?/\s*l\b|\s+(?P<word>billion|trillion) per liter\b"
)
_POWERS = {
    "9": "billion",
    "⁹": "billion",
    "billion": "billion",
    "12": "trillion",
    "¹²": "trillion",
    "trillion": "trillion",
}


def _powers_of_ten(text: str) -> str:
    return _POWER_OF_TEN.sub(lambda match: f" x{_POWERS[match['power'] or match['word']]}/l", text)


# The translator checks one original against several rewordings: each text is read once.
@lru_cache(maxsize=4096)
def _quantities_of(text: str) -> tuple[tuple[str | None, str, str | None], ...]:
    return tuple(_quantities(_powers_of_ten(canonical_comparisons(text)))) if _NUMBER.search(text) else ()


@lru_cache(maxsize=4096)
def _negations_of(text: str) -> tuple[int, int]:
    # Comparisons first: "no less than" is "at least", not a negation.
    exceptions = _NEGATION_OR_EXCEPTION.findall(canonical_comparisons(text))  # the exception, or "" for a negation
    return exceptions.count(""), len(exceptions) - exceptions.count("")


# Words that narrow what a criterion covers: a rewording that drops one says something broader
# ("Chronic use of systemic steroids" is not "You take steroids"). Each with the plain spellings
# that keep it.
_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "active": ("active",),
    "chronic": ("chronic", "long time", "long-term"),
    "acute": ("acute", "sudden"),
    "recent": ("recent", "last", "past"),
    "systemic": ("systemic",),
    "severe": ("severe",),
    "known": ("known",),
    "suspected": ("suspected", "may be", "possible", "thought"),
    "untreated": ("untreated",),
    "uncontrolled": ("uncontrolled", "not controlled"),
    "invasive": ("invasive",),
    "symptomatic": ("symptomatic", "symptoms"),
    "asymptomatic": ("asymptomatic", "no symptoms"),
    "unstable": ("unstable",),
    "stable": ("stable",),
    "progressive": ("progressive",),
    "topical": ("topical",),
    "oral": ("oral", "by mouth", "pills", "swallow"),
    "only": ("only",),
    "palliative": ("palliative",),
    "definitive": ("definitive",),
    "current": ("current", "now"),
    "ongoing": ("ongoing", "current", "now"),
    "metastatic": ("metastatic", "spread"),
    "refractory": ("refractory",),
    "relapsed": ("relapsed",),
}
_QUALIFIER = re.compile(r"\b(" + "|".join(_QUALIFIERS) + r")\b", re.IGNORECASE)


def keeps_qualifiers(original: str, plain: str) -> bool:
    wanted = _qualifiers_of(original)
    if not wanted:
        return True
    lowered = plain.lower()
    return all(any(spelling in lowered for spelling in _QUALIFIERS[word]) for word in wanted)


@lru_cache(maxsize=4096)
def _qualifiers_of(text: str) -> frozenset[str]:
    return frozenset(word.lower() for word in _QUALIFIER.findall(text))


def faithful(original: str, plain: str) -> bool:
    return keeps_numbers(original, plain) and keeps_negation(original, plain) and keeps_qualifiers(original, plain)
