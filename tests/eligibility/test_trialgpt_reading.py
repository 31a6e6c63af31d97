"""Faults a reading of 48 unseen studies found (docs/eligibility-review/trialgpt1/, records from the TrialGPT
benchmark in data/ctgov/trialgpt.jsonl.xz). Each test holds the general rule on the study's own sentence."""

from __future__ import annotations

from tests.eligibility.conftest import notes, texts
from trialpages.eligibility import translate_eligibility


def page_notes(criteria: str) -> dict[str, str]:
    """Every note a page with these criteria shows, term -> definition."""
    plain = translate_eligibility({"eligibilityCriteria": criteria})
    found: dict[str, str] = {}

    def walk(items) -> None:
        for item in items:
            found.update({term.term: term.definition for term in item.terms})
            walk(item.children)

    walk([*plain.inclusion, *plain.exclusion, *plain.other])
    return found


def lists_of(kind: str, text: str):
    head = "Inclusion Criteria:" if kind == "inclusion" else "Exclusion Criteria:"
    return translate_eligibility({"eligibilityCriteria": f"{head}\n\n* {text}\n"})


def test_a_pregnancy_test_rule_after_the_pregnancy_reason_is_said_apart_not_as_a_reason():
    plain = lists_of(
        "exclusion",
        "The patient is pregnant or lactating. If the patient is female and of childbearing potential, the patient must "
        "have a negative pregnancy test and avoid becoming pregnant while receiving study drug. A pregnancy test should "
        "be performed within 14 days prior to the first dose of study drug.",
    )
    [reason] = plain.exclusion
    assert reason.text == "You are pregnant or breastfeeding." and not reason.children
    [rule] = plain.other
    assert rule.text.startswith("If the patient is female") and rule.text.endswith("first dose of study drug.")


def test_patients_who_must_keep_taking_a_medicine_are_a_reason_not_a_rule():
    plain = lists_of(
        "exclusion",
        "Patients who must continue HMG-CoA reductase inhibitor therapy (e.g., simvastatin, lovastatin, etc.) during "
        "the study treatment period.",
    )
    assert not plain.other and texts(plain.exclusion)[0].startswith("Patients who must continue")


def test_allowed_steroids_stay_with_the_immune_suppressing_drugs_they_are_the_exception_to():
    plain = lists_of(
        "exclusion",
        "Any treatment with immunosuppressants or other immune-modifying drugs within 6 months prior to the "
        "administration of CV8102. The use of inhaled and nasal steroids, as well as topical steroids outside the "
        "vaccination area, will be permitted",
    )
    assert not plain.other
    assert texts(plain.exclusion)[0].endswith("will be permitted")


def test_no_sign_of_something_in_the_exclusion_list_is_not_said_as_a_reason():
    plain = lists_of("exclusion", "No evidence of acute infection")
    assert not plain.exclusion and texts(plain.other) == ["No evidence of acute infection"]


def test_the_study_physician_judges_as_the_study_doctor():
    plain = lists_of("exclusion", "unable in the study physician's opinion to comply with the study requirements")
    assert texts(plain.exclusion)[0].startswith("Your study doctor thinks")


def test_mental_retardation_is_an_intellectual_disability_not_a_learning_one():
    assert texts(lists_of("exclusion", "mental retardation;").exclusion) == ["You have an intellectual disability."]


def test_people_named_under_a_lead_in_are_not_said_as_something_you_have():
    criteria = (
        "Exclusion Criteria:\n\n* Severe chronic health conditions, including but not limited to:\n"
        "* Severe obesity\n* Children in foster care.\n* Current use of psychotropic medication other than medications for attention deficit hyperactivity disorder\n"
    )
    [group] = translate_eligibility({"eligibilityCriteria": criteria}).exclusion
    assert texts(group.children)[:2] == ["You have severe obesity.", "Children in foster care."]
    short = "Exclusion Criteria:\n\n* Conditions, including but not limited to:\n* Severe obesity\n* Children in foster care.\n"
    [item] = translate_eligibility({"eligibilityCriteria": short}).exclusion
    assert item.form == "original-words" and item.text.endswith("Severe obesity or Children in foster care")


def test_notes_take_the_sense_the_words_around_them_give():
    assert notes("retropharyngeal or buccal cellulitis")["buccal"] == "to do with the cheek"
    assert "dissolve" in notes("nitrates in any form (oral, sublingual, buccal, transdermal)")["buccal"]
    assert "rheumatic fever" in notes("History of rheumatic heart disease")["rheumatic heart disease"]
    assert (
        "dialysis" in notes("Chronic renal failure with chronic renal replacement therapy")["renal replacement therapy"]
    )
    assert "diabetes is the most common cause" in notes("Proliferative retinopathy.")["proliferative retinopathy"]
    assert "oxygen" in notes("Hypoxemia with a PO2 less than 60 mmHg (on room air)")["mmHg"]
    assert "blood pressure" in notes("systolic blood pressure > 160 mmHg")["mmHg"]
    assert "vaccine" in notes("non-registered product (adjuvant, drug) other than CV8102")["adjuvant"]
    assert "cancer" in notes("prior adjuvant chemotherapy is allowed")["adjuvant"]
    assert "without giving" in notes("research other than observational (e.g.; cohort, registry)")["cohort"]
    assert "treated or studied together" in notes("Cohort A: patients with prior treatment")["cohort"]
    assert "malignancy" not in notes("Severe/malignant/secondary hypertensive patients")
    assert "stage" not in notes("New claudication patient with Rutherford stage 2 and Fontaine stage 2a symptoms")
    throat = notes(
        "(eg, epiglottitis, retropharyngeal cellulitis, sinusitis, otitis media, or orbital/periorbital cellulitis)"
    )
    assert {"epiglottitis", "retropharyngeal", "sinusitis", "otitis media", "orbital/periorbital cellulitis"} <= set(
        throat
    )
    assert "not" in notes("Contra indications for MRA")["contraindication"]
    assert "indications for" not in notes("Contra indications for MRA")


def test_an_abbreviation_the_study_spells_out_as_something_else_gets_no_note_of_ours_on_its_page():
    assert "AST" not in notes("Negative allergy skin test (AST)")
    assert "liver" in notes("AST less than 3 x ULN")["AST"]
    page = page_notes("Inclusion Criteria:\n\n* Negative allergy skin test (AST)\n* Asthma confirmed by positive AST\n")
    assert "AST" not in page
    # A sense that is what the study spells out keeps its note.
    assert "ejaculating" in notes("premature ejaculation (PE) for 6 months")["premature ejaculation"]
    assert "blood flow to the brain" in notes("stroke or transient ischemic attack (TIA)")["TIA"]


def test_a_third_way_in_after_an_or_joins_the_other_two():
    plain = lists_of(
        "inclusion",
        "An elevated total peripheral white blood cell count (WBC >10,000/mm3); or >15% immature neutrophils (bands), "
        "regardless of total peripheral white count; or leukopenia with total WBC <4500/mm3.",
    )
    [either] = plain.inclusion
    assert either.children_title == "At least one of these must be true:" and either.children_joins == "any"
    assert texts(either.children) == [
        "Your white blood cell count is more than 10,000/mm3.",
        "More than 15% immature neutrophils (bands), regardless of total peripheral white count",
        "Leukopenia with total WBC less than 4500/mm3.",
    ]


def test_a_list_number_with_a_spaced_dash_is_not_kept_as_words():
    plain = lists_of("inclusion", "4 - Patients give their written informed consent for participation in the study.")
    assert not texts(plain.inclusion)[0].startswith("4")
    assert texts(lists_of("inclusion", "4 - 6 weeks after surgery").inclusion) == ["4 - 6 weeks after surgery"]


def test_the_second_reading_faults_read_right():
    # (WRONG) Notes in the wrong sense: a disease, not the lab test; treatments without steroid hormones, not pain
    # pills; the pregnancy hormone of a urine test; counts and levels of the spinal fluid; a passage from the bowel.
    assert notes("Any pathology, medical condition or symptoms that may lead to reconsider the diagnosis")[
        "pathology"
    ] == ("a disease or a change caused by disease")
    assert "microscope" in notes("diagnosis confirmed by pathology")["pathology"]
    assert "non-steroidal" not in notes("Use of non-steroidal treatments for excessive vaginal bleeding")
    assert "pregnancy" in notes("must have a negative urine gonadotropin prior to entry")["gonadotropin"]
    assert "pituitary" in notes("treatment with gonadotropins to stimulate ovulation")["gonadotropins"]
    csf = notes("cerebrospinal fluid showing leukocytosis (> 100 cells/mm3) or protein (> 100 mg/dl)")
    assert "spinal fluid" in csf["cells/mm3"] and "spinal fluid" in csf["mg/dl"]
    assert "blood" in notes("ANC at least 1500 cells/mm3")["cells/mm3"]
    assert "bowel" in notes("Patients with secondary cutaneous ulcer enteral fistula.")["enteral fistula"]
    # (WRONG) Without its "not", a window before joining would read as how long a medicine was taken.
    plain = lists_of(
        "exclusion", "Must not have received immunosuppressive agents for at least three months prior to enrollment."
    )
    assert texts(plain.exclusion)[0].startswith("Must not have received")
    # (WRONG) "Confirmed ... patients:" after "Probable ... patients: ... at least one of the following:" and its member is
    # the next group, not one more finding of the first.
    criteria = (
        "Inclusion Criteria:\n\n* Probable bacterial meningitis patients: fever with cerebrospinal fluid examination "
        "showing at least one of the following:\n* A. turbid appearance; B. leukocytosis\n* Confirmed bacterial "
        "meningitis patients: A case that is laboratory-confirmed by growing a bacterial pathogen\n"
    )
    inclusion = translate_eligibility({"eligibilityCriteria": criteria}).inclusion
    assert len(inclusion) == 2 and (inclusion[1].text or "").startswith("Confirmed bacterial meningitis patients")
    # A statement of whom the study does not leave out is not one more thing you must have.
    plain = lists_of("inclusion", "We will not exclude women if they have had previous cervical cancer screening.")
    assert not plain.inclusion and texts(plain.other)


def test_a_members_note_takes_the_sense_its_lead_in_gives():
    criteria = (
        "Inclusion Criteria:\n\n* Fever with cerebrospinal fluid examination showing at least one of the following:\n"
        "  * turbid appearance\n  * leukocytosis (> 100 cells/mm3)\n"
    )
    page = page_notes(criteria)
    assert "spinal fluid" in page["cells/mm3"]
    assert "blood" in page_notes("Inclusion Criteria:\n\n* Neutrophils > 1500 cells/mm3\n")["cells/mm3"]
