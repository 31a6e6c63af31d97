"""publish_site's work: rebuild only the cross-study files the last cycle touched.

render_study marks what a changed study touches (its condition pages, its sitemap range,
the home page) with DIRTY items; this reads them, rebuilds those files from the index, and
clears each mark only if nobody re-marked it meanwhile. No CDN invalidation: every file
here is served with a short TTL (README "Publishing and the CDN").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from aws_lambda_powertools import Logger
from pydantic import BaseModel

from trialpages.history import ChangeEntry
from trialpages.lookup.items import StudyListing
from trialpages.site.site_pages import (
    XML,
    Condition,
    SiteFile,
    change_feed_entries,
    condition_page,
    conditions_index,
    feed_file,
    home_page,
    update_feed_entries,
)
from trialpages.site.sitemaps import robots_txt, sitemap_index, study_sitemap_key, urlset

logger = Logger(service="trialpages", child=True)
LISTING_FIELDS = set(StudyListing.model_fields)


class SitePublishReport(BaseModel):
    marks: int = 0
    conditions: int = 0
    sitemaps: int = 0
    files_written: int = 0
    home: bool = False


class SitePublisher:
    def __init__(self, index, site, *, site_url: str, now: Callable[[], datetime]) -> None:
        self._index = index
        self._site = site
        self._site_url = site_url.rstrip("/")
        self._now = now

    def publish(self) -> SitePublishReport:
        marks = self._index.query_all("DIRTY")
        report = SitePublishReport(marks=len(marks))
        if not marks:
            return report
        kinds: dict[str, set[str]] = {}
        for mark in marks:
            kind, _, value = mark["sk"].partition("#")
            kinds.setdefault(kind, set()).add(value)
        files: list[SiteFile] = []
        for slug in sorted(kinds.get("condition", ())):
            files += self._condition(slug)
            report.conditions += 1
        for id_range in sorted(kinds.get("sitemap", ())):
            files.append(self._sitemap_range(id_range))
            report.sitemaps += 1
        files += self._home_and_indexes()
        report.home = True
        for file in files:
            self._site.put(file.key, file.body, file.content_type)
        report.files_written = len(files)
        for mark in marks:  # cleared only if unchanged since read: a newer mark waits for the next cycle
            self._index.delete_if_unchanged(mark["pk"], mark["sk"], mark.get("token", ""))
        logger.info("site published", extra=report.model_dump())
        return report

    def _listings(self, partition: str) -> list[StudyListing]:
        items = self._index.query_all(partition)
        return [StudyListing(**{k: v for k, v in item.items() if k in LISTING_FIELDS}) for item in items]

    def _condition(self, slug: str) -> list[SiteFile]:
        named = self._index.get("CONDITIONS", slug) or {"name": slug.replace("-", " ").capitalize()}
        condition = Condition(slug=slug, name=named["name"])
        studies = self._listings(f"FACET#condition#{slug}")
        self._index.put_items([{"pk": "CONDITIONS", "sk": slug, "name": condition.name, "count": len(studies)}])
        newest = max((s.last_update for s in studies), default="1970-01-01")
        feed = feed_file(
            f"conditions/{slug}/feed.xml",
            f"{condition.name} studies on trialpages",
            update_feed_entries(studies, self._site_url),
            self._site_url,
            f"/conditions/{slug}/",
            newest,
        )
        return [condition_page(condition, studies, self._site_url), feed]

    def _sitemap_range(self, id_range: str) -> SiteFile:
        studies = self._listings(f"FACET#idrange#{id_range}")
        key = study_sitemap_key(id_range.upper() + "0000")
        lastmod = max((s.last_update for s in studies), default=None)
        self._index.put_items([{"pk": "SITEMAPS", "sk": key, "count": len(studies), "lastmod": lastmod}])
        return SiteFile(key, urlset([(f"{self._site_url}/studies/{s.nct_id}/", s.last_update) for s in studies]), XML)

    def _home_and_indexes(self) -> list[SiteFile]:
        conditions = self._index.query_all("CONDITIONS")
        counts = [(Condition(slug=c["sk"], name=c["name"]), int(c.get("count", 0))) for c in conditions]
        counts = [(condition, count) for condition, count in counts if count > 0]
        sitemaps = self._index.query_all("SITEMAPS")
        recent = self._listings_page("FACET#all#all", 12)
        now = self._now()
        changes = self._recent_changes(now)
        newest = max((s.last_update for s in recent), default="1970-01-01")
        site_entries = change_feed_entries(changes, self._site_url) or update_feed_entries(recent, self._site_url)
        pages = [(f"{self._site_url}/", newest), (f"{self._site_url}/conditions/", newest)]
        pages += [(f"{self._site_url}/conditions/{condition.slug}/", None) for condition, _ in counts]
        children = [(f"{self._site_url}/{item['sk']}", item.get("lastmod")) for item in sitemaps]
        children.append((f"{self._site_url}/sitemaps/pages.xml", newest))
        study_count = sum(int(item.get("count", 0)) for item in sitemaps)
        return [
            home_page(counts, recent, study_count, self._site_url, now.strftime("%Y-%m-%d %H:%M UTC")),
            conditions_index(counts, self._site_url),
            feed_file("feeds/changes.xml", "trialpages: study changes", site_entries, self._site_url, "/", newest),
            SiteFile("sitemaps/pages.xml", urlset(pages), XML),
            SiteFile("sitemap.xml", sitemap_index(children), XML),
            SiteFile("robots.txt", robots_txt(self._site_url), "text/plain; charset=utf-8"),
        ]

    def _listings_page(self, partition: str, limit: int) -> list[StudyListing]:
        items = self._index.listings(partition, limit)
        return [StudyListing(**{k: v for k, v in item.items() if k in LISTING_FIELDS}) for item in items]

    def _recent_changes(self, now: datetime) -> list[ChangeEntry]:
        months = [now.strftime("%Y-%m")]
        previous = now.replace(day=1).toordinal() - 1
        months.append(datetime.fromordinal(previous).strftime("%Y-%m"))
        return [
            ChangeEntry.model_validate(item) for month in months for item in self._index.query_all(f"CHANGES#{month}")
        ]
