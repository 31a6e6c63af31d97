"""render_study's work for one queued study version: read, normalize, diff, render, write what changed.

Versions only move forward: a message older than the indexed version is skipped, and if an
older version's write races past a newer one, the newer version is written again at once.
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
    condition_slugs,
    dirty_items,
    item_key,
    listing_of,
    owned_items,
    page_conditions,
)
from trialpages.publishing.index_entry import IndexEntry, sha256_hex
from trialpages.site import document_key, page_key, render_study_page, study_document
from trialpages.site.assets import site_assets
from trialpages.site.related import phase_number, rank_related, summary_of_listing
from trialpages.site.site_pages import study_feed
from trialpages.study import Study, StudySummary, normalize_study

logger = Logger(service="trialpages", child=True)

Outcome = Literal["rendered", "unchanged", "superseded"]
IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable"
RELATED_CANDIDATES = 50  # per condition: plenty to pick 6 from


class RawRecords(Protocol):
    def read(self, raw_key: str) -> dict: ...


class Site(Protocol):
    def put(self, key: str, body: bytes, content_type: str, cache_control: str = ...) -> None: ...


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

    def publish(self, message: StudyMessage) -> PublishResult:
        current = self._index.current(message.nct_id)
        result = PublishResult(**message.model_dump(exclude={"raw_key"}), outcome="superseded")
        if current and current.last_update > message.last_update:
            logger.info(
                "older version arrived late; skipped", extra={**message.model_dump(), "current": current.last_update}
            )
            return result

        self._publish_assets()
        study = normalize_study(self._raw.read(message.raw_key))
        previous = None
        if current and current.last_update < message.last_update:
            previous = normalize_study(self._raw.read(current.raw_key))
        new_changes = study_changes(previous, study) if previous else []
        # A study never indexed has no history yet: its first version skips the Query.
        recorded = self._index.changes(study.nct_id) if current else []
        changes = [ChangeEntry.model_validate(item) for item in recorded] + new_changes
        html = self._render(study, changes)
        document = study_document(study)
        items = owned_items(study, self._site_url)
        entry = IndexEntry(
            nct_id=message.nct_id,
            last_update=message.last_update,
            raw_key=message.raw_key,
            html_sha256=sha256_hex(html),
            json_sha256=sha256_hex(document),
            listing=listing_of(study, self._site_url).model_dump(),
            owned_keys=sorted(item_key(item) for item in items),
        )
        if not current or current.html_sha256 != entry.html_sha256:
            self._site.put(page_key(study.nct_id), html, "text/html; charset=utf-8")
            feed = study_feed(listing_of(study, self._site_url), changes, self._site_url)
            self._site.put(feed.key, feed.body, feed.content_type)
            result.wrote.append(page_key(study.nct_id))
        if not current or current.json_sha256 != entry.json_sha256:
            self._site.put(document_key(study.nct_id), document, "application/json")
            result.wrote.append(document_key(study.nct_id))
            # Lookup items follow the document; stale ones (a status or site that changed) go.
            touched = set(page_conditions(study)) | (set(page_conditions(previous)) if previous else set())
            self._index.put_items(
                items
                + condition_items(study)
                + change_items(new_changes)
                + dirty_items(touched, study.nct_id, study.last_update)
            )
            if current:
                self._index.delete_keys(set(current.owned_keys) - set(entry.owned_keys))

        if not self._index.record(entry):
            # A newer version was recorded while this one rendered: put the newer bytes back.
            newer = self._index.current(message.nct_id)
            logger.warning("newer version recorded during render; restoring it", extra={"newer": newer.last_update})
            if result.wrote:
                self._republish(newer)
            return result
        result.outcome = "rendered" if result.wrote else "unchanged"
        result.changes = len(new_changes)
        return result

    def _render(self, study: Study, changes: list[ChangeEntry]) -> bytes:
        return render_study_page(
            study, related=self._related(study), site_url=self._site_url, generated=self._today(), changes=changes
        ).encode("utf-8")

    def _related(self, study: Study) -> list[StudySummary]:
        """Indexed studies sharing a condition: their pages exist, so no related link is ever broken."""
        listings = {
            listing["nct_id"]: listing
            for slug in condition_slugs(study)
            for listing in self._index.listings(f"FACET#condition#{slug}", RELATED_CANDIDATES)
        }
        phases = {nct_id: phase_number(listing.get("phases", [])) for nct_id, listing in listings.items()}
        return rank_related(study, (summary_of_listing(listing) for listing in listings.values()), phases)

    def _republish(self, entry: IndexEntry) -> None:
        study = normalize_study(self._raw.read(entry.raw_key))
        changes = [ChangeEntry.model_validate(item) for item in self._index.changes(study.nct_id)]
        self._site.put(page_key(entry.nct_id), self._render(study, changes), "text/html; charset=utf-8")
        self._site.put(document_key(entry.nct_id), study_document(study), "application/json")

    def _publish_assets(self) -> None:
        """Pages link the stylesheet by content hash: put it once per cold start (immutable)."""
        if self._assets_published:
            return
        for asset in site_assets():
            self._site.put(asset.key, asset.body, asset.content_type, IMMUTABLE_CACHE_CONTROL)
        self._assets_published = True
