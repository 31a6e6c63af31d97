"""render_study's work for one queued study version: read, normalize, diff, then write its JSON
document and its page (rendered with the related studies the index holds now), its lookup items
and its history, and mark for publish_site what spans studies (its condition pages, sitemap and
home page; publish_site renders a study page again only when what it shows of other studies
changed). A page that fails to render is logged and marked for publish_site; the version is
still recorded, so its data is not held back by its page.

Versions only move forward (a version is an update date and a content, ordered as
ingest/revisions.py tells, so a same-day revision is a newer version): a message older than the
recorded version is skipped; the document
is put only if the object does not already show a newer version (a conditional put), and the
version is recorded only if the record is still the one it was compared against. If an older
version's writes race past a newer one, the newer one's document and items are written again
at once, with the older one's extra items deleted. Everything is written before the version is
recorded, so a failure part-way is redone whole on redelivery.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Literal, Protocol

from aws_lambda_powertools import Logger
from pydantic import BaseModel

from trialpages.history import ChangeEntry, study_changes
from trialpages.ingest.messages import StudyMessage
from trialpages.lookup.entries import StudyEntries, page_conditions, study_entries
from trialpages.lookup.records import PageRecord, VersionRecord
from trialpages.publishing.hashes import fetched_day, sha256_hex
from trialpages.publishing.pages import PageWriter
from trialpages.publishing.study_page import StudyPageRenderer
from trialpages.site.documents import study_document, study_from_document
from trialpages.site.paths import document_key, page_key
from trialpages.study import Study, normalize_study

logger = Logger(service="trialpages", child=True)

Outcome = Literal["rendered", "unchanged", "superseded"]
JSON = "application/json"
# A record that moved to another older version meanwhile is compared against again this often.
RECORD_ROUNDS = 3
# Restoring the newest version is checked again afterwards, in case a still newer one was recorded meanwhile.
RESTORE_ROUNDS = 3


class RawRecords(Protocol):
    def read(self, raw_key: str) -> dict: ...
    def read_fetched(self, raw_key: str) -> tuple[dict, datetime | None]: ...


class Documents(Protocol):
    def put_unless_newer(
        self, key: str, body: bytes, content_type: str, version: str, *, likely_absent: bool = False
    ) -> bool: ...
    def get_versioned(self, key: str) -> tuple[bytes, str | None] | None: ...


class Written(Protocol):
    @property
    def written(self) -> dict[str, str]: ...
    @property
    def puts(self) -> int: ...
    @property
    def deletes(self) -> int: ...


class Versions(Protocol):
    def current(self, nct_id: str) -> VersionRecord | None: ...
    def current_and_page(self, nct_id: str) -> tuple[VersionRecord | None, PageRecord | None]: ...
    def history(self, nct_id: str) -> list[ChangeEntry]: ...
    def write_version(
        self,
        entries: StudyEntries,
        *,
        before: Mapping[str, str] | None,
        changes: Sequence[ChangeEntry] = (),
        touched: Iterable[str] = (),
        also_delete: Iterable[str] = (),
        document_changed: bool = False,
        page: PageRecord | None = None,
        page_before: PageRecord | None = None,
        page_failed: bool = False,
    ) -> Written: ...
    def record(self, version: VersionRecord, *, replacing: VersionRecord | None) -> bool: ...


class VersionConflict(RuntimeError):
    """The study's record kept moving to other versions while this one was being written."""


class PublishResult(BaseModel):
    nct_id: str
    last_update: str
    outcome: Outcome
    wrote: list[str] = []
    changes: int = 0


class PageNotWritten(Exception):
    """A newer version's page is there already: that version is under way and writes everything after this one."""


class VersionPublisher:
    def __init__(
        self,
        raw_records: RawRecords,
        documents: Documents,
        versions: Versions,
        pages: PageWriter,
        renderer: Callable[[], StudyPageRenderer],
        *,
        site_url: str,
    ) -> None:
        self._raw = raw_records
        self._documents = documents
        self._versions = versions
        self._pages = pages
        self._renderer = renderer  # a fresh one per version: related studies are read as they are now
        self._site_url = site_url

    def publish(self, message: StudyMessage) -> PublishResult:
        for _ in range(RECORD_ROUNDS):
            result = self._attempt(message)
            if result is not None:
                return result
        raise VersionConflict(f"{message.nct_id}: its record kept moving while {message.version} was written")

    def _attempt(self, message: StudyMessage) -> PublishResult | None:
        """The version written and recorded, or superseded; None when the record moved meanwhile to a
        version no newer than this one (then everything is compared against it again)."""
        current, page_before = self._versions.current_and_page(message.nct_id)
        result = PublishResult(**message.model_dump(exclude={"raw_key"}), outcome="superseded")
        if current and current.version > message.version:
            logger.info(
                "older version arrived late; skipped", extra={**message.model_dump(), "current": current.version}
            )
            return result

        record, archived = self._raw.read_fetched(message.raw_key)
        study, fetched = normalize_study(record), fetched_day(archived)
        previous = self._previous(current) if current and current.version < message.version else None
        new_changes = study_changes(previous, study) if previous else []
        document = study_document(study)
        entries = study_entries(study, self._site_url, fetched)
        version = VersionRecord(
            nct_id=message.nct_id,
            last_update=message.last_update,
            raw_key=message.raw_key,
            json_sha256=sha256_hex(document),
            listing=entries.listing,
            fetched=fetched,
            change_count=(current.change_count if current else 0) + len(new_changes),
            revision=message.revision,
        )
        document_changed = current is None or current.json_sha256 != version.json_sha256
        if document_changed:
            first = current is None  # most likely not there yet: no need to look first
            key = document_key(study.nct_id)
            if not self._documents.put_unless_newer(key, document, JSON, version.version, likely_absent=first):
                logger.info("newer version written during render; stopped", extra=message.model_dump())
                return result  # a newer version is under way and writes everything after this one
            result.wrote.append(key)
        page, page_failed = None, False
        if current is None or current.version != version.version or document_changed:
            try:
                page, page_written = self._write_page(study, version, page_before, new_changes)
            except PageNotWritten:
                logger.info("newer version's page written during render; stopped", extra=message.model_dump())
                return result
            page_failed = page is None
            if page_written:
                result.wrote.append(page_key(study.nct_id))
        touched = set(page_conditions(previous)) if previous else set()
        items = self._versions.write_version(
            entries,
            before=current.written if current else {},
            changes=new_changes,
            touched=touched,
            document_changed=document_changed,
            page=page,
            page_before=page_before,
            page_failed=page_failed,
        )
        if not self._versions.record(version.model_copy(update={"written": items.written}), replacing=current):
            newest = self._versions.current(message.nct_id)
            if newest is None or newest.version <= message.version:
                return None
            # A newer version was recorded while this one wrote: what this one wrote must not stay.
            if result.wrote or items.puts or items.deletes:
                self._restore_newest(message.nct_id, set(items.written), touched | set(entries.page_conditions))
            return result
        result.outcome = "rendered" if (result.wrote or items.puts or items.deletes) else "unchanged"
        result.changes = len(new_changes)
        return result

    def _write_page(
        self, study: Study, version: VersionRecord, before: PageRecord | None, new_changes: list[ChangeEntry]
    ) -> tuple[PageRecord | None, bool]:
        """The version's page rendered and put (when its bytes changed): what it was rendered with (None
        if it failed to render: logged, publish_site tries again) and whether it was put."""
        renderer = self._renderer()
        slugs = list(page_conditions(study))
        related = renderer.related(version.listing, slugs)  # index reads: a failure here fails the message
        recorded = self._versions.history(study.nct_id) if version.change_count > len(new_changes) else []
        try:
            rendered = renderer.render(study, version, slugs, recorded + new_changes, related=related)
        except Exception as error:  # noqa: BLE001 - the version's data must not wait for its page
            reason = f"{type(error).__name__}: {error}"
            logger.error("study page not rendered", extra={"nct_id": study.nct_id, "reason": reason}, exc_info=True)
            return None, False
        written = self._pages.write(rendered, version, before)
        if written == "superseded":
            raise PageNotWritten(study.nct_id)
        return rendered.record, written == "written"

    def _previous(self, current: VersionRecord) -> Study:
        """The recorded version, from its published document (normalized once, when it was recorded);
        from its raw record if the document shows another version by now."""
        found = self._documents.get_versioned(document_key(current.nct_id))
        if found is not None and found[1] == current.version:
            return study_from_document(found[0])
        return normalize_study(self._raw.read(current.raw_key))

    def _restore_newest(self, nct_id: str, stale_keys: set[str], touched: set[str]) -> None:
        """Write the newest recorded version's document and items again over what superseded versions
        wrote, then check that no still newer version was recorded meanwhile (if one was, restore it)."""
        restored: str | None = None
        for _ in range(RESTORE_ROUNDS):
            newest = self._versions.current(nct_id)
            if newest is None or newest.version == restored:
                return
            logger.warning("newer version recorded during render; restoring it", extra={"newer": newest.version})
            study = normalize_study(self._raw.read(newest.raw_key))
            # A still newer version's document stays: the next round writes that one.
            self._documents.put_unless_newer(document_key(nct_id), study_document(study), JSON, newest.version)
            entries = study_entries(study, self._site_url, newest.fetched)
            touched = touched | set(entries.page_conditions)
            self._versions.write_version(
                entries, before=None, touched=touched, also_delete=stale_keys, document_changed=True
            )
            stale_keys |= set(newest.written)
            restored = newest.version
        logger.error("study kept changing while its newest version was restored", extra={"nct_id": nct_id})
