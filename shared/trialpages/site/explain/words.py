"""Small English helpers shared by the explanations."""

from __future__ import annotations


def article(phrase: str) -> str:
    return "an" if phrase[:1].lower() in "aeiou" else "a"


def join_and(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def some_of(names: list[str], limit: int = 3, noun: str = "other conditions") -> str:
    """ "A, B and C" or "A, B, C and 4 other conditions": long lists stay readable."""
    if len(names) <= limit + 1:
        return join_and(names)
    rest = len(names) - limit
    return join_and([*names[:limit], f"{rest} {noun}"])


def count(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n:,} {singular if n == 1 else (plural or singular + 's')}"


def quoted(text: str) -> str:
    return f"\u201c{text}\u201d"


def sentence(text: str) -> str:
    """`text` ending in one full stop: a name that ends in "Inc." or "Ltd." gets no second one."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?")) else text + "."
