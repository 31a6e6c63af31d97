"""detect_changes: page through the studies the registry changed, archive and queue each one.

The order of effects is what keeps it safe: a page's records are archived, then queued,
and only then does the checkpoint move past that page. Any failure before that leaves the
checkpoint where it was, so the next run repeats the page (duplicates are harmless).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from typing import Literal, Protocol

from aws_lambda_powertools import Logger
from pydantic import BaseModel

from trialpages.ctgov.client import RegistryClient, StudyPage
from trialpages.ctgov.errors import PageTokenExpired
from trialpages.ingest.checkpoint import Checkpoint, CheckpointConflict, SyncProgress
from trialpages.ingest.messages import StudyMessage, update_day
from trialpages.ingest.quarantine import QuarantinedRecord, checked_message

logger = Logger(service="trialpages", child=True)

Outcome = Literal["up-to-date", "complete", "paused", "lost-race"]


class Archive(Protocol):
    def archive(self, message: StudyMessage, record: dict) -> bool: ...
    def archived_revision(self, message: StudyMessage) -> str: ...


class Quarantine(Protocol):
    def set_aside(self, record: object, quarantined: QuarantinedRecord) -> str: ...


class Queue(Protocol):
    def send(self, messages: list[StudyMessage]) -> int: ...


class Checkpoints(Protocol):
    def load(self) -> Checkpoint: ...
    def save(self, checkpoint: Checkpoint) -> Checkpoint: ...


class DetectReport(BaseModel):
    outcome: Outcome
    data_timestamp: str
    seen: int = 0
    archived: int = 0
    already_archived: int = 0
    queued: int = 0
    skipped_overlap: int = 0
    quarantined: list[QuarantinedRecord] = []  # set aside with their reason; the run went on without them
    pages: int = 0
    heaviest_page_bytes: int = 0  # what this function's peak memory follows (7-9 times it)
    registry_requests: int = 0
    checkpoint: Checkpoint | None = None

    def checkpoint_day(self) -> str | None:
        """The update date the next run starts from: where the checkpoint stands."""
        if self.checkpoint is None:
            return None
        sync = self.checkpoint.sync
        return (sync.newest_seen or sync.since) if sync else self.checkpoint.since

    def checkpoint_lag_days(self) -> int | None:
        """Days from the checkpoint to the registry's snapshot: grows while the checkpoint is stuck."""
        day = self.checkpoint_day()
        if not day:
            return None
        return (date.fromisoformat(self.data_timestamp[:10]) - update_day(day)).days


class ChangeDetector:
    def __init__(
        self,
        registry: RegistryClient,
        archive: Archive,
        queue: Queue,
        checkpoints: Checkpoints,
        quarantine: Quarantine,
        *,
        backfill_start: str,
        page_size: int = 1000,
        min_remaining_ms: int = 90_000,
        archive_workers: int = 8,
    ) -> None:
        self._registry = registry
        self._archive = archive
        self._queue = queue
        self._checkpoints = checkpoints
        self._quarantine = quarantine
        self._backfill_start = backfill_start
        self._page_size = page_size
        self._min_remaining_ms = min_remaining_ms
        self._archive_workers = archive_workers

    def run(self, remaining_ms: Callable[[], int]) -> DetectReport:
        requests_before = self._registry.requests_sent
        checkpoint = self._checkpoints.load()
        data_timestamp = self._registry.data_timestamp()
        report = DetectReport(outcome="up-to-date", data_timestamp=data_timestamp)
        if checkpoint.is_current(data_timestamp):
            logger.info("registry unchanged", extra={"data_timestamp": data_timestamp})
            report.checkpoint = checkpoint
        else:
            try:
                if checkpoint.sync is None:
                    # Claiming the sync up front makes an overlapping run lose the race at once.
                    checkpoint = self._checkpoints.save(checkpoint.start_sync(data_timestamp, self._backfill_start))
                elif checkpoint.sync.target_data_timestamp != data_timestamp:
                    logger.info(
                        "registry updated during a paused sync; restarting its query",
                        extra={"since": checkpoint.sync.newest_seen, "data_timestamp": data_timestamp},
                    )
                    sync = checkpoint.sync.retargeted(data_timestamp)
                    checkpoint = self._checkpoints.save(checkpoint.with_progress(sync))
                report = self._sync(checkpoint, report, remaining_ms)
            except CheckpointConflict as conflict:
                # Another run owns the sync now; what this run queued is harmless duplicate work.
                logger.warning("another run advanced the checkpoint; stopping", extra={"reason": str(conflict)})
                report.outcome = "lost-race"
        report.registry_requests = self._registry.requests_sent - requests_before
        logger.info("detect_changes finished", extra=report.model_dump(mode="json", exclude={"checkpoint"}))
        return report

    def _sync(
        self,
        checkpoint: Checkpoint,
        report: DetectReport,
        remaining_ms: Callable[[], int],
    ) -> DetectReport:
        sync = checkpoint.sync
        assert sync is not None
        restarted = False
        while True:
            if remaining_ms() < self._min_remaining_ms:
                report.outcome = "paused"
                logger.info("pausing before the time runs out", extra={"page_token": sync.page_token})
                break
            try:
                page = self._registry.studies_page(sync.since, sync.page_token, self._page_size)
            except PageTokenExpired:
                if restarted:
                    raise
                # The pages before are done, so the query restarts from the newest date they covered.
                logger.warning("page token expired; restarting the query", extra={"since": sync.newest_seen})
                sync, restarted = sync.restarted(), True
                continue
            report.heaviest_page_bytes = max(report.heaviest_page_bytes, page.body_bytes)
            covered, queued = self._deliver(page, sync, checkpoint.data_timestamp, report)
            next_page_token = page.next_page_token
            del page  # a page of full records is ~100 MB: let it go before the next one arrives
            day = sync.newest_seen
            moves_past = next_page_token is None or any(m.last_update > (day or "") for m in covered)
            if day is not None and sync.splits_newest_day(covered) and moves_past:
                known = set(sync.delivered_on_newest) | {m.nct_id for m in covered if m.last_update == day}
                more_covered, more_queued = self._read_day_again(day, known, sync, checkpoint.data_timestamp, report)
                covered, queued = covered + more_covered, queued + more_queued
            sync = sync.after_page(next_page_token, covered, queued)
            if next_page_token is None:
                checkpoint = self._save(checkpoint.finished(sync), report)
                report.outcome = "complete"
                break
            checkpoint = self._save(checkpoint.with_progress(sync), report)
        report.checkpoint = checkpoint
        return report

    def _read_day_again(
        self, day: str, known: set[str], sync: SyncProgress, finished_snapshot: str | None, report: DetectReport
    ) -> tuple[list[StudyMessage], list[StudyMessage]]:
        """Studies updated on one date are ties in the registry's order, which need not be the same from one request
        to the next: where a page boundary fell among them, one could cross it unread. Once the pages move past such
        a day it is read again on its own, in parts that each fit one answer (one order, nothing can cross): the
        whole day when it fits a page (one request), else split by the date the studies were first posted."""
        covered: list[StudyMessage] = []
        queued: list[StudyMessage] = []
        requests: list[tuple[tuple[str, str] | None, str | None]] = [(None, None)]  # (first-post dates, page token)
        while requests:
            part, token = requests.pop()
            page = self._registry.studies_page(day, token, self._page_size, until=day, first_posted=part)
            if token is None and (page.total_count or 0) > len(page.studies):
                # Too many for one answer: each part is read on its own; one first-post date is paged through.
                parts = [(smaller, None) for smaller in _first_posted_parts(part, page.studies)]
                requests += parts or ([(part, page.next_page_token)] if page.next_page_token else [])
            elif token is not None and page.next_page_token is not None:
                requests.append((part, page.next_page_token))
            unseen = [record for record in page.studies if _study_id(record) not in known]
            known.update(_study_id(record) for record in page.studies)
            fresh = StudyPage(studies=unseen, next_page_token=None, body_bytes=page.body_bytes)
            more_covered, more_queued = self._deliver(fresh, sync, finished_snapshot, report)
            covered, queued = covered + more_covered, queued + more_queued
        return covered, queued

    def _deliver(
        self, page: StudyPage, sync: SyncProgress, finished_snapshot: str | None, report: DetectReport
    ) -> tuple[list[StudyMessage], list[StudyMessage]]:
        """Archive then queue every study version on the page not delivered before; returns all it covered
        and what it queued."""
        found: list[tuple[StudyMessage, dict]] = []
        snapshot_day = sync.target_data_timestamp[:10]
        for record in page.studies:
            checked = checked_message(record, snapshot_day)
            if isinstance(checked, QuarantinedRecord):
                # Set aside, not covered: it cannot wedge the run, nor move the checkpoint.
                key = self._quarantine.set_aside(record, checked)
                logger.error("registry record quarantined", extra={**checked.model_dump(), "key": key})
                report.quarantined.append(checked)
                continue
            found.append((checked.first_seen_in(sync.target_data_timestamp), record))
        with ThreadPoolExecutor(max_workers=self._archive_workers) as pool:
            archived = list(pool.map(lambda pair: self._archived(pair[0], pair[1], sync, finished_snapshot), found))
        messages = [message for message, _, delivered in archived if not delivered]
        self._queue.send(messages)
        report.seen += len(page.studies)
        report.archived += sum(written for _, written, _ in archived)
        report.already_archived += sum(not written for _, written, _ in archived)
        report.queued += len(messages)
        report.skipped_overlap += len(archived) - len(messages)
        report.pages += 1
        return [message for message, _, _ in archived], messages

    def _archived(
        self, message: StudyMessage, record: dict, sync: SyncProgress, finished_snapshot: str | None
    ) -> tuple[StudyMessage, bool, bool]:
        """The version archived: its message (as first seen), whether it was written now and whether it
        was delivered already. Content archived before keeps the revision it was first seen as; it
        was delivered if it is on the boundary day the last finished sync delivered and was first seen
        no later than that sync's snapshot (a sync queues all it archived before it can finish). A
        same-day revision, or content archived by a run that stopped before queueing it, goes on.
        Content that comes back after another replaced it that day (A, B, A) is a revision of its own,
        first seen now: as first archived it would sort before the B it replaces."""
        if self._archive.archive(message, record):
            return message, True, False
        if sync.returns_to_earlier_content(message):
            return message, False, False
        first = message.model_copy(update={"revision": self._archive.archived_revision(message)})
        first_seen = first.revision.rpartition(".")[0]
        delivered = finished_snapshot is not None and first_seen <= finished_snapshot and sync.already_delivered(first)
        return first, False, delivered

    def _save(self, checkpoint: Checkpoint, report: DetectReport) -> Checkpoint:
        saved = self._checkpoints.save(checkpoint)
        report.checkpoint = saved
        return saved


def _first_posted_parts(part: tuple[str, str] | None, sample: list[dict]) -> list[tuple[str, str]]:
    """Split a first-post date range around the middle date of a sample of its studies: before it, on it, after it.
    Nothing when the range is that one date already (or the sample names none)."""
    low, high = part or ("MIN", "MAX")
    dates = sorted(d for d in (_first_posted(record) for record in sample) if d is not None)
    if not dates or low == high:
        return []
    middle = dates[len(dates) // 2]
    before, after = (
        (update_day(middle) - timedelta(days=1)).isoformat(),
        (update_day(middle) + timedelta(days=1)).isoformat(),
    )
    parts = [(middle, middle)]
    if low == "MIN" or low <= before:
        parts.append((low, before))
    if high == "MAX" or after <= high:
        parts.append((after, high))
    return parts


def _first_posted(record: dict) -> str | None:
    try:
        posted = record["protocolSection"]["statusModule"]["studyFirstPostDateStruct"]["date"]
        update_day(posted)
    except (KeyError, TypeError, ValueError):
        return None
    return posted if isinstance(posted, str) else None


def _study_id(record: object) -> str:
    protocol = record.get("protocolSection") if isinstance(record, dict) else None
    identification = protocol.get("identificationModule") if isinstance(protocol, dict) else None
    nct_id = identification.get("nctId") if isinstance(identification, dict) else None
    return nct_id if isinstance(nct_id, str) else repr(record)[:200]
