"""Reading sheets for the eligibility review: what a reviewer reads, from the rendered pages.

For each study of the sample, from SITE/studies/<NCT>/index.html (the output of `trialpages
render`): every plain item in page order, with the list it sits under, the item it is nested
in, its data-kind and the original criteria its data-source names; then the original criteria
no item links to. Writes OUT/<NCT>.md (to read) and OUT/<NCT>.csv (one row an item: verdict,
form and reason to fill in).

Usage: python tools/eligibility-review/sheets.py SITE OUT [--sample docs/eligibility-review/sample.txt]
"""

from __future__ import annotations

import argparse
import csv
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_SPACE = re.compile(r"\s+")


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    parent: Node | None = None
    children: list[Node | str] = field(default_factory=list)

    def text(self, skip: tuple[str, ...] = ()) -> str:
        parts = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif not any(child.matches(selector) for selector in skip):
                parts.append(child.text(skip))
        return _SPACE.sub(" ", " ".join(parts)).strip()

    def matches(self, selector: str) -> bool:
        if selector.startswith("."):
            return selector[1:] in self.attrs.get("class", "").split()
        return self.tag == selector

    def walk(self):
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.walk()

    def by_id(self, element_id: str) -> Node | None:
        return next((node for node in self.walk() if node.attrs.get("id") == element_id), None)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self._at = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs}, self._at)
        self._at.children.append(node)
        if tag not in _VOID:
            self._at = node

    def handle_endtag(self, tag):
        node = self._at
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self._at = node.parent

    def handle_data(self, data):
        self._at.children.append(data)


def parse_html(text: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(text)
    return builder.root


_NOT_ITEM_TEXT = (".term-note", "small", "a", "ul", "ol")


def study_sheet(page: Path) -> tuple[list[dict], list[tuple[str, str, str]], str]:
    """(items, unlinked originals as (id, section, text), the eligibility section's headings and notices)."""
    root = parse_html(page.read_text(encoding="utf-8"))
    original = root.by_id("original-criteria")
    plain = root.by_id("plain-eligibility")
    criteria: dict[str, tuple[str, str]] = {}
    if original is not None:
        section = ""
        for node in original.walk():
            if node.tag == "section":
                section = node.attrs.get("aria-label", "")
            if node.attrs.get("id") and node is not original:
                criteria[node.attrs["id"]] = (section, node.text(skip=("ul", "ol")))
    items, heading, linked = [], "", set()
    overview = []
    if plain is not None:
        for node in plain.walk():
            if node.tag in ("h3", "h4", "h5"):
                heading = node.text()
                overview.append(f"{node.tag}: {heading}")
            elif node.tag == "p" and node.parent is plain:
                overview.append(f"p: {node.text()}")
            if "data-source" not in node.attrs:
                continue
            sources = node.attrs["data-source"].split()
            linked.update(sources)
            parent = _nesting_parent(node)
            in_glance = any(
                "at-a-glance" in (a.attrs.get("class") or "") for a in _ancestors(node) if isinstance(a, Node)
            )
            items.append(
                {
                    "list": ("at a glance / " if in_glance else "") + heading,
                    "nested_in": parent.text(skip=_NOT_ITEM_TEXT) if parent is not None else "",
                    # The sheet shows every title above the item, outermost first (the CSV keeps the nearest).
                    "nesting": " > ".join(title.text(skip=_NOT_ITEM_TEXT) for title in _nesting_titles(node)),
                    "kind": node.attrs.get("data-kind", ""),
                    "source_ids": " ".join(sources),
                    "original": " | ".join(criteria.get(s, ("", "?"))[1] for s in sources),
                    "plain": node.text(skip=_NOT_ITEM_TEXT),
                    "notes": _notes_of(node),
                    # Terms explained once, in the title the item is nested in, are explained for it too.
                    "nested_notes": _notes_of(parent) if parent is not None else "",
                }
            )
    unlinked = [(cid, sec, text) for cid, (sec, text) in criteria.items() if cid not in linked]
    return items, unlinked, "\n".join(overview)


def _notes_of(node: Node) -> str:
    return " ".join(
        n.text()
        for n in node.children
        if isinstance(n, Node) and (n.matches(".term-note") or n.matches(".item-caution"))
    )


def _nesting_parent(node: Node) -> Node | None:
    """What an item is nested in on the page: the item or group title of the list item around its own list."""
    own = node.parent  # the <li> of the item's own span
    for ancestor in _ancestors(own) if own is not None else ():
        if ancestor.tag != "li":
            continue
        for child in ancestor.children:
            if isinstance(child, Node) and (child.matches(".plain-item") or child.matches(".group-title")):
                return child
    return None


def _nesting_titles(node: Node) -> list[Node]:
    """Every item or group title the item is nested in, outermost first."""
    titles, current = [], node
    while (parent := _nesting_parent(current)) is not None:
        titles.append(parent)
        current = parent
    return titles[::-1]


def _ancestors(node: Node):
    while node.parent is not None:
        node = node.parent
        yield node


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("site")
    parser.add_argument("out")
    parser.add_argument("--sample", default=str(ROOT / "docs/eligibility-review/sample.txt"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    ids = [line.strip() for line in Path(args.sample).read_text().splitlines() if line.strip() and line[0] != "#"]
    total = 0
    for nct_id in ids:
        items, unlinked, overview = study_sheet(Path(args.site, "studies", nct_id, "index.html"))
        total += len(items)
        with (out / f"{nct_id}.csv").open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(
                [
                    "nct_id",
                    "item",
                    "list",
                    "nested_in",
                    "kind",
                    "source_ids",
                    "original",
                    "plain",
                    "verdict",
                    "form",
                    "reason",
                ]
            )
            for number, item in enumerate(items, 1):
                writer.writerow(
                    [
                        nct_id,
                        number,
                        item["list"],
                        item["nested_in"],
                        item["kind"],
                        item["source_ids"],
                        item["original"],
                        item["plain"],
                        "",
                        "",
                        "",
                    ]
                )
        lines = [
            f"# {nct_id}",
            "",
            "## The eligibility section's headings and notices",
            "",
            overview,
            "",
            "## Items",
            "",
        ]
        for number, item in enumerate(items, 1):
            lines += [
                f"### {number}. [{item['list']}] kind={item['kind'] or '-'} sources={item['source_ids']}",
                *([f"- nested in: {item['nesting']}"] if item["nesting"] else []),
                *([f"- notes in what it is nested in: {item['nested_notes']}"] if item["nested_notes"] else []),
                f"- original: {item['original']}",
                f"- plain: {item['plain']}",
                *([f"- notes: {item['notes']}"] if item["notes"] else []),
                "",
            ]
        lines += ["## Original criteria no item links to", ""]
        lines += [f"- {cid} [{sec}] {text}" for cid, sec, text in unlinked] or ["- (none)"]
        (out / f"{nct_id}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(ids)} studies, {total} items -> {out}")


if __name__ == "__main__":
    main()
