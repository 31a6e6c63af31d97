"""A study version's identity: its update date and its content.

The registry can post a second revision of a study on the same lastUpdatePostDate. Each record is
archived under a key that names its content (a short hash of the record), so a changed record on
the same date is a new version and an identical redelivery is the same one.

Versions are ordered by `version_key`: the update date, then the registry snapshot
(`/version` dataTimestamp) in which detect_changes first saw that content, then the content
hash. A later revision on one date can only appear in a later snapshot, so of two same-day
revisions the later-seen one wins, whatever order their messages are delivered in; a record
redelivered unchanged keeps the snapshot it was first seen in (read back from its archive), so
it keeps its key. A version without a revision (recorded before revisions existed) sorts before
every revision of its date: '+' sorts before the digits and '-' that continue a date.

A record that goes back to a content it had earlier on the same date (A, B, A) is not a redelivery
of A: the checkpoint remembers which content a same-day revision delivered, and the A that comes
back is queued as first seen in the snapshot that brought it back, so it sorts after B (ingest/detect.py).
"""

from __future__ import annotations

import hashlib
import json

DIGEST_CHARS = 12


def content_digest(record: dict) -> str:
    """A short hash of the record's content, independent of its key order."""
    canonical = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()[:DIGEST_CHARS]


def revision_of(first_seen: str, digest: str) -> str:
    return f"{first_seen}.{digest}"


def version_key(last_update: str, revision: str) -> str:
    """What versions are ordered and compared by (plain string comparison)."""
    return f"{last_update}+{revision}" if revision else last_update
