"""translate_eligibility: the registry's eligibility module -> plain-English items, each linked to its source.

Pure and deterministic. Each original criterion is the source of at least one plain item. A
long criterion is cut into sentences (never where the next part qualifies the one before);
each sentence is rewritten by a rule for its type when one matches it whole, else reworded
conservatively: plain words for jargon and comparisons in words, every number, unit and
negation kept.
"""

from __future__ import annotations

from trialpages.eligibility.comparators import comparators_in_words
from trialpages.eligibility.facts import at_a_glance_facts
from trialpages.eligibility.glossary import plain_words, terms_in
from trialpages.eligibility.model import AtAGlance, Criterion, PlainEligibility, PlainItem
from trialpages.eligibility.parse import parse_criteria
from trialpages.eligibility.rules import apply_rules
from trialpages.eligibility.segments import segments

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


def plain_sentence(segment: str) -> tuple[str, str | None]:
    """(plain sentence, the rule that wrote it or None)."""
    ruled = apply_rules(segment)
    if ruled:
        name, text = ruled
        return text, name
    text = comparators_in_words(plain_words(segment)).strip().rstrip(".;: ")
    return text[:1].upper() + text[1:], None


def plain_items(criterion: Criterion) -> list[PlainItem]:
    items = []
    for segment in segments(criterion.text):
        text, _ = plain_sentence(segment)
        if text:
            items.append(PlainItem(kind=criterion.kind, text=text, source_ids=[criterion.id], terms=terms_in(text)))
    return items or [PlainItem(kind=criterion.kind, text=criterion.text, source_ids=[criterion.id])]


def translate_eligibility(eligibility_module: dict | None) -> PlainEligibility:
    module = eligibility_module or {}
    parsed = parse_criteria(module.get("eligibilityCriteria"))
    items: dict[str, list[PlainItem]] = {"inclusion": [], "exclusion": [], "other": []}
    for criterion in parsed.all_criteria():
        items[criterion.kind].extend(plain_items(criterion))
    volunteers = module.get("healthyVolunteers")
    glance = AtAGlance(
        ages=ages_in_words(module),
        sex=_SEX.get(module.get("sex") or "", "Not provided"),
        healthy_volunteers={True: "Accepted", False: "Not accepted"}.get(volunteers, "Not provided"),
        facts=at_a_glance_facts(items["inclusion"]),
    )
    return PlainEligibility(at_a_glance=glance, **items)
