"""render_study's work for one queued study version: read, normalize, diff, render, write what changed.

Versions only move forward: a message older than the indexed version is skipped; a page, feed or
document is put only if the object does not already show a newer version (a conditional put,
so a concurrent newer render is never overwritten, even for a moment); and if an older version's
lookup items race past a newer one, the newer version is written again at once: its page,
document and lookup items, with the older version's extra items deleted.
Everything is written before the version is recorded, so a failure part-way is redone whole
on redelivery (the recorded hashes still name the old bytes).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Literal, Protocol

from aws_lambda_powertools import Logger
from pydantic import BaseModel

from trialpages.history import ChangeEntry, study_changes
from trialpages.ingest.messages import StudyMessage
from trialpages.lookup.items import (
    change_items,
    condition_items,
    dirty_items,
    item_key,
    listing_of,
    owned_items,
    page_conditions,
)
from trialpages.publishing.index_entry import IndexEntry, sha256_hex
from trialpages.publishing.site_items import change_feed_items, fetched_day, member_items, page_record_item
from trialpages.publishing.study_page import StudyPageRenderer
from trialpages.site import document_key, page_key, study_document
from trialpages.site.assets import site_assets
from trialpages.site.site_pages import study_feed
from trialpages.study import Study, normalize_study

logger = Logger(service="trialpages", child=True)

Outcome = Literal["rendered", "unchanged", "superseded"]
IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable"
# Restoring the newest version is checked again afterwards, in case a still newer one was recorded meanwhile.
RESTORE_ROUNDS = 3


class RawRecords(Protocol):
    def read(self, raw_key: str) -> dict: ...
    def read_fetched(self, raw_key: str) -> tuple[dict, datetime]: ...


class Site(Protocol):
    def put(self, key: str, body: bytes, content_type: str, cache_control: str = ...) -> None: ...
    def put_unless_newer(
        self, key: str, body: bytes, content_type: str, version: str, *, likely_absent: bool = False
    ) -> bool: ...


class Index(Protocol):
    def current(self, nct_id: str) -> IndexEntry | None: ...
    def record(self, entry: IndexEntry) -> bool: ...
    def put_items(self, items: list[dict]) -> None: ...
    def delete_keys(self, keys: set[str]) -> None: ...
    def changes(self, nct_id: str) -> list[dict]: ...
    def listings(self, partition: str, limit: int) -> list[dict]: ...


class PublishResult(BaseModel):
    nct_id: str
    last_update: str
    outcome: Outcome
    wrote: list[str] = []
    changes: int = 0


class StudyPagePublisher:
    def __init__(
        self, raw_records: RawRecords, site: Site, index: Index, *, site_url: str, today: Callable[[], datetime]
    ) -> None:
        self._raw = raw_records
        self._site = site
        self._index = index
        self._site_url = site_url
        self._today = today  # the page says when it was built: day precision keeps a day's renders identical
        self._assets_published = False
        self._pages = StudyPageRenderer(index, site_url=site_url, generated=today)

    def publish(self, message: StudyMessage) -> PublishResult:
        current = self._index.current(message.nct_id)
        result = PublishResult(**message.model_dump(exclude={"raw_key"}), outcome="superseded")
        if current and current.last_update > message.last_update:
            logger.info(
                "older version arrived late; skipped", extra={**message.model_dump(), "current": current.last_update}
            )
            return result

        self._publish_assets()
        record, archived = self._raw.read_fetched(message.raw_key)
        study, fetched = normalize_study(record), fetched_day(archived)
        previous = None
        if current and current.last_update < message.last_update:
            previous = normalize_study(self._raw.read(current.raw_key))
        new_changes = study_changes(previous, study) if previous else []
        # A study never indexed has no history yet: its first version skips the Query.
        recorded = self._index.changes(study.nct_id) if current else []
        changes = [ChangeEntry.model_validate(item) for item in recorded] + new_changes
        page = self._pages.render(study, changes, fetched)
        html = page.html
        document = study_document(study)
        items = self._owned_items(study, fetched)
        entry = IndexEntry(
            nct_id=message.nct_id,
            last_update=message.last_update,
            raw_key=message.raw_key,
            html_sha256=sha256_hex(html),
            json_sha256=sha256_hex(document),
            listing=listing_of(study, self._site_url).model_dump(),
            owned_keys=sorted(item_key(item) for item in items),
        )
        touched = set(page_conditions(study)) | (set(page_conditions(previous)) if previous else set())
        version = message.last_update
        first = current is None  # its files are most likely not there yet: no need to look first
        if not current or current.html_sha256 != entry.html_sha256:
            feed = study_feed(listing_of(study, self._site_url), changes, self._site_url)
            if not (
                self._site.put_unless_newer(
                    page_key(study.nct_id), html, "text/html; charset=utf-8", version, likely_absent=first
                )
                and self._site.put_unless_newer(feed.key, feed.body, feed.content_type, version, likely_absent=first)
            ):
                return self._superseded_meanwhile(message, result, set(entry.owned_keys), touched)
            self._index.put_items([page_record_item(page.record)])  # publish_site compares related lists to it
            result.wrote.append(page_key(study.nct_id))
        if not current or current.json_sha256 != entry.json_sha256:
            if not self._site.put_unless_newer(
                document_key(study.nct_id), document, "application/json", version, likely_absent=first
            ):
                return self._superseded_meanwhile(message, result, set(entry.owned_keys), touched)
            result.wrote.append(document_key(study.nct_id))
            # Lookup items follow the document; stale ones (a status or site that changed) go.
            self._index.put_items(
                items
                + condition_items(study)
                + change_items(new_changes)
                + change_feed_items(study, new_changes)
                + dirty_items(touched, study.nct_id, study.last_update)
            )
            if current:
                self._index.delete_keys(set(current.owned_keys) - set(entry.owned_keys))

        if not self._index.record(entry):
            # A newer version was recorded while this one rendered: what this one wrote must not stay.
            if result.wrote:
                self._restore_newest(message.nct_id, set(entry.owned_keys), touched)
            return result
        result.outcome = "rendered" if result.wrote else "unchanged"
        result.changes = len(new_changes)
        return result

    def _superseded_meanwhile(
        self, message: StudyMessage, result: PublishResult, stale_keys: set[str], touched: set[str]
    ) -> PublishResult:
        """A concurrent render put a newer version on the page or document: this one stops. If the newer
        one is recorded already, what this one wrote before stopping is replaced by it (a newer render
        still under way writes everything after this one anyway)."""
        logger.info("newer version written during render; stopped", extra=message.model_dump())
        newest = self._index.current(message.nct_id)
        if result.wrote and newest and newest.last_update > message.last_update:
            self._restore_newest(message.nct_id, stale_keys, touched)
        return result

    def _owned_items(self, study: Study, fetched: str | None) -> list[dict]:
        return owned_items(study, self._site_url) + member_items(study, listing_of(study, self._site_url), fetched)

    def _restore_newest(self, nct_id: str, stale_keys: set[str], touched: set[str]) -> None:
        """Write the newest recorded version again over what superseded versions wrote, then check
        that no still newer version was recorded during that (if one was, restore it in turn)."""
        restored: str | None = None
        for _ in range(RESTORE_ROUNDS):
            newest = self._index.current(nct_id)
            if newest.last_update == restored:
                return
            logger.warning("newer version recorded during render; restoring it", extra={"newer": newest.last_update})
            touched = self._republish(newest, stale_keys, touched)
            stale_keys |= set(newest.owned_keys)
            restored = newest.last_update
        logger.error("study kept changing while its newest version was restored", extra={"nct_id": nct_id})

    def _republish(self, entry: IndexEntry, stale_keys: set[str], touched: set[str]) -> set[str]:
        """The page, document, feed and lookup items of `entry`, written again; items in `stale_keys` that
        it does not own are deleted and the `touched` condition pages marked for rebuilding."""
        record, archived = self._raw.read_fetched(entry.raw_key)
        study, fetched = normalize_study(record), fetched_day(archived)
        changes = [ChangeEntry.model_validate(item) for item in self._index.changes(study.nct_id)]
        page = self._pages.render(study, changes, fetched)
        feed = study_feed(listing_of(study, self._site_url), changes, self._site_url)
        # A still newer version's files stay: the next round of _restore_newest writes that one.
        self._site.put_unless_newer(page_key(entry.nct_id), page.html, "text/html; charset=utf-8", entry.last_update)
        self._site.put_unless_newer(feed.key, feed.body, feed.content_type, entry.last_update)
        self._site.put_unless_newer(
            document_key(entry.nct_id), study_document(study), "application/json", entry.last_update
        )
        owned = self._owned_items(study, fetched)
        conditions = set(touched) | set(page_conditions(study))
        self._index.put_items(
            owned + [page_record_item(page.record)] + dirty_items(conditions, study.nct_id, study.last_update)
        )
        self._index.delete_keys(set(stale_keys) - {item_key(item) for item in owned})
        return conditions

    def _publish_assets(self) -> None:
        """Pages link the stylesheet by content hash: put it once per cold start (immutable)."""
        if self._assets_published:
            return
        for asset in site_assets():
            self._site.put(asset.key, asset.body, asset.content_type, IMMUTABLE_CACHE_CONTROL)
        self._assets_published = True
