"""The whole site rendered from the 1,000 bundled records: no broken internal link, full sitemaps, valid feeds."""

from __future__ import annotations

import re
from pathlib import Path

import feedparser
import pytest
from trialpages_dev.render import render_site

from tests.site.site_checks import broken_links, hub_pages, sitemap_urls

pytestmark = pytest.mark.slow

SITE_URL = "https://trialpages.org"


@pytest.fixture(scope="module")
def site(tmp_path_factory, bundled_records) -> Path:
    out = tmp_path_factory.mktemp("whole-site")
    report = render_site(bundled_records, out, progress=False, site_url=SITE_URL, fetched="2026-11-25")
    assert len(report.rendered) == 1000 and report.failed == []
    return out


def test_no_internal_link_is_broken(site):
    checked, pages, broken = broken_links(site, SITE_URL)

    assert broken == []
    assert checked > 30_000
    print(f"{checked} internal links over {pages} pages, 0 broken")


def test_every_page_is_in_the_sitemaps_with_its_update_date(site, bundled_records):
    listed = sitemap_urls(site, SITE_URL)

    for record in bundled_records:
        nct_id = record["protocolSection"]["identificationModule"]["nctId"]
        updated = record["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"]["date"]
        assert listed[f"{SITE_URL}/studies/{nct_id}/"] == updated
    conditions = hub_pages(site)
    # The registry's names make 382 hubs in patients' words (none for a generic term such as "Syndrome");
    # 120 old names' URLs redirect to theirs.
    assert len(conditions) == 382 and len(sorted(site.glob("conditions/*/index.html"))) == 382 + 120
    for page in conditions:
        newest = max(re.findall(r'updated <time datetime="([\d-]+)"', page.read_text(encoding="utf-8")))
        assert listed[f"{SITE_URL}/conditions/{page.parent.name}/"] == newest
    assert all(lastmod for lastmod in listed.values())
    assert (site / "robots.txt").read_text().endswith(f"Sitemap: {SITE_URL}/sitemap.xml\n")


def test_feeds_parse_without_error(site):
    feeds = [site / "feeds" / "changes.xml", *sorted(site.glob("conditions/*/feed.xml"))[:50]]
    feeds += sorted(site.glob("studies/*/feed.xml"))[:50]
    for feed in feeds:
        parsed = feedparser.parse(feed.read_bytes())
        assert parsed.bozo == 0, (feed, parsed.get("bozo_exception"))
        assert parsed.feed.title
        assert all(entry.id and entry.link.startswith(SITE_URL) for entry in parsed.entries)
    # One version per study here: a study's feed has its registry update, change feeds have no entries yet.
    assert all(feedparser.parse(feed.read_bytes()).entries for feed in feeds if "/studies/" in str(feed))


BADGE = re.compile(r'<span class="badge status-(open|closed)">([^<]+)</span>')
OPEN_LABELS = {"Recruiting", "Not yet recruiting", "Enrolling by invitation", "Available"}


def condition_badges(page: Path) -> list[tuple[str, str]]:
    return BADGE.findall(page.read_text(encoding="utf-8"))


def test_condition_pages_list_recruiting_studies_first(site):
    page = next(p for p in sorted(site.glob("conditions/*/index.html")) if len(condition_badges(p)) > 5)
    labels = [label for _, label in condition_badges(page)]
    recruiting = [i for i, label in enumerate(labels) if label == "Recruiting"]
    assert recruiting and recruiting == list(range(len(recruiting)))


def test_study_lists_mark_only_studies_people_may_join_as_open(site):
    badges = [badge for page in site.glob("conditions/*/index.html") for badge in condition_badges(page)]
    badges += condition_badges(site / "index.html")
    assert {kind for kind, _ in badges} == {"open", "closed"}
    assert all((kind == "open") == (label in OPEN_LABELS) for kind, label in badges)


def test_every_page_says_how_fresh_its_data_is(site):
    pages = [
        site / "index.html",
        site / "conditions" / "index.html",
        *hub_pages(site)[:20],
    ]
    pages += sorted(site.glob("studies/*/index.html"))[:20]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        freshness = re.search(r'<aside class="freshness".*?</aside>', html, re.S).group(0)
        assert re.search(r'update(?:d| listed here:) <time datetime="\d{4}-\d{2}-\d{2}"', freshness), page
        assert 'fetched from ClinicalTrials.gov on <time datetime="2026-11-25">' in freshness, page
    for time in re.findall(r'<time datetime="([^"]*)"', "".join(p.read_text(encoding="utf-8") for p in pages)):
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?)?)?", time), time
