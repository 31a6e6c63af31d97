"""Faults a reading of 32 unseen studies found (docs/eligibility-review/exports1/ and hint1/: real API v2 exports in
data/ctgov/exports.jsonl.xz, HINT benchmark drug trials in data/ctgov/hint.jsonl.xz). Each test holds the general rule
on the study's own sentence."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import texts
from trialpages.eligibility import parse_criteria, translate_eligibility
from trialpages.eligibility.clean import original_words
from trialpages.eligibility.glossary import terms_in


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
    notes = {found.term: found.definition for found in terms_in(text, "")}
    if sense is None:
        assert term not in notes
    else:
        assert sense in notes[term]
