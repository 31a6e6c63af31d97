"""Sitemaps follow the protocol whatever the site's size: at most 50,000 URLs a file, each with its lastmod."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from trialpages.site.site_pages import ConditionSummary
from trialpages.site.site_wide import site_wide_files
from trialpages.site.sitemaps import MAX_URLS

SITE_URL = "https://trialpages.example"
NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.mark.slow
def test_condition_pages_split_into_files_of_at_most_50000_urls_each_with_a_lastmod():
    summaries = [
        ConditionSummary(slug=f"c-{number:06d}", name=f"C {number}", count=1, lastmod=f"2025-01-{1 + number % 28:02d}")
        for number in range(MAX_URLS + 1)
    ] + [ConditionSummary(slug="asthma", name="Asthma", count=3, lastmod="2026-02-03", fetched="2026-11-25")]

    files = {file.key: file for file in site_wide_files(summaries, [], [], 0, [], SITE_URL)}

    sizes = {key: len(ET.fromstring(files[key].body)) for key in files if key.startswith("sitemaps/conditions-")}
    assert sizes == {
        "sitemaps/conditions-a.xml": 1,
        "sitemaps/conditions-c.xml": MAX_URLS,
        "sitemaps/conditions-c-2.xml": 1,
    }
    asthma = ET.fromstring(files["sitemaps/conditions-a.xml"].body)[0]
    assert asthma.find(f"{NS}loc").text == f"{SITE_URL}/conditions/asthma/"
    assert asthma.find(f"{NS}lastmod").text == "2026-02-03"
    index = {
        child.find(f"{NS}loc").text: child.find(f"{NS}lastmod").text
        for child in ET.fromstring(files["sitemap.xml"].body)
    }
    assert index[f"{SITE_URL}/sitemaps/conditions-a.xml"] == "2026-02-03"
    assert index[f"{SITE_URL}/sitemaps/conditions-c-2.xml"] == "2025-01-21"  # the one condition left over
    assert index[f"{SITE_URL}/sitemaps/pages.xml"] == "2026-02-03"
