"""Whole-page snapshots of three different studies. Refresh after an intended change with
UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/site/test_snapshots.py, then review the diff."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

from tests.site.conftest import SITE_URL
from trialpages.site import render_study_page

SNAPSHOTS = Path(__file__).parent / "snapshots"
CASES = {
    "NCT00544076": "terminated Phase 3 prostate cancer trial with results and a reason for stopping",
    "NCT00468637": "observational study, status unknown, three countries, non-ASCII text",
    "NCT03319901": "recruiting Phase 1/2 leukemia trial with site contacts",
}


@pytest.mark.parametrize("nct_id", sorted(CASES))
def test_page_matches_its_snapshot(study_of, nct_id):
    html = render_study_page(study_of(nct_id), site_url=SITE_URL)
    snapshot = SNAPSHOTS / f"{nct_id}.html"
    if os.environ.get("UPDATE_SNAPSHOTS") == "1" or not snapshot.exists():
        snapshot.write_text(html, encoding="utf-8")
        if os.environ.get("UPDATE_SNAPSHOTS") != "1":
            pytest.fail(f"wrote a new snapshot {snapshot.name}: review it, then rerun")
    expected = snapshot.read_text(encoding="utf-8")
    if html != expected:
        diff = "".join(
            difflib.unified_diff(expected.splitlines(True), html.splitlines(True), "snapshot", "rendered", n=1)
        )
        pytest.fail(f"{nct_id} ({CASES[nct_id]}) differs from its snapshot:\n{diff[:4000]}")
