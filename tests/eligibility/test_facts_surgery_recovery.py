"""Recovery from surgery (facts/surgery_recovery.py): not yet recovered is a reason to be left out, recovered is a
requirement; how fully, which surgery and the moment counted are kept."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import assert_not_read_as, assert_written, read


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            "Has not adequately recovered from major surgery or has ongoing surgical complications",
            "exclusion",
            "You have not recovered well enough from major surgery, or you have ongoing problems from surgery (surgical "
            "complications).",
        ),
        (
            "Incomplete recovery from any surgery prior to the start of study treatment",  # NCT04603807
            "exclusion",
            "You have not fully recovered from any surgery before you start the study treatment.",
        ),
        (
            "Participants must have recovered from any major surgery",
            "inclusion",
            "You have recovered from any major surgery.",
        ),
    ],
)
def test_recovery_from_surgery_is_said_with_how_fully_and_when(source, kind, plain):
    assert_written("NCT04603807", read(source), kind, "surgery-recovery", plain)


@pytest.mark.parametrize(
    "source",
    [
        "Has not recovered from the side effects of chemotherapy",  # a treatment's side effects: side_effects.py
        "Has not recovered from major surgery within 4 weeks",  # a window whose start is not plain
        "Recovered from surgery on the study eye",  # a place
    ],
)
def test_recovery_from_anything_else_or_with_more_said_is_not_read(source):
    assert_not_read_as(read(source), "surgery-recovery")
