"""A case-insensitive pattern run fast: case-sensitive over the lower-cased text when that text is ASCII.

Python's re gives up its quick scans under IGNORECASE, so a list of words is tried letter by
letter at every position. For ASCII text, lower-casing it first matches the same places (ASCII
lower-casing keeps every index); other text keeps the case-insensitive pattern. Matched text can
come back lower-cased: for counts, yes/no tests and text that is lower case already.
"""

from __future__ import annotations

import re
from collections.abc import Callable


class FoldedPattern:
    def __init__(self, pattern: str) -> None:
        if re.search(r"[A-Z]", re.sub(r"\\.|\(\?P[<=]", "", pattern)):  # escapes and group names aside
            raise ValueError(f"upper-case letters would never match lower-cased text: {pattern!r}")
        self.folded = re.compile(pattern)
        self.ignorecase = re.compile(pattern, re.IGNORECASE)

    def findall(self, text: str) -> list:
        return self.folded.findall(text.lower()) if text.isascii() else self.ignorecase.findall(text)

    def search(self, text: str) -> re.Match | None:
        return self.folded.search(text.lower()) if text.isascii() else self.ignorecase.search(text)

    def sub(self, replacement: str | Callable[[re.Match], str], text: str) -> str:
        return self.folded.sub(replacement, text.lower()) if text.isascii() else self.ignorecase.sub(replacement, text)
