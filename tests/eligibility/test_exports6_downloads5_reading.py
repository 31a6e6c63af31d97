"""Faults two more unseen readings found (docs/eligibility-review/exports6/ and downloads5/: 24 studies each of
data/ctgov/exports.jsonl.xz and downloads.jsonl.xz). Each test holds the general rule on the study's own sentence."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import eligibility, notes, texts
from trialpages.eligibility import parse_criteria
from trialpages.eligibility.comparators import symbols_in_words


def test_members_ending_in_or_are_choices_among_members_that_all_apply():
    plain = eligibility(
        "Inclusion Criteria:\n\n* Antihypertensive medication regimen:\n\n"
        "  * Stable regimen of at least two antihypertensive drugs of different classes for at least three months, or\n"
        "  * Documented intolerance to three classes of antihypertensive drugs, and\n"
        "  * A change in antihypertensive drug regimen is not anticipated within the oncoming three months.\n"
    )
    (regimen,) = plain.inclusion
    choices, no_change = regimen.children
    assert choices.children_joins == "any" and len(choices.children) == 2
    assert no_change.text is not None and no_change.text.startswith("A change in antihypertensive")


def test_an_or_after_an_and_leaves_the_members_as_written():
    plain = eligibility(
        "Inclusion Criteria:\n\n* Female participants who:\n"
        "    * Agree to practice 2 effective methods of contraception, AND\n"
        "    * Must also adhere to the guidelines of any pregnancy prevention program, OR\n"
        "    * Agree to practice true abstinence.\n"
    )
    (women,) = plain.inclusion
    assert not any(child.children_joins == "any" for child in women.children)


def test_a_title_naming_one_sex_ends_where_the_list_numbered_on_speaks_of_everyone():
    parsed = parse_criteria(
        "Inclusion Criteria:\n\n"
        "6. A male participant must agree to use contraception during the treatment period\n\n"
        "   Female participants:\n"
        "7. A female participant is eligible to participate if she is not pregnant and not breastfeeding\n"
        "8. The participant provides written informed consent for the trial\n"
        "9. Have a predicted life expectancy of >12 weeks\n"
    )
    tops = [criterion.text for criterion in parsed.sections[0].criteria if criterion.id.count("-") == 2]
    assert "The participant provides written informed consent for the trial" in tops
    assert "Have a predicted life expectancy of >12 weeks" in tops


def test_a_title_naming_one_sex_over_a_list_of_its_own_keeps_it():
    parsed = parse_criteria(
        "Inclusion Criteria:\n\nMale\n\n* History of erectile dysfunction for at least 3 months\n"
        "* At least 18 years of age at Visit 1\n"
    )
    (title,) = [criterion for criterion in parsed.sections[0].criteria if criterion.id.count("-") == 2]
    assert title.text == "Male"


def test_a_sentence_on_how_the_lists_apply_is_no_reason():
    said = (
        "Patients will be considered eligible to enter to the treatment phase if they fulfill all the inclusion and "
        "none of the exclusion criteria listed below."
    )
    plain = eligibility(
        f"Exclusion Criteria:\n\n* Pregnancy\n\nEligibility criteria for the treatment phase:\n\n{said}\n\n"
        "Inclusion criteria for treatment phase:\n\n* Signed consent\n"
    )
    assert not any(text.startswith("Patients will be considered eligible") for text in texts(plain.exclusion))


@pytest.mark.parametrize(
    ("text", "about", "term", "sense"),
    [
        ("T-score for the PROMIS brief pain inventory of at least 55", "Chronic Pain", "T-score", "50 is the average"),
        ("Bone density T-score below -2.5", "Osteoporosis", "T-score", "osteoporosis"),
        ("Screening of 40 mm on low back pain visual analog scales", "", "visual analog scales", "a line on which"),
        ("Has urine protein: proteinuria ≥2+ (≥100 mg/dL) on urine dipstick", "", "mg/dL", "urine"),
        ("Radiculopathy", "Cervical Disc Protrusion", "radiculopathy", "pinched nerve root"),
        (
            "score of more than 2.0 of the Zurich Claudication Questionnaire (ZCQ)",
            "",
            "Zurich Claudication Questionnaire",
            "narrowed spinal canal",
        ),
        ("Neurogenic leg pain: claudication from lumbar spinal stenosis", "", "claudication", "nerves squeezed"),
        ("Intermittent claudication from peripheral arterial disease", "", "claudication", "poor blood flow"),
        (
            "Ongoing or planned immune tolerance induction therapy.",
            "Hemophilia A",
            "immune tolerance induction therapy",
            "clotting factor",
        ),
        (
            "Anticentromere antibody seropositivity on central laboratory.",
            "Systemic Sclerosis",
            "seropositivity",
            "these antibodies",
        ),
        ("HIV seropositivity", "", "seropositivity", "infection"),
        (
            "diagnosed based on clinical and pathological findings (CD5, c-KIT positive)",
            "Thymic Carcinoma",
            "pathological findings",
            "microscope",
        ),
    ],
)
def test_notes_take_the_sense_of_the_seventh_and_eighth_readings_studies(text, about, term, sense):
    assert sense in notes(text, about)[term]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("You have acute thoughts of suicide, as assessed with the M.I.N.I.", "acute"),
        ("Acute risk of harm to self or others", "acute"),
        ("has signed the Investigational Review Board (IRB) approved informed consent", "investigational"),
    ],
)
def test_no_note_in_a_sense_the_seventh_and_eighth_readings_sentences_do_not_use(text, term):
    assert term not in notes(text)


def test_a_bare_radiculopathy_names_no_body_part_a_lumbar_one_does():
    plain = eligibility("Inclusion Criteria:\n\n* Radiculopathy\n")
    assert "arm or leg" in texts(plain.inclusion)[0]
    plain = eligibility("Inclusion Criteria:\n\n* Lumbar radiculopathy\n")
    assert "lower back" in texts(plain.inclusion)[0]


# exports7 and downloads6 (docs/eligibility-review/exports7/, downloads6/): the last unseen sets of the session.


def test_a_bare_exclusion_run_onto_an_item_after_a_bare_inclusion_heading_opens_the_exclusions():
    plain = eligibility(
        "Inclusion\n\n* Adult patients age 21-65 years\n"
        "* abdominal or liver CT scan within 1 year of enrollment for stratification Exclusion\n"
        "* Active alcohol consumption within 6 weeks of enrollment\n* Liver transplant\n"
    )
    assert texts(plain.inclusion)[-1] == "Abdominal or liver CT scan within 1 year of enrollment for stratification"
    assert "Active alcohol consumption within 6 weeks of enrollment" in texts(plain.exclusion)
    assert not plain.other


def test_an_item_that_names_a_list_rule_keeps_its_last_word():
    parsed = parse_criteria("Inclusion Criteria:\n\n* Adult\n* Meets the rules of Exclusion\n")
    assert [criterion.text for criterion in parsed.sections[0].criteria][-1] == "Meets the rules of Exclusion"


@pytest.mark.parametrize(
    ("lead", "members"),
    [
        (
            "Have a BMI",
            ["≥30.0 kilogram/square meter (kg/m²),", "≥27.0 kg/m² and at least 1 weight-related comorbidity"],
        ),
        (
            "Following condition:",
            ["Locally recurrent head and neck cancer after radiation therapy.", "Primary head or neck cancer."],
        ),
    ],
)
def test_two_ways_to_meet_one_measure_or_one_named_condition_are_choices(lead, members):
    listed = "".join(f"  * {member}\n" for member in members)
    (group,) = eligibility(f"Inclusion Criteria:\n\n* {lead}\n\n{listed}").inclusion
    assert group.children_joins == "any"


def test_a_lower_and_an_upper_limit_are_a_range_and_both_apply():
    (group,) = eligibility("Inclusion Criteria:\n\n* Have a BMI\n\n  * ≥18.5 kg/m²\n  * ≤35 kg/m²\n").inclusion
    assert group.children_joins != "any"


def test_limits_a_lead_in_calls_both_are_both_needed():
    (group,) = eligibility(
        "Inclusion Criteria:\n\n* Active RA as evidenced by both of the following:\n\n"
        "  * ≥ 6 swollen joints\n  * ≥ 6 tender joints\n"
    ).inclusion
    assert group.children_joins != "any"


def test_a_reason_sharing_no_word_with_a_drug_lead_in_is_the_lists_next_reason():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Use of Alcohol or Drugs as specified:\n"
        "* Alcohol Use Disorders Inventory Test (AUDIT) (score of 8 or higher)\n"
        "* Drug Abuse Screening Test-10 (DAST-10) (score greater than 2)\n"
        "* Nocturia that causes awakening from sleep\n* Known sleep walking\n"
    )
    tops = [item.text for item in plain.exclusion]
    assert "Nocturia that causes awakening from sleep" in tops and "Known sleep walking" in tops


def test_a_kind_of_condition_keeps_members_that_share_no_word_with_it():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Ophthalmologic conditions:\n* Current or past history of central serous retinopathy\n"
        "* IOP >21 mmHg or uncontrolled glaucoma\n"
    )
    (group,) = plain.exclusion
    assert len(group.children) == 2


@pytest.mark.parametrize(
    ("text", "term", "sense"),
    [
        (
            "Painful arthritis, spinal stenosis, amputation, painful foot lesions or neuropathy",
            "lesions",
            "abnormal tissue",
        ),
        ("Multi-segmental symptomatic CDDD.", "multi-segmental", "more than one"),
        ("sequestered lumbar disc herniation or intrathecal herniation", "intrathecal herniation", "disc material"),
        ("Prior exposure to immune-mediated therapy", "immune-mediated therapy", "immunotherapy"),
    ],
)
def test_notes_take_the_sense_of_the_ninth_and_tenth_readings_studies(text, term, sense):
    assert sense in notes(text)[term]


def test_addisons_disease_keeps_its_name():
    plain = eligibility("Exclusion Criteria:\n\n* Addison's disease\n")
    assert "Addison's disease" in texts(plain.exclusion)[0]


def test_a_count_of_sections_said_beside_multi_segmental_is_left_to_say_it():
    assert "multi-segmental" not in notes("Multi-segmental (3 or more segments) symptomatic CDDD.")


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("(≤ 2 weeks of radiotherapy)", "(at most 2 weeks of radiotherapy)"),
        ("≤ 4 weeks of treatment start", "within 4 weeks of treatment start"),
        ("≤ 28 days of randomization", "within 28 days of randomization"),
    ],
)
def test_a_treatments_length_is_not_made_a_time_window(written, said):
    assert symbols_in_words(written) == said
