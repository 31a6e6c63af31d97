"""A list of case-insensitive patterns, tried at each word of a text in listed order: only those that can start there.

One alternation of a few hundred glossary patterns tried at every word costs milliseconds per
criterion. Grouped by the word's first letter, each word tries a dozen; in ASCII text, grouped by
its first three letters (first_letters.opening_text), two or three, and one scan finds the words
where any can start at all, so most words are never looked at. The first pattern listed that
matches still wins: a pattern left out of a group cannot match there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from trialpages.eligibility.first_letters import first_letters, opening_text

_OPENING_SIZE = 3
_WORD_START = re.compile(r"(?<!\w)\w")


class WordLookup:
    def __init__(self, patterns: list[str]) -> None:
        """`patterns` (group `g<index>` names the one that matched) must each end where a word ends."""
        self._patterns = patterns
        self._compiled: dict[tuple[int, ...], re.Pattern | None] = {(): None}
        starts = [first_letters(pattern) for pattern in patterns]
        letters = sorted(set().union(*(start for start in starts if start is not None)))
        self._by_letter = {
            letter: self._alternation(tuple(i for i, start in enumerate(starts) if start is None or letter in start))
            for letter in letters
        }
        self._by_opening = self._openings()
        self._word_starts = self._scan()

    def matches(self, text: str) -> Iterator[re.Match]:
        """Each match in `text`, left to right, at a word start past the match before (group g<index>: which)."""
        passed = 0
        if not text.isascii():  # lower-casing could move the letters: by the first letter alone
            for start in _WORD_START.finditer(text):
                pattern = self._by_letter.get(start.group(0).lower()) if start.start() >= passed else None
                if pattern is not None and (match := pattern.match(text, start.start())):
                    passed = match.end()
                    yield match
            return
        lowered, openings = text.lower(), self._by_opening
        for start in self._word_starts.finditer(lowered):
            at = start.start()
            if at < passed:
                continue
            key = lowered[at : at + _OPENING_SIZE]
            pattern = openings[key] if key in openings else openings[key[:2]]
            if pattern is not None and (match := pattern.match(text, at)):
                passed = match.end()
                yield match

    def _alternation(self, indexes: tuple[int, ...]) -> re.Pattern | None:
        if indexes not in self._compiled:
            self._compiled[indexes] = re.compile(
                "|".join(rf"(?P<g{i}>(?:{self._patterns[i]})(?!\w))" for i in indexes), re.IGNORECASE
            )
        return self._compiled[indexes]

    def _openings(self) -> dict[str, re.Pattern | None]:
        """Alternations by the word's first letter, first two letters and, where some pattern is known to
        start with them, first three: a three-letter key not listed falls back to its first two."""
        openings = [opening_text(pattern, _OPENING_SIZE) for pattern in self._patterns]
        found: dict[str, re.Pattern | None] = {}
        for letter, alternation in self._by_letter.items():
            members = [int(name[1:]) for name in alternation.groupindex]
            threes = {start for i in members for start in openings[i] or () if len(start) == 3 and start[0] == letter}
            for key in (letter, *(letter + chr(code) for code in range(128)), *sorted(threes)):
                found[key] = self._alternation(
                    tuple(i for i in members if openings[i] is None or any(key.startswith(s) for s in openings[i]))
                )
        return found

    def _scan(self) -> re.Pattern:
        """The word starts, in lower-cased ASCII text, where the opening look-up finds some pattern."""
        branches = []
        for letter in self._by_letter:
            seconds = [chr(code) for code in range(128) if self._by_opening[letter + chr(code)]]
            thirds: dict[str, list[str]] = {}
            for key in self._by_opening:
                if len(key) == 3 and key[0] == letter and key[1] not in seconds and self._by_opening[key]:
                    thirds.setdefault(key[1], []).append(key[2])
            follows = [f"[{''.join(map(re.escape, seconds))}]"] if seconds else []
            follows += [f"{re.escape(second)}[{''.join(map(re.escape, ends))}]" for second, ends in thirds.items()]
            if follows:
                branches.append(f"{re.escape(letter)}(?={'|'.join(follows)})")
            if self._by_opening[letter]:
                branches.append(rf"{re.escape(letter)}\Z")
        return re.compile(r"(?<!\w)(?:" + "|".join(branches) + ")")
