"""Faults two more unseen readings found (docs/eligibility-review/exports8/ and hint3/: 24 studies each of
data/ctgov/exports.jsonl.xz and hint.jsonl.xz). Each test holds the general rule on the study's own sentence."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import eligibility, notes
from trialpages.eligibility import parse_criteria
from trialpages.eligibility.facts import recognise


def test_a_heading_joined_by_an_underscore_is_a_heading():
    parsed = parse_criteria("Inclusion_Criteria:\n\n1. Adult\n\nExclusion_Criteria:\n\n1. Patients with COPD\n")
    assert [section.kind for section in parsed.sections] == ["inclusion", "exclusion"]


def test_phase_1_criteria_are_not_one_of_the_criteria():
    parsed = parse_criteria(
        "Inclusion Criteria:\n\n* Adequate organ function using standard phase 1 criteria for organ function defined as:"
        "\n    * Absolute neutrophil count (ANC) >= 1.5 x 10^9 cells/L\n    * Hemoglobin >= 8 g/dL\n"
    )
    assert parsed.sections[0].criteria[0].joins == "all"


@pytest.mark.parametrize(
    ("text", "term", "sense"),
    [
        (
            "recurrent invasive infections caused by encapsulated bacteria",
            "invasive infections",
            "spread into the blood",
        ),
        ("Treatment with any neuropathic agent including taxane or platinum", "neuropathic agent", "can damage nerves"),
        (
            "Assent, when appropriate, will be obtained per institutional guidelines.",
            "assent",
            "cannot legally consent",
        ),
        ("Previous medical cannabis use for any indication within 30 days", "for any indication", "any reason"),
        ("All medications in compliance with current local label.", "compliance", "following what it says"),
        ("COPD treatment: stable LAMA, LABA or ICS, or double maintenance therapy", "maintenance therapy", "every day"),
        (
            "anti-cytotoxic T-lymphocyte-associated antigen-4 (CTLA-4) antibodies",
            "cytotoxic T-lymphocyte-associated antigen-4",
            "CTLA-4",
        ),
        (
            "Have exhibited refractoriness to two acute medication regimens and two prophylactic medications",
            "acute medication",
            "attack",
        ),
        ("overuse of acute headache medication", "acute headache medication", "attack"),
        ("Decompensated systemic arterial hypertension (SBP > 160 and/or DBP > 100)", "SBP", "top number"),
    ],
)
def test_notes_take_the_sense_of_the_eleventh_and_twelfth_readings_studies(text, term, sense):
    assert sense in notes(text)[term]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Clinically established or clinically probable MSA-P based on MDS diagnostic criteria.", "MDS"),
        ("ascites, spontaneous bacterial peritonitis (SBP) or hepatorenal syndrome", "SBP"),
        ("Proliferative retinopathy or maculopathy requiring acute treatment", "acute treatment"),
        ("Active infection or history of recurrent invasive infections", "invasive"),
    ],
)
def test_no_note_in_a_sense_the_eleventh_and_twelfth_readings_sentences_do_not_use(text, term):
    assert term not in notes(text)


def test_a_treatment_said_with_no_and_no_time_is_left_in_the_studys_words():
    plain = eligibility("Inclusion Criteria:\n\n* type 2 diabetes\n* no insulin therapy\n")
    assert [item.text for item in plain.inclusion][-1] == "No insulin therapy"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("No prior chemotherapy", "You have never had chemotherapy."),
        ("Immunotherapy naive", "You have never had immunotherapy."),
    ],
)
def test_a_treatment_said_with_its_time_is_still_rewritten(text, said):
    recognised = recognise(text)
    assert recognised is not None and recognised[1].sentence() == said


def test_a_missing_examination_named_by_its_abbreviation_stays_a_reason():
    criteria = "Exclusion Criteria:\n\n* Pregnancy\n* No sexual assault nurse examiner (SANE) examination\n"
    plain = eligibility(criteria)
    assert "No sexual assault nurse examiner (SANE) examination" in [item.text for item in plain.exclusion]


def test_radiotherapy_that_must_have_been_completed_is_a_requirement():
    rule = (
        "Palliative radiotherapy to areas of metastatic breast cancer must have been completed more than 7 days prior "
        "to the first dose of study treatment."
    )
    plain = eligibility(f"Exclusion Criteria:\n\n* Pregnancy\n* {rule}\n")
    assert rule not in [item.text for item in plain.exclusion]


def test_a_washout_after_radiation_is_a_wait_not_a_medicine_leaving_the_body():
    said = notes("A 1-week washout is permitted for palliative radiation (≤ 2 weeks of radiotherapy)")
    assert "medicine" not in said["washout"]
