"""Shared by the eligibility tests: real criterion sentences from the bundled corpus."""

from __future__ import annotations

import pytest

from trialpages.eligibility import parse_criteria
from trialpages.eligibility.segments import item_sources


@pytest.fixture(scope="session")
def corpus_sentences(bundled_records) -> list[str]:
    """Each piece that becomes a plain item, from every 7th record's criteria."""
    sentences = []
    for record in bundled_records[::7]:
        module = record["protocolSection"].get("eligibilityModule") or {}
        for criterion in parse_criteria(module.get("eligibilityCriteria")).all_criteria():
            sentences += item_sources(criterion.text, criterion.kind)
    return sentences
