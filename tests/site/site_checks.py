"""Whole-site checks shared by the render path and the pipeline: internal links, sitemaps."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"])
        for name in ("href", "src"):
            if values.get(name):
                self.links.append(values[name])


API_PATHS = ("/find/", "/v1/")


def target_file(site: Path, page: Path, link: str, site_url: str) -> tuple[Path | None, str]:
    """The file an internal link points to (None for external links) and its #fragment."""
    url, fragment = urldefrag(link)
    parts = urlsplit(url)
    if parts.scheme in ("http", "https", "mailto", "tel") or parts.netloc:
        if url.startswith(site_url):
            parts = urlsplit(url.removeprefix(site_url) or "/")
        else:
            return None, ""
    if not parts.path:
        return page, fragment
    if parts.path.startswith(API_PATHS):
        return None, ""  # served by the lookup function, not the site bucket (test_search_pages checks them)
    path = site / parts.path.lstrip("/") if parts.path.startswith("/") else page.parent / parts.path
    if parts.path.endswith("/"):
        path = path / "index.html"
    return path, fragment


def broken_links(site: Path, site_url: str) -> tuple[int, int, list[tuple[str, str]]]:
    """(internal links checked, pages, broken (page, link) pairs) over every HTML file of a site folder."""
    pages = sorted(site.rglob("*.html"))
    ids_of: dict[Path, set[str]] = {}
    parsed: dict[Path, _Links] = {}
    for page in pages:
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        parsed[page], ids_of[page.resolve()] = parser, parser.ids
    broken = []
    checked = 0
    for page, parser in parsed.items():
        for link in parser.links:
            target, fragment = target_file(site, page, link, site_url)
            if target is None:
                continue
            checked += 1
            missing_anchor = (
                fragment and target.suffix == ".html" and fragment not in ids_of.get(target.resolve(), set())
            )
            if not target.exists() or missing_anchor:
                broken.append((str(page.relative_to(site)), link))
    return checked, len(pages), broken


def sitemap_urls(site: Path, site_url: str) -> dict[str, str | None]:
    """Every URL the sitemap index leads to, with its lastmod; each child file holds at most 50,000."""
    index = ET.parse(site / "sitemap.xml").getroot()
    listed: dict[str, str | None] = {}
    for child in [element.text for element in index.iter(f"{SITEMAP}loc")]:
        root = ET.parse(site / child.removeprefix(site_url + "/")).getroot()
        urls = root.findall(f"{SITEMAP}url")
        assert len(urls) <= 50_000
        for url in urls:
            lastmod = url.find(f"{SITEMAP}lastmod")
            listed[url.find(f"{SITEMAP}loc").text] = lastmod.text if lastmod is not None else None
    return listed


def is_redirect_page(page: Path) -> bool:
    """An old condition URL's page, which sends the browser on to its hub (site_pages.hub_redirect)."""
    return b'http-equiv="refresh"' in page.read_bytes()


def hub_pages(site: Path) -> list[Path]:
    return [page for page in sorted(site.glob("conditions/*/index.html")) if not is_redirect_page(page)]
