"""Comparisons in words, keeping their direction exactly (≥ is "at least", < is "less than").

`comparators_in_words` spells the symbols for the page. `canonical_comparisons` also folds the
many word spellings ("greater than or equal to", "over", "no more than") into the same four
phrases, so the fidelity check can compare an original and its rewording by direction.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trialpages.eligibility.folded import FoldedPattern

AT_LEAST, AT_MOST, MORE_THAN, LESS_THAN = "at least", "at most", "more than", "less than"

# Longest spellings first, so ">=" is read before ">".
_SYMBOLS = (
    (">/=", AT_LEAST),
    ("=/>", AT_LEAST),
    ("</=", AT_MOST),
    ("=/<", AT_MOST),
    (">=", AT_LEAST),
    ("=>", AT_LEAST),
    ("≥", AT_LEAST),
    ("⩾", AT_LEAST),
    ("≧", AT_LEAST),
    ("<=", AT_MOST),
    ("=<", AT_MOST),
    ("≤", AT_MOST),
    ("⩽", AT_MOST),
    ("≦", AT_MOST),
    (">", MORE_THAN),
    ("<", LESS_THAN),
)
_SYMBOL = re.compile("|".join(re.escape(symbol) for symbol, _ in _SYMBOLS))
_MEANING = dict(_SYMBOLS)

# Word spellings, longest first; each maps to one of the four phrases.
_WORD_FORMS = (
    (
        r"greater than or equal to|more than or equal to|equal to or (?:greater|more) than|no less than|not less than"
        r"|a minimum of|minimum of|at least",
        AT_LEAST,
    ),
    (
        r"less than or equal to|equal to or less than|no more than|not more than|not exceeding|a maximum of|maximum of"
        r"|up to|at most",
        AT_MOST,
    ),
    (r"greater than|more than|higher than|older than|over|above|exceeding", MORE_THAN),
    (r"less than|lower than|younger than|fewer than|below|under", LESS_THAN),
)
_WORDS = FoldedPattern(
    r"\b(?:" + "|".join(rf"(?P<w{index}>{pattern})" for index, (pattern, _) in enumerate(_WORD_FORMS)) + r")\b",
    clues=("than", "least", "most", "minimum", "maximum", "exceed", "up to", "over", "above", "below", "under"),
)
_WORD_MEANING = {f"w{index}": phrase for index, (_, phrase) in enumerate(_WORD_FORMS)}


def comparators_in_words(text: str) -> str:
    """`ANC ≥1.5 x 10^9/L` -> `ANC at least 1.5 x 10^9/L`."""

    def spell(match: re.Match) -> str:
        before = match.string[match.start() - 1 : match.start()]
        after = match.string[match.end() : match.end() + 1]
        pad_before = "" if not before or before.isspace() or before in "([" else " "
        pad_after = "" if not after or after.isspace() else " "
        return f"{pad_before}{_MEANING[match.group(0)]}{pad_after}"

    return _SYMBOL.sub(spell, text)


def comparator_phrase(spelling: str) -> str:
    """One comparison, however written ("≥", ">/=", "greater than", "over"), as one of the four phrases."""
    spelling = spelling.strip()
    if spelling in _MEANING:
        return _MEANING[spelling]
    match = _WORDS.ignorecase.fullmatch(spelling)
    if not match:
        raise ValueError(f"not a comparison: {spelling!r}")
    return _WORD_MEANING[match.lastgroup]


@lru_cache(maxsize=4096)  # the translator checks one original against several rewordings
def canonical_comparisons(text: str) -> str:
    """Every comparison in `text` as one of the four phrases, lower case: for comparing meanings."""
    worded = comparators_in_words(text).lower()
    return _WORDS.sub(lambda match: _WORD_MEANING[match.lastgroup], worded)
