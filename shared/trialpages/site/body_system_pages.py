"""Browse by body system: a page per system listing its condition pages, and the home page's list of systems."""

from __future__ import annotations

from trialpages.lookup.body_systems import BODY_SYSTEMS, BodySystem
from trialpages.lookup.conditions import ConditionSummary
from trialpages.site.environment import environment
from trialpages.site.site_pages import HTML, Freshness, SiteFile, listed, newest, site_page


def body_system_path(system: BodySystem) -> str:
    return f"/body-systems/{system.slug}/"


def systems_with_conditions(summaries: list[ConditionSummary]) -> list[tuple[BodySystem, list[ConditionSummary]]]:
    """Each body system with its condition pages (most studies first), in the registry's order; none empty."""
    shown = listed(summaries)
    grouped = [
        (system, sorted((c for c in shown if system.slug in c.body_systems), key=lambda c: (-c.count, c.name)))
        for system in BODY_SYSTEMS
    ]
    return [(system, conditions) for system, conditions in grouped if conditions]


def body_system_pages(summaries: list[ConditionSummary], site_url: str) -> list[SiteFile]:
    files = []
    for system, conditions in systems_with_conditions(summaries):
        path = body_system_path(system)
        page = site_page(
            site_url,
            path,
            f"{system.name}: clinical studies by condition | trialpages",
            f"Conditions of the {system.name.lower()} with clinical studies on trialpages, explained in plain English.",
            [("Conditions", "/conditions/"), (system.name, path)],
            Freshness(updated=newest(c.lastmod for c in conditions), fetched=newest(c.fetched for c in conditions)),
        )
        html = environment().get_template("body_system.html.j2").render(page=page, system=system, conditions=conditions)
        files.append(SiteFile(path.strip("/") + "/index.html", html.encode("utf-8"), HTML))
    return files
