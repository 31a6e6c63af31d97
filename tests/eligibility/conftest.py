"""Shared by the eligibility tests: the bundled records' eligibility modules by NCT id, translated on demand."""

from __future__ import annotations

import pytest

from trialpages.eligibility import PlainEligibility, PlainItem, translate_eligibility


@pytest.fixture(scope="session")
def modules_by_id(bundled_records) -> dict[str, dict]:
    return {
        record["protocolSection"]["identificationModule"]["nctId"]: record["protocolSection"].get("eligibilityModule")
        or {}
        for record in bundled_records
    }


@pytest.fixture(scope="session")
def plain_of(modules_by_id):
    def plain(nct_id: str) -> PlainEligibility:
        return translate_eligibility(modules_by_id[nct_id])

    return plain


def items_of(items: list[PlainItem]) -> list[PlainItem]:
    """Every item and group of a list, parents before children."""
    return [item for top in items for item in top.walk()]


def texts(items: list[PlainItem]) -> list[str]:
    return [item.text for item in items_of(items) if item.text is not None]
