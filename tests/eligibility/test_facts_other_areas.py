"""Criteria of diabetes, skin, headache, infection and general-health studies that unseen records often carry, each
read whole with its own plain name, and what is left unread."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import assert_not_read_as, assert_written, read


@pytest.mark.parametrize(
    ("source", "kind", "rule", "plain"),
    [
        (
            "Participants have Type 1 Diabetes or any history of diabetic ketoacidosis",  # NCT06383390
            "exclusion",
            "condition-either",
            "You have type 1 diabetes, or you have had a dangerous build-up of acids in the blood from diabetes "
            "(diabetic ketoacidosis).",
        ),
        (
            "Severe hypoglycemia within 6 months prior to screening",
            "exclusion",
            "condition",
            "You have had very low blood sugar (severe hypoglycemia) in the 6 months before the first study visit.",
        ),
        (
            "Plaque psoriasis",
            "inclusion",
            "condition",
            "You have plaque psoriasis (a skin disease with raised, scaly patches).",
        ),
        (
            "Migraine with or without aura",
            "inclusion",
            "condition",
            "You have migraines, with or without warning signs before the headache (aura).",
        ),
        (
            "Medication overuse headache",
            "exclusion",
            "condition",
            "You have headaches caused by taking headache medicine too often (medication overuse headache).",
        ),
        (
            "SARS-CoV-2 infection",  # the virus's number kept
            "inclusion",
            "condition",
            "You have COVID-19 (an infection with the SARS-CoV-2 virus).",
        ),
        (
            "The subject does not have systemic lupus erythematosus",  # NCT00636506: "systemic" kept
            "inclusion",
            "condition",
            "You do not have lupus (systemic lupus erythematosus).",
        ),
        (
            "Chronic urticaria",
            "exclusion",
            "condition",
            "You have hives that keep coming back for 6 weeks or more (chronic urticaria).",
        ),
        (
            "Anorexia nervosa",
            "exclusion",
            "condition",
            "You have an eating disorder in which you eat far too little (anorexia nervosa).",
        ),
        (
            "Received phototherapy within 4 weeks",
            "exclusion",
            "treatment-use",
            "You had light therapy (phototherapy) in the last 4 weeks.",
        ),
        (
            "History of postoperative nausea and vomiting",
            "exclusion",
            "condition",
            "You have had sickness and vomiting after an operation (postoperative nausea and vomiting).",
        ),
        ("Periodontal disease", "exclusion", "condition", "You have gum disease (periodontal disease)."),
        (
            "History of refractive surgery",
            "exclusion",
            "condition",
            "You have had eye surgery to correct your vision (refractive surgery).",
        ),
        (
            "Infants aged 6 to 12 weeks at the time of first vaccination",
            "inclusion",
            "age-range",
            "You are 6 to 12 weeks old when you get the first study vaccine.",
        ),
        (
            "Endometriosis",
            "exclusion",
            "condition",
            "You have endometriosis (tissue like the lining of the womb growing outside the womb).",
        ),
        ("Unable to read or write", "exclusion", "reads-and-writes", "You cannot read or write."),
        (
            "Planned major surgery during the study",
            "exclusion",
            "treatment-use",
            "You plan to have major surgery during the study.",
        ),
    ],
)
def test_common_criteria_of_other_areas_are_read(source, kind, rule, plain):
    assert_written("NCT06383390", read(source), kind, rule, plain)


def test_a_diagnosis_held_for_a_time_is_not_read_as_a_diagnosis_now():
    # "Diagnosis of X for at least 6 months": diagnosed 6 months ago, or had 6 months? Not said plainly.
    assert_not_read_as(read("Diagnosis of type 2 diabetes for at least 6 months"), "condition")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Current or former smokers with a smoking history of at least 10 pack-years",
            "You smoke now or used to smoke, and you have smoked at least 10 pack-years (one pack-year is 20 cigarettes a "
            "day for a year).",
        ),
        (
            "Former smokers with a smoking history of 20 pack-years or more",
            "You used to smoke, and you have smoked at least 20 pack-years (one pack-year is 20 cigarettes a day for a "
            "year).",
        ),
    ],
)
def test_how_much_you_have_smoked_is_said_in_pack_years_with_what_one_is(source, plain):
    assert_written("NCT06383390", read(source), "inclusion", "pack-years", plain)


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            "Acute decompensated heart failure within 4 weeks",
            "exclusion",
            "You have had heart failure that has suddenly got worse (acute decompensated heart failure) in the last 4 "
            "weeks.",
        ),
        (
            "Acute ischemic stroke",
            "inclusion",
            "You have had a sudden stroke caused by a blocked blood vessel (acute ischemic stroke).",
        ),
        (
            "Diagnosis of relapsing multiple sclerosis",
            "inclusion",
            "A doctor has found that you have multiple sclerosis that comes in attacks (relapsing multiple sclerosis).",
        ),
        (
            "Diagnosis of idiopathic Parkinson's disease",
            "inclusion",
            "A doctor has found that you have Parkinson's disease with no other known cause (idiopathic Parkinson's "
            "disease).",
        ),
    ],
)
def test_heart_and_brain_conditions_keep_their_kind(source, kind, plain):
    assert_written("NCT06383390", read(source), kind, "condition", plain)
