"""How far the site lags the registry: the age of the newest registry release it does not show yet.

The registry stamps each data release (dataTimestamp, a UTC time per the API's /version docs).
detect_changes's checkpoint names the release it is syncing, or the last one it finished. The
site shows that release once its sync is finished, the study queue is empty (every version
rendered, its marks left) and a publish_site run that started after that cleared every mark.
Until then the lag is how long ago the registry published it; once shown it is 0, so any
stage that stalls (detection, rendering, publishing) shows as a lag that keeps growing.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel

from trialpages.ingest.checkpoint import Checkpoint

Stage = Literal["detection", "rendering", "publishing"]


class Freshness(BaseModel):
    data_timestamp: str | None  # the newest release detection knows of; None before the first sync
    shown: bool
    lag_seconds: float
    waiting_on: Stage | None = None  # the first stage still at work on it: where to look when it lags


def released_at(data_timestamp: str) -> datetime:
    moment = datetime.fromisoformat(data_timestamp)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def site_freshness(checkpoint: Checkpoint, *, backlog: int, site_complete: bool, now: datetime) -> Freshness:
    """`checkpoint` and `backlog` (messages waiting or in flight) as read before the publish run began."""
    syncing = checkpoint.sync is not None
    newest = checkpoint.sync.target_data_timestamp if checkpoint.sync is not None else checkpoint.data_timestamp
    if newest is None:
        return Freshness(data_timestamp=None, shown=False, lag_seconds=0.0)
    waiting_on: Stage | None = (
        "detection" if syncing else "rendering" if backlog else "publishing" if not site_complete else None
    )
    if waiting_on is None:
        return Freshness(data_timestamp=newest, shown=True, lag_seconds=0.0)
    lag = max(0.0, (now - released_at(newest)).total_seconds())
    return Freshness(data_timestamp=newest, shown=False, lag_seconds=lag, waiting_on=waiting_on)
