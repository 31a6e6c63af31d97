"""The sync checkpoint and its transitions: pure data, no I/O.

A sync pages through every study with LastUpdatePostDate >= `since`. The checkpoint moves
past a page only after the whole page is archived and queued; a finished sync records the
registry snapshot it covered, and the next sync starts from the newest date it saw
(inclusive: dates are day-granular). The studies already delivered on that boundary day are
remembered, so the overlap re-reads them but does not queue them again; any duplicate that
still gets through (a repeated page after a failure) is absorbed downstream, where work is
keyed by (nct_id, last_update).
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from trialpages.ingest.messages import StudyMessage


class CheckpointConflict(RuntimeError):
    """Another run advanced the checkpoint since this run read it."""


class SyncProgress(BaseModel):
    model_config = ConfigDict(frozen=True)

    target_data_timestamp: str
    since: str
    # Studies (nct_id) already delivered with last_update == since, by the run before.
    delivered_on_since: tuple[str, ...] = ()
    # Of those, the ones whose delivered content replaced an earlier one that day: nct_id -> its content
    # digest. Few (same-day revisions), so the memory stays small; the others delivered their first content.
    revised_on_since: dict[str, str] = {}
    page_token: str | None = None
    newest_seen: str | None = None
    delivered_on_newest: tuple[str, ...] = ()
    revised_on_newest: dict[str, str] = {}
    # A page boundary fell among the newest day's studies (a page began on the day the one before ended on): the
    # registry may order such ties differently from one request to the next, so the day is read again on its own
    # once the pages move past it (ingest/detect.py).
    newest_split: bool = False
    pages_done: int = 0
    studies_done: int = 0

    def already_delivered(self, message: StudyMessage) -> bool:
        """This very content was delivered, on the boundary day, by the run before."""
        return (
            message.last_update == self.since
            and message.nct_id in self.delivered_on_since
            and self.revised_on_since.get(message.nct_id, message.digest) == message.digest
        )

    def returns_to_earlier_content(self, message: StudyMessage) -> bool:
        """On the boundary day the study went back to a content it had before another replaced it (A, B, A)."""
        delivered = self.revised_on_since.get(message.nct_id) if message.last_update == self.since else None
        return delivered is not None and delivered != message.digest

    def splits_newest_day(self, covered: Sequence[StudyMessage]) -> bool:
        """A page boundary fell among the newest day's studies: before, or at the start of this page (which goes on
        with the day the query's page before it ended on)."""
        return self.newest_split or (
            self.page_token is not None and any(m.last_update == self.newest_seen for m in covered)
        )

    def after_page(
        self, next_page_token: str | None, covered: list[StudyMessage], queued: Sequence[StudyMessage] = ()
    ) -> SyncProgress:
        # Never past the snapshot this sync aims at (detect_changes quarantines such records before this): a later
        # date would make every later run start after all the real updates still to come.
        snapshot_day = self.target_data_timestamp[:10]
        covered = [m for m in covered if m.last_update[:10] <= snapshot_day]
        newest = max([m.last_update for m in covered] + ([self.newest_seen] if self.newest_seen else []), default=None)
        on_newest = {m.nct_id for m in covered if m.last_update == newest}
        # A study queued again on the boundary day it was delivered on is a same-day revision: remember its content.
        delivered_before = set(self.delivered_on_since) if queued else set()
        revised = {
            m.nct_id: m.digest for m in queued if m.last_update == newest == self.since and m.nct_id in delivered_before
        }
        if newest == self.newest_seen:
            on_newest |= set(self.delivered_on_newest)
            revised = {**self.revised_on_newest, **revised}
        split = newest == self.newest_seen and self.splits_newest_day(covered)
        return self.model_copy(
            update={
                "newest_split": split,
                "page_token": next_page_token,
                "newest_seen": newest,
                "delivered_on_newest": tuple(sorted(on_newest)),
                "revised_on_newest": revised,
                "pages_done": self.pages_done + 1,
                "studies_done": self.studies_done + len(covered),
            }
        )

    def restarted(self) -> SyncProgress:
        """Start the query again without a page token, from the newest date covered so far."""
        if self.newest_seen is None:
            return self.model_copy(update={"page_token": None})
        return self.model_copy(
            update={
                "page_token": None,
                "newest_split": False,  # the new query reads the newest day from its first study
                "since": self.newest_seen,
                "delivered_on_since": self.delivered_on_newest,
                "revised_on_since": self.revised_on_newest,
            }
        )

    def retargeted(self, data_timestamp: str) -> SyncProgress:
        """The registry changed under a paused sync: a page token is an offset into the old order, where
        studies updated since have moved to the end, so it would skip as many unread ones. Restart
        the query from the newest date covered, aiming at the new snapshot."""
        return self.restarted().model_copy(update={"target_data_timestamp": data_timestamp})


class Checkpoint(BaseModel):
    model_config = ConfigDict(frozen=True)

    data_timestamp: str | None = None
    since: str | None = None
    delivered_on_since: tuple[str, ...] = ()
    revised_on_since: dict[str, str] = {}
    sync: SyncProgress | None = None
    version: int = 0

    def is_current(self, data_timestamp: str) -> bool:
        return self.sync is None and self.data_timestamp == data_timestamp

    def start_sync(self, data_timestamp: str, backfill_start: str) -> Checkpoint:
        sync = SyncProgress(
            target_data_timestamp=data_timestamp,
            since=self.since or backfill_start,
            delivered_on_since=self.delivered_on_since if self.since else (),
            revised_on_since=self.revised_on_since if self.since else {},
        )
        return self.model_copy(update={"sync": sync})

    def with_progress(self, sync: SyncProgress) -> Checkpoint:
        return self.model_copy(update={"sync": sync})

    def finished(self, sync: SyncProgress) -> Checkpoint:
        return self.model_copy(
            update={
                "data_timestamp": sync.target_data_timestamp,
                "since": sync.newest_seen or sync.since,
                "delivered_on_since": sync.delivered_on_newest if sync.newest_seen else sync.delivered_on_since,
                "revised_on_since": sync.revised_on_newest if sync.newest_seen else sync.revised_on_since,
                "sync": None,
            }
        )
