"""publish_site's work: render the study pages and rebuild the cross-study files the last cycles
touched, a chunk at a time.

render_study marks what a new version touches (its condition pages, its sitemap range, the
home page, the search postings of its terms and map cells; its own page when no condition page
leads to it). A run takes the marks in chunks:
it rebuilds a chunk's files from the index, renders the pages of the chunk's studies that need
it (pages.py), writes what changed and only then clears the chunk's marks, each only if nobody
marked it again meanwhile. Before the Lambda's time runs out it stops; the next run starts with
the marks left, so a long backfill is published over several runs and nothing is lost. The
site-wide files (home, the conditions index, the site feed, the sitemap index) come last. No
CDN invalidation: every file here is served with a short TTL (README "Publishing and the CDN").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol

from aws_lambda_powertools import Logger
from pydantic import BaseModel

from trialpages.history import ChangeEntry
from trialpages.lookup.conditions import Condition, ConditionSummary, ConditionTotals
from trialpages.lookup.listing import StudyListing
from trialpages.lookup.records import ConditionMember, PublishMark
from trialpages.publishing.hashes import sha256_hex
from trialpages.publishing.pages import StudyPages
from trialpages.site.site_pages import (
    FEED_SIZE,
    RECENT_SIZE,
    SiteFile,
    condition_feed,
    condition_name,
    condition_page,
    condition_summary,
    hub_redirect,
    newest,
    page_totals,
    study_sitemap,
)
from trialpages.site.site_wide import site_wide_files
from trialpages.site.sitemaps import study_sitemap_key

logger = Logger(service="trialpages", child=True)
CHUNK_MARKS = 20  # condition pages (or sitemap ranges, or pages) per chunk: a chunk's marks clear together
POSTING_MARKS = 100  # search terms or map cells per chunk: packing one reads a partition, writes a few items
MIN_REMAINING_MS = 30_000  # enough for one more page render and the site-wide files


class SiteIndex(Protocol):
    def marks(self) -> list[PublishMark]: ...
    def clear(self, marks: Sequence[PublishMark]) -> None: ...
    def mark_page(self, nct_id: str, token: str) -> None: ...
    def condition_members(self, slug: str) -> list[ConditionMember]: ...
    def condition_name(self, slug: str) -> str | None: ...
    def record_hub_redirects(self, redirects: Mapping[str, str]) -> None: ...
    def hub_redirect_target(self, old_slug: str) -> str | None: ...
    def record_condition_pages(self, pages: Iterable[tuple[ConditionSummary, ConditionTotals]]) -> None: ...
    def condition_summaries(self) -> list[ConditionSummary]: ...
    def condition_changes(self, slug: str, limit: int) -> list[ChangeEntry]: ...
    def site_changes(self, limit: int) -> list[ChangeEntry]: ...
    def range_studies(self, id_range_value: str) -> list[StudyListing]: ...
    def record_sitemaps(self, sitemaps: Iterable[tuple[str, int, str | None]]) -> None: ...
    def pack_search_postings(self, terms: Iterable[str]) -> int: ...
    def pack_site_postings(self, cells: Iterable[str]) -> int: ...
    def sitemaps(self) -> list[tuple[str, int, str | None]]: ...
    def recent_studies(self, limit: int) -> list[StudyListing]: ...
    def site_file_hashes(self, file_keys: list[str]) -> dict[str, str]: ...
    def record_site_files(self, hashes: dict[str, str]) -> None: ...


class Site(Protocol):
    def put(self, key: str, body: bytes, content_type: str, cache_control: str = ...) -> None: ...


class SitePublishReport(BaseModel):
    marks: int = 0
    conditions: int = 0
    sitemaps: int = 0
    postings: int = 0  # search terms and map cells packed again
    chunks: int = 0
    pages_rendered: int = 0
    pages_failed: int = 0
    files_written: int = 0
    files_unchanged: int = 0
    home: bool = False
    complete: bool = True  # False: time ran out, the marks left wait for the next run


class SitePublisher:
    def __init__(
        self,
        index: SiteIndex,
        site: Site,
        pages: Callable[[], StudyPages],
        *,
        site_url: str,
        chunk_marks: int = CHUNK_MARKS,
        min_remaining_ms: int = MIN_REMAINING_MS,
    ) -> None:
        self._index = index
        self._site = site
        self._pages = pages  # a fresh pass per run: what a run looked at says nothing about the next
        self._site_url = site_url.rstrip("/")
        self._chunk_marks = chunk_marks
        self._min_remaining_ms = min_remaining_ms

    def publish(self, remaining_ms: Callable[[], int]) -> SitePublishReport:
        marks = self._index.marks()
        report = SitePublishReport(marks=len(marks))
        by_kind: dict[str, list[PublishMark]] = {}
        for mark in sorted(marks, key=lambda m: (m.kind, m.value)):
            by_kind.setdefault(mark.kind, []).append(mark)

        def out_of_time() -> bool:
            return remaining_ms() < self._min_remaining_ms

        pages = self._pages()
        self._marked_failures: set[str] = set()
        steps = (
            ("page", self._study_pages, self._chunk_marks),
            ("condition", self._conditions, self._chunk_marks),
            ("sitemap", self._sitemap_ranges, self._chunk_marks),
            ("search", self._search_postings, POSTING_MARKS),
            ("sites", self._site_postings, POSTING_MARKS),
        )
        for kind, build, size in steps:
            pending = by_kind.get(kind, [])
            for start in range(0, len(pending), size):
                chunk = pending[start : start + size]
                if out_of_time() or not build(chunk, report, pages, out_of_time):
                    report.complete = False
                    break
                self._keep_failed_pages(pages)
                self._clear([mark for mark in chunk if not (mark.kind == "page" and mark.value in pages.failed_ids)])
                report.chunks += 1
        report.pages_rendered, report.pages_failed = len(pages.rendered), len(pages.failed)
        if by_kind.get("home") or report.conditions or report.sitemaps:
            if out_of_time():
                report.complete = False
            else:
                self._write(self._site_wide(), report)
                self._clear(by_kind.get("home", []))
                report.home = True
        logger.info("site published", extra=report.model_dump())
        return report

    def _study_pages(self, marks: list[PublishMark], report: SitePublishReport, pages: StudyPages, out_of_time) -> bool:
        return pages.bring_up_to_date([mark.value for mark in marks], out_of_time)

    def _conditions(self, marks: list[PublishMark], report: SitePublishReport, pages: StudyPages, out_of_time) -> bool:
        files: list[SiteFile] = []
        recorded: list[tuple[ConditionSummary, ConditionTotals]] = []
        members: list[str] = []
        for mark in marks:
            built, summary, totals, listed = self._condition(mark.value, pages)
            files += built
            recorded.append((summary, totals))
            members += [listing.nct_id for listing in listed]
            report.conditions += 1
        self._index.record_condition_pages(recorded)
        self._write(files, report)
        return pages.bring_up_to_date(members, out_of_time)

    def _condition(self, slug: str, pages: StudyPages):
        members = self._index.condition_members(slug)
        studies = [member.listing for member in members]
        pages.renderer.know_members(slug, studies)
        redirects_to = None if members else self._index.hub_redirect_target(slug)
        if redirects_to is not None:
            # An old slug its last study left: its page stays the redirect to its hub, not an empty hub.
            hub = Condition(slug=redirects_to, name=self._index.condition_name(redirects_to) or redirects_to)
            empty = Condition(slug=slug, name=hub.name)
            return [hub_redirect(slug, hub, self._site_url)], condition_summary(empty, [], None), page_totals([]), []
        if members:
            name = condition_name(member.condition_name for member in members)
        else:
            name = self._index.condition_name(slug) or slug.replace("-", " ").capitalize()
        condition = Condition(slug=slug, name=name)
        fetched = newest(member.fetched for member in members)
        totals = page_totals(studies)
        summary = condition_summary(condition, studies, fetched)
        files = [
            condition_page(condition, studies, totals, self._site_url, fetched),
            condition_feed(condition, self._index.condition_changes(slug, FEED_SIZE), self._site_url, summary.lastmod),
        ]
        old_slugs = sorted({old for member in members for old in member.old_slugs} - {slug})
        files += [hub_redirect(old, condition, self._site_url) for old in old_slugs]
        self._index.record_hub_redirects(dict.fromkeys(old_slugs, slug))
        return files, summary, totals, studies

    def _sitemap_ranges(
        self, marks: list[PublishMark], report: SitePublishReport, pages: StudyPages, out_of_time
    ) -> bool:
        files, recorded = [], []
        for mark in marks:
            studies = self._index.range_studies(mark.value)
            key = study_sitemap_key(mark.value.upper() + "0000")
            recorded.append((key, len(studies), newest(s.last_update for s in studies)))
            files.append(study_sitemap(key, studies, self._site_url))
            report.sitemaps += 1
        self._index.record_sitemaps(recorded)
        self._write(files, report)
        return True

    def _search_postings(self, marks: list[PublishMark], report: SitePublishReport, pages, out_of_time) -> bool:
        self._index.pack_search_postings(mark.value for mark in marks)
        report.postings += len(marks)
        return True

    def _site_postings(self, marks: list[PublishMark], report: SitePublishReport, pages, out_of_time) -> bool:
        self._index.pack_site_postings(mark.value for mark in marks)
        report.postings += len(marks)
        return True

    def _site_wide(self) -> list[SiteFile]:
        summaries = self._index.condition_summaries()
        sitemaps = self._index.sitemaps()
        recent = self._index.recent_studies(RECENT_SIZE)
        changes = self._index.site_changes(FEED_SIZE)
        ranges = [(key, lastmod) for key, _, lastmod in sitemaps]
        study_count = sum(count for _, count, _ in sitemaps)
        return site_wide_files(summaries, recent, ranges, study_count, changes, self._site_url)

    def _write(self, files: list[SiteFile], report: SitePublishReport) -> None:
        """Put the files whose bytes changed since publish_site last wrote them; remember their hashes."""
        if not files:
            return
        known = self._index.site_file_hashes([file.key for file in files])
        changed = {file.key: (file, sha256_hex(file.body)) for file in files}
        changed = {key: pair for key, pair in changed.items() if known.get(key) != pair[1]}
        for file, _ in changed.values():
            self._site.put(file.key, file.body, file.content_type)
        self._index.record_site_files({key: sha for key, (_, sha) in changed.items()})
        report.files_written += len(changed)
        report.files_unchanged += len(files) - len(changed)

    def _keep_failed_pages(self, pages: StudyPages) -> None:
        """A page that failed keeps (or gets) a mark of its own, so the next run tries it again."""
        for nct_id in pages.failed_ids - self._marked_failures:
            self._index.mark_page(nct_id, token=f"retry:{nct_id}")
            self._marked_failures.add(nct_id)

    def _clear(self, marks: list[PublishMark]) -> None:
        self._index.clear(marks)  # each only if unchanged since read: a newer mark waits for the next run
