"""translate_eligibility: the registry's eligibility module -> plain-English items, each linked to its source.

Pure and deterministic. Each original criterion is the source of at least one plain item; a
criterion is reworded only in ways that keep every number, unit, comparison and negation.
"""

from __future__ import annotations

from trialpages.eligibility.comparators import comparators_in_words
from trialpages.eligibility.model import AtAGlance, Criterion, PlainEligibility, PlainItem
from trialpages.eligibility.parse import parse_criteria

_SEX = {"ALL": "All sexes", "FEMALE": "Female only", "MALE": "Male only"}


def ages_in_words(module: dict) -> str:
    low, high = module.get("minimumAge"), module.get("maximumAge")
    if low and high:
        return f"{low} to {high}"
    if low:
        return f"{low} and older"
    if high:
        return f"Up to {high}"
    return "Any age (no limit given)"


def at_a_glance(module: dict) -> AtAGlance:
    volunteers = module.get("healthyVolunteers")
    return AtAGlance(
        ages=ages_in_words(module),
        sex=_SEX.get(module.get("sex") or "", "Not provided"),
        healthy_volunteers={True: "Accepted", False: "Not accepted"}.get(volunteers, "Not provided"),
    )


def plain_text(criterion: Criterion) -> str:
    text = comparators_in_words(criterion.text).strip()
    return text[:1].upper() + text[1:]


def translate_eligibility(eligibility_module: dict | None) -> PlainEligibility:
    module = eligibility_module or {}
    parsed = parse_criteria(module.get("eligibilityCriteria"))
    items: dict[str, list[PlainItem]] = {"inclusion": [], "exclusion": [], "other": []}
    for criterion in parsed.all_criteria():
        items[criterion.kind].append(
            PlainItem(kind=criterion.kind, text=plain_text(criterion), source_ids=[criterion.id])
        )
    return PlainEligibility(at_a_glance=at_a_glance(module), **items)
