"""Defensive readers for raw API JSON: a wrong shape reads as "absent", never as a crash."""

from __future__ import annotations

import re

# Registry text is untrusted. C0 and C1 controls (tab, newline and carriage return aside) and the non-characters
# U+FFFE/U+FFFF make an XML feed invalid for every subscriber; the bidi embedding, override and isolate controls
# can reorder what a page shows. They are dropped. A lone surrogate cannot be encoded at all: it becomes U+FFFD.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(value: str) -> str:
    """The text without the characters a page or feed must not carry."""
    return _SURROGATE.sub("\ufffd", _UNSAFE.sub("", value))


def obj(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def items(value: object) -> list[dict]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def text(value: object) -> str | None:
    if isinstance(value, str):
        value = clean_text(value).strip()
        return value or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def texts(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    return [t for t in (text(item) for item in value) if t]


def flag(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def integer(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():  # not "²" or "١"
        return int(value.strip())
    return None
