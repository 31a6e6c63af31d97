"""Split a long criterion into short sentences: each becomes its own plain item, linked to the same source."""

from __future__ import annotations

import re

from trialpages.eligibility.folded import FoldedPattern

# A sentence end (not "e.g." or "1.5"), or a semicolon: the places a criterion can be cut without changing it.
# The "." or ";" comes first and the checks on what precedes it after, so re scans for those two characters
# instead of trying every position.
_BOUNDARY = re.compile(
    r"[.;](?:(?<=[a-z0-9)\]%][.;])(?<!\be\.g[.;])(?<!\bi\.e[.;])(?<!\bvs[.;])\s+(?=[A-Z(])|(?<=;)\s+)"
)
MIN_WORDS = 2
# A part that qualifies the one before (an exception, an alternative, a permission) must stay with
# it: alone under "You cannot join if…" it would say the opposite.
_QUALIFIER_START = re.compile(
    r"^(?:or|and|and/or|but|except|unless|however|exception|note|this|these|that|which|such|including|e\.g|i\.e|if)\b",
    re.IGNORECASE,
)
_QUALIFIER_WORD = FoldedPattern(
    r"\b(?:allowed|permitted|eligible|acceptable|exempt|except|unless|exception|exclusion|inclusion|not apply)\b"
)


def segments(text: str) -> list[str]:
    parts = [part.strip() for part in _BOUNDARY.split(text) if part and part.strip()]
    merged: list[str] = []
    for part in parts:
        # The first part always stands alone: only later ones are read for a qualifier.
        if merged and (len(part.split()) < MIN_WORDS or _qualifies(part)):
            merged[-1] = f"{merged[-1]}; {part}"  # too short to stand alone: keep it with what it qualifies
        else:
            merged.append(part)
    return merged or [text]


def _qualifies(part: str) -> bool:
    return bool(_QUALIFIER_START.match(part) or _QUALIFIER_WORD.search(part))


# A list of lab limits ("ANC ≥ 1.5 x 10^9/L, platelets ≥ 100 x 10^9/L and hemoglobin ≥ 9 g/dL") is one
# requirement per value: in inclusion criteria all must hold ("and"), in exclusion any one excludes
# ("or"), so the list can be said one value per item. Only lists whose every part holds a limit,
# joined by the conjunction that keeps that reading, are cut; nothing inside brackets is.
_LIMIT = FoldedPattern(
    r"(?:≥|≤|>|<|=>|>=|<=|=<|>/=|</=|greater than|less than|more than|at least|at most)\s*\d",
    clues=("≥", "≤", ">", "<", "than", "least", "most"),
)
_JOINER = {"inclusion": "and", "exclusion": "or"}


def list_parts(segment: str, kind: str) -> list[str]:
    """`segment` cut into its list of lab limits when that keeps its meaning, else [segment]."""
    joiner = _JOINER.get(kind)
    if joiner is None or len(_LIMIT.findall(segment)) < 2:
        return [segment]
    lead, _, body = segment.rpartition(":") if ":" in segment else ("", "", segment)
    parts = _top_level_split(body, joiner)
    if parts is None or len(parts) < 2 or not all(_LIMIT.search(part) for part in parts):
        return [segment]
    lead = lead.strip()
    return ([f"{lead}:"] if lead else []) + parts


def _top_level_split(text: str, joiner: str) -> list[str] | None:
    """Cut at commas, semicolons and the joiner outside brackets; None when the other conjunction is used."""
    other = "or" if joiner == "and" else "and"
    pieces, depth, start = [], 0, 0
    tokens = re.finditer(rf"[()\[\]]|[,;]\s*(?:{joiner}\s+)?|\s+{joiner}\s+|\s+{other}\s+|\s+and/or\s+", text)
    for token in tokens:
        mark = token.group(0).strip()
        if mark in "([":
            depth += 1
        elif mark in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            if mark in (other, "and/or"):
                return None
            pieces.append(text[start : token.start()])
            start = token.end()
    pieces.append(text[start:])
    parts = [piece.strip(" ,;.") for piece in pieces]
    return [part for part in parts if part] if all(parts) else None


def item_sources(text: str, kind: str) -> list[str]:
    """The pieces of one criterion that each become one plain item: its sentences, lab lists cut up."""
    return [part for sentence in segments(text) for part in list_parts(sentence, kind)]
