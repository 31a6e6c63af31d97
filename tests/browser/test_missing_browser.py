"""A missing browser or checker fails the browser tests instead of skipping them unnoticed."""

from __future__ import annotations

import pytest

from tests.browser.conftest import SKIP_IF_MISSING, _require


def test_a_missing_browser_fails_the_run_even_without_ci_set(monkeypatch, tmp_path):
    monkeypatch.delenv("CI", raising=False)  # .ci/run does not set it
    monkeypatch.delenv(SKIP_IF_MISSING, raising=False)
    with pytest.raises((pytest.fail.Exception, pytest.skip.Exception), match="is missing") as outcome:
        _require(str(tmp_path / "chromium"))
    assert outcome.type is pytest.fail.Exception


def test_skipping_for_a_missing_browser_must_be_asked_for(monkeypatch, tmp_path):
    monkeypatch.setenv(SKIP_IF_MISSING, "1")
    with pytest.raises(pytest.skip.Exception, match=SKIP_IF_MISSING):
        _require(str(tmp_path / "chromium"))
