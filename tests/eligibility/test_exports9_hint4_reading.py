"""Faults two more unseen readings found (docs/eligibility-review/exports9/ and hint4/: 24 studies each of
data/ctgov/exports.jsonl.xz and hint.jsonl.xz). Each test holds the general rule on the study's own sentence."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import eligibility, notes, texts
from trialpages.eligibility import parse_criteria, translate_eligibility
from trialpages.eligibility.comparators import canonical_comparisons


@pytest.mark.parametrize(
    "line", ["Arm amputation.", "Part of the colon removed", "Period of exclusion for an other study"]
)
def test_a_word_that_names_arms_or_parts_is_no_label_without_one(line):
    parsed = parse_criteria(
        f"Exclusion Criteria:\n\n* Paralysis of the arm.\n* {line}\n* Presence of implanted devices, such as a "
        "pacemaker.\n* Wrist circumference \\> 23 cm.\n* Mastectomy\n"
    )
    assert [criterion.depth for criterion in parsed.sections[0].criteria] == [0] * 5


@pytest.mark.parametrize("label", ["Cohort 1:", "Part A", "Arm B:", "Phase Ib", "Group two:", "Study population:"])
def test_labels_of_arms_and_parts_still_lead_their_rules(label):
    parsed = parse_criteria(f"Inclusion Criteria:\n\n* {label}\n    * Age 18 or older\n    * ECOG 0-1\n")
    assert [criterion.depth for criterion in parsed.sections[0].criteria] == [0, 1, 1]


def test_a_limit_with_its_or_left_out_keeps_its_equal():
    plain = eligibility("Inclusion Criteria:\n\n* BMI equal to greater than 30 kg/m\\^2\n")
    assert texts(plain.inclusion) == ["Your BMI is at least 30 kg/m^2."]
    assert canonical_comparisons("score less than equal to 5") == "score at most 5"


def test_a_limit_for_the_partner_is_not_said_to_you():
    plain = eligibility(
        "Inclusion Criteria:\n\n* BMI equal to greater than 30 kg/m\\^2 (Index); BMI equal to greater than 27.5 "
        "kg/m\\^2 (family partner)\n"
    )
    said = texts(plain.inclusion)
    assert said[0] == "Your BMI is at least 30 kg/m^2 (Index)."
    assert not said[1].startswith("Your") and "(family partner)" in said[1]


def test_what_a_score_triggers_is_no_reason_to_be_left_out():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Patient Health Questionnaire-9 (PHQ-9) score greater than or equal to 20. A score of 1 "
        "or more on the suicide ideation item of the PHQ-9 will trigger a risk assessment.\n"
    )
    assert texts(plain.exclusion) == ["Your PHQ-9 score is at least 20."]
    assert any("will trigger a risk assessment" in said for said in texts(plain.other))


def test_confirming_no_exclusion_applies_is_no_reason_to_be_left_out():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Pregnancy\n* Confirmation that none of the Trial Registration exclusion criteria "
        "listed in Section 5.3.2 are met.\n"
    )
    assert not any("Confirmation" in said for said in texts(plain.exclusion))
    assert any("Confirmation" in said for said in texts(plain.other))


def test_diagnoses_in_remission_stay_with_the_disorder_they_let_in():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Meets ICD-11 or DSM-5 criteria for a current substance or alcohol use disorder "
        "(excluding caffeine and nicotine) within 26 weeks (6 months) of the Screening Visit. Diagnoses classified as in "
        "sustained remission are permitted.\n"
    )
    assert not plain.other
    assert "sustained remission are permitted" in texts(plain.exclusion)[0]


def test_what_is_not_considered_systemic_treatment_is_the_reasons_exception():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Has active autoimmune disease that has required systemic treatment in the past 2 years "
        "(i.e. with use of disease modifying agents, corticosteroids or immunosuppressive drugs); replacement therapy "
        "(e.g., thyroxine, insulin, or physiologic corticosteroid replacement therapy for adrenal or pituitary "
        "insufficiency, etc.) is not considered a form of systemic treatment\n"
    )
    [reason] = plain.exclusion
    assert reason.children_joins == "except"
    assert reason.children[0].text.startswith("Replacement therapy")


def test_a_group_of_what_crossing_over_needs_is_no_reason_to_be_left_out():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Previous treatment with Osimertinib\n\nFor subjects who cross-over to Osimertinib:\n\n"
        "* Once subjects on the platinum-based doublet chemotherapy arm are determined to have objective radiological "
        "progression according to RECIST 1.1.\n* At least 14 days since last dose of platinum-based doublet chemotherapy\n"
    )
    assert not any("14 days" in said for said in texts(plain.exclusion))
    assert "At least 14 days since last dose of platinum-based doublet chemotherapy" in texts(plain.other)


def test_the_prostate_surgery_keeps_its_note_beside_a_word_about_the_bladder():
    text = "Prior prostate or lower genitourinary surgery (bladder, penis, urethra) including transurethral resection"
    assert "prostate" in notes(text)["transurethral resection"]


def test_a_heading_after_a_protocols_section_number_is_a_heading():
    parsed = parse_criteria(
        "III.5 INCLUSION CRITERIA\n\n1. Be 18 years of age or older;\n\nIII.6 EXCLUSION CRITERIA\n\n"
        "1. Serious medical diagnoses (e.g., seizure, stroke, heart disease);\n2. Pregnancy;\n"
    )
    assert [section.kind for section in parsed.sections] == ["inclusion", "exclusion"]


def test_a_long_preamble_that_says_what_the_list_does_is_the_lists_title():
    plain = eligibility(
        "Exclusion Criteria:\n\nIndividuals will be precluded from enrolling in the study if they endorse (or if there is "
        "documentation of) any of following conditions. Already enrolled participants will be withdrawn from study "
        "participation upon emergence of any excluded condition (except pregnancy):\n\n1. Serious mental illness;\n"
        "2. Pregnancy;\n"
    )
    assert "You are pregnant." in texts(plain.exclusion)
    assert not plain.other


def test_a_verb_after_the_excepted_name_keeps_the_sentence_whole():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Has a current diagnosis of a significant psychiatric illness other than schizophrenia, "
        "per DSM-V and is in an acute phase/episode.\n"
    )
    [reason] = plain.exclusion
    assert not reason.children and reason.text.endswith("and is in an acute phase/episode.")


def test_a_treatment_against_hepatitis_c_is_not_the_antibody_test():
    assert "anti-HCV" not in notes("non-responder to prior anti-HCV interferon (IFN)-based treatment")
    assert "blood test" in notes("anti-HCV positive at screening")["anti-HCV"]


def test_a_part_named_in_capitals_over_an_exclusion_list_is_a_part():
    parsed = parse_criteria(
        "PATIENT CHARACTERISTICS:\n\nExclusion criteria:\n\n* Known liver cirrhosis\n\nPRIOR CONCURRENT THERAPY:\n\n"
        "Exclusion criteria:\n\n* Prior anticancer chemotherapy or radiotherapy\n"
    )
    assert [section.scope for section in parsed.sections if section.kind == "exclusion"] == [
        "PATIENT CHARACTERISTICS",
        "PRIOR CONCURRENT THERAPY",
    ]
    assert all(len(section.criteria) == 1 for section in parsed.sections if section.kind == "exclusion")


def test_a_fistula_among_implanted_devices_is_the_one_made_by_surgery():
    text = "Presence of implanted devices, such as a pacemaker, defibrillator, intravascular device, or arteriovenous fistula."
    assert "made by surgery" in notes(text)["arteriovenous fistula"]


def test_a_blood_level_in_a_count_unit_stays_in_the_studys_words():
    plain = eligibility("Inclusion Criteria:\n\n* Hemoglobin: >9.0 * 10^9/L\n")
    assert not any("billion" in said for said in texts(plain.inclusion))


def test_may_not_be_receiving_is_the_reason_it_names():
    plain = eligibility("Exclusion Criteria:\n\n* Patients may not be receiving any other investigational agents\n")
    assert not texts(plain.exclusion)[0].startswith("Patients may not")


def test_trauma_in_a_study_of_ptsd_is_the_event_not_only_an_injury():
    text = "Previous or foreseeable legal proceedings involving nightmares or trauma"
    assert "frightening or harmful event" in notes(text, "Posttraumatic Stress Disorder; Nightmares")["trauma"]


def test_an_indication_that_something_is_so_is_a_sign():
    assert notes("Any indication that the patient would not comply with the protocol")["indication"] == "a sign"


def test_months_with_no_word_of_age_are_no_age():
    plain = eligibility(
        "Inclusion Criteria:\n\nLife expectancy:\n\n* More than 2 months\n\nAge:\n\n* 6 months of age or older\n"
    )
    said = texts(plain.inclusion) + texts(plain.other)
    assert "You are more than 2 months old." not in said
    assert "You are 6 months old or older." in said


def test_pregnancy_over_unrelated_exclusions_is_a_reason_of_its_own():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Pregnant or lactating females\n    * Patient has active infectious hepatitis type B or C "
        "or HIV.\n    * Known history of intolerability to high dose dexamethasone\n"
    )
    assert [item.text for item in plain.exclusion][:1] == ["You are pregnant or breastfeeding."]
    assert all(not item.children for item in plain.exclusion)


def test_a_lead_in_ending_in_or_is_itself_one_of_the_ways_and_leaves_its_sibling_alone():
    plain = eligibility(
        "Inclusion Criteria:\n\n* Adequate organ function:\n  * creatinine within normal institutional limits OR\n\n"
        "    * creatinine clearance ≥60 mL/min/1.73 m2 for participants with creatinine levels above institutional normal\n"
        "  * baseline QTc \\<480ms\n"
    )
    [group] = plain.inclusion
    titles = [child.children_title for child in group.children]
    assert "Creatinine within normal institutional limits, or one of these:" in titles
    assert "Your QTc is less than 480 ms, measured at the start of the study." in texts(group.children)


def test_the_conditions_after_unless_are_any_one_of_them():
    plain = eligibility(
        "Inclusion Criteria:\n\n* Participants who are HBsAg positive are eligible if they have received HBV anti-viral "
        "therapy.\n  * Hepatitis B screening tests are not required unless:\n\n    * Known history of HBV infection\n"
        "    * As mandated by local health authority\n"
    )
    assert any("unless: known history of HBV infection or as mandated" in said for said in texts(plain.inclusion))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Presence of a medical condition other than HCV that is contributing to liver disease.", "other than HCV"),
        (
            "No complete remission of malignancy including hepatocellular carcinoma within the past 12 months",
            "No complete",
        ),
    ],
)
def test_the_eighteenth_readings_reasons_stay_whole_among_the_reasons(text, reason):
    plain = eligibility(f"Exclusion Criteria:\n\n* {text}\n")
    assert reason in texts(plain.exclusion)[0] and not plain.other


def test_a_prior_malignancy_in_a_cancer_study_is_another_cancer_when_healthy_volunteers_are_not_said():
    plain = translate_eligibility(
        {
            "eligibilityCriteria": "Exclusion Criteria:\n\n* Prior malignancy unless curatively treated and disease-free for "
            "> 5 years prior to study entry.\n"
        },
        about_cancer=True,
    )
    assert texts(plain.exclusion)[0].startswith("You have had another cancer")


def test_a_title_naming_pth_in_a_study_of_post_traumatic_headache_is_the_headache():
    assert "headache" in notes("chronic PTH:", "Post-Traumatic Headache")["PTH"]
    assert notes("Head trauma with loss of consciousness", "Post-Traumatic Headache")["trauma"] == "a physical injury"


def test_a_window_said_once_before_a_colon_holds_for_every_limit_after_it():
    plain = eligibility(
        "Inclusion Criteria:\n\n* At the time of study entry, blood counts performed within 4 weeks prior to study entry must "
        "meet the following criteria: ANC must be greater than or equal to 1000/mm3; Platelet count must be greater than or "
        "equal to 100,000/mm3\n"
    )
    [item] = plain.inclusion
    assert "within 4 weeks" in item.text and "100,000" in item.text


def test_a_retinal_disease_is_not_any_eye_disease():
    plain = eligibility("Exclusion Criteria:\n\n* Any uncontrolled or progressive retinal disease.\n")
    assert "retina" in texts(plain.exclusion)[0]


def test_which_lesions_count_as_measurable_is_no_fact_of_the_patients():
    plain = eligibility(
        "Inclusion Criteria:\n\n* Lesions that are not considered measurable include the following:\n    * Bone lesions\n"
        "    * Leptomeningeal disease\n"
    )
    assert all(not said.startswith("You") for said in texts(plain.inclusion))


def test_a_window_that_belongs_to_the_transfusion_is_not_when_the_test_is_done():
    plain = eligibility("Inclusion Criteria:\n\n* Hemoglobin > 9.0 without transfusion support in the past 28 days\n")
    assert "measured in the last 28 days" not in texts(plain.inclusion)[0]


def test_an_or_after_a_set_that_holds_the_consent_parts_no_sets():
    plain = eligibility(
        "Inclusion Criteria:\n\n* Signed written informed consent.\n* Patients who have received only one prior systemic "
        "treatment\n\nOr,\n\n* Patients who have received no prior systemic therapy\n* Male or female ≥ 18 years of age.\n"
    )
    assert "You are 18 years old or older, male or female." in texts(plain.inclusion)
    assert all(item.children_title != "Only one of these sets needs to be true:" for item in plain.inclusion)
    assert any((item.children_title or "").startswith("Or (the study's list says") for item in plain.inclusion)


@pytest.mark.parametrize(
    "line",
    [
        "Subjects in Part B will have Non-Small Cell Lung Cancer (NSCLC)",
        "Part B/Cohort II subjects who have experienced disease progression while receiving erlotinib",
    ],
)
def test_who_a_part_of_the_study_is_for_is_no_reason_to_be_left_out(line):
    plain = eligibility(f"Exclusion Criteria:\n\n* Severe unmanageable diarrhea\n* {line}\n")
    assert texts(plain.exclusion) == ["Severe unmanageable diarrhea"]


def test_kinds_confirmed_by_a_classification_are_any_one_of_them():
    parsed = parse_criteria(
        "Inclusion Criteria:\n\n1. Subject has histologically/cytologically confirmed PTCL, using the World Health "
        "Organization (WHO) disease classification:\n        1. PTCL not otherwise specified (NOS)\n"
        "        2. Angioimmunoblastic T-cell lymphoma\n"
    )
    assert parsed.sections[0].criteria[0].joins == "any"


def test_hypertension_beside_glaucoma_in_a_list_of_illnesses_is_blood_pressure():
    text = "Patients with non-controlled diabetes, hypertension, digestive ulcer or glaucoma"
    assert notes(text)["hypertension"] == "high blood pressure"


def test_two_cohorts_of_one_part_are_siblings_and_describe_whom_they_are_for():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Severe unmanageable diarrhea\n* Part B/Cohort I erlotinib-naive subjects\n"
        "* Part B/Cohort II subjects who have experienced disease progression while receiving erlotinib\n"
    )
    assert texts(plain.exclusion) == ["Severe unmanageable diarrhea"]
    assert all(not item.children for item in plain.other)


def test_a_progressive_disease_of_an_organ_is_not_a_cancer_that_grew():
    assert "progressive disease" not in notes("You have an uncontrolled or progressive disease of the retina.")


def test_alk_in_a_lymphoma_is_the_protein_its_cells_test_for():
    assert "lymphoma cells" in notes("You have anaplastic large cell lymphoma, ALK+.")["ALK"]
    assert "lung" in notes("ALK rearranged non-small cell lung cancer")["ALK"]


def test_a_biologic_activity_is_no_medicine_made_from_cells():
    assert "biologic" not in notes("compounds of similar chemical composition or similar biologic therapeutic activity")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Exclusion Criteria:\n\n* History of significant cardiac disease unless well controlled (includes 2nd/3rd degree "
            "heart block, ischemic heart disease)\n",
            "unless well controlled (includes",
        ),
        (
            "Exclusion Criteria:\n\n* Patients in whom, in the opinion of the treating physician, should receive cytotoxic "
            "chemotherapy with docetaxel.\n",
            "should receive cytotoxic chemotherapy",
        ),
    ],
)
def test_the_twentieth_readings_reasons_stay_whole_among_the_reasons(text, kept):
    assert kept in texts(eligibility(text).exclusion)[0]


def test_a_stable_dose_rule_among_the_exclusions_is_no_reason_to_be_left_out():
    plain = eligibility(
        "Exclusion Criteria:\n\n* Treatment for osteoporosis such as bisphosphonates (e.g., Fosamax®) must be at stable "
        "dosages for at least 3 months prior to Screening\n"
    )
    assert not plain.exclusion and "stable dosages" in texts(plain.other)[0]


def test_the_items_under_an_inclusions_no_stay_in_the_studys_words():
    plain = eligibility(
        "Inclusion Criteria:\n\n* No uncontrolled concurrent illness including, but not limited to, any of the following:\n"
        "    * Unstable angina pectoris\n    * Psychiatric illness or social situations that would limit compliance\n"
    )
    assert all(not said.startswith("You") for said in texts(plain.inclusion))


def test_melanoma_in_a_study_of_eye_melanoma_is_the_eyes():
    assert "eye" in notes("histological confirmation of melanoma", "Uveal Melanoma")["melanoma"]
    assert "skin" in notes("unresectable stage III melanoma", "Melanoma")["melanoma"]


def test_nodal_arrhythmias_misspelt_are_still_the_hearts():
    assert "AV node" in notes("Supraventricular and nodal arrythmias requiring a pacemaker")["nodal arrythmias"]


# Notes in the sense the study's words give them: (the words, the study's conditions, the term, words of that sense).
_SENSES = [
    # exports9 and hint4
    ("Naïve to alcohol consumption", "", "naïve to", "never having used"),
    ("Structural disorder of spinal alignment (Scoliosis, kyphosis, lordosis)", "", "lordosis", "swayback"),
    ("Radiation-induced oophorectomy with last menses > 1 year ago", "", "radiation-induced oophorectomy", "not with"),
    (
        "bladder cancer after transurethral resection of bladder tumor (TURBT)",
        "",
        "transurethral resection of bladder tumor",
        "from the bladder",
    ),
    ("Diagnosis of glaucoma or ocular hypertension.", "", "ocular hypertension", "inside the eye"),
    ("Ejection fraction > 47% by radionucleotide angiogram", "", "radionucleotide angiogram", "radioactive tracer"),
    ("undergoing routine invasive measurement of hemodynamic parameters", "", "invasive measurement", "inside"),
    ("prior treatment with non-ergot dopamine agonists (e.g. pramipexole)", "", "non-ergot dopamine agonists", "not"),
    (
        "Planned index procedure to revise or repair an existing fistula",
        "End Stage Renal Disease",
        "fistula",
        "dialysis",
    ),
    ("Referred for creation of a new AVF", "ESRD", "AVF", "dialysis"),
    (
        "a cytotoxic T-lymphocyte associated protein-4 (CTLA-4) agent",
        "",
        "cytotoxic T-lymphocyte associated protein-4",
        "CTLA-4",
    ),
    # words UNREADABLE reasons of all readings named most often
    ("Indication of liver disease, defined by serum levels of ALT", "", "indication", "a sign"),
    ("Treatment with any medication for the indication of obesity", "", "indication", "reason a medicine"),
    ("History of severe head trauma or brain surgery", "", "trauma", "physical injury"),
    ("Suspicion of nightmares being secondary to substance abuse", "", "secondary to", "caused by"),
    ("Has given plasma in the last 14 days", "", "plasma", "liquid part of the blood"),
    ("On ART including atazanavir 300 mg and ritonavir 100 mg for HIV", "", "ART", "HIV"),
    # hint5
    ("Currently on beta-blocker monotherapy (for more than 30 days) for IOP reduction", "", "beta-blocker", "eye"),
    ("Use of beta-blockers in the past month", "Open Angle Glaucoma", "beta-blockers", "eye"),
    ("Use of beta-blockers for high blood pressure", "", "beta-blockers", "slow the heart"),
    ("Hypersensitivity to prostaglandin analogues or any component", "", "prostaglandin analogues", "latanoprost"),
    # hint4b
    ("Positive liver and kidney microsomal auto antibodies", "", "microsomal auto antibodies", "liver"),
    ("Positive thyroid microsomal antibodies", "", "microsomal antibodies", "thyroid"),
    ("Non-epithelial ovarian carcinomas", "", "non-epithelial", "not starting"),
    # hint5 (group 4)
    ("media clear enough to permit fundus photography, fluorescein angiography", "", "fluorescein angiography", "eye"),
    ("anti-angiogenic drugs (pegaptanib, ranibizumab, bevacizumab)", "", "anti-angiogenic", "in the eye"),
    ("ever required intubation for a severe asthma attack/exacerbation", "", "intubation", "windpipe"),
    ("a serum creatinine of 1.5 mg/dL AND a clearance by urine collection or formula", "", "mg/dL", "blood"),
    # hint5 (group 3)
    ("a total score of at least 65 on BRIEF-A GEC T-score by self-report", "", "T-score", "50 is the average"),
    ("T-score of -2.5 or lower at the hip", "", "T-score", "bone density"),
    ("T-cell or T-cell receptor vaccination", "", "T-cell receptor vaccination", "own T cells"),
    ("deficiency of subcutaneous body fat", "", "subcutaneous", "under the skin"),
    # hint6
    ("Intra Ocular Pressure at most 18 mm Hg in both eyes.", "", "mm Hg", "inside the eye"),
    ("subcutaneous contraceptive implant", "", "subcutaneous", "placed under the skin"),
    (
        "You have subcutaneous panniculitis-like T-cell lymphoma.",
        "",
        "subcutaneous panniculitis-like T-cell lymphoma",
        "fat",
    ),
    ("Immunosuppressive drugs (e.g., Janus kinase inhibitors)", "", "Janus kinase inhibitors", "calm the immune"),
    ("supraventricular and nodal arrhythmias requiring a pacemaker", "", "nodal arrhythmias", "AV node"),
    ("reviewed by the CLIA approved pathology core pathologist", "", "pathology", "microscope"),
    ("Use of beta-blockers in the past month", "Glaucoma", "beta-blockers", "eye drops"),
    # hint6 and exports10
    ("A photosensitive range in response to intermittent photic stimulation", "", "photosensitive", "flashing light"),
    ("chronic PTH after a mild head injury", "", "PTH", "headache"),
    ("positive test for schistosoma surface antigen at Screen", "", "surface antigen", "germ"),
    # hint7
    ("Volunteer with HCV plasma RNA levels of more than 100,000 IU/mL", "", "RNA", "virus"),
    ("diagnosis of open-angle glaucoma and/or hypertension under control of the target IOP", "", "hypertension", "eye"),
    # hint8
    (
        "History of neuroleptic malignant syndrome (NMS)",
        "",
        "neuroleptic malignant syndrome",
        "mental health medicines",
    ),
    ("drugs given with the intention to inhibit CYP 17", "", "CYP 17", "male hormones"),
    ("Use of bone targeted agents including bisphosphonates is allowed", "", "bone targeted agents", "bone-protecting"),
    ("Clinical diagnosis of metastatic uveal melanoma", "", "uveal melanoma", "eye"),
    ("Exclusion Criteria at presentation in ED with a painful crisis", "", "ED", "emergency"),
    ("MSI-low or microsatellite stable (MSS) colorectal cancer", "", "MSS", "few of the errors"),
    ("current use of ocular hypotensive medications", "", "ocular hypotensive medications", "eye drops"),
]
# The hint6 rows, whose notes must not say "pills" (the glaucoma beta-blocker note once widened to them, hint5b: WRONG).
_NO_PILLS = [
    row
    for row in _SENSES
    if row[2]
    in {
        "Janus kinase inhibitors",
        "beta-blockers",
        "mm Hg",
        "nodal arrhythmias",
        "pathology",
        "subcutaneous",
        "subcutaneous panniculitis-like T-cell lymphoma",
    }
]


@pytest.mark.parametrize(("text", "about", "term", "sense"), _SENSES)
def test_notes_take_the_sense_the_studys_words_give_them(text, about, term, sense):
    assert sense in notes(text, about)[term]


@pytest.mark.parametrize(("text", "about", "term", "sense"), _NO_PILLS)
def test_no_note_of_the_hint6_rows_widens_to_pills(text, about, term, sense):
    assert "pills" not in notes(text, about)[term]


def test_intubation_for_an_asthma_attack_is_not_said_to_be_during_anesthesia():
    assert "anesthesia" not in notes("ever required intubation for a severe asthma attack/exacerbation")["intubation"]


# Words with no note there: the only senses the glossary has are not theirs.
@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Current or recent (6 months) enrollment in a commercial or self prescribed weight loss program",
            "enrollment",
        ),
        ("a cytotoxic T-lymphocyte associated protein-4 (CTLA-4) agent", "cytotoxic"),
        ("non-ergot dopamine agonists", "ergot"),
        ("routine invasive measurement of hemodynamic parameters", "invasive"),
        ("transurethral resection of bladder tumor", "transurethral resection"),
        ("History of childhood trauma or PTSD", "trauma"),
        ("Multiple myeloma with more than 10% plasma cells", "plasma"),
        ("agents that target mesenchymal epithelial transition (MET)", "epithelial"),
        ("art therapy sessions", "ART"),
        ("a culture taken by an invasive technique within 24 hours", "invasive"),
    ],
)
def test_no_note_in_a_sense_the_words_do_not_have(text, term):
    assert term not in notes(text)
