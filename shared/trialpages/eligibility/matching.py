"""Find many fixed phrases in a text in one pass (Aho-Corasick, pyahocorasick), at word boundaries.

The recognisers use it to pick the few patterns worth trying on a sentence (`values_in`: any
occurrence), the glossary to find its terms (`find`: matches that start and end at word edges,
the longest where two start at one place, left to right).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import ahocorasick  # type: ignore[import-not-found]  # a C extension without type stubs


@dataclass(frozen=True, slots=True)
class Found[V]:
    start: int
    end: int  # exclusive
    value: V


class PhraseIndex[V]:
    def __init__(self, phrases: Iterable[tuple[str, V]], *, case_sensitive: bool) -> None:
        self.case_sensitive = case_sensitive
        self._automaton = ahocorasick.Automaton()
        values: dict[str, list[V]] = {}
        for phrase, value in phrases:
            values.setdefault(phrase if case_sensitive else phrase.lower(), []).append(value)
        for key, listed in values.items():  # a phrase may belong to several values: all are kept
            self._automaton.add_word(key, (len(key), tuple(listed)))
        self._empty = len(self._automaton) == 0
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[Found[V]]:
        """Whole-word matches, leftmost first; where several start at one place, only the longest."""
        if self._empty:
            return []
        haystack = text if self.case_sensitive else text.lower()
        found: dict[int, Found[V]] = {}
        for last, (length, values) in self._automaton.iter(haystack):
            start, end = last - length + 1, last + 1
            if _word_edge(haystack, start, end) and (start not in found or found[start].end < end):
                found[start] = Found(start, end, values[0])
        result, covered = [], -1
        for start in sorted(found):
            if start >= covered:
                result.append(found[start])
                covered = found[start].end
        return result

    def values_in(self, text: str) -> Iterator[V]:
        """The value of every phrase that occurs anywhere in `text`, inside words too (overlaps included)."""
        if self._empty:
            return
        haystack = text if self.case_sensitive else text.lower()
        for _, (_, values) in self._automaton.iter(haystack):
            yield from values


def _word_edge(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and text[start].isalnum()) and not (after.isalnum() and text[end - 1].isalnum())
