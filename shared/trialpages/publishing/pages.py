"""Writing study pages, and publish_site's pass over them.

render_study renders each new version's page (version.py); publish_site looks once per run at
every study of a touched condition page (or marked itself) and renders its page again only when
what it shows of its related studies changed, when its version is newer than its page (a page
render_study could not render), or when the day its status cautions change has come (the daily
sweep's pages, status_sweep.py). Each render is kept as the study's page record.

A page that fails to render is logged with its reason and left marked for the next run (see
site_cycle.py): the others still render and nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Literal, Protocol

from aws_lambda_powertools import Logger

from trialpages.history import ChangeEntry
from trialpages.lookup.entries import page_conditions
from trialpages.lookup.records import PageRecord, VersionRecord
from trialpages.publishing.study_page import RenderedPage, StudyPageRenderer, related_content_hash
from trialpages.site.assets import site_assets
from trialpages.site.documents import study_from_document
from trialpages.site.paths import document_key, page_key
from trialpages.study.model import Study

logger = Logger(service="trialpages", child=True)

HTML = "text/html; charset=utf-8"
IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable"
CHUNK = 50  # studies read in one batch (a version record and a page record each)
PageWrite = Literal["written", "unchanged", "superseded"]


class PageIndex(Protocol):
    def versions_and_pages(
        self, nct_ids: Sequence[str]
    ) -> dict[str, tuple[VersionRecord | None, PageRecord | None]]: ...
    def save_page_records(
        self, records: Iterable[PageRecord], replacing: Mapping[str, PageRecord | None] | None = None
    ) -> None: ...


class History(Protocol):
    def history(self, nct_id: str) -> list[ChangeEntry]: ...


class SiteFiles(Protocol):
    def put(self, key: str, body: bytes, content_type: str, cache_control: str = ...) -> None: ...
    def put_unless_newer(
        self, key: str, body: bytes, content_type: str, version: str, *, likely_absent: bool = False
    ) -> bool: ...
    def get_versioned(self, key: str) -> tuple[bytes, str | None] | None: ...


class RawRecords(Protocol):
    def read(self, raw_key: str) -> dict: ...


class PageWriter:
    """Puts a rendered study page when its bytes changed, and its feed with each new version; the
    stylesheet the pages link, once per instance (a Lambda container, or a publish_site run)."""

    def __init__(self, site: SiteFiles) -> None:
        self._site = site
        self._assets_published = False

    def write(self, rendered: RenderedPage, version: VersionRecord, before: PageRecord | None) -> PageWrite:
        """`before`: what the page was last rendered with. Never over a newer version's page (that
        version's own render or marks bring it up to date)."""
        self._publish_assets()
        new_version = before is None or before.version != version.version
        if not new_version and before is not None and before.html_sha256 == rendered.record.html_sha256:
            return "unchanged"
        first = before is None  # most likely not there yet: no need to look first
        if not self._site.put_unless_newer(
            page_key(version.nct_id), rendered.html, HTML, version.version, likely_absent=first
        ):
            return "superseded"
        if new_version:  # a study's feed changes with its versions only
            feed = rendered.feed
            self._site.put_unless_newer(feed.key, feed.body, feed.content_type, version.version, likely_absent=first)
        return "written"

    def _publish_assets(self) -> None:
        """Pages link the stylesheet by content hash: put it before the first page (immutable)."""
        if self._assets_published:
            return
        for asset in site_assets():
            self._site.put(asset.key, asset.body, asset.content_type, IMMUTABLE_CACHE_CONTROL)
        self._assets_published = True


class StudyPages:
    """One publish_site run's pass over study pages."""

    def __init__(
        self, index: PageIndex, history: History, site: SiteFiles, raw: RawRecords, renderer: StudyPageRenderer
    ) -> None:
        self._index = index
        self._history = history
        self._site = site
        self._raw = raw
        self.renderer = renderer
        self.looked_at: set[str] = set()
        self.rendered: list[str] = []
        self.failed: list[tuple[str, str]] = []  # (nct_id, reason)
        self._writer = PageWriter(site)

    def bring_up_to_date(self, nct_ids: Iterable[str], out_of_time: Callable[[], bool]) -> bool:
        """Render every page of `nct_ids` that needs it; False when the time ran out first (nothing is
        lost: a page already rendered has a matching record and is skipped next time)."""
        waiting = [nct_id for nct_id in dict.fromkeys(nct_ids) if nct_id not in self.looked_at]
        for start in range(0, len(waiting), CHUNK):
            chunk = waiting[start : start + CHUNK]
            found = self._index.versions_and_pages(chunk)
            records: list[PageRecord] = []
            try:
                for nct_id in chunk:
                    version, page = found[nct_id]
                    if version is not None and self._needs_render(version, page):
                        if out_of_time():
                            return False
                        record = self._render(version, page)
                        if record is not None:
                            records.append(record)
                    self.looked_at.add(nct_id)
            finally:
                self._index.save_page_records(records, {nct_id: found[nct_id][1] for nct_id in chunk})
        return True

    @property
    def failed_ids(self) -> set[str]:
        return {nct_id for nct_id, _ in self.failed}

    def _needs_render(self, version: VersionRecord, page: PageRecord | None) -> bool:
        if page is None or page.version != version.version:
            return page is None or page.version < version.version
        build_day = self.renderer.build_day()
        if page.next_change is not None and build_day is not None and page.next_change <= build_day.isoformat():
            return True
        related = self.renderer.related(version.listing, page.conditions)
        return related_content_hash(related) != page.related_sha256

    def _render(self, version: VersionRecord, page: PageRecord | None) -> PageRecord | None:
        """The page (and, for a new version, its feed) written; its record, or None if not written."""
        try:
            study = self._study(version)
            changes = self._history.history(version.nct_id) if version.change_count else []
            rendered = self.renderer.render(study, version, list(page_conditions(study)), changes)
        except Exception as error:  # noqa: BLE001 - one page must not stop the others
            reason = f"{type(error).__name__}: {error}"
            logger.error("study page not rendered", extra={"nct_id": version.nct_id, "reason": reason}, exc_info=True)
            self.failed.append((version.nct_id, reason))
            return None
        written = self._writer.write(rendered, version, page)
        if written == "superseded":
            return None
        if written == "written":
            self.rendered.append(version.nct_id)
        return rendered.record

    def _study(self, version: VersionRecord) -> Study:
        """The version's normalized study, from its published document (normalized once, by render_study)."""
        found = self._site.get_versioned(document_key(version.nct_id))
        if found is not None and found[1] == version.version:
            return study_from_document(found[0])
        from trialpages.study.normalize import normalize_study  # a document that moved on: rare

        return normalize_study(self._raw.read(version.raw_key))
