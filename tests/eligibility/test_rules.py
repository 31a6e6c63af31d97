"""Each criterion type the issue names, on real criterion text from the bundled corpus (NCT id beside it).

Every case asserts the whole plain sentence, which rule wrote it, and that fidelity holds: the same
numbers, units and comparisons in the same direction, the same negations and qualifiers.
"""

from __future__ import annotations

import pytest

from trialpages.eligibility.fidelity import faithful
from trialpages.eligibility.glossary import terms_in
from trialpages.eligibility.rules import RULES
from trialpages.eligibility.translate import plain_sentence

CORPUS_CASES = [
    # (criterion type, NCT id, original criterion, rule, plain sentence)
    ("age", "NCT05366504", "Age 40-70 years.", "age-range", "You are 40 to 70 years old"),
    ("age", "NCT06469775", "Age >18", "age-minimum", "You are more than 18 years old"),
    ("age", "NCT06631443", "Age ≥18 years", "age-minimum", "You are at least 18 years old"),
    ("age", "NCT07113470", "18 years of age or older", "age-or-older", "You are 18 years old or older"),
    ("age", "NCT06376513", "Adults", "adult", "You are an adult"),
    ("sex", "NCT00143260", "Men 18-70 years of age", "age-with-sex", "You are a man 18 to 70 years old"),
    ("sex", "NCT05241964", "Male", "sex", "You are male"),
    ("consent", "NCT06823401", "Written informed consent", "consent", "You agree in writing to take part"),
    (
        "performance status",
        "NCT05278052",
        "Patients with ECOG performance status of 0-2",
        "ecog",
        "Your ECOG score is 0 to 2",
    ),
    (
        "performance status",
        "NCT01515527",
        "ECOG performance status of ≤ 2.",
        "ecog-max",
        "Your ECOG score is at most 2",
    ),
    ("performance status", "NCT00777179", "WHO PS 0-1", "ecog", "Your WHO performance score is 0 to 1"),
    ("performance status", "NCT04100187", "KPS>60.", "karnofsky", "Your Karnofsky score is more than 60"),
    (
        "performance status",
        "NCT01949129",
        "Karnofsky / Lansky score < 50%",
        "karnofsky",
        "Your Karnofsky or Lansky score is less than 50%",
    ),
    (
        "life expectancy",
        "NCT04603807",
        "Life expectancy of at least 12 weeks",
        "life-expectancy",
        "Your doctor expects you to live at least 12 weeks",
    ),
    (
        "diagnosis confirmed by tissue or cells",
        "NCT02179567",
        "Cytologically or histologically documented NSCLC",
        "diagnosis-confirmed",
        "A tissue or cell test has shown that you have NSCLC",
    ),
    (
        "diagnosis confirmed by tissue or cells",
        "NCT00215631",
        "Patients with histologically proven prostate cancer.",
        "diagnosis-confirmed",
        "A tissue test has shown that you have prostate cancer",
    ),
    (
        "diagnosis",
        "NCT02960672",
        "Clinical diagnosis of interstitial lung disease",
        "diagnosis",
        "A doctor has found that you have ILD",
    ),
    (
        "measurable disease",
        "NCT06750094",
        "Have measurable disease according to RECIST v1.1",
        "measurable-disease",
        "You have tumors that can be measured on scans (RECIST 1.1)",
    ),
    (
        "stage",
        "NCT01562210",
        "Stage II/III non-operable disease, without malignant pleural effusion",
        "stage",
        "You have stage II/III non-operable disease, without malignant pleural effusion",
    ),
    (
        "prior treatment lines",
        "NCT04862663",
        "More than 1 line of chemotherapy for metastatic disease.",
        "prior-lines",
        "You have had more than 1 past line of chemo for metastatic disease",
    ),
    ("prior treatment", "NCT02179567", "No prior chemotherapy", "no-prior-treatment", "You have had no past chemo"),
    (
        "washout period",
        "NCT04434352",
        "Past radiation therapy of the pelvic region within 12 months prior to enrollment.",
        "washout",
        "You had past radiation of the pelvic region in the 12 months before joining the study",
    ),
    ("organ function", "NCT05631795", "Adequate renal function", "organ-function", "Your kidneys work well enough"),
    ("lab threshold: ANC", "NCT03102398", "ANC < 1,500/μL,", "lab-threshold", "ANC: less than 1,500/μL"),
    (
        "lab threshold: platelets",
        "NCT03102398",
        "Platelets < 75,000 /μL",
        "lab-threshold",
        "Platelets: less than 75,000 /μL",
    ),
    ("lab threshold: hemoglobin", "NCT03058094", "Hemoglobin≥9 g/dL", "lab-threshold", "Hemoglobin: at least 9 g/dL"),
    (
        "lab threshold: bilirubin",
        "NCT04874480",
        "Bilirubin =< 2.5 mg/dL",
        "lab-threshold",
        "Bilirubin: at most 2.5 mg/dL",
    ),
    ("lab threshold: AST/ALT", "NCT05821933", "AST ≤2.5 × ULN", "lab-threshold", "AST: at most 2.5 × ULN"),
    (
        "lab threshold: creatinine clearance",
        "NCT02175381",
        "Creatinine Clearance >60 ml/min",
        "lab-threshold",
        "Creatinine Clearance: more than 60 ml/min",
    ),
    (
        "lab threshold: INR",
        "NCT02759614",
        "International normalised ratio (INR)≤1.5",
        "lab-threshold",
        "INR: at most 1.5",
    ),
    ("pregnancy", "NCT07247227", "Pregnant or lactating women.", "pregnancy", "You are pregnant or breastfeeding"),
    ("breastfeeding", "NCT04747912", "breastfeeding females", "pregnancy", "You are breastfeeding"),
    (
        "pregnancy test",
        "NCT05282459",
        "Women of childbearing potential must have negative urine or serum pregnancy test",
        "negative-pregnancy-test",
        "If you can get pregnant, you have a negative urine or serum pregnancy test",
    ),
    (
        "contraception",
        "NCT02392273",
        "Females of childbearing potential must be using adequate contraception during study period.",
        "birth-control",
        "If you can get pregnant, you use good enough birth control during the study",
    ),
    (
        "brain or CNS metastases",
        "NCT05984277",
        "Symptomatic brain metastases",
        "brain-metastases",
        "You have cancer that has spread to the brain and causes symptoms",
    ),
    (
        "brain or CNS metastases",
        "NCT04736823",
        "Has known active central nervous system (CNS) metastases;",
        "brain-metastases",
        "You have known active cancer that has spread to the brain or spinal cord",
    ),
    (
        "other cancers within N years",
        "NCT04603807",
        "Previous malignancy within the past 3 years",
        "other-cancer",
        "You have had cancer in the last 3 years",
    ),
    (
        "other cancers",
        "NCT03895671",
        "Individuals with another active malignancy",
        "other-cancer",
        "You have another active cancer",
    ),
    (
        "autoimmune disease",
        "NCT05798663",
        "Active autoimmune disease.",
        "autoimmune",
        "You have active autoimmune disease (your immune system attacks your own body)",
    ),
    ("HIV", "NCT01640457", "HIV infection", "hiv", "You have HIV"),
    (
        "hepatitis B/C",
        "NCT01640457",
        "active hepatitis B or C infection",
        "hepatitis",
        "You have active hepatitis B or hepatitis C",
    ),
    ("tuberculosis", "NCT06692738", "Active tuberculosis infection.", "tuberculosis", "You have active TB"),
    (
        "infection",
        "NCT04861558",
        "Active infections requiring antibiotics",
        "active-infection",
        "You have an active infection needing antibiotics",
    ),
    ("heart: QTc", "NCT05993949", "QTc ≤ 500ms", "lab-threshold", "QTc: at most 500ms"),
    (
        "heart: NYHA class",
        "NCT00664833",
        "NYHA Class III or IV heart failure",
        "nyha",
        "You have heart failure of NYHA class III or higher",
    ),
    (
        "heart: heart attack",
        "NCT00547599",
        "Heart attack within the last 90 days",
        "heart-attack",
        "You have had a heart attack in the last 90 days",
    ),
    ("heart: LVEF", "NCT04272125", "Left ventricular ejection fraction ≥50%", "lab-threshold", "LVEF: at least 50%"),
    (
        "lung disease",
        "NCT02369484",
        "Interstitial lung disease or pulmonary fibrosis.",
        "interstitial-lung-disease",
        "You have lung scarring (ILD) or lung scarring (pulmonary fibrosis)",
    ),
    (
        "recent surgery",
        "NCT02179567",
        "Major surgery within 28 days before enrolment",
        "recent-surgery",
        "You had major surgery in the 28 days before joining the study",
    ),
    (
        "recent radiotherapy",
        "NCT04862663",
        "Radiotherapy within 2 weeks prior to study treatment initiation.",
        "recent-radiotherapy",
        "You had radiation in the 2 weeks before your first study treatment",
    ),
    (
        "allergy to study drugs",
        "NCT05948592",
        "Participants with hypersensitivity to any component of investigational products.",
        "allergy-study-drug",
        "You are allergic to the study drug or any part of it",
    ),
    (
        "allergy",
        "NCT01698684",
        "Allergy or hypersensitivity to PDE5 inhibitors;",
        "allergy",
        "You are allergic to PDE5 inhibitors",
    ),
    (
        "other trials",
        "NCT01180283",
        "Participation in another clinical trial within the last 2 months;",
        "other-trial",
        "You are in another study, or were in the last 2 months",
    ),
    (
        "other trials: investigational drug",
        "NCT03102398",
        "Subject has received any investigational agent within 4 weeks prior to the screening visit",
        "investigational-drug",
        "You had a drug being tested in another study in the 4 weeks before the first study visit",
    ),
    (
        "steroids or immunosuppressants",
        "NCT03102398",
        "Current treatment with systemic corticosteroids",
        "steroids",
        "You now take systemic steroids",
    ),
    (
        "steroids or immunosuppressants",
        "NCT03751735",
        "Receiving immunosuppressant medications.",
        "steroids",
        "You take immune-weakening medicines",
    ),
    (
        "live vaccines",
        "NCT04736823",
        "Has received a live virus vaccine within 30 days prior to first dose of study treatment",
        "live-vaccine",
        "You had a live vaccine in the 30 days before your first study treatment",
    ),
    (
        "BMI",
        "NCT01254396",
        "Body Mass Index (BMI) of 17.5 to 32.5 kg/m2.",
        "bmi-range",
        "Your BMI is 17.5 to 32.5 kg/m2",
    ),
    ("HbA1c", "NCT02945462", "HbA1c ≤ 10%.", "lab-threshold", "HbA1c: at most 10%"),
    (
        "blood pressure",
        "NCT01054859",
        "systolic blood pressure < 90",
        "lab-threshold",
        "Systolic blood pressure: less than 90",
    ),
    (
        "organ transplant",
        "NCT04811560",
        "Prior solid organ transplantation",
        "transplant",
        "You have had a solid organ transplant",
    ),
    (
        "study doctor's judgment",
        "NCT00282607",
        "Have a major illness that in the opinion of the investigator would interfere with the conduct of the study.",
        "study-doctor-judgment",
        "You have a major illness that the study doctor thinks makes this study unsafe or not right for you",
    ),
]


@pytest.mark.parametrize(
    ("kind", "nct_id", "original", "rule", "plain"), CORPUS_CASES, ids=[f"{c[0]}-{c[1]}" for c in CORPUS_CASES]
)
def test_rule_rewrites_real_criterion_keeping_its_meaning(kind, nct_id, original, rule, plain, bundled_records):
    criteria = next(
        r["protocolSection"]["eligibilityModule"]["eligibilityCriteria"]
        for r in bundled_records
        if r["protocolSection"]["identificationModule"]["nctId"] == nct_id
    )
    assert original.rstrip(".;,").replace("  ", " ") in criteria.replace("\\", ""), "the case is real corpus text"

    text, fired = plain_sentence(original)

    assert (fired, text) == (rule, plain)
    assert faithful(original, text)


def test_every_rule_has_a_corpus_case():
    assert {rule.name for rule in RULES} == {case[3] for case in CORPUS_CASES}


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        (
            "Uncontrolled hypertension (systolic BP > 160 mmHg)",
            "You have uncontrolled high blood pressure (systolic BP more than 160 mmHg)",
        ),
        ("Family history of prostate cancer", "Family history of prostate cancer"),
        ("Patients living in a nursing home", "People living in a nursing home"),
        (
            "Subject is of childbearing potential and not using adequate contraceptive measures.",
            "You can get pregnant and not using good enough birth control measures",
        ),
        (
            "Patients with Stage I or IV breast cancer are not eligible.",
            "People with Stage I or IV breast cancer cannot join",
        ),
    ],
)
def test_criteria_no_rule_fits_are_reworded_conservatively(original, expected):
    text, fired = plain_sentence(original)

    assert fired is None
    assert text == expected
    assert faithful(original, text)


def test_a_rewrite_that_would_drop_a_qualifier_falls_back_to_the_words_of_the_original():
    # "Known" would be lost by the allergy rule ("You are allergic to sildenafil"): the literal rewording wins.
    text, fired = plain_sentence("Known hypersensitivity to sildenafil")

    assert fired is None
    assert text == "You are known to have allergy to sildenafil"


def test_terms_that_stay_get_a_definition():
    terms = {term.term: term.definition for term in terms_in("ECOG 0-1 and AST ≤ 2.5 × ULN")}

    assert set(terms) == {"ECOG", "AST", "ULN"}
    assert "upper limit of normal" in terms["ULN"]


def test_a_lab_rule_does_not_fire_on_a_duration():
    duration, rule = plain_sentence("Stable heterosexual relationship for more than 3 months")

    assert rule is None and duration == "Stable heterosexual relationship for more than 3 months"
