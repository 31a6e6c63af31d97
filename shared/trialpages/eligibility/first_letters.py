"""The letters a regular expression can start a match with, to try only the patterns that can match at a word.

first_letters gives a match's possible first letter, opening_text its first few (word_lookup.py
groups the glossary by them). A pattern whose first letters cannot be worked out is tried at
every word (slower, never wrong).
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_ALL = frozenset(string.ascii_lowercase + string.digits)
_ANY = None  # unknown: every letter


def first_letters(pattern: str) -> frozenset[str] | None:
    """Lowercase letters and digits a case-insensitive match of `pattern` can start with; None if unknown."""
    try:
        letters, _ = _first(_sre_parse.parse(pattern, re.IGNORECASE))
    except Exception:  # an unusual construct: be safe, try it everywhere
        return _ANY
    return letters


def _first(items) -> tuple[frozenset[str] | None, bool]:
    """(first letters, whether the sequence can match the empty string)."""
    letters: set[str] = set()
    for op, arg in items:
        found, empty = _first_of(op, arg)
        if found is None:
            return None, False
        letters |= found
        if not empty:
            return frozenset(letters), False
    return frozenset(letters), True


def _first_of(op, arg) -> tuple[frozenset[str] | None, bool]:
    if op is _c.LITERAL:
        char = chr(arg).lower()
        return (frozenset({char}) if char in _ALL else None), False
    if op is _c.SUBPATTERN:
        return _first(arg[-1])
    if op is _c.BRANCH:
        letters: set[str] = set()
        empty = False
        for branch in arg[1]:
            found, branch_empty = _first(branch)
            if found is None:
                return None, False
            letters |= found
            empty |= branch_empty
        return frozenset(letters), empty
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _, body = arg
        found, empty = _first(body)
        return found, empty or low == 0
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return frozenset(), True  # takes no characters
    if op is _c.IN:
        letters = set()
        for kind, value in arg:
            if kind is _c.LITERAL and chr(value).lower() in _ALL:
                letters.add(chr(value).lower())
            elif kind is _c.RANGE:
                letters |= {chr(code).lower() for code in range(value[0], value[1] + 1) if chr(code).lower() in _ALL}
            else:
                return None, False
        return frozenset(letters), False
    return None, False


def opening_text(pattern: str, size: int = 2) -> frozenset[str] | None:
    """Lower-case ASCII strings of at most `size` characters, one of which every case-insensitive match of
    `pattern` starts with ("" when unknown: then it can start anywhere); None if the pattern cannot be read."""
    try:
        found = _then({("", True)}, _sre_parse.parse(pattern, re.IGNORECASE), size)
    except Exception:  # an unusual construct: be safe, try it everywhere
        return _ANY
    return frozenset(text for text, _ in found)


def _then(started: set[tuple[str, bool]], items, size: int) -> set[tuple[str, bool]]:
    """`started` followed by `items`: (text a match starts with, whether the match may be exactly that so far)."""
    for op, arg in items:
        grown: set[tuple[str, bool]] = set()
        for text, complete in started:
            following = _opening_of(op, arg, size - len(text)) if complete and len(text) < size else None
            if following is None:
                grown.add((text, False))  # nothing more is known: what came before still holds
            else:
                grown |= {(text + more, more_complete) for more, more_complete in following}
        started = grown
    return started


def _opening_of(op, arg, room: int) -> set[tuple[str, bool]] | None:
    if op is _c.LITERAL:
        char = chr(arg)
        return {(char.lower(), True)} if char.isascii() else None
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in arg:
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE:
                chars |= {chr(code) for code in range(value[0], value[1] + 1)}
            else:
                return None
        return {(char.lower(), True) for char in chars} if all(char.isascii() for char in chars) else None
    if op is _c.SUBPATTERN:
        return _then({("", True)}, arg[-1], room)
    if op is _c.BRANCH:
        return set().union(*(_then({("", True)}, branch, room) for branch in arg[1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, body = arg
        found: set[tuple[str, bool]] = set()
        repeated = {("", True)}
        for count in range(room + 1):  # `room` repeats fill every text, unless the body matched nothing
            if count >= low:
                found |= repeated
            if count == high:
                return found
            repeated = _then(repeated, body, room)
        return found | {(text, False) for text, _ in repeated}
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return {("", True)}  # takes no characters
    return None


class PatternsByOpening:
    """Which of some case-insensitive patterns can match at a place, told by the text's first two letters there."""

    def __init__(self, patterns: list[str]) -> None:
        self._every = tuple(range(len(patterns)))
        self._anywhere: set[int] = set()  # the patterns whose opening is unknown
        self._by_start: dict[str, set[int]] = {}  # an opening -> the patterns that can start with it
        for index, pattern in enumerate(patterns):
            starts = opening_text(pattern)
            if starts is None:
                self._anywhere.add(index)
            for start in starts or ():
                self._by_start.setdefault(start, set()).add(index)
        self._by_key = lru_cache(maxsize=None)(self._candidates)

    def at(self, text: str, position: int = 0) -> tuple[int, ...]:
        """Indexes, in listed order, of the patterns that can match `text` at `position`."""
        opening = text[position : position + 2]
        return self._by_key(opening.lower()) if opening.isascii() else self._every

    def _candidates(self, key: str) -> tuple[int, ...]:
        found = set(self._anywhere)
        for size in range(len(key) + 1):  # the openings `key` starts with: "", its first letter, its first two
            found |= self._by_start.get(key[:size], set())
        return tuple(sorted(found))
