"""Parse the registry's eligibility markdown into inclusion/exclusion sections of criterion trees.

Every piece of the original text lands in exactly one criterion (headings aside): list items,
their continuation lines and free paragraphs alike. The "Inclusion Criteria: / Exclusion
Criteria:" layout is a convention, not a rule, so headings are recognised in their common
variants, including ones run onto the end of a criterion's line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from trialpages.eligibility.folded import may_hold
from trialpages.eligibility.model import CriteriaSection, Criterion, Kind, ParsedCriteria

_ESCAPE = re.compile(r"""\\([\\`*_{}\[\]()#+\-.!<>^|~=&%$@'"])""")
_LIST_ITEM = re.compile(
    r"^(?P<indent>[ \t]*)"
    r"(?P<marker>[*+•·▪-]|\d{1,3}[.)]|\(\d{1,3}\)|\([a-zA-Z]{1,4}\)|[a-zA-Z][.)]|[ivxIVX]{1,5}[.)])"
    r"[ \t]+(?P<text>\S.*)$"
)
_HEADING_WORDS = r"(?:[\w/&,'()-]+\s+){0,6}?"
_HEADING = re.compile(
    r"^(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?P<heading>" + _HEADING_WORDS + r"(?:inclusion|exclusion|eligibility)"
    r"(?:\s*(?:/|and|or)\s*(?:inclusion|exclusion))?\s+criteria\b[^:.*]{0,60}?)\s*(?:\*\*|__)?\s*"
    r"(?::\s*(?:\*\*|__)?\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
_TRAILING_HEADING = re.compile(
    r"^(?P<text>.*\S)\s+(?P<heading>(?:key |main |other )?(?:inclusion|exclusion) criteria)\s*:?\s*$",
    re.IGNORECASE,
)
# A list item is a heading only with these few words before it ("* Key Inclusion Criteria:");
# "2. Prior therapy exclusion criteria:" is a criterion, with a heading run onto its end.
_LIST_HEADING_LEAD = {"", "key", "main", "other", "general", "additional", "patient", "partner", "study"}
_BOLD_LINE = re.compile(r"^(?:\*\*|__)(?P<text>[^*_].*?)(?:\*\*|__)\s*$")


def unescape_markdown(text: str) -> str:
    return _ESCAPE.sub(r"\1", text)


def kind_of_heading(heading: str) -> Kind:
    lowered = heading.lower()
    has_inclusion, has_exclusion = "inclusion" in lowered, "exclusion" in lowered
    if has_inclusion and not has_exclusion:
        return "inclusion"
    if has_exclusion and not has_inclusion:
        return "exclusion"
    return "other"


@dataclass
class _Open:
    """A criterion still being read: more continuation lines may join it."""

    id: str
    kind: Kind
    depth: int
    parent_id: str | None
    indent: int
    lines: list[str] = field(default_factory=list)


class _Builder:
    def __init__(self) -> None:
        self.sections: list[CriteriaSection] = []
        self._kind: Kind = "other"
        self._heading: str | None = None
        self._criteria: list[Criterion] = []
        self._open: _Open | None = None
        self._stack: list[_Open] = []  # open list items by depth, for nesting
        self._top_counts: dict[Kind, int] = {"inclusion": 0, "exclusion": 0, "other": 0}
        self._child_counts: dict[str, int] = {}

    # -- sections --------------------------------------------------------------
    def heading(self, heading: str) -> None:
        self._close()
        self._flush_section()
        self._kind = kind_of_heading(heading) if kind_of_heading(heading) != "other" else self._kind
        self._heading = heading.strip()
        self._stack = []

    def _flush_section(self) -> None:
        if self._criteria or self._heading:
            self.sections.append(CriteriaSection(kind=self._kind, heading=self._heading, criteria=self._criteria))
        self._criteria = []

    # -- criteria --------------------------------------------------------------
    def item(self, indent: int, text: str) -> None:
        self._close()
        while self._stack and self._stack[-1].indent >= indent:
            self._stack.pop()
        parent = self._stack[-1] if self._stack else None
        self._open = self._new(text, indent, parent)
        self._stack.append(self._open)

    def paragraph(self, indent: int, text: str, after_blank: bool) -> None:
        joins_open = self._open is not None and (not after_blank or indent > self._open.indent)
        if joins_open:
            self._open.lines.append(text)
            return
        self._close()
        self._stack = []
        self._open = self._new(text, indent, None)

    def _new(self, text: str, indent: int, parent: _Open | None) -> _Open:
        if parent is None:
            self._top_counts[self._kind] += 1
            criterion_id = f"crit-{self._kind[:3]}-{self._top_counts[self._kind]}"
        else:
            self._child_counts[parent.id] = self._child_counts.get(parent.id, 0) + 1
            criterion_id = f"{parent.id}-{self._child_counts[parent.id]}"
        return _Open(
            id=criterion_id,
            kind=self._kind,
            depth=parent.depth + 1 if parent else 0,
            parent_id=parent.id if parent else None,
            indent=indent,
            lines=[text],
        )

    def _close(self) -> None:
        if self._open is not None:
            text = " ".join(line.strip() for line in self._open.lines if line.strip())
            self._criteria.append(
                Criterion(
                    id=self._open.id,
                    kind=self._open.kind,
                    text=text,
                    depth=self._open.depth,
                    parent_id=self._open.parent_id,
                )
            )
            self._open = None

    def result(self) -> ParsedCriteria:
        self._close()
        self._flush_section()
        return ParsedCriteria(sections=self.sections)


def _heading_of(line: str, in_list_item: bool) -> tuple[str, str] | None:
    """(heading, text on the same line after its colon) when the line is an eligibility heading."""
    candidate = line.strip()
    bold = _BOLD_LINE.match(candidate)
    if bold:
        candidate = bold.group("text").strip()
    match = _HEADING.match(candidate) if may_hold(candidate, "criteria") else None
    if not match or match.group("heading").rstrip().lower().endswith(("apply", "applies")):
        return None
    lead = re.split(r"(?i)\b(?:inclusion|exclusion|eligibility)\b", match.group("heading"))[0].strip().lower()
    if in_list_item and lead not in _LIST_HEADING_LEAD:
        return None
    return match.group("heading").strip(), (match.group("rest") or "").strip()


def parse_criteria(text: str | None) -> ParsedCriteria:
    builder = _Builder()
    after_blank = True
    for raw_line in unescape_markdown(text or "").splitlines():
        line = raw_line.replace("\t", "    ").rstrip()
        if not line.strip():
            after_blank = True
            continue
        item = _LIST_ITEM.match(line)
        body = item.group("text") if item else line.strip()
        heading = _heading_of(body, in_list_item=item is not None)
        if heading:
            builder.heading(heading[0])
            if heading[1]:
                builder.paragraph(0, heading[1], after_blank=True)
        else:
            trailing = _TRAILING_HEADING.match(body) if may_hold(body, "criteria") else None
            indent = len(item.group("indent")) if item else len(line) - len(line.lstrip())
            content = trailing.group("text") if trailing else body
            if item:
                builder.item(indent, content)
            else:
                builder.paragraph(indent, content, after_blank)
            if trailing:
                builder.heading(trailing.group("heading"))
        after_blank = False
    return builder.result()
