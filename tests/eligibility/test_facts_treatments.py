"""The treatments, people and performance recognisers on real sentences of the bundled corpus (NCT id beside each).

Each sentence is read as the translator reads it (clean.original_words: list marker and trailing stop gone,
comparison signs spelled) and must give exactly the plain sentence shown, which must also pass the
fidelity check; the sentences that must not be read say why. Structure-sensitive cases go through
translate_eligibility.
"""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import read
from trialpages.eligibility import translate_eligibility
from trialpages.eligibility.facts import recognise
from trialpages.eligibility.facts.people import Age
from trialpages.eligibility.facts.treatment_names import treatment
from trialpages.eligibility.fidelity import faithful

TREATMENTS = [
    # "Having ..." speaks of the reader as "Have ..." does; "prior to study" is before you join it.
    (
        "NCT06179316",
        "Having a history of radiotherapy to the pelvic area",
        "treatment-use",
        "You have had radiation therapy to the pelvis.",
    ),
    (
        "NCT06179316",
        "Having received neoadjuvant therapy",
        "treatment-use",
        "You have had treatment given before the main treatment (neoadjuvant therapy).",
    ),
    (
        "NCT04946890",
        "Radiation therapy within 4 weeks prior to study;",
        "treatment-use",
        "You had radiation therapy in the 4 weeks before you join the study.",
    ),
    (
        "NCT00199563",
        "Use of nitrates",
        "treatment-use",
        "You take nitrate medicines like nitroglycerin.",
    ),
    (
        "NCT02856893",
        "Prior treatment with an EGFR-TKI;",
        "treatment-use",
        "You have taken targeted drugs against EGFR (EGFR-TKI) before.",
    ),
    (
        "NCT06065748",
        "No prior systemic anti-cancer therapy for advanced disease",
        "treatment-use",
        "You have never had cancer treatment that reaches the whole body (systemic anti-cancer therapy) for advanced cancer (advanced disease).",
    ),
    (
        "NCT04862663",
        "More than 1 line of chemotherapy for metastatic disease.",
        "prior-lines",
        "You have had more than 1 line of chemotherapy for cancer that has spread (metastatic disease) before.",
    ),
    (
        "NCT04204473",
        "Major surgery within 4 weeks of the first dose of study treatment;",
        "treatment-use",
        "You had major surgery in the 4 weeks before you start the study treatment.",
    ),
    (
        "NCT02620982",
        "Previous radiation therapy to pelvis",
        "treatment-use",
        "You have had radiation therapy to the pelvis before.",
    ),
    (
        "NCT00379756",
        "Prior prostatectomy surgery",
        "treatment-use",
        "You have had surgery to remove the prostate (prostatectomy surgery) before.",
    ),
    (
        "NCT05605119",
        "Use of any investigational agent within 28 days or 5 half-lives (whichever is longer) prior to Cycle 1 Day 1",
        "treatment-use",
        "You took a drug that is still being tested (investigational agent) in the 28 days (or 5 half-lives of the drug, whichever is longer) before you start the study treatment (Cycle 1 Day 1).",
    ),
    (
        "NCT02682511",
        "Use of warfarin, heparin or other anticoagulants in the last 30 days;",
        "treatment-use",
        "You took warfarin, heparin or other blood thinners (anticoagulants) in the last 30 days.",
    ),
    (
        "NCT03510338",
        "Concomitant use of nitrate medications.",
        "treatment-use",
        "You take nitrate medicines like nitroglycerin (nitrate medications) at the same time as the study treatment.",
    ),
    ("NCT05185011", "History of liver transplant;", "treatment-use", "You have had a liver transplant."),
    (
        "NCT00903981",
        "subjects who took other PDE5 inhibitors or ED therapies within 2 weeks",
        "treatment-use",
        "You received other erection medicines (PDE5 inhibitors) or treatment for erection problems (ED therapies) in the last 2 weeks.",
    ),
    (
        "NCT02753764",
        "Oral steroid use within the past 6 weeks.",
        "treatment-use",
        "You took steroid pills (oral steroid) in the last 6 weeks.",
    ),
    (
        "NCT01180283",
        "Participation in another clinical trial within the last 2 months;",
        "other-study",
        "You are in another study now, or were in one in the last 2 months.",
    ),
    (
        "NCT00203190",
        "Subjects who have participated in an investigational drug trial in the 30 days prior to the screening visit",
        "other-study",
        "You were in another study testing a drug in the 30 days before your first study visit.",
    ),
    (
        "NCT05976503",
        "Participants in any clinical trial within 3 months prior to screening;",
        "other-study",
        "You are in another study now, or were in one in the 3 months before your first study visit.",
    ),
    (
        "NCT05185011",
        "Participated in any other intervention clinical trial within 1 months before screening；",
        "other-study",
        "You were in another study that tests a treatment in the 1 month before your first study visit.",
    ),
    (
        "NCT03801200",
        "Participated in any clinical trial of research drugs within 4 weeks prior to enrollment",
        "other-study",
        "You were in another study testing a drug in the 4 weeks before you join the study.",
    ),
    (
        "NCT05645172",
        "Current or planned participation in an interventional clinical trial",
        "other-study",
        "You are in another study that tests a treatment now, or plan to join one.",
    ),
    (
        "NCT03165734",
        "Concurrent enrollment in another interventional trial",
        "other-study",
        "You are in another study that tests a treatment now.",
    ),
    (
        "NCT05572515",
        "Received a live, attenuated vaccine within 4 weeks before randomization",
        "treatment-use",
        "You had a live vaccine (one made from a weakened germ) in the 4 weeks before you are assigned to a study group.",
    ),
    # Read as a condition, by the conditions family: what a man has now.
    (
        "NCT06469775",
        "Men with current penile implant",
        "condition",
        "You are a man who currently has a penile implant.",
    ),
    (
        "NCT05653063",
        "Patients receiving palliative radiotherapy",
        "treatment-use",
        "You are having radiation therapy to ease symptoms (palliative radiotherapy) now.",
    ),
    # not any dialysis (sample 30: LOSSY as "You are having dialysis now.")
    (
        "NCT05123326",
        "Patients on hemodialysis",
        "treatment-use",
        "You are having dialysis that cleans the blood through a machine (hemodialysis) now.",
    ),
    (
        "NCT04363918",
        "not taking any ED medication.",
        "treatment-use",
        "You are not taking medicines for erection problems now.",
    ),
    (
        "NCT01601262",
        "Recent Use of anti-androgens, or oral or injectable androgens",
        "treatment-use",
        "You took medicines that block male hormones (anti-androgens) or male hormones (oral or injectable androgens) recently.",
    ),
    (
        "NCT06844474",
        "Ongoing or previous anti-tumor therapies within 4 weeks prior to the first dose of study drug;",
        "treatment-use",
        "You are having cancer treatment now, or had it in the 4 weeks before you start the study treatment.",
    ),
    (
        "NCT05714891",
        "Concurrent treatment with other investigational drugs or anti-cancer therapy.",
        "treatment-use",
        "You receive another drug that is still being tested (investigational drugs) or cancer treatment at the same time as the study treatment.",
    ),
    (
        "NCT03102398",
        "Use of PDE-5 inhibitors within the last 2 weeks prior to the screening visit",
        "treatment-use",
        "You took erection medicines like sildenafil (PDE-5 inhibitors) in the 2 weeks before your first study visit.",
    ),
    (
        "NCT01105130",
        "Current use of cimetidine, ketoconazole, itraconazole, erythromycin, or ritonavir.",
        "treatment-use",
        "You are taking cimetidine, ketoconazole, itraconazole, erythromycin or ritonavir now.",
    ),
    (
        "NCT04267848",
        "No live vaccine within 30 days prior to registration.",
        "treatment-use",
        "You have not had a live vaccine (one made from a weakened germ) in the 30 days before you join the study.",
    ),
    (
        "NCT00955929",
        "Use of sildenafil within 30 days of consent",
        "treatment-use",
        "You took sildenafil in the 30 days before you sign the consent form.",
    ),
    (
        "NCT04646330",
        "Has undergone major surgery within 30 days of Study Day 1;",
        "treatment-use",
        "You had major surgery in the 30 days before you start the study treatment (Study Day 1).",
    ),
    (
        "NCT00415220",
        "Prolonged use of systemic corticosteroids",
        "treatment-use",
        "You take steroid medicines that reach the whole body (systemic corticosteroids) for a long time (chronic use).",
    ),
    (
        "NCT05833815",
        "Patients taking strong inhibitors or inducers of CYP3A4",
        "treatment-use",
        "You are taking medicines that strongly change how the liver breaks down other drugs (strong inhibitors or inducers of CYP3A4) now.",
    ),
    (
        "NCT06823401",
        "Previous therapy with any checkpoint inhibitor",
        "treatment-use",
        "You have had immunotherapy drugs called checkpoint inhibitors before.",
    ),
    (
        "NCT05123326",
        "Patients with a history of blood transfusions in the last two weeks",
        "treatment-use",
        "You had a blood transfusion in the last 2 weeks.",
    ),
]

PEOPLE = [
    ("NCT02068417", "Informed consent", "consent", "You agree to take part after the study is explained to you."),
    # Who consents named before "willing"/"able" ("Patient willing and able ..."); the consent "process".
    (
        "NCT06038539",
        "Patient willing and able to sign informed consent and to follow the protocol requirements",
        "consent",
        "You are willing and able to sign a form to agree to take part after the study is explained to you. You are "
        "also willing and able to follow the study's visits, tests and rules.",
    ),
    (
        "NCT07021677",
        "Subject ready to sign an informed consent form",
        "consent",
        "You are willing to sign a form to agree to take part after the study is explained to you.",
    ),
    (
        "NCT04762082",
        "Able and willing to complete the informed consent process",
        "consent",
        "You are willing and able to agree to take part after the study is explained to you.",
    ),
    (
        "NCT00382161",
        "written informed consent",
        "consent",
        "You agree in writing to take part after the study is explained to you.",
    ),
    (
        "NCT03086122",
        "Signed informed consent",
        "consent",
        "You sign a form to agree to take part after the study is explained to you.",
    ),
    (
        "NCT06932263",
        "Provision of signed and dated written informed consent prior to any study-specific procedures.",
        "consent",
        "You sign and date a written form to agree to take part after the study is explained to you before any study tests or procedures.",
    ),
    (
        "NCT02392273",
        "Unable or unwilling to provide informed consent",
        "consent",
        "You are not able or not willing to agree to take part after the study is explained to you.",
    ),
    (
        "NCT03319901",
        "Patients or their legally authorized representative must provide written informed consent",
        "consent",
        "You, or a person legally allowed to decide for you, agree in writing to take part after the study is explained to you.",
    ),
    (
        "NCT02387086",
        "Patients must have the ability to understand and the willingness to sign a written informed consent document.",
        "consent",
        "You can understand the study. You are willing and able to sign a written form to agree to take part.",
    ),
    (
        "NCT04547049",
        "Refusal to sign the informed consent",
        "consent",
        "You refuse to sign a form to agree to take part after the study is explained to you.",
    ),
    ("NCT02620982", "Consent to participate", "consent", "You agree to take part."),
    (
        "NCT07050056",
        "Willing and able to comply with scheduled visits, treatment plans, laboratory tests, and other study procedures;",
        "follows-study",
        "You are willing and able to follow the study's visits, tests and rules.",
    ),
    (
        "NCT00848497",
        "Must be willing to complete follow-up visits.",
        "follows-study",
        "You are willing to come to the follow-up visits.",
    ),
    (
        "NCT05196308",
        "Ability to understand and follow study-related instructions",
        "follows-study",
        "You are able to understand and follow the study's instructions.",
    ),
    ("NCT00415220", "Unable to read or speak English", "language", "You are not able to read or speak English."),
    (
        "NCT06940401",
        "Known hypersensitivity to study drug or its excipients.",
        "study-drug-allergy",
        "You are known to be allergic to the study drug or any of its ingredients.",
    ),
    (
        "NCT00654914",
        "Known hypersensitivity to any component of the investigational medication",
        "study-drug-allergy",
        "You are known to be allergic to any ingredient of the study drug.",
    ),
    ("NCT03505918", "Age 18-65 years", "age-range", "You are 18 to 65 years old."),
    ("NCT00258583", "18 years of age or older", "age-minimum", "You are 18 years old or older."),
    ("NCT01315262", "Men aged 18-65 years old.", "age-range", "You are male and 18 to 65 years old."),
    (
        "NCT03058094",
        "Male or female, aged between 18-75 years old.",
        "age-range",
        "You are 18 to 75 years old, male or female.",
    ),
    ("NCT01600066", "age < 18 or > 80 years", "age-range", "You are less than 18 or more than 80 years old."),
    (
        "NCT04474964",
        "Age more than 3 years and less than 16 years.",
        "age-range",
        "You are more than 3 years and less than 16 years old.",
    ),
    (
        "NCT05464836",
        "Patients must be 12 to 40 years of age inclusive when signing the informed consent.",
        "age-range",
        "You are 12 to 40 years old when you sign the consent form.",
    ),
    ("NCT03323645", "Adult (18 years of age or older)", "age-minimum", "You are an adult, 18 years old or older."),
    (
        "NCT02239484",
        "Healthy male volunteers, age 20 to 55 years.",
        "age-range",
        "You are healthy, male and 20 to 55 years old.",
    ),
    ("NCT00833638", "Female and at least 18 years old.", "age-minimum", "You are female and 18 years old or older."),
    ("NCT00743613", "Men younger than 50 years of age", "age-minimum", "You are male and less than 50 years old."),
    ("NCT01600066", "male gender", "sex", "You are male."),
    ("NCT06376513", "Adults", "adult", "You are an adult."),
    ("NCT00229073", "good general health", "healthy", "You are in good general health."),
]

PERFORMANCE = [
    (
        "NCT05048797",
        "ECOG 0-1",
        "ecog",
        "You can do light work, even if hard physical activity is limited (ECOG score 0 to 1).",
    ),
    (
        "NCT03319901",
        "Eastern Cooperative Oncology Group (ECOG) performance status ≤2 (Refer to Appendix D)",
        "ecog",
        "You can take care of yourself and are up and about more than half of the day (ECOG score at most 2).",
    ),
    (
        "NCT04547049",
        "ECOG performance status ≥ 3",
        "ecog",
        "You are in bed or a chair more than half of the day (ECOG score at least 3).",
    ),
    (
        "NCT05209256",
        "WHO performance status of 0 or 1;",
        "ecog",
        "You can do light work, even if hard physical activity is limited (WHO performance score 0 or 1).",
    ),
    (
        "NCT04811001",
        "Performance status 0-1 (ECOG PS);",
        "ecog",
        "You can do light work, even if hard physical activity is limited (ECOG score 0 to 1).",
    ),
    (
        "NCT05142982",
        "Karnofsky Performance Status at least 70",
        "karnofsky",
        "You can take care of yourself, even if you cannot do your normal activities or work (Karnofsky score at least 70).",
    ),
    (
        "NCT06720727",
        "Karnofsky/Lansky Performance Score more than or equal to 70",
        "karnofsky",
        "Your Karnofsky or Lansky score is at least 70.",
    ),
    # The scale named twice, and "physical status level" (a translated record's words for performance status).
    (
        "NCT05942599",
        "Eastern Cooperative Oncology Group ECOG performance status < 2.",
        "ecog",
        "You can do light work, even if hard physical activity is limited (ECOG score less than 2).",
    ),
    (
        "NCT05739409",
        "Eastern Cooperative Oncology Group physical status level is 0 to 2",
        "ecog",
        "You can take care of yourself and are up and about more than half of the day (ECOG score 0 to 2).",
    ),
    (
        "NCT02652234",
        "Life expectancy≥3 months",
        "life-expectancy",
        "Your doctor expects you to live at least 3 months.",
    ),
    (
        "NCT05816499",
        "Life expectancy > 12 weeks as determined by the investigator",
        "life-expectancy",
        "Your study doctor expects you to live more than 12 weeks.",
    ),
    (
        "NCT02713789",
        "A life expectancy of less than 12 months;",
        "life-expectancy",
        "Your doctor expects you to live less than 12 months.",
    ),
    # The reason the study names, and a time said first (not "... live at least 12 weeks at your first study visit").
    (
        "NCT02087397",
        "Life expectancy < 6 months due to concomitant illnesses.",
        "life-expectancy",
        "Your doctor expects you to live less than 6 months because of another illness.",
    ),
    (
        "NCT03651024",
        "Life expectancy < 2 years due to other illnesses",
        "life-expectancy",
        "Your doctor expects you to live less than 2 years because of another illness.",
    ),
    (
        "NCT06818682",
        "Life expectancy deemed to be less than 2 years",
        "life-expectancy",
        "Your doctor expects you to live less than 2 years.",
    ),
    (
        "NCT06032936",
        "Patients must have a life expectancy of ≥12 weeks as estimated at the time of screening.",
        "life-expectancy",
        "At your first study visit, your doctor expects you to live at least 12 weeks.",
    ),
]


@pytest.mark.parametrize(("nct", "source", "rule", "plain"), TREATMENTS + PEOPLE + PERFORMANCE)
def test_real_sentence_is_rewritten_from_its_fact(nct, source, rule, plain):
    recognised = recognise(read(source))
    assert recognised is not None, f"{nct}: not read"
    name, fact = recognised
    assert (name, fact.sentence()) == (rule, plain), nct
    assert faithful(read(source), plain), nct


NOT_READ = [
    (
        "NCT01272297",
        "Prior surgery or radiotherapy in pelvic region",
        "is the surgery in the pelvis too? 'surgery' alone would exclude any operation",
    ),
    ("NCT06076850", "Previous pelvic surgery or radiation therapy", "is the radiation to the pelvis too? Not clear"),
    ("NCT02175381", "No prior chemotherapy (for phase II part)", "a rule for one part of the study only"),
    (
        "NCT06521710",
        "Patients undergoing a concomitant cancer surgery",
        "concomitant is not current: another operation at the same time as the study's",
    ),
    ("NCT05426668", "Participation in an interventional study", "which study (this one?) and when is not said"),
    (
        "NCT02227251",
        "Written informed consent in accordance with federal, local, and institutional guidelines",
        "a second clause the fact does not carry",
    ),
    (
        "NCT00636506",
        "The subject is willing and able to give written valid Informed Consent",
        "'valid' is a legal condition",
    ),
    ("NCT06070480", "Who did not sign the informed consent form", "said of the past: not a rule a patient can read"),
    ("NCT03566914", "Patients with Karnofsky performance status of below 70% were excluded", "a report, not a rule"),
    (
        "NCT06760702",
        "Eastern Cooperative Oncology Group (ECOG) Performance status of 0 or 1 (Patients with disease "
        "related ECOG 2 are allowed, in addition to ECOG 0 and 1)",
        "an exception in brackets",
    ),
    (
        "NCT00379756",
        "Use of any treatment for ED within 7 days of screening including oral medications, vacuum devices, "
        "constrictive devices, injections or urethral suppositories",
        "'including' is a list the fact does not carry",
    ),
    (
        "NCT05605119",
        "Definitive Radiotherapy within the last 21 days of Cycle 1 Day 1 (limited field palliative radiation "
        "is allowed and no restrictions during the screening period or during the trial)",
        "an allowance in brackets",
    ),
    (
        "NCT05740449",
        "RADIOTHERAPY: Radiotherapy (non-palliative) within 21 days prior to the first dose of drug",
        "'non-palliative' narrows the radiotherapy",
    ),
    (
        "NCT05348876",
        "Prior chemotherapy or immunotherapy for prostate cancer, except adjuvant/neoadjuvant treatment "
        "completed > 2 years before first dose of study treatment",
        "an exception",
    ),
    (
        "NCT04488068",
        "Androgen suppression within the past 6 months or as part of protocol-specified radiotherapy or "
        "brachytherapy will be excluded",
        "an alternative the fact cannot say",
    ),
    (
        "NCT04416802",
        "Could not cooperate with the treatment",
        "cooperating with a treatment is not following the visits",
    ),
    ("NCT01967264", "Blood donation within 45 days prior to study initiation", "giving blood is not a treatment"),
    (
        "NCT06467357",
        "Adequate organ and bone marrow function within 14 days before randomization",
        "a lab rule with a time: not a treatment had",
    ),
    (
        "NCT06429761",
        "History of myocardial infarction within 6 months before enrolment",
        "a condition, not a treatment",
    ),
    ("NCT06760702", "6 months from the last platinum-based regimen", "at least, at most or exactly 6 months? Not said"),
    # Not corpus sentences: a name alone, as a lead-in's child would be read if it were recognised on its own.
    (None, "Radiotherapy", "a treatment named alone says neither that it was had nor when"),
    (None, "Warfarin", "a medicine named alone (as under 'Allergy to:') says nothing of taking it"),
]


@pytest.mark.parametrize(("nct", "source", "reason"), NOT_READ)
def test_sentence_the_facts_cannot_carry_is_not_read(nct, source, reason):
    recognised = recognise(read(source))
    if recognised is not None and recognised[0] == "blood-donation":
        assert "giving blood" in reason, f"{nct}: {reason}"  # the logistics family's to read
        return
    if recognised is not None and recognised[0] in ("condition", "organ-function"):
        # A health condition or a lab rule with a time ("History of myocardial infarction within 6 months",
        # "Adequate organ function within 14 days") is another family's to read; no treatment reader may take it.
        assert "condition" in reason or "lab rule" in reason, f"{nct}: {reason}"
        return
    assert recognised is None, f"{nct}: {reason}"


def test_informed_consent_is_never_written_unless_the_source_says_so():
    # NCT03169582: "informed consent" once became "written consent" (a WRONG item in the before-review).
    name, fact = recognise(read("Not able to provide informed consent"))
    assert "writing" not in fact.sentence() and "written" not in fact.sentence()
    assert fact.sentence() == "You are not able to agree to take part after the study is explained to you."


@pytest.mark.parametrize(
    ("source", "sentence"),
    [
        # who approved the form, the order of the words and misspellings say nothing of what the patient does
        (
            "Patient must be willing to sign the Institutional Review Board approved consent.",
            "You are willing to sign a form to agree to take part.",
        ),
        (
            "Signed an ethics committee-reviewed and approved informed consent form.",
            "You sign a form to agree to take part after the study is explained to you.",
        ),
        ("Sign the inform consent form.", "You sign a form to agree to take part after the study is explained to you."),
        (
            "Patient has signed the study informed consent form.",
            "You sign a form to agree to take part after the study is explained to you.",
        ),
        (
            "Before patient enrollment, written informed consent must be given",
            "You agree in writing to take part after the study is explained to you before you join the study.",
        ),
        (
            "Written informed consent signed voluntarily",
            "You freely sign a written form to agree to take part after the study is explained to you.",
        ),
    ],
)
def test_consent_is_read_past_who_approved_the_form_and_how_the_sentence_is_ordered(source, sentence):
    name, fact = recognise(read(source))
    assert (name, fact.sentence()) == ("consent", sentence)


def test_consent_paperwork_words_do_not_make_a_sentence_readable_that_says_more():
    # the form's approval dropped, what is left must still be all consent: a second duty stays in the study's words
    assert recognise(read("Signed IRB-approved informed consent and a completed food diary for 2 weeks")) is None


def test_concurrent_treatment_is_said_as_at_the_same_time_not_now():
    # NCT03319901: "Concurrent use of warfarin": concurrent is not current.
    name, fact = recognise(read("Concurrent use of warfarin"))
    assert fact.sentence() == "You take warfarin at the same time as the study treatment."


def test_a_window_keeps_what_it_counts_from():
    cases = {
        "Major surgery within 28 days before enrolment": "in the 28 days before you join the study",
        "Major surgery within 30 days of randomization": "in the 30 days before you are assigned to a study group",
        "Use of sildenafil within 30 days of consent": "in the 30 days before you sign the consent form",
        "Use of weight loss medications within 90 days of visit 1": "in the 90 days before your first study visit (visit 1)",
        "Antibiotic intake within the last 3 months": "in the last 3 months",
    }
    for source, window in cases.items():
        assert window in recognise(read(source))[1].sentence(), source


def test_a_window_counted_from_an_unknown_event_is_not_read():
    # NCT01054859: "Day 1 dosing (Period 1)" is not one of the events a window is said from.
    assert recognise(read("Use of any investigational drug within 30 days of Day 1 dosing (Period 1)")) is None


def test_class_names_keep_the_study_term_and_drug_names_stay_as_written():
    assert treatment("PDE-5 inhibitors").plain == "erection medicines like sildenafil (PDE-5 inhibitors)"
    assert treatment("nonsteroidal anti-inflammatory drugs (NSAIDs)").plain == "pain medicines like ibuprofen (NSAIDs)"
    assert treatment("Tadalafil").plain == "tadalafil"
    assert treatment("Viagra").plain == "Viagra"
    assert treatment("osimertinib").plain == "osimertinib"  # a kinase inhibitor by its ending
    assert treatment("blood thinners").plain == "blood thinners"  # no "(blood thinners)" after itself
    assert treatment("cough syrup") is None


def test_age_fact_gives_at_a_glance_its_words():
    age = recognise(read("Age ≥ 18 years"))[1]
    assert isinstance(age, Age) and age.in_words() == "18 years and older"
    ranged = recognise(read("Age ranging between 6 months and less than 16 years"))
    assert ranged is not None and ranged[1].in_words() == "at least 6 months and less than 16 years"


def _module(criteria: str) -> dict:
    return {"eligibilityCriteria": criteria, "minimumAge": "18 Years", "maximumAge": "130 Years", "sex": "ALL"}


def test_allowance_after_a_rewritten_exclusion_stays_under_it_in_the_study_words():
    # NCT04318938: the allowed minor procedures must not read as a reason you cannot join.
    plain = translate_eligibility(
        _module(
            "Exclusion Criteria:\n\n* Major surgery within 30 days of randomization. Minor surgical procedures, such as catheter "
            "placement or minimally invasive biopsies, are allowed.\n"
        )
    )
    [item] = plain.exclusion
    assert item.form == "rewritten" and item.rule == "treatment-use"
    assert (
        item.text
        == "You had major surgery in the 30 days before you are assigned to a study group, except in the case below."
    )
    assert item.children_title == "With this exception:"
    [allowance] = item.children
    assert allowance.form == "original-words" and allowance.text.startswith("Minor surgical procedures")


def test_unclear_list_stays_in_the_study_words_and_age_agrees_with_at_a_glance():
    plain = translate_eligibility(
        _module(
            "Inclusion Criteria:\n\n* Age ≥ 18 years\n* ECOG performance status 0-1\n\n"
            "Exclusion Criteria:\n\n* Previous pelvic surgery or radiation therapy\n"
        )
    )
    assert [item.text for item in plain.inclusion] == [
        "You are 18 years old or older.",
        "You can do light work, even if hard physical activity is limited (ECOG score 0 to 1).",
    ]
    assert plain.at_a_glance.ages == "18 years and older"  # the criterion agrees with the registry: no second age
    [excluded] = plain.exclusion
    assert (excluded.form, excluded.text) == ("original-words", "Previous pelvic surgery or radiation therapy")


MORE = [
    # 'at least ... before' is kept as 'at least', never turned into 'within'.
    (
        "NCT03670628",
        "Received shockwave treatment at least 6 months before enrollment",
        "treatment-use",
        "You had shockwave treatment at least 6 months before you join the study.",
    ),
    (
        "NCT00790751",
        "Allergy or hypersensitivity to PDE5 inhibitors",
        "treatment-allergy",
        "You are allergic to erection medicines like sildenafil (PDE5 inhibitors).",
    ),
    # A class's examples are said after it, as the source gives them; a list's examples are not whose to tell.
    (
        "NCT01305083",
        "Patients with known hypersensitivity to PDE 5 inhibitors like Sildenafil, Vardenafil or Tadalafil",
        "treatment-allergy",
        "You are known to be allergic to erection medicines like sildenafil (PDE 5 inhibitors). Some examples are "
        "sildenafil, vardenafil and tadalafil.",
    ),
    (
        "NCT01037218",
        "Hypersensitivity to phosphodiesterase type 5 (PDE-5) inhibitors such as Viagra®, Cialis® or Levitra®",
        "treatment-allergy",
        "You are allergic to erection medicines like sildenafil (phosphodiesterase type 5 (PDE-5) inhibitors). Some "
        "examples are Viagra, Cialis and Levitra.",
    ),
    (
        "NCT02369484",
        "Known or suspected hypersensitivity to afatinib or any of its excipients",
        "treatment-allergy",
        "You are known or thought to be allergic to afatinib or any of its ingredients.",
    ),
    (
        "NCT03986528",
        "Known allergy or intolerance to study medications",
        "study-drug-allergy",
        "You are known to be allergic to, or unable to take, any of the study drugs.",
    ),
    (
        "NCT05335226",
        "Psychiatric illness that would limit compliance with study requirements",
        "doctor-judges",
        "You have a mental illness that would make it hard for you to follow the study's rules.",
    ),
    (
        "NCT02381795",
        "Psychiatric disorder, which in the opinion of the Investigator, may interfere with the study",
        "doctor-judges",
        "You have a mental disorder that your study doctor thinks might get in the way of the study.",
    ),
    (
        "NCT06751849",
        "Subjects deemed unsuitable for the study by the investigator",
        "doctor-judges",
        "Your study doctor thinks you are not suitable for this study.",
    ),
    ("NCT03416231", "Male or female patients", "sex", "You can be male or female."),
    (
        "NCT06726265",
        "Willing to give written informed consent and to comply with the protocol",
        "consent",
        "You are willing to agree in writing to take part after the study is explained to you. "
        "You are also willing to follow the study's visits, tests and rules.",
    ),
    (
        "NCT01949129",
        "subjects unwilling or unable to comply with the study procedures",
        "follows-study",
        "You are not able or not willing to follow the study's visits, tests and rules.",
    ),
    (
        "NCT05110196",
        "Willing and able to comply with scheduled visits, treatment plan, and laboratory tests",
        "follows-study",
        "You are willing and able to follow the study's visits, treatment plan and tests.",
    ),
    ("NCT04472845", "Able to comply with follow-up", "follows-study", "You are able to come to the follow-up visits."),
    (
        "NCT01037218",
        "Taking nitrate medication in any form",
        "treatment-use",
        "You are taking any kind of nitrate medicines like nitroglycerin (nitrate medication) now.",
    ),
    (
        "NCT00833638",
        "History of radical prostatectomy, other pelvic surgery or penile implant",
        "treatment-use",
        "You have had surgery to remove the whole prostate (radical prostatectomy), other surgery in the pelvis "
        "(pelvic surgery) or a penile implant.",
    ),
    ("NCT06090136", "≥ 65 years old；", "age-minimum", "You are 65 years old or older."),
    (
        "NCT05519085",
        "Participants received 1 to 3 prior lines of antimyeloma therapy.",
        "prior-lines",
        "You have had 1 to 3 lines of treatment for myeloma (antimyeloma therapy) before.",
    ),
    (
        "NCT05833815",
        "Chemotherapy =< 4 weeks prior to registration",
        "treatment-use",
        "You had chemotherapy at most 4 weeks before you join the study.",
    ),
    (
        "NCT03884829",
        "≥ 2 weeks from prior chemotherapy, radiation therapy or major surgery",
        "time-since-treatment",
        "It has been at least 2 weeks since you last had chemotherapy, radiation therapy or major surgery.",
    ),
    (
        "NCT03651024",
        "Current participation in any clinical study with any investigational drug or device.",
        "other-study",
        "You are in another study testing a drug or device now.",
    ),
    (
        "NCT05821933",
        "Voluntarily agree to participate in the study and sign an informed consent form.",
        "consent",
        "You freely sign a form to agree to take part after the study is explained to you.",
    ),
    ("NCT02227251", "Age greater than or equal to (≥) 18 years.", "age-minimum", "You are 18 years old or older."),
    (
        "NCT00468637",
        "Refusal of written informed consent",
        "consent",
        "You refuse to agree in writing to take part after the study is explained to you.",
    ),
]


@pytest.mark.parametrize(("nct", "source", "rule", "plain"), MORE)
def test_more_real_sentences(nct, source, rule, plain):
    recognised = recognise(read(source))
    assert recognised is not None, f"{nct}: not read"
    assert (recognised[0], recognised[1].sentence()) == (rule, plain), nct
    assert faithful(read(source), plain), nct


def test_every_sentence_is_quoted_from_the_record_it_names(modules_by_id):
    criteria = {  # as the parser reads it: markdown escapes ("\\>") gone, spaces single
        nct_id: " ".join((module.get("eligibilityCriteria") or "").replace("\\", "").split())
        for nct_id, module in modules_by_id.items()
    }
    quoted = [(nct, source) for nct, source, *_ in TREATMENTS + PEOPLE + PERFORMANCE + MORE + NOT_READ if nct]
    missing = [(nct, source) for nct, source in quoted if " ".join(source.split()) not in criteria.get(nct, "")]
    assert not missing


def test_examples_of_a_list_of_medicines_are_not_said_as_examples_of_one():
    # "such as" after two medicines: examples of which? The sentence stays in the study's words.
    assert recognise("Allergy to warfarin or heparins such as enoxaparin") is None
    assert recognise("Allergy to sildenafil (e.g. Viagra)") is None  # a medicine's own name has no examples
