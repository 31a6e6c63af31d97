"""The whole site rendered from the 1,000 bundled records: no broken internal link, full sitemaps, valid feeds."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import feedparser
import pytest

from trialpages.site import render_site

SITE_URL = "https://trialpages.org"
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


@pytest.fixture(scope="module")
def site(tmp_path_factory, bundled_records) -> Path:
    out = tmp_path_factory.mktemp("whole-site")
    report = render_site(bundled_records, out, progress=False, site_url=SITE_URL)
    assert len(report.rendered) == 1000 and report.failed == []
    return out


def target_file(site: Path, page: Path, link: str) -> tuple[Path | None, str]:
    """The file an internal link points to (None for external links) and its #fragment."""
    url, fragment = urldefrag(link)
    parts = urlsplit(url)
    if parts.scheme in ("http", "https", "mailto", "tel") or parts.netloc:
        if url.startswith(SITE_URL):
            parts = urlsplit(url.removeprefix(SITE_URL) or "/")
        else:
            return None, ""
    if not parts.path:
        return page, fragment
    path = site / parts.path.lstrip("/") if parts.path.startswith("/") else page.parent / parts.path
    if parts.path.endswith("/"):
        path = path / "index.html"
    return path, fragment


def test_no_internal_link_is_broken(site):
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
            target, fragment = target_file(site, page, link)
            if target is None:
                continue
            checked += 1
            if (
                not target.exists()
                or fragment
                and target.suffix == ".html"
                and fragment not in ids_of.get(target.resolve(), set())
            ):
                broken.append((str(page.relative_to(site)), link))
    assert broken == []
    assert checked > 30_000
    print(f"{checked} internal links over {len(pages)} pages, 0 broken")


def test_every_study_page_is_in_the_sitemaps_with_its_update_date(site, bundled_records):
    index = ET.parse(site / "sitemap.xml").getroot()
    children = [element.text for element in index.iter(f"{SITEMAP}loc")]
    listed: dict[str, str] = {}
    for child in children:
        root = ET.parse(site / child.removeprefix(SITE_URL + "/")).getroot()
        urls = root.findall(f"{SITEMAP}url")
        assert len(urls) <= 50_000
        for url in urls:
            lastmod = url.find(f"{SITEMAP}lastmod")
            listed[url.find(f"{SITEMAP}loc").text] = lastmod.text if lastmod is not None else None
    for record in bundled_records:
        nct_id = record["protocolSection"]["identificationModule"]["nctId"]
        updated = record["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"]["date"]
        assert listed[f"{SITE_URL}/studies/{nct_id}/"] == updated
    assert (site / "robots.txt").read_text().endswith(f"Sitemap: {SITE_URL}/sitemap.xml\n")


def test_feeds_parse_without_error(site):
    feeds = [site / "feeds" / "changes.xml", *sorted(site.glob("conditions/*/feed.xml"))[:50]]
    feeds += sorted(site.glob("studies/*/feed.xml"))[:50]
    for feed in feeds:
        parsed = feedparser.parse(feed.read_bytes())
        assert parsed.bozo == 0, (feed, parsed.get("bozo_exception"))
        assert parsed.feed.title and parsed.entries
        assert all(entry.id and entry.link.startswith(SITE_URL) for entry in parsed.entries)


def test_condition_pages_list_recruiting_studies_first(site):
    page = next(p for p in sorted(site.glob("conditions/*/index.html")) if p.read_text().count('class="badge"') > 5)
    badges = re.findall(r'<span class="badge">([^<]+)</span>', page.read_text(encoding="utf-8"))
    recruiting = [i for i, badge in enumerate(badges) if badge == "Recruiting"]
    assert recruiting == list(range(len(recruiting)))
