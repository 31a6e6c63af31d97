"""Fixtures for page tests: normalized studies from the bundled corpus, looked up by NCT id."""

from __future__ import annotations

import copy

import pytest

from trialpages.study import Study, normalize_study

SITE_URL = "https://trialpages.example"


@pytest.fixture(scope="session")
def records_by_id(bundled_records) -> dict[str, dict]:
    return {r["protocolSection"]["identificationModule"]["nctId"]: r for r in bundled_records}


@pytest.fixture
def record_of(records_by_id):
    """A private, mutable copy of one bundled record."""
    return lambda nct_id: copy.deepcopy(records_by_id[nct_id])


@pytest.fixture
def study_of(record_of):
    def build(nct_id: str, **changes) -> Study:
        """The normalized study, after applying `changes` as {"statusModule.overallStatus": value} edits."""
        record = record_of(nct_id)
        for path, value in changes.items():
            set_path(record["protocolSection"], path, value)
        return normalize_study(record)

    return build


def set_path(target: dict, dotted: str, value) -> None:
    *parents, last = dotted.split(".")
    for key in parents:
        target = target.setdefault(key, {})
    if value is DELETE:
        target.pop(last, None)
    else:
        target[last] = value


DELETE = object()
