"""Rewrite rules for the most common criterion types: each matches a whole segment, or not at all.

A rule fires only when it can say the same thing in plainer words; anything with qualifiers it
does not understand falls through to the conservative rewording.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trialpages.eligibility.comparators import comparators_in_words

_N = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_CMP = r"(≥|>=|=>|>|≤|<=|=<|<)"
Rule = tuple[str, re.Pattern, Callable[[re.Match], str | None]]
# A "<name> ≥ <value>" whose name is a clause, not a measurement, is left to the general rewording.
_NOT_A_LAB = re.compile(
    r"\b(?:with|who|have|has|had|patients?|people|participants?|subjects?|not|no|if|and|or|age|aged)\b", re.I
)


def _rule(name: str, pattern: str, write: Callable[[re.Match], str]) -> Rule:
    return name, re.compile(rf"^\s*{pattern}\s*\.?\s*$", re.IGNORECASE), write


RULES: tuple[Rule, ...] = (
    _rule(
        "age-range",
        rf"(?:age[ds]?|aged)\s*(?:of\s*)?:?\s*(?:between\s*)?{_N}\s*(?:-|–|to|and)\s*{_N}\s*(?:years?(?: old)?|yrs?)?(?: \(inclusive\))?",
        lambda m: f"You are {m[1]} to {m[2]} years old",
    ),
    _rule(
        "age-minimum",
        rf"(?:age[ds]?|aged)\s*:?\s*{_CMP}\s*{_N}\s*(?:years?(?: old)?|yrs?)?(?: of age)?",
        lambda m: f"Your age is {comparators_in_words(m[1])} {m[2]} years",
    ),
    _rule(
        "age-or-older",
        rf"(?:age[ds]?\s*)?{_N}\s*years?(?: of age)?(?: old)? (?:or|and) (?:older|above|over)",
        lambda m: f"You are {m[1]} years or older",
    ),
    _rule(
        "adults",
        r"(?:male or female |female or male )?adults?(?: (?:men|women|people|patients|participants))?",
        lambda m: "You are an adult",
    ),
    _rule(
        "consent",
        r"(?:(?:able|willing)(?: and (?:able|willing))? to (?:provide|give|sign) )?(?:signed |written |voluntary |a )*informed consent(?: form)?(?: (?:signed|provided|obtained))?",
        lambda m: "You agree in writing to take part",
    ),
    _rule(
        "pregnancy",
        r"(?:women who are )?(?:pregnan(?:t|cy)|pregnant or (?:lactating|breast-?feeding|nursing)|pregnan(?:t|cy) (?:or|and|and/or) (?:lactating|breast-?feeding|nursing)(?: women| females)?|(?:lactating|breast-?feeding|nursing))(?: women| females)?",
        lambda m: (
            "You are pregnant or breastfeeding" if re.search("lact|breast|nursing", m[0], re.I) else "You are pregnant"
        ),
    ),
    _rule(
        "ecog",
        rf"(?:eastern cooperative oncology group )?\(?ecog\)?(?: performance status| ps)?(?: score)?(?: of)?\s*:?\s*{_N}\s*(?:-|–|to|or)\s*{_N}",
        lambda m: f"Your ECOG score is {m[1]} to {m[2]}",
    ),
    _rule(
        "ecog-max",
        rf"(?:eastern cooperative oncology group )?\(?ecog\)?(?: performance status| ps)?(?: score)?\s*{_CMP}\s*{_N}",
        lambda m: f"Your ECOG score is {comparators_in_words(m[1])} {m[2]}",
    ),
    _rule(
        "karnofsky",
        rf"karnofsky(?: performance status| performance score| ps)?(?: score)?(?: \(kps\))?\s*{_CMP}\s*{_N}\s*%?",
        lambda m: f"Your Karnofsky score is {comparators_in_words(m[1])} {m[2]}",
    ),
    _rule(
        "life-expectancy",
        rf"(?:a )?life expectancy (?:of )?(?:at least |{_CMP}\s*)?{_N}\s*(weeks?|months?|years?)",
        lambda m: f"Your doctor expects you to live {comparators_in_words(m[1]) if m[1] else 'at least'} {m[2]} {m[3]}",
    ),
    _rule(
        "other-trial",
        rf"(?:participation|participating|enrolled|enrollment) in (?:another|any other) (?:clinical |interventional )?(?:study|trial)(?: within (?:the (?:past|last) )?{_N} (days|weeks|months))?",
        lambda m: "You are in another study" + (f", or were in the last {m[1]} {m[2]}" if m[1] else ""),
    ),
    _rule(
        "allergy-study-drug",
        r"(?:known )?(?:hypersensitivity|allergy|allergies) to (?:any (?:of the )?(?:components? of )?)?(?:the )?(?:study|investigational) (?:drugs?|medications?|products?|treatments?)(?: or (?:its|their) (?:components|excipients))?",
        lambda m: "You are allergic to the study drug or any part of it",
    ),
    _rule(
        "lab-threshold",
        rf"([A-Za-z][A-Za-z0-9 ()/,-]{{1,60}}?)\s*:?\s*{_CMP}\s*{_N}(\s*(?:x|×)\s*(?:10\^?\d+)?\s*[A-Za-z/%0-9^.]*|\s*[A-Za-z/%µμ0-9^.]+(?:/[A-Za-z0-9^.]+)?)?",
        lambda m: (
            None
            if _NOT_A_LAB.search(m[1])
            else f"{m[1].strip()}: {comparators_in_words(m[2])} {m[3]}{(m[4] or '').rstrip()}"
        ),
    ),
)


def apply_rules(segment: str) -> tuple[str, str] | None:
    """(rule name, plain sentence) for the first rule that matches the whole segment."""
    for name, pattern, write in RULES:
        match = pattern.match(segment)
        if match and (plain := write(match)) is not None:
            return name, plain
    return None
