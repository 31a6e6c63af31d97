"""Checks that a plain item says what its original says: the same numbers, comparisons and negations."""

from __future__ import annotations

import re

from trialpages.eligibility.comparators import comparators_in_words

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NEGATION = re.compile(r"\b(?:no|not|never|none|without|cannot|unable)\b|n't", re.IGNORECASE)


def numbers_of(text: str) -> list[str]:
    return _NUMBER.findall(text)


def keeps_numbers(original: str, plain: str) -> bool:
    """Every number of the original is in the plain text, with any comparison before it in the same direction."""
    worded = comparators_in_words(original).lower()
    plain = plain.lower()
    for match in _NUMBER.finditer(worded):
        if match.group(0) not in plain:
            return False
        before = worded[max(0, match.start() - 10) : match.start()]
        for phrase in ("at least", "at most", "more than", "less than"):
            if before.rstrip().endswith(phrase) and f"{phrase} {match.group(0)}" not in plain:
                return False
    return True


_NOT_LIMITED = re.compile(r"\bbut not limited to\b", re.IGNORECASE)  # "such as" says the same


def keeps_negation(original: str, plain: str) -> bool:
    return len(_NEGATION.findall(plain)) >= len(_NEGATION.findall(_NOT_LIMITED.sub("", original)))
