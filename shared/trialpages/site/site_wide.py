"""Every site-wide file publish_site writes after a cycle: home, indexes, body systems, feeds, sitemaps, robots.txt."""

from __future__ import annotations

from trialpages.history import ChangeEntry
from trialpages.lookup.conditions import ConditionSummary
from trialpages.lookup.listing import StudyListing
from trialpages.site.body_system_pages import body_system_pages, body_system_path, systems_with_conditions
from trialpages.site.site_pages import (
    EPOCH,
    SiteFile,
    condition_sitemaps,
    conditions_index,
    home_page,
    listed,
    newest,
    pages_sitemap,
    robots_file,
    site_feed,
    sitemap_index_file,
    trial_basics_page,
)


def site_wide_files(
    summaries: list[ConditionSummary],
    recent: list[StudyListing],
    study_sitemaps: list[tuple[str, str | None]],
    study_count: int,
    changes: list[ChangeEntry],
    site_url: str,
) -> list[SiteFile]:
    """Home, the conditions index, the site feed, the condition and page sitemaps, the sitemap index
    (`study_sitemaps`: each study sitemap's key and lastmod) and robots.txt."""
    systems = systems_with_conditions(summaries)
    updated = newest(c.lastmod for c in listed(summaries))
    conditions = condition_sitemaps(summaries, site_url)
    pages = pages_sitemap(
        updated,
        site_url,
        [
            (site_url + body_system_path(system), newest(c.lastmod for c in conditions))
            for system, conditions in systems
        ],
    )
    children = [*study_sitemaps, *((file.key, lastmod) for file, lastmod in conditions), (pages.key, updated)]
    return [
        home_page(
            summaries, recent, study_count, site_url, [(s.name, body_system_path(s), len(c)) for s, c in systems]
        ),
        conditions_index(summaries, site_url),
        *body_system_pages(summaries, site_url),
        trial_basics_page(site_url),
        site_feed(changes, site_url, updated or EPOCH),
        *(file for file, _ in conditions),
        pages,
        sitemap_index_file(children, site_url),
        robots_file(site_url),
    ]
