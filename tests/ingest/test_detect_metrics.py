"""detect_changes turns its report into CloudWatch metrics (EMF on stdout): registry requests, studies queued."""

from __future__ import annotations

from datetime import date

import pytest
from aws_lambda_powertools import Metrics

from tests.conftest import FakeLambdaContext, load_event, load_handler
from tests.emf import metric_values, units
from tests.ingest.conftest import FIRST_SNAPSHOT
from tests.ingest.test_detect_changes import SECOND_SNAPSHOT, changed_copy
from trialpages.services import detect_changes


@pytest.fixture
def detect_handler(stack, registry, monkeypatch):
    Metrics().clear_metrics()  # the metric set is shared by every Metrics instance in the process
    with registry.serve() as server:
        monkeypatch.setenv("CTGOV_BASE_URL", server.base_url)
        monkeypatch.setenv("CTGOV_MIN_INTERVAL_S", "0")
        detect_changes.reset()
        yield load_handler("detect_changes")
        detect_changes.reset()
    Metrics().clear_metrics()


@pytest.mark.slow  # seconds on moto: many studies or versions through the real functions
def test_each_run_reports_its_registry_requests_and_what_it_queued(detect_handler, records, registry, capsys):
    event = load_event("detect_changes_schedule.json")
    first = detect_handler.lambda_handler(event, FakeLambdaContext())
    backfill = capsys.readouterr().out
    registry.publish([changed_copy(record, "2026-11-23") for record in records[100:103]], SECOND_SNAPSHOT)
    second = detect_handler.lambda_handler(event, FakeLambdaContext())
    update = capsys.readouterr().out
    third = detect_handler.lambda_handler(event, FakeLambdaContext())
    unchanged = capsys.readouterr().out

    assert first["outcome"] == "complete" and first["registry_requests"] >= 2
    newest = max(r["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"]["date"] for r in records)
    behind = (date.fromisoformat(FIRST_SNAPSHOT[:10]) - date.fromisoformat(newest)).days
    assert metric_values(backfill) == {
        "RegistryRequests": [first["registry_requests"]],
        "StudiesQueued": [len(records)],
        "RecordsQuarantined": [0],
        "CheckpointLag": [behind],  # the bundled records end long before the fake's snapshot
    }
    assert second["outcome"] == "complete"
    assert metric_values(update) == {
        "RegistryRequests": [second["registry_requests"]],
        "StudiesQueued": [second["queued"]],
        "RecordsQuarantined": [0],
        "CheckpointLag": [0],
    }
    assert second["queued"] == 3
    # The registry's /version alone: the same release is not synced again.
    assert third["outcome"] == "up-to-date"
    assert metric_values(unchanged) == {
        "RegistryRequests": [1],
        "StudiesQueued": [0],
        "RecordsQuarantined": [0],
        "CheckpointLag": [0],
    }
    assert set(units(backfill).values()) == {"Count"}
