"""The study's own words are shown cleaned, never changed: no shouting, stray markers, doubled words or dangling "or"."""

from __future__ import annotations

import pytest

from trialpages.eligibility import unescape_markdown
from trialpages.eligibility.clean import impossible_and_as_or, original_words


def test_shouting_is_tamed_and_abbreviations_keep_their_capitals():
    assert original_words("PRIOR TREATMENT WITH ANTI-PD-1 THERAPY IS NOT ALLOWED FOR NSCLC") == (
        "Prior treatment with anti-PD-1 therapy is not allowed for NSCLC"
    )


def test_a_spaced_and_or_is_one_connector():
    # NCT05631795 ("Any severe and/ or uncontrolled ..."), NCT01305083 ("alcohol and / or drug abuse").
    assert original_words("Any severe and/ or uncontrolled medical conditions") == (
        "Any severe and/or uncontrolled medical conditions"
    )
    assert original_words("alcohol and / or drug abuse") == "Alcohol and/or drug abuse"
    assert (
        original_words("Glucose 70 mg / dl or / and more") == "Glucose 70 mg / dl or/and more"
    )  # a unit keeps its slash


def test_a_first_word_with_inner_capitals_keeps_them():
    assert original_words("eGFR below 30") == "eGFR below 30"  # the old page printed EGFR, a gene
    assert original_words("mCRPC with progression") == "mCRPC with progression"
    assert original_words("patients aged 18") == "Patients aged 18"


def test_list_markers_trailing_connectors_and_doubled_words_go():
    assert original_words("a) Female sterilization; or,") == "Female sterilization"
    # NCT05552976 (sample 19): a stop after the connector
    assert (
        original_words("M-protein by urine protein electrophoresis (uPEP) or,.")
        == "M-protein by urine protein electrophoresis (uPEP)"
    )
    assert original_words("Known allergy to iodine or shellfish.") == "Known allergy to iodine or shellfish."
    assert original_words("Tested positive for COVID-19, or opted out of of COVID-19 testing") == (
        "Tested positive for COVID-19, or opted out of COVID-19 testing"
    )
    assert original_words("He had had surgery") == "He had had surgery"


def test_a_sign_before_a_number_is_spelled_and_one_after_it_is_left():
    assert original_words("ANC ≥1.5 x 10^9/L") == "ANC at least 1.5 x 10^9/L"
    # With a sign written after its number no sign is spelled: "less than 90/50mmHg and 170/100mmHg<" read as less
    # than both (NCT03177746, sample 27: WRONG).
    assert original_words("Blood pressure <90/50mmHg and 170/100mmHg<") == "Blood pressure <90/50mmHg and 170/100mmHg<"
    assert original_words("Onset of cluster headache at ≤50 years") == "Onset of cluster headache at ≤50 years"


def test_a_sign_that_echoes_the_words_before_it_is_said_once():
    # NCT04892173 (sample 21): "less than (<) 50", "less than or equal to (<=) 14"; NCT05572515 glues the number on.
    assert (
        original_words("clearance >= 30 and less than (<) 50 mL/min") == "Clearance at least 30 and less than 50 mL/min"
    )
    assert original_words("G8 score less than or equal to (<=) 14") == "G8 score less than or equal to 14"
    assert (
        original_words("M-protein greater than or equal to (>=)0.5 g/dL")
        == "M-protein greater than or equal to 0.5 g/dL"
    )
    # A sign that says something else than the words is not an echo: both stay for the reader to see.
    assert original_words("less than (>) 5") == "Less than (>) 5"


def test_a_word_typed_twice_before_a_comma_is_said_once():
    # NCT: "superficial bladder cancer cancer, cervical or breast cancer in situ".
    assert (
        original_words("superficial bladder cancer cancer, cervical cancer")
        == "Superficial bladder cancer, cervical cancer"
    )


def test_a_symbol_before_a_named_level_is_spelled_and_one_after_a_number_is_left_as_written():
    # Reviewed UNREADABLE: "≤grade 1 dyspnea", "≥CTCAE 2 degrees", "IPSS >/= intermediate-2" kept their symbols.
    assert original_words("Defined as ≤grade 1 dyspnea") == "Defined as at most grade 1 dyspnea"
    assert original_words("Neuropathy of ≥CTCAE 2 degrees") == "Neuropathy of at least CTCAE 2 degrees"
    assert original_words("IPSS >/= intermediate-2") == "IPSS at least intermediate-2"
    assert original_words("Proteinuria (CTCAE4.0-≥3)") == "Proteinuria (CTCAE4.0- at least 3)"
    # A number before the symbol bounds what follows from the other side: "at most BMI" would say the reverse.
    for kept in ("18 kg/m2 ≤ BMI at most 30 kg/m2", "55 times/min≤pulse rate", "18 < Age less than 70"):
        assert original_words(kept) == kept
    assert original_words("Erectile dysfunction ≥ at least 3 months") == "Erectile dysfunction ≥ at least 3 months"
    assert original_words("Dose A -> dose B") == "Dose A -> dose B"


def test_full_width_marks_become_the_marks_an_english_sentence_uses():
    # Reviewed UNREADABLE: "ANC at least 1.5×109/L；PLT ...", "are met：（1）The subject" (text typed in a CJK layout).
    assert original_words("the following conditions are met：（1）The subject must") == (
        "The following conditions are met: (1) The subject must"
    )
    assert (
        original_words("ANC at least 1.5×109/L；PLT at least 75×109/L")
        == "ANC at least 1.5×10⁹/L; PLT at least 75×10⁹/L"
    )
    assert original_words("erectile dysfunction，IIEF-5 ≤ 21") == "Erectile dysfunction, IIEF-5 at most 21"


@pytest.mark.parametrize(
    ("written", "cleaned"),
    [
        # NCT05739409: a list run together by commas with no spaces, a bracket glued to its word
        (
            "Congestive heart failure(NYHA stage III),myocardial infarction,unstable angina pectoris",
            "Congestive heart failure (NYHA stage III), myocardial infarction, unstable angina pectoris",
        ),
        # NCT00242138: two sentences joined by a stop with no space
        (
            "At least 2 years of androgen ablation.Pharmacological androgen ablation may include",
            "At least 2 years of androgen ablation. Pharmacological androgen ablation may include",
        ),
        ("Tests: MRI to confirm diagnosis and level(s).", "Tests: MRI to confirm diagnosis and level(s)."),
        ("Prior platinum-based chemo(radio)therapy", "Prior platinum-based chemo(radio)therapy"),
        ("Doses of 1,000 mg/m2", "Doses of 1,000 mg/m2"),
        ("See www.Example.com", "See www.Example.com"),
    ],
)
def test_words_run_together_get_their_space_and_words_with_brackets_inside_do_not(written, cleaned):
    assert original_words(written) == cleaned


def test_two_lines_run_together_get_their_stop_back():
    # NCT05605119: "... syndrome-related illnessKnown active or chronic hepatitis B ...".
    assert original_words("related illnessKnown active hepatitis B") == "Related illness. Known active hepatitis B"
    assert original_words("Uses PowerPoint and an iPhone") == "Uses PowerPoint and an iPhone"  # names start upper case


@pytest.mark.parametrize(
    ("written", "cleaned"),
    [
        # NCT01180283: a count's thousands after a stop read "14" to an English reader.
        ("Leucocytes > 14.000 cel/mm3;", "Leucocytes more than 14,000 cel/mm3"),
        ("ANC 1.500/µL", "ANC 1,500/µL"),
        ("Dose 1.500 mg", "Dose 1.500 mg"),  # not a count: left as written
        # NCT04946890: 10 to the 9th with its superscript lost read "20 times 109".
        ("WBC ≤20×109/L", "WBC at most 20×10⁹/L"),
        ("Platelets > 100 x 109 / L", "Platelets more than 100 x 10⁹ / L"),
        ("ANC ≥ 1.5 x 109 cells/L", "ANC at least 1.5 x 10⁹ cells/L"),  # NCT01852578
    ],
)
def test_numbers_the_registry_wrote_another_way_are_shown_as_english_writes_them(written, cleaned):
    assert original_words(written) == cleaned


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # NCT00817830, NCT04474964 (review of sample 8): no one is both; the study means either.
        ("Systolic pressure more than 160 mm Hg and less than 100 mmHg", "more than 160 mm Hg or less than 100 mmHg"),
        ("Age less than 3 and more than 16 years", "less than 3 or more than 16 years"),
        # A range that can be true, and two bounds of two things, keep their "and".
        ("Age more than 18 and less than 70 years", "more than 18 and less than 70 years"),
        ("above 140 mmHg if less than 60 years of age and above 150 mmHg", "less than 60 years of age and above 150"),
    ],
)
def test_an_impossible_and_between_two_bounds_is_read_as_or(text, read):
    assert read in impossible_and_as_or(text)


def test_a_stray_colon_after_a_full_stop_goes():
    # NCT00607282 (review of sample 8): "... rectal cancer. : erectile dysfunction was developed ...".
    cleaned = original_words("radical resection for rectal cancer. : erectile dysfunction was developed after it")
    assert cleaned == "Radical resection for rectal cancer. Erectile dysfunction was developed after it"


def test_a_doubled_full_stop_is_one():
    assert (
        original_words("Participation in another trial during the study..")
        == "Participation in another trial during the study."
    )
    assert original_words("Other conditions, such as ...").endswith("...")


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        # Sample 12 (NCT03156790, NCT02513394): a dash the list's layout left at either end.
        ("Previous participation in this clinical trial -", "Previous participation in this clinical trial"),
        (
            "-Patients must either be initiating or have already started adjuvant hormonal treatment. -",
            "Patients must either be initiating or have already started adjuvant hormonal treatment.",
        ),
        ("-2 SD or lower", "-2 SD or lower"),  # a sign stays
    ],
)
def test_a_dash_left_at_either_end_goes(text, cleaned):
    assert original_words(text) == cleaned


def test_a_note_without_its_colon_reads_as_a_note():
    # NCT03525262 (sample 21): "Note bone scan is not required ..." under a reason read as one more reason.
    assert original_words("Note bone scan is not required for this study.").startswith("Note: bone scan")
    assert original_words("Note that prior chemotherapy is allowable.").startswith("Note that")


def test_a_stray_backslash_goes_and_a_units_backslash_is_its_slash():
    # NCT04961996 "t\he primary study", NCT05439486 "creatinine > 1.3 mg\dl": markdown's escapes, mistyped.
    assert unescape_markdown(r"criteria from t\he primary study") == "criteria from the primary study"
    assert unescape_markdown(r"creatinine \> 1.3 mg\dl") == "creatinine > 1.3 mg/dl"
    assert unescape_markdown(r"\(a\) \\ b") == "(a) \\ b"


def test_a_sign_before_a_span_of_time_of_an_event_is_within():
    # NCT04073706 (sample 21): "pregnancy test ≤ 30 days of surgery" read "at most 30 days of surgery".
    assert original_words("Pregnancy test ≤ 30 days of surgery.") == "Pregnancy test within 30 days of surgery."
    # an age keeps its bound
    assert original_words("Onset at 12 to ≤50 years of age.").endswith("at most 50 years of age.")


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        # NCT02856893 (sample 15: UNREADABLE, "ULN" never explained): "xULN" glued to its number is no term.
        (
            "Total bilirubin ≤ 1.5xULN if no liver metastases",
            "Total bilirubin at most 1.5 x ULN if no liver metastases",
        ),
        ("at most 5x ULN", "At most 5 x ULN"),
        # NCT06301854 (sample 44: "'*' for 'times'").
        ("AST, ALT > 3*ULN, serum creatinine", "AST, ALT more than 3 × ULN, serum creatinine"),
        # Spaced already, or a power of ten: kept.
        ("ALT ≤ 3 x ULN", "ALT at most 3 x ULN"),
        ("WBC ≤ 30 * 10^9/L", "WBC at most 30 * 10^9/L"),
    ],
)
def test_a_times_sign_glued_to_the_upper_limit_of_normal_is_spaced(text, cleaned):
    assert original_words(text) == cleaned
