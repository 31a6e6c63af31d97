"""Opaque pagination cursors: base64url JSON of a position and a check value over it and its query.

The check binds the position to the query that issued it (the query's filters, not `limit`),
so a cursor from another query, or altered, truncated or made up, is a 400: never a 500,
never a wrong page. The check is not a secret: a client that recomputes it can only name
another position of the same query, and every position field must still match its pattern
(and, for a sort key, lie within the query's range).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re

from trialpages.api.problems import ApiProblem

# Sort keys as the index writes them: dates, ids, slugs and `#` separators.
SORT_KEY = re.compile(r"^[A-Za-z0-9#._:-]{1,200}$")
MAX_CURSOR = 512
_ALPHABET = re.compile(r"^[A-Za-z0-9_-]+$")
NOT_ISSUED = "cursor was not issued for this query: send the first request's parameters with the cursor it returned"


def _check(query: str, position: dict[str, str]) -> str:
    canonical = json.dumps([query, position], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def encode_cursor(query: str, position: dict[str, str] | None) -> str | None:
    if position is None:
        return None
    raw = json.dumps({"p": position, "c": _check(query, position)}, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str | None, query: str, shape: dict[str, re.Pattern[str]]) -> dict[str, str] | None:
    """The position in `cursor`, each field matching its pattern in `shape`; None without a cursor."""
    if cursor is None:
        return None
    if len(cursor) > MAX_CURSOR or not _ALPHABET.match(cursor):
        raise ApiProblem(400, NOT_ISSUED)
    try:
        decoded = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError) as error:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise ApiProblem(400, NOT_ISSUED) from error
    if not isinstance(decoded, dict) or set(decoded) != {"p", "c"} or not isinstance(decoded["p"], dict):
        raise ApiProblem(400, NOT_ISSUED)
    position = decoded["p"]
    if set(position) != set(shape) or not all(
        isinstance(position[name], str) and pattern.fullmatch(position[name]) for name, pattern in shape.items()
    ):
        raise ApiProblem(400, NOT_ISSUED)
    if decoded["c"] != _check(query, position):
        raise ApiProblem(400, NOT_ISSUED)
    return position
