"""Ages as the registry's criteria write them, read into one Age fact and said plainly (people.py)."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import assert_not_read_as, assert_written, read
from trialpages.eligibility.comparators import canonical_comparisons
from trialpages.eligibility.glance import at_a_glance
from trialpages.eligibility.translate import translate_eligibility

AGES = [
    ("NCT00405041", "Participants' age: 18 - 75 years.", "age-range", "You are 18 to 75 years old."),
    (
        "NCT04623840",
        "The age of participants will range from 40-50 years old.",
        "age-range",
        "You are 40 to 50 years old.",
    ),
    ("NCT04219462", "The age of patients will be between 40- 60 years.", "age-range", "You are 40 to 60 years old."),
    ("NCT05955001", "Patients' age at least 40 years", "age-minimum", "You are 40 years old or older."),
    ("NCT02120703", "30-60 years age", "age-range", "You are 30 to 60 years old."),
    ("NCT05536635", "Are 18-50 Age", "age-range", "You are 18 to 50 years old."),
    ("NCT02587988", "At least 19 age", "age-minimum", "You are 19 years old or older."),
    ("NCT02795884", "Age to be at least 19 years old", "age-minimum", "You are 19 years old or older."),
    ("NCT01901029", "Have reached 18 years old", "age-minimum", "You are 18 years old or older."),
    ("NCT04406259", "Patient 18 years old, and older", "age-minimum", "You are 18 years old or older."),
    ("NCT05233254", "Being between the ages of 18-65", "age-range", "You are 18 to 65 years old."),
    ("NCT05650866", "Men of ages between 30-70 years", "age-range", "You are male and 30 to 70 years old."),
    ("NCT04114240", "Age > or equal 18 years", "age-minimum", "You are 18 years old or older."),
    (
        "NCT02381912",
        "Men and women older or equal to 40 years of age",
        "age-minimum",
        "You are 40 years old or older, male or female.",
    ),
    (
        "NCT06540651",
        "Male or female, of 18 years old or more",
        "age-minimum",
        "You are 18 years old or older, male or female.",
    ),
    (
        "NCT06448416",
        "Patient, male or female, over 18 years old",
        "age-minimum",
        "You are more than 18 years old, male or female.",
    ),
    ("NCT02310828", "18-65 years male/female", "age-range", "You are 18 to 65 years old, male or female."),
    (
        "NCT05286957",
        "Patient with age at least 18 years old, gender is not limited.",
        "age-minimum",
        "You are 18 years old or older, male or female.",
    ),
    (
        "NCT05304754",
        "Patients of both sexes with age at most 21 years.",
        "age-minimum",
        "You are 21 years old or younger, male or female.",
    ),
    (
        "NCT06001671",
        "Age at least 18 years and no limit on the gender.",
        "age-minimum",
        "You are 18 years old or older, male or female.",
    ),
    ("NCT04272125", "All genders, ages: 3 to 75 years", "age-range", "You are 3 to 75 years old, male or female."),
    (
        "NCT02349698",
        "Gender unlimited, age from 4 years to 75 years.",
        "age-range",
        "You are 4 years to 75 years old, male or female.",
    ),
    (
        "NCT05372419",
        "Participants must be at least 12 years of age inclusive, at the time of signing the informed consent/assent.",
        "age-minimum",
        "You are 12 years old or older when you sign the consent form.",
    ),
    # Exclusions: a label that says old or young, with its limit in brackets.
    ("NCT01406860", "Advanced age (more than 65 yrs)", "age-minimum", "You are more than 65 years old."),
    ("NCT02573805", "Advanced age (at least 65)", "age-minimum", "You are 65 years old or older."),
    ("NCT06277063", "Pediatric patients (under 6 years old)", "age-minimum", "You are less than 6 years old."),
    ("NCT00563511", "Children and teenagers (aged below 18)", "age-minimum", "You are less than 18 years old."),
    # The young and the old: "and" between them can only mean either.
    (
        "NCT04506658",
        "Age under 18 and over 79 years old",
        "age-range",
        "You are less than 18 or more than 79 years old.",
    ),
    (
        "NCT05679999",
        "Patients under 40 years of age and over 70 years old",
        "age-range",
        "You are less than 40 years or more than 70 years old.",
    ),
    (
        "NCT00555087",
        "People less than 18 years old and older than 70 years.",
        "age-range",
        "You are less than 18 years or more than 70 years old.",
    ),
    (
        "NCT00000000",
        "Age more than 80 years or less than 18 years",
        "age-range",
        "You are less than 18 years or more than 80 years old.",
    ),
    ("NCT00000000", "Age below 18 or above 75 years", "age-range", "You are less than 18 or more than 75 years old."),
    # An age when the disease was found, said in the past.
    (
        "NCT05848687",
        "Patient is at most 365 days of age at the time of diagnosis.",
        "age-minimum",
        "You were 365 days old or younger when you were diagnosed.",
    ),
    (
        "NCT06620835",
        "Age 18 years or older at diagnosis.",
        "age-minimum",
        "You were 18 years old or older when you were diagnosed.",
    ),
    (
        "NCT06521710",
        "Patients aged less than 18 years at diagnosis",
        "age-minimum",
        "You were less than 18 years old when you were diagnosed.",
    ),
]


@pytest.mark.parametrize(("nct", "source", "rule", "plain"), AGES)
def test_an_age_however_written_is_read_and_said_with_its_limits(nct, source, rule, plain):
    assert_written(nct, read(source), "inclusion", rule, plain)


@pytest.mark.parametrize(
    "source",
    [
        "Advanced age (under 65 years)",  # the label says old, its limit young
        "Pediatric patients (over 6 years old)",
        "Age more than 18 or less than 80 years",  # no age is neither: not a rule anyone wrote
        "Age less than 18 and less than 70 years",
    ],
)
def test_an_age_whose_words_disagree_with_its_limits_is_not_read(source):
    assert_not_read_as(source, "age-range", "age-minimum")


def test_or_more_than_joins_two_limits_and_is_not_a_trailing_at_least():
    assert canonical_comparisons("less than 18 or more than 70") == "less than 18 or more than 70"
    assert canonical_comparisons("below 18 or above 75 years") == "less than 18 or more than 75 years"
    assert canonical_comparisons("score equal or greater than 20") == "score at least 20"
    assert canonical_comparisons("aged 18 or above") == "aged 18 at least"


def test_an_age_at_diagnosis_is_no_limit_on_the_age_at_a_glance():
    module = {
        "eligibilityCriteria": "Inclusion Criteria:\n\n* Patient is at most 365 days of age at the time of diagnosis.\n",
        "maximumAge": "18 Months",
    }
    plain = translate_eligibility(module)
    assert [item.text for item in plain.inclusion] == ["You were 365 days old or younger when you were diagnosed."]
    assert at_a_glance(module, plain.inclusion).ages == "Up to 18 months"
