"""Health conditions, the disease and pregnancy: real criterion sentences of the bundled corpus (NCT id beside each),
the exact plain sentence each is written as, and the sentences that must stay in the study's own words (and why).

Every plain sentence is also held to fidelity (same numbers, units, comparisons, negations, qualifiers): a fact
that fidelity would reject is a fact that says the wrong thing.
"""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import read
from trialpages.eligibility import translate_eligibility
from trialpages.eligibility.facts import recognise
from trialpages.eligibility.facts.condition_names import lay_name
from trialpages.eligibility.fidelity import faithful
from trialpages.eligibility.glossary import terms_in

READ = [
    # (NCT id, the criterion as the recognisers see it, recogniser, plain sentence)
    # A condition with a state.
    ("NCT00738400", "History of myocardial infarction", "condition", "You have had a heart attack."),
    ("NCT00790751", "Uncontrolled hypertension", "condition", "You have high blood pressure that is not controlled."),
    ("NCT07050056", "Active hepatitis B infection", "condition", "You have active hepatitis B."),
    ("NCT01640457", "HIV infection", "condition", "You have HIV."),
    ("NCT05362994", "Severe hepatic insufficiency", "condition", "You have severely reduced liver function."),
    (
        "NCT02175381",
        "Clinically significant cardiovascular disease",
        "condition",
        "You have heart or blood vessel disease that your doctor considers serious.",
    ),
    ("NCT04092803", "History of seizures", "condition", "You have had seizures."),
    (
        "NCT01037218",
        "Symptomatic congestive heart failure",
        "condition",
        "You have heart failure that causes symptoms.",
    ),
    (
        "NCT00463957",
        "Peyronie's disease",
        "condition",
        "You have a bend in the penis from scar tissue (Peyronie's disease).",
    ),
    ("NCT02945449", "Current or previous malignancy", "condition", "You currently have or have had cancer."),
    (
        "NCT05813288",
        "Known or suspected alcohol or drug abuse",
        "condition",
        "You are known or thought to have a problem with drugs or alcohol.",
    ),
    ("NCT06112379", "Suspected infections", "condition", "You are thought to have infections."),
    (
        "NCT06124534",
        "Documented history of cerebrovascular accident (CVA)",
        "condition",
        "Your medical records show that you have had a stroke.",
    ),
    ("NCT06443593", "Diagnosed with type 1 diabetes", "condition", "A doctor has found that you have type 1 diabetes."),
    ("NCT05507827", "Evidence of active infection", "condition", "You have signs of an active infection."),
    (
        "NCT00399243",
        "Subject has uncontrolled hypertension at screening",
        "condition",
        "You have high blood pressure that is not controlled at the first study visit.",
    ),
    (
        "NCT04646330",
        "Has an active infection requiring systemic therapy",
        "condition",
        "You have an active infection that needs systemic treatment.",
    ),
    ("NCT03873311", "Patients with other malignancies", "condition", "You have another cancer."),
    # "Subjects who had": the subject's own words say the state.
    (
        "NCT02477436",
        "The subjects who had retinitis pigmentosa",
        "condition",
        "You have had retinitis pigmentosa.",
    ),
    # Negation keeps its sense.
    (
        "NCT02385136",
        "No history of hypertension or diabetes",
        "condition",
        "You have never had high blood pressure or diabetes.",
    ),
    # Lists, with a time window and what it counts from.
    (
        "NCT00492635",
        "History of myocardial infarction, stroke or life-threatening arrhythmia within the prior 6 months",
        "condition",
        "You have had a heart attack, a stroke or a life-threatening abnormal heart rhythm in the last 6 months.",
    ),
    (
        "NCT02225548",
        "Subject with a history of myocardial infarction, stroke or life-threatening arrhythmia within 6 months prior to "
        "screening",
        "condition",
        "You have had a heart attack, a stroke or a life-threatening abnormal heart rhythm in the 6 months before the first "
        "study visit.",
    ),
    (
        "NCT02369484",
        "Myocardial infarction within 6 months prior to enrolment",
        "condition",
        "You have had a heart attack in the 6 months before you join the study.",
    ),
    (
        "NCT00657033",
        "Symptomatic postural hypotension within 6 months of visit 1",
        "condition",
        "You have had symptoms from low blood pressure when you stand up in the 6 months before study visit 1.",
    ),
    (
        "NCT00122499",
        "History of drug, alcohol, or substance abuse within the 6 months before Visit 1",
        "condition",
        "You have had a problem with drugs or alcohol in the 6 months before study visit 1.",
    ),
    # How long it has lasted; "Males with": who it is for.
    (
        "NCT05188989",
        "Males with ED at least 6 months",
        "condition",
        "You are a man who has had trouble getting or keeping an erection for at least 6 months.",
    ),
    (
        "NCT00901056",
        "ED of more than 6 months",
        "condition",
        "You have had trouble getting or keeping an erection for more than 6 months.",
    ),
    (
        "NCT00547417",
        "At least 3 months history of erectile dysfunction (ED)",
        "condition",
        "You have had trouble getting or keeping an erection for at least 3 months.",
    ),
    # Names that share their words, and the words that go with them.
    ("NCT05406817", "Hepatitis B or Hepatitis C", "condition", "You have hepatitis B or hepatitis C."),
    ("NCT02209155", "Has liver or kidney disease", "condition", "You have liver disease or kidney disease."),
    (
        "NCT00507286",
        "Significant cardiac, hepatic, renal or respiratory dysfunction",
        "condition",
        "You have reduced heart function, reduced liver function, reduced kidney function or breathing problems, and your doctor considers it serious.",
    ),
    (
        "NCT00421460",
        "Severe cardiac, hepatic or renal insufficiency",
        "condition",
        "You have severe heart failure, severely reduced liver function or severely reduced kidney function.",
    ),
    (
        "NCT00693056",
        "Moderate or severe hepatic impairment",
        "condition",
        "You have moderately or severely reduced liver function.",
    ),
    ("NCT00657033", "NYHA Class III and IV heart failure", "nyha", "You have heart failure of NYHA class III or IV."),
    # Infection tests.
    (
        "NCT01100021",
        "Positive testing for human immunodeficiency virus (HIV), hepatitis B surface antigen (HBsAg), or hepatitis C "
        "antibodies (HCV) at screening",
        "infection-test",
        "You have tested positive for HIV, hepatitis B (HBsAg test) or hepatitis C antibodies at the first study visit.",
    ),
    (
        "NCT00657033",
        "History of positive test for Hepatitis B surface antigen (HBsAg) or Hepatitis C",
        "infection-test",
        "You have tested positive for hepatitis B (HBsAg test) or hepatitis C in the past.",
    ),
    # A list whose last name ends in "and ... antibody" (any one of them, under an exclusion list).
    (
        "NCT05585931",
        "Positive for hepatitis B surface antigen (HBsAg), HCV antibody, syphilis antibody and HIV antibody",
        "infection-test",
        "You have tested positive for hepatitis B (HBsAg test), hepatitis C antibodies, syphilis or HIV.",
    ),
    (
        "NCT05316428",
        "Human immunodeficiency virus antibody (HIV), hepatitis C virus antibody (anti-HCV), hepatitis B surface antigen "
        "(HBsAg), treponema pallidum antibody (anti-TP) positive",
        "infection-test",
        "You have tested positive for HIV, hepatitis C antibodies, hepatitis B (HBsAg test) or syphilis.",
    ),
    # Pregnancy and breastfeeding.
    ("NCT05282459", "Pregnant or breast feeding", "pregnancy", "You are pregnant or breastfeeding."),
    (
        "NCT02369484",
        "Women who are pregnant or in the period of lactation",
        "pregnancy",
        "You are pregnant or breastfeeding.",
    ),
    ("NCT04318938", "Women must not be breastfeeding", "pregnancy", "You are not breastfeeding."),
    (
        "NCT02795884",
        "Patients who are not pregnant or breastfeeding",
        "pregnancy",
        "You are not pregnant or breastfeeding.",
    ),
    (
        "NCT00205894",
        "Be pregnant or planning on becoming pregnant during the study period",
        "pregnancy",
        "You are pregnant, or you plan to become pregnant during the study.",
    ),
    (
        "NCT00399243",
        "Subject is pregnant, actively trying to become pregnant or breast-feeding",
        "pregnancy",
        "You are pregnant or breastfeeding, or you are trying to become pregnant.",
    ),
    (
        "NCT01958125",
        "Is pregnant, nursing, thinking of becoming pregnant in the next 6 weeks",
        "pregnancy",
        "You are pregnant or breastfeeding, or you are thinking about becoming pregnant in the next 6 weeks.",
    ),
    (
        "NCT06644495",
        "Women known to be pregnant or lactating",
        "pregnancy",
        "You are known to be pregnant or breastfeeding.",
    ),
    # Pregnancy tests: who has them, which kind, when.
    (
        "NCT00210704",
        "Patient's partner must have a negative urine pregnancy test at time of screening",
        "pregnancy-test",
        "Your partner has a negative urine pregnancy test at the first study visit.",
    ),
    (
        "NCT05277844",
        "For females of child-bearing potential, negative serum or urine pregnancy test within 14 days prior to study "
        "registration",
        "pregnancy-test",
        "If you could get pregnant, you have a negative blood or urine pregnancy test in the 14 days before you join the "
        "study.",
    ),
    (
        "NCT04318938",
        "Women of childbearing potential (WOCBP) must have a negative pregnancy test within 7 days prior to randomization",
        "pregnancy-test",
        "If you could get pregnant, you have a negative pregnancy test in the 7 days before you join the study.",
    ),
    (
        "NCT00203190",
        "Subject has negative urine pregnancy test prior to study entry, if female of child-bearing potential",
        "pregnancy-test",
        "If you could get pregnant, you have a negative urine pregnancy test before you join the study.",
    ),
    (
        "NCT07247227",
        "Females of childbearing potential must have a negative pregnancy test at most 7 days prior to the first dose of "
        "study drug",
        "pregnancy-test",
        "If you could get pregnant, you have a negative pregnancy test at most 7 days before your first study treatment.",
    ),
    # Birth control: who, which, for how long; a negation keeps its sense.
    (
        "NCT01515527",
        "Women of childbearing potential and men must agree to use contraception prior to study entry and for the duration "
        "of study participation",
        "birth-control",
        "If you could get pregnant, or you are a man, you agree to use birth control from before you join the study until "
        "the study ends.",
    ),
    (
        "NCT03319901",
        "Men who have partners of childbearing potential must agree to use an effective contraceptive method during the "
        "study and for 30 days following the last dose of study drug",
        "birth-control",
        "If you are a man whose partner could get pregnant, you agree to use an effective method of birth control during "
        "the study and for 30 days after your last dose of the study treatment.",
    ),
    (
        "NCT01515527",
        "Men and women of childbearing potential who do not practice contraception",
        "birth-control",
        "If you could get pregnant or could father a child, you do not use birth control.",
    ),
    (
        "NCT04479917",
        "Patients who are willing to take proper contraceptive during the study and within 3 months after the study "
        "completed",
        "birth-control",
        "You are willing to use a proper method of birth control during the study and for 3 months after the study ends.",
    ),
    # Other cancers: one fact with its exceptions.
    (
        "NCT00657033",
        "History of malignancy within the past 5 years (other than squamous or basal cell skin cancer)",
        "other-cancer",
        "You have had cancer in the last 5 years, unless it was basal cell or squamous cell skin cancer.",
    ),
    (
        "NCT00790751",
        "History of any malignancy (except basal cell carcinoma or squamous cell carcinoma of the skin successfully "
        "treated by curative excision)",
        "other-cancer",
        "You have had cancer, unless it was one of these and was successfully removed by surgery: basal cell skin cancer "
        "or squamous cell skin cancer.",
    ),
    (
        "NCT01852578",
        "Other malignancy within the past five years other than basal cell skin cancer or carcinoma in situ of the cervix",
        "other-cancer",
        "You have had another cancer in the last 5 years, unless it was one of these: basal cell skin cancer or early "
        "cancer of the cervix that has not spread (in situ).",
    ),
    (
        "NCT02446808",
        "Subjects with current or previous malignancy other than prostate or non-melanoma skin cancer",
        "other-cancer",
        "You currently have or have had cancer, unless it was one of these: prostate cancer or skin cancer that is not "
        "melanoma.",
    ),
    # Spread to the brain: its states, and an allowance said as one.
    (
        "NCT06627647",
        "Brain metastases unless asymptomatic, stable, and not requiring steroids or anticonvulsants for at least 7 days "
        "prior to randomization",
        "brain-metastases",
        "You have cancer that has spread to the brain, unless it causes no symptoms, it is stable and you have not needed "
        "steroids or medicines for seizures for at least 7 days before you join the study.",
    ),
    (
        "NCT06119581",
        "Have known active central nervous system metastases and/or carcinomatous meningitis.",
        "brain-metastases",
        "You are known to have cancer that has spread to the brain or spinal cord and is active, or cancer in the thin "
        "layers around the brain and spinal cord (carcinomatous meningitis).",
    ),
    (
        "NCT06094296",
        "Untreated symptomatic central nervous system metastases",
        "brain-metastases",
        "You have cancer that has spread to the brain or spinal cord and is untreated and causes symptoms.",
    ),
    (
        "NCT04646330",
        "Has known active central nervous system (CNS) metastases",
        "brain-metastases",
        "You are known to have cancer that has spread to the brain or spinal cord and is active.",
    ),
    (
        "NCT06429761",
        "Subjects with clinically inactive brain metastases may be included in the study",
        "brain-metastases",
        "You can still join if you have cancer that has spread to the brain and is not active.",
    ),
    # The disease: how it was confirmed, its extent, measurable tumors.
    (
        "NCT05994131",
        "Histologically or cytologically confirmed locally advanced or metastatic NSCLC",
        "diagnosis-confirmed",
        "A tissue or cell test has shown that you have locally advanced or metastatic non-small cell lung cancer (NSCLC).",
    ),
    (
        "NCT06050980",
        "Histological or cytological confirmed diagnosis of unresectable locally advanced or metastatic NSCLC",
        "diagnosis-confirmed",
        "A tissue or cell test has shown that you have unresectable locally advanced or metastatic non-small cell lung "
        "cancer (NSCLC).",
    ),
    (
        "NCT01852578",
        "Measurable disease according to Response Evaluation Criteria in Solid Tumors (at least one measurable lesion)",
        "measurable-disease",
        "You have at least 1 tumor that can be measured on scans (by RECIST).",
    ),
    (
        "NCT06662786",
        "Have measurable disease according to RECIST v1.1",
        "measurable-disease",
        "You have tumors that can be measured on scans (by RECIST 1.1).",
    ),
    # Skin conditions of dermatology studies outside the bundled records (NCT01686841, NCT03395678, NCT04207047).
    (
        "NCT01686841",
        "Subject has a history of keloid formation",
        "condition",
        "You have had raised scars that grow beyond the wound (keloids).",
    ),
    (
        "NCT03395678",
        "Personal history or presence of hypertrophic scars or keloids.",
        "condition",
        "You have or have had thick, raised scars (hypertrophic scars) or raised scars that grow beyond the wound (keloids).",
    ),
    (
        "NCT04207047",
        "History of skin disorders, keloid scarring, and/or abnormal wound healing.",
        "condition",
        "You have had skin diseases, raised scars that grow beyond the wound (keloids) or problems with wound healing.",
    ),
    (
        "NCT02935660",
        "History of vitiligo, eczema, or psoriasis.",
        "condition",
        "You have had vitiligo (patches of skin that lose their color), eczema or psoriasis.",
    ),
    # Fitzpatrick skin types (studies outside the bundled records).
    (
        "NCT00865878",
        "Subject has Fitzpatrick skin type I-IV.",
        "skin-type",
        "Your skin type is I to IV on the Fitzpatrick scale: from pale skin that always burns and never tans to light "
        "brown skin that rarely burns and tans easily.",
    ),
    (
        "NCT02700152",
        "Fitzpatrick Skin Type I to VI.",
        "skin-type",
        "Any skin type can take part: I to VI on the Fitzpatrick scale, from pale skin that always burns and never tans "
        "to dark brown or black skin that never burns.",
    ),
    (
        "NCT01754233",
        "Has Fitzpatrick skin types III to IV.",
        "skin-type",
        "Your skin type is III or IV on the Fitzpatrick scale: skin that sometimes burns and tans slowly, or light brown "
        "skin that rarely burns and tans easily.",
    ),
    # Allergy to a named drug or substance, named as written.
    ("NCT03089294", "Known allergy to ultrasound gel", "allergy", "You are known to be allergic to ultrasound gel."),
    # Medicines the treatments family knows are read by its allergy reader first (generic names in lower case).
    (
        "NCT02587988",
        "History of hypersensitivity to Amlodipine or Tadalafil",
        "treatment-allergy",
        "You have had an allergic reaction to amlodipine or tadalafil.",
    ),
]


@pytest.mark.parametrize(("nct", "source", "rule", "plain"), READ, ids=[f"{case[0]}:{case[1][:40]}" for case in READ])
def test_a_real_criterion_is_written_from_its_fact(nct, source, rule, plain):
    recognised = recognise(source)
    assert recognised is not None, f"{nct}: not recognised"
    assert (recognised[0], recognised[1].sentence()) == (rule, plain)
    assert faithful(source, plain)


NOT_READ = [
    # (NCT id, criterion, why it must stay in the study's words)
    (
        "NCT06133985",
        "Uncontrolled hypertension or diabetes",
        "does 'uncontrolled' cover diabetes too? not said plainly",
    ),
    ("NCT03671044", "Uncontrolled diabetes or infection", "'uncontrolled' may or may not cover the infection"),
    (
        "NCT05894239",
        "History or active inflammatory bowel disease",
        "'history or active': two states the fact can't join",
    ),
    ("NCT02310828", "Episodic and chronic cluster headache", "'and' between kinds means either; not said plainly"),
    ("NCT03701581", "History of recurrent prostate cancer", "'recurrent' cancer came back: not 'repeated'"),
    (
        "NCT03406169",
        "Patients with significant renal or hepatic impairment, cerebrovascular disease",
        "a list whose last join is a comma",
    ),
    (
        "NCT06751849",
        "Subjects with uncontrolled epilepsy, central nervous system disorders, or neurological diseases resulting in "
        "cognitive impairment",
        "a cause ('resulting in') the fact does not carry",
    ),
    (
        "NCT05999214",
        "Women who plan to become pregnant within 6 months, or are pregnant or lactating",
        "a time inside the list",
    ),
    ("NCT05397184", "Lactating female participants unwilling to stop breastfeeding", "a second clause"),
    (
        "NCT01515527",
        "A negative urine pregnancy test is required within 1 week for all women of childbearing potential prior to "
        "enrolling on this trial",
        "the window is split around who it is for",
    ),
    (
        "NCT05833815",
        "Women of childbearing potential only: Negative serum pregnancy test done at most 7 days prior to registration",
        "'only' is a narrowing word the fact does not carry",
    ),
    (
        "NCT04646330",
        "All female and male subjects of reproductive potential must agree to use an effective method of contraception, "
        "as determined by the Investigator, during and for 120 days after the last dose of study treatment",
        "'as determined by the investigator'",
    ),
    (
        "NCT01701245",
        "Women of child-bearing potential must use 2 methods of contraceptive i.e. hormones and condom",
        "examples after 'i.e.'",
    ),
    (
        "NCT01100021",
        "Male subjects should be willing to use a condom and spermicide during sexual activity for 90 days after last "
        "dosing of avanafil and be willing to not donate sperm for 90 days after dosing",
        "two facts in one sentence",
    ),
    (
        "NCT04862663",
        "History of another primary malignancy except for malignancy treated with curative intent with no known active "
        "disease at least 2 years before the first dose of study intervention and of low potential risk for recurrence",
        "an exception with conditions the fact does not carry",
    ),
    (
        "NCT06764875",
        "Spinal cord compression or brain metastases unless asymptomatic, treated and stable and not requiring "
        "corticosteroid or anticonvulsant may be included in the study if they have recovered from the acute toxic effect "
        "of radiotherapy",
        "an allowance with a condition ('if they have recovered')",
    ),
    ("NCT04613596", "Untreated brain metastases not needing immediate local therapy", "a second condition"),
    (
        "NCT02385136",
        "Histologically diagnosed as NSCLC, stage IVb [ (American Joint of Cancer Committee(AJCC), 2002) ], Brain "
        "metastasis",
        "a second finding and a reference",
    ),
    (
        "NCT03934567",
        "Histologically confirmed grade 1, 2, or 3a follicular lymphoma (FL)",
        "grades the fact does not carry",
    ),
    ("NCT03886402", "Allergic to lidocaine, epinephrine, valium", "commas alone"),
    (
        "NCT05740449",
        "Have a known immediate or delayed hypersensitivity reaction or idiosyncrasy to the study drugs, or drugs chemically "
        "related to study treatment or excipients that contraindicate their participation",
        "not a named substance",
    ),
    ("NCT02512666", "Skin phototype less than 4 in the Fitzpatrick scale.", "a limit written after the scale"),
    ("NCT03311191", "Fitzpatrick skin types V and above", "an open range: said as written"),
    # Outside the bundled records (NCT02891239, NCT05841628): a sensitivity of the skin, not an allergy to a thing.
    ("NCT05841628", "Hypersensitivity to light exposure", "light is not a substance"),
]


@pytest.mark.parametrize(("nct", "source", "why"), NOT_READ, ids=[f"{case[0]}:{case[1][:40]}" for case in NOT_READ])
def test_a_criterion_the_facts_cannot_say_whole_stays_in_the_study_words(nct, source, why):
    recognised = recognise(source)
    assert recognised is None or recognised[0] not in _OURS, f"{nct}: read as {recognised} ({why})"


_OURS = {
    "skin-type",
    "condition",
    "nyha",
    "infection-test",
    "pregnancy",
    "pregnancy-test",
    "birth-control",
    "no-donation",
    "diagnosis-confirmed",
    "measurable-disease",
    "brain-metastases",
    "other-cancer",
    "allergy",
}


def test_the_name_table_matches_abbreviations_only_in_their_own_case():
    assert lay_name("MI") is not None and lay_name("mi") is None
    assert lay_name("ED") is not None and lay_name("Ed") is None
    assert lay_name("Myocardial Infarction") == lay_name("myocardial infarction")
    assert lay_name("Peyronie’s disease") == lay_name("Peyronie's disease")  # a curly apostrophe
    assert lay_name("hypertension and diabetes") is None  # a phrase, never a word swapped inside it


def test_a_name_not_in_the_table_is_never_half_translated():
    # "hyperhidrosis" is not in the table: the whole sentence declines, "diabetes" is not swapped alone.
    assert recognise("History of diabetes or hyperhidrosis") is None


def _items(criteria: str):
    plain = translate_eligibility({"eligibilityCriteria": criteria})
    return [item for item in plain.all_items() if item.text]


def test_a_bare_name_under_a_history_lead_in_keeps_the_lead_ins_state():
    # NCT01406860: "History of the following:" then "Renal failure", "Cerebrovascular disease" ...
    items = _items(
        "Exclusion Criteria:\n\n* History of the following:\n\n  * Renal failure\n  * Cerebrovascular disease\n"
        "  * Diabetes or hypoglycemia\n  * Hypothyroidism\n* Hypertension\n"
    )
    texts = [item.text for item in items]
    assert not any(
        text.startswith(("You have kidney failure", "You have disease of", "You have an underactive")) for text in texts
    ), texts
    assert "You have high blood pressure." in texts  # the same kind of name, at the top, is read


def test_other_cancer_exceptions_stay_in_one_exclusion_item():
    items = _items(
        "Exclusion Criteria:\n\n* Other malignancy within the past five years other than basal cell skin cancer or "
        "carcinoma in situ of the cervix\n"
    )
    assert [item.text for item in items] == [
        "You have had another cancer in the last 5 years, unless it was one of these: basal cell skin cancer or early "
        "cancer of the cervix that has not spread (in situ)."
    ]
    assert items[0].kind == "exclusion" and items[0].form == "rewritten"


def test_a_brain_metastases_allowance_in_its_own_sentence_stays_with_the_exclusion():
    items = _items(
        "Exclusion Criteria:\n\n* Known active central nervous system (CNS) metastases. Subjects with previously treated "
        "brain metastases may participate provided they are stable.\n"
    )
    # The allowance is under it, titled as its exception and in the study's words, never its own reason you cannot join.
    assert items[0].text == (
        "You are known to have cancer that has spread to the brain or spinal cord and is active, except in the case below."
    )
    assert [child.text for child in items[0].children] == [
        "Subjects with previously treated brain metastases may participate provided they are stable."
    ]
    assert len([item for item in items if item.children == [] and item.form == "rewritten"]) == 0


def test_a_condition_a_doctor_judges_says_so():
    recognised = recognise("Clinically significant chronic hematological disease")  # NCT00657033
    assert recognised is not None
    assert recognised[1].sentence() == "You have a long-term blood disease that your doctor considers serious."


def test_terms_kept_in_the_plain_sentences_are_explained():
    for source in (
        "Peyronie's disease",
        "Retinitis pigmentosa",
        "Histologically confirmed NSCLC",
        "History of positive test for Hepatitis B surface antigen (HBsAg) or Hepatitis C",
        "History of malignancy within the past 5 years (other than squamous or basal cell skin cancer)",
    ):
        plain = recognise(source)[1].sentence()
        explained = {term.term for term in terms_in(plain)}
        assert explained, f"{plain!r}: no glossary term"


def test_the_sentences_after_a_rewritten_allowance_stay_under_it():
    # NCT06627647: the conditions for people with treated brain metastases are not their own reasons you cannot join.
    items = _items(
        "Exclusion Criteria:\n\n* Brain metastases unless asymptomatic, stable, and not requiring steroids or "
        "anticonvulsants for at least 7 days prior to randomization. A minimum of 2 weeks must have elapsed between the "
        "end of local therapy (brain radiotherapy or surgery) and randomization. Participants must have recovered from "
        "the acute toxic effect of radiotherapy (eg, dizziness and signs of increased intracranial pressure) or surgery "
        "prior to randomization.\n"
    )
    top = [item for item in items if item.text and not any(item in other.children for other in items)]
    assert [item.text for item in top] == [
        "You have cancer that has spread to the brain, unless it causes no symptoms, it is stable and you have not "
        "needed steroids or medicines for seizures for at least 7 days before you join the study."
    ]
    assert [child.text[:40] for child in top[0].children] == [
        "A minimum of 2 weeks must have elapsed b",
        "Participants must have recovered from th",
    ]


@pytest.mark.parametrize(
    ("criterion", "plain"),
    [
        # Insufficiency is the organ not working well enough: "kidney problems" would widen it.
        ("Severe renal insufficiency", "You have severely reduced kidney function."),
        ("Moderate to severe hepatic impairment", "You have moderately to severely reduced liver function."),
        ("Renal insufficiency", "You have reduced kidney function."),
    ],
)
def test_an_organ_not_working_well_enough_keeps_its_degree_as_an_adverb(criterion, plain):
    assert recognise(criterion)[1].sentence() == plain


def test_a_list_of_positive_tests_joined_by_and_is_said_only_as_a_reason_to_be_left_out():
    # Under an exclusion list any one of them rules you out; as a requirement, all or any is not plain.
    recognised = recognise(read("Positive for HBsAg, HCV antibody and HIV antibody"))
    assert recognised is not None and recognised[0] == "infection-test"
    assert recognised[1].sentence_in("inclusion") is None
    assert (
        recognised[1].sentence_in("exclusion")
        == "You have tested positive for hepatitis B (HBsAg test), hepatitis C antibodies or HIV."
    )
