"""Faults a third unseen reading found (docs/eligibility-review/exports3/: 24 more studies' API v2 criteria of
data/ctgov/exports.jsonl.xz), and one its re-reading of downloads1c found again. Each test holds the general rule on
the study's own sentence."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import eligibility, notes, texts


def test_a_run_of_or_lines_after_an_or_line_is_one_choice_and_what_follows_is_everyones():
    plain = eligibility(
        "Inclusion Criteria:\n\n- Known BRCA1 or BRCA2 carrier.\n\nOR\n\n"
        "* With life time risk of 30% or higher OR\n* 5-years risk ≥ 6% for women 40-64 OR\n"
        "* Patients with history of chest wall radiation received before age 35.\n"
        "* Must be at least 25 years old.\n* Willing to travel to participating site for imaging studies.\n"
    )
    sets, age, travel = plain.inclusion
    assert sets.children_title == "Only one of these sets needs to be true:"
    second = sets.children[1]
    assert second.children_title == "Or one of these:" and second.children_joins == "any"
    assert len(second.children) == 3
    assert age.text == "You are 25 years old or older."
    assert travel.text is not None and travel.text.startswith("Willing to travel")


def test_an_allowance_under_an_exclusion_whose_unless_is_said_whole_goes_to_the_notes():
    plain = eligibility(
        "Exclusion Criteria\n\n* History of dye allergy unless it can be mediated with antihistamines and/or steroids\n\n"
        "  * Women can be taking hormone replacement therapy, tamoxifen or raloxifene as adjuvant therapy.\n"
    )
    assert texts(plain.exclusion) == [
        "History of dye allergy unless it can be mediated with antihistamines and/or steroids"
    ]
    assert any(text.startswith("Women can be taking") for text in texts(plain.other))


@pytest.mark.parametrize(
    ("reason", "note"),
    [
        ("History of adrenalectomy", "At discretion of the PI, laboratory tests may be repeated once."),
        (
            "Planning to undergo pessary fitting °",
            "Those on antibiotics for urinary tract infection will be eligible for enrollment 2 weeks after completing "
            "antibiotic therapy",
        ),
    ],
)
def test_a_reason_typed_over_its_footnote_stays_a_reason_and_the_footnote_goes_to_the_notes(reason, note):
    plain = eligibility(f"Exclusion Criteria:\n\n* Pelvic surgery within the past 6 months\n* {reason}\n\n  * {note}\n")
    assert texts(plain.exclusion)[-1] == reason.rstrip(" °")
    assert any(text.startswith(note[:30]) for text in texts(plain.other))


def test_footnotes_under_the_last_exclusion_of_a_list_with_its_own_sentence_still_go_to_the_notes():
    plain = eligibility(
        "Exclusion Criteria: The person who meet any of the following criteria will be excluded from the study.\n\n"
        "1. Patients with uncontrolled thyroid disease\n"
        "2. Patients who have been determined inappropriate by the investigator, etc\n\n"
        "   * 1 Acceptable contraceptive methods: oral contraceptive hormones or barrier methods with spermicides\n"
    )
    assert texts(plain.exclusion)[-1] == "Patients who have been determined inappropriate by the investigator, etc"
    other = texts(plain.other)
    assert any(text.startswith("1 Acceptable contraceptive methods") for text in other)
    assert plain.other[0].children_title is None or "excluded" not in plain.other[0].children_title


def test_a_bare_link_is_not_a_reason():
    plain = eligibility("Exclusion Criteria:\n\n* Pelvic surgery\n* https://example.org/surveys/?s=ABC123\n")
    assert texts(plain.exclusion) == ["Pelvic surgery"]


@pytest.mark.parametrize(
    ("text", "term", "sense"),
    [
        (
            "use of synthetic cathinones (bath salts), synthetic cannabinoids (K2, Spice)",
            "synthetic cannabinoids",
            "K2",
        ),
        ("Unresponsive to conservative care for a minimum of 6 months", "conservative care", "without surgery"),
    ],
)
def test_notes_take_the_sense_of_the_third_readings_studies(text, term, sense):
    assert sense in notes(text)[term]


def test_a_more_conservative_approach_is_a_comparison_not_treatment_without_surgery():
    assert "conservative treatment" not in notes("too medically complex for a more conservative treatment approach")


@pytest.mark.parametrize(
    ("text", "about", "term", "sense"),
    [
        ("Diagnosed of LDH", "Lumbar Disc Herniation", "LDH", "disc"),
        ("Use of bone growth stimulator", "", "bone growth stimulator", "help a bone heal"),
        ("HLA-B*5701 positive and unable to use abacavir", "HIV", "HLA-B*5701", "abacavir"),
        ("Pregnant at the time of enrollment and/or plan to become pregnant", "Back Pain", "enrollment", "joining"),
        ("Spinal stenosis caused by isthmic spondylolisthesis (grade I and II)", "", "isthmic", "crack or gap"),
        (
            "Severe cervical myelopathy (i.e., Nurick's Classification greater than 2)",
            "",
            "Nurick's classification",
            "walking",
        ),
    ],
)
def test_notes_take_the_sense_of_the_fourth_readings_studies(text, about, term, sense):
    assert sense in notes(text, about)[term]


@pytest.mark.parametrize(
    ("text", "about", "term"),
    [
        ("Participants who are human leukocyte antigen (HLA)-B*5701 positive", "HIV", "HLA"),
        ("Any evidence of an active (CDC) Stage 3 disease, except cutaneous Kaposi's sarcoma", "HIV", "stage"),
    ],
)
def test_no_note_in_the_sense_the_fourth_readings_sentences_do_not_use(text, about, term):
    assert term not in notes(text, about)


def test_a_title_saying_whom_its_rules_are_for_leads_them():
    plain = eligibility(
        "Exclusion Criteria:\n\nGlycaemia-related for participant without T2D\n\n* HbA1c greater than or equal to 6.5 "
        "percent\n* History of type 1 or type 2 diabetes\n\nDiabetes-related for participant with T2D\n\n"
        "* Clinically significant or severe hypoglycaemia within 6 months of screening\n"
    )
    without, with_t2d = plain.exclusion
    assert without.children_title == "Glycaemia-related for participant without T2D:" and len(without.children) == 2
    assert with_t2d.children_title == "Diabetes-related for participant with T2D:" and len(with_t2d.children) == 1


def test_unmarked_choices_may_be_missing_from_the_record():
    plain = eligibility(
        "Inclusion Criteria:\n\n1. Diagnosis of radiculopathy, including at least one of the following\n"
        "2. Radiographically determined pathology at one level\n3. Failed six weeks of conservative treatment\n"
    )
    assert "missing from the record" in (plain.inclusion[0].caution or "")


def test_bone_metabolic_disorders_and_diabetes_medicines_alone_keep_their_own_senses():
    assert "bones" in notes("Metabolic disorders of calcified tissues.")["metabolic disorders of calcified tissues"]
    assert "single agent" not in notes("1-3 marketed oral antidiabetic drugs (OAD)s as single agent or in combination")
    assert "cancer" in notes("pembrolizumab as single agent therapy", "NSCLC")["single agent"]


def test_how_the_study_recruits_is_a_note_not_a_rule():
    plain = eligibility(
        "Inclusion Criteria:\n\n* Smokes at least 5 cigarettes a day\n* One half of the study sample will be recruited "
        "from the general population of smokers via social media advertisements\n"
    )
    assert texts(plain.inclusion) == ["Smokes at least 5 cigarettes a day"] or len(plain.inclusion) == 1
    assert any(text.startswith("One half of the study sample") for text in texts(plain.other))


def test_roman_numerals_run_onto_an_items_line_go_on_its_own_numbering():
    plain = eligibility(
        "Exclusion Criteria\n\n1. Have self-reported measures that reveal:\n\n   1. An active eating disorder\n\n"
        "   g. The consumption of alcohol above defined thresholds:\n\n   i. For women: more than 3 drinks in a single day "
        "and ii. For men: more than 4 drinks in a single day\n\n   h. An unstable or life-threatening medical illness;\n"
    )
    [measures] = plain.exclusion
    alcohol = next(child for child in measures.children if child.children_title and "alcohol" in child.children_title)
    titles = [child.children_title for child in alcohol.children]
    assert titles == ["For women:", "For men:"]
    assert any("unstable or life-threatening" in (child.text or "") for child in measures.children)


def test_the_asthma_control_test_is_not_the_asthma_control_questionnaire():
    [item] = eligibility("Inclusion Criteria:\n\n* Asthma Control Test Score ≤19\n").inclusion
    assert item.text == "Your Asthma Control Test score (ACT) is at most 19."
    assert "lower is worse" in notes("Asthma Control Test Score at most 19")["Asthma Control Test"]


def test_the_records_key_to_its_abbreviations_is_no_rule():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Active hepatitis B\n* ALT indicates alanine aminotransferase; AST, aspartate "
        "aminotransferase; HBV, hepatitis B virus; HCV, hepatitis C virus; HIV, human immunodeficiency virus\n"
    )
    assert len(plain.exclusion) == 1
    assert any(text.startswith("ALT indicates") for text in texts(plain.other))


@pytest.mark.parametrize(
    "text",
    [
        "Pregnant and nursing people are eligible to participate.",
        "Females of childbearing potential will complete a urine pregnancy test at their baseline visit to rule out "
        "pregnancy",
    ],
)
def test_who_may_join_and_how_pregnancy_is_ruled_out_are_not_reasons(text):
    plain = eligibility(f"Exclusion Criteria:\n\n* Known photosensitive epilepsy\n* {text}\n")
    assert texts(plain.exclusion) == ["Known photosensitive epilepsy"]


@pytest.mark.parametrize(
    ("text", "term", "sense"),
    [
        ("managed with multiple daily injections (MDI) of insulin", "MDI", "several shots"),
        ("severe valvular (any valve) insufficiency/regurgitation", "insufficiency", "valve"),
        ("Subcutaneous ICDs", "subcutaneous", "placed under the skin"),
        ("Absence of central venous access", "central venous access", "large vein near the heart"),
        ("angiographic findings of bifurcation at the target lesion in the coronary artery", "target lesion", "vessel"),
        (
            "severe left ventricular systolic dysfunction (ejection fraction less than 30%)",
            "systolic dysfunction",
            "pumping chamber",
        ),
    ],
)
def test_notes_take_the_sense_of_the_fifth_readings_studies(text, term, sense):
    assert sense in notes(text)[term]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("ED/hospital visit or prednisone course for asthma in past six months", "ED"),
        ("Presence of osteoporosis without definitive treatment", "definitive treatment"),
    ],
)
def test_no_note_in_a_sense_the_fifth_readings_sentences_do_not_use(text, term):
    assert term not in notes(text)


def test_suicidal_behavior_is_acts_not_thoughts():
    [item] = eligibility("Exclusion Criteria:\n\n* Suicidal behavior within the past year\n").exclusion
    assert item.text == "You have had suicidal acts (such as a suicide attempt) in the last year."
