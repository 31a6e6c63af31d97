"""A case-insensitive pattern run fast: case-sensitive over the lower-cased text when that text is ASCII.

Python's re gives up its quick scans under IGNORECASE, so a list of words is tried letter by
letter at every position. For ASCII text, lower-casing it first matches the same places (ASCII
lower-casing keeps every index); other text keeps the case-insensitive pattern. Matched text can
come back lower-cased: for counts, yes/no tests and text that is lower case already.

`clues`, when given, are lower-case strings one of which every match holds: ASCII text with none
of them is not scanned at all (a substring test is many times faster than a scan).
"""

from __future__ import annotations

import re
from collections.abc import Callable


class FoldedPattern:
    def __init__(self, pattern: str, clues: tuple[str, ...] = ()) -> None:
        if re.search(r"[A-Z]", re.sub(r"\\.|\(\?P[<=]", "", pattern)):  # escapes and group names aside
            raise ValueError(f"upper-case letters would never match lower-cased text: {pattern!r}")
        self.folded = re.compile(pattern)
        self.ignorecase = re.compile(pattern, re.IGNORECASE)
        self.clues = clues

    def findall(self, text: str) -> list:
        if not text.isascii():
            return self.ignorecase.findall(text)
        lowered = text.lower()
        return self.folded.findall(lowered) if self._may_match(lowered) else []

    def search(self, text: str) -> re.Match | None:
        if not text.isascii():
            return self.ignorecase.search(text)
        lowered = text.lower()
        return self.folded.search(lowered) if self._may_match(lowered) else None

    def sub(self, replacement: str | Callable[[re.Match], str], text: str) -> str:
        if not text.isascii():
            return self.ignorecase.sub(replacement, text)
        lowered = text.lower()
        return self.folded.sub(replacement, lowered) if self._may_match(lowered) else lowered

    def _may_match(self, lowered: str) -> bool:
        # map() over the bound method: a generator would cost more than the substring tests themselves.
        return not self.clues or any(map(lowered.__contains__, self.clues))


def may_hold(text: str, clue: str) -> bool:
    """False only when ASCII `text` cannot hold `clue` (lower case) in any case: a pattern needing it can be skipped."""
    return not text.isascii() or clue in text.lower()
