"""More wordings of consent, pregnancy, smoking, other studies and body-measure limits, read from real records; and
sentences that must stay in the study's words because part of them is not understood."""

from __future__ import annotations

import pytest

from trialpages.eligibility.comparators import canonical_comparisons
from trialpages.eligibility.facts import recognise


def _said(sentence: str) -> str | None:
    found = recognise(sentence)
    return found[1].sentence() if found else None


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT03781128, NCT00790751, NCT06945705, NCT04506658: now or lately, said in brackets, with "during this
        # study", as "currently participating in or have participated in", or of "Patient's involvement".
        (
            "Participation in another clinical trial (currently or within the last 30 days)",
            "You are in another study now, or were in one in the last 30 days.",
        ),
        (
            "Participation in another investigational study within 30 days of screening or at any time during this study",
            "You are in another study that tests a treatment now, or were in one in the 30 days before your first study "
            "visit, or will be in one during this study.",
        ),
        (
            "Patients who are currently participating in or have participated in other clinical trials within the past "
            "4 weeks.",
            "You are in another study now, or were in one in the last 4 weeks.",
        ),
        (
            "Patient's involvement in another clinical trial in the last 3 months",
            "You are in another study now, or were in one in the last 3 months.",
        ),
        # NCT02503306: a note at the foot of the exclusion list.
        (
            "The above information is not intended to contain all considerations relevant to a patient's potential "
            "participation in a clinical trial.",
            "This list may not hold everything that decides whether you can join.",
        ),
        # NCT04466527: "the study protocol"'s requirements are its visits, tests and rules.
        (
            "Subject must be able and willing to provide written informed consent and comply with the requirements of "
            "the study protocol",
            "You are willing and able to agree in writing to take part after the study is explained to you. You are also "
            "willing and able to follow the study's visits, tests and rules.",
        ),
        # NCT05097157, NCT03781128: the duties first, then the consent form (informed, or not said).
        (
            "Is willing to comply with all requirements of the study and sign the informed consent document.",
            "You are willing to follow the study's visits, tests and rules, and to sign a form to agree to take part after "
            "the study is explained to you.",
        ),
        (
            "Participants must be willing to adhere to the study procedures and sign the consent form",
            "You are willing to follow the study's visits, tests and rules, and to sign a form to agree to take part.",
        ),
        # NCT02472431, NCT03567590: the past tense of a requirement ("Patient signed ...").
        (
            "Patient signed informed consent form",
            "You sign a form to agree to take part after the study is explained to you.",
        ),
        (
            "patients signed the informed consent.",
            "You sign a form to agree to take part after the study is explained to you.",
        ),
        # NCT03113786: consent "to the trial".
        (
            "Patient is willing to give written informed consent to the trial",
            "You are willing to agree in writing to take part after the study is explained to you.",
        ),
        # NCT03425240, NCT05991206: "fully informed".
        (
            "Inability to provide a fully informed consent.",
            "You are not able to agree to take part after the study is explained to you.",
        ),
        (
            "Provision of fully informed consent prior to any study specific procedures.",
            "You agree to take part after the study is explained to you before any study tests or procedures.",
        ),
        # NCT05147779: "Understanding and willingness".
        (
            "Understanding and willingness to sign a written informed consent document",
            "You can understand the study. You are willing to sign a written form to agree to take part.",
        ),
        # NCT01315262: reading is asked too (LOSSY in the review of 2026-12-04 when it was left out).
        (
            "Able to read, understand and provide signed informed consent.",
            "You can read and understand the study information. You are able to sign a form to agree to take part.",
        ),
        # NCT02514629: "> or =" is "at least".
        ("BMI > or = 30 kg/m2.", "Your BMI is at least 30 kg/m2."),
        # NCT06326047: "greater than or equal" without its "to".
        (
            "Body mass index (BMI) greater than or equal 23.0 kilograms per meter square (kg/m^2).",
            "Your BMI is at least 23.0 kg/m^2.",
        ),
        # NCT06383390, NCT01419236, NCT06972472: the unit spelled out, then its symbol: said once.
        ("A Body Mass Index of ≥27.0 kilograms per meter squared (kg/m^2)", "Your BMI is at least 27.0 kg/m^2."),
        (
            "Body Mass Index (BMI) >35 kilograms per square meter (kg/m^2) at screening",
            "Your BMI is more than 35 kg/m^2, measured at your first study visit.",
        ),
        (
            "Have body mass index (BMI) ≥25 kilograms per square meter (kg/m2) at screening",
            "Your BMI is at least 25 kg/m2, measured at your first study visit.",
        ),
        ("Creatinine < or = 2 mg/dL", "Your creatinine is at most 2 mg/dL."),
        # NCT05813288, NCT06370169, NCT06940401, NCT03571503: whom a state is said of, before or after it.
        ("Pregnant women or women breastfeeding.", "You are pregnant or breastfeeding."),
        ("Pregnant or lactating mother", "You are pregnant or breastfeeding."),
        (
            "Pregnant or breastfeeding women, or those planning to become pregnant during the study.",
            "You are pregnant or breastfeeding, or you plan to become pregnant during the study.",
        ),
        ("Pregnant patients or patients planning pregnancy", "You are pregnant, or you plan to become pregnant."),
        ("Current pregnancy or breast feeding.", "You are pregnant or breastfeeding."),
        # Smoking status said alone (NCT01339377, NCT01616485, NCT01738087, NCT01885988, NCT04100759, NCT05446493).
        ("Smoker", "You smoke."),
        ("Smokers patients.", "You smoke."),
        ("Non-smoker", "You do not smoke."),
        ("Subjects who are non-smokers", "You do not smoke."),
        ("Currently Smoking", "You smoke now."),
        ("Non or ex-smokers", "You do not smoke now (you may have smoked in the past and stopped)."),
        ("Current or former smokers", "You smoke now or have smoked in the past."),
        ("Never smokers", "You have never smoked."),
        # An investigational or therapeutic study may test a device or a procedure: not narrowed to "a drug".
        (
            "Participation in another investigational study within 30 days",
            "You are in another study that tests a treatment now, or were in one in the last 30 days.",
        ),
        (
            "Concurrent participation in any other therapeutic clinical trial",
            "You are in another study that tests a treatment now.",
        ),
        (
            "Participation in another clinical study involving an investigational product within 1 month before study "
            "entry;",
            "You are in another study that tests a treatment now, or were in one in the 1 month before you join the study.",
        ),
        # ... a drug only when the source says so.
        (
            "Subjects who have participated in an investigational drug trial in the 30 days prior to the screening visit",
            "You were in another study testing a drug in the 30 days before your first study visit.",
        ),
        (
            "Current participation in any clinical study with any investigational drug or device.",
            "You are in another study testing a drug or device now.",
        ),
    ],
)
def test_more_wordings_are_rewritten_keeping_their_meaning(source: str, plain: str):
    assert _said(source) == plain


@pytest.mark.parametrize(
    "source",
    [
        # Two things to understand, one of them not consent: not read.
        "Unable to understand or unwilling to sign informed consent",
        # Consent of a named other study, or withdrawn: not this study's consent.
        "Consented participant on the Prostate database study (protocol 00149)",
        "Withdrawing their informed consent",
        # "valid" consent is a legal condition the plain words would not carry.
        "Valid informed consent signed",
        # Smoking with an amount, a time or another habit: more than the status.
        "Smoker, 1 pack per day",
        "Men actively smoking at time of enrollment, 1 pack per day or more",
        "Heavy drinkers or smokers.",
        "Smoking in the last year or prior smoking history of more than 10 pack years.",
        # A partner's pregnancy is not yours; a list with someone else in it is not read.
        "Partner is not pregnant or lactating",
        "Pregnant women or women breastfeeding or men",
        "Women who are pregnant or breastfeeding or women/men who are planning to have children.",
        # Not able to do one "and" the other: either one missing is enough, which the "and" would hide.
        "Unable to comply with study procedures and sign the informed consent form",
        # Having been in one, with no time said; "during this study" beside a past window only.
        "Patients who are currently participating in or have participated in other clinical trials.",
        "Participated in another investigational study within 30 days or at any time during this study",
        # "None" of something named is a criterion, not an empty list.
        "None of the above",
        # A spelled-out unit with some other symbol in its brackets is not folded.
        "BMI at least 27 kilograms per square meter (lbs/in2)",
    ],
)
def test_sentences_not_understood_whole_stay_in_the_study_words(source: str):
    assert recognise(source) is None


def test_the_new_comparison_spellings_fold_for_the_numbers_check():
    assert canonical_comparisons("BMI > or = 30, CrCl < or = 60, age greater than or equal 18") == (
        "bmi at least 30, crcl at most 60, age at least 18"
    )
