"""What the lookup index keeps per study: its current version and the hashes of what was written."""

from __future__ import annotations

import hashlib

from pydantic import BaseModel, ConfigDict


class IndexEntry(BaseModel):
    model_config = ConfigDict(frozen=True)

    nct_id: str
    last_update: str
    raw_key: str
    html_sha256: str
    json_sha256: str
    listing: dict | None = None  # the StudyListing the API returns for this study
    owned_keys: list[str] = []  # "pk|sk" of the lookup items this version wrote


def sha256_hex(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()
