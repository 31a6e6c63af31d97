"""Faults found while reading the last unseen HINT studies (docs/eligibility-review/hint9/: the 15 studies of
data/ctgov/hint.jsonl.xz with 5+ criteria no earlier sample held). Each test holds the general rule on the study's
own sentence."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import eligibility, texts
from trialpages.eligibility import PlainItem, parse_criteria, translate_eligibility
from trialpages.eligibility.parse import kind_of_heading


def _notes_on(item: PlainItem) -> dict[str, str]:
    return {term.term: term.definition for term in item.terms}


_BY_CYCLE = (
    "Inclusion Criteria:\n\nCycle 1:\n\nThe following inclusion criteria must be checked prior to inclusion at Cycle 1:"
    "\n\n1. Female patient of at least 18 years of age.\n2. ECOG Performance Status of 0 or 1.\n\nCycles 2 to 4:\n\n"
    "The following inclusion criteria must be checked prior to inclusion at each repeated cycle:\n\n1. Adequate "
    "hematologic status.\n\nExclusion Criteria:\n\nCycle 1:\n\nThe following exclusion criteria must be checked prior "
    "to inclusion at Cycle 1:\n\n1. Lactating patient.\n\nCycles 2 to 4:\n\nThe following exclusion criteria must be "
    "checked prior to inclusion at each repeated cycle:\n\n1. Started any of the prohibited medications.\n"
)


def test_a_cycle_over_a_list_titles_it_and_is_no_criterion():
    sections = parse_criteria(_BY_CYCLE).sections
    criteria = [criterion.text for section in sections for criterion in section.criteria]
    assert not any(text.startswith("Cycle") for text in criteria)
    assert [(section.kind, section.scope) for section in sections if section.criteria] == [
        ("inclusion", "Cycle 1"),
        ("inclusion", "Cycles 2 to 4"),
        ("exclusion", "Cycle 1"),
        ("exclusion", "Cycles 2 to 4"),
    ]


def test_inclusion_as_the_time_of_joining_does_not_name_the_list():
    assert kind_of_heading("The following exclusion criteria must be checked prior to inclusion at Cycle 1") == (
        "exclusion"
    )
    assert kind_of_heading("Inclusion and exclusion criteria") == "other"


def test_a_misspelt_eligibility_heading_heads_its_own_list():
    sections = parse_criteria(
        "Inclusion Criteria:\n\nEligibility Criteria Specific for Dose Escalation Phase\n\n* Solid tumor malignancy\n\n"
        "Eligibly Criteria Specific for Expansion Phase at Recommended Phase II Dose\n\n* Adenocarcinoma of the "
        "pancreas.\n"
    ).sections
    assert [(section.heading, [c.text for c in section.criteria]) for section in sections if section.criteria] == [
        ("Eligibility Criteria Specific for Dose Escalation Phase", ["Solid tumor malignancy"]),
        (
            "Eligibly Criteria Specific for Expansion Phase at Recommended Phase II Dose",
            ["Adenocarcinoma of the pancreas."],
        ),
    ]


def test_inadequate_organ_function_is_shown_by_any_one_of_its_limits():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Inadequate organ function:\n    * Neutrophils (ANC) < 1,500/mm3\n    * Platelets < "
        "100,000/mm3\n    * INR > 1.6\n"
    )
    assert plain.exclusion[0].children_title == "Your organs do not work well enough, shown by any one of these:"
    adequate = eligibility(
        "Inclusion Criteria:\n\n* Adequate organ function:\n    * ANC ≥ 1,500/mm3\n    * INR ≤ 1.5\n"
    )
    assert adequate.inclusion[0].children_title == "Your organs work well enough, shown by all of these:"


def test_the_rule_for_men_after_the_rule_for_women_is_a_part_of_its_own():
    plain = eligibility(
        "Inclusion Criteria:\n\n* If women: surgically sterile, postmenopausal, or compliant with a highly effective "
        "contraceptive method during the treatment period. If men: surgically sterile or compliant with a highly "
        "effective contraceptive regimen during the treatment period.\n"
    )
    assert [(item.children_title, texts(item.children)) for item in plain.inclusion] == [
        (
            "If women:",
            [
                "Surgically sterile, postmenopausal, or compliant with a highly effective contraceptive method during the "
                "treatment period."
            ],
        ),
        (
            "If men:",
            [
                "Surgically sterile or compliant with a highly effective contraceptive regimen during the treatment "
                "period."
            ],
        ),
    ]


def test_a_planned_transplant_after_the_exceptions_is_no_exception():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Any prior organ transplant with the exception of an autologous renal transplant or a "
        'renal transplant that was subsequently removed ("explanted") or scheduled organ transplantation date\n'
    )
    assert not plain.exclusion[0].children
    assert "scheduled organ transplantation date" in texts(plain.exclusion)[0]


def test_a_granulocyte_count_is_not_the_neutrophil_count():
    plain = eligibility("Exclusion Criteria:\n\n* Absolute granulocyte count < 1000\n")
    assert texts(plain.exclusion) == ["Your granulocyte count is less than 1000."]


def test_a_heart_failure_class_gets_its_own_note_not_a_cancers_stage():
    plain = translate_eligibility(
        {
            "eligibilityCriteria": "Exclusion Criteria:\n\n* New York Heart Association stage 3 or 4 cardiac disease.\n* "
            "Stage IV breast cancer\n"
        },
        conditions=["Breast Cancer"],
    )
    said = _notes_on(plain.exclusion[0])
    assert "how far a cancer has grown" not in " ".join(said.values())
    assert "heart failure" in said["New York Heart Association stage"]
    assert _notes_on(plain.exclusion[1])["stage"] == "how far a cancer has grown or spread"


@pytest.mark.parametrize(
    ("criterion", "kept"),
    [
        # a symbol font's "≥", mangled: at least
        ("Subjects with type 2 diabetes or fasting blood glucose concentration Â³126 mg/dL;", "at least 126 mg/dL"),
        # a medicine the reason's drugs include: its exception, in its sentence
        (
            "Use of non-prescription drugs, except routine vitamins, within 1 week prior to the dose of the test drug. "
            "Occasional use of paracetamol is permitted",
            "drug. Occasional use of paracetamol is permitted",
        ),
        # the doctor's other grounds: more than compliance
        (
            "The participant who, in the opinion of the investigator, is unlikely to comply with the protocol or is "
            "unsuitable for any other reason.",
            "or is unsuitable for any other reason",
        ),
    ],
)
def test_a_reason_keeps_what_a_reading_lost(criterion, kept):
    plain = eligibility(f"Exclusion Criteria:\n\n* {criterion}\n")
    assert not plain.other
    assert kept in texts(plain.exclusion)[0]


def test_an_insulin_pumps_infusion_site_is_under_the_skin():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Have significant lipohypertrophy, lipoatrophy, or scars within the subcutaneous tissue "
        "in areas of infusion or have a history of abscess at an infusion site within the last 90 days.\n"
    )
    said = _notes_on(plain.exclusion[0])
    assert "under the skin" in said["infusion"] and "vein" not in said["infusion"]
    assert "under the skin" in said["infusion site"]
    assert said["lipohypertrophy"] and said["lipoatrophy"]
    elsewhere = eligibility("Exclusion Criteria:\n\n* Prior infusion of CAR-T cells within 30 days\n")
    assert _notes_on(elsewhere.exclusion[0])["infusion"] == "cells given through a vein"  # (hint5-1: NCT02557854)


def test_a_venous_access_device_under_the_skin_is_placed_there_not_injected():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Planned major surgery or subcutaneous venous access device placement within 7 days "
        "prior to enrollment.\n"
    )
    said = _notes_on(plain.exclusion[0])
    assert said["subcutaneous"] == "placed under the skin"
    assert "port" in said["venous access device"]


def test_no_measurable_disease_among_the_exclusions_keeps_you_out():
    plain = eligibility(
        "Exclusion Criteria:\n\n* ECOG performance status > 2\n* No measurable or evaluable tumoral lesion\n"
    )
    assert texts(plain.exclusion)[-1] == "No measurable or evaluable tumoral lesion"
    assert not plain.other


def test_conditions_of_an_unless_joined_by_and_are_all_needed():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Any woman of childbearing potential, unless she:\n    1. Agrees to take measures to "
        "avoid becoming pregnant during the study and\n    2. Has a negative serum pregnancy test within 7 days prior to "
        "starting treatment.\n"
    )
    assert plain.exclusion[0].children_title == "Any woman of childbearing potential, unless she meets all of these:"
