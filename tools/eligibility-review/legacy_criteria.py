"""The registry's older criteria layout (the legacy XML textblock) as the Markdown API v2 serves.

Items are blank-line separated paragraphs marked "-" or "1.", wrapped at 80 columns, nested by indentation. Each
becomes one "* " or "1. " line, 4 spaces a level, its paragraph unwrapped; a heading marked as an item
("-  INCLUSION CRITERIA:") is written as a heading; nothing else is changed.
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"^(?P<indent> *)(?P<marker>-|\d{1,2}\.|[a-z]\.)\s+(?P<text>.*)$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SPACE = re.compile(r"\s+")
_HEADING = re.compile(r"^(?:\w+\s+){0,2}(?:inclusion|exclusion)s?\s+criteria\s*:?$", re.I)


def markdown_criteria(textblock: str) -> str:
    """The legacy textblock as API v2 Markdown: one line an item, its depth from its marker's column."""
    blocks = [block for block in _PARAGRAPH_BREAK.split(textblock) if block.strip()]
    common = min(len(line) - len(line.lstrip(" ")) for block in blocks for line in block.splitlines() if line.strip())
    paragraphs = []
    for block in blocks:
        lines = [line[common:] for line in block.splitlines() if line.strip()]
        marked = _MARKER.match(lines[0])
        text = _SPACE.sub(" ", " ".join([marked["text"] if marked else lines[0], *lines[1:]])).strip()
        if marked and _HEADING.match(text):
            marked = None  # "-  INCLUSION CRITERIA:" (NCT04344470): a heading, not an item
        indent = len(lines[0]) - len(lines[0].lstrip(" "))
        # Right-aligned numbers (" 9." over "10.") end in one column: the marker's end is its level.
        end = indent + len(marked["marker"]) if marked else None
        paragraphs.append((end, indent, marked["marker"] if marked else None, text))
    columns = sorted({end for end, _, _, _ in paragraphs if end is not None})
    out: list[str] = []
    level = -1
    for end, indent, marker, text in paragraphs:
        if marker is None:
            # A paragraph indented under an item ("CRP > 35 mg/L ..." under "... the following predictors:")
            # stays inside that item's list, as an indented paragraph; one at the margin is a heading or preamble.
            inside = level >= 0 and indent > 0
            out.extend(["", f"{'    ' * (level + 1)}{text}" if inside else text, ""])
            if not inside:
                level = -1
            continue
        level = columns.index(end)
        bullet = "*" if marker == "-" else marker
        out.append(f"{'    ' * level}{bullet} {text}")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()
