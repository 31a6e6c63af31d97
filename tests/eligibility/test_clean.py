"""The study's own words are shown cleaned, never changed: no shouting, stray markers, doubled words or dangling "or"."""

from __future__ import annotations

from trialpages.eligibility.clean import original_words


def test_shouting_is_tamed_and_abbreviations_keep_their_capitals():
    assert original_words("PRIOR TREATMENT WITH ANTI-PD-1 THERAPY IS NOT ALLOWED FOR NSCLC") == (
        "Prior treatment with anti-PD-1 therapy is not allowed for NSCLC"
    )


def test_a_first_word_with_inner_capitals_keeps_them():
    assert original_words("eGFR below 30") == "eGFR below 30"  # the old page printed EGFR, a gene
    assert original_words("mCRPC with progression") == "mCRPC with progression"
    assert original_words("patients aged 18") == "Patients aged 18"


def test_list_markers_trailing_connectors_and_doubled_words_go():
    assert original_words("a) Female sterilization; or,") == "Female sterilization"
    assert original_words("Tested positive for COVID-19, or opted out of of COVID-19 testing") == (
        "Tested positive for COVID-19, or opted out of COVID-19 testing"
    )
    assert original_words("He had had surgery") == "He had had surgery"


def test_a_sign_before_a_number_is_spelled_and_one_after_it_is_left():
    assert original_words("ANC ≥1.5 x 10^9/L") == "ANC at least 1.5 x 10^9/L"
    assert original_words("Blood pressure <90/50mmHg and 170/100mmHg<") == (
        "Blood pressure less than 90/50mmHg and 170/100mmHg<"
    )
    assert original_words("Onset of cluster headache at ≤50 years") == "Onset of cluster headache at ≤50 years"


def test_a_word_typed_twice_before_a_comma_is_said_once():
    # NCT: "superficial bladder cancer cancer, cervical or breast cancer in situ".
    assert (
        original_words("superficial bladder cancer cancer, cervical cancer")
        == "Superficial bladder cancer, cervical cancer"
    )
