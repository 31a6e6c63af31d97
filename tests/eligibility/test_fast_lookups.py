"""The speed-ups read text exactly as the plain patterns do: same matches, same patterns able to match."""

from __future__ import annotations

import re

import pytest

from trialpages.eligibility.fidelity import _NEGATION_OR_EXCEPTION
from trialpages.eligibility.folded import FoldedPattern
from trialpages.eligibility.translate import _TO_YOU, _TO_YOU_BY_OPENING

_ODD = ["NOT Known", "Can't", "İnsulin not", "ſevere", "KELVIN K", "No\u00a0prior", "≥ 18 years; unless", ""]


@pytest.fixture(scope="module")
def sentences(corpus_sentences):
    return corpus_sentences + [sentence.upper() for sentence in corpus_sentences[:500]] + _ODD


def test_a_folded_pattern_finds_what_the_case_insensitive_pattern_finds(sentences):
    plain = re.compile(_NEGATION_OR_EXCEPTION.folded.pattern, re.IGNORECASE)
    clued = FoldedPattern(r"\b(?:at least|more than)\b", clues=("least", "than"))
    for text in sentences:
        assert [m.lower() for m in _NEGATION_OR_EXCEPTION.findall(text)] == [m.lower() for m in plain.findall(text)]
        assert bool(clued.search(text)) == bool(clued.ignorecase.search(text))


def test_upper_case_letters_in_a_folded_pattern_are_refused():
    with pytest.raises(ValueError):
        FoldedPattern(r"\bNo\b")


def test_the_subjects_tried_include_every_one_that_matches(sentences):
    for text in sentences:
        tried = set(_TO_YOU_BY_OPENING.at(text))
        assert {i for i, (pattern, _) in enumerate(_TO_YOU) if pattern.match(text)} <= tried, text
