"""Split a long criterion into short sentences: each becomes its own plain item, linked to the same source."""

from __future__ import annotations

import re

# A sentence end (not "e.g." or "1.5"), or a semicolon: the places a criterion can be cut without changing it.
_BOUNDARY = re.compile(r"(?<=[a-z0-9)\]%])(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)[.;]\s+(?=[A-Z(])|;\s+")
MIN_WORDS = 4
# A part that qualifies the one before (an exception, an alternative, a permission) must stay with
# it: alone under "You cannot join if…" it would say the opposite.
_QUALIFIER_START = re.compile(
    r"^(?:or|and|and/or|but|except|unless|however|exception|note|this|these|that|which|such|including|e\.g|i\.e|if)\b",
    re.IGNORECASE,
)
_QUALIFIER_WORD = re.compile(
    r"\b(?:allowed|permitted|eligible|acceptable|exempt|except|unless|exception|exclusion|inclusion|not apply)\b",
    re.IGNORECASE,
)


def segments(text: str) -> list[str]:
    parts = [part.strip() for part in _BOUNDARY.split(text) if part and part.strip()]
    merged: list[str] = []
    for part in parts:
        qualifies = bool(_QUALIFIER_START.match(part) or _QUALIFIER_WORD.search(part))
        if merged and (len(part.split()) < MIN_WORDS or qualifies):
            merged[-1] = f"{merged[-1]}; {part}"  # too short to stand alone: keep it with what it qualifies
        else:
            merged.append(part)
    return merged or [text]
