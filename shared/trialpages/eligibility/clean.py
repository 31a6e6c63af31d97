"""The study's own words, cleaned for reading: no SHOUTING, no stray list numbers, no trailing "; or".

Only the form changes: every word and number of the original stays, in its order, and a comparison
sign before a number is spelled ("≥ 18" -> "at least 18"). What a
trailing "or"/"and" said (that the items are alternatives or all needed) is said by the list the
item is in, so the connector goes.
"""

from __future__ import annotations

import re

from trialpages.eligibility.comparators import symbols_in_words

_MARKER = re.compile(r"^\s*(?:[*+•·▪-]|\(?\d{1,2}[.)]|\(?[a-hA-H][.)]|\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)[.)])\s+")
_TRAILING = re.compile(r"(?:\s*[;,]?\s*\b(?:and/or|or|and)\b)?\s*[;,:]*\s*$", re.IGNORECASE)
_EMPHASIS = re.compile(r"\*\*|__")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# Upper-case words that stay upper case in a sentence-cased text: abbreviations, not shouting.
_KEEP_UPPER = re.compile(r"^(?:[A-Z]{1,5}\d*|[A-Z]+-\d+|[A-Z]\d+[A-Z]*|I{1,3}V?|IV|V|VI{1,3})$")


def original_words(text: str) -> str:
    """`text` cleaned: emphasis marks, a leading list marker and a trailing connector removed, capitals tamed."""
    cleaned = _SPACES.sub(" ", _EMPHASIS.sub("", text)).strip()
    cleaned = _MARKER.sub("", cleaned)
    cleaned = _TRAILING.sub("", cleaned).strip()
    if _shouting(cleaned):
        cleaned = _sentence_case(cleaned)
    cleaned = _DOUBLED.sub(_undouble, symbols_in_words(cleaned))
    return cleaned[:1].upper() + cleaned[1:] if _starts_lower_word(cleaned) else cleaned


_DOUBLED = re.compile(r"\b([A-Za-z]{2,})\s+\1\b", re.IGNORECASE)
_DOUBLE_OK = {"had", "that", "is", "do", "very", "no"}


def _undouble(match: re.Match) -> str:
    """"of of" -> "of": a word typed twice (not "had had", which can be meant)."""
    return match.group(0) if match.group(1).lower() in _DOUBLE_OK else match.group(1)


def trailing_connector(text: str) -> str | None:
    """"or" or "and" when the text ends with one ("Female sterilization; or,"), else None."""
    match = re.search(r"\b(and/or|or|and)\s*[;,:.]?\s*$", text.strip(), re.IGNORECASE)
    return match.group(1).lower() if match else None


def _shouting(text: str) -> bool:
    words = _WORD.findall(text)
    long_words = [word for word in words if len(word) > 3]
    return len(long_words) >= 2 and sum(word.isupper() for word in long_words) / len(long_words) > 0.6


def _sentence_case(text: str) -> str:
    def tame(match: re.Match) -> str:
        word = match.group(0)
        return word if _KEEP_UPPER.match(word) else word.lower()

    lowered = _WORD.sub(tame, text)
    return lowered[:1].upper() + lowered[1:]


def _starts_lower_word(text: str) -> bool:
    """Capitalise a first word only when it is all lower case ("eGFR", "mCRPC", "pH" keep theirs)."""
    first = text.split(" ", 1)[0] if text else ""
    return bool(first) and first[:1].islower() and first.islower()
