"""At a glance: ages, sex, healthy volunteers, and the main facts to join, only from what a recogniser read.

Facts come from the top of the inclusion list only: a fact inside a group (one cohort's rule, one
of several alternatives) is not the study's rule for everyone. The ages are the registry's; its
stand-in for "no upper limit" reads as "and older", and when the criteria state other ages, both
are shown.
"""

from __future__ import annotations

import re

from trialpages.eligibility.facts.people import Age
from trialpages.eligibility.model import AtAGlance, PlainItem

_SEX = {"ALL": "All sexes", "FEMALE": "Female only", "MALE": "Male only"}
_NO_LIMIT_YEARS = 99  # the registry writes "no maximum" as 99 to 150 years (often 99, 100 or 130)
_AGE = re.compile(
    r"^\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>years?|months?|weeks?|days?|hours?|minutes?)\s*$", re.IGNORECASE
)


def registry_ages(minimum: str | None, maximum: str | None) -> str:
    """The registry's age range in words: "18 years and older", "18 to 65 years", "Up to 17 years"."""
    low, high = _age(minimum), _age(maximum)
    if high and high[1] == "years" and float(high[0]) >= _NO_LIMIT_YEARS:
        high = None
    if low and high:
        if low[1] == high[1]:
            return f"{low[0]} to {high[0]} {high[1]}"
        return f"{low[0]} {low[1]} to {high[0]} {high[1]}"
    if low:
        return f"{low[0]} {low[1]} and older"
    if high:
        return f"Up to {high[0]} {high[1]}"
    return "No age limits given"


def _age(text: str | None) -> tuple[str, str] | None:
    match = _AGE.match(text or "")
    if not match:
        return None
    number, unit = match["n"], match["unit"].lower()
    unit = unit if unit.endswith("s") else unit + "s"
    return (number, unit[:-1]) if number == "1" else (number, unit)


def at_a_glance(module: dict, inclusion: list[PlainItem]) -> AtAGlance:
    top_facts = [item for item in inclusion if item.fact is not None]
    ages = registry_ages(module.get("minimumAge"), module.get("maximumAge"))
    ages_now = [item.fact for item in top_facts if isinstance(item.fact, Age) and not item.fact.at_diagnosis]
    stated = ages_now[0] if ages_now else None
    nested = [
        item.fact
        for top in inclusion
        for item in top.walk()
        if isinstance(item.fact, Age) and item.fact is not stated and not item.fact.at_diagnosis
    ]
    if stated is not None and not _agrees(stated, module):
        ages = f"{ages} (the criteria say {stated.in_words()})"
    elif any(not _agrees(fact, module) for fact in nested):
        # Not "for some groups": an "Overall:" group is everyone's (NCT06425211, sample 42: misleading as it was).
        ages = f"{ages} (the criteria give ages of their own: see below)"
    facts: list[PlainItem] = []
    for glance in ("diagnosis", "performance"):
        found = next((item for item in top_facts if getattr(item.fact, "glance", None) == glance), None)
        if found is not None:
            facts.append(found.model_copy(update={"children": []}))
    volunteers = module.get("healthyVolunteers")
    return AtAGlance(
        ages=ages,
        sex=_SEX.get(module.get("sex") or "", "Not provided"),
        healthy_volunteers="Not provided"
        if volunteers is None
        else {True: "Accepted", False: "Not accepted"}.get(volunteers, "Not provided"),
        facts=facts,
    )


def _agrees(stated: Age, module: dict) -> bool:
    low, high = _age(module.get("minimumAge")), _age(module.get("maximumAge"))
    low_years = float(low[0]) if low and low[1] in ("year", "years") else None
    high_years = float(high[0]) if high and high[1] in ("year", "years") and float(high[0]) < _NO_LIMIT_YEARS else None
    stated_low = float(stated.low) + (1 if stated.low_phrase == "more than" else 0) if stated.low else None
    stated_high = float(stated.high) - (1 if stated.high_phrase == "less than" else 0) if stated.high else None
    # A limit one side gives and the other leaves out disagrees too: "Men >= 18 years of age" under a registry maximum
    # of 64 (NCT00667979) would let a reader of 70 think he may join.
    return stated_low == low_years and stated_high == high_years
