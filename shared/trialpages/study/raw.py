"""Defensive readers for raw API JSON: a wrong shape reads as "absent", never as a crash."""

from __future__ import annotations


def obj(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def items(value: object) -> list[dict]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def text(value: object) -> str | None:
    if isinstance(value, str):
        value = value.strip()
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
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None
