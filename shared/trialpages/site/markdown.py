"""Registry text fields are markdown: render them with raw HTML off, so markup in a record shows as text."""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markupsafe import Markup

# Markdown headings sit inside a section whose heading is h2: "#" becomes h3, and so on.
HEADING_OFFSET = 2


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
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


def render_markdown(text: str | None) -> Markup:
    if not text:
        return Markup("")
    return Markup(_parser().render(text))  # noqa: S704 - the parser has raw HTML off: it escapes all input


_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>^|~])")
_MARKERS = re.compile(r"(^|\s)(?:[*+-]|\d+[.)])\s+|[*_`]+|^#+\s*", re.MULTILINE)
_SPACE = re.compile(r"\s+")


def plain_text(text: str | None, limit: int | None = None) -> str:
    """A one-paragraph plain-text version (for meta tags, FAQ answers, JSON-LD); cut at a word."""
    if not text:
        return ""
    flat = _SPACE.sub(" ", _MARKERS.sub(r"\1", _ESCAPE.sub(r"\1", text))).strip()
    if limit is None or len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.-")
    return cut + "\u2026"
