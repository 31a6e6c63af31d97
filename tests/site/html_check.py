"""A strict structural HTML check for our own pages: the subset of the Nu checker's rules our markup can break."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Elements that may not appear inside <p> (the parser would silently close the paragraph).
BLOCK = {
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
}
ONLY_CHILDREN = {"ul": {"li"}, "ol": {"li"}, "dl": {"div", "dt", "dd"}}


class PageStructure(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: Counter[str] = Counter()
        self.tags: Counter[str] = Counter()
        self.attributes: list[tuple[str, str, str | None]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: dict | None = None
        self.doctype: str | None = None
        self.text_parts: list[str] = []

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        for name, value in attrs:
            self.attributes.append((tag, name, value))
            if name == "id":
                self.ids[value or ""] += 1
        parent = self.stack[-1] if self.stack else None
        if parent == "p" and tag in BLOCK:
            self.errors.append(f"<{tag}> inside <p>")
        if parent in ONLY_CHILDREN and tag not in ONLY_CHILDREN[parent]:
            self.errors.append(f"<{tag}> directly inside <{parent}>")
        if tag == "script":
            self._script = dict(attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.errors.append(f"self-closing non-void <{tag}/>")
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            self.errors.append(f"end tag for void <{tag}>")
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> does not close the open <{self.stack[-1] if self.stack else None}>")
            if tag in self.stack:
                while self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()
        if tag == "script":
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self.scripts.append((self._script, data))
        else:
            self.text_parts.append(data)

    @property
    def text(self) -> str:
        return " ".join("".join(self.text_parts).split())


def check_page(html: str) -> PageStructure:
    page = PageStructure()
    page.feed(html)
    page.close()
    if page.stack:
        page.errors.append(f"unclosed elements: {page.stack}")
    page.errors.extend(f"duplicate id {id_!r}" for id_, n in page.ids.items() if n > 1)
    if (page.doctype or "").lower() != "doctype html":
        page.errors.append(f"doctype is {page.doctype!r}")
    if page.tags["h1"] != 1:
        page.errors.append(f"{page.tags['h1']} h1 elements")
    for tag in ("html", "head", "body", "title", "main"):
        if page.tags[tag] != 1:
            page.errors.append(f"{page.tags[tag]} <{tag}> elements")
    return page
