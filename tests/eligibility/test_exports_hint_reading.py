"""Faults a reading of 32 unseen studies found (docs/eligibility-review/exports1/ and hint1/: real API v2 exports in
data/ctgov/exports.jsonl.xz, HINT benchmark drug trials in data/ctgov/hint.jsonl.xz). Each test holds the general rule
on the study's own sentence."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import notes, texts
from trialpages.eligibility import parse_criteria, translate_eligibility
from trialpages.eligibility.clean import original_words


def lists_of(kind: str, text: str):
    head = "Inclusion Criteria:" if kind == "inclusion" else "Exclusion Criteria:"
    return translate_eligibility({"eligibilityCriteria": f"{head}\n\n* {text}\n"})


def test_a_one_word_criterion_last_in_a_list_is_a_criterion_not_a_label_over_the_next_groups_list():
    parsed = parse_criteria(
        "Maternal inclusion Criteria:\n\n* Maternal age range 18-38 years\n* Pregnant\n\n"
        "Paternal Inclusion Criteria:\n\n* Paternal age range 18-55 years\n"
    )
    mothers, fathers = parsed.sections
    assert [criterion.text for criterion in mothers.criteria] == ["Maternal age range 18-38 years", "Pregnant"]
    assert fathers.scope is None and fathers.heading == "Paternal Inclusion Criteria"


@pytest.mark.parametrize("text", ["No mailing address", "No SANE examination"])
def test_lacking_what_the_study_needs_is_a_reason_not_a_rule(text):
    plain = lists_of("exclusion", text)
    assert texts(plain.exclusion) == [text] and not plain.other


def test_access_to_a_phone_is_not_owning_one():
    assert texts(lists_of("inclusion", "Access to a smartphone").inclusion) == ["You have access to a smartphone."]
    assert texts(lists_of("inclusion", "Owns a smartphone").inclusion) == ["You have a smartphone."]


def test_ductal_carcinoma_in_situ_keeps_ductal():
    [item] = lists_of("exclusion", "History of DCIS").exclusion
    assert "milk ducts" in item.text and "(ductal carcinoma in situ)" in item.text


def test_a_footnote_mark_of_asterisks_is_kept_whole_and_bold_marks_go():
    assert original_words("Reside in the United States***") == "Reside in the United States***"
    assert original_words("NOTE***: As of 2019, recruitment is available nationwide.").startswith("NOTE***:")
    assert original_words("**Note:** patients with **active** disease") == "Note: patients with active disease"


def test_times_written_before_the_limit_of_normal_reads_as_times():
    assert (
        original_words("creatinine >x2 upper limit of normal")
        == "Creatinine more than 2 times the upper limit of normal"
    )


@pytest.mark.parametrize(
    ("text", "term", "sense"),
    [
        # NCT05365607: "mg/d" typed for mg/dL after a blood sugar, not a daily dose
        ("Fasted glucose less than 126 mg/d", "mg/d", None),
        ("Fasted glucose less than 126 mg/d", "fasted glucose", "your blood sugar after not eating"),
        ("regular use of aspirin more than 325 mg/d", "mg/d", "milligrams a day"),
        # NCT01145014, NCT02107196: a diet's and an exercise plan's regimen, not medicines
        ("Inability to comply with dietary regimen of the study centre", "regimen", "a plan of what to eat and when"),
        ("Relevant changes in dietary habits, lifestyle, or exercise regimen", "regimen", "a plan of exercise"),
        ("a stable regimen of metformin", "regimen", "a plan of treatment"),
        # NCT06741540: a family-systems talking therapy, not the whole body
        ("Received tDCS physical therapy, systemic psychotherapy, antidepressant medication", "systemic", None),
        # NCT05798494: keeping to a diet
        (
            "Adherence to vegan diets or other diets interfering with the dietary guidelines",
            "adherence",
            "keeping to a diet",
        ),
        # NCT02181413: the registry's slip for cubic millimeter gets no liter note; a gammopathy is no medicine
        ("ANC at least 1,000 per cubic milliliter (/mm^3)", "milliliter", None),
        ("Diagnosis of POEMS, monoclonal gammopathy", "monoclonal gammopathy", "an abnormal protein in the blood"),
        # NCT01677299: the company's designee
        ("an employee, temporary contract worker, or designee of the company", "designee", "here for the sponsor"),
        # NCT02107196: a stool test's eggs are a parasite's
        ("positive tests for ova or parasites in the stool", "ova", "eggs of worms or other parasites"),
    ],
)
def test_a_term_gets_the_sense_its_sentence_uses_or_none(text, term, sense):
    found = notes(text)
    if sense is None:
        assert term not in found
    else:
        assert sense in found[term]


# The second readings (docs/eligibility-review/exports2/, hint2/)


def test_an_age_with_the_lists_lines_indented_under_it_titles_none_of_them():
    plain = translate_eligibility(
        {
            "eligibilityCriteria": "Exclusion Criteria:\n\n* o Age less than 13 years\n\n  * Patients with type I diabetes "
            "mellitus.\n  * Patients who refuse to participate in the study.\n"
        }
    )
    assert [item.children for item in plain.exclusion] == [[], [], []]
    assert texts(plain.exclusion) == [
        "You are less than 13 years old.",
        "You have type 1 diabetes.",
        "You refuse to take part in the study.",
    ]


def test_a_bound_with_its_number_run_on_is_spaced():
    assert original_words("o age equal to or more than13 years.") == "Age equal to or more than 13 years."


def test_not_of_reproductive_potential_and_of_it_who_agrees_are_two_ways_in():
    plain = translate_eligibility(
        {
            "eligibilityCriteria": "Inclusion Criteria:\n\n* Body mass index (BMI) >=18.0 kg/m^2\n"
            "* Male or female not of reproductive potential\n* Female of reproductive potential who agrees to remain "
            "abstinent from heterosexual activity or to use 2 acceptable combinations of contraception\n"
        }
    )
    _, either = plain.inclusion
    assert either.children_joins == "any"
    assert texts(either.children)[0] == "Male or female not of reproductive potential"


def test_or_lines_between_a_lead_ins_choices_part_its_choices_not_the_list():
    plain = translate_eligibility(
        {
            "eligibilityCriteria": "Inclusion Criteria:\n\n* Subject must be between 6 and 12 years of age.\n"
            "* Female subject:\n    * must be unable to become pregnant;\n\nOR\n\n• practice true abstinence;\n\nOR\n\n"
            "• is sexually active and willing to use a medically effective method of birth control.\n\n"
            "* Subject weighs at least 21 kg.\n"
        }
    )
    age, female, weight = plain.inclusion
    assert age.text == "You are 6 to 12 years old."
    assert female.children_joins == "any" and len(female.children) == 3
    assert texts(female.children)[1] == "Practice true abstinence"
    assert weight.text is not None and "21 kg" in weight.text


def test_members_saying_their_own_no_under_none_of_the_following_are_the_lists_again():
    plain = translate_eligibility(
        {
            "eligibilityCriteria": "Inclusion Criteria:\n\n* None of the following within the past 12 months:\n"
            "    * Myocardial infarction\n    * Pulmonary embolism\n    * No known HIV or AIDS-related illness\n"
            "    * Blood pressure < 140/90 mm Hg\n"
        }
    )
    group, hiv, pressure = plain.inclusion
    assert "Pulmonary" in " ".join(texts([group])) and hiv.text == "No known HIV or AIDS-related illness"
    assert pressure.text == "Your blood pressure is less than 140/90 mm Hg."


def test_a_medicine_the_investigator_may_allow_is_said_apart_with_whom_it_is_for():
    plain = translate_eligibility(
        {
            "eligibilityCriteria": "Exclusion Criteria:\n\n* T2DM patients:\n    * Any intake of medication within 21 "
            "days before first dosing.\n    * Individual background therapy that could not be discontinued may be given "
            "at the discretion of the Investigator, with a stable dose.\n"
        }
    )
    [moved] = plain.other
    assert moved.children_title == "T2DM patients:" and texts(moved.children)[0].startswith("Individual background")


@pytest.mark.parametrize(
    ("text", "about", "term", "sense"),
    [
        ("Have a (PASI score more than 10 or BSA more than 10) and DLQI more than 10", "", "BSA", "share of the skin"),
        ("A clinical relapse within the last 30 days", "Multiple Sclerosis", "relapse", "a flare-up"),
        ("Patients who need maintenance treatment of bronchodilators (including xanthines)", "", "xanthines", "lung"),
        ("Patients who need maintenance treatment of bronchodilators", "", "maintenance treatment", "every day"),
        ("Current hormone replacement therapy or aromatase inhibitor therapy", "", "hormone replacement therapy",
         "menopause"),
        ("Patients with recurrent hypoglycemic episodes", "", "hypoglycemic episodes", "spells of low blood sugar"),
    ],
)  # fmt: skip
def test_a_term_gets_the_sense_its_study_or_sentence_uses(text, about, term, sense):
    found = notes(text, about)
    assert sense in found[term]


def test_anticonvulsants_named_as_liver_enzyme_inducers_get_no_pain_medicine_examples():
    found = notes("strong CYP3A inducers, including: carbamazepine, phenytoin (anticonvulsants)")
    assert found["anticonvulsants"] == "an anti-seizure medicine"
