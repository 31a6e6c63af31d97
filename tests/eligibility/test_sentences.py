"""A criterion is cut into sentences where a sentence ends, not at abbreviations, numbers or inside brackets."""

from __future__ import annotations

from trialpages.eligibility.sentences import list_members, sentences


def _texts(text: str) -> list[str]:
    return [sentence.text for sentence in sentences(text)]


def test_abbreviations_do_not_end_a_sentence():
    # NCT05268003, NCT02390960, NCT03319901: St. John's Wort was cut at "St."
    assert _texts("Use of St. John's Wort or other herbal products, e.g. ginseng. No other drugs.") == [
        "Use of St. John's Wort or other herbal products, e.g. ginseng.",
        "No other drugs.",
    ]
    assert _texts("Hemoglobin ≥ 9.0 g/dL vs. baseline, approx. 5 days (No. 3 of the list).") == [
        "Hemoglobin ≥ 9.0 g/dL vs. baseline, approx. 5 days (No. 3 of the list)."
    ]


def test_nothing_is_cut_inside_brackets():
    assert _texts("Normal blood pressure (SBP < 140; DBP < 90. Sitting) as judged by the investigator") == [
        "Normal blood pressure (SBP < 140; DBP < 90. Sitting) as judged by the investigator"
    ]


def test_inline_list_numbers_start_items_and_are_not_items():
    assert _texts("1. Men or women, ≥18 years of age 2. Provision of informed consent") == [
        "Men or women, ≥18 years of age",
        "Provision of informed consent",
    ]
    assert _texts("Previous allogeneic bone marrow transplant. 9. Hypersensitivity to TY-9591.") == [
        "Previous allogeneic bone marrow transplant.",
        "9. Hypersensitivity to TY-9591.",
    ]
    assert list_members(" a. Known allergy; b. Asthma; c. Epilepsy") == ["Known allergy", "Asthma", "Epilepsy"]
    assert list_members(" a. Known allergy only") == []


def test_a_numbering_inside_a_member_stays_that_members_choices():
    # NCT06967753: the romans are member a)'s regimens, not members beside it that everyone must meet.
    assert list_members(
        " a) Acceptable ART regimens include 2 NRTIs plus i) INSTI ii) NNRTI or iii) Boosted PI. b) Any prior switch "
        "must have occurred due to tolerability."
    ) == [
        "Acceptable ART regimens include 2 NRTIs plus i) INSTI ii) NNRTI or iii) Boosted PI.",
        "Any prior switch must have occurred due to tolerability.",
    ]
    # NCT05536349: the digits are member ii.'s own; "iii." goes on the romans begun before them: the next member.
    assert list_members(
        " ii. History of transplant or any of the following: 1. Active GVHD, 2. Cytopenia iii. Washout periods apply."
    ) == ["History of transplant or any of the following: 1. Active GVHD, 2. Cytopenia", "Washout periods apply."]
    assert list_members(" 1. Active GVHD, 2. Cytopenia iii. Washout periods apply. 1. Targeted agents: 2 weeks") == [
        "Active GVHD",
        "Cytopenia",
        "Washout periods apply.",
        "Targeted agents: 2 weeks",
    ]


def test_a_sentence_that_qualifies_the_one_before_is_marked():
    parts = sentences("Age ≥ 60 years. Patients aged < 60 years who are unsuitable may be eligible after discussion.")
    assert [part.qualifies for part in parts] == [False, True]
    parts = sentences("Prior chemotherapy. Hormone therapy is allowed.")
    assert [part.qualifies for part in parts] == [False, True]


def test_a_bracket_or_stray_punctuation_after_a_sentence_end_stays_with_that_sentence():
    # NCT records: "... version 1.1. (RECIST v1.1)", "... gel. 18,. Any history ...", "at screening: . Glycated ..."
    assert [s.text for s in sentences("Measurable disease per RECIST version 1.1. (RECIST v1.1)")] == [
        "Measurable disease per RECIST version 1.1. (RECIST v1.1)"
    ]
    assert [s.text for s in sentences("Known allergy to ultrasound gel. 18,. Any history of psychosis.")] == [
        "Known allergy to ultrasound gel. 18,.",
        "Any history of psychosis.",
    ]


def test_a_semicolon_list_the_first_sentence_opens_is_not_cut_into_its_members():
    # NCT05798663: read apart, "fatty liver" became "You have fatty liver disease." under "You cannot join if",
    # without the "clinically significant" that governs every member.
    text = (
        "Known clinically significant liver disease, including active viral, alcoholic, or other hepatitis; cirrhosis; "
        "fatty liver; and inherited liver disease."
    )
    assert [piece.text for piece in sentences(text)] == [text]
    # Without an opener, or without the "and" that closes a list, the semicolons part separate statements.
    assert len(sentences("HIV infection; hepatitis B; and hepatitis C.")) == 3
    assert len(sentences("Prior therapy including chemotherapy; radiotherapy within 4 weeks; major surgery.")) == 3
