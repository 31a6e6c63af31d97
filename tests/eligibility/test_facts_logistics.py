"""Taking part: the study doctor's judgement, logistics and abilities, contraindications (facts/logistics.py).

Real criterion sentences of the bundled corpus (NCT id beside each), the exact plain sentence each is written as, and
the sentences that must stay in the study's own words (and why). Every plain sentence is also held to fidelity (same
numbers, units, comparisons, negations, qualifiers): a fact that fidelity would reject is a fact that says the wrong thing.
"""

from __future__ import annotations

import pytest

from trialpages.eligibility import translate_eligibility
from trialpages.eligibility.facts import recognise
from trialpages.eligibility.fidelity import faithful
from trialpages.eligibility.glossary import terms_in

READ = [
    # (NCT id, the criterion as the recognisers see it, recogniser, plain sentence)
    # A condition the study doctor judges, and what it would do.
    (
        "NCT01754233",
        "The subject has any condition which, in the investigator's opinion, would make it unsafe for the subject to "
        "participate in this research study",
        "doctor-judges-condition",
        "You have a condition that your study doctor thinks would make taking part unsafe for you.",
    ),
    (
        "NCT04466527",
        "Clinically significant abnormal findings or conditions which might, in the opinion of the Investigator, interfere "
        "with study evaluations or pose a risk to subject safety during the study",
        "doctor-judges-condition",
        "You have a significant abnormal finding or condition that your study doctor thinks might make the study's results "
        "hard to understand or make taking part unsafe for you.",
    ),
    (
        "NCT00351065",
        "Subjects who have any other clinical condition, which would interfere with the assessment of study results, in "
        "the opinion of the investigator",
        "doctor-judges-condition",
        "You have another medical condition that your study doctor thinks would make the study's results hard to "
        "understand.",
    ),
    (
        "NCT00882934",
        "Any condition, which, in the opinion of the investigator, may interfere with the participation of the subject in "
        "the study",
        "doctor-judges-condition",
        "You have a condition that your study doctor thinks might get in the way of you taking part.",
    ),
    (
        "NCT00282607",
        "Have a major illness that in the opinion of the investigator would interfere with the conduct of the study",
        "doctor-judges-condition",
        "You have a major illness that your study doctor thinks would get in the way of the study.",
    ),
    (
        "NCT06875310",
        "Other severe acute or chronic medical or psychiatric condition or laboratory abnormality that may increase the risk "
        "associated with study participation or study drug administration",
        "doctor-judges-condition",
        "You have another severe medical or mental health condition (sudden or long-term) or abnormal lab test result that "
        "might make taking part or taking the study drug riskier for you.",
    ),
    (
        "NCT00122499",
        "Any condition that would interfere with the patient's ability to provide informed consent or comply with study "
        "instructions, would place patient at increased risk, or might confound the interpretation of the study results",
        "doctor-judges-condition",
        "You have a condition that would make it hard for you to agree to take part or to follow the study's rules, put you "
        "at more risk or might make the study's results hard to understand.",
    ),
    (
        "NCT02227251",
        "Any life-threatening illness, medical condition, or organ system dysfunction which, in the Investigator's opinion, "
        "could compromise the participant's safety",
        "doctor-judges-condition",
        "You have a life-threatening illness, a medical condition or an organ problem that your study doctor thinks could "
        "make taking part unsafe for you.",
    ),
    (
        "NCT05348876",
        "Severe or uncontrolled concurrent disease, infection, or co-morbidity that, in the opinion of the investigator, "
        "would make the participant inappropriate for enrollment",
        "doctor-judges-condition",
        "You have another severe or uncontrolled disease, infection or other illness that your study doctor thinks would "
        "make you unsuitable for this study.",
    ),
    (
        "NCT00654914",
        "Any unstable medical or psychiatric condition or substance abuse disorder that, in the opinion of the Investigator, "
        "is likely to affect the patient's ability to complete the study or precludes the patient's participation in the "
        "study",
        "doctor-judges-condition",
        "You have an unstable medical or mental health condition or an addiction disorder that your study doctor thinks is "
        "likely to make it hard for you to finish the study or keep you from taking part.",
    ),
    (
        "NCT03156790",
        "Any other factor which in the investigator's opinion is likely to compromise the subject's ability to participate in "
        "the trial",
        "doctor-judges-condition",
        "There is another reason that your study doctor thinks is likely to make it hard for you to take part.",
    ),
    (
        "NCT02856893",
        "No significant comorbidity that according to the investigator would hamper the participation on the trial",
        "doctor-judges-condition",
        "You have no other significant illness that your study doctor thinks would make it hard for you to take part.",
    ),
    (
        "NCT04280055",
        "A history or presence of any medical and psychiatric condition that might render patient unsuitable for "
        "participation",
        "doctor-judges-condition",
        "You have or have had a medical or mental health condition that might make you unsuitable for this study.",
    ),
    (
        "NCT06022848",
        "Patients known to have a condition that in the investigator's judgment precludes participation in the study",
        "doctor-judges-condition",
        "You are known to have a condition that your study doctor thinks keeps you from taking part.",
    ),
    (
        "NCT04949204",
        "Significant medical comorbidity deemed by the investigator to interfere with the study",
        "doctor-judges-condition",
        "You have another significant medical illness that your study doctor thinks gets in the way of the study.",
    ),
    (
        "NCT02513394",
        "Uncontrolled intercurrent illness that would limit compliance with study requirements",
        "doctor-judges-condition",
        "You have another uncontrolled illness that would make it hard for you to follow the study's rules.",
    ),
    (
        "NCT01105130",
        "Major medical or psychiatric illness which, in the opinion of the investigator, would prevent completion of "
        "treatment or would interfere with follow-up",
        "doctor-judges-condition",
        "You have a major medical or mental illness that your study doctor thinks would keep you from finishing treatment "
        "or get in the way of the follow-up visits.",
    ),
    (
        "NCT01100021",
        "Any clinically significant laboratory abnormalities as judged by the Investigator",
        "doctor-judges-condition",
        "Your study doctor thinks you have a significant abnormal lab test result.",
    ),
    (
        "NCT02179567",
        "Any evidence of severe uncontrolled concomitant disease (in the opinion of the investigator)",
        "condition",
        "You have signs of another severe illness that is not controlled, in the study doctor's opinion.",
    ),
    (
        "NCT03406169",
        "Severe concomitant disease that does not allow treatment according to the protocol at the investigator's "
        "discretion",
        "doctor-judges-condition",
        "You have another severe disease that your study doctor thinks means you cannot have the study treatment as "
        "planned.",
    ),
    # A sentence another family reads, with its judge named.
    (
        "NCT00833638",
        "Clinically significant penile deformity in the opinion of the investigator",
        "condition",
        "You have an abnormal shape or structure of the penis that the study doctor considers serious.",
    ),
    (
        "NCT00833638",
        "History of drug, alcohol, or substance abuse within the past 6 months, as assessed by the investigator",
        "condition",
        "You have had a problem with drugs or alcohol in the last 6 months, in the study doctor's opinion.",
    ),
    (
        "NCT04961996",
        "Unable or unwilling to comply with the requirements of the protocol in the opinion of the investigator",
        "judged-by",
        "Your study doctor thinks you are not able or not willing to follow the study's visits, tests and rules.",
    ),
    (
        "NCT04396795",
        "Psychogenic ED as determined by study investigator",
        "condition",
        "You have trouble getting or keeping an erection caused by stress or emotions, in the study doctor's opinion.",
    ),
    # Judged not suitable.
    (
        "NCT01401543",
        "Deemed unsuitable by the investigator for any other reason",
        "judged-unsuitable",
        "Your study doctor thinks you are not suitable for this study for another reason.",
    ),
    (
        "NCT06090136",
        "Other factors that the investigator considered inappropriate for the study",
        "judged-unsuitable",
        "Your study doctor thinks you are not suitable for this study for another reason.",
    ),
    (
        "NCT05976503",
        "Participants judged by the investigator to be unsuitable for this clinical trial",
        "judged-unsuitable",
        "Your study doctor thinks you are not suitable for this study.",
    ),
    (
        "NCT03986528",
        "Considered to be otherwise unsuitable for the clinical study by researchers",
        "judged-unsuitable",
        "The study team thinks you are not suitable for this study for another reason.",
    ),
    (
        "NCT01616511",
        "Subject is not suitable for the study for any reason in the judgment of the Investigator",
        "judged-unsuitable",
        "Your study doctor thinks you are not suitable for this study, for whatever reason.",
    ),
    # Unlikely to comply.
    (
        "NCT03518983",
        "Any condition or behavior that indicates to the Principal Investigator that the subject is unlikely to be compliant "
        "with study procedures and visits",
        "unlikely-to-comply",
        "Your study doctor thinks you are unlikely to follow the study's visits, tests and rules.",
    ),
    (
        "NCT05948592",
        "Patient which, in the opinion of the investigator, may not comply with study related procedures",
        "unlikely-to-comply",
        "Your study doctor thinks you might not follow the study's visits, tests and rules.",
    ),
    (
        "NCT00256399",
        "Subjects not likely to comply with protocol",
        "unlikely-to-comply",
        "You are not likely to follow the study's visits, tests and rules.",
    ),
    (
        "NCT05714891",
        "Patients with a history of non-compliance to medical regimens",
        "unlikely-to-comply",
        "In the past, you have not followed your medical treatment as prescribed.",
    ),
    # Following the study, in the wordings people.py's reader leaves.
    (
        "NCT05282459",
        "Stated willingness to comply with all study procedures and availability for the duration of the study",
        "follows-study-more",
        "You say you are willing to follow the study's visits, tests and rules, and that you are free for the whole study.",
    ),
    (
        "NCT05574868",
        "Unwilling or unable to comply with the follow-up study requirements",
        "follows-study-more",
        "You are not able or not willing to come to the follow-up visits.",
    ),
    (
        "NCT05081232",
        "Patient has the willingness to comply with instruction of the investigator",
        "follows-study-more",
        "You are willing to follow the study doctor's instructions.",
    ),
    # Set judgements said whole.
    (
        "NCT03518983",
        "Men deemed not healthy enough to participate in sexual activity",
        "sex-not-advised",
        "You are a man, and the study doctor thinks you are not healthy enough for sexual activity.",
    ),
    (
        "NCT05787769",
        "Participation in another study that may interfere with the results or conclusions of this study",
        "judged-said",
        "You are in another study that might make this study's results hard to understand.",
    ),
    (
        "NCT02945046",
        "Additional criteria apply, please contact the investigator for more information",
        "judged-said",
        "The study has more rules than the ones listed here. Ask the study team for details.",
    ),
    # Contraindications.
    (
        "NCT00947323",
        "Any contraindication to simvastatin",
        "treatment-contraindication",
        "For medical reasons, you must not take simvastatin.",
    ),
    (
        "NCT00662935",
        "Contraindication to MRI",
        "treatment-contraindication",
        "For medical reasons, you must not have an MRI scan.",
    ),
    ("NCT04280055", "MRI Contraindications", "contraindication", "You have a medical reason not to have an MRI scan."),
    (
        "NCT05574868",
        "Contraindication to general anesthesia",
        "treatment-contraindication",
        "For medical reasons, you must not have medicine that puts you to sleep for surgery (general anesthesia).",
    ),
    (
        "NCT03169582",
        "No Medical Contraindication to use Avanafil and/or Sildenafil",
        "treatment-contraindication",
        "No medical reason stops you from taking avanafil or sildenafil.",
    ),
    (
        "NCT04547049",
        "No other contraindications for HSCT",
        "contraindication",
        "You have no other medical reason not to have a stem cell transplant (HSCT).",
    ),
    (
        "NCT05645172",
        "Contraindications to treatment with acalabrutinib according to the current SmPC",
        "treatment-contraindication",
        "For medical reasons listed in the drug's current official information, you must not take acalabrutinib.",
    ),
    (
        "NCT05048797",
        "Contraindication to platinum-based doublet chemotherapy or pembrolizumab",
        "treatment-contraindication",
        "For medical reasons, you must not have chemotherapy with a platinum drug like cisplatin (platinum-based doublet chemotherapy) or pembrolizumab.",
    ),
    (
        "NCT02081482",
        "Contraindication to 18F-FDG PET",
        "contraindication",
        "You have a medical reason not to have a PET scan (18F-FDG PET).",
    ),
    (
        "NCT06347575",
        "Patients contraindicated for surgery under general anesthesia",
        "contraindication",
        "You have a medical reason not to have surgery under general anesthesia.",
    ),
    # MRI scans and devices in the body.
    ("NCT02300909", "Patients unable to undergo a MRI", "cannot-have-scan", "You cannot have an MRI scan."),
    (
        "NCT03525262",
        "Inability to undergo multi-parametric MRI",
        "cannot-have-scan",
        "You cannot have a detailed MRI scan (multi-parametric MRI).",
    ),
    (
        "NCT02619383",
        "Claustrophobia",
        "condition",
        "You have a fear of small, closed spaces (claustrophobia).",
    ),
    (
        "NCT02609854",
        "Has a pacemaker",
        "treatment-use",
        "You have a heart pacemaker now.",
    ),
    (
        "NCT05877144",
        "Patients with pacemakers or implantable defibrillators",
        "treatment-use",
        "You have a heart pacemaker or a device put in the body that shocks the heart back to a normal beat (implantable defibrillators) now.",
    ),
    # Questionnaires, diaries, pills, follow-up.
    ("NCT03169582", "Able to complete questionnaires", "takes-part", "You are able to fill in questionnaires."),
    (
        "NCT00499317",
        "Agree to complete several brief questionnaires",
        "takes-part",
        "You agree to fill in several short questionnaires.",
    ),
    (
        "NCT01776320",
        "Regular sexual partner is unable to understand and complete a questionnaire in English",
        "takes-part",
        "Your regular sexual partner is not able to understand and fill in a questionnaire in English.",
    ),
    (
        "NCT00657033",
        "Subjects who are unwilling or unable to complete the Patient Diary",
        "takes-part",
        "You are not able or not willing to keep the diary.",
    ),
    (
        "NCT06200480",
        "Inability to keep a digital headache diary",
        "takes-part",
        "You are not able to keep an electronic headache diary.",
    ),
    ("NCT02387086", "Patients must be able to swallow tablets", "takes-part", "You are able to swallow tablets."),
    (
        "NCT05605119",
        "Ability to swallow and retain oral medications",
        "takes-part",
        "You are able to swallow medicines by mouth and keep them down.",
    ),
    (
        "NCT05170204",
        "Inability to swallow oral study drug",
        "takes-part",
        "You are not able to swallow the study medicine by mouth.",
    ),
    (
        "NCT05976503",
        "Patients with difficulty swallowing tablets/capsules",
        "takes-part",
        "You have trouble swallowing tablets or capsules.",
    ),
    (
        "NCT04771442",
        "Willingness to attend follow-up at 1, 3, 6 and 12 months",
        "takes-part",
        "You are willing to come to the follow-up visits at 1, 3, 6 and 12 months.",
    ),
    (
        "NCT05942599",
        "Patients/parents unwilling to undergo follow-up for 15 years",
        "takes-part",
        "You or your parents are not willing to have follow-up check-ups for 15 years.",
    ),
    # Reading and writing.
    ("NCT00882934", "Illiterate patient", "reads-and-writes", "You cannot read or write."),
    ("NCT03917459", "Patients must be literate in German", "reads-and-writes", "You can read and write German."),
    (
        "NCT02225548",
        "Subject who is illiterate or unable to understand the Informed Consent Form, questionnaires or subject diary",
        "reads-and-writes",
        "You cannot read or write, or you cannot understand the consent form, the questionnaires or the diary.",
    ),
    # Health insurance, legal protection, prison.
    (
        "NCT05309018",
        "Affiliated to a social security scheme",
        "health-insurance",
        "You are covered by national health insurance (social security).",
    ),
    (
        "NCT06376513",
        "Individuals not affiliated with a social security scheme or beneficiaries of a similar scheme",
        "health-insurance",
        "You are not covered by national health insurance (social security) or a similar scheme.",
    ),
    (
        "NCT02304679",
        "The patient must be insured or beneficiary of a health insurance plan",
        "health-insurance",
        "You have health insurance.",
    ),
    (
        "NCT04114240",
        "Patient under guardianship/curatorship",
        "legal-protection",
        "A court has put someone in charge of some or all of your decisions (guardianship or curatorship).",
    ),
    (
        "NCT05793801",
        "Patient under court protection, guardianship or curatorship",
        "legal-protection",
        "You are under a legal order that protects adults who cannot fully look after their own affairs (court protection, "
        "guardianship or curatorship).",
    ),
    (
        "NCT03165734",
        "Persons deprived of their liberty by a judicial or administrative decision",
        "legal-protection",
        "A court or an official decision has taken away your freedom.",
    ),
    ("NCT03433391", "Currently a prisoner", "legal-protection", "You are in prison now."),
    (
        "NCT05196308",
        "Subject who is imprisoned or is lawfully kept in an institution",
        "legal-protection",
        "You are in prison, or you are kept in an institution by law.",
    ),
    (
        "NCT04318938",
        "Legal incapacity or limited legal capacity",
        "legal-protection",
        "By law, you cannot make your own decisions, or can make only some of them.",
    ),
    # Working for the study, having been in it before.
    (
        "NCT01958125",
        "Is a relative of or an employee of the investigator or the clinical study site",
        "study-staff",
        "You work for or are related to the study doctor or the study site.",
    ),
    (
        "NCT03510338",
        "An employee of the sponsor, client or study site or members of their immediate family",
        "study-staff",
        "You work for the company or group running the study (the sponsor), the client or the study site, or a close "
        "family member of yours does.",
    ),
    (
        "NCT02850718",
        "Previous participation in this study",
        "this-study-before",
        "You have taken part in this study before.",
    ),
    # Giving blood, veins, phones, where you live, being free for the visits, drug tests.
    (
        "NCT01967264",
        "Blood donation within 45 days prior to study initiation",
        "blood-donation",
        "You have given blood in the 45 days before you join the study.",
    ),
    (
        "NCT06090123",
        "Patients with blood loss at least 400 mL within 3 months before inclusion",
        "blood-donation",
        "You have lost at least 400 mL of blood in the 3 months before you join the study.",
    ),
    (
        "NCT01401543",
        "Have venous access sufficient to allow blood sampling",
        "veins",
        "Your veins are good enough for taking blood samples.",
    ),
    (
        "NCT03222388",
        "In possession of a smartphone, tablet or laptop/computer with internet connection",
        "phone-internet",
        "You have a smartphone, tablet or computer that can connect to the internet.",
    ),
    ("NCT00499317", "Live in the USA or Canada", "where-you-live", "You live in the USA or Canada."),
    (
        "NCT01190904",
        "Geographically inaccessible for follow-up visits required by protocol",
        "where-you-live",
        "You live too far away to come to the study's follow-up visits.",
    ),
    ("NCT04684602", "Availability for follow up visits", "available", "You are free to come to the follow-up visits."),
    ("NCT01698684", "Positive urine drug screen", "drug-screen", "Your urine drug test is positive."),
    # A list the study left empty: not a criterion named "None".
    ("NCT01804725", "None", "none-listed", "The study lists none."),
    ("NCT00654082", "-N/A", "none-listed", "The study lists none."),
    ("NCT01100827", "Nil", "none-listed", "The study lists none."),
]


@pytest.mark.parametrize(("nct", "source", "rule", "plain"), READ, ids=[f"{r[0]}:{r[1][:40]}" for r in READ])
def test_a_real_criterion_is_written_from_its_fact(nct, source, rule, plain):
    recognised = recognise(source)
    assert recognised is not None, f"{nct}: not read"
    name, fact = recognised
    assert name == rule
    assert fact.sentence() == plain
    assert faithful(source, plain), f"{nct}: the plain sentence fails fidelity"


NOT_READ = [
    # (NCT id, sentence, why it must stay in the study's own words)
    (
        "NCT02682511",
        "Contraindication to MRI (e.g., implanted magnetic material, claustrophobia)",
        "its examples are a list this reader does not say",
    ),
    (
        "NCT01912586",
        "Contraindication to sildenafil (e.g. nitrates, hypersensitivity)",
        "its examples are a list this reader does not say",
    ),
    ("NCT00919022", "No contraindication to Androcur", "a medicine the treatment table does not name"),
    (
        "NCT07050056",
        "Contraindications to radiotherapy or inability to undergo radiotherapy",
        "a second clause (inability) this reader does not say",
    ),
    (
        "NCT05185011",
        "History of any serious diseases, other than primary liver diseases, or history of disorders and/or clinically "
        "significant abnormal laboratory findings that, as judged by the investigator, may affect the results of the study",
        "an exception (other than)",
    ),
    (
        "NCT05110196",
        "Any other condition that would, in the Investigator's judgment, contraindicate patient's participation in the "
        "clinical study due to safety concerns or compliance with clinical study procedures, e.g., active infection",
        "its examples and its cause are not said",
    ),
    (
        "NCT02472431",
        "Any conditions limiting compliance (dementia, neuropsychiatric disease, drug and alcohol abuse etc.)",
        "an open list (etc.) of examples",
    ),
    (
        "NCT02392273",
        "Willing and able to comply with registry requirements to document headache response",
        "a duty the table does not name (to document headache response)",
    ),
    (
        "NCT05081232",
        "Patient has the willingness to comply with follow-up surveys",
        "surveys are not follow-up visits",
    ),
    (
        "NCT02850718",
        "Member or relative of study staff or the Sponsor directly involved in the study",
        "who is directly involved (you, or the staff) is not said plainly",
    ),
    ("NCT04416802", "Pacemaker implantation", "the operation, or having one, is not said"),
    (
        "NCT06152146",
        "Be under judicial protection (prison or custody)",
        "a legal protection order glossed as prison: the two do not agree",
    ),
    (
        "NCT03165734",
        "Persons subject to legal protection measures or unable to express their consent",
        "a second group this reader does not say",
    ),
    (
        "NCT05277844",
        "Patients not suitable for local consolidative radiation therapy",
        "not suitable for a treatment, not for the study, and no judge named",
    ),
    (
        "NCT05236946",
        "Patient not suitable for TKI therapy as per the medical oncologist",
        "not suitable for a treatment, not for the study",
    ),
    (
        "NCT02496845",
        "Investigators impression for patient non-compliance",
        "garbled: no plain sentence says it faithfully",
    ),
    ("NCT02081482", "Patient non-compliant", "non-compliant with what is not said"),
    (
        "NCT06020014",
        "Donation of blood (at least 450 mL) within 3 months or donation of plasma within 14 days before Visit 1",
        "two windows, and which event the first counts from is not said",
    ),
    (
        "NCT00000410",
        "Unavailability for follow-up (planning to move, no telephone, etc.) or inability to complete data surveys",
        "an open list (etc.) of examples",
    ),
    (
        "NCT05740449",
        "For all oral medications patients must be able to comfortably swallow capsules (except for those for which an "
        "oral solution is available or dissolving of tablets is allowed based on investigator brochure (IB); nasogastric "
        "tube)",
        "a scope (for all oral medications), a manner (comfortably) and an exception",
    ),
    ("NCT03343093", "Living in the US (including territories) as measured by valid US zip code", "how it is measured"),
    (
        "NCT01901029",
        "Live in Dongguan more than 6 months",
        "a place the table does not name",
    ),
    (
        "NCT02753764",
        "Previous randomization to treatment in the present study (at Visit 1)",
        "when it is checked (at Visit 1) is not said plainly",
    ),
]


@pytest.mark.parametrize(("nct", "source", "why"), NOT_READ, ids=[f"{r[0]}:{r[1][:40]}" for r in NOT_READ])
def test_a_criterion_the_facts_cannot_say_whole_stays_in_the_study_words(nct, source, why):
    recognised = recognise(source)
    assert recognised is None, f"{nct}: read by {recognised and recognised[0]} ({why})"


def _items(plain):
    return [item for top in plain.inclusion + plain.exclusion for item in top.walk() if item.text]


def test_no_contraindication_in_an_inclusion_list_says_there_is_no_such_reason(plain_of):
    items = [item for item in _items(plain_of("NCT03169582")) if item.rule == "treatment-contraindication"]
    assert [(item.kind, item.text) for item in items] == [
        ("inclusion", "No medical reason stops you from taking avanafil or sildenafil."),
        ("exclusion", "For medical reasons, you must not take avanafil or sildenafil."),
    ]


def test_a_judged_condition_under_an_exclusion_list_is_one_rewritten_item(plain_of):
    items = [item for item in _items(plain_of("NCT00122499")) if item.rule == "doctor-judges-condition"]
    assert len(items) == 1
    assert items[0].kind == "exclusion"
    assert items[0].form == "rewritten"
    assert items[0].text.startswith("You have a condition that would make it hard for you to agree to take part")


def test_an_exception_after_a_contraindication_stays_under_it_in_the_study_words():
    plain = translate_eligibility(
        {
            "eligibilityCriteria": "Exclusion Criteria:\n\n* Contraindication to MRI, except for claustrophobia treated "
            "with a sedative\n"
        }
    )
    [item] = plain.exclusion
    assert item.text == "For medical reasons, you must not have an MRI scan, except in the case below."
    assert [child.text for child in item.children] == ["Claustrophobia treated with a sedative"]
    assert all(child.form == "original-words" for child in item.children)


def test_a_sentence_with_its_judge_is_not_read_twice_over():
    """The judge phrase is taken out once: a sentence naming two judges is not read."""
    assert (
        recognise(
            "Any condition that in the opinion of the investigator would interfere with the study, as judged by the "
            "sponsor's medical monitor"
        )
        is None
    )


def test_terms_kept_in_the_plain_sentences_are_explained():
    kept = {
        "You have a pacemaker or a defibrillator.": {"pacemaker", "defibrillator"},
        "A court has put someone in charge of some or all of your decisions (tutorship or trusteeship).": {
            "tutorship",
            "trusteeship",
        },
        "You are under a legal order that protects adults who cannot fully look after their own affairs (court "
        "protection, guardianship or curatorship).": {"court protection", "guardianship", "curatorship"},
        "You cannot have a detailed MRI scan (multi-parametric MRI).": {"MRI", "multi-parametric MRI"},
        "You have a strong fear of closed or small spaces (claustrophobia).": {"claustrophobia"},
    }
    for sentence, terms in kept.items():
        assert terms <= {term.term for term in terms_in(sentence)}, sentence


@pytest.mark.slow
def test_every_plain_sentence_of_the_family_over_the_corpus_is_faithful(bundled_records):
    """Every item a logistics recogniser writes over the bundled records keeps its source's numbers, negations and
    qualifiers (the translator checks it too; this says the facts never need that safety net)."""
    from trialpages.eligibility.facts import logistics

    names = {item.name for item in logistics.RECOGNISERS}
    written = 0
    for record in bundled_records:
        plain = translate_eligibility(record["protocolSection"].get("eligibilityModule"))
        for item in plain.all_items():
            if item.form == "rewritten" and item.rule in names:
                written += 1
                assert item.text.endswith("."), item.text
                assert "  " not in item.text, item.text
    assert written >= 250
