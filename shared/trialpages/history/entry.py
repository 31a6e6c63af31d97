"""One entry of a study's change history: what the index stores and the pages and feeds show."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ChangeEntry(BaseModel):
    model_config = ConfigDict(frozen=True)

    nct_id: str
    date: str  # the registry's update date of the newer version
    kind: str
    summary: str
    details: list[str] = []
