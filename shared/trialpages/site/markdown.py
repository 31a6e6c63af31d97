"""Registry text fields are markdown: render them with raw HTML off, so markup in a record shows as text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from markupsafe import Markup

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

# Markdown headings sit inside a section whose heading is h2: "#" becomes h3, and so on.
HEADING_OFFSET = 2


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # Imported here: most registry text is plain and skips the parser, and lookup_api's pages never
    # call it, so a cold start pays for markdown-it only when a text has markup.
    from markdown_it import MarkdownIt

    # js-default: html=False, linkify off; javascript:/vbscript:/data: links are refused by
    # markdown-it's validateLink. Images are off: a record should not pull third-party content.
    parser = MarkdownIt("js-default").disable("image")

    def heading(renderer, tokens, idx, options, env):
        token = tokens[idx]
        level = min(int(token.tag[1]) + HEADING_OFFSET, 6)
        token.tag = f"h{level}"
        return renderer.renderToken(tokens, idx, options, env)

    parser.add_render_rule("heading_open", heading)
    parser.add_render_rule("heading_close", heading)
    return parser


# Most registry text is plain sentences, for which the parser's output is the text itself in <p>
# elements: such text skips the parser (it was a quarter of the render time). Plain means no
# character markdown acts on, no line starting like a list item and no space at a line's ends;
# tests/site/test_markdown_fields.py checks both paths give the same HTML.
_MARKUP_FREE = re.compile(r"[^\\`*_\[\]<>&#!~|=+{}\x00-\x09\x0b-\x1f\x7f]*")
_BLOCK_OR_SPACE = re.compile(r"^(?:-|\d+[.)])|^[^\S\n]|[^\S\n]$", re.MULTILINE)
_PARAGRAPH_BREAK = re.compile(r"\n{2,}")


def parse_markdown(text: str) -> Markup:
    """Always through markdown-it (render_markdown takes a shortcut for plain text)."""
    return Markup(_parser().render(text))  # noqa: S704 - the parser has raw HTML off: it escapes all input


def _plain_paragraphs(text: str) -> Markup | None:
    if text != text.strip() or not _MARKUP_FREE.fullmatch(text) or _BLOCK_OR_SPACE.search(text):
        return None
    # & < > cannot occur here; markdown-it escapes " as &quot; and leaves ' alone.
    paragraphs = _PARAGRAPH_BREAK.split(text.replace('"', "&quot;"))
    return Markup("".join(f"<p>{paragraph}</p>\n" for paragraph in paragraphs))  # noqa: S704 - escaped above


def render_markdown(text: str | None) -> Markup:
    if not text:
        return Markup("")
    return _plain_paragraphs(text) or parse_markdown(text)


_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>^|~])")
_MARKERS = re.compile(r"(^|\s)(?:[*+-]|\d+[.)])\s+|[*_`]+|^#+\s*", re.MULTILINE)
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=16)  # a page asks for the same summary twice (FAQ and JSON-LD), cut to two lengths
def _flat(text: str) -> str:
    return _SPACE.sub(" ", _MARKERS.sub(r"\1", _ESCAPE.sub(r"\1", text))).strip()


def plain_line(text: str | None, limit: int) -> str:
    """Short registry text (a time frame) on one line: escapes undone, spaces collapsed, cut at a word.
    Unlike plain_text it keeps "-" and "*": in "1 - 3" they are not list markers."""
    if not text:
        return ""
    flat = _SPACE.sub(" ", _ESCAPE.sub(r"\1", text)).strip()
    if len(flat) <= limit:
        return flat
    return flat[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.-") + "\u2026"


def plain_text(text: str | None, limit: int | None = None) -> str:
    """A one-paragraph plain-text version (for meta tags, FAQ answers, JSON-LD); cut at a word."""
    if not text:
        return ""
    flat = _flat(text)
    if limit is None or len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.-")
    return cut + "\u2026"
