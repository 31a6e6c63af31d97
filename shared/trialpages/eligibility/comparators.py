"""Comparisons, one vocabulary for the whole package: every way the registry writes one, and its plain phrase.

Four plain phrases keep a comparison's direction exactly: ≥ is "at least", > "more than", ≤ "at
most", < "less than". `COMPARISON` matches any spelling (symbols and words) for the recognisers;
`comparison_phrase` names its plain phrase; `canonical_comparisons` folds every spelling in a
text to the four phrases, so the fidelity check can compare an original and its rewording.
"""

from __future__ import annotations

import re
from functools import lru_cache

AT_LEAST, AT_MOST, MORE_THAN, LESS_THAN = "at least", "at most", "more than", "less than"

# Symbols, longest first, so ">=" is read before ">".
_SYMBOLS = (
    ("> or equal to", AT_LEAST),  # "Age > or equal 18 years"
    ("> or equal", AT_LEAST),
    ("< or equal to", AT_MOST),
    ("< or equal", AT_MOST),
    ("> or =", AT_LEAST),  # "BMI > or = 30 kg/m2"
    ("< or =", AT_MOST),
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
# Word spellings, longest first within each meaning.
_WORD_FORMS = (
    (
        r"greater than or equal(?: to)?|more than or equal to|higher than or equal to|equal(?: to)? or (?:greater|more|higher) than|"
        # the "or" left out ("BMI equal to greater than 30", NCT06724406, exports9: WRONG as more than)
        r"equal(?: to)? (?:greater|more|higher) than|(?:greater|more|higher) than equal(?: to)?|"
        r"older or equal to|greater or equal to|no less than|not less than|no lower than|a minimum of|minimum of|at least|"
        r"or more(?! than)|or greater(?! than)|or higher(?! than)|or above(?!\s*\d)|or older(?! than)",
        AT_LEAST,
    ),
    (
        r"less than or equal to|lower than or equal to|equal(?: to)? or (?:less|lower) than|no more than|not more than|"
        r"equal(?: to)? (?:less|lower) than|(?:less|lower) than equal(?: to)?|"
        r"no greater than|not greater than|no higher than|not exceeding|a maximum of|maximum of|up to|at most|or less(?! than)|"
        r"or lower(?! than)|or below(?!\s*\d)|or younger(?! than)|or fewer(?! than)",
        AT_MOST,
    ),
    (r"greater than|more than|higher than|older than|over|above|exceeding|exceeds?", MORE_THAN),
    (r"less than|lower than|younger than|fewer than|below|under", LESS_THAN),
)
SYMBOL = "|".join(re.escape(symbol) for symbol, _ in _SYMBOLS)
# Any comparison that comes before its number ("≥", "at least", "no more than"); not the trailing "or more".
COMPARISON = (
    SYMBOL
    + "|"
    + "|".join(
        "|".join(form for form in pattern.split("|") if not form.startswith("or ")) for pattern, _ in _WORD_FORMS
    )
)
_SYMBOL_RE = re.compile(SYMBOL)
_MEANING = dict(_SYMBOLS)
_WORD_ALTERNATIVES = "|".join(rf"(?P<w{index}>{pattern})" for index, (pattern, _) in enumerate(_WORD_FORMS))
_WORDS_RE = re.compile(rf"\b(?:{_WORD_ALTERNATIVES})\b", re.IGNORECASE)
_WORD_MEANING = {f"w{index}": phrase for index, (_, phrase) in enumerate(_WORD_FORMS)}


def _word_phrase(match: re.Match[str]) -> str:
    """The phrase a `_WORDS_RE` match says: each of its alternatives is a named group, so one is its last."""
    if match.lastgroup is None:
        raise ValueError(f"not a worded comparison: {match[0]!r}")
    return _WORD_MEANING[match.lastgroup]


def comparison_phrase(spelling: str) -> str:
    """One comparison, however written ("≥", ">/=", "greater than", "over"), as one of the four phrases."""
    spelling = spelling.strip()
    if spelling in _MEANING:
        return _MEANING[spelling]
    match = _WORDS_RE.fullmatch(spelling)
    if not match:
        raise ValueError(f"not a comparison: {spelling!r}")
    return _word_phrase(match)


def comparators_in_words(text: str) -> str:
    """`ANC ≥1.5` -> `ANC at least 1.5`: symbols spelled in place (their numbers follow them)."""

    return _SYMBOL_RE.sub(_spelled, text)


# A symbol before what it bounds: a number, or a named level ("≥ grade 2", "<ULN", ">/= intermediate-2"); not the
# head of an arrow ("->").
_SYMBOL_BEFORE_NUMBER = re.compile(rf"(?:{SYMBOL})(?=\s*(?:[-+]?\d|[A-Za-z]))")
_SYMBOL_CHARS = frozenset("<>≤≥⩽⩾≦≧")


def symbols_in_words(text: str) -> str:
    """Comparison symbols spelled out where a number or a named level follows them ("≥ 1.5" -> "at least 1.5",
    "≤grade 1" -> "at most grade 1"); a symbol written after its number ("170/100mmHg<") is left alone, since
    which way it points is unclear."""
    if _SYMBOL_CHARS.isdisjoint(text):
        return text
    if _SYMBOL_AFTER_NUMBER.search(text):
        # "blood pressure at rest <90/50 mmHg and 170/100 mmHg<" (NCT03177746, sample 27: WRONG, "less than 90/50 mmHg
        # and 170/100 mmHg<" read as less than both): with one sign after its number, none is spelled.
        return text
    if "(" in text:
        text = _ECHOED.sub(_without_echo, text)
    # "pregnancy test ≤ 30 days of surgery" (NCT04073706, sample 21: "at most 30 days of surgery" is no English).
    text = _WITHIN_OF.sub(r"within \g<span> of", text)
    # "0.27mIU/L ≤ Thyroid-stimulating hormone (TSH) ≤ 4.2mIU/L" (NCT06751849, NCT06751901, samples 48 and 49:
    # UNREADABLE as "0.27mIU/L ≤ ... at most 4.2mIU/L", the lower bound easy to miss): the level, from one to the other.
    text = _BOUNDED_ON_BOTH_SIDES.sub(r"\g<name> from \g<low> to \g<high>", text)
    spelled = _SYMBOL_BEFORE_NUMBER.sub(_spelled_unless_after_at, text)
    # "demonstrate a ≥70% compliance": "a at least 70%" is not English; "at least 70%" says it.
    return _ARTICLE_BEFORE_PHRASE.sub("", spelled) if spelled != text else spelled


_BOUNDED_ON_BOTH_SIDES = re.compile(
    r"(?<![\w.])(?P<low>\d[\d.,]*(?:\s?[A-Za-z%][\w/%^]*)?)\s*(?:≤|<=|=<)\s*(?P<name>[A-Za-z][^≤<>=;:,]{0,60}?)\s*"
    r"(?:≤|<=|=<)\s*(?P<high>\d[\d.,]*(?:\s?[A-Za-z%][\w/%^]*)?)"
)
_SYMBOL_AFTER_NUMBER = re.compile(r"\d\s*(?:mm\s*Hg|mmhg|%|[a-zA-Z/]{1,8})?\s*[<>≤≥]\s*(?:$|[.;,)])")
# (Not before a treatment's name: "(≤ 2 weeks of radiotherapy)" is how long it lasted, said word for word, "at most";
# "within 2 weeks" made it a time window, NCT05832827, downloads5b: WRONG.)
_WITHIN_OF = re.compile(
    r"(?:≤|<=|=<)\s*(?P<span>\d+\s*(?:hours?|days?|weeks?|months?|years?))\s+of\b(?!\s+age\b)"
    r"(?!\s+(?:radiotherapy|radiation|chemotherapy|chemoradiation|therapy|treatment|dosing|exposure|use)\b"
    r"(?!\s+(?:start|initiation|begins?|onset|completion|end)\b))",
    re.IGNORECASE,
)
# "less than (<) 50": the registry's form echoes its words with the symbol; said once is enough.
_ECHOED = re.compile(rf"\b(?P<words>{_WORD_ALTERNATIVES})\s*\(\s*(?P<symbol>{SYMBOL})\s*\)", re.IGNORECASE)


def _without_echo(match: re.Match) -> str:
    words = _WORDS_RE.fullmatch(match["words"])
    if words is None or _word_phrase(words) != _MEANING[match["symbol"]]:
        return match.group(0)  # the symbol says something else: both stay
    glued = match.string[match.end() : match.end() + 1].isalnum()  # "greater than or equal to (>=)0.5"
    return match["words"] + (" " if glued else "")


def _spelled_unless_after_at(match: re.Match) -> str:
    # "onset at ≤50 years" would read "at at most": there the symbol stays.
    if re.search(r"\bat\s*$", match.string[max(0, match.start() - 4) : match.start()], re.IGNORECASE):
        return match.group(0)
    if _NAMED_LEVEL_AFTER.match(match.string, match.end()) and (
        _NUMBER_BEFORE.search(match.string[max(0, match.start() - 24) : match.start()])
        or _WORDED_AFTER.match(match.string, match.end())
        or (match.group(0) == ">" and match.string[max(0, match.start() - 1) : match.start()] == "-")  # "A -> B"
    ):
        # "18 kg/m2 ≤ BMI" bounds the BMI from below: "at most BMI" would say the reverse. "≥ at least 3 months"
        # would say it twice. "A -> B" is an arrow.
        return match.group(0)
    return _spelled(match)


_ARTICLE_BEFORE_PHRASE = re.compile(
    r"(?<![\w-])(?:a|an) (?=at (?:least|most) )",
    re.IGNORECASE,  # "a more than 50% drop" is English
)
_NAMED_LEVEL_AFTER = re.compile(r"\s*[A-Za-z]")
# "18 <", "90≤", "18 kg/m2 ≤", "55 times/min≤"
_NUMBER_BEFORE = re.compile(r"\d\S*(?:\s+[^\s\d]{1,12}\d?)?\s*$")
_WORDED_AFTER = re.compile(r"\s*(?:at (?:least|most)|more|less|greater|lower|higher|or\b|equal)", re.IGNORECASE)


def _spelled(match: re.Match) -> str:
    before = match.string[match.start() - 1 : match.start()]
    after = match.string[match.end() : match.end() + 1]
    pad_before = "" if not before or before.isspace() or before in "([" else " "
    pad_after = "" if not after or after.isspace() else " "
    return f"{pad_before}{_MEANING[match.group(0)]}{pad_after}"


@lru_cache(maxsize=4096)  # the translator checks one original against its rewording
def canonical_comparisons(text: str) -> str:
    """Every comparison in `text` as one of the four phrases, lower case: for comparing meanings."""
    worded = comparators_in_words(text).lower()
    return _WORDS_RE.sub(_word_phrase, worded)
