"""The normalized study document (data/studies/<NCTID>.json), which the API serves as is."""

from __future__ import annotations

import json

from trialpages.study import Study


def study_document(study: Study) -> bytes:
    return json.dumps(study.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def study_from_document(body: bytes) -> Study:
    """The Study a document was made from (the document is its whole JSON form)."""
    return Study.model_validate_json(body)
