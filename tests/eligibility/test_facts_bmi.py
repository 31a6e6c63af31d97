"""A body mass index range, however the study writes it (conditions.py `bmi-range`)."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import assert_not_read_as, assert_written, read

RANGES = [
    ("NCT00090376", "Body Mass Index (BMI) within the 18-34.9 kg/m2 range.", "Your BMI is 18 to 34.9 kg/m2."),
    (
        "NCT05932303",
        "Body mass index (BMI) of 18.0 kilograms per meter squared (kg/m^2) through 32.0 kg/m^2, inclusive.",
        "Your BMI is 18.0 to 32.0 kg/m2.",
    ),
    (
        "NCT05976503",
        "Body mass index (BMI) in the range of 19.0~26.0kg/m^2 (including the critical value)",
        "Your BMI is 19.0 to 26.0 kg/m2.",
    ),
    # The study's own words for the range stay with it.
    (
        "NCT02700152",
        "BMI interval: BMI between 22 to 30 (normal to overweight, but not obese).",
        "Your BMI is 22 to 30 (normal to overweight, but not obese).",
    ),
    (
        "NCT02999763",
        "BMI interval: BMI from 18.5 to 30 (normal to overweight, but not obese).",
        "Your BMI is 18.5 to 30 (normal to overweight, but not obese).",
    ),
]


@pytest.mark.parametrize(("nct", "source", "plain"), RANGES)
def test_a_bmi_range_is_read_with_its_unit_and_its_own_words(nct, source, plain):
    assert_written(nct, read(source), "inclusion", "bmi-range", plain)


def test_a_bmi_range_whose_ends_are_the_wrong_way_round_is_not_read():
    assert_not_read_as("BMI between 30 and 18 kg/m2", "bmi-range")
