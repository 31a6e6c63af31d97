"""Shared fixtures: moto AWS built from template.yaml, the bundled records, the fake registry."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import boto3
import pytest
from moto import mock_aws
from trialpages_dev import project
from trialpages_dev.local.handlers import LocalLambdaContext, load_event, load_handler  # noqa: F401
from trialpages_dev.local.stack import load_template, provision
from trialpages_dev.records import load_records

from trialpages.aws.clients import reset_clients
from trialpages.services import lookup_api

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def bundled_records() -> list[dict]:
    return load_records()


def _unseen_bundle(name: str, about: str):
    """A session fixture `name` loading data/ctgov's bundle of that name (trialpages_dev.project.<name>)."""

    @pytest.fixture(scope="session", name=name)
    def bundle() -> list[dict]:
        return load_records(getattr(project, name)())

    bundle.__doc__ = about
    return bundle


# Records no rule was written on: where the corpus-wide checks also run.
outside_records = _unseen_bundle(
    "outside_records", "52 real records outside the bundled set, from saved list responses."
)
trialgpt_records = _unseen_bundle("trialgpt_records", "Criteria of 101 more studies, from the TrialGPT benchmark.")
ctparser_records = _unseen_bundle(
    "ctparser_records", "Criteria of 20 more studies, from Clinical Trial Parser's sample."
)
exports_records = _unseen_bundle(
    "exports_records", "Real API v2 criteria of 217 more studies, from two public exports."
)
hint_records = _unseen_bundle("hint_records", "Criteria of 200 more drug trials, from the HINT benchmark.")
hint2_records = _unseen_bundle(
    "hint2_records", "Criteria of 30 more drug trials, a second sample of the HINT benchmark."
)
hint3_records = _unseen_bundle(
    "hint3_records", "Criteria of 30 more drug trials, a third sample of the HINT benchmark."
)
hint4_records = _unseen_bundle(
    "hint4_records", "Criteria of 30 more drug trials, a fourth sample of the HINT benchmark."
)
hint5_records = _unseen_bundle(
    "hint5_records", "Criteria of 30 more drug trials, a fifth sample of the HINT benchmark."
)
hint6_records = _unseen_bundle(
    "hint6_records", "Criteria of 30 more drug trials, a sixth sample of the HINT benchmark."
)
hint7_records = _unseen_bundle(
    "hint7_records", "Criteria of 30 more drug trials, a seventh sample of the HINT benchmark."
)
downloads_records = _unseen_bundle(
    "downloads_records", "Real API v2 criteria of 186 more studies, from four public 'Download → JSON' files."
)


class CopiedOnRead(Sequence):
    """The bundled records, each deep-copied the first time a test reads it: free to mutate, and a
    test that reads ten records copies ten, not the corpus."""

    def __init__(self, originals: list[dict]) -> None:
        self._originals = originals
        self._copies: dict[int, dict] = {}

    def __len__(self) -> int:
        return len(self._originals)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        position = range(len(self))[index]
        if position not in self._copies:
            self._copies[position] = copy.deepcopy(self._originals[position])
        return self._copies[position]


@pytest.fixture
def records(bundled_records) -> CopiedOnRead:
    """The bundled records as a private copy, free to mutate."""
    return CopiedOnRead(bundled_records)


@pytest.fixture(scope="session")
def template() -> dict:
    return load_template()


_AWS_TEST_ENVIRONMENT = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
}


@contextmanager
def _moto(patch: pytest.MonkeyPatch) -> Iterator[None]:
    for name, value in _AWS_TEST_ENVIRONMENT.items():
        patch.setenv(name, value)
    patch.delenv("AWS_ENDPOINT_URL", raising=False)
    reset_clients()
    with mock_aws():
        yield
    reset_clients()


@pytest.fixture
def aws(monkeypatch):
    with _moto(monkeypatch):
        yield


# What the test stacks' pages name as their address (the SiteUrl parameter).
SITE_URL = "https://trialpages.example"


def _provision(template: dict, patch: pytest.MonkeyPatch):
    created = provision(
        template,
        s3=boto3.client("s3"),
        sqs=boto3.client("sqs"),
        dynamodb=boto3.client("dynamodb"),
        parameters={"SiteUrl": SITE_URL},
    )
    for function in created.functions():
        for name, value in created.function_environment(function).items():
            patch.setenv(name, value)
    # Each stack generates its own CDN secret: the lookup function reads this one, not an earlier stack's.
    lookup_api.reset()
    return created


@pytest.fixture
def stack(aws, template, monkeypatch):
    """The template's buckets, queues and tables on moto, and every function's environment set."""
    return _provision(template, monkeypatch)


@pytest.fixture(scope="module")
def module_stack(template):
    """One stack for all the tests of a module that only read it (a module overrides `stack` with it):
    seeding an index is most of such a test's time."""
    with pytest.MonkeyPatch.context() as patch, _moto(patch):
        yield _provision(template, patch)


class FakeLambdaContext(LocalLambdaContext):
    def __init__(self, remaining_ms: int = 300_000) -> None:
        super().__init__("trialpages-test", timeout_s=remaining_ms / 1000)


@pytest.fixture
def lambda_context() -> FakeLambdaContext:
    return FakeLambdaContext()


@pytest.fixture
def service_log():
    """The log records of the `trialpages` service logger (Powertools does not propagate to caplog)."""
    import logging

    records: list[logging.LogRecord] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Collect()
    logger = logging.getLogger("trialpages")
    logger.addHandler(handler)
    yield records
    logger.removeHandler(handler)


# The fault-injection suite's tally (tests/faults): kept here, where xdist's controller sees every report.
FAULT_SCENARIO = "tests/faults/test_fault_scenarios.py::test_pipeline_settles_with_every_invariant_held["
_fault_tally = {"ran": 0, "held": 0}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if not report.nodeid.startswith(FAULT_SCENARIO):
        return
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        _fault_tally["ran"] += 1
        _fault_tally["held"] += report.passed


def pytest_terminal_summary(terminalreporter) -> None:
    if _fault_tally["ran"]:
        terminalreporter.write_line(f"fault suite: {_fault_tally['ran']} scenarios, {_fault_tally['held']} held")


# Markers by what a test needs: `integration` (moto: it uses the `aws` fixture, directly or through
# `stack`, or `module_stack`), `unit` (neither), `browser` and `slow` (set by the tests). `make test` runs them all;
# `make test-fast` leaves out browser and slow.
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        uses_moto = not {"aws", "module_stack"}.isdisjoint(getattr(item, "fixturenames", ()))
        item.add_marker(pytest.mark.integration if uses_moto else pytest.mark.unit)
