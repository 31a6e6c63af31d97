"""Faults found reading the fourth HINT sample (data/ctgov/hint4.jsonl.xz, docs/eligibility-review/hint4-1/). Each
test holds the general rule on the study's own sentence."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import eligibility, notes, texts


def test_what_counts_as_non_measurable_disease_is_not_said_as_yours():
    # NCT00096304: "You have bone lesions.", "You have fluid in the belly ..." read as needed.
    plain = eligibility(
        "DISEASE CHARACTERISTICS:\n\n* Non-measurable disease with PSA ≥ 5 ng/mL\n"
        "    * The following are considered non-measurable disease:\n        * Bone lesions\n        * Ascites\n"
    )
    said = texts(plain.other)
    assert "Bone lesions" in said
    assert not any(text.startswith("You have") for text in said)


def test_a_paragraphs_methods_end_where_a_rule_of_its_own_begins():
    # NCT01381549: the hospital, fever and urine rules after the birth-control methods read as more methods.
    plain = eligibility(
        "Inclusion Criteria:\n\n* Adults\n\nN.B. Additionally, the subject agrees to one of the following methods for "
        "avoidance of pregnancy:\n\n    * Abstinence; or,\n    * Injectable progesterone; or\n    * Double barrier "
        "method\n    * Females are considered to be of non-childbearing potential if they have documented tubal "
        "ligation\n    * Subject requires hospitalisation and has clinical signs of pyelonephritis\n"
    )
    said = texts(plain.inclusion)
    assert said[-2:] == [
        "Females are considered to be of non-childbearing potential if they have documented tubal ligation",
        "Subject requires hospitalisation and has clinical signs of pyelonephritis",
    ]
    assert [item.children for item in plain.inclusion[-2:]] == [[], []]


def test_rules_for_everyone_after_complicating_factors_are_no_more_factors():
    # NCT01381549: "Male gender;" named no people, so the pyuria rule, and the pyelonephritis way in after its
    # label, read as two more complicating factors to choose from.
    plain = eligibility(
        "Inclusion Criteria:\n\n* Adults\n* and at least two of the following UTI symptoms, with the presence of a "
        "complicating factor:\n* Male gender;\n* Obstructive uropathy;\n* Urogenital surgery within 7 days\n"
        "* Acute pyelonephritis (complicated or uncomplicated): subjects must have documented fever\n"
        "* Subject has pyuria (WBC count > 10/µL) in unspun urine\n"
    )
    factors = plain.inclusion[1]
    assert len(factors.children) == 3
    assert [item.text for item in plain.inclusion[2:]] == [
        "Acute pyelonephritis (complicated or uncomplicated): subjects must have documented fever",
        "Subject has pyuria (WBC count more than 10/µL) in unspun urine",
    ]


def test_a_lead_in_that_goes_on_with_and_keeps_its_and():
    # NCT01381549 (hint4-1e): "* and at least two of the following UTI symptoms ..." titled without its "and", so the
    # complicating factors read as everyone's rule, not as more of the lower-cUTI definition before them.
    plain = eligibility(
        "Inclusion Criteria:\n\n* Lower cUTI - subjects must have documented fever\n* and at least two of the "
        "following UTI symptoms, with the presence of a complicating factor:\n* Male gender;\n* Obstructive "
        "uropathy;\n* Urogenital surgery within 7 days\n"
    )
    assert plain.inclusion[1].children_title.startswith("And at least two of the following UTI symptoms")


def test_methods_added_to_a_womans_rule_are_titled_with_it():
    # NCT01381549: "Additionally, the subject agrees to one of the following methods" stood apart from "Females of
    # childbearing potential must ...", so the methods read as every subject's.
    plain = eligibility(
        "Inclusion Criteria:\n\n* Adults\n\nFemales of childbearing potential must have a negative pregnancy test. "
        "Additionally, the subject agrees to one of the following methods for avoidance of pregnancy:\n\n"
        "    * Abstinence; or,\n    * Injectable progesterone; or\n    * Has a male partner who is sterilized "
        "(vasectomy with documentation of azoospermia).\n"
    )
    methods = plain.inclusion[-1]
    assert methods.children_title.startswith("Females of childbearing potential must have a negative pregnancy test.")
    assert len(methods.children) == 3
    assert texts(plain.inclusion[:-1]) == ["You are an adult."]


def test_exceptions_after_a_line_ending_with_the_exceptions_of_stay_its_own():
    # NCT01077401: the two allowed kinds of retinopathy stood among the reasons, the lead-in cut mid-sentence.
    plain = eligibility(
        "Exclusion Criteria:\n\n* Proliferative diabetic retinopathy in the study eye, with the exceptions of\n"
        "* Inactive, fibrotic proliferative diabetic retinopathy that has regressed following laser OR\n"
        "* Tufts of neovascularization elsewhere less than one disc area with no vitreous hemorrhage\n"
        "* Vitreomacular traction in the study eye\n"
    )
    lead, last = plain.exclusion
    assert len(lead.children) == 2
    assert last.text == "Vitreomacular traction in the study eye"


@pytest.mark.parametrize(
    "criterion",
    [
        # NCT00629343
        "Patients will not be excluded if they do not wish to participate in the second biopsy",
        # NCT02134886: read as keeping out those with brain metastases
        "Baseline brain imaging with contrast-enhanced CT or MRI scans for participants with known brain metastases is "
        "required to confirm eligibility",
    ],
)
def test_who_is_not_excluded_and_what_confirms_eligibility_are_no_reasons_to_be_left_out(criterion):
    plain = eligibility(f"Exclusion Criteria:\n\n* Pregnancy\n* {criterion}\n")
    assert texts(plain.exclusion) == ["You are pregnant."]
    assert texts(plain.other) == [criterion]


@pytest.mark.parametrize(
    ("text", "term", "sense"),
    [
        ("Anti-cholinergics", "anti-cholinergics", "block a nerve signal"),
        ("Planned invasive or minimally invasive procedures", "minimally invasive procedures", "small cuts"),
        ("small-molecule inhibitors of signal transduction", "signal transduction", "passes a signal"),
        ("Overt proteinuria", "overt proteinuria", "urine test"),
        ("Wolff-Parkinson-White Syndrome", "Wolff-Parkinson-White syndrome", "heart rhythm"),
        ("2 consecutive increases in PSA from baseline", "baseline", "earlier value"),
        ("Acute pyelonephritis (fever, flank pain or CVA tenderness)", "CVA", "kidney"),
        ("flank pain or costovertebral angle tenderness (CVA). Complicating factors", "CVA", "kidney infection"),
        ("pyuria (white blood cell count >10/µL in unspun urine)", "/µL", "of the urine"),
        ("History of carcinomatosis meningitis", "carcinomatosis meningitis", "brain and spinal cord"),
        ("History of psychogenic seizures", "psychogenic seizures", "not caused by electrical bursts"),
        ("receipt of ranibizumab, bevacizumab or pegaptanib within 2 months", "bevacizumab", "in the eye"),
    ],
)
def test_a_word_gets_the_sense_its_sentence_uses(text, term, sense):
    assert sense in notes(text)[term]


def test_a_genes_name_is_one_term():
    noted = notes("anaplastic lymphoma receptor tyrosine kinase [ALK] gene rearrangements")
    assert "lymphoma" not in noted
    assert "lung cancers" in noted["ALK"]


def test_invasive_cancer_and_a_stroke_keep_their_senses_elsewhere():
    assert "grown into nearby tissue" in notes("Invasive breast cancer")["invasive"]
    assert "stroke" in notes("History of CVA within 6 months")["CVA"]
    assert "tumors" in notes("Prior bevacizumab for colorectal cancer")["bevacizumab"]
