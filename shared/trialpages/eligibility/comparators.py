"""Comparison symbols in words, keeping their direction exactly (≥ is "at least", < is "less than")."""

from __future__ import annotations

import re

# Longest spellings first, so ">=" is read before ">".
_WORDS = (
    (">=", "at least"),
    ("=>", "at least"),
    ("≥", "at least"),
    ("⩾", "at least"),
    ("<=", "at most"),
    ("=<", "at most"),
    ("≤", "at most"),
    ("⩽", "at most"),
    (">", "more than"),
    ("<", "less than"),
)
_SYMBOL = re.compile("|".join(re.escape(symbol) for symbol, _ in _WORDS))
_MEANING = dict(_WORDS)


def comparators_in_words(text: str) -> str:
    """`ANC ≥1.5 x 10^9/L` -> `ANC at least 1.5 x 10^9/L`."""

    def spell(match: re.Match) -> str:
        before = match.string[match.start() - 1 : match.start()]
        after = match.string[match.end() : match.end() + 1]
        pad_before = "" if not before or before.isspace() else " "
        pad_after = "" if not after or after.isspace() else " "
        return f"{pad_before}{_MEANING[match.group(0)]}{pad_after}"

    return _SYMBOL.sub(spell, text)
