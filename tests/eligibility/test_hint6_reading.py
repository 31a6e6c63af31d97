"""Faults found reading the sixth HINT sample (data/ctgov/hint6.jsonl.xz, docs/eligibility-review/hint6-1/). Each
test holds the general rule on the study's own sentence."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import eligibility, notes, texts


@pytest.mark.parametrize(
    "lead",
    [
        # NCT01192503: six antidepressants read as all needed
        "On a stable dose of the following antidepressants, for at least 30 days prior to baseline visit:",
        # NCT02695537: each document read as needed
        "Acceptable documentation of Alabama residency includes the following:",
    ],
)
def test_what_is_accepted_or_taken_from_a_list_is_one_of_it(lead):
    plain = eligibility(
        f"Inclusion Criteria:\n\n* Adults\n* {lead}\n    * Amitriptyline, up to 50mg/day\n"
        "    * Trazodone, up to 100mg/day\n    * Citalopram, up to 20mg/day\n* Able to sign consent\n"
    )
    assert plain.inclusion[1].children_joins == "any"


def test_who_needs_no_pregnancy_test_is_no_reason_to_be_left_out():
    # NCT02949011: postmenopausal and sterile women shown under "could not join".
    plain = eligibility(
        "Exclusion Criteria:\n\n1. Patients weighing ≤ 40 kg.\n2. Women who are pregnant, breastfeeding, or have a "
        "positive pregnancy test at the predose examinations. The following female patients who have documentation "
        "of either a or b below do not need to undergo a pregnancy test at the predose examinations:\n"
        "        1. Postmenopausal women (defined as cessation of regular menstrual periods for 2 years or more)\n"
        "        2. Women who are surgically sterile by hysterectomy, bilateral oophorectomy, or tubal ligation\n"
        "3. Patients with liver disease associated with hepatic impairment.\n"
    )
    assert not any("surgically sterile" in text for text in texts(plain.exclusion))
    assert any("surgically sterile" in text for text in texts(plain.other))


@pytest.mark.parametrize(
    ("criterion", "kept_out"),
    [
        # NCT02613572: an allowance
        (
            "AREDS vitamins taken at standard doses are not considered an exclusion criterion. Taking a standard "
            "multivitamin is not an exclusion as long as it does not contain ALA.",
            "AREDS",
        ),
        # NCT02613572: what happens during the study
        (
            "However, if a subject develops choroidal neovascularization in the study eye during the study, then the "
            "subject will continue to stay in the study",
            "neovascularization",
        ),
        # NCT02172534: the condition of an allowance
        ("Permission should be obtained from the sponsor of the study", "Permission"),
    ],
)
def test_notes_allowances_and_their_conditions_are_no_reasons(criterion, kept_out):
    plain = eligibility(f"Exclusion Criteria:\n\n* Pregnant\n* {criterion}\n* HIV infection\n")
    assert not any(kept_out in text for text in texts(plain.exclusion))
    assert any(kept_out in text for text in texts(plain.other))


def test_a_stricter_limit_for_one_phase_stands_apart_from_the_reason():
    # NCT01116648: "the QTc should not exceed 470 msec" nested under the QTc reason, read as keeping out those below it.
    plain = eligibility(
        "Exclusion Criteria:\n\n* Patients with any of the following:\n    * History of myocardial infarction within "
        "six months\n    * Patients with corrected QT (QTc) prolongation > 500 msec noted within 14 days of treatment\n"
        "        * For patients enrolled in the Phase 1-T portion of the protocol, the QTc should not exceed 470 msec\n"
        "    * New York Heart Association (NYHA) classification of III or IV\n"
    )
    assert not any("470" in text for text in texts(plain.exclusion))
    assert any("470" in text for text in texts(plain.other))
    assert any("more than 500 msec" in text for text in texts(plain.exclusion))


def test_the_lists_own_disclaimer_under_its_last_heading_is_no_reason():
    # NCT02058147: "This list may not hold everything ..." under "could not join".
    plain = eligibility(
        "Exclusion Criteria:\n\n* Pregnant\n\nExclusion Criteria for randomization at the end of the screening period:\n"
        "\n* Metformin maximal tolerated dose less than 1500 mg/day;\n* Amylase and/or lipase more than 3 ULN.\n\nThe above "
        "information is not intended to contain all considerations relevant to a participant's potential participation "
        "in a clinical trial.\n"
    )
    assert not any("may not hold everything" in text for text in texts(plain.exclusion))
    # alone, not under the last heading's title as if about that group only (hint6-1b: LOSSY)
    assert [item.text for item in plain.other] == [
        "This list may not hold everything that decides whether you can join."
    ]


def test_a_list_under_a_sentence_ending_in_an_allowance_is_not_the_allowances():
    # NCT00337194: the bar on earlier anti-CD30 treatment titled "Patients who have previously received a stem cell
    # transplant are permitted to enroll on this study:", as if for them only.
    plain = eligibility(
        "Inclusion Criteria:\n\n* Adults\n* Patients must have relapsed disease after at least one prior therapy; "
        "patients who have previously received a stem cell transplant are permitted to enroll on this study\n"
        "    * Prior treatment with an anti-CD30 antibody or gemcitabine is not permitted\n* ECOG 0-2\n"
    )
    assert not any(item.children_title for item in plain.inclusion)
    assert "Prior treatment with an anti-CD30 antibody or gemcitabine is not permitted" in texts(plain.inclusion)


def test_when_a_limit_holds_ends_its_sentence():
    # NCT00337194: "Absent a history of Gilbert's disease" said as a rule of its own.
    plain = eligibility(
        "Inclusion Criteria:\n\n* Bilirubin =< 2.0 mg/dL\n    * Absent a history of Gilbert's disease\n"
    )
    assert texts(plain.inclusion) == ["Bilirubin at most 2.0 mg/dL, absent a history of Gilbert's disease"]


def test_a_reason_ending_in_unless_leads_its_exception():
    # NCT02695537: the exception read as one more reason.
    plain = eligibility(
        "Exclusion Criteria:\n\n* Pregnant\n* Confirmed diagnosis that qualifies the patient for a GW clinical trial "
        "unless\n    * (a) there is no study that is actively open for enrollment of patients at UAB\n"
    )
    reason = plain.exclusion[1]
    assert reason.text.endswith("except in the case below.")
    assert reason.children_joins == "except"


@pytest.mark.parametrize(
    ("text", "term", "sense"),
    [
        # NCT00667420, NCT01170052: read as women's only
        ("Men or women of child-bearing potential must agree to use contraception", "child-bearing potential", "a man"),
        # NCT00350844: myeloma proteins
        (
            "Sickle cell disease confirmed on hemoglobin electrophoresis",
            "hemoglobin electrophoresis",
            "which kinds of hemoglobin",
        ),
        # NCT00337194: an infection
        ("Lymphangitis cutis/pulmonis", "lymphangitis cutis", "cancer spreading"),
        # NCT02737787: against an infection
        ("if they can start vaccine therapy within 4 months of completing chemotherapy", "vaccine therapy", "a cancer"),
    ],
)
def test_a_word_gets_the_sense_its_sentence_uses(text, term, sense):
    assert sense in notes(text)[term]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # NCT02066792: "acute" as an illness's, "clinically relevant" as needing a doctor's action
        ("unable to commit to refraining from alcohol use during the acute period of study participation", "acute"),
        ("in order to increase accrual of a clinically relevant sample", "clinically relevant"),
    ],
)
def test_no_note_where_its_only_sense_is_wrong(text, term):
    assert term not in notes(text)
