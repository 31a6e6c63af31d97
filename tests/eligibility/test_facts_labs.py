"""The labs, vitals and scores family (facts/labs.py, vitals.py, scores.py) on real criteria of the bundled corpus.

Each rewritten case is one criterion of the NCT study beside it, put through the whole translator under the
list it sits in: the exact plain sentence, the recogniser that wrote it, and the fidelity check must hold.
Each declined case says why the sentence must stay in the study's own words.
"""

from __future__ import annotations

import pytest

from trialpages.eligibility.clean import original_words
from trialpages.eligibility.facts import recognise
from trialpages.eligibility.facts.labs import lines_run_together, read_limits, register
from trialpages.eligibility.fidelity import faithful
from trialpages.eligibility.glossary import terms_in
from trialpages.eligibility.translate import translate_eligibility

_HEADINGS = {"inclusion": "Inclusion Criteria:\n\n", "exclusion": "Exclusion Criteria:\n\n", "other": ""}


def _items(criteria: str):
    return [item for item in translate_eligibility({"eligibilityCriteria": criteria}).all_items() if item.text]


def _plain(text: str, kind: str):
    """The one item a single criterion becomes under its list."""
    (item,) = _items(f"{_HEADINGS[kind]}* {text}\n")
    assert item.kind == kind
    return item


REWRITTEN = [
    # (NCT id, list, criterion as the registry writes it, recogniser, plain sentence)
    # Blood counts: "× 10^9/L" in words, the same limit in another unit kept.
    (
        "NCT01785420",
        "inclusion",
        "Absolute neutrophil count (ANC) ≥1.5 x 109 /L (1500/mm3)",
        "lab-limit",
        "Your neutrophil count is at least 1.5 billion per liter (1500/mm3).",
    ),
    (
        "NCT01785420",
        "inclusion",
        "Hemoglobin ≥9.0 g/dL (90 g/L)",
        "lab-limit",
        "Your hemoglobin is at least 9.0 g/dL (90 g/L).",
    ),
    (
        "NCT05110196",
        "inclusion",
        "Absolute neutrophil count ≥ 1.5 x 109/L without growth factor support",
        "lab-limit",
        "Your neutrophil count is at least 1.5 billion per liter without medicine to raise it (growth factors).",
    ),
    # "× ULN" in words; the lower and upper limits of normal.
    (
        "NCT01785420",
        "inclusion",
        "Serum creatinine ≤1.5 x upper limit of normal (ULN)",
        "lab-limit",
        "Your creatinine is at most 1.5 times the upper limit of normal.",
    ),
    (
        "NCT02513394",
        "inclusion",
        "Total serum bilirubin ≤ ULN",
        "lab-limit",
        "Your bilirubin is at most the upper limit of normal.",
    ),
    (
        "NCT04488068",
        "inclusion",
        "Have serum testosterone within normal limits",
        "lab-limit",
        "Your testosterone is in the normal range.",
    ),
    # A second limit and whom it is for.
    (
        "NCT05740449",
        "inclusion",
        "Direct bilirubin ≤ 2 x ULN (≤ 3.0 × ULN for patients with Gilbert's syndrome)",
        "lab-limit",
        "Your direct bilirubin is at most 2 times the upper limit of normal, or if you have Gilbert's syndrome, at most 3.0 "
        "times the upper limit of normal.",
    ),
    (
        "NCT03319901",
        "inclusion",
        "Serum total bilirubin ≤ 1.5 x upper limit of normal (ULN) or ≤ 3 x ULN for patients with Gilbert's disease",
        "lab-limit",
        "Your total bilirubin is at most 1.5 times the upper limit of normal, or if you have Gilbert's syndrome, at most 3 times the "
        "upper limit of normal.",
    ),
    (
        "NCT02856893",
        "inclusion",
        "Aspartate aminotransferase (AST) ≤2.5xULN if no demonstrable liver metastases or ≤5xULN in the presence of liver "
        "metastases",
        "lab-limit",
        "Your AST is at most 2.5 times the upper limit of normal if the cancer has not spread to your liver, or if the cancer "
        "has spread to your liver, at most 5 times the upper limit of normal.",
    ),
    (
        "NCT06761586",
        "inclusion",
        "AST (SGOT) ≤ 3 x ULN (≤ 5 × ULN if known liver metastases)",
        "lab-limit",
        "Your AST is at most 3 times the upper limit of normal, or if the cancer is known to have spread to your liver, at most "
        "5 times the upper limit of normal.",
    ),
    (
        "NCT03118986",
        "other",
        "Plasma conjugated bilirubin within ≤ 3x upper limit of normal for age unless attributable to Gilbert's Syndrome",
        "lab-limit",
        "Your direct bilirubin is at most 3 times the upper limit of normal for your age, unless this is caused by Gilbert's "
        "syndrome.",
    ),
    # Ranges, the two sides of a range, and when the test is done.
    (
        "NCT03670628",
        "inclusion",
        "Testosterone level 300-1000 ng/dL within 1 month prior to enrollment",
        "lab-limit",
        "Your testosterone is 300 to 1000 ng/dL, measured in the 1 month before you join the study.",
    ),
    (
        "NCT03067987",
        "exclusion",
        "Testosterone level < 300 or > 1000 ng/dL within 1 month prior to enrollment",
        "lab-limit",
        "Your testosterone is less than 300 ng/dL or more than 1000 ng/dL, measured in the 1 month before you join the study.",
    ),
    (
        "NCT05816499",
        "inclusion",
        "Absolute neutrophil count (ANC) ≥ 1500/uL (collected within 10 days prior to the start of study treatment)",
        "lab-limit",
        "Your neutrophil count is at least 1500/uL, measured in the 10 days before your first study treatment.",
    ),
    (
        "NCT04057209",
        "inclusion",
        "Hemoglobin ≥ 10 g/dL or 6.2 mmol/L (Note: The use of transfusion to achieve Hgb ≥ 10 g/dL is acceptable) within the 28 "
        "days prior to accrual",
        "lab-limit",
        "Your hemoglobin is at least 10 g/dL (6.2 mmol/L), measured in the 28 days before you join the study. A blood "
        "transfusion to reach this level is allowed.",
    ),
    (
        "NCT02239484",
        "inclusion",
        "The result of Body Mass Index(BMI) is not less than 19 kg/m2 , no more than 27 kg/m2",
        "vital-limit",
        "Your BMI is at least 19 kg/m2 and at most 27 kg/m2.",
    ),
    # How it is worked out.
    (
        "NCT02369484",
        "inclusion",
        "Adequate renal function: Calculated creatinine clearance ≥ 45mL/min (Cockroft-Gault)",
        "lab-limit",
        "Your kidneys work well enough. Your creatinine clearance is at least 45 mL/min, worked out with the Cockcroft-Gault "
        "formula.",
    ),
    (
        "NCT03633708",
        "exclusion",
        "Corrected QT interval (QTc) > 500 ms, using Bazett's formula",
        "vital-limit",
        "Your QTc is more than 500 ms, corrected by Bazett's formula.",
    ),
    # The heart tracing a QTc is read from, and the resting QTc's spellings.
    (
        "NCT06112379",
        "exclusion",
        "Mean resting corrected QTcF interval > 470 ms obtained from ECG",
        "vital-limit",
        "Your average QTcF at rest is more than 470 ms, measured on a heart tracing (ECG).",
    ),
    (
        "",
        "exclusion",
        "Resting QT interval corrected with Fridericia's formula (QTcF) > 480 msec on screening ECG",
        "vital-limit",
        "Your QTcF at rest is more than 480 msec, measured on a heart tracing (ECG) at your first study visit.",
    ),
    (
        "NCT06427811",
        "exclusion",
        "QT corrected for heart rate by Fridericia's cube root formula (QTcF) at screening ≥ 450 msec",
        "vital-limit",
        "Your QTcF is at least 450 msec, measured at your first study visit.",
    ),
    (
        "NCT05894239",
        "inclusion",
        "LVEF (left ventricular ejection fraction) of ≥ 50% measured by echocardiogram (ECHO) or multiple-gated acquisition "
        "scan (MUGA)",
        "vital-limit",
        "Your heart's pumping strength (LVEF) is at least 50%, measured by an echocardiogram or MUGA scan.",
    ),
    # Several limits in one criterion: short sentences for "all of these", one sentence for "any of these".
    (
        "NCT04025515",
        "inclusion",
        "Adequate bone marrow function as shown by: ANC ≥ 1.0 x 10^9/L, Platelets ≥ 75 x 10^9/L, Hb ≥ 7.5 g/dL",
        "lab-limit",
        "Your bone marrow works well enough. Your neutrophil count is at least 1.0 billion per liter. Your platelet count is at "
        "least 75 billion per liter. Your hemoglobin is at least 7.5 g/dL.",
    ),
    (
        "NCT03801200",
        "inclusion",
        "Hemogram index: RBC≥3.0×1012/L, WBC≥3.5×109/L, ANC≥1.5×109/L, PLT≥100×109/L, Hb≥90g/L",
        "lab-limit",
        "Your red blood cell count is at least 3.0 trillion per liter. Your white blood cell count is at least 3.5 billion per "
        "liter. Your neutrophil count is at least 1.5 billion per liter. Your platelet count is at least 100 billion per liter. "
        "Your hemoglobin is at least 90 g/L.",
    ),
    (
        "NCT02443090",
        "exclusion",
        "Hemoglobin > 17 g/dL or Hematocrit > 50%",
        "lab-limit",
        "Your hemoglobin is more than 17 g/dL, or your hematocrit is more than 50%.",
    ),
    (
        "NCT04349059",
        "exclusion",
        "BMI ≥ 30, BMI < 18.5, or weight ≤ 110lbs",
        "vital-limit",
        "Your BMI is at least 30, or your BMI is less than 18.5, or your weight is at most 110 lbs.",
    ),
    (
        "NCT00244023",
        "exclusion",
        "Systolic Blood Pressure >170 or <90 mm Hg or diastolic blood pressure > 110 or <50 mm Hg at screening",
        "vital-limit",
        "Your systolic (top) blood pressure is more than 170 mm Hg or less than 90 mm Hg, or your diastolic (bottom) blood "
        "pressure is more than 110 mm Hg or less than 50 mm Hg, measured at your first study visit.",
    ),
    # Measures sharing one limit: each, as a requirement; either, as a reason to be left out.
    (
        "NCT02513394",
        "inclusion",
        "Aspartate amino transferase (AST or SGOT) and alanine amino transferase (ALT or SGPT) ≤ 1.5 × institutional ULN.",
        "lab-limit",
        "Your AST and ALT are each at most 1.5 times the upper limit of normal.",
    ),
    (
        "NCT05798663",
        "inclusion",
        "AST, ALT and Alkaline phosphatase ≤ 2.5 ⋅ ULN",
        "lab-limit",
        "Your AST, ALT and alkaline phosphatase are each at most 2.5 times the upper limit of normal.",
    ),
    (
        "NCT02344849",
        "exclusion",
        "Serum AST/ALT > 3 X upper limit of normal or Creatinine > 1.5 X upper limit of normal",
        "lab-limit",
        "Your AST or ALT is more than 3 times the upper limit of normal, or your creatinine is more than 1.5 times the upper "
        "limit of normal.",
    ),
    (
        "NCT00379756",
        "exclusion",
        "AST and/or ALT > 3x the upper limit of normal",
        "lab-limit",
        "Your AST, your ALT or both are more than 3 times the upper limit of normal.",
    ),
    # A state the limits define.
    (
        "NCT04502875",
        "exclusion",
        "Anemia (Hemoglobin < 13 g/dl)",
        "lab-limit",
        "You have anemia (too few red blood cells). This means your hemoglobin is less than 13 g/dl.",
    ),
    (
        "NCT01037218",
        "exclusion",
        "Uncontrolled diabetes (HbA1c ≥ 13%)",
        "lab-limit",
        "You have diabetes that is not controlled. This means your HbA1c is at least 13%.",
    ),
    (
        "NCT01705197",
        "exclusion",
        "Hepatic dysfunction: AST, ALT ≥ 3 X ULN",
        "lab-limit",
        "You have liver problems. This means your AST or ALT is at least 3 times the upper limit of normal.",
    ),
    (
        "NCT04399057",
        "exclusion",
        "Hypotestosteronemia (< 8 nmol/L)",
        "lab-limit",
        "You have low testosterone (less than 8 nmol/L).",
    ),
    (
        "NCT02503306",
        "exclusion",
        "Uncontrolled hypertension as evidenced by systolic blood pressure >170 mmHg or diastolic blood pressure >100 mmHg at "
        "screening",
        "vital-limit",
        "You have high blood pressure that is not controlled. This means your systolic (top) blood pressure is more than 170 "
        "mmHg, or your diastolic (bottom) blood pressure is more than 100 mmHg, measured at your first study visit.",
    ),
    (
        "NCT01105130",
        "exclusion",
        "Hypotension (<90/50mm Hg), or uncontrolled hypertension (>170/100 mm Hg)",
        "vital-states",
        "You have low blood pressure (less than 90/50 mm Hg), or you have high blood pressure that is not controlled (more than "
        "170/100 mm Hg).",
    ),
    # Vitals.
    (
        "NCT04623840",
        "inclusion",
        "Blood pressure will be less than 140/90 mm Hg",
        "vital-limit",
        "Your blood pressure is less than 140/90 mm Hg.",
    ),
    (
        "NCT02087397",
        "exclusion",
        "Resting heart rate >100 bpm",
        "vital-limit",
        "Your heart rate at rest is more than 100 bpm.",
    ),
    (
        "NCT05993949",
        "inclusion",
        "Baseline oxygen saturation > 92% on room air",
        "vital-limit",
        "Your blood oxygen level is more than 92% while breathing normal air, measured at the start of the study.",
    ),
    (
        "NCT05932303",
        "inclusion",
        "Body weight ≥ 50 kg for males and ≥ 45 kg for females",
        "vital-limit",
        "Your weight is at least 50 kg if you are a man, or if you are a woman, at least 45 kg.",
    ),
    # Scores.
    (
        "NCT00737893",
        "inclusion",
        "International Index of Erectile Function-5 (IIEF-5) score of 22-25",
        "score-limit",
        "Your IIEF-5 score is 22 to 25.",
    ),
    (
        "NCT03067987",
        "inclusion",
        "Baseline IIEF-EF score between 11 and 25",
        "score-limit",
        "Your IIEF erectile function score is 11 to 25, measured at the start of the study.",
    ),
    (
        "NCT05366504",
        "inclusion",
        "IIEF-ED: 11-21 at visit 2",
        "score-limit",
        "Your IIEF erectile function score is 11 to 21, measured at study visit 2.",
    ),
    (
        "NCT00498680",
        "inclusion",
        "IIEF ED domain score 22 and below",
        "score-limit",
        "Your IIEF erectile function score is at most 22.",
    ),
    (
        "NCT04721834",
        "inclusion",
        "Sexual Health Inventory for Men (SHIM) score ≤16",
        "score-limit",
        "Your SHIM score is at most 16.",
    ),
    (
        "NCT04870567",
        "inclusion",
        "International prostate index score (IPSS) below 16",
        "score-limit",
        "Your IPSS (prostate symptom score) is less than 16.",
    ),
    ("NCT03905057", "inclusion", "Gleason score < 8", "score-limit", "Your Gleason score is less than 8."),
    (
        "NCT06508918",
        "inclusion",
        "Nrs equal to or greater than 4",
        "score-limit",
        "Your pain score (NRS) is at least 4.",
    ),
    (
        "NCT05877144",
        "inclusion",
        "Score 12 or higher on the pre-operative International Index of Erectile Function (IIEF) assessment",
        "score-limit",
        "Your IIEF score is at least 12, measured before your surgery.",
    ),
    (
        "NCT06433596",
        "exclusion",
        "Score of 4 on the EHS scale",
        "score-limit",
        "Your erection hardness score (EHS) is 4.",
    ),
    (
        "NCT02683044",
        "inclusion",
        "EHS score under or equal to 3",
        "score-limit",
        "Your erection hardness score (EHS) is at most 3.",
    ),
    # Classes and grades, with what they mean.
    (
        "NCT02754115",
        "inclusion",
        "ASA Class I to III",
        "asa-class",
        "Your ASA class is 1 to 3: you are healthy or have an illness that is not a constant threat to your life.",
    ),
    (
        "NCT03300089",
        "exclusion",
        "ASA ≥ 4",
        "asa-class",
        "Your ASA class is at least 4: you have a serious illness that is a constant threat to your life.",
    ),
    (
        "NCT02344823",
        "exclusion",
        "Child´s Grade C cirrhosis",
        "child-pugh",
        "You have cirrhosis (scarring of the liver) of Child-Pugh class C (severe liver disease).",
    ),
    (
        "NCT01852578",
        "exclusion",
        "Active grade ≥2 peripheral neuropathy",
        "graded-side-effect",
        "You have active nerve damage in your hands or feet (peripheral neuropathy) of grade 2 or higher (moderate or worse).",
    ),
    # Organ function on its own.
    (
        "NCT01562210",
        "inclusion",
        "Adequate hematological, renal and hepatic functions",
        "organ-function",
        "Your blood counts, kidneys and liver work well enough.",
    ),
    (
        "NCT02369484",
        "inclusion",
        "Adequate haematological function",
        "organ-function",
        "Your blood counts work well enough.",
    ),
    (
        "NCT06467357",
        "inclusion",
        "Adequate organ and bone marrow function within 14 days before randomization",
        "organ-function",
        "Your organs and bone marrow work well enough, shown by tests in the 14 days before you join the study.",
    ),
    (
        "NCT04250064",
        "inclusion",
        "Participants must have normal organ and marrow function as defined below within two weeks prior to enrollment",
        "organ-function",
        "Your organs and bone marrow work normally, shown by tests in the 2 weeks before you join the study.",
    ),
    (
        "NCT05886491",
        "inclusion",
        "Participants must have adequate renal, cardiac, hepatic, pulmonary and bone marrow function as defined by the protocol",
        "organ-function",
        "Your kidneys, heart, liver, lungs and bone marrow work well enough, as the study's plan defines it.",
    ),
    (
        "NCT06361927",
        "exclusion",
        "Inadequate organ or bone marrow function",
        "organ-function",
        "Your organs or bone marrow do not work well enough.",
    ),
    (
        "NCT03102398",
        "exclusion",
        "Impaired renal function defined as serum-creatinine ≥ 1.3 mg/dL (≥ 115 mmol/L)",
        "lab-limit",
        "You have kidney problems. This means your creatinine is at least 1.3 mg/dL (at least 115 mmol/L).",
    ),
]


@pytest.mark.parametrize(
    ("nct", "kind", "text", "rule", "plain"), REWRITTEN, ids=[f"{c[0]}-{c[3]}-{i}" for i, c in enumerate(REWRITTEN)]
)
def test_real_criterion_is_rewritten_from_its_fact(nct, kind, text, rule, plain):
    item = _plain(text, kind)
    assert (item.form, item.rule, item.text) == ("rewritten", rule, plain)
    assert faithful(original_words(text), plain)


DECLINED = [
    # (NCT id, list, criterion, why it must stay in the study's words)
    (
        "NCT01768676",
        "exclusion",
        "AST or ALT > 2.0 x ULN or other evidence of significant hepatic impairment",
        "a second clause that is not a limit",
    ),
    (
        "NCT05739630",
        "exclusion",
        "Alanine aminotransferase (AST) and aspartate aminotransferase (ALT) more than 2.5 times the upper limit of normal (ULN)",
        "'AST and ALT' as a reason to be left out: both, or either? unclear",
    ),
    (
        "NCT01515527",
        "inclusion",
        "Liver function (bilirubin < 2mg/dL, AST and/or ALT < 3 x ULN)",
        "'and/or' in a requirement: one of them under the limit is not what it means",
    ),
    ("NCT00576225", "inclusion", "Women with baseline estradiol > 25 pg/mL", "the rule is for women only"),
    (
        "NCT05371951",
        "exclusion",
        "Testosterone greater than 300ng/dL or 1000ng/dL",
        "not one limit in two units: garbled",
    ),
    (
        "NCT02514629",
        "exclusion",
        "Uncontrolled hypertension (SBP > 160 mmHg or DBP > 100 mmHg) despite adequate antihypertensive therapy",
        "'despite treatment' is a condition the family does not read",
    ),
    (
        "NCT02619617",
        "exclusion",
        "Serum bilirubin must not exceed 1.2 x ULN",
        "a negated limit under the exclusion list",
    ),
    (
        "NCT02152683",
        "exclusion",
        "International normalized ratio (INR) > 3 for patients using blood thinners (such as Coumadin)",
        "a condition (blood thinners) not in the table, with examples",
    ),
    (
        "NCT02387086",
        "inclusion",
        "Patients must have an international normalized ratio (INR) < 1.5 and a partial thromboplastin time (PTT) no greater "
        "than upper limits of normal within 1 week prior to randomization",
        "the time window after the last of two limits: for both or for the PTT only?",
    ),
    (
        "NCT05572515",
        "exclusion",
        "Grade 2 peripheral neuropathy with pain or Grade ≥ 3 peripheral neuropathy as defined by "
        "NCI-CTCAE Version 5.0",
        "grade 2 only with pain: a condition on one grade",
    ),
    (
        "NCT04204473",
        "inclusion",
        "Adequate bone marrow reserve or organ function",
        "'or' in a requirement: is one of them enough?",
    ),
    (
        "NCT05185011",
        "exclusion",
        "ALT or AST > 10*ULN，NE# < 0.75*10^9/L,HGB < 60g/L，AFP > 100ng/ml；",
        "a bare comma list under the exclusion list, with a test the table does not know",
    ),
]


@pytest.mark.parametrize(("nct", "kind", "text", "why"), DECLINED, ids=[f"{c[0]}-{i}" for i, c in enumerate(DECLINED)])
def test_criterion_it_cannot_say_whole_stays_in_the_study_words(nct, kind, text, why):
    items = _items(f"{_HEADINGS[kind]}* {text}\n")
    assert items and all(item.form == "original-words" for item in items), why


# (NCT id, list, criterion, the plain sentence): a fact read but for the bracket it ends with, or for how it was judged
# (", as defined by ..."), keeps that tail as written, so what the reader cannot have said plainly (a pattern
# breakdown, a limit whose role is unclear, the guideline) is not lost.
BRACKET_KEPT = [
    (
        "NCT05347329",
        "exclusion",
        "Uncontrolled hypertension according to ESC/ESH guidelines.",
        "You have high blood pressure that is not controlled, according to ESC/ESH guidelines.",
    ),
    (
        "NCT05261815",
        "inclusion",
        "Patient with lumbar disc herniation diagnosed by MRI",
        "You have had a slipped disc in the lower back, diagnosed by MRI.",
    ),
    (
        "NCT00090376",
        "inclusion",
        "Gleason score ≤ 7 (≤ 3 + ≤ 4)",
        "Your Gleason score is at most 7 (at most 3 + at most 4).",
    ),
    (
        "NCT01423370",
        "exclusion",
        "Presence of diagnosed diabetes(HbA1C > 12%)",
        "A doctor has found that you have diabetes (HbA1C more than 12%).",
    ),
    (
        "NCT00657033",
        "exclusion",
        "Uncontrolled atrial fibrillation/flutter at screening (ventricular response rate \\&#8805; 100 bpm).",
        "You have atrial fibrillation or flutter that is not controlled at the first study visit (ventricular response "
        "rate at least 100 bpm).",
    ),
]


@pytest.mark.parametrize(("nct", "kind", "text", "plain"), BRACKET_KEPT, ids=[c[0] for c in BRACKET_KEPT])
def test_a_fact_read_but_for_its_closing_bracket_keeps_the_bracket_as_written(nct, kind, text, plain):
    [item] = _items(f"{_HEADINGS[kind]}* {text}\n")
    assert (item.form, item.text) == ("rewritten", plain)


# (list, criterion, why its bracket is not simply kept after the fact)
BRACKET_NOT_KEPT = [
    (
        "exclusion",
        "Pregnancy (negative serum pregnancy testing at enrollment and use of contraception)",
        "a requirement",
    ),
    ("exclusion", "No contraindication to PET (pregnancy and breast-feeding)", "examples after a negative"),
    ("exclusion", "Participation in another study (currently or within the last 30 days)", "a time the fact says too"),
    ("exclusion", "Prior radiotherapy (palliative radiotherapy is allowed)", "an allowance"),
    (
        "inclusion",
        "Measurable disease as defined per RECIST v1.1 or non-measurable (including bone-only) disease",
        "another alternative after the judgement",
    ),
]


@pytest.mark.parametrize(("kind", "text", "why"), BRACKET_NOT_KEPT, ids=[c[2] for c in BRACKET_NOT_KEPT])
def test_a_bracket_that_could_change_the_fact_is_not_appended_to_it(kind, text, why):
    items = _items(f"{_HEADINGS[kind]}* {text}\n")
    assert not any(
        item.form == "rewritten" and item.text and item.text.endswith((").", "disease.")) for item in items
    ), why


EXCEPTED = [
    # (NCT id, criterion, the fact said from the part before the exception, the exception kept in the study's words)
    (
        "NCT03319901",
        "Alanine aminotransferase (ALT) and aspartate aminotransferase (AST) ≤3.0 x ULN, unless clearly due to disease involvement",
        "Your ALT and AST are each at most 3.0 times the upper limit of normal, except in the case below.",
        "Clearly due to disease involvement",
    ),
    (
        "NCT02369484",
        "Total bilirubin ≤ 1.5 × ULN (except subjects with Gilbert Syndrome, who can have total bilirubin < 3.0 mg/dL)",
        "Your total bilirubin is at most 1.5 times the upper limit of normal, except in the case below.",
        "Subjects with Gilbert Syndrome, who can have total bilirubin less than 3.0 mg/dL",
    ),
]


@pytest.mark.parametrize(("nct", "text", "plain", "exception"), EXCEPTED, ids=[case[0] for case in EXCEPTED])
def test_an_exception_it_cannot_name_stays_in_the_study_words_under_the_limit(nct, text, plain, exception):
    (item,) = translate_eligibility({"eligibilityCriteria": f"{_HEADINGS['inclusion']}* {text}\n"}).inclusion
    assert (item.form, item.text) == ("rewritten", plain), nct
    assert [(child.form, child.text) for child in item.children] == [("original-words", exception)], nct


def test_a_limit_read_the_same_way_is_said_per_list():
    """ "and" is each of them as a requirement; as a reason to be left out it is said as one explicit sentence."""
    # NCT04870190 (an exclusion), without its brackets.
    reading = read_limits("Creatinine more than 1.5×ULN and creatinine clearance rate less than 50 mL/min")
    assert reading.sentence_in("inclusion") == (
        "Your creatinine is more than 1.5 times the upper limit of normal. Your creatinine clearance is less than 50 mL/min."
    )
    assert reading.sentence_in("exclusion") == (
        "Your creatinine is more than 1.5 times the upper limit of normal, and your creatinine clearance is less than 50 "
        "mL/min."
    )
    # A bare comma list is "all of them" under the inclusion list only.
    commas = read_limits("BMI less than 27, BMI at least 18.5, weight more than 110 lbs")  # NCT06273592
    assert (
        commas.sentence_in("inclusion")
        == "Your BMI is less than 27. Your BMI is at least 18.5. Your weight is more than 110 lbs."
    )
    assert commas.sentence_in("exclusion") is None


def test_and_or_between_two_measures_is_either_as_an_exclusion_and_not_said_as_a_requirement():
    # NCT04349059: either one (or both) leaves you out; "all of these" has no plain word for "and/or".
    source = "Systolic blood pressure \\<85mmHg and/or diastolic blood pressure \\<50mmHg on Visit one."
    assert _plain(source, "exclusion").text == (
        "Your systolic (top) blood pressure is less than 85 mmHg, or your diastolic (bottom) blood pressure is less "
        "than 50 mmHg, measured at study visit 1."
    )
    assert _plain(source, "inclusion").form == "original-words"


def test_slash_means_each_as_a_requirement_and_either_as_an_exclusion():
    inclusion = _plain("AST(SGOT)/ALT(SGPT) ≤ 3 × institutional ULN", "inclusion")  # NCT05773092
    assert inclusion.text == "Your AST and ALT are each at most 3 times the upper limit of normal."
    exclusion = _plain("Serum AST/ALT > 3 X upper limit of normal", "exclusion")  # NCT02344849, its first part
    assert exclusion.text == "Your AST or ALT is more than 3 times the upper limit of normal."
    # A requirement to be over the limit, or an exclusion under it, is not the usual reading: left alone.
    assert _plain("Serum AST/ALT > 3 X upper limit of normal", "inclusion").form == "original-words"


def test_second_limit_under_exclusion_says_whom_the_first_is_for():
    """Under "any of these excludes you", "or" would add the second limit to the first: the first says whom it is for.
    NCT05740449's criterion, said under each list."""
    reading = read_limits("Direct bilirubin at most 2 x ULN (at most 3.0 × ULN for patients with Gilbert's syndrome)")
    assert reading.sentence_in("inclusion") == (
        "Your direct bilirubin is at most 2 times the upper limit of normal, or if you have Gilbert's syndrome, at most 3.0 "
        "times the upper limit of normal."
    )
    assert reading.sentence_in("exclusion") == (
        "Your direct bilirubin is at most 2 times the upper limit of normal if you do not have Gilbert's syndrome, or if you "
        "have Gilbert's syndrome, at most 3.0 times the upper limit of normal."
    )


def test_will_be_excluded_reads_only_under_the_exclusion_list():
    text = "Calculated GFR < 60 ml/min/1.73 m2 will also be excluded"  # NCT00574184
    assert _plain(text, "exclusion").text == "Your eGFR is less than 60 ml/min/1.73 m2."
    assert _plain(text, "inclusion").form == "original-words"


def test_children_of_an_organ_function_lead_in_are_read_one_by_one():
    """NCT03319901: the lead-in becomes the title; the child with a second limit is rewritten, the one with an
    exception it cannot name and the one with an unknown method stay in the study's words."""
    criteria = (
        "Inclusion Criteria:\n\n* Adequate organ function\n\n"
        "  * Serum total bilirubin ≤1.5 x upper limit of normal (ULN) or ≤3 x ULN for patients with Gilbert's disease\n"
        "  * Alanine aminotransferase (ALT) and aspartate aminotransferase (AST) ≤3.0 x ULN, unless clearly due to disease "
        "involvement\n"
        "  * Creatinine clearance \\>50 mL/min (calculated according to institutional standards or using Cockcroft-Gault or "
        "Modification of Diet in Renal Disease (MDRD) formula)\n"
    )
    (group,) = translate_eligibility({"eligibilityCriteria": criteria}).inclusion
    assert group.children_title == "Your organs work well enough, shown by all of these:"
    assert [(child.form, child.rule) for child in group.children] == [
        ("rewritten", "lab-limit"),
        ("rewritten", "lab-limit"),  # the exception it cannot name stays under it, in the study's words
        ("original-words", None),
    ]
    assert group.children[0].text.startswith(
        "Your total bilirubin is at most 1.5 times the upper limit of normal, or if you have"
    )


def test_hard_terms_of_the_family_are_explained():
    terms = {
        term.term
        for term in terms_in(
            "Your neutrophil count is at least 1.5 billion per liter. Your creatinine clearance is at least 45 mL/min, worked out "
            "with the Cockcroft-Gault formula. Your SHIM score is at most 16."
        )
    }
    assert {"billion per liter", "creatinine clearance", "mL/min", "Cockcroft-Gault", "SHIM"} <= terms
    # "ASA 81 mg" is aspirin, not the ASA class.
    assert "ASA class" not in {term.term for term in terms_in("ASA 81 mg daily")}


def test_recognisers_are_named_by_family():
    assert recognise("Gleason score less than 8")[0] == "score-limit"
    assert recognise("Resting heart rate more than 100 bpm")[0] == "vital-limit"
    assert recognise("Hemoglobin less than 10 g/dL")[0] == "lab-limit"
    # A list that holds a lab is the labs' own.
    assert recognise("Body weight at least 50 kg and hemoglobin at least 10 g/dL")[0] == "lab-limit"


def test_a_spelling_may_name_one_measure_only():
    with pytest.raises(ValueError, match="already"):
        register("lab", "white cells", "wbc")


@pytest.mark.parametrize(
    ("source", "allowed"),
    [
        # NCT02227251: LOSSY in the review of 2026-12-04 ("growth factors" allowed more than the study did).
        (
            "Platelet count ≥100,000/mm^3 (use of platelet growth factors prior to and during the study is acceptable)",
            "Medicines that help your body make platelets (platelet growth factors) are allowed",
        ),
        (
            "Platelet count ≥100,000/mm^3 (use of growth factors prior to and during the study is acceptable)",
            "Medicines that help your body make blood cells (growth factors) are allowed",
        ),
    ],
)
def test_an_allowed_growth_factor_says_which_cells_it_makes(source, allowed):
    recognised = recognise(source)
    assert recognised is not None
    assert allowed in recognised[1].sentence_in("inclusion")


def test_a_limit_on_total_bilirubin_says_total():
    # NCT05282459, NCT05268003: LOSSY in the review of 2026-12-04 (a lab report gives total and direct bilirubin).
    recognised = recognise("Serum total bilirubin ≤ 1.5 x ULN")
    assert recognised is not None
    assert recognised[1].sentence_in("inclusion").startswith("Your total bilirubin is at most 1.5 times")


def test_lab_lines_run_together_are_read_one_by_one_with_their_exceptions():
    # NCT06760702 (sample 33: UNREADABLE, "five lab limits ... run together in one unbroken line").
    criteria = (
        "Inclusion Criteria:\n\n* Acceptable organ function as described below:\n\n"
        "Total Bilirubin ≤ 1.2 x ULN AST (SGOT) ≤ 3 x ULN (≤ 5 × ULN if known liver metastases) ALT (SGPT) ≤ 3 x ULN "
        "(≤ 5 × ULN if known liver metastases) Albumin ≥ 3.0 g/dL\n"
    )
    (group,) = translate_eligibility({"eligibilityCriteria": criteria}).inclusion
    assert [child.text for child in group.children] == [
        "Your total bilirubin is at most 1.2 times the upper limit of normal.",
        "Your AST is at most 3 times the upper limit of normal, or if the cancer is known to have spread to your liver, "
        "at most 5 times the upper limit of normal.",
        "Your ALT is at most 3 times the upper limit of normal, or if the cancer is known to have spread to your liver, "
        "at most 5 times the upper limit of normal.",
        "Your albumin is at least 3.0 g/dL.",
    ]


def test_a_run_together_line_is_cut_only_before_a_measure_after_what_may_follow_a_limit():
    # The words between the limits say how the first is met, then name the next measure: a cut.
    assert lines_run_together(
        "ANC ≥ 1200/μL (without WBC growth factor support) Platelet count ≥ 90,000/μL without transfusion support "
        "Hemoglobin ≥ 9 g/dL"
    ) == (
        "ANC ≥ 1200/μL (without WBC growth factor support); Platelet count ≥ 90,000/μL without transfusion support; "
        "Hemoglobin ≥ 9 g/dL"
    )
    # A formula between them that no tail reads: left whole, in the study's words.
    formula = "Creatinine clearance ≥ 30 mL/min [eCrCl = (140 - Age) × Weight (kg) / (72 × serum creatinine)] Albumin ≥ 3.0 g/dL"
    assert lines_run_together(formula) == formula
    # Joined already ("or"), or the next words not a measure: nothing to cut.
    for joined in (
        "Creatinine ≤ 1.5 x ULN or Creatinine clearance ≥ 60 mL/min",
        "Hemoglobin ≥ 9 g/dL At Screening ≥ 2",
    ):
        assert lines_run_together(joined) == joined


def test_a_colon_or_semicolon_glued_to_the_next_word_gets_its_space():
    assert original_words(
        "Adequate organ function as defined by:Absolute neutrophil count ≥ 1,500/µL;Platelets ≥ 100,000/µL"
    ) == (
        "Adequate organ function as defined by: Absolute neutrophil count at least 1,500/µL; Platelets at least 100,000/µL"
    )
    # A time, a ratio and an address keep theirs.
    for kept in ("Dosed at 10:30 daily", "Randomised 2:1 to the arms", "See https://Example.org"):
        assert original_words(kept) == kept


def test_either_pressure_state_defined_in_brackets_is_named_once_then_each_defined():
    # NCT00654914 and four more ED studies: kept in the study's words, two definitions in brackets joined by "or".
    source = (
        "Resting hypotension (a resting systolic blood pressure of less than 90 mm Hg) or hypertension (a resting "
        "systolic blood pressure more than 170 mm Hg or a resting diastolic blood pressure more than 110 mm Hg)"
    )
    item = _plain(source, "exclusion")
    assert item.rule == "vital-states"
    assert item.text == (
        "You have low blood pressure at rest or high blood pressure at rest. Low blood pressure at rest here means your "
        "systolic (top) blood pressure at rest is less than 90 mm Hg. High blood pressure at rest here means your "
        "systolic (top) blood pressure at rest is more than 170 mm Hg, or your diastolic (bottom) blood pressure at "
        "rest is more than 110 mm Hg."
    )
    # "resting sitting" is said once for both readings (NCT00648596).
    item = _plain(
        "Subjects with resting sitting hypotension (BP less than 90/50mmHg) or hypertension (BP more than 170/110mmHg)",
        "exclusion",
    )
    assert item.text.startswith(
        "You have low blood pressure when sitting at rest or high blood pressure when sitting at rest."
    )


def test_resting_low_blood_pressure_keeps_at_rest_when_its_limit_does_not_say_it():
    # NCT03406169: "resting hypotension (BP less than 90/50 mm Hg)" had lost "resting".
    item = _plain("Resting hypotension (BP less than 90/50 mm Hg)", "exclusion")
    assert item.text == "You have low blood pressure at rest. This means your blood pressure is less than 90/50 mm Hg."


def test_two_limits_told_apart_only_by_how_they_are_measured_stay_in_the_studys_words():
    # "Measured ... or calculated creatinine clearance" would read "Your creatinine clearance is more than 40 mL/min, or
    # your creatinine clearance is more than 40 mL/min, worked out with ...": "measured" is a word the names drop.
    from tests.eligibility.conftest import criteria_items

    [item] = criteria_items(
        "Inclusion Criteria:\n\n* Measured creatinine clearance >40 mL/min or calculated creatinine clearance >40 mL/min "
        "by the Cockcroft-Gault formula"
    )
    assert item.form == "original-words"
