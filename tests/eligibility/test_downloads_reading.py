"""Faults a reading of 24 unseen studies found (docs/eligibility-review/downloads1/: real API v2 criteria from three
public "Download → JSON" files in data/ctgov/downloads.jsonl.xz, many of them studies of the spine). Each test holds
the general rule on the study's own sentence."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import notes, texts
from trialpages.eligibility import parse_criteria, translate_eligibility
from trialpages.eligibility.clean import original_words


def lists_of(kind: str, text: str):
    head = "Inclusion Criteria:" if kind == "inclusion" else "Exclusion Criteria:"
    return translate_eligibility({"eligibilityCriteria": f"{head}\n\n* {text}\n"})


def test_numbered_criteria_run_onto_one_line_are_split_even_when_a_comma_ends_the_first_word():
    run_on = " ".join(f"{number}. History of condition number {number}" for number in range(1, 11))
    plain = translate_eligibility(
        {
            "eligibilityCriteria": f"Exclusion Criteria:\n\n{run_on} 11. Subjects with a history of cancer must be "
            "disease free for at least 3 years; with the exception of squamous cell skin carcinoma 12. Pregnant, or "
            "plans on becoming pregnant 13. History of allergy to titanium\n"
        }
    )
    assert "You are pregnant, or you plan to become pregnant." in texts(plain.exclusion)
    assert "You have had an allergic reaction to titanium." in texts(plain.exclusion)
    assert not any("Pregnant" in text for text in texts(plain.other))


def test_footnotes_typed_under_the_last_exclusion_are_notes_with_what_their_definition_leads():
    plain = translate_eligibility(
        {
            "eligibilityCriteria": "Exclusion Criteria:\n\n"
            "1. Pregnant women\\*2 who do not use specific contraceptive methods\\*1\n"
            "2. Patients who have been determined inappropriate by the investigator, etc\n\n"
            "   * 1 Acceptable contraceptive methods: oral, implantable/injectable contraceptive hormones or barrier "
            "methods with spermicides\n"
            "   * 2 Woman of childbearing potential refers to a woman who is physiologically capable of becoming pregnant "
            "with a male partner. However, it does not apply if the investigator confirms that any of the following "
            "criteria is met:\n\n"
            "     * Patients with hysterectomy or tubal ligation before informed consent\n"
            "     * Post-menopausal women\n"
        }
    )
    assert texts(plain.exclusion)[-1] == "Patients who have been determined inappropriate by the investigator, etc"
    assert not any("contraceptive hormones" in text or "hysterectomy" in text for text in texts(plain.exclusion))
    other = texts(plain.other)
    assert any(text.startswith("1 Acceptable contraceptive methods") for text in other)
    assert "Patients with hysterectomy or tubal ligation before informed consent" in other


def test_who_must_have_something_done_is_who_a_reason_is_about_not_a_rule():
    plain = lists_of("exclusion", "Patients who must be operated urgently.")
    assert texts(plain.exclusion) == ["Patients who must be operated urgently."] and not plain.other


def test_one_of_more_is_the_registrys_typo_for_one_or_more():
    [criterion] = [
        c
        for c in parse_criteria(
            "Inclusion Criteria:\n\n1. Has one of more of the following conditions as documented by CT or MRI:\n\n"
            "   1. Modic changes\n   2. Loss of discogenic height\n"
        ).all_criteria()
        if c.joins
    ]
    assert criterion.joins == "any"


def test_a_short_list_is_not_said_as_one_sentence_when_its_lead_in_says_how_it_is_shown():
    plain = translate_eligibility(
        {
            "eligibilityCriteria": "Inclusion Criteria:\n\n1. Has one or more of the following conditions as "
            "documented by CT or MRI and plain X-rays:\n\n   1. Modic changes\n   2. Loss of discogenic height\n"
        }
    )
    assert any("as documented by CT or MRI and plain X-rays" in text for text in texts(plain.inclusion))


def test_what_the_excepted_disorder_goes_on_to_say_is_the_heads_not_the_exceptions():
    plain = lists_of(
        "exclusion",
        "Participant has a current medical disorder, other than narcolepsy with or without cataplexy, associated "
        "with excessive daytime sleepiness (EDS).",
    )
    [text] = texts(plain.exclusion)
    assert "associated with excessive daytime sleepiness" in text and "except in the case below" not in text


def test_circled_numbers_start_items_wherever_they_are_typed():
    plain = translate_eligibility(
        {
            "eligibilityCriteria": "Inclusion Criteria:\n\n* patients in good physical health; ②patients aged 20 to 55 "
            "years; ③patients who agree to participate in the study and sign the informed consent.\n\n"
            "Exclusion criteria:\n\n* ① Previous EV bleeding.② History of splenectomy.\n"
        }
    )
    assert len(plain.inclusion) == 3
    assert len(plain.exclusion) == 2 and "splenectomy" in plain.exclusion[1].text


def test_criteria_for_leaving_the_study_are_not_reasons_you_could_not_join():
    plain = translate_eligibility(
        {
            "eligibilityCriteria": "Exclusion criteria:\n\n* patients unable to tolerate magnetic resonance imaging;\n\n"
            "  * patients who are deemed unsuitable for the clinical trial.\n\n"
            "Removing criteria:\n\n* patients who decline participation of various reasons;\n"
        }
    )
    assert texts(plain.exclusion) == [
        "Patients unable to tolerate magnetic resonance imaging",
        "The study team thinks you are not suitable for this study.",
    ]
    assert "Patients who decline participation of various reasons" in texts(plain.other)


def test_the_test_a_sentence_names_stays_with_it():
    plain = lists_of(
        "exclusion",
        "Has a known history of HIV infection. The test should be performed within 28 days prior to the first dose.",
    )
    assert not plain.other
    [reason] = plain.exclusion
    assert [child.text for child in reason.children] == [
        "The test should be performed within 28 days prior to the first dose."
    ]


def test_a_registry_exclusion_saying_not_undergone_is_not_shown_as_a_reason():
    plain = lists_of("exclusion", "Not undergone previous spinal surgery at the affected disc level(s).")
    assert not plain.exclusion and texts(plain.other) == [
        "Not undergone previous spinal surgery at the affected disc level(s)."
    ]


def test_a_prednisone_equivalent_is_an_equally_strong_dose_not_the_same_milligrams():
    [item] = lists_of("exclusion", "Chronic systemic steroids more than 10 mg/day of prednisone equivalent").exclusion
    assert "equally strong dose of another steroid" in item.text and "same dose" not in item.text


@pytest.mark.parametrize(
    ("text", "about", "term", "sense"),
    [
        (
            "Prior spinal infection (e.g., discitis, septic arthritis)",
            "",
            "septic arthritis",
            "infection inside a joint",
        ),
        ("Chronic LBP caused by pathological intervertebral disc", "", "pathological", "caused by disease"),
        ("A modified Pfirrmann score of 3, 4, 5 or 6 on MRI", "", "modified Pfirrmann score", "from 1 to 8"),
        (
            "Lumbar spondylitis or other undifferentiated spondyloarthropathy",
            "",
            "undifferentiated spondyloarthropathy",
            "does not fit one named kind",
        ),
        ("Change from normal disc morphology", "", "disc morphology", "the shape of a disc"),
        (
            "Progressive signs of nerve root/spinal cord compression",
            "Cervical Disc Herniation",
            "spinal cord compression",
            "slipped disc",
        ),
        (
            "Symptomatic or untreated leptomeningeal disease or spinal cord compression",
            "Acute Myeloid Leukemia",
            "spinal cord compression",
            "emergency",
        ),
        ("Six weeks of treatment without adequate symptomatic relief", "", "symptomatic relief", "relief of symptoms"),
    ],
)
def test_notes_take_the_sense_the_spine_studies_use(text, about, term, sense):
    assert sense in notes(text, about)[term]


def test_an_abbreviation_spelt_among_a_words_spellings_keeps_its_case():
    assert "DEXA" not in notes("Fusion using the Dexa-C Anterior Interbody System")
    assert "bone" in notes("Osteoporosis on DEXA scan")["DEXA"]


def test_a_sign_after_the_words_that_say_it_is_said_once():
    assert original_words("Patient has failed at least ≥6 months of treatment") == (
        "Patient has failed at least 6 months of treatment"
    )


def test_a_sentence_saying_who_meets_the_following_criteria_introduces_the_list():
    [inclusion, exclusion] = parse_criteria(
        "Inclusion Criteria: The person who meet all the following criteria the object to the clinical trial\n\n"
        "1. Patients with statin intolerant hypercholesterolemia\n\nExclusion Criteria: The person who meet any of the "
        "following criteria will be excluded from the study.\n\n1. Patients with uncontrolled thyroid disease\n"
    ).sections
    assert inclusion.preamble and "meet all the following criteria" in inclusion.preamble
    assert exclusion.preamble and "will be excluded" in exclusion.preamble
    assert [c.text for c in inclusion.criteria] == ["Patients with statin intolerant hypercholesterolemia"]


def test_a_rule_indented_under_the_last_short_choice_is_the_lists_own():
    plain = translate_eligibility(
        {
            "eligibilityCriteria": "Inclusion Criteria:\n\nMechanical instability is defined by the presence of one or "
            "more of the following:\n\n1. Grade II or more listhesis\n2. Unstable burst fracture\n\n   * Failed "
            "conservative treatment (physical therapy, bed rest, medications) for a minimum period of 3 months prior "
            "to study enrollment.\n"
        }
    )
    lead, rule = plain.inclusion
    assert [child.text for child in lead.children] == ["Grade II or more listhesis", "Unstable burst fracture"]
    assert rule.text is not None and rule.text.startswith("Failed conservative treatment")


def test_choices_typed_as_lines_after_one_or_a_combination_of_the_following_are_cautioned():
    plain = translate_eligibility(
        {
            "eligibilityCriteria": "Inclusion Criteria:\n\n* The surgical indication must be one or a combination of "
            "the following\n* Degenerative disc disease (DDD)\n* Trauma\n* Age: ≥ 18 years\n"
        }
    )
    assert plain.inclusion[0].caution and "only one of them needs to be true" in plain.inclusion[0].caution


@pytest.mark.parametrize(
    ("text", "about", "term", "sense"),
    [
        ("Inadequate response to a fixed-dose oral 5-ASA formulation (mesalazine)", "", "5-ASA", "ulcerative colitis"),
        (
            "Scarring of ligamentum flavum, annulus fibrosis, or facet joint capsule",
            "",
            "annulus fibrosis",
            "outer ring",
        ),
        (
            "PAH associated with simple, congenital systemic-to-pulmonary shunts",
            "",
            "systemic-to-pulmonary shunts",
            "lungs'",
        ),
        (
            "PAH with pulmonary veno-occlusive disease (PVOD)",
            "",
            "pulmonary veno-occlusive disease (PVOD)",
            "veins of the lungs",
        ),
        ("Treatment such as physical therapy or chemotherapy for warts", "", "chemotherapy", "put on the skin"),
        ("Early Treatment Diabetic Retinopathy Study BCVA letter score of 73 to 24", "", "ETDRS", "eye chart"),
        ("Significant media opacities, including cataract", "", "media opacities", "clouding inside the eye"),
        ("Any prior anti-VEGF treatment for RVO in the study eye", "", "anti-VEGF", "injected into the eye"),
        ("Stage IIIB or IV disease", "NSCLC", "stage", "cancer"),
    ],
)
def test_notes_take_the_sense_of_the_second_readings_studies(text, about, term, sense):
    assert sense in notes(text, about)[term]


@pytest.mark.parametrize(
    ("text", "about", "term"),
    [
        ("HbA1C greater than or equal to 7.5 mg%", "Type 2 Diabetes", "mg%"),
        ("Fusion supplementation with a pedicle screw system", "", "supplementation"),
        ("Pulmonary veno-occlusive disease", "", "veno-occlusive disease"),
        ("Macular hole of stage 2 and above in the study eye", "Retinal Vein Occlusion", "stage"),
        ("Hoehn and Yahr of stage 4 or 5", "Parkinson Disease", "stage"),
    ],
)
def test_no_note_in_a_sense_the_sentence_does_not_use(text, about, term):
    assert term not in notes(text, about)
