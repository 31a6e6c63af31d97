"""publish_site's pass over a touched condition page: re-render the members whose related list changed.

render_study ranks related studies among what the index held when the study rendered, so a
study rendered early in a cycle misses the ones rendered after it. Once the cycle's studies are
all indexed, each member of a touched condition gets its related list ranked again; only a page
whose list differs from the one it was rendered with (its STUDY#<id>/PAGE record) is rendered
again, from the raw archive, with its change history. The same ranking, over the same
candidates, is what `trialpages render` uses, so both arrive at the same pages.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from aws_lambda_powertools import Logger

from trialpages.history import ChangeEntry
from trialpages.publishing.index_entry import IndexEntry
from trialpages.publishing.site_items import PAGE_RECORD, fetched_day, page_record_item, page_record_of
from trialpages.publishing.study_page import StudyPageRenderer
from trialpages.site import page_key
from trialpages.study import normalize_study

logger = Logger(service="trialpages", child=True)


class RawRecords(Protocol):
    def read_fetched(self, raw_key: str) -> tuple[dict, datetime]: ...


class Site(Protocol):
    def put_unless_newer(self, key: str, body: bytes, content_type: str, version: str) -> bool: ...


class Index(Protocol):
    def current(self, nct_id: str) -> IndexEntry | None: ...
    def changes(self, nct_id: str) -> list[dict]: ...
    def put_items(self, items: list[dict]) -> None: ...
    def get_many(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], dict]: ...


class RelatedRefresh:
    """One publish_site run's refresh: each study is looked at once, each candidate window read once."""

    def __init__(self, index: Index, raw: RawRecords, site: Site, renderer: StudyPageRenderer) -> None:
        self._index = index
        self._raw = raw
        self._site = site
        self._renderer = renderer
        self._looked_at: set[str] = set()
        self._windows: dict[str, list[dict]] = {}
        self.rendered: list[str] = []

    def refresh(self, members: list[dict], out_of_time: Callable[[], bool]) -> bool:
        """Bring every member's page up to date; False when the time ran out first (nothing is lost:
        a page already refreshed has a matching record and is skipped next time)."""
        waiting = [m for m in members if m["nct_id"] not in self._looked_at]
        records = self._index.get_many([(f"STUDY#{m['nct_id']}", PAGE_RECORD) for m in waiting])
        for member in waiting:
            item = records.get((f"STUDY#{member['nct_id']}", PAGE_RECORD))
            if self._needs_render(member, item):
                if out_of_time():
                    return False
                self._render(member["nct_id"], member["last_update"])
            self._looked_at.add(member["nct_id"])
        return True

    def _needs_render(self, member: dict, item: dict | None) -> bool:
        if item is None:
            return True  # rendered before pages kept a record: rank it afresh
        record = page_record_of(item)
        if record.last_update != member["last_update"]:
            return record.last_update < member["last_update"]  # a newer record: that render is its own
        related = self._renderer.related(record.nct_id, member["phases"], record.conditions, self._windows)
        return [summary.nct_id for summary in related] != record.related

    def _render(self, nct_id: str, last_update: str, restoring: bool = False) -> None:
        current = self._index.current(nct_id)
        if current is None or (current.last_update != last_update and not restoring):
            return  # a newer version arrived: render_study renders it with fresh related studies
        record, archived = self._raw.read_fetched(current.raw_key)
        study = normalize_study(record)
        changes = [ChangeEntry.model_validate(item) for item in self._index.changes(nct_id)]
        page = self._renderer.render(study, changes, fetched_day(archived), windows=self._windows)
        if not self._site.put_unless_newer(
            page_key(nct_id), page.html, "text/html; charset=utf-8", current.last_update
        ):
            return  # a newer version's page is up: render_study renders it with fresh related studies
        self._index.put_items([page_record_item(page.record)])
        self.rendered.append(nct_id)
        after = self._index.current(nct_id)
        if after is not None and after.last_update != current.last_update and not restoring:
            # render_study recorded a newer version while this one rendered: put the newer bytes back.
            logger.warning("newer version recorded during refresh; restoring it", extra={"nct_id": nct_id})
            self._render(nct_id, after.last_update, restoring=True)
