"""Cancer: the disease and its status, where it has spread, its treatment history, tumor samples; real sentences of the
bundled corpus (NCT id beside each).

Each sentence is read as the translator reads it (clean.original_words: list marker and trailing stop gone,
comparison signs spelled) and must give exactly the plain sentence shown, which must also pass the fidelity check;
the sentences that must not be read say why. Structure-sensitive cases go through translate_eligibility.
"""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import read
from trialpages.eligibility import translate_eligibility
from trialpages.eligibility.facts import recognise
from trialpages.eligibility.facts.oncology import cancer_name, read_cancer
from trialpages.eligibility.fidelity import faithful
from trialpages.eligibility.glossary import terms_in

DISEASE = [
    # The disease named, with what the study says of it.
    (
        "NCT04100187",
        "Relapsed or refractory B cell Leukemia.",
        "cancer-diagnosis",
        "You have B-cell leukemia that has come back after treatment or has not responded to it (relapsed or "
        "refractory).",
    ),
    (
        "NCT04856215",
        "refractory AML;",
        "cancer-diagnosis",
        "You have acute myeloid leukemia (AML) that has not responded to treatment (refractory).",
    ),
    (
        "NCT04856215",
        "refractory ALL;",
        "cancer-diagnosis",
        "You have acute lymphoblastic leukemia (ALL) that has not responded to treatment (refractory).",
    ),
    (
        "NCT06631443",
        "Recurrent rectal cancer",
        "cancer-diagnosis",
        "You have rectal cancer that has come back (recurrent).",
    ),
    (
        "NCT03701581",
        "History of recurrent prostate cancer",
        "cancer-diagnosis",
        "You have had prostate cancer that has come back (recurrent).",
    ),
    (
        "NCT06532149",
        "Diagnosis of advanced/metastatic NSCLC",
        "cancer-diagnosis",
        "You have been diagnosed with non-small cell lung cancer (NSCLC) that is advanced or has spread to other "
        "parts of the body (advanced or metastatic).",
    ),
    (
        "NCT04714372",
        "Diagnosis of acute promyelocytic leukemia (APL)",
        "cancer-diagnosis",
        "You have been diagnosed with acute promyelocytic leukemia (APL).",
    ),
    (
        "NCT05497310",
        "new diagnosis of APL",
        "cancer-diagnosis",
        "You were recently diagnosed with acute promyelocytic leukemia (APL).",
    ),
    (
        "NCT06646276",
        "Participants must have diagnosis of Extensive-Stage Small Cell Lung Cancer (ES-SCLC)",
        "cancer-diagnosis",
        "You have been diagnosed with extensive-stage small cell lung cancer (ES-SCLC).",
    ),
    (
        "NCT05014165",
        "The patient must have a diagnosis of acute lymphoblastic leukemia (ALL) or acute myeloid leukemia (AML)",
        "cancer-diagnosis",
        "You have been diagnosed with acute lymphoblastic leukemia (ALL) or acute myeloid leukemia (AML).",
    ),
    (
        "NCT02560883",
        "Patients with classic hairy cell leukemia",
        "cancer-diagnosis",
        "You have classic hairy cell leukemia.",
    ),
    ("NCT04472845", "Invasive carcinoma of the breast", "cancer-diagnosis", "You have invasive breast cancer."),
    (
        "NCT06926543",
        "Stage IIB-III invasive breast cancer (AJCC 8th edition)",
        "cancer-diagnosis",
        "You have stage IIB-III invasive breast cancer (AJCC 8th edition staging).",
    ),
    (
        "NCT00242138",
        "Patients with clinical stage T1-T4 carcinoma of the prostate",
        "cancer-diagnosis",
        "You have clinical stage T1-T4 prostate cancer.",
    ),
    (
        "NCT03905057",
        "PCa stage =< T2b",
        "cancer-diagnosis",
        "You have prostate cancer (PCa) at stage T2b or lower.",
    ),
    # A disease named by its state alone.
    (
        "NCT06875310",
        "Locally advanced or metastatic disease.",
        "cancer-diagnosis",
        "Your cancer has spread nearby or to other parts of the body (locally advanced or metastatic).",
    ),
    (
        "NCT06662786",
        "Participants must have unresectable or metastatic disease",
        "cancer-diagnosis",
        "Your cancer cannot be removed by surgery or has spread to other parts of the body (unresectable or "
        "metastatic).",
    ),
    (
        "NCT06720727",
        "Recurrent or progressive disease",
        "cancer-diagnosis",
        "Your disease has come back (recurrent) or is growing (progressive).",
    ),
    (
        "NCT06356129",
        "Must have Ann Arbor Stage II-IV disease.",
        "cancer-stage",
        "Your cancer is at Ann Arbor stage II-IV.",
    ),
    ("NCT03849365", "Clinical stage T1c or T2a", "cancer-stage", "Your cancer is at clinical stage T1c or T2a."),
    ("NCT00737893", "clinical stage T2a or lower", "cancer-stage", "Your cancer is at clinical stage T2a or lower."),
    ("NCT00090376", "<=T2a stage disease", "cancer-stage", "Your cancer is at stage T2a or lower."),
    # Confirmed by a test.
    (
        "NCT00576225",
        "Histologically- or cytologically-confirmed diagnosis of NSCLC.",
        "cancer-confirmed",
        "A tissue or cell test has shown that you have non-small cell lung cancer (NSCLC).",
    ),
    (
        "NCT01912586",
        "Rectal cancer confirmed by histology",
        "cancer-confirmed",
        "A tissue test has shown that you have rectal cancer.",
    ),
    (
        "NCT03849365",
        "Biopsy proven locally advanced or metastatic prostate cancer.",
        "cancer-confirmed",
        "A tissue test has shown that you have prostate cancer that has spread nearby or to other parts of the body "
        "(locally advanced or metastatic).",
    ),
    (
        "NCT04646330",
        "Have histologically- or cytologically-confirmed diagnosis of StageIIIB/C or IV NSCLC",
        "cancer-confirmed",
        "A tissue or cell test has shown that you have stage IIIB/C or IV non-small cell lung cancer (NSCLC).",
    ),
    (
        "NCT03671044",
        "Patient must have histopathologically or cytologically confirmed triple negative breast cancer",
        "cancer-confirmed",
        "A tissue or cell test has shown that you have triple-negative breast cancer (TNBC).",
    ),
    (
        "NCT06016452",
        "Histological diagnosis of diffuse glioma.",
        "cancer-confirmed",
        "A tissue test has shown that you have diffuse glioma.",
    ),
    (
        "NCT06631443",
        "Histologically confirmed diagnosis of adenocarcinoma of the rectum",
        "cancer-confirmed",
        "A tissue test has shown that you have rectal cancer (adenocarcinoma).",
    ),
]

SPREAD = [
    (
        "NCT05278052",
        "Leptomeningeal disease",
        "cancer-spread",
        "You have cancer in the thin layers around the brain and spinal cord (leptomeningeal disease).",
    ),
    (
        "NCT04646330",
        "Has carcinomatous meningitis",
        "cancer-spread",
        "You have cancer in the thin layers around the brain and spinal cord (carcinomatous meningitis).",
    ),
    (
        "NCT02856893",
        "spinal cord compression;",
        "cancer-spread",
        "You have a tumor pressing on the spinal cord (spinal cord compression).",
    ),
    (
        "NCT05378763",
        "Has spinal cord compression or leptomeningeal disease",
        "cancer-spread",
        "You have a tumor pressing on the spinal cord (spinal cord compression) or cancer in the thin layers around "
        "the brain and spinal cord (leptomeningeal disease).",
    ),
    (
        "NCT05894239",
        "Any history of leptomeningeal disease or carcinomatous meningitis",
        "cancer-spread",
        "You have had cancer in the thin layers around the brain and spinal cord (leptomeningeal disease or "
        "carcinomatous meningitis).",
    ),
    (
        "NCT03884829",
        "Known CNS involvement by leukemia",
        "cancer-spread",
        "You are known to have leukemia in the brain or spinal cord (CNS involvement).",
    ),
    (
        "NCT03934567",
        "Current or history of central nervous system (CNS) lymphoma",
        "cancer-spread",
        "You currently have or have had lymphoma in the brain or spinal cord (CNS lymphoma).",
    ),
    (
        "NCT04747912",
        "Active central nervous system (CNS) leukemia.",
        "cancer-spread",
        "You have leukemia in the brain or spinal cord (CNS leukemia) that is active.",
    ),
    (
        "NCT02369484",
        "Uncontrolled lepto-meningeal metastatic disease",
        "cancer-spread",
        "You have cancer in the thin layers around the brain and spinal cord (lepto-meningeal metastatic disease) "
        "that is not controlled (uncontrolled).",
    ),
    (
        "NCT06940401",
        "Untreated or symptomatic spinal cord compression",
        "cancer-spread",
        "You have a tumor pressing on the spinal cord (spinal cord compression) that has not been treated "
        "(untreated) or causes symptoms.",
    ),
    (
        "NCT03788213",
        "Absence of distant metastases",
        "cancer-spread",
        "You do not have cancer that has spread to distant parts of the body (distant metastases).",
    ),
    (
        "NCT03525262",
        "Evidence of metastatic disease",
        "cancer-spread",
        "You have signs of cancer that has spread to other parts of the body (metastatic disease).",
    ),
    (
        "NCT04613596",
        "No evidence of brain metastases",
        "cancer-spread",
        "You have no signs of cancer that has spread to the brain (brain metastases).",
    ),
    (
        "NCT04204473",
        "Spinal cord compression or brain metastases unless asymptomatic.",
        "cancer-spread",
        "You have a tumor pressing on the spinal cord (spinal cord compression) or cancer that has spread to the "
        "brain (brain metastases), unless it causes no symptoms.",
    ),
]

TREATMENT = [
    (
        "NCT06940401",
        "No prior systemic anti-tumor therapy for locally advanced or metastatic NSCLC.",
        "cancer-treatment",
        "You have never had cancer treatment that reaches the whole body (systemic anti-tumor therapy) for "
        "non-small cell lung cancer (NSCLC) that has spread nearby or to other parts of the body (locally advanced "
        "or metastatic).",
    ),
    (
        "NCT00576225",
        "Any prior systemic chemotherapy for the treatment of lung cancer",
        "cancer-treatment",
        "You have had chemotherapy that reaches the whole body (systemic chemotherapy) for lung cancer before.",
    ),
    (
        "NCT05798663",
        "Prior systemic chemotherapy for the study cancer",
        "cancer-treatment",
        "You have had chemotherapy that reaches the whole body (systemic chemotherapy) for the cancer this study is "
        "about before.",
    ),
    (
        "NCT06875310",
        "No prior systemic anti-cancer therapy given for advanced or metastatic disease.",
        "cancer-treatment",
        "You have never had cancer treatment that reaches the whole body (systemic anti-cancer therapy) for cancer "
        "that is advanced or has spread to other parts of the body (advanced or metastatic).",
    ),
    (
        "NCT05735223",
        "Prior treatment for prostate cancer",
        "cancer-treatment",
        "You have had treatment for prostate cancer before.",
    ),
    (
        "NCT03849365",
        "Current or prior treatment for prostate cancer.",
        "cancer-treatment",
        "You are having treatment for prostate cancer now, or have had it before.",
    ),
    (
        "NCT01601353",
        "Previous pelvic or abdominal radiation therapy",
        "treatment-use",
        "You have had radiation therapy to the pelvis or belly before.",
    ),
    (
        "NCT05144867",
        "Prior Brain Radiotherapy",
        "treatment-use",
        "You have had radiation therapy to the brain before.",
    ),
    (
        "NCT03165734",
        "Splenic irradiation within the last 6 months",
        "radiation-field",
        "You had radiation therapy to the spleen in the last 6 months.",
    ),
    (
        "NCT01811797",
        "Past radiotherapy treatment of the pelvic region",
        "treatment-use",
        "You have had radiation therapy to the pelvis before.",
    ),
]

SAMPLES = [
    (
        "NCT06112379",
        "Provision of acceptable tumor sample",
        "tumor-sample",
        "You can give a suitable sample of your tumor.",
    ),
    (
        "NCT04862663",
        "Consent to provide a mandatory FFPE tumour sample.",
        "tumor-sample",
        "You agree to give a sample of your tumor (FFPE).",
    ),
    (
        "NCT05048797",
        "Having tumour tissue available for central testing",
        "tumor-sample",
        "A sample of your tumor is available for testing at a central lab.",
    ),
    (
        "NCT06662786",
        "Must agree to the submission of fresh tumor tissue",
        "tumor-sample",
        "You agree to give a fresh sample of your tumor.",
    ),
    (
        "NCT05170204",
        "Confirmed availability of a representative formalin-fixed, paraffin-embedded (FFPE) tumor specimen",
        "tumor-sample",
        "A sample of your tumor (FFPE) is available.",
    ),
    (
        "NCT05319392",
        "Unavailability of FFPE tissue blocks",
        "tumor-sample",
        "No sample of your tumor (FFPE) is available.",
    ),
]

SIDE_EFFECTS = [
    (
        "NCT06465238",
        "Has unresolved toxicities from previous anticancer therapy",
        "lasting-side-effects",
        "You have side effects (toxicities) from earlier cancer treatment that have not gone away.",
    ),
    (
        "NCT04946890",
        "Persistent clinically significant toxicity from prior chemotherapy that is Grade 2 or higher",
        "lasting-side-effects",
        "You have side effects (toxicities) from earlier chemotherapy that have not gone away and that are grade 2 or "
        "higher (moderate or worse) and that your doctor considers serious.",
    ),
    (
        "NCT03934567",
        "Toxicity not yet recovered from previous anti-tumor therapies",
        "lasting-side-effects",
        "You have side effects (toxicities) from earlier cancer treatment that have not gone away.",
    ),
    (
        "NCT01852578",
        "Persistence of clinically relevant treatment-related toxicities from previous chemotherapy or radiotherapy",
        "lasting-side-effects",
        "You have side effects (toxicities) from earlier chemotherapy or radiation therapy that have not gone away and "
        "that your doctor considers serious.",
    ),
    (
        "NCT05110196",
        "Patients must have recovered from all toxicities related to prior systemic therapies to grade ≤1 (Common "
        "Terminology Criteria for Adverse Events [CTCAE] version 5.0).",
        "lasting-side-effects",
        "You have recovered from the side effects (toxicities) of earlier treatment that reaches the whole body "
        "(systemic therapies) to grade 1 or lower (mild or better) on the CTCAE version 5.0 scale.",
    ),
    # The head of "..., excluding alopecia": the translator reads it, the exception stays under it.
    (
        "NCT04862663",
        "Persistent toxicities (CTCAE Grade >1) caused by previous anticancer therapy",
        "lasting-side-effects",
        "You have side effects (toxicities) from earlier cancer treatment that have not gone away and that have a "
        "grade above 1 (worse than mild).",
    ),
    (
        "NCT06189209",
        "Patient who has not recovered from acute toxicities of previous therapy",
        "lasting-side-effects",
        "You have not recovered from the acute side effects (toxicities) of earlier treatment.",
    ),
]

# Cancer drug classes in the treatment family's table (a block this family added): its reader says when.
DRUG_CLASSES = [
    (
        "NCT05170204",
        "Prior treatment with ALK inhibitors",
        "treatment-use",
        "You have taken cancer drugs called ALK inhibitors before.",
    ),
    ("NCT03319901", "Prior treatment with venetoclax", "treatment-use", "You have taken venetoclax before."),
    (
        "NCT03416231",
        "Prior VEGFR inhibitor treatment",
        "treatment-use",
        "You have taken cancer drugs that block blood vessel growth (VEGFR inhibitor) before.",
    ),
]

MARKERS = [
    (
        "NCT06726265",
        "c-ROS oncogene 1 (ROS1) translocation",
        "tumor-marker",
        "Your cancer has a change in the ROS1 gene (ROS1 translocation).",
    ),
    (
        "NCT06496009",
        "Wild-type EGFR/ALK",
        "tumor-marker",
        "Your cancer has no change in the EGFR or ALK genes (wild-type).",
    ),
    ("NCT06496009", "PD-L1 negative；", "tumor-marker", "Your cancer is PD-L1-negative."),
    (
        "NCT06760637",
        "Documented HER2-negative tumor",
        "tumor-marker",
        "Your medical records show that your cancer is HER2-negative.",
    ),
    (
        "NCT02369484",
        "Locally documented HER2 mutation",
        "tumor-marker",
        "Your medical records show that your cancer has a change in the HER2 gene (HER2 mutation).",
    ),
    # A marker said of a named cancer.
    (
        "NCT05773092",
        "Patients must have histologically or cytologically confirmed EGFR mutant NSCLC.",
        "cancer-confirmed",
        "A tissue or cell test has shown that you have non-small cell lung cancer (NSCLC) that has a change in the "
        "EGFR gene (EGFR mutant).",
    ),
    (
        "NCT05631795",
        "Participants with confirmed PIK3CA mutant advanced or metastatic breast cancer",
        "cancer-diagnosis",
        "Tests have confirmed that you have breast cancer that has a change in the PIK3CA gene (PIK3CA mutant) and is "
        "advanced or has spread to other parts of the body (advanced or metastatic).",
    ),
    (
        "NCT04501120",
        "BCR-ABL1 positive AML patients",
        "cancer-diagnosis",
        "You have acute myeloid leukemia (AML) that is BCR-ABL1-positive.",
    ),
]

TRANSPLANTS = [
    (
        "NCT05170204",
        "Prior allogeneic stem cell or solid organ transplantation",
        "transplant",
        "You have had a stem cell or organ transplant from a donor (allogeneic) before.",
    ),
    (
        "NCT04267848",
        "No prior allogeneic tissue/solid organ transplant",
        "transplant",
        "You have never had a tissue or organ transplant from a donor (allogeneic).",
    ),
    (
        "NCT06576635",
        "Prior solid organ or bone marrow transplant",
        "transplant",
        "You have had an organ or bone marrow transplant before.",
    ),
    (
        "NCT04856215",
        "relapse of AML after allogeneic hematopoietic stem cell transplantation;",
        "cancer-relapse",
        "Your acute myeloid leukemia (AML) has come back (relapsed) after you had a stem cell transplant from a donor "
        "(allogeneic hematopoietic stem cell transplantation).",
    ),
    (
        "NCT05645172",
        "Disease progression on prior BTKi therapy",
        "cancer-progression",
        "Your disease has got worse (disease progression) while you were taking targeted drugs that block BTK (BTKi "
        "therapy).",
    ),
    (
        "NCT00738400",
        "History of prostatectomy because of prostate cancer",
        "cancer-treatment",
        "You have had surgery to remove the prostate (prostatectomy) for prostate cancer.",
    ),
    (
        "NCT06561386",
        "Participants must not have leptomeningeal metastases (carcinomatous meningitis).",
        "cancer-spread",
        "You do not have cancer in the thin layers around the brain and spinal cord (leptomeningeal metastases, also "
        "called carcinomatous meningitis).",
    ),
    (
        "NCT05142982",
        "Stage IIB-IIIC (AJCC 8th edition)",
        "cancer-stage",
        "Your cancer is at stage IIB-IIIC (AJCC 8th edition staging).",
    ),
    (
        "NCT06029816",
        "Histologically or cytologically confirmed non-small cell lung cancer, stage IIIB or IV according to IASLC 2009",
        "cancer-confirmed",
        "A tissue or cell test has shown that you have stage IIIB or IV non-small cell lung cancer (NSCLC), by IASLC "
        "2009 staging.",
    ),
]

READ = DISEASE + SPREAD + TREATMENT + SAMPLES + SIDE_EFFECTS + DRUG_CLASSES + MARKERS + TRANSPLANTS


@pytest.mark.parametrize(("nct", "source", "rule", "plain"), READ)
def test_real_sentence_is_rewritten_from_its_fact(nct, source, rule, plain):
    recognised = recognise(read(source))
    assert recognised is not None, f"{nct}: not read"
    name, fact = recognised
    assert (name, fact.sentence()) == (rule, plain), nct
    assert faithful(read(source), plain), nct


NOT_READ = [
    (
        "NCT06750094",
        "Participants must have recurrent, unresectable or metastatic disease",
        "'recurrent, unresectable or metastatic': a list of alternatives or recurrent and one of two? Not clear",
    ),
    (
        "NCT07050056",
        "Presence of locally advanced unresectable or metastatic disease",
        "(locally advanced and unresectable) or metastatic: the grouping is not said plainly",
    ),
    (
        "NCT06467357",
        "Unresectable, previously untreated, locally advanced or metastatic BTC",
        "does 'unresectable' go with 'metastatic' too? Not clear",
    ),
    (
        "NCT06038539",
        "Patients with metastatic or recurrent bilateral breast cancer, or bilateral breast cancer",
        "the same name twice: the second, without its states, would be lost",
    ),
    (
        "NCT03884829",
        "Diagnosis of relapsed or refractory advanced leukemias or MDS",
        "states over a list of names: is the MDS relapsed too? Not clear",
    ),
    (
        "NCT05296798",
        "Known active uncontrolled or symptomatic central nervous system (CNS) metastases, carcinomatous meningitis, "
        "or leptomeningeal disease",
        "words over a list of places: do they go with each place? Not clear",
    ),
    (
        "NCT06356129",
        "Documented or suspected central nervous system (CNS) involvement by lymphoma",
        "'documented or suspected' is neither known nor thought",
    ),
    (
        "NCT05144867",
        "Histologically confirmed malignancy with metastatic disease detected on imaging",
        "a second clause (how the spread was found) the fact does not carry",
    ),
    (
        "NCT04714372",
        "Acute myeloid leukemia relapsed/refractory after 2 lines of therapy",
        "a number of lines after the name: not carried",
    ),
    (
        "NCT00848497",
        "Clinically suspected advanced disease or actual evidence of metastatic prostate cancer",
        "suspected or shown: two frames in one sentence",
    ),
    (
        "NCT05679999",
        "Concomitant malignancy",
        "another cancer is the conditions family's, and concomitant is not current",
    ),
    ("NCT01262157", "Radiotherapy in pelvic region", "a treatment named alone says neither that it was had nor when"),
    (
        "NCT06076850",
        "Previous pelvic surgery or radiation therapy.",
        "is the radiation to the pelvis too? Not clear",
    ),
    ("NCT04861558", "Metastasis other than peritoneum or liver or lung", "an exception"),
    (
        "NCT06764875",
        "Provision of tumor tissue sample from recent biopsy adequate for HER2 and PD-L1 testing",
        "where the sample comes from: not carried",
    ),
    (
        "NCT06844474",
        "Provide archived or fresh tumor tissue for vendor test.",
        "a purpose the fact does not know",
    ),
    ("NCT02916693", "Stage 4 or 5 chronic kidney disease", "a kidney disease stage, not a cancer's"),
    (
        "NCT05378763",
        "Has EGFR or anaplastic lymphoma kinase (ALK) genome tumor alterations",
        "'genome tumor alterations': words the marker reader does not know",
    ),
    (
        "NCT05984277",
        "Absence of sensitizing EGFR mutations and ALK and ROS1 rearrangements",
        "two kinds of change joined by 'and': which goes with which is not said plainly",
    ),
]


@pytest.mark.parametrize(("nct", "source", "reason"), NOT_READ)
def test_sentence_the_facts_cannot_carry_is_not_read(nct, source, reason):
    recognised = recognise(read(source))
    assert recognised is None or recognised[0] in ("condition", "other-cancer"), f"{nct}: {reason}"


def test_a_cancer_said_of_men_is_left_to_the_conditions_family():
    # NCT03600766: "Men with ..." says whom; the conditions family says it ("You are a man who has ...").
    assert recognise(read("Men with prostate cancer"))[0] == "condition"


def test_names_match_abbreviations_only_in_their_own_case():
    assert cancer_name("ALL") is not None
    assert cancer_name("all") is None
    assert read_cancer("relapsed all") is None


def test_a_state_keeps_the_study_term_and_says_it_plainly():
    cancer = read_cancer("relapsed/refractory AML")
    assert cancer is not None
    assert cancer.said() == (
        "acute myeloid leukemia (AML) that has come back after treatment or has not responded to it (relapsed or "
        "refractory)"
    )
    assert read_cancer("metastatic solid tumors").said() == (
        "solid tumors that have spread to other parts of the body (metastatic)"
    )


def test_a_bare_cancer_name_under_a_lead_in_keeps_the_lead_ins_state():
    module = {
        "eligibilityCriteria": "Exclusion Criteria:\n\n* History of any of the following:\n  * Burkitt lymphoma\n"
        "  * Active hepatitis B\n"
    }
    plain = translate_eligibility(module)
    said = [item.text for top in plain.exclusion for item in top.walk() if item.text]
    assert "You have Burkitt lymphoma." not in said


def test_an_exception_after_a_spread_stays_under_it(plain_of):
    # NCT06029816: "Spinal cord compression or brain metastasis, unless asymptomatic, stable condition, and not
    # requiring steroid therapy ..." - the exception is not read, and stays under the rewritten part in the study's words.
    items = [item for top in plain_of("NCT06029816").exclusion for item in top.walk() if item.rule == "cancer-spread"]
    assert len(items) == 1
    assert items[0].text == (
        "You have a tumor pressing on the spinal cord (spinal cord compression) or cancer that has spread to the brain "
        "(brain metastasis), except in the case below."
    )
    assert [child.text for child in items[0].children] == [
        "Asymptomatic, stable condition, and not requiring steroid therapy for at least 2 weeks before the "
        "first dose of study treatment"
    ]


def test_an_exception_to_a_treatment_for_a_cancer_stays_under_it(plain_of):
    # NCT04747912: "Any prior therapy for ALL except for limited treatment ...": never a separate exclusion.
    items = [
        item for top in plain_of("NCT04747912").exclusion for item in top.walk() if item.rule == "cancer-treatment"
    ]
    assert len(items) == 1
    assert (
        items[0].text
        == "You have had treatment for acute lymphoblastic leukemia (ALL) before, except in the case below."
    )
    assert items[0].children[0].text.startswith("Limited treatment (at most 7 days)")


def test_a_short_unless_is_said_with_its_spread_not_left_as_a_fragment(plain_of):
    # NCT04204473: "Spinal cord compression or brain metastases unless asymptomatic." once left "Unless asymptomatic."
    # as a two-word fragment under the rewritten part.
    items = [item for top in plain_of("NCT04204473").exclusion for item in top.walk() if item.rule == "cancer-spread"]
    assert [(item.text, item.children) for item in items] == [
        (
            "You have a tumor pressing on the spinal cord (spinal cord compression) or cancer that has spread to the "
            "brain (brain metastases), unless it causes no symptoms.",
            [],
        )
    ]


def test_terms_kept_in_the_plain_sentences_are_explained():
    for kept in ("leptomeningeal disease", "FFPE", "metastatic", "refractory", "Ann Arbor", "extensive-stage"):
        assert any(term.term.lower() == kept.lower() for term in terms_in(f"You have X ({kept}).")), kept
    # A TNM stage kept in a cancer sentence is explained; a thyroid hormone called T3 is not a stage.
    assert [term.term for term in terms_in("Your cancer is at clinical stage T1c or T2a.")] == ["T stage"]
    assert terms_in("You take T3 hormone.") == []


def test_hair_loss_excepted_from_lasting_side_effects_is_said_with_them(plain_of):
    # NCT04862663: "Persistent toxicities (CTCAE Grade >1) caused by previous anticancer therapy, excluding alopecia."
    # once left "Excluding alopecia." as a two-word fragment; the allowance after it stays under it.
    items = [
        item for top in plain_of("NCT04862663").exclusion for item in top.walk() if item.rule == "lasting-side-effects"
    ]
    assert len(items) == 1
    assert items[0].text == (
        "You have side effects (toxicities) from earlier cancer treatment that have not gone away and that have a "
        "grade above 1 (worse than mild), except hair loss (alopecia), or in the case below."
    )
    assert [child.text[:40] for child in items[0].children] == ["Participants with irreversible toxicity "]


def test_a_member_of_a_list_of_alternatives_is_not_shown_as_a_requirement_of_its_own(plain_of):
    # NCT00576225: "Patients must meet one of the following criteria have either (1) Recurrent disease ..., (2) Stage
    # IIIB disease ..., or (3) Stage IV disease." once gave "Your cancer is at stage IV." as an inclusion of its own.
    items = [item for top in plain_of("NCT00576225").inclusion for item in top.walk() if item.text]
    assert "Your cancer is at stage IV." not in [item.text for item in items]
    assert any(
        item.text.startswith("Patients must meet one of the following criteria") and "Stage IV" in item.text
        for item in items
    )


def test_every_sentence_is_quoted_from_the_record_it_names(modules_by_id):
    criteria = {  # as the parser reads it: markdown escapes ("\\>") gone, spaces single
        nct_id: " ".join((module.get("eligibilityCriteria") or "").replace("\\", "").split())
        for nct_id, module in modules_by_id.items()
    }
    quoted = [(nct, source) for nct, source, *_ in READ + NOT_READ if nct]
    missing = [(nct, source) for nct, source in quoted if " ".join(source.split()) not in criteria.get(nct, "")]
    assert not missing


@pytest.mark.parametrize("source", ["Metastatic HER2-positive disease", "HER2-negative disease", "ER-positive cancer"])
def test_a_disease_named_by_a_marker_is_not_read_as_a_state_and_does_not_crash(source):
    # A marker's clause ("is HER2-positive") has no bracketed state: the disease reader used to index None.
    from trialpages.eligibility.facts.oncology import read_disease

    assert read_disease(source) is None
    recognise(read(source))
