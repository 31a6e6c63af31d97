"""`trialpages demo --no-serve`: the whole local pipeline over the 1,000 bundled records, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_demo_renders_every_bundled_study_and_quarantines_five_poison_records_with_three_registry_requests(tmp_path):
    finished = subprocess.run(
        [sys.executable, "-m", "trialpages_dev.cli", "demo", "--no-serve", "--poison"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        cwd=tmp_path,
    )

    assert finished.returncode == 0, finished.stderr[-3000:]
    summary = json.loads(finished.stdout.strip().splitlines()[-1])
    assert {key: summary[key] for key in ("seen", "archived", "queued", "rendered", "failed", "quarantined")} == {
        "seen": 1005,
        "archived": 1000,
        "queued": 1000,
        "rendered": 1000,
        "failed": 0,
        "quarantined": 5,
    }
    # The 2099 record did not move the checkpoint: it stands at the newest real update, before the snapshot.
    assert summary["checkpoint"] == "2025-12-05" < "2026-11-24"
    assert "quarantined 5 registry records" in finished.stdout
    # One /version request and two list pages (1,000 full records, then the empty page).
    assert summary["registry_requests"] == 3
    assert summary["list_requests"] == 2
    assert summary["seconds"] > 0
