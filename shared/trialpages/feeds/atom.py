"""atom_feed: entries -> an Atom document; the standard library's XML writer does the escaping."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from pydantic import BaseModel, ConfigDict

ATOM = "http://www.w3.org/2005/Atom"


class FeedEntry(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str  # a stable URI: the same change always has the same id
    title: str
    link: str
    updated: str  # the registry's update date, YYYY-MM-DD
    summary: str = ""


def _timestamp(day: str) -> str:
    return f"{day}T00:00:00Z" if len(day) == 10 else day


def atom_feed(
    *, feed_id: str, title: str, self_url: str, site_url: str, entries: list[FeedEntry], updated: str
) -> bytes:
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = feed_id
    ET.SubElement(feed, f"{{{ATOM}}}title").text = title
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _timestamp(updated)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", type="application/atom+xml", href=self_url)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=site_url)
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "trialpages (data: ClinicalTrials.gov)"
    for entry in entries:
        element = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(element, f"{{{ATOM}}}id").text = entry.id
        ET.SubElement(element, f"{{{ATOM}}}title").text = entry.title
        ET.SubElement(element, f"{{{ATOM}}}updated").text = _timestamp(entry.updated)
        ET.SubElement(element, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=entry.link)
        if entry.summary:
            ET.SubElement(element, f"{{{ATOM}}}summary").text = entry.summary
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
