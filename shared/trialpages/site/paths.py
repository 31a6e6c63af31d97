"""Where a study's files live on the site (= their S3 keys)."""

from __future__ import annotations


def page_key(nct_id: str) -> str:
    return f"studies/{nct_id}/index.html"


def document_key(nct_id: str) -> str:
    return f"data/studies/{nct_id}.json"
