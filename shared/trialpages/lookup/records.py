"""What the index records about each study besides its lookup items (pure data)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from trialpages.ingest.revisions import version_key
from trialpages.lookup.listing import StudyListing


class VersionRecord(BaseModel):
    """A study's current version: what render_study wrote for it, recorded last (only forward in time)."""

    model_config = ConfigDict(frozen=True)

    nct_id: str
    last_update: str
    raw_key: str
    json_sha256: str
    listing: StudyListing
    fetched: str | None = None  # the day detect_changes fetched this version
    change_count: int = 0  # entries in the study's change history
    written: dict[str, str] = {}  # item key -> content hash of every lookup item this version owns
    revision: str = ""  # which content of its update date (ingest/revisions.py); "" before revisions

    @property
    def version(self) -> str:
        return version_key(self.last_update, self.revision)


class PageRecord(BaseModel):
    """What a study's page was last rendered with: publish_site renders it again when these differ,
    the daily status sweep on `next_change`."""

    model_config = ConfigDict(frozen=True)

    nct_id: str
    last_update: str
    related: list[str]
    related_sha256: str = ""  # what it shows of them (study_page.related_content_hash)
    conditions: list[str]  # slugs of the condition pages it is listed on
    fetched: str | None = None
    html_sha256: str = ""
    # The first day after the page's build day on which its status cautions change with no registry
    # update (YYYY-MM-DD; None: never): the daily sweep renders it again that day.
    next_change: str | None = None
    revision: str = ""  # of the version it was rendered from

    @property
    def version(self) -> str:
        return version_key(self.last_update, self.revision)


class ConditionMember(BaseModel):
    """A study as a condition page lists it: its listing, the name it gives the condition, its fetch day."""

    model_config = ConfigDict(frozen=True)

    listing: StudyListing
    condition_name: str
    fetched: str | None = None
    old_slugs: list[str] = []  # slugs its names had before hubs, which redirect here


class PublishMark(BaseModel):
    """Something publish_site must rebuild (`kind`: condition, sitemap, page, home, search or sites); `token` tells a
    mark left again since it was read from the one read."""

    model_config = ConfigDict(frozen=True)

    kind: str
    value: str
    token: str
