"""At a glance: the registry's ages in words, and only the facts that are rules for everyone."""

from __future__ import annotations

import pytest

from trialpages.eligibility import translate_eligibility
from trialpages.eligibility.glance import registry_ages


@pytest.mark.parametrize(
    ("low", "high", "said"),
    [
        ("18 Years", "130 Years", "18 years and older"),  # 130: the registry's "no limit"
        ("18 Years", "99 Years", "18 years and older"),  # and 99 (NCT04524416 and 20 more)
        ("18 Years", None, "18 years and older"),
        ("18 Years", "65 Years", "18 to 65 years"),
        ("6 Months", "17 Years", "6 months to 17 years"),
        (None, "1 Year", "Up to 1 year"),
        (None, None, "No age limits given"),
    ],
)
def test_registry_ages_in_words(low, high, said):
    assert registry_ages(low, high) == said


def test_ages_that_disagree_with_the_age_criterion_are_both_shown():
    plain = translate_eligibility(
        {"minimumAge": "18 Years", "eligibilityCriteria": "Inclusion Criteria:\n\n* Age ≥ 20 years"}
    )
    assert plain.at_a_glance.ages == "18 years and older (the criteria say 20 years and older)"


def test_an_upper_age_the_criteria_leave_out_is_shown_beside_them():
    # NCT00667979 (review of sample 8): the registry says 18 to 64, the criteria "Men >= 18 years of age"; a reader of
    # 70 sees "You are 18 years old or older" in the list.
    plain = translate_eligibility(
        {
            "minimumAge": "18 Years",
            "maximumAge": "64 Years",
            "eligibilityCriteria": "Inclusion Criteria:\n\n* Men >= 18 years of age",
        }
    )
    assert plain.at_a_glance.ages == "18 to 64 years (the criteria say 18 years and older)"


def test_glance_facts_come_only_from_rules_for_everyone():
    plain = translate_eligibility(
        {
            "eligibilityCriteria": (
                "Inclusion Criteria:\n\n* Histologically confirmed prostate adenocarcinoma\n* Cohort A:\n"
                "  * ECOG performance status 0-1\n"
            )
        }
    )
    assert [fact.text for fact in plain.at_a_glance.facts] == [
        "A tissue test has shown that you have prostate cancer (adenocarcinoma)."
    ]
