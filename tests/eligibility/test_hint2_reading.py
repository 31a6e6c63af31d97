"""Faults found reading the second HINT sample (data/ctgov/hint2.jsonl.xz, docs/eligibility-review/hint2-1/). Each
test holds the general rule on the study's own sentence."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import eligibility, texts
from trialpages.eligibility.clean import original_words
from trialpages.eligibility.glossary import terms_in


@pytest.mark.parametrize(
    "criterion",
    [
        "Abnormal methacholine challenge tests will not exclude one from enrollment as often patients with GER will have "
        "heightened bronchial reactivity.",
        "Hyponatremia should not be the result of any medication that can safely be withdrawn.",
    ],
)
def test_what_does_not_keep_you_out_is_no_reason_to_be_left_out(criterion):
    plain = eligibility(f"Exclusion Criteria:\n\n* Asthma\n* {criterion}\n")
    assert texts(plain.exclusion) == ["You have asthma."]
    assert texts(plain.other) == [criterion]


def test_no_candidate_found_is_the_reason_itself():
    plain = eligibility("Exclusion Criteria:\n\n* Asthma\n* No candidate neoantigen identified during screening\n")
    assert texts(plain.exclusion)[-1] == "No candidate neoantigen identified during screening"


def test_exceptions_that_go_on_past_a_semicolon_stay_with_their_reason():
    criterion = (
        "Concomitant malignancies except carcinoma in situ, basal or squamous cell skin carcinoma; low grade prostate "
        "cancer treated with prostatectomy more than 10 years ago; early stage melanoma treated with complete surgical "
        "excision more than 5 years ago"
    )
    plain = eligibility(f"Exclusion Criteria:\n\n* {criterion}\n")
    assert texts(plain.exclusion) == [criterion]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Patient enable to follow study medical care for family reasons.", "Patient unable to follow study medical"),
        ("Devices that enable to measure blood pressure", "Devices that enable to measure"),
        ("scheduled for bronchoscopy in the endoscopy suite or OR of HUP", "endoscopy suite or OR of HUP"),
    ],
)
def test_a_typo_is_mended_and_a_word_that_only_looks_doubled_is_kept(written, read):
    assert read in original_words(written)


@pytest.mark.parametrize(
    ("text", "term", "sense"),
    [
        (
            "other medications for treatment of hyponatremia specifically: demeclocycline, lithium carbonate or urea",
            "urea",
            "a medicine taken by mouth to raise a low sodium level",
        ),
        (
            "carbamazepine or phenytoin, or has taken any of these within the past 30 days, as maintenance therapy",
            "maintenance therapy",
            "regular treatment taken every day",
        ),
        (
            "increased intracranial pressure (e.g. impending herniation) or hemorrhage",
            "impending herniation",
            "brain tissue pushed out of place",
        ),
        (
            "digital manifestation, digital ulcer, restricted digital range of motion",
            "digital ulcer",
            "finger or a toe",
        ),
        ("Any somatic or psychic condition", "psychic", "the mind"),
    ],
)
def test_a_word_gets_the_sense_its_sentence_uses(text, term, sense):
    assert sense in {found.term: found.definition for found in terms_in(text)}[term]


def test_a_disc_herniation_keeps_its_spine_sense():
    noted = {found.term: found.definition for found in terms_in("disc herniation at L4-L5")}
    assert "spinal disc" in noted["disc herniation"]
