"""Content hashes: a file is written again only when its bytes changed."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime


def sha256_hex(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def fetched_day(archived: datetime | None) -> str | None:
    """The UTC day a raw version was archived, i.e. fetched from the registry by detect_changes."""
    return archived.astimezone(UTC).date().isoformat() if archived else None
