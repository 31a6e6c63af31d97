"""Fixtures for page tests: normalized studies from the bundled corpus, looked up by NCT id."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest
from trialpages_dev.render import render_site

from trialpages.study import Study, normalize_study

SITE_URL = "https://trialpages.example"
# The day the whole-corpus checks build the site for: what depends on the date is checked against it.
TODAY = date(2026, 12, 2)


@pytest.fixture(scope="session")
def site_today(bundled_records, tmp_path_factory) -> Path:
    """All 1,000 bundled records rendered as `trialpages render --today 2026-12-02` would."""
    out = tmp_path_factory.mktemp("site-today")
    report = render_site(bundled_records, out, site_url=SITE_URL, progress=False, today=TODAY)
    assert report.failed == []
    return out


@pytest.fixture(scope="session")
def page_of(site_today):
    return lambda nct_id: (site_today / "studies" / nct_id / "index.html").read_text(encoding="utf-8")


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
