"""More treatment sentences of the bundled corpus (NCT id beside each): singular spellings of a plural name, new
classes and abbreviations, brands with their mark inside brackets, "received prior X", and more events a window
counts from ("the start of study dosing", "the first dose of study drugs").

Each sentence is read as the translator reads it (clean.original_words) and must give exactly the plain sentence
shown, which must also pass the fidelity check; the sentences that must not be read say why.
"""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import read
from trialpages.eligibility import translate_eligibility
from trialpages.eligibility.facts import recognise
from trialpages.eligibility.fidelity import faithful

READ = [
    (
        "NCT03066635",
        "Use of antipsychotic medication in the last 4 weeks before inclusion",
        "You took antipsychotic medicines in the 4 weeks before you join the study.",
    ),
    (
        "NCT02477436",
        "The subjects who underwent cancer chemotherapy within 1 year",
        "You had chemotherapy in the last 1 year.",
    ),
    (
        "NCT04571138",
        "Subject has received prior virotherapy",
        "You have had treatment with a virus that attacks cancer cells (virotherapy) before.",
    ),
    (
        "NCT04646330",
        "Has received a live virus vaccine within 30 days of the planned first dose of study therapy",
        # sample 40 (LOSSY as "a live vaccine (one made from a weakened germ)"): a virus vaccine only
        "You had a live virus vaccine (one made from a weakened virus) in the 30 days before you start the study "
        "treatment.",
    ),
    ("NCT04874480", "Prior treatment with tegavivint", "You have taken tegavivint before."),
    (
        "NCT05536349",
        "Major surgery within 4 weeks prior to the first dose of study drugs",
        "You had major surgery in the 4 weeks before you start the study treatment.",
    ),
    (
        "NCT05756972",
        "Anticoagulant or thrombolytic agent within 10 days prior to the first dose of study drugs.",
        "You took blood thinners (anticoagulant) or medicines that dissolve blood clots (thrombolytic agent) in the "
        "10 days before you start the study treatment.",
    ),
    (
        "NCT05813288",
        "Treatment with pramipexole (Mirapex®) within 30 days of Baseline.",
        "You took pramipexole (Mirapex) in the 30 days before the start of the study (baseline).",
    ),
    (
        "NCT05821933",
        "Have used an investigational drug within 4 weeks prior to the start of study dosing.",
        "You took a drug that is still being tested (investigational drug) in the 4 weeks before you start the study "
        "treatment.",
    ),
    (
        "NCT00657033",
        "Subjects who take anticoagulants",
        "You take blood thinners (anticoagulants).",
    ),
    (
        "NCT01996852",
        "Patients taking Coumadin, Pradaxa or other blood thinner drugs.",
        "You are taking Coumadin, Pradaxa or other blood thinners (blood thinner drugs) now.",
    ),
    (
        "NCT02513394",
        "Prior therapy with any CDK inhibitor.",
        "You have taken cancer drugs called CDK inhibitors before.",
    ),
    (
        "NCT05929976",
        "Patients receiving hematopoietic cell transplant.",
        "You are having a stem cell transplant (hematopoietic cell transplant).",
    ),
    (
        "NCT06480136",
        "Previous receipt of TROP2-targeted therapy;",
        "You have taken targeted drugs against TROP2 (TROP2-targeted therapy) before.",
    ),
    (
        "NCT02496845",
        "Use of oral nitrates within 3 months prior to enrollment into the study;",
        "You took nitrate heart pills (oral nitrates) in the 3 months before you join the study.",
    ),
    (
        "NCT01705197",
        "Patients who have taken other investigational products within 4 weeks before the study",
        "You took another drug that is still being tested (investigational products) in the 4 weeks before you join "
        "the study.",
    ),
    (
        "NCT06429761",
        "Prior treatment with T-DXd",
        "You have taken trastuzumab deruxtecan (T-DXd) before.",
    ),
    # The qualifier that decides who is left out stays in the sentence, not only in its bracket (new review, LOSSY).
    ("NCT06433596", "Treatment with oral anticoagulants.", "You take blood thinner pills (oral anticoagulants)."),
    (
        "NCT02387086",
        "Patients receiving therapeutic anticoagulation.",
        "You are taking blood thinners at the full dose used to treat clots (therapeutic anticoagulation) now.",
    ),
    (
        "NCT04811560",
        "Chemotherapy, targeted therapy, immunotherapy, or radiotherapy within 4 weeks or 5 half-lives (whichever is "
        "shorter) before the planned first dose of study treatment",
        "You had chemotherapy, targeted therapy, immunotherapy or radiation therapy in the 4 weeks (or 5 half-lives of "
        "the drug, whichever is shorter) before you start the study treatment.",
    ),
    # A placebo given in another study counts too: said, not dropped.
    (
        "NCT00654914",
        "Patients who have received any investigational drug (including placebo) within 30 days of Visit 1.",
        "You took a drug that is still being tested (or a dummy treatment, a placebo, given in a study) in the 30 days "
        "before your first study visit (Visit 1).",
    ),
    (
        "NCT00836342",
        "Use of topical retinoids in the past 4 weeks.",
        "You took skin medicines made from vitamin A (topical retinoids) in the last 4 weeks.",
    ),
    (
        "NCT00836342",
        "Treatment with systemic retinoids in the past 6 months.",
        "You took medicines made from vitamin A that act on the whole body (systemic retinoids) in the last 6 months.",
    ),
    (
        "NCT04949204",
        "Use of betablockers",
        "You take heart and blood pressure medicines called beta blockers (betablockers).",
    ),
]


def test_received_prior_is_had_before_and_its_negation_is_never():
    assert recognise("Has received prior chemotherapy")[1].sentence() == "You have had chemotherapy before."
    assert recognise("Has not received prior chemotherapy")[1].sentence() == "You have never had chemotherapy."


NOT_READ = [
    (
        "NCT05572515",
        "Received any prior B cell maturation antigen (BCMA)-directed therapy",
        "the name spelled out with its abbreviation inside is not a name the table knows",
    ),
    ("NCT01262157", "Radiotherapy in pelvic region", "when the radiation was had is not said"),
    (
        "NCT05821933",
        "Hormonal therapy received within 2 weeks prior to the start of study dosing for the tumor(s) affected",
        "what the therapy was for ('the tumor(s) affected') is not carried",
    ),
    (
        "NCT06299332",
        "Use of Isotretinoin (Accutane®) within 30 days prior to treatment",
        "'treatment' alone may not be the study's treatment: the event is not read",
    ),
    (
        "NCT00377793",
        "Subjects who were taking alpha blockers",
        "'were taking' is a past time the fact cannot say (not 'now')",
    ),
    (
        "NCT00122499",
        "Treatment with cancer chemotherapy or anti-androgens",
        "a therapy named with no time: when it was had is not said",
    ),
    (
        "NCT06020014",
        "Live, attenuated, or mRNA vaccines within 4 weeks of Visit 1",
        "'Live' and 'attenuated' alone are not names of a treatment",
    ),
]


@pytest.mark.parametrize(("nct", "source", "reason"), NOT_READ)
def test_treatment_sentence_the_facts_cannot_carry_is_not_read(nct, source, reason):
    assert recognise(read(source)) is None, f"{nct}: {reason}"


ALLERGIES = [
    (
        "NCT00353704",
        "allergic reaction against gabapentin and/or pregabalin",
        "treatment-allergy",
        "You are allergic to gabapentin or pregabalin.",
    ),
    (
        "NCT00356603",
        "Previous history of hypersensitivity to sulfonamides",
        "treatment-allergy",
        "You have had an allergic reaction to sulfa drugs (sulfonamides).",
    ),
    (
        "NCT02344849",
        "History of hypersensitivity against a gentamycin",
        "treatment-allergy",
        "You have had an allergic reaction to gentamycin.",
    ),
    (
        "NCT04353505",
        "Severe allergic reaction to Dexamethasone",
        "treatment-allergy",
        "You have had a severe allergic reaction to dexamethasone.",
    ),
    (
        "NCT07050056",
        "History of severe hypersensitivity to monoclonal antibodies;",
        "treatment-allergy",
        "You have had a severe allergic reaction to lab-made antibody drugs (monoclonal antibodies).",
    ),
    (
        "NCT04714372",
        "Known allergy to any of study drugs or their components",
        "study-drug-allergy",
        "You are known to be allergic to any of the study drugs or any of their ingredients.",
    ),
    (
        "NCT05536349",
        "Known hypersensitivity to any component or excipient of study drugs",
        "study-drug-allergy",
        "You are known to be allergic to any ingredient of the study drugs.",
    ),
    (
        "NCT02495467",
        "Any known hypersensitivity to any component of the investigational product.",
        "study-drug-allergy",
        "You are known to be allergic to any ingredient of the study drug.",
    ),
    (
        "NCT00654914",
        "Known hypersensitivity to the excipients or the study drug",
        "study-drug-allergy",
        "You are known to be allergic to the study drug or any of its ingredients.",
    ),
    (
        "NCT01996852",
        "Patients with known hypersensitivity to Sildenafil or other ingredients of Sildenafil.",
        "treatment-allergy",
        "You are known to be allergic to sildenafil or any of its ingredients.",
    ),
    (
        "NCT01616485",
        "Allergy or hypersensitive to PDE5 inhibitors",
        "treatment-allergy",
        "You are allergic to erection medicines like sildenafil (PDE5 inhibitors).",
    ),
    (
        # "known to be allergic" keeps its "known"; "any test drug" is any of them
        "NCT05005468",
        "Those who are known to be allergic to any test drug or its excipients",
        "study-drug-allergy",
        "You are known to be allergic to any of the study drugs or any of their ingredients.",
    ),
]


@pytest.mark.parametrize(
    ("nct", "source", "rule", "plain"),
    [(nct, source, "treatment-use", plain) for nct, source, plain in READ] + ALLERGIES,
)
def test_real_sentence_is_rewritten_from_its_fact(nct, source, rule, plain):
    recognised = recognise(read(source))
    assert recognised is not None, f"{nct}: not read"
    name, fact = recognised
    assert (name, fact.sentence()) == (rule, plain), nct
    assert faithful(read(source), plain), nct


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("Known severe allergy to penicillin", "a lasting allergy, not a reaction had once: 'severe' is not carried"),
        ("Severe hypersensitivity to penicillin", "a severe state or a severe reaction? Not said"),
        ("Allergy to tadalafil or other ingredients of sildenafil", "the ingredients of another medicine"),
        (
            "Subjects who have hypersensitivity to investigational product or sulfa medications",
            "the investigational product is this study's drug, not any drug still being tested",
        ),
    ],
)
def test_allergy_sentence_the_facts_cannot_carry_is_not_read(source, reason):
    recognised = recognise(read(source))
    assert recognised is None or recognised[0] not in ("treatment-allergy", "study-drug-allergy"), reason


@pytest.mark.parametrize(
    "criterion",
    ["Under administration of nitrate", "Under treatment with nitrates"],  # NCT00607282, translated
)
def test_under_administration_of_a_medicine_is_taking_it_now(criterion):
    plain = translate_eligibility({"eligibilityCriteria": f"Exclusion Criteria:\n\n* {criterion}"})
    assert [item.text for item in plain.exclusion] == ["You are taking nitrate medicines like nitroglycerin now."]


def test_a_kind_of_treatment_beside_a_placed_one_may_share_its_place():
    # NCT00142506 (review of sample 9: LOSSY): "Prior prostate surgery or cryotherapy" read as any cryotherapy,
    # so a man who had a wart frozen would think he could not join.
    plain = translate_eligibility(
        {"eligibilityCriteria": "Exclusion Criteria:\n\n* Prior prostate surgery or cryotherapy"}
    )
    assert [item.form for item in plain.exclusion] == ["original-words"]


def test_other_medicines_of_a_class_do_not_name_an_example_the_study_may_give():
    # NCT01996852 (review of sample 11: WRONG): "Patients taking other phosphodiesterase Type 5 (PDE5) inhibitors"
    # read "other erection medicines like sildenafil": sildenafil is the study's own drug.
    plain = translate_eligibility(
        {
            "eligibilityCriteria": "Exclusion Criteria:\n\n* Patients taking other phosphodiesterase Type 5 (PDE5) inhibitors."
        }
    )
    assert "sildenafil" not in plain.exclusion[0].text
    assert "other erection medicines" in plain.exclusion[0].text
