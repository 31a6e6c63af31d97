"""Each rule on real criterion text from the corpus: same numbers, same direction, plainer words."""

from __future__ import annotations

import pytest

from trialpages.eligibility.fidelity import keeps_numbers
from trialpages.eligibility.glossary import terms_in
from trialpages.eligibility.translate import plain_sentence


@pytest.mark.parametrize(
    ("original", "rule", "plain"),
    [
        ("Age 18-75 years", "age-range", "You are 18 to 75 years old"),
        ("Aged between 40 and 80 years", "age-range", "You are 40 to 80 years old"),
        ("Age ≥ 18 years", "age-minimum", "Your age is at least 18 years"),
        ("Age > 18 years", "age-minimum", "Your age is more than 18 years"),
        ("18 years of age or older", "age-or-older", "You are 18 years or older"),
        ("Written informed consent", "consent", "You agree in writing to take part"),
        ("Pregnant or lactating women.", "pregnancy", "You are pregnant or breastfeeding"),
        ("Pregnancy", "pregnancy", "You are pregnant"),
        ("ECOG performance status 0-1", "ecog", "Your ECOG score is 0 to 1"),
        ("ECOG performance status ≤ 2", "ecog-max", "Your ECOG score is at most 2"),
        ("Karnofsky performance status ≥ 70%", "karnofsky", "Your Karnofsky score is at least 70"),
        (
            "Life expectancy of at least 12 weeks",
            "life-expectancy",
            "Your doctor expects you to live at least 12 weeks",
        ),
        ("Life expectancy > 3 months", "life-expectancy", "Your doctor expects you to live more than 3 months"),
        (
            "Participation in another clinical trial within 30 days",
            "other-trial",
            "You are in another study, or were in the last 30 days",
        ),
        (
            "Known hypersensitivity to any component of the study drug",
            "allergy-study-drug",
            "You are allergic to the study drug or any part of it",
        ),
        ("Platelets ≥ 100,000/mm3", "lab-threshold", "Platelets: at least 100,000/mm3"),
        ("Hemoglobin ≥ 9 g/dL", "lab-threshold", "Hemoglobin: at least 9 g/dL"),
        ("HbA1c < 7.5%", "lab-threshold", "HbA1c: less than 7.5%"),
    ],
)
def test_rule_rewrites_keep_meaning(original, rule, plain):
    text, fired = plain_sentence(original)

    assert (fired, text) == (rule, plain)
    assert keeps_numbers(original, text)


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("History of myocardial infarction within 6 months", "Past heart attack within 6 months"),
        (
            "Uncontrolled hypertension (systolic BP > 160 mmHg)",
            "Not controlled high blood pressure (systolic BP more than 160 mmHg)",
        ),
        ("Histologically or cytologically confirmed NSCLC", "Confirmed by a tissue or cell test NSCLC"),
        ("Women of childbearing potential must use contraception", "Women who can get pregnant must use birth control"),
        ("Known HIV infection", "Known HIV infection"),
        ("No prior systemic therapy for advanced disease", "No earlier systemic treatment for advanced disease"),
        ("Family history of prostate cancer", "Family history of prostate cancer"),
        ("Patients living in a nursing home", "People living in a nursing home"),
    ],
)
def test_criteria_no_rule_fits_are_reworded_conservatively(original, expected):
    text, fired = plain_sentence(original)

    assert fired is None
    assert text == expected
    assert keeps_numbers(original, text)


def test_terms_that_stay_get_a_definition():
    terms = {term.term: term.definition for term in terms_in("ECOG 0-1 and AST ≤ 2.5 × ULN")}

    assert set(terms) == {"ECOG", "AST", "ULN"}
    assert "upper limit of normal" in terms["ULN"]


def test_a_lab_rule_does_not_fire_on_a_clause():
    text, fired = plain_sentence("Patients with creatinine clearance < 30 mL/min")

    assert fired is None and "less than 30 mL/min" in text
