"""The small message queued per changed study: the work key is (nct_id, version), a version being
its update date and its content (see revisions.py)."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from trialpages.ingest.revisions import content_digest, revision_of, version_key


class StudyMessage(BaseModel):
    model_config = ConfigDict(frozen=True)

    nct_id: str = Field(pattern=r"^NCT[0-9]{8}$")
    last_update: str = Field(pattern=r"^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$")
    raw_key: str
    # The snapshot the content was first seen in and its hash; "" for a message queued before revisions.
    revision: str = ""

    @property
    def version(self) -> str:
        return version_key(self.last_update, self.revision)

    @property
    def digest(self) -> str:
        """The content hash its archive key names ("" for a key from before revisions)."""
        name = self.raw_key.rsplit("/", 1)[-1].removesuffix(".json")
        return "" if name == self.last_update else name

    def first_seen_in(self, snapshot: str) -> StudyMessage:
        """This message as a revision first seen in registry snapshot `snapshot`."""
        return self.model_copy(update={"revision": revision_of(snapshot, self.digest)})


def update_day(last_update: str) -> date:
    """The calendar day an update date names ("2025-06" is the 1st); ValueError for one no calendar has."""
    return date.fromisoformat(last_update if len(last_update) == 10 else last_update[:7] + "-01")


def raw_key_for(nct_id: str, last_update: str, digest: str | None = None) -> str:
    """The archive key of one version: one object per content of a study on an update date."""
    return f"raw/{nct_id}/{last_update}/{digest}.json" if digest else f"raw/{nct_id}/{last_update}.json"


class UnkeyedStudyRecord(ValueError):
    """A registry record without the id or update date that key all work on it."""


def message_for(record: dict) -> StudyMessage:
    """The queue message for one API v2 study record."""
    protocol = record.get("protocolSection") or {}
    nct_id = (protocol.get("identificationModule") or {}).get("nctId")
    last_update = ((protocol.get("statusModule") or {}).get("lastUpdatePostDateStruct") or {}).get("date")
    try:
        raw_key = raw_key_for(nct_id, last_update, content_digest(record)) if nct_id and last_update else ""
        return StudyMessage(nct_id=nct_id, last_update=last_update, raw_key=raw_key)
    except ValidationError as error:
        raise UnkeyedStudyRecord(f"{nct_id or 'record without nctId'}: no usable nctId/lastUpdatePostDate") from error
