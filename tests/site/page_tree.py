"""A small element tree of a rendered page, for checks that read one part of it (by id or attribute)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from html_check import VOID

_BLOCKS = {
    *("p", "li", "div", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "ul", "ol"),
    *("dl", "dt", "dd", "br", "caption", "summary", "details", "table", "header", "footer", "nav", "aside"),
}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str | None]
    children: list[Element | str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The text as a reader sees it: block elements apart, inline ones joined."""
        parts: list[str] = []
        self._collect(parts)
        return " ".join("".join(parts).split())

    def _collect(self, parts: list[str]) -> None:
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            else:
                apart = child.tag in _BLOCKS
                parts.append(" " if apart else "")
                child._collect(parts)
                parts.append(" " if apart else "")

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag: str | None = None, **attrs: str) -> list[Element]:
        return [
            element
            for element in self.iter()
            if (tag is None or element.tag == tag)
            and all(element.attrs.get(name.replace("_", "-")) == value for name, value in attrs.items())
        ]

    def by_id(self, element_id: str) -> Element | None:
        found = [element for element in self.iter() if element.attrs.get("id") == element_id]
        return found[0] if found else None

    def with_attribute(self, name: str) -> list[Element]:
        return [element for element in self.iter() if name in element.attrs]


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        element = Element(tag, dict(attrs))
        self.stack[-1].children.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while len(self.stack) > 1:
            if self.stack.pop().tag == tag:
                break

    def handle_data(self, data):
        if self.stack[-1].tag not in ("script", "style"):
            self.stack[-1].children.append(data)


def parse(html: str) -> Element:
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.root


def table_cells(table: Element) -> list[list[str]]:
    """Each row's cells (th and td), as text."""
    return [[cell.text for cell in row.children if isinstance(cell, Element)] for row in table.find_all("tr")]


def fragment(html: str, element_id: str) -> str | None:
    """The markup of the element with this id, found without parsing the whole page (pages are big)."""
    at = html.find(f' id="{element_id}"')
    if at < 0:
        return None
    start = html.rfind("<", 0, at)
    tag = html[start + 1 : at].split()[0]
    depth, position = 0, start
    opening, closing = f"<{tag}", f"</{tag}>"
    while True:
        next_open = html.find(opening, position + 1)
        next_close = html.find(closing, position + 1)
        if next_open != -1 and next_open < next_close and html[next_open + len(opening)] in " >":
            depth += 1
            position = next_open
            continue
        if depth == 0:
            return html[start : next_close + len(closing)]
        depth -= 1
        position = next_close
