"""Opaque pagination cursors: base64url JSON of the last key, validated strictly (a tampered one is a 400)."""

from __future__ import annotations

import base64
import binascii
import json
import re

from trialpages.api.problems import ApiProblem

_SK = re.compile(r"^[\w#.:-]{1,64}$")


def encode_cursor(last_key: dict | None) -> str | None:
    if not last_key:
        return None
    raw = json.dumps({"pk": last_key["pk"], "sk": last_key["sk"]}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str | None, expected_pk: str) -> dict | None:
    if not cursor:
        return None
    try:
        decoded = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError) as error:
        raise ApiProblem(400, "cursor is not one this API issued") from error
    if (
        not isinstance(decoded, dict)
        or set(decoded) != {"pk", "sk"}
        or decoded["pk"] != expected_pk
        or not isinstance(decoded["sk"], str)
        or not _SK.match(decoded["sk"])
    ):
        raise ApiProblem(400, "cursor does not belong to this query: repeat the first request's filters")
    return decoded
