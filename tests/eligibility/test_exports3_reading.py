"""Faults a third unseen reading found (docs/eligibility-review/exports3/: 24 more studies' API v2 criteria of
data/ctgov/exports.jsonl.xz), and one its re-reading of downloads1c found again. Each test holds the general rule on
the study's own sentence."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import notes, texts
from trialpages.eligibility import translate_eligibility


def eligibility(criteria: str):
    return translate_eligibility({"eligibilityCriteria": criteria})


def test_a_run_of_or_lines_after_an_or_line_is_one_choice_and_what_follows_is_everyones():
    plain = eligibility(
        "Inclusion Criteria:\n\n- Known BRCA1 or BRCA2 carrier.\n\nOR\n\n"
        "* With life time risk of 30% or higher OR\n* 5-years risk ≥ 6% for women 40-64 OR\n"
        "* Patients with history of chest wall radiation received before age 35.\n"
        "* Must be at least 25 years old.\n* Willing to travel to participating site for imaging studies.\n"
    )
    sets, age, travel = plain.inclusion
    assert sets.children_title == "Only one of these sets needs to be true:"
    second = sets.children[1]
    assert second.children_title == "Or one of these:" and second.children_joins == "any"
    assert len(second.children) == 3
    assert age.text == "You are 25 years old or older."
    assert travel.text is not None and travel.text.startswith("Willing to travel")


def test_an_allowance_under_an_exclusion_whose_unless_is_said_whole_goes_to_the_notes():
    plain = eligibility(
        "Exclusion Criteria\n\n* History of dye allergy unless it can be mediated with antihistamines and/or steroids\n\n"
        "  * Women can be taking hormone replacement therapy, tamoxifen or raloxifene as adjuvant therapy.\n"
    )
    assert texts(plain.exclusion) == [
        "History of dye allergy unless it can be mediated with antihistamines and/or steroids"
    ]
    assert any(text.startswith("Women can be taking") for text in texts(plain.other))


@pytest.mark.parametrize(
    ("reason", "note"),
    [
        ("History of adrenalectomy", "At discretion of the PI, laboratory tests may be repeated once."),
        (
            "Planning to undergo pessary fitting °",
            "Those on antibiotics for urinary tract infection will be eligible for enrollment 2 weeks after completing "
            "antibiotic therapy",
        ),
    ],
)
def test_a_reason_typed_over_its_footnote_stays_a_reason_and_the_footnote_goes_to_the_notes(reason, note):
    plain = eligibility(f"Exclusion Criteria:\n\n* Pelvic surgery within the past 6 months\n* {reason}\n\n  * {note}\n")
    assert texts(plain.exclusion)[-1] == reason.rstrip(" °")
    assert any(text.startswith(note[:30]) for text in texts(plain.other))


def test_footnotes_under_the_last_exclusion_of_a_list_with_its_own_sentence_still_go_to_the_notes():
    plain = eligibility(
        "Exclusion Criteria: The person who meet any of the following criteria will be excluded from the study.\n\n"
        "1. Patients with uncontrolled thyroid disease\n"
        "2. Patients who have been determined inappropriate by the investigator, etc\n\n"
        "   * 1 Acceptable contraceptive methods: oral contraceptive hormones or barrier methods with spermicides\n"
    )
    assert texts(plain.exclusion)[-1] == "Patients who have been determined inappropriate by the investigator, etc"
    other = texts(plain.other)
    assert any(text.startswith("1 Acceptable contraceptive methods") for text in other)
    assert plain.other[0].children_title is None or "excluded" not in plain.other[0].children_title


def test_a_bare_link_is_not_a_reason():
    plain = eligibility("Exclusion Criteria:\n\n* Pelvic surgery\n* https://example.org/surveys/?s=ABC123\n")
    assert texts(plain.exclusion) == ["Pelvic surgery"]


@pytest.mark.parametrize(
    ("text", "term", "sense"),
    [
        (
            "use of synthetic cathinones (bath salts), synthetic cannabinoids (K2, Spice)",
            "synthetic cannabinoids",
            "K2",
        ),
        ("Unresponsive to conservative care for a minimum of 6 months", "conservative care", "without surgery"),
    ],
)
def test_notes_take_the_sense_of_the_third_readings_studies(text, term, sense):
    assert sense in notes(text)[term]


def test_a_more_conservative_approach_is_a_comparison_not_treatment_without_surgery():
    assert "conservative treatment" not in notes("too medically complex for a more conservative treatment approach")
