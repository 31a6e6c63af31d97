"""publish_site's work: rebuild only the cross-study files the last cycles touched, a chunk at a time.

render_study marks what a changed study touches (its condition pages, its sitemap range, the
home page) with DIRTY items. A run takes the marks in chunks: it rebuilds a chunk's files from
the index, re-renders the study pages whose related list changed (related_refresh), writes what
changed and only then clears the chunk's marks, each only if nobody re-marked it meanwhile.
Before the Lambda's time runs out it stops; the next run starts with the marks left, so a long
backfill is published over several runs and nothing is lost. The site-wide files (home, the
conditions index, the site feed, the sitemap index) come last. No CDN invalidation: every file
here is served with a short TTL (README "Publishing and the CDN").
"""

from __future__ import annotations

from collections.abc import Callable

from aws_lambda_powertools import Logger
from pydantic import BaseModel

from trialpages.lookup.items import StudyListing
from trialpages.publishing.index_entry import sha256_hex
from trialpages.publishing.related_refresh import RelatedRefresh
from trialpages.publishing.site_items import (
    SITE_FEED_PARTITION,
    change_of,
    condition_feed_partition,
    condition_summary_items,
    members_partition,
)
from trialpages.publishing.study_page import StudyPageRenderer
from trialpages.site.site_pages import (
    FEED_SIZE,
    RECENT_SIZE,
    Condition,
    ConditionSummary,
    SiteFile,
    condition_feed,
    condition_name,
    condition_page,
    condition_summary,
    newest,
    site_wide_files,
    study_sitemap,
)
from trialpages.site.sitemaps import study_sitemap_key

logger = Logger(service="trialpages", child=True)
LISTING_FIELDS = set(StudyListing.model_fields)
SUMMARY_FIELDS = set(ConditionSummary.model_fields)
CHUNK_MARKS = 20  # condition pages (or sitemap ranges) per chunk: a chunk's marks clear together
MIN_REMAINING_MS = 30_000  # enough for one more page render and the site-wide files


class SitePublishReport(BaseModel):
    marks: int = 0
    conditions: int = 0
    sitemaps: int = 0
    chunks: int = 0
    pages_refreshed: int = 0
    files_written: int = 0
    files_unchanged: int = 0
    home: bool = False
    complete: bool = True  # False: time ran out, the marks left wait for the next run


class SitePublisher:
    def __init__(
        self,
        index,
        site,
        raw,
        renderer: StudyPageRenderer,
        *,
        site_url: str,
        chunk_marks: int = CHUNK_MARKS,
        min_remaining_ms: int = MIN_REMAINING_MS,
    ) -> None:
        self._index = index
        self._site = site
        self._raw = raw
        self._renderer = renderer
        self._site_url = site_url.rstrip("/")
        self._chunk_marks = chunk_marks
        self._min_remaining_ms = min_remaining_ms

    def publish(self, remaining_ms: Callable[[], int]) -> SitePublishReport:
        marks = self._index.query_all("DIRTY")
        report = SitePublishReport(marks=len(marks))
        by_kind: dict[str, list[dict]] = {}
        for mark in sorted(marks, key=lambda m: m["sk"]):
            by_kind.setdefault(mark["sk"].partition("#")[0], []).append(mark)

        def out_of_time() -> bool:
            return remaining_ms() < self._min_remaining_ms

        refresh = RelatedRefresh(self._index, self._raw, self._site, self._renderer)
        for kind, build in (("condition", self._conditions), ("sitemap", self._sitemap_ranges)):
            pending = by_kind.get(kind, [])
            for start in range(0, len(pending), self._chunk_marks):
                chunk = pending[start : start + self._chunk_marks]
                if out_of_time() or not build(chunk, report, refresh, out_of_time):
                    report.complete = False
                    break
                self._clear(chunk)
                report.chunks += 1
        report.pages_refreshed = len(refresh.rendered)
        if by_kind.get("home") or report.conditions or report.sitemaps:
            if out_of_time():
                report.complete = False
            else:
                self._write(self._site_wide(), report)
                self._clear(by_kind.get("home", []))
                report.home = True
        logger.info("site published", extra=report.model_dump())
        return report

    def _conditions(self, marks: list[dict], report: SitePublishReport, refresh, out_of_time) -> bool:
        members_of = {}
        for mark in marks:
            slug = mark["sk"].partition("#")[2]
            files, members_of[slug] = self._condition(slug)
            self._write(files, report)
            report.conditions += 1
        return all(refresh.refresh(members, out_of_time) for members in members_of.values())

    def _condition(self, slug: str) -> tuple[list[SiteFile], list[dict]]:
        members = self._index.query_all(members_partition(slug))
        studies = [self._listing(item) for item in members]
        named = self._index.get("CONDITIONS", slug) or {"name": slug.replace("-", " ").capitalize()}
        name = condition_name(item["condition_name"] for item in members) if members else named["name"]
        condition = Condition(slug=slug, name=name)
        fetched = newest(item.get("fetched") for item in members)
        summary = condition_summary(condition, studies, fetched)
        self._index.put_items(condition_summary_items(summary, studies))
        # The newest FEED_SIZE changes, oldest first: the order they were recorded in.
        changes = [change_of(item) for item in reversed(self._index.listings(condition_feed_partition(slug), FEED_SIZE))]
        files = [
            condition_page(condition, studies, self._site_url, fetched),
            condition_feed(condition, changes, self._site_url, summary.lastmod),
        ]
        return files, members

    def _sitemap_ranges(self, marks: list[dict], report: SitePublishReport, refresh, out_of_time) -> bool:
        for mark in marks:
            id_range = mark["sk"].partition("#")[2]
            studies = [self._listing(item) for item in self._index.query_all(f"FACET#idrange#{id_range}")]
            key = study_sitemap_key(id_range.upper() + "0000")
            lastmod = newest(s.last_update for s in studies)
            self._index.put_items([{"pk": "SITEMAPS", "sk": key, "count": len(studies), "lastmod": lastmod}])
            self._write([study_sitemap(key, studies, self._site_url)], report)
            report.sitemaps += 1
        return True

    def _site_wide(self) -> list[SiteFile]:
        summaries = [
            ConditionSummary.model_validate({k: v for k, v in item.items() if k in SUMMARY_FIELDS})
            for item in self._index.query_all("SITE_CONDITIONS")
        ]
        sitemaps = [item for item in self._index.query_all("SITEMAPS") if int(item.get("count", 0)) > 0]
        recent = [self._listing(item) for item in self._index.listings("FACET#all#all", RECENT_SIZE)]
        changes = [change_of(item) for item in reversed(self._index.listings(SITE_FEED_PARTITION, FEED_SIZE))]
        ranges = [(item["sk"], item.get("lastmod")) for item in sitemaps]
        study_count = sum(int(item["count"]) for item in sitemaps)
        return site_wide_files(summaries, recent, ranges, study_count, changes, self._site_url)

    def _write(self, files: list[SiteFile], report: SitePublishReport) -> None:
        """Put the files whose bytes changed since publish_site last wrote them; remember their hashes."""
        known = self._index.get_many([("SITEFILE", file.key) for file in files])
        changed = [f for f in files if known.get(("SITEFILE", f.key), {}).get("sha256") != sha256_hex(f.body)]
        for file in changed:
            self._site.put(file.key, file.body, file.content_type)
        self._index.put_items([{"pk": "SITEFILE", "sk": f.key, "sha256": sha256_hex(f.body)} for f in changed])
        report.files_written += len(changed)
        report.files_unchanged += len(files) - len(changed)

    def _clear(self, marks: list[dict]) -> None:
        for mark in marks:  # cleared only if unchanged since read: a newer mark waits for the next run
            self._index.delete_if_unchanged(mark["pk"], mark["sk"], mark.get("token", ""))

    @staticmethod
    def _listing(item: dict) -> StudyListing:
        return StudyListing(**{k: v for k, v in item.items() if k in LISTING_FIELDS})
