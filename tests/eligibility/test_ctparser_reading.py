"""Faults a reading of 20 unseen studies found (docs/eligibility-review/ctparser1/, records from Clinical Trial
Parser's sample in data/ctgov/ctparser.jsonl.xz). Each test holds the general rule on the study's own sentence."""

from __future__ import annotations

from tests.eligibility.conftest import texts
from trialpages.eligibility import translate_eligibility
from trialpages.eligibility.clean import original_words


def lists_of(kind: str, text: str):
    head = "Inclusion Criteria:" if kind == "inclusion" else "Exclusion Criteria:"
    return translate_eligibility({"eligibilityCriteria": f"{head}\n\n* {text}\n"})


def test_a_donors_pair_of_lists_is_the_donors_not_the_patients_reasons():
    plain = translate_eligibility(
        {
            "eligibilityCriteria": "Inclusion Criteria:\n\n* Patients with PCR confirmed COVID disease\n\n"
            "Exclusion Criteria:\n\n* Patient in which a no ICU admission restriction was implemented\n\n"
            "Donors: Eligibility for plasma donation\n\nInclusions Criteria:\n\n"
            "* A history of COVID infection that was documented by PCR\n* Asymptomatic for at least 24 hours\n\n"
            "Exclusion Criteria:\n\n* Weight <45kg\n* Born as a female person."
        }
    )
    patients, donors_in = plain.inclusion
    assert patients.text == "Patients with PCR confirmed COVID disease"
    assert donors_in.children_title.startswith("Donors: Eligibility for plasma donation")
    assert texts(donors_in.children) == [
        "A history of COVID infection that was documented by PCR",
        "Asymptomatic for at least 24 hours",
    ]
    patients_out, donors_out = plain.exclusion
    assert patients_out.text.startswith("Patient in which")
    assert donors_out.children_title.startswith("Donors: Eligibility for plasma donation")
    assert texts(donors_out.children) == ["Weight less than 45kg", "Born as a female person."]


def test_short_names_after_semicolons_are_more_reasons_not_details_of_the_one_before():
    plain = lists_of(
        "exclusion",
        "Renal insufficiency (eGFR < 50 ml/min/kg); anemia (hematocrit < 34%); pregnancy; and uncontrolled hypertension.",
    )
    assert [item.children for item in plain.exclusion] == [[], [], [], []]
    assert texts(plain.exclusion)[2:] == ["You are pregnant.", "You have high blood pressure that is not controlled."]


def test_a_missing_organ_is_a_reason_not_a_rule():
    plain = lists_of("exclusion", "No spleen or functional spleen.")
    assert not plain.other and texts(plain.exclusion) == ["No spleen or functional spleen."]


def test_a_test_to_rule_out_pregnancy_is_something_the_study_does_not_a_reason():
    plain = lists_of(
        "exclusion", "Pregnancy or lactation. Urgent pregnancy test to exclude pregnancy before inclusion in the study"
    )
    assert texts(plain.exclusion) == ["You are pregnant or breastfeeding."]
    assert texts(plain.other) == ["Urgent pregnancy test to exclude pregnancy before inclusion in the study"]


def test_a_count_with_its_thousands_after_a_stop_is_written_with_a_comma():
    assert original_words("Platelets <50.000 /mmc") == "Platelets less than 50,000 /mmc"
    assert original_words("Haemoglobin < 9.5 g/dL") == "Haemoglobin less than 9.5 g/dL"


def test_an_emotional_disorder_is_not_widened_to_any_mental_health_condition():
    assert texts(lists_of("inclusion", "Emotional Disorder").inclusion) == [
        "You have an emotional disorder, such as anxiety or depression."
    ]


def test_abbreviations_in_a_sentence_case_line_keep_their_capitals():
    assert original_words("Indication for CRRT or ECMO") == "Indication for CRRT or ECMO"
    assert original_words("HISTORY OF MYOCARDIAL INFARCTION") == "History of myocardial infarction"


def test_a_short_member_under_a_long_such_as_lead_in_is_not_said_after_it_again():
    plain = lists_of(
        "inclusion",
        "Women must use an effective method, defined as those which result in a low failure rate (less than 1% per "
        "year) when used consistently and correctly such as:\n    * progestogen-only hormonal contraception associated "
        "with inhibition of ovulation (oral, injectable, implantable)\n    * vasectomized partner\n    * bilateral tubal "
        "occlusion",
    )
    [group] = plain.inclusion
    assert texts(group.children)[1:] == ["Vasectomized partner", "Bilateral tubal occlusion"]
