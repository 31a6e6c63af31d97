"""Faults earlier readings noticed and left (docs/eligibility-review/README.md, "Noticed, left alone"). Each test holds
the general rule on the study's own sentence."""

from __future__ import annotations

from tests.eligibility.conftest import eligibility


def test_headings_for_each_randomisation_and_sub_study_name_groups():
    # NCT02724163: every inclusion heading is one randomisation's or sub-study's, under "all of these are true".
    plain = eligibility(
        "Inclusion Criteria:\n\nInclusion criteria for trial entry:\n\n* Age <18 years at trial entry.\n\n"
        "Inclusion criteria for participation in the gemtuzumab ozogamicin dose finding study:\n\n"
        "* Patient meets the inclusion criteria for trial entry.\n\n"
        "Inclusion criteria for participation in R3:\n\n* Induction treatment as per protocol.\n\n"
        "Exclusion Criteria:\n\n* Pregnancy\n"
    )
    assert plain.inclusion_by_group == "all"
    assert plain.exclusion_by_group is None


def test_group_headings_beside_everyones_criteria_are_some_of_the_list():
    plain = eligibility(
        "Inclusion Criteria:\n\n* Adults\n* Signed consent\n\nFor Part I:\n\n* No prior chemotherapy\n\n"
        "For Part II:\n\n* Relapsed after first-line therapy\n"
    )
    assert plain.inclusion_by_group == "some"
    assert [item.children_title for item in plain.inclusion] == [None, None, "For Part I:", "For Part II:"]
    one_heading = eligibility("Inclusion Criteria:\n\n* Adults\n\nFor Part I:\n\n* No prior chemotherapy\n")
    assert one_heading.inclusion_by_group is None
