"""Digits are ASCII digits: an id, a date or a number written with other scripts' digits is a 400, never a lookup."""

from __future__ import annotations

import pytest

from trialpages.lookup.search_terms import age_in_years
from trialpages.study.raw import integer


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/v1/studies/NCT٠٤٢٦٧٨٤٨", {}),  # Arabic-Indic digits
        ("/v1/studies/NCT０４２６７８４８", {}),  # full-width digits
        ("/v1/changes", {"since": "２０２４-01-01"}),
        ("/v1/changes", {"since": "2024-02-31"}),  # not a calendar day
        ("/v1/studies", {"near": "4٠.0,-75.0"}),
    ],
)
def test_other_scripts_digits_and_impossible_dates_are_refused(api, path, params):
    answer = api(path, params)
    assert answer["statusCode"] == 400, answer["body"]
    assert answer["headers"]["Content-Type"] == "application/problem+json"


def test_a_superscript_or_foreign_digit_is_not_a_number_in_a_record():
    assert integer("²") is None and integer("١٢") is None and integer(" 12 ") == 12


def test_a_registry_age_in_other_digits_sets_no_age_limit():
    assert age_in_years("١٨ Years") is None and age_in_years("18 Years") == 18.0
