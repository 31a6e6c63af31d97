"""Records detect_changes cannot handle are set aside with their reason, never allowed to stop the run (pure).

A record is quarantined when it is not the shape every later step reads (an object whose modules are
objects, no null in a list), holds text that cannot be stored (a lone surrogate), is nested deeper
than any real record, or is keyed by an update date that is not a calendar date or is later than the
registry's own snapshot (it would move the checkpoint past every real update still to come).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from trialpages.ingest.messages import StudyMessage, UnkeyedStudyRecord, message_for, update_day

MAX_DEPTH = 32  # real records nest about 8 deep


class QuarantinedRecord(BaseModel):
    model_config = ConfigDict(frozen=True)

    nct_id: str | None
    reason: str


def checked_message(record: object, snapshot_day: str) -> StudyMessage | QuarantinedRecord:
    """The record's queue message, or why it is set aside. `snapshot_day`: the registry's data date."""
    nct_id = _nct_id_of(record)
    if not isinstance(record, dict):
        return QuarantinedRecord(nct_id=None, reason=f"the record is a {type(record).__name__}, not an object")
    problem = _shape_problem(record, "record", 0)
    if problem:
        return QuarantinedRecord(nct_id=nct_id, reason=problem)
    try:
        message = message_for(record)
    except UnkeyedStudyRecord as unkeyed:
        return QuarantinedRecord(nct_id=nct_id, reason=str(unkeyed))
    try:
        day = update_day(message.last_update)
    except ValueError:
        return QuarantinedRecord(nct_id=nct_id, reason=f"update date {message.last_update} is not a calendar date")
    if day.isoformat() > snapshot_day:
        return QuarantinedRecord(
            nct_id=nct_id, reason=f"update date {message.last_update} is after the registry's snapshot ({snapshot_day})"
        )
    return message


def _shape_problem(value: object, path: str, depth: int) -> str | None:
    if depth > MAX_DEPTH:
        return f"nested deeper than {MAX_DEPTH} levels at {path}"
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return f"text at {path} holds a lone surrogate"
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            if item is None:
                continue  # reads as absent
            if key.endswith(("Section", "Module")) and not isinstance(item, dict):
                return f"{path}.{key} is a {type(item).__name__}, not an object"
            problem = _shape_problem(item, f"{path}.{key}", depth + 1)
            if problem:
                return problem
        return None
    if isinstance(value, list):
        for index, item in enumerate(value):
            if item is None:
                return f"a null entry in the list at {path}"
            problem = _shape_problem(item, f"{path}[{index}]", depth + 1)
            if problem:
                return problem
    return None


def _nct_id_of(record: object) -> str | None:
    try:
        nct_id = record["protocolSection"]["identificationModule"]["nctId"]  # type: ignore[index]
    except (TypeError, KeyError):
        return None
    return nct_id if isinstance(nct_id, str) and nct_id.isascii() and len(nct_id) <= 20 else None
