"""Tests that only read the index: each module shares one stack, the chosen studies indexed and their
search postings packed, instead of seeding its own for every test (most of such a test's time)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def stack(module_stack):
    return module_stack


@pytest.fixture(scope="module")
def indexed(shared_index):
    return shared_index
