"""The daily status sweep: render again, with that day as their build day, exactly the study pages
whose status cautions change that day with no registry update (trialpages.site.time_sensitive).

Each page record names the day its page next changes and files the study under that day in the
index (publishing.py). The sweep reads the day's studies (and the few days before it, for a run
that was missed) and brings their pages up to date through publish_site's own pass over study
pages (pages.py): it renders them, writes a page only when its bytes changed and records the next
day it changes. It writes nothing else. A page that fails to render is logged and counted and
filed under the next day, so the next run tries it again; one left when the time ran out stays
where it is, within the days the next run reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, timedelta
from typing import Protocol

from aws_lambda_powertools import Logger
from pydantic import AwareDatetime, BaseModel

from trialpages.publishing.pages import StudyPages

logger = Logger(service="trialpages", child=True)

DueItem = tuple[str, str]  # (day YYYY-MM-DD, nct_id)


class ScheduledSweep(BaseModel):
    """The schedule's event: the time the run was due (`<aws.scheduler.scheduled-time>`). Its UTC day
    is the day swept, so a retry, even one that runs the next day, sweeps the day it was due for."""

    scheduled_time: AwareDatetime

    @property
    def day(self) -> date:
        return self.scheduled_time.astimezone(UTC).date()


class DueIndex(Protocol):
    def due(self, days: list[str]) -> list[DueItem]: ...
    def forget(self, items: Iterable[DueItem]) -> None: ...
    def postpone(self, items: Iterable[DueItem], to_day: str) -> None: ...


class SweepReport(BaseModel):
    day: str
    due: int = 0  # studies filed under the day (or a day before it still waiting)
    rendered: int = 0  # pages whose bytes changed and were written
    unchanged: int = 0  # looked at, nothing to write (already up to date, or moved on to a newer version)
    failed: int = 0  # not rendered: filed under the next day
    complete: bool = True  # False: the time ran out; the rest stays for the next run


class StatusSweep:
    def __init__(
        self,
        due: DueIndex,
        pages: Callable[[date], StudyPages],
        *,
        lookback_days: int,
        min_remaining_ms: int,
    ) -> None:
        self._due = due
        self._pages = pages  # a pass over study pages whose build day is the sweep's day
        self._lookback_days = lookback_days
        self._min_remaining_ms = min_remaining_ms

    def sweep(self, day: date, remaining_ms: Callable[[], int]) -> SweepReport:
        days = [(day - timedelta(days=back)).isoformat() for back in range(self._lookback_days, -1, -1)]
        due = self._due.due(days)
        report = SweepReport(day=day.isoformat(), due=len(due))
        pages = self._pages(day)
        report.complete = pages.bring_up_to_date(
            [nct_id for _, nct_id in due], lambda: remaining_ms() < self._min_remaining_ms
        )
        failed = pages.failed_ids
        looked_at = [item for item in due if item[1] in pages.looked_at]
        # A rendered page's record filed it under its next day already: its due entry is done, and so
        # is one whose page was up to date or moved on to a newer version (that version files its own).
        self._due.forget(item for item in looked_at if item[1] not in failed)
        self._due.postpone([item for item in due if item[1] in failed], (day + timedelta(days=1)).isoformat())
        report.rendered = len(pages.rendered)
        report.failed = len(failed)
        report.unchanged = len({nct_id for _, nct_id in looked_at} - failed) - report.rendered
        logger.info("status sweep done", extra=report.model_dump())
        return report
