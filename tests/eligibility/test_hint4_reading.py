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


def test_who_will_not_be_excluded_is_no_reason_to_be_left_out():
    criterion = "Patients will not be excluded if they do not wish to participate in the second biopsy"
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
        ("History of carcinomatosis meningitis", "carcinomatosis meningitis", "brain and spinal cord"),
        ("History of psychogenic seizures", "psychogenic seizures", "not caused by electrical bursts"),
        ("receipt of ranibizumab, bevacizumab or pegaptanib within 2 months", "bevacizumab", "in the eye"),
    ],
)
def test_a_word_gets_the_sense_its_sentence_uses(text, term, sense):
    assert sense in notes(text)[term]


def test_invasive_cancer_and_a_stroke_keep_their_senses_elsewhere():
    assert "grown into nearby tissue" in notes("Invasive breast cancer")["invasive"]
    assert "stroke" in notes("History of CVA within 6 months")["CVA"]
    assert "tumors" in notes("Prior bevacizumab for colorectal cancer")["bevacizumab"]
