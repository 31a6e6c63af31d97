"""The shared stylesheet, published under a content-hashed name so it can be cached for a year."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Asset:
    key: str  # site-relative path, also the S3 key
    body: bytes
    content_type: str


@lru_cache(maxsize=1)
def stylesheet() -> Asset:
    body = resources.files("trialpages").joinpath("static/trialpages.css").read_bytes()
    digest = hashlib.sha256(body).hexdigest()[:12]
    return Asset(key=f"assets/trialpages.{digest}.css", body=body, content_type="text/css; charset=utf-8")


def site_assets() -> list[Asset]:
    return [stylesheet()]
