"""Criteria that each name a different cancer are alternatives; criteria about one cancer are not split."""

import pytest

from trialpages.eligibility import translate_eligibility
from trialpages.eligibility.cohorts import cancer_diagnosed
from trialpages.eligibility.parse import parse_criteria


def _inclusion(*criteria: str):
    text = "Inclusion Criteria:\n\n" + "\n".join(f"* {criterion}" for criterion in criteria)
    return translate_eligibility({"eligibilityCriteria": text}).inclusion


@pytest.mark.parametrize(
    ("criterion", "which"),
    [
        ("Histologically confirmed breast cancer", {"breast"}),
        ("Patients with metastatic castration-resistant prostate cancer", {"castration-resistant", "prostate"}),
        ("Subjects diagnosed with acute myelogenous leukemia according to WHO 2016", {"myelogenous"}),
        ("Chronic myelomonocytic leukemia (CMML) type 2 was diagnosed according to WHO", {"myelomonocytic"}),
        ("Confirmed melanoma", {"melanoma"}),
    ],
)
def test_the_cancer_a_criterion_opens_on_is_named(criterion, which):
    assert cancer_diagnosed(criterion) == which


@pytest.mark.parametrize(
    "criterion",
    [
        "History of breast cancer",  # a past cancer, not the one the study is for
        "No prior treatment for prostate cancer",
        "Histologically confirmed HER2-positive tumor",  # a marker of the cancer, not which cancer
        "Measurable tumor per RECIST 1.1",
        "Absence of documented tumor genomic mutation results",
        "Provision of acceptable tumor sample to confirm PD-L1 expression",
        "Breast cancer survivors",  # no word that it was diagnosed
    ],
)
def test_a_criterion_that_does_not_open_on_a_diagnosis_names_no_cancer(criterion):
    assert cancer_diagnosed(criterion) is None


def test_criteria_each_naming_a_different_cancer_are_one_of_several():
    items = _inclusion(
        "Histologically confirmed primary cervical cancer",
        "Histologically confirmed primary prostate cancer",
        "Age 18 years or older",
    )
    group, age = items
    assert group.children_joins == "any"
    assert [child.text for child in group.children] == [
        "A tissue test has shown that you have primary cervical cancer.",
        "A tissue test has shown that you have primary prostate cancer.",
    ]
    assert age.text == "You are 18 years old or older."


def test_criteria_that_name_the_same_cancer_all_apply():
    items = _inclusion(
        "Histologically confirmed breast cancer",
        "Patients with metastatic breast cancer",
    )
    assert [item.children_joins for item in items] == [None, None]
    assert all(item.text for item in items)


def test_a_criterion_between_two_cancers_keeps_them_apart():
    items = _inclusion(
        "Histologically confirmed lung cancer",
        "ECOG performance status 0 or 1",
        "Histologically confirmed breast cancer",
    )
    assert all(item.children_joins is None for item in items)


def test_the_exclusion_list_is_never_read_as_alternatives():
    text = "Exclusion Criteria:\n\n* Confirmed diagnosis of lung cancer\n* Confirmed diagnosis of breast cancer"
    items = translate_eligibility({"eligibilityCriteria": text}).exclusion
    assert all(item.text for item in items)


def test_items_run_onto_one_line_are_cut_where_the_numbering_goes_on():
    criteria = parse_criteria(
        "Exclusion Criteria:\n\n1. Psychiatric problems 2. Previous pelvic surgery 3. Chronic liver failure\n"
        "4. Grade 1 or 2. Patients with neuropathy are eligible"
    ).all_criteria()
    assert [criterion.text for criterion in criteria] == [
        "Psychiatric problems",
        "Previous pelvic surgery",
        "Chronic liver failure",
        "Grade 1 or 2. Patients with neuropathy are eligible",  # "or 2." joins numbers: no new item
    ]


def test_a_number_that_goes_on_an_enclosing_list_closes_the_nested_one():
    criteria = parse_criteria(
        "Inclusion Criteria:\n\n1. Adequate organ function:\n\n   1. Liver function normal\n"
        "   2. Lung function normal; 2. Signed informed consent form"
    ).all_criteria()
    assert [(criterion.id, criterion.text) for criterion in criteria] == [
        ("crit-inc-1", "Adequate organ function:"),
        ("crit-inc-1-1", "Liver function normal"),
        ("crit-inc-1-2", "Lung function normal;"),
        ("crit-inc-2", "Signed informed consent form"),
    ]


def test_chronic_and_episodic_kinds_of_one_condition_are_alternatives(plain_of):
    # NCT02981173 (reviewed: LOSSY x2): "Chronic cluster headache ..." and "Episodic cluster headache ..." stood
    # under "all of these are true"; no one has both.
    [group] = [item for item in plain_of("NCT02981173").inclusion if item.children_joins == "any"]
    assert group.children_title == "Only one of these needs to be true:"
    assert [item.text.split()[0] for item in group.children] == ["Chronic", "Episodic"]


def test_a_chronic_condition_beside_an_unrelated_one_is_not_an_alternative():
    from trialpages.eligibility import translate_eligibility

    criteria = "Inclusion Criteria:\n\n* Chronic low back pain for 3 months\n* Episodic migraine for 1 year\n"
    plain = translate_eligibility({"eligibilityCriteria": criteria})
    assert all(item.children_joins != "any" for item in plain.inclusion)


def test_a_tumour_at_t_stages_the_criterion_before_does_not_take_is_another_way_in(plain_of):
    # NCT04861194 (sample 6: WRONG): "Patients with pT1a/b tumor diagnosis after TURP" stood under "all of these are
    # true" beside "Low-risk or intermediate-risk prostate cancer (low risk: T1c-T2a ...; intermediate risk: T2b-T2c
    # ...)": no tumour is at both stages, so most men (T1c found by needle biopsy) read that they could not join.
    [group] = [item for item in plain_of("NCT04861194").inclusion if item.children_joins == "any"]
    assert group.children_title == "At least one of these must be true:"
    assert [item.source_ids for item in group.children] == [["crit-inc-3"], ["crit-inc-4"]]


@pytest.mark.parametrize(
    "criteria",
    [
        # the same tumour staged twice: before surgery and in the tissue removed (both required)
        ("Patients must have a clinical stage T1c-T2a prostate cancer", "Pathological stage pT3 prostate cancer"),
        # one stage a limit ("T3a +"): the criteria overlap
        ("Stage T1-T4N0M0 prostate cancer on PSMA PET", "High risk prostate cancer: stage T3a + OR Gleason 8"),
        # one rules stages out
        ("Prostate cancer stage T1c-T2a", "No T3 tumour on MRI"),
        ("Breast cancer stage T1-T2", "Tumour stage T2 or T3 breast cancer"),  # both can hold: T2
    ],
)
def test_stages_that_can_both_hold_stay_rules_for_everyone(criteria):
    assert all(item.children_joins != "any" for item in _inclusion(*criteria))


def test_another_disease_with_a_part_of_the_first_is_another_way_in(plain_of):
    # NCT06751550 (sample 51: WRONG): "COPD with an asthma component, where the asthma component plays a clinically
    # relevant role" read as a second disease everyone with asthma must also have.
    [group] = [item for item in plain_of("NCT06751550").inclusion if item.children_joins == "any"]
    assert group.children_title == "At least one of these must be true:"
    assert [item.source_ids for item in group.children] == [["crit-inc-1"], ["crit-inc-2"]]


def test_a_second_disease_that_does_not_name_the_first_stays_a_rule():
    inclusion = _inclusion("Confirmed diagnosis of type 2 diabetes", "Hypertension with a renal component")
    assert all(item.children_joins != "any" for item in inclusion)
