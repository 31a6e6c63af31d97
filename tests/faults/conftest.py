"""Fault-injection suite: a few dozen bundled studies through the whole pipeline on in-process moto.

Every test here is a scenario: it breaks something, lets the pipeline settle and checks the
invariants (tests/faults/invariants.py). The terminal summary says how many ran and held.
"""

from __future__ import annotations

import copy

import pytest

from tests.faults.aws_faults import AwsFaults
from tests.faults.harness import FaultPipeline
from trialpages.local import moto_speedups

CORPUS = 30  # enough for several queue batches and detect pages, small enough to keep the suite fast

_tally = {"ran": 0, "held": 0}


@pytest.fixture(autouse=True)
def fast_moto():
    """moto's Query scans every table item; the local stack's speedups (tested to change no answer) skip that."""
    moto_speedups.apply()
    yield
    moto_speedups.undo()


@pytest.fixture
def aws_faults(aws):
    """Installed before the stack exists, so every boto3 client (the product's included) carries the hooks."""
    faults = AwsFaults()
    faults.install()
    yield faults
    faults.uninstall()


@pytest.fixture
def pipeline(aws_faults, stack, monkeypatch, bundled_records) -> FaultPipeline:
    aws_faults.watch(stack)
    return FaultPipeline(stack, monkeypatch, copy.deepcopy(bundled_records[:CORPUS]))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        _tally["ran"] += 1
        _tally["held"] += report.passed


def pytest_terminal_summary(terminalreporter) -> None:
    if _tally["ran"]:
        terminalreporter.write_line(f"fault suite: {_tally['ran']} scenarios, {_tally['held']} held")
