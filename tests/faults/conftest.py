"""Fault-injection suite: a dozen bundled studies through the whole pipeline on in-process moto.

Every scenario breaks something, lets the pipeline settle and checks the invariants
(tests/faults/invariants.py); tests/conftest.py prints how many ran and held (there, so that the
line shows under xdist too, whose controller loads only the top conftest). The suite's own modules
are imported inside the fixtures: a conftest that fails to import would stop the whole run.
"""

from __future__ import annotations

import copy

import pytest

CORPUS = 12  # a dozen studies: two queue batches and several detect pages, and a suite that stays fast


@pytest.fixture(autouse=True)
def fast_moto():
    """The local stack's speedups (tested to change no answer)."""
    from trialpages_dev.local import moto_speedups

    moto_speedups.apply()
    yield
    moto_speedups.undo()


@pytest.fixture
def aws_faults(aws):
    """Installed before the stack exists, so every boto3 client (the product's included) carries the hooks."""
    from tests.faults.aws_faults import AwsFaults

    faults = AwsFaults()
    faults.install()
    yield faults
    faults.uninstall()


@pytest.fixture
def pipeline(aws_faults, stack, monkeypatch, bundled_records):
    from tests.faults.harness import FaultPipeline

    aws_faults.watch(stack)
    return FaultPipeline(stack, monkeypatch, copy.deepcopy(bundled_records[:CORPUS]))
