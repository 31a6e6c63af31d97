"""render_study's work for one queued study version: read, normalize, render, write what changed.

Versions only move forward: a message older than the indexed version is skipped, and if an
older version's write races past a newer one, the newer version is written again at once.
"""

from __future__ import annotations

from typing import Literal, Protocol

from aws_lambda_powertools import Logger
from pydantic import BaseModel

from trialpages.ingest.messages import StudyMessage
from trialpages.lookup.items import condition_items, item_key, listing_of, owned_items
from trialpages.publishing.index_entry import IndexEntry, sha256_hex
from trialpages.site import document_key, page_key, render_study_page, study_document
from trialpages.site.assets import site_assets
from trialpages.study import normalize_study

logger = Logger(service="trialpages", child=True)

Outcome = Literal["rendered", "unchanged", "superseded"]
IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable"


class RawRecords(Protocol):
    def read(self, raw_key: str) -> dict: ...


class Site(Protocol):
    def put(self, key: str, body: bytes, content_type: str, cache_control: str = ...) -> None: ...


class Index(Protocol):
    def current(self, nct_id: str) -> IndexEntry | None: ...
    def record(self, entry: IndexEntry) -> bool: ...
    def put_items(self, items: list[dict]) -> None: ...
    def delete_keys(self, keys: set[str]) -> None: ...


class PublishResult(BaseModel):
    nct_id: str
    last_update: str
    outcome: Outcome
    wrote: list[str] = []


class StudyPagePublisher:
    def __init__(self, raw_records: RawRecords, site: Site, index: Index, *, site_url: str) -> None:
        self._raw = raw_records
        self._site = site
        self._index = index
        self._site_url = site_url
        self._assets_published = False

    def publish(self, message: StudyMessage) -> PublishResult:
        current = self._index.current(message.nct_id)
        if current and current.last_update > message.last_update:
            logger.info(
                "older version arrived late; skipped", extra={**message.model_dump(), "current": current.last_update}
            )
            return PublishResult(**message.model_dump(exclude={"raw_key"}), outcome="superseded")

        self._publish_assets()
        study = normalize_study(self._raw.read(message.raw_key))
        html = render_study_page(study, site_url=self._site_url).encode("utf-8")
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
        wrote = []
        if not current or current.html_sha256 != entry.html_sha256:
            self._site.put(page_key(message.nct_id), html, "text/html; charset=utf-8")
            wrote.append(page_key(message.nct_id))
        if not current or current.json_sha256 != entry.json_sha256:
            self._site.put(document_key(message.nct_id), document, "application/json")
            wrote.append(document_key(message.nct_id))
            # Lookup items follow the document; stale ones (a status or site that changed) go.
            self._index.put_items(items + condition_items(study))
            if current:
                self._index.delete_keys(set(current.owned_keys) - set(entry.owned_keys))

        if not self._index.record(entry):
            # A newer version was recorded while this one rendered: put the newer bytes back.
            newer = self._index.current(message.nct_id)
            logger.warning("newer version recorded during render; restoring it", extra={"newer": newer.last_update})
            if wrote:
                self._republish(newer)
            return PublishResult(**message.model_dump(exclude={"raw_key"}), outcome="superseded", wrote=wrote)
        outcome: Outcome = "rendered" if wrote else "unchanged"
        return PublishResult(**message.model_dump(exclude={"raw_key"}), outcome=outcome, wrote=wrote)

    def _republish(self, entry: IndexEntry) -> None:
        study = normalize_study(self._raw.read(entry.raw_key))
        html = render_study_page(study, site_url=self._site_url).encode("utf-8")
        self._site.put(page_key(entry.nct_id), html, "text/html; charset=utf-8")
        self._site.put(document_key(entry.nct_id), study_document(study), "application/json")

    def _publish_assets(self) -> None:
        """Pages link the stylesheet by content hash: put it once per cold start (immutable)."""
        if self._assets_published:
            return
        for asset in site_assets():
            self._site.put(asset.key, asset.body, asset.content_type, IMMUTABLE_CACHE_CONTROL)
        self._assets_published = True
