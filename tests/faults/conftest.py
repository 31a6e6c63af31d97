"""Fault-injection suite: a few dozen bundled studies through the whole pipeline on in-process moto.

Every test here is a scenario: it breaks something, lets the pipeline settle and checks the
invariants (tests/faults/invariants.py). The terminal summary says how many ran and held.
"""

from __future__ import annotations

import copy

import pytest

from tests.faults import moto_transactions
from tests.faults.aws_faults import AwsFaults
from tests.faults.harness import FaultPipeline
from trialpages.local import moto_speedups

CORPUS = 12  # a dozen studies: two queue batches and several detect pages, and a suite that stays fast

SCENARIO_TEST = "test_pipeline_settles_with_every_invariant_held"
_tally = {"ran": 0, "held": 0}


@pytest.fixture(autouse=True)
def fast_moto():
    """The local stack's speedups (tested to change no answer), and transactions that back up only what they touch."""
    moto_speedups.apply()
    moto_transactions.apply()
    yield
    moto_transactions.undo()
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
    if f"::{SCENARIO_TEST}[" not in report.nodeid:
        return
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        _tally["ran"] += 1
        _tally["held"] += report.passed


def pytest_terminal_summary(terminalreporter) -> None:
    if _tally["ran"]:
        terminalreporter.write_line(f"fault suite: {_tally['ran']} scenarios, {_tally['held']} held")
