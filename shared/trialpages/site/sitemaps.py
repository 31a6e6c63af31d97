"""Sitemaps per the protocol: child files of at most 50,000 URLs, an index naming them, and robots.txt."""

from __future__ import annotations

import xml.etree.ElementTree as ET

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
MAX_URLS = 50_000


def study_sitemap_key(nct_id: str) -> str:
    """Studies are split by id range (NCT0123xxxx), so a cycle rewrites only the ranges it touched."""
    return f"sitemaps/studies-{nct_id[:7].lower()}.xml"


def urlset(urls: list[tuple[str, str | None]]) -> bytes:
    """(absolute URL, lastmod YYYY-MM-DD or None) -> a sitemap file."""
    if len(urls) > MAX_URLS:
        raise ValueError(f"a sitemap holds at most {MAX_URLS} URLs, not {len(urls)}")
    ET.register_namespace("", SITEMAP_NS)
    root = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for loc, lastmod in sorted(urls):
        url = ET.SubElement(root, f"{{{SITEMAP_NS}}}url")
        ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = loc
        if lastmod:
            ET.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = lastmod
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def sitemap_index(children: list[tuple[str, str | None]]) -> bytes:
    ET.register_namespace("", SITEMAP_NS)
    root = ET.Element(f"{{{SITEMAP_NS}}}sitemapindex")
    for loc, lastmod in sorted(children):
        child = ET.SubElement(root, f"{{{SITEMAP_NS}}}sitemap")
        ET.SubElement(child, f"{{{SITEMAP_NS}}}loc").text = loc
        if lastmod:
            ET.SubElement(child, f"{{{SITEMAP_NS}}}lastmod").text = lastmod
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def robots_txt(site_url: str) -> bytes:
    return f"User-agent: *\nAllow: /\n\nSitemap: {site_url.rstrip('/')}/sitemap.xml\n".encode()
