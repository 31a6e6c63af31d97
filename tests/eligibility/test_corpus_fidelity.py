"""Over all 1,000 bundled records: nothing of the original lost, every criterion linked, numbers kept."""

from __future__ import annotations

import re

import pytest

from trialpages.eligibility import parse_criteria, translate_eligibility, unescape_markdown
from trialpages.eligibility.fidelity import keeps_negation, keeps_numbers, keeps_qualifiers
from trialpages.eligibility.segments import item_sources
from trialpages.eligibility.translate import plain_sentence

_WORD = re.compile(r"[\w']+")
_MARKER = re.compile(r"^\s*(?:[*+•·▪-]|\d{1,3}[.)]|\(\d{1,3}\)|\([a-zA-Z]{1,4}\)|[a-zA-Z][.)]|[ivxIVX]{1,5}[.)])\s+")


def criteria_texts(record: dict) -> str | None:
    return (record["protocolSection"].get("eligibilityModule") or {}).get("eligibilityCriteria")


@pytest.fixture(scope="module")
def corpus(bundled_records):
    return [(r["protocolSection"]["identificationModule"]["nctId"], criteria_texts(r)) for r in bundled_records]


def test_every_word_of_the_original_lands_in_exactly_one_criterion_or_heading(corpus):
    for nct_id, text in corpus:
        parsed = parse_criteria(text)
        original_lines = [_MARKER.sub("", line) for line in unescape_markdown(text or "").splitlines()]
        original = _WORD.findall(" ".join(original_lines).replace("**", " "))
        pieces = []
        for section in parsed.sections:
            pieces += _WORD.findall(section.heading or "")
            for criterion in section.criteria:
                pieces += _WORD.findall(criterion.text)
        assert sorted(pieces) == sorted(original), nct_id


def test_criterion_ids_are_unique_within_a_study(corpus):
    for nct_id, text in corpus:
        ids = [c.id for c in parse_criteria(text).all_criteria()]
        assert len(ids) == len(set(ids)), nct_id


def test_every_original_criterion_is_the_source_of_a_plain_item(bundled_records):
    linked = total = 0
    for record in bundled_records:
        module = record["protocolSection"].get("eligibilityModule")
        criteria = {c.id for c in parse_criteria((module or {}).get("eligibilityCriteria")).all_criteria()}
        plain = translate_eligibility(module)
        sources = {s for item in plain.inclusion + plain.exclusion + plain.other for s in item.source_ids}
        assert sources <= criteria
        linked += len(criteria & sources)
        total += len(criteria)
    assert linked == total
    print(f"{linked} of {total} original criteria linked from a plain item")


def test_numbers_comparisons_negations_and_qualifiers_are_kept(corpus):
    items = numbers = negations = qualifiers = 0
    for _, text in corpus:
        for criterion in parse_criteria(text).all_criteria():
            for source in item_sources(criterion.text, criterion.kind):
                plain, _ = plain_sentence(source)
                items += 1
                numbers += keeps_numbers(source, plain)
                negations += keeps_negation(source, plain)
                qualifiers += keeps_qualifiers(source, plain)
    print(
        f"of {items} plain items: numbers kept in {numbers / items:.2%}, negations in {negations / items:.2%}, "
        f"qualifiers in {qualifiers / items:.2%}"
    )
    assert numbers / items >= 0.99
    assert negations / items >= 0.99
    assert qualifiers / items >= 0.99
