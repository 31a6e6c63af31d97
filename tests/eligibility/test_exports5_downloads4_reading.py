"""Faults two more unseen readings found (docs/eligibility-review/exports5/ and downloads4/: 24 studies each of
data/ctgov/exports.jsonl.xz and downloads.jsonl.xz). Each test holds the general rule on the study's own sentence."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import eligibility, notes, texts


def test_conditions_under_a_lead_in_about_drugs_are_not_said_as_taken():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Use of Alcohol or Drugs as specified:\n"
        "    * Nocturia that causes awakening from sleep\n    * Known sleep walking\n"
    )
    said = texts(plain.exclusion)
    assert "Nocturia that causes awakening from sleep" in said and "Known sleep walking" in said
    assert not any(text.startswith("You take") for text in said)


def test_medicines_under_a_lead_in_about_drugs_are_still_said_as_taken():
    plain = eligibility("Exclusion Criteria:\n\n* Concomitant medication:\n    * Warfarin\n    * Cocaine\n")
    assert texts(plain.exclusion) == ["You take warfarin or cocaine."]


def test_people_named_last_under_a_lead_in_are_not_what_you_have():
    plain = eligibility("Exclusion Criteria:\n\n* Medical conditions:\n    * Bedridden participants.\n")
    assert not any("have bedridden" in text for text in texts(plain.exclusion))


def test_a_willingness_among_the_exclusions_is_a_requirement_not_a_reason():
    willing = "Willingness not to use any other application which collects heart rate data on the phone."
    plain = eligibility(f"Exclusion Criteria:\n\n* Diagnosis of dementia\n* {willing}\n")
    assert willing not in texts(plain.exclusion)
    assert willing in texts(plain.other)


def test_a_condition_present_as_long_as_it_is_not_the_main_one_is_an_allowance():
    allowed = (
        "General Anxiety Disorder/social anxiety can be present as long as they are not the main disorder requiring "
        "treatment."
    )
    plain = eligibility(f"Exclusion Criteria:\n\n* Diagnosis of dementia\n* {allowed}\n")
    assert allowed not in texts(plain.exclusion)
    assert allowed in texts(plain.other)


def test_a_second_exception_after_an_other_than_keeps_the_criterion_whole():
    criterion = "Has any autoimmune disease other than T1D with the exception of stable thyroid or celiac disease"
    plain = eligibility(f"Exclusion Criteria:\n\n* {criterion}\n")
    assert texts(plain.exclusion) == [criterion]


def test_a_criterion_pointing_to_its_list_keeps_the_list_under_it():
    plain = eligibility(
        "Exclusion Criteria:\n\n"
        '9. Any of the following that may be associated with an increased risk osteoporosis (if "Yes" to any of the '
        "below risk factors, a DEXA Scan is required to determine eligibility). If the level of bone mineral density "
        "(BMD) on DEXA scan is a T score of -2.5 or worse the subject is ineligible for the study.\n\n"
        "   * Postmenopausal female who has sustained a non-traumatic hip, spine, or wrist fracture.\n"
        "   * Taking bisphosphonate medication for the treatment of osteoporosis.\n"
        "10. Overt or active systemic infection.\n"
    )
    risk, infection = plain.exclusion
    assert risk.text is not None and risk.text.startswith("Any of the following")
    assert risk.children_title == "The list it points to:" and len(risk.children) == 2
    assert infection.text is not None and "infection" in infection.text


def test_a_choice_on_its_own_line_goes_on_the_numbering_its_item_began_inline():
    plain = eligibility(
        "Inclusion Criteria:\n\n"
        "3. High risk is defined as any one of the following. (i) Four or more involved lymph nodes. (ii) Tumor size "
        ">5 cm and at least one positive lymph node.\n\n   (iii) Diagnosis of Inflammatory Breast Cancer.\n"
        "4. Signed informed consent.\n"
    )
    high_risk = plain.inclusion[0]
    assert high_risk.text is not None and high_risk.text.endswith("(iii) Diagnosis of Inflammatory Breast Cancer.")
    assert not high_risk.children


def test_a_lead_in_with_its_first_member_run_on_keeps_its_members_apart():
    plain = eligibility(
        "Inclusion Criteria:\n\n• Adequate hematopoietic function: (i) Hemoglobin ≥10.0 g/dL.\n\n"
        "(ii) Absolute neutrophil count ≥1000 cells/mm^3.\n\n(iii) Platelet count ≥100,000/mm^3.\n"
    )
    assert len(plain.inclusion) == 1 and len(plain.inclusion[0].children) == 3


def test_a_bare_spinal_fracture_is_one_you_have():
    plain = eligibility("Exclusion Criteria:\n\n* Spinal Fracture\n* History of vertebral fracture\n")
    assert texts(plain.exclusion) == [
        "You have a broken bone in the spine.",
        "You have had a broken bone in the spine.",
    ]


def test_a_comparison_said_in_words_and_in_its_sign_is_said_once():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Intolerance to the drugs (e.g. absolute neutrophil count less than <1000/mm3)\n"
    )
    assert texts(plain.exclusion) == ["Intolerance to the drugs (e.g. absolute neutrophil count less than 1000/mm3)"]


@pytest.mark.parametrize(
    ("text", "about", "term", "sense"),
    [
        ("Co-morbid medical condition of the spine or upper extremities", "", "upper extremities", "the arms"),
        ("Lumbar intervertebral foraminal stenosis", "", "intervertebral foraminal stenosis", "where the nerves leave"),
        (
            "Other known pathologies that might affect muscle biology/ morphology",
            "",
            "morphology",
            "shape and structure",
        ),
        ("Morphologically confirmed diagnosis of AML", "", "morphologically", "cells under a microscope"),
        ("Presence of an indwelling pain device (e.g., intrathecal opioid pump)", "", "indwelling", "implanted device"),
        ("Inadequate response to 1 adequate trial of ADT", "Depression", "ADT", "antidepressant"),
        ("Prostate cancer on ADT", "Prostate Cancer", "ADT", "androgen deprivation"),
        ("Patients presented with motor deficit", "Lumbar Disc Herniation", "motor deficit", "weakness of muscles"),
        ("Ongoing CMV infection with a viremia > 200 IU/mL", "Kidney Transplant", "IU", "virus in the blood"),
        (
            "Nonadherence to use of induction and/or maintenance immunosuppressive therapies",
            "Kidney Transplant",
            "induction",
            "rejecting",
        ),
        ("Has a positive UDS for opioids at screening", "Opioid Use Disorder", "UDS", "urine"),
        ("Prior radical mastectomy", "Breast Cancer", "radical mastectomy", "muscles under it"),
        ("HER-2 negative breast cancer", "Breast Cancer", "HER-2 negative", "HER2"),
    ],
)
def test_notes_take_the_sense_of_the_fifth_and_sixth_readings_studies(text, about, term, sense):
    assert sense in notes(text, about)[term]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Decreased muscle strength of at least one level on the clinical evaluation 0 to 5 scale.", "level"),
        ("Other conditions (specific reasons should be indicated).", "indicated"),
    ],
)
def test_no_note_in_a_sense_the_readings_sentences_do_not_use(text, term):
    assert term not in notes(text)


def test_induction_beside_a_cancer_regimen_keeps_its_cancer_sense():
    said = notes(
        "Note: one line can contain several phases (e.g., induction, with or without stem cell transplant, consolidation and maintenance therapy)"
    )
    assert "remission" in said["induction"]


def test_a_metabolic_disorder_is_not_explained_by_diabetes():
    assert (
        "diabetes"
        not in notes("A history of an endocrine or metabolic disorder known to affect osteogenesis")[
            "metabolic disorder"
        ]
    )
