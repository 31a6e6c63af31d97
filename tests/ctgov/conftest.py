from __future__ import annotations

import pytest
from trialpages_dev.fake_registry import FakeRegistry

from trialpages.ctgov.client import RegistryClient


class FakeTime:
    """A clock that only moves when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def registry(bundled_records) -> FakeRegistry:
    return FakeRegistry(bundled_records, data_timestamp="2026-11-20T09:00:00")


@pytest.fixture
def client(registry, fake_time) -> RegistryClient:
    # No minimum gap here, so the sleeps the tests see are the retries' alone.
    return RegistryClient(
        transport=registry.transport(), min_interval_s=0, sleep=fake_time.sleep, clock=fake_time.clock
    )
