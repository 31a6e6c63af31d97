"""Short explanations of the hard terms that stay on the page, found by case and by context.

Abbreviations are matched with their exact case (eGFR, a kidney test, is not EGFR, a gene), words
and phrases in any case. A guard looks at the words around a match and rules out a different
sense: "ECOG 2993" names a trial, not the ECOG score; "CDC stage 3" is an HIV stage, not a cancer
stage; "acute stage" is a phase of an illness. A spelling may have several senses, tried in order
(this module's entries first, then glossary_terms'): the first whose guards hold explains it, and a
match that no sense fits gets no note. Nothing here changes the text: the translator shows each
term's explanation once a page, at its first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trialpages.eligibility import glossary_terms
from trialpages.eligibility.matching import PhraseIndex
from trialpages.eligibility.model import GlossaryTerm


@dataclass(frozen=True, slots=True)
class _Entry:
    term: GlossaryTerm
    not_before: re.Pattern | None = None  # the words right before a match that rule this sense out
    not_after: re.Pattern | None = None  # the words right after
    only_after: re.Pattern | None = None  # this sense needs these words right after
    only_before: re.Pattern | None = None  # this sense needs these words right before
    not_near: re.Pattern | None = None  # words within _NEAR characters either side that rule this sense out
    only_near: re.Pattern | None = None  # this sense needs these words within _NEAR characters either side
    # this sense needs the study's conditions to say these words ("Number of seizures ..." in a headache study)
    study_about: re.Pattern | None = None
    spells: str | None = None  # what the abbreviation stands for, when its explanation does not open with it

    @property
    def guarded(self) -> bool:
        return any(getattr(self, name) is not None for name in _GUARDS)


_GUARDS = ("not_before", "not_after", "only_after", "only_before", "not_near", "only_near", "study_about")


def _entry(term: str, definition: str, *, spells: str | None = None, **guards: str) -> _Entry:
    compiled = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in guards.items()}
    return _Entry(GlossaryTerm(term=term, definition=definition), spells=spells, **compiled)


# Where "stage" is a cancer's: the guards of both its senses (the study's subject, or cancer words near it).
_CANCER_STAGE = dict(
    only_after=r"^\s*(?:[0-4]|i{1,3}v?|iv)[abc]?\b",
    # "Chronic kidney disease (Stage IV-V)" (NCT04116060, sample 23: WRONG as a cancer's stage).
    # "(CKD stage IIIa or greater)" (NCT04801368, sample 36: WRONG as a cancer's stage)
    # "Rutherford stage 2 and Fontaine stage 2a" (NCT02273232, trialgpt reading: WRONG as a cancer's stage).
    not_before=r"(?:cdc|who|hiv|nyha|ckd|kidney disease|renal disease|clinical|acute|end|early|sleep|tanner|score|grade|"
    # ("... (CDC) Stage 3 disease, except cutaneous Kaposi's sarcoma", NCT05896748, downloads3: WRONG as a cancer's stage)
    # ("New York Heart Association stage 3 or 4 cardiac disease", NCT03066947, hint9: WRONG as a cancer's stage)
    r"rutherford|fontaine|gold|hoehn and yahr|hoehn & yahr|new york heart association)\)?[\s-]*$"
    r"|(?:kidney|renal|\bckd|heart failure|hypertension|lymph?edema)\b[^.;()]{0,20}\(\s*$",
    # "stage 3 decubitus ulcer", "stage 2 hypertension", "stage 4 chronic kidney disease": not a cancer's stage.
    # ("Stage 4 or 5 chronic kidney disease", NCT02916693, sample 24: kidney disease has a stage 5.)
    not_after=r"^\s*(?:[0-5]|i{1,3}v?|iv|v)[abc]?(?:\s*(?:or|to|-)\s*(?:[0-5]|i{1,3}v?|iv|v)[abc]?)?\s+(?:decubitus|pressure|"
    r"ulcers?|hypertension|ckd|chronic kidney|kidney disease|renal (?:disease|insufficiency)|(?:congestive )?heart failure|chf|"
    r"lymph?edema|prolapse|fibrosis|sleep|cardiac disease|heart disease)\b",
)
_CANCER_STUDY = (
    r"cancer|carcinom|tumou?r|neoplas|malignan|lymphom|leuk|myelom|sarcom|melanom|gliom|blastom|metasta|oncolog"
    r"|\b(?-i:NSCLC|SCLC|HCC|CRC|RCC|AML|CLL|CML|MDS|DLBCL|GIST|TNBC|HNSCC|ESCC|mCRPC|CRPC)\b"
)


# Oncology family: the TNM T stages a plain cancer sentence keeps ("stage T2a or lower").
_T_STAGES = (
    "T1",
    "T1a",
    "T1b",
    "T1c",
    "T2",
    "T2a",
    "T2b",
    "T2c",
    "T3",
    "T3a",
    "T3b",
    "T4",
    "cT1c",
    "cT2",
    "cT3",
    "pT2",
    "pT3",
)

# Abbreviations and names, in the case they are written (spellings beside each).
ABBREVIATIONS: dict[tuple[str, ...], _Entry] = {
    ("ECOG",): _entry(
        "ECOG",
        "a 0 to 5 score of how well you manage daily tasks; 0 means fully active",
        not_after=r"^[\s-]*(?:E?\d{4}|trial|study|protocol|ACRIN)",
    ),
    ("Karnofsky", "KPS"): _entry(
        "Karnofsky score", "a 0 to 100 score of how well you manage daily tasks; 100 means no limits"
    ),
    ("Lansky",): _entry("Lansky score", "a 0 to 100 score of how well a child plays and moves; 100 means no limits"),
    ("ULN",): _entry("ULN", "upper limit of normal: the highest lab value that is normal"),
    ("LLN",): _entry("LLN", "lower limit of normal: the lowest lab value that is normal"),
    ("ANC",): _entry(
        "ANC", "absolute neutrophil count: the number of neutrophils, white blood cells that fight infection"
    ),
    ("AST", "SGOT"): _entry(
        "AST",
        "a liver enzyme measured in a blood test; high levels can mean liver damage",
        spells="aspartate aminotransferase, aspartate transaminase, serum glutamic oxaloacetic transaminase",
    ),
    ("ALT", "SGPT"): _entry("ALT", "a liver enzyme measured in a blood test; high levels can mean liver damage"),
    ("ALP",): _entry("ALP", "alkaline phosphatase, an enzyme from the liver and bones measured in a blood test"),
    ("INR",): _entry("INR", "a blood test of how long your blood takes to clot"),
    ("aPTT", "APTT", "PTT"): _entry("aPTT", "a blood test of how long your blood takes to clot"),
    ("eGFR",): _entry("eGFR", "a blood test estimate of how well your kidneys filter waste"),
    # "cystatin C-based Egfr greater than or equal to 15 ..." (NCT06717698, sample 43: unexplained): the kidney test
    ("Egfr",): _entry(
        "eGFR",
        "a blood test estimate of how well your kidneys filter waste",
        only_near=r"kidney|renal|creatinine|cystatin|mL/min|ml/min",
    ),
    ("GFR",): _entry("GFR", "how well your kidneys filter waste from your blood"),
    ("CrCl",): _entry("CrCl", "creatinine clearance: how well your kidneys clear waste from your blood"),
    ("EGFR",): _entry(
        "EGFR",
        # ("agents ... designed to inhibit the epidermal growth factor receptor (EGFR)", NCT00467077, hint5-1: WRONG as
        # only a gene): the protein and its gene share the name.
        "a protein on cells, and the gene that makes it; some cancers have changes in it that certain drugs target",
        not_after=r"^\s*(?:of|<|>|≥|≤|=|\d)",
        not_before=r"epidermal growth factor receptor\s*\(\s*$",  # its long name just said, with its own note
    ),
    # "Anaplastic large cell lymphoma, ALK+" / "ALK-" (NCT03349333, hint6d: UNREADABLE with the lung-cancer note)
    ("ALK", "#lymphoma"): _entry(
        "ALK",
        "a protein; a test of the lymphoma cells shows whether they have it (ALK+, ALK-positive) or not (ALK-)",
        only_near=r"lymphoma|anaplastic large",
        not_near=r"lymphoma (?:receptor tyrosine )?kinase|\b(?-i:NSCLC|EGFR|ROS-?1|KRAS)\b|\blung",
    ),
    ("ALK",): _entry("ALK", "a gene; some lung cancers have changes in it that certain drugs target"),
    ("HER2",): _entry("HER2", "a protein on some cancer cells that certain drugs target"),
    ("BRCA", "BRCA1", "BRCA2"): _entry("BRCA", "genes whose changes raise the risk of some cancers"),
    ("HbA1c", "HBA1c", "A1c", "A1C"): _entry("HbA1c", "a blood test of your average blood sugar over about 3 months"),
    ("BMI",): _entry("BMI", "body mass index: your weight compared with your height"),
    ("QTc", "QTcF", "QTcB"): _entry("QTc", "a measure of your heart rhythm taken from an ECG"),
    ("LVEF",): _entry("LVEF", "left ventricular ejection fraction: how much blood your heart pumps with each beat"),
    ("NYHA",): _entry("NYHA class", "a 1 to 4 class of how much heart failure limits you; 4 is the most"),
    ("RECIST",): _entry("RECIST", "the standard rules for measuring tumors on scans"),
    ("CTCAE",): _entry("CTCAE", "the standard scale for grading side effects, from grade 1 (mild) to 5"),
    ("CNS",): _entry("CNS", "central nervous system: the brain and spinal cord"),
    ("HIV",): _entry("HIV", "the virus that causes AIDS"),
    ("AIDS",): _entry("AIDS", "the late stage of HIV infection"),
    ("HBV",): _entry("HBV", "hepatitis B virus, which infects the liver"),
    ("HCV",): _entry("HCV", "hepatitis C virus, which infects the liver"),
    ("HBsAg",): _entry("HBsAg", "a blood test that shows a current hepatitis B infection"),
    ("TB",): _entry("TB", "tuberculosis, an infection that most often affects the lungs"),
    ("ECG", "EKG"): _entry(
        "ECG",
        "a test that records your heart's electrical activity",
        # "echocardiogram (EKG)" (NCT03319901): the study's name for the echo; an ECG cannot measure the pumping.
        not_before=r"echo(?:cardiogram|cardiography)?\s*\(\s*$",
    ),
    ("MRI",): _entry("MRI", "a body scan that uses magnets"),
    ("CT",): _entry("CT scan", "a body scan that uses X-rays", not_after=r"^\s*(?:value|\d|MEC\b|HEC\b)"),
    ("PET",): _entry("PET scan", "a body scan that uses a small amount of a radioactive tracer"),
    ("ILD",): _entry("ILD", "interstitial lung disease: scarring of the lungs"),
    ("COPD",): _entry("COPD", "a long-term lung disease that makes breathing hard"),
    ("ED",): _entry(
        "ED",
        "erectile dysfunction: trouble getting or keeping an erection",
        # "not eligible to receive droperidol based on ED protocol", "ED Droperidol Protocol" (NCT01406860, sample 12:
        # WRONG): the emergency department.
        not_after=r"^\s*(?:visit|department|protocol|droperidol|physician|triage)|^\s*/\s*hospital",
        # ("Exclusion Criteria at presentation in ED with a painful crisis", NCT01482091, hint8: WRONG as erectile dysfunction)
        not_before=r"(?:the|emergency|\b(?:in|to|at|from|into)\s+(?:the\s+)?)\s*$",
    ),
    ("PSA",): _entry("PSA", "a blood test for a protein made by the prostate"),
    ("NSCLC",): _entry("NSCLC", "non-small cell lung cancer, the most common kind of lung cancer"),
    ("SCLC",): _entry("SCLC", "small cell lung cancer"),
    ("AML",): _entry("AML", "acute myeloid leukemia, a fast-growing blood cancer"),
    ("CLL",): _entry("CLL", "chronic lymphocytic leukemia, a slow-growing blood cancer"),
    ("CML",): _entry("CML", "chronic myeloid leukemia, a blood cancer"),
    # "MSA-P based on MDS diagnostic criteria" (NCT06120049, exports8: WRONG as a marrow disease).
    ("MDS",): _entry(
        "MDS",
        "myelodysplastic syndrome: the bone marrow does not make enough healthy blood cells",
        not_near=r"\b(?-i:MSA|PD|UPDRS|MDS-UPDRS)\b|parkinson|movement disorder|atrophy",
    ),
    ("IIEF", "IIEF-5", "IIEF-EF"): _entry("IIEF", "a questionnaire score of how well erections work"),
    ("PDE5", "PDE-5", "PDE 5"): _entry("PDE5 inhibitors", "a group of erection medicines, such as sildenafil (Viagra)"),
    ("CYP3A4", "CYP3A"): _entry(
        "CYP3A4", "a liver enzyme that breaks down many medicines; some drugs change how it works"
    ),
    ("MAOI", "MAOIs"): _entry(
        "MAOI", "medicines that block an enzyme in the brain; some treat depression, others Parkinson's disease"
    ),
    ("SSRI", "SSRIs"): _entry("SSRI", "a common kind of antidepressant medicine"),
    ("NSAID", "NSAIDs"): _entry("NSAID", "pain medicines such as ibuprofen or naproxen"),
    ("IUD",): _entry("IUD", "intrauterine device: a small birth control device placed in the womb"),
    # "spontaneous bacterial peritonitis (SBP)" beside ascites (NCT06223893, exports8: WRONG as blood pressure).
    ("SBP",): _entry(
        "SBP",
        "systolic blood pressure, the top number",
        not_near=r"periton|ascites|cirrho|hepatorenal|variceal",
    ),
    ("DBP",): _entry("DBP", "diastolic blood pressure, the bottom number"),
    ("ICF",): _entry("ICF", "informed consent form: the form you sign to agree to take part"),
    ("HSCT", "SCT"): _entry("HSCT", "a stem cell transplant, which replaces blood-forming cells"),
    ("GVHD",): _entry("GVHD", "graft-versus-host disease: donor cells attacking the body after a transplant"),
    ("CAR-T", "CAR T"): _entry("CAR-T", "a treatment that changes a person's own immune cells to attack cancer"),
    ("PD-1", "PD-L1", "CTLA-4"): _entry(
        "PD-1, PD-L1, CTLA-4", "proteins that immunotherapy drugs block to help the immune system attack cancer"
    ),
    ("TKI", "TKIs"): _entry("TKI", "tyrosine kinase inhibitor, a kind of targeted cancer drug taken as a pill"),
    ("WOCBP",): _entry("WOCBP", "women of childbearing potential: women who could get pregnant"),
    ("HPV",): _entry("HPV", "human papillomavirus, a common virus that can cause some cancers"),
    ("UTI",): _entry("UTI", "urinary tract infection"),
    ("DVT",): _entry("DVT", "deep vein thrombosis: a blood clot in a deep vein, often in the leg"),
    ("MI",): _entry("MI", "myocardial infarction: a heart attack"),
    ("AMI",): _entry(
        "AMI", "acute myocardial infarction: a heart attack", only_near=r"heart|cardi|coronar|angin|infarct"
    ),
    ("CABG",): _entry("CABG", "heart bypass surgery"),
    ("TIA",): _entry("TIA", "a mini-stroke: a short block of blood flow to the brain"),
    ("CHF",): _entry("CHF", "congestive heart failure: the heart does not pump as well as it should"),
    ("CKD",): _entry("CKD", "chronic kidney disease"),
    ("SLE",): _entry("SLE", "lupus, an autoimmune disease"),
    ("TURP", "TUR-P"): _entry("TURP", "surgery through the penis to remove part of the prostate"),
    ("HCG", "hCG", "β-hCG", "beta-hCG", "β-HCG"): _entry("hCG", "a hormone measured in a pregnancy test"),
    # In a men's study, a test of the testicles (NCT01768676, sample 23: WRONG as menopause): glossary_terms' sense.
    ("FSH",): _entry(
        "FSH",
        "a hormone measured in a blood test, used to check for menopause",
        only_near=r"menopaus|\bwom[ae]n\b|\bfemales?\b|amenorr|ovar|period",
    ),
    ("DSM-IV", "DSM-5", "DSM-IV-TR"): _entry("DSM", "the manual doctors use to diagnose mental health conditions"),
    ("IPSS",): _entry(
        "IPSS",
        "a questionnaire score of urinary symptoms from the prostate",
        not_before=r"MDS[^.]{0,60}$",
        not_after=r"^[^.]{0,30}\b(?:intermediate|low|high|risk|INT-?[12])\b",
    ),
    ("C1D1",): _entry("C1D1", "cycle 1, day 1: the first day of study treatment"),
    # Conditions family: terms the plain condition names keep.
    ("COVID-19",): _entry("COVID-19", "the illness caused by the coronavirus SARS-CoV-2"),
    # Treatments, people and performance (facts/treatment.py, people.py, performance.py).
    # Labs, vitals and scores family (facts/labs.py, vitals.py, scores.py).
    ("PT/INR",): _entry("PT/INR", "blood tests of how long your blood takes to clot"),
    ("PTT",): _entry("PTT", "a blood test of how long your blood takes to clot"),
    # Oncology family (facts/oncology.py): a TNM stage kept in the plain cancer sentences ("stage T2a or lower").
    _T_STAGES: _entry(
        "T stage",
        "how big a tumor is and how far it has grown into nearby tissue, from T1 (small) to T4 (large or grown in)",
        only_near=r"stage|\b(?-i:TNM)\b|tumou?r|cancer|\b(?-i:N[0-3])\b|\b(?-i:M[01])\b",
    ),
}

# Words and phrases, in any case.
WORDS: dict[tuple[str, ...], _Entry] = {
    ("metastatic",): _entry("metastatic", "has spread to other parts of the body"),
    ("metastases", "metastasis", "metastatic disease"): _entry(
        "metastases", "places in the body where a cancer has spread"
    ),
    # not where the study defines it ("platinum refractory, defined as treatment free interval of less than 6 months",
    # NCT06760702, sample 33: WRONG, the note contradicted the study's own definition)
    ("refractory",): _entry(
        "refractory", "did not get better with treatment", not_after=r"^\s*,?\s*(?:defined\s+as|which\s+is\s+defined)"
    ),
    ("relapsed",): _entry("relapsed", "came back after treatment"),
    # "non-registered product (adjuvant, drug) other than CV8102" in a vaccine study (NCT02238756, trialgpt reading:
    # WRONG with the cancer sense): what is added to a vaccine.
    ("adjuvant", "#vaccine"): _entry(
        "adjuvant",
        "a substance added to a vaccine to make the body's immune response stronger",
        only_near=r"vaccin|immunogen|antigen|\bproducts?\b",
        not_near=r"cancer|tumou?r|carcinom|malignan|chemo|radiotherap|resect|surgery|neoadjuvant",
    ),
    ("adjuvant",): _entry("adjuvant", "extra treatment after the main one, to lower the chance of cancer coming back"),
    ("neoadjuvant", "neo-adjuvant"): _entry("neoadjuvant", "treatment given before the main treatment, often surgery"),
    ("biopsy",): _entry("biopsy", "a small sample of tissue taken for testing"),
    ("placebo",): _entry("placebo", "a dummy treatment with no active medicine"),
    # A cancer's stage only in a study of cancer, or beside cancer words: "Macular hole of stage 2 and above" in an eye
    # study (NCT05850520, downloads2: WRONG as a cancer's stage).
    ("stage",): _entry("stage", "how far a cancer has grown or spread", study_about=_CANCER_STUDY, **_CANCER_STAGE),
    ("stage", "#near"): _entry(
        "stage",
        "how far a cancer has grown or spread",
        only_near=_CANCER_STUDY + r"|\bchemo|\b(?-i:NSCLC|TNM)\b",
        **_CANCER_STAGE,
    ),
    ("palliative",): _entry("palliative", "care that eases symptoms rather than cures"),
    ("priapism",): _entry("priapism", "an erection that lasts for hours and will not go away, often painful"),
    ("hypogonadism",): _entry("hypogonadism", "the body makes too little sex hormone"),
    ("symptomatic",): _entry("symptomatic", "causing symptoms you notice"),
    ("asymptomatic",): _entry("asymptomatic", "causing no symptoms you notice"),
    ("locally advanced",): _entry("locally advanced", "grown into nearby tissue, but not spread far"),
    ("histologically", "histological", "histologic", "histology", "histopathologically"): _entry(
        "histologically", "by looking at a tissue sample under a microscope"
    ),
    ("cytologically", "cytological", "cytology"): _entry("cytologically", "by looking at cells under a microscope"),
    # "Severe/malignant/secondary hypertensive patients" (NCT00149227, trialgpt reading: WRONG as cancer), "malignant
    # ventricular arrhythmias": life-threatening, not cancer.
    ("malignancy", "malignancies", "malignant"): _entry(
        "malignancy",
        "cancer",
        not_after=r"^(?:\s*/\s*[a-z]+)*\s*(?:hypertens|arrhythm|ventricular|hyperthermia|neuroleptic|otitis|arrythm)",
    ),
    ("carcinoma", "carcinomas"): _entry("carcinoma", "a cancer that starts in the skin or the lining of organs"),
    ("adenocarcinoma",): _entry("adenocarcinoma", "a cancer that starts in gland cells"),
    ("in situ",): _entry("in situ", "early, not spread beyond where it started"),
    ("unresectable",): _entry("unresectable", "cannot be removed by surgery"),
    ("resectable", "resected", "resection"): _entry("resection", "removal by surgery"),
    ("leptomeningeal",): _entry("leptomeningeal", "in the thin layers covering the brain and spinal cord"),
    ("hematologic", "haematologic", "hematological", "haematological"): _entry("hematologic", "to do with the blood"),
    ("hepatic",): _entry("hepatic", "to do with the liver"),
    ("renal",): _entry("renal", "to do with the kidneys"),
    ("cardiac",): _entry("cardiac", "to do with the heart"),
    ("pulmonary",): _entry("pulmonary", "to do with the lungs"),
    # "non-concomitant medications (Nitrate/NO donors, ...)" (NCT00903981, sample 24): medicines not allowed with the
    # study's; "taken at the same time" would say the reverse.
    ("concomitant",): _entry("concomitant", "taken or happening at the same time", not_before=r"\bnon-?\s*$"),
    ("concurrent", "concurrently"): _entry("concurrent", "at the same time"),
    ("contraindication", "contraindications", "contraindicated", "contra indications", "contra indication"): _entry(
        "contraindication", "a medical reason not to use a treatment"
    ),
    ("investigational",): _entry(
        "investigational",
        "still being tested, not approved for this use",
        # "staff at the investigational site" (NCT01415128, sample 12: WRONG): the clinic running the study.
        # "the Investigational Review Board (IRB) approved informed consent" (NCT05037968, downloads5: WRONG as a
        # medicine still being tested): the ethics committee's name, mistyped.
        not_after=r"^\s*(?:sites?|cent(?:er|re)s?|staff|team|institutions?|personnel|review\s+boards?)\b",
    ),
    # "Known clinically significant intercurrent illness" in a study of healthy volunteers (NCT00705536, hint3-1: WRONG,
    # "the main illness" they do not have): any illness you have now.
    ("intercurrent",): _entry("intercurrent", "happening at the same time, such as another illness you have now"),
    ("comorbidity", "comorbidities", "co-morbidity", "co-morbidities"): _entry(
        "comorbidity", "another illness you have at the same time"
    ),
    ("immunosuppressive", "immunosuppressant", "immunosuppressants", "immunosuppression"): _entry(
        "immunosuppressive", "lowering the body's defense against infection"
    ),
    ("pneumonitis",): _entry("pneumonitis", "swelling of the lung tissue"),
    ("neuropathy",): _entry("neuropathy", "nerve damage, often felt as numbness or tingling"),
    ("arrhythmia", "arrhythmias"): _entry("arrhythmia", "an uneven heartbeat"),
    ("angina",): _entry("angina", "chest pain caused by poor blood flow to the heart"),
    # "myocardial infraction" (NCT00517179): the registry's misspelling, the same heart attack.
    ("myocardial infarction", "myocardial infraction"): _entry("myocardial infarction", "a heart attack"),
    ("cerebrovascular accident", "cerebrovascular"): _entry(
        "cerebrovascular", "to do with blood flow to the brain; a cerebrovascular accident is a stroke"
    ),
    ("thromboembolic", "thromboembolism"): _entry("thromboembolism", "a blood clot that blocks a blood vessel"),
    # "open-angle glaucoma and/or hypertension ... under control of the target IOP" (NCT03257813, hint7: WRONG as blood
    # pressure): the pressure inside the eye.
    ("hypertension", "#eye"): _entry(
        "hypertension",
        "here, high pressure inside the eye",
        # (not "non-controlled diabetes, hypertension, digestive ulcer or glaucoma", NCT00555100, hint6c: WRONG as the eye's)
        only_before=r"glaucoma\s+(?:and/or|and|or)\s+$",
        not_near=r"blood pressure|systolic|diastolic|pulmonary|portal",
    ),
    ("hypertension", "#eye pressure"): _entry(
        "hypertension",
        "here, high pressure inside the eye",
        only_near=r"intra\s?ocular|\b(?-i:IOP|lOP)\b|eye pressure",
        not_near=r"blood pressure|systolic|diastolic|pulmonary|portal",
    ),
    ("hypertension",): _entry("hypertension", "high blood pressure"),
    ("hypotension",): _entry("hypotension", "low blood pressure"),
    ("syncope",): _entry("syncope", "fainting"),
    ("hematuria", "haematuria"): _entry("hematuria", "blood in the urine"),
    ("anticoagulant", "anticoagulants", "anticoagulation"): _entry("anticoagulant", "a blood thinner"),
    ("randomization", "randomisation", "randomized", "randomised"): _entry(
        "randomization", "being put into a study group by chance"
    ),
    ("creatinine",): _entry(
        "creatinine", "a waste product in the blood; high levels can mean the kidneys are not working well"
    ),
    ("bilirubin",): _entry("bilirubin", "a yellow substance made by the liver; high levels can mean liver problems"),
    ("neutrophils", "neutrophil"): _entry("neutrophils", "white blood cells that fight infection"),
    ("platelets", "platelet"): _entry("platelets", "blood cells that help blood clot"),
    ("hemoglobin", "haemoglobin"): _entry("hemoglobin", "the protein in red blood cells that carries oxygen"),
    ("teratogenic",): _entry("teratogenic", "can harm an unborn baby"),
    # Not where men are meant too ("Patients of childbearing potential ... (males and females)", NCT03118986, sample
    # 52: WRONG, a boy read it as not his rule): glossary_terms' sense for both.
    ("childbearing potential", "child-bearing potential", "child bearing potential"): _entry(
        "childbearing potential", "able to get pregnant", not_near=glossary_terms.MEN_TOO
    ),
    # Men too (NCT01852578: a birth control rule for all sexes read as women's only).
    ("reproductive potential",): _entry("reproductive potential", "able to get pregnant or to father a child"),
    ("postmenopausal", "post-menopausal"): _entry("postmenopausal", "after menopause: periods have stopped for good"),
    ("informed consent",): _entry("informed consent", "agreeing to take part after the study is explained to you"),
    ("washout", "wash-out"): _entry(
        "washout",
        "a time without a medicine, so it leaves your body before the study",
        # "A 1-week washout is permitted for palliative radiation" (NCT05832827, downloads5: WRONG, radiation is no
        # medicine): the terms' own sense below
        not_near=r"radiation|radiotherapy|irradiat",
    ),
    ("decubitus",): _entry(
        # "Unable to realize a decubitus of 15 minutes long" (NCT00458770, sample 20: WRONG as a pressure sore): lying
        # still; the sore only where a sore is spoken of.
        "decubitus",
        "a pressure sore",
        only_near=r"ulcer|\bsores?\b|wound|skin|pressure injur|bedsore|\bstage\b",
    ),
    ("wild-type",): _entry("wild-type", "without the gene change"),
    ("autoimmune",): _entry("autoimmune", "when the immune system attacks the body's own tissue"),
    ("allogeneic",): _entry("allogeneic", "from a donor"),
    ("autologous",): _entry("autologous", "from your own body"),
    ("sequelae",): _entry("sequelae", "lasting effects of an illness or injury"),
    ("anamnesis",): _entry("anamnesis", "your medical history"),
    # Conditions family: conditions the plain names keep by their own name, and words they keep.
    ("cardiac arrest",): _entry("cardiac arrest", "when the heart suddenly stops beating"),
    ("obsessive-compulsive disorder",): _entry(
        "obsessive-compulsive disorder", "a mental illness with unwanted thoughts and repeated actions"
    ),
    ("panic disorder",): _entry("panic disorder", "a mental illness with sudden attacks of strong fear"),
    ("gout",): _entry("gout", "painful swelling of the joints caused by crystals of uric acid"),
    ("cystic fibrosis",): _entry(
        "cystic fibrosis", "an inherited disease that clogs the lungs and gut with thick mucus"
    ),
    ("basal cell",): _entry(
        "basal cell skin cancer",
        "a common, slow-growing skin cancer",
        only_after=r"^\s*(?:skin|carcinoma|cancer|or squamous cell skin)",
    ),
    ("squamous cell",): _entry(
        "squamous cell skin cancer",
        "a common skin cancer that starts in the top layer of the skin",
        only_after=r"^\s*(?:skin|or basal cell skin)",
    ),
    ("viral hepatitis",): _entry("viral hepatitis", "a virus infection of the liver, such as hepatitis B or C"),
    ("primary hypoactive sexual desire",): _entry(
        "primary hypoactive sexual desire", "low sex drive that is a problem of its own, not caused by another one"
    ),
    ("herpes",): _entry("herpes", "a common virus that causes sores"),
    ("antibodies", "antibody"): _entry(
        "antibodies",
        "proteins that stick to one target: the body makes them to fight infections, and some "
        "medicines are made of them",
    ),
    ("acute",): _entry(
        "acute",
        "sudden and short-lived",
        # "acute operative treatment" is emergency surgery, not a short illness (NCT01499641)
        # "acute B-cell lymphoblastic leukaemia" (NCT03156790, sample 12: WRONG): a fast-growing leukemia.
        not_after=r"^\s*(?:(?:[BT][- ]?cell|pre-?B|undifferentiated|mixed[- ]phenotype|bi-?o?phenotypic)\s+)?(?:myeloid|"
        r"myelogenous|myeloblastic|lymphoblastic|lymphocytic|promyelocytic|megakaryoblastic|monocytic|leuka?emia|stage|"
        r"operative|surg|operation|intervention"
        # "acute thoughts of suicide", "Acute risk of harm to self or others" (NCT04672551, NCT06568081, exports6:
        # WRONG as short-lived): happening now, and urgent.
        r"|(?:\w+\s+){0,2}(?:suicid|risk|danger|harm|homicid|psychosis|psychotic)"
        # "acute mixed-cell leukemia", ATLL's "acute or chronic type" (NCT05519384, NCT05321940, downloads7: WRONG as
        # short-lived): a leukemia's fast-growing kind.
        r"|(?:[\w-]+\s+){0,2}(?:leuka?emias?|lymphomas?)\b|or\s+chronic\s+(?:types?|forms?|subtypes?)\b"
        # "Active acute/chronic Graft-versus-Host Disease" (NCT05645718, downloads7b): a kind of GvHD, not a short one.
        r"|(?:/\s*chronic\s+|or\s+chronic\s+)?(?:graft|gv-?hd)\b"
        # "during the acute period of study participation" (NCT02066792, hint6-1: WRONG as an illness's): the study's
        # first phase.
        r"|(?:period|phase|treatment\s+phase)\s+of\s+(?:the\s+)?(?:study|trial))",
    ),
    ("acute", "#gvhd"): _entry(
        "acute",
        "here, the kind of graft-versus-host disease that usually starts in the first months after a transplant",
        only_after=r"^\s*(?:/\s*chronic\s+|or\s+chronic\s+)?(?:graft|gv-?hd)\b",
    ),
    ("episodic",): _entry("episodic", "coming in bouts, with breaks in between"),
    ("invasive",): _entry(
        "invasive",
        "has grown into nearby tissue",
        not_before=r"(?:non-?|minimally )$",
        # "recurrent invasive infections caused by encapsulated bacteria" (NCT05935215, exports8: WRONG as a cancer's).
        # "Invasive NHL transformation" (NCT05147467, sample 22: WRONG) is CLL turned into a fast-growing lymphoma.
        # glossary audit: "invasive intervention for BPH", "invasive staging by EBUS", "invasive dental procedure" go
        # into the body (NCT00143221, NCT05714891, NCT06573554)
        # ("invasive or minimally invasive procedures", NCT01294592, hint4-1: WRONG as a cancer's)
        not_after=r"^\s*(?:(?:or|and|/)\s+(?:minimally\s+|non-?)?invasive\s+)?(?:procedure|surgery|test|ventilation|"
        r"method|treatment|intervention|staging|dental|diagnostic|"
        # ("a culture taken by an invasive technique", NCT00084266, hint6: WRONG as a cancer's)
        r"(?-i:NHL)\s+transformation|(?:\w+\s+)?infections?|fung|bacter|pneumococc|meningococc|measure|monitor|techniques?|"
        r"sampling)",
    ),
    # Treatments, people and performance (facts/treatment.py, people.py, performance.py).
    # ("physical therapy or chemotherapy for warts", NCT05896215, downloads2: WRONG as cancer medicines)
    ("chemotherapy", "#warts"): _entry(
        "chemotherapy", "here, treatment with chemicals or medicines put on the skin", only_after=r"^\s+for\s+warts?\b"
    ),
    ("chemotherapy",): _entry("chemotherapy", "medicines that kill cancer cells", not_after=r"^\s+for\s+warts?\b"),
    (
        "investigational drug",
        "investigational drugs",
        "investigational agent",
        "investigational agents",
        "investigational product",
    ): _entry("investigational drug", "a drug still being tested, not yet approved for this use"),
    ("Zubrod",): _entry("Zubrod score", "a 0 to 5 score of how well you manage daily tasks; 0 means fully active"),
    # Labs, vitals and scores family (facts/labs.py, vitals.py, scores.py).
    ("upper limit of normal",): _entry(
        "upper limit of normal", "the highest result of a lab test that is still normal"
    ),
    ("lower limit of normal",): _entry("lower limit of normal", "the lowest result of a lab test that is still normal"),
    ("billion per liter", "trillion per liter"): _entry("billion per liter", "how many cells are in 1 liter of blood"),
    ("creatine kinase",): _entry("creatine kinase", "an enzyme from the muscles; high levels can mean muscle damage"),
    ("CD4 count",): _entry(
        "CD4 count", "the number of CD4 cells, infection-fighting white blood cells that HIV attacks"
    ),
    ("triglycerides",): _entry("triglycerides", "a kind of fat in the blood"),
    ("LDL cholesterol",): _entry("LDL cholesterol", "the kind of cholesterol that can clog blood vessels"),
    ("QT interval",): _entry("QT interval", "a measure of your heart rhythm taken from an ECG"),
    ("mmHg", "mm Hg"): _entry("mm Hg", "millimeters of mercury, the unit blood pressure is measured in"),
    ("bpm", "beats per minute"): _entry("bpm", "beats per minute, how fast your heart beats"),
    ("mg/dL", "#spinal fluid"): _entry(
        "mg/dL",
        "milligrams per deciliter: how much of something is in a small amount (a tenth of a liter) of the spinal fluid",
        only_near=r"\b(?-i:CSF)\b|cerebrospinal|spinal fluid|meningit|lumbar puncture|pleocytosis",
    ),
    ("mg/dL",): _entry(
        "mg/dL", "milligrams per deciliter: how much of something is in a small amount (a tenth of a liter) of blood"
    ),
    ("g/dL",): _entry(
        "g/dL", "grams per deciliter: how much of something is in a small amount (a tenth of a liter) of blood"
    ),
    ("g/L",): _entry("g/L", "grams per liter: how much of something is in a liter of blood"),
    ("mmol/L", "µmol/L", "μmol/L", "umol/L", "nmol/L", "pmol/L"): _entry(
        "mmol/L", "a unit of how much of something is in a liter of blood, counted in tiny particles (moles)"
    ),
    ("ng/mL", "ng/dL", "pg/mL"): _entry(
        "ng/mL", "nanograms per milliliter: a unit for very small amounts in the blood"
    ),
    ("U/L", "IU/L"): _entry(
        "U/L",
        "units per liter: how active an enzyme is in the blood",
        not_near=glossary_terms.HORMONE_TEST,  # then an amount of hormone (glossary_terms)
    ),
    ("mL/min",): _entry("mL/min", "milliliters per minute: how much blood your kidneys clean each minute"),
    ("kg/m2", "kg/m²", "kg/m^2"): _entry("kg/m2", "kilograms per square meter, the unit of BMI"),
    ("Gleason score", "Gleason grade", "Gleason"): _entry(
        # NCT01718704 accepts "3+2=5": older reports go below 6.
        "Gleason score",
        "a score of how fast a prostate cancer is likely to grow, the sum of two grades; today from 6 to 10 (older "
        "reports go down to 2); higher means faster",
    ),
    ("Beck Depression Inventory",): _entry(
        "Beck Depression Inventory", "a questionnaire score of depression; higher means more depressed"
    ),
    ("Schwartz formula",): _entry(
        "Schwartz formula", "a way to estimate how well a child's kidneys work from a blood test and height"
    ),
    # Sexual health and urology family (facts/urology.py).
    ("run-in period", "run-in phase"): _entry(
        "run-in period",
        # NCT00244023's run-in is on tadalafil: not always "without" treatment.
        "the first weeks of a study, before its main part starts, to check how people do, with or without a treatment",
    ),
    # Oncology family (facts/oncology.py): terms the plain cancer sentences keep.
    ("Ann Arbor",): _entry("Ann Arbor", "a system of stages for lymphoma, from I (one area) to IV (widespread)"),
    ("extensive-stage", "extensive stage"): _entry(
        "extensive-stage", "small cell lung cancer that has spread beyond one side of the chest"
    ),
    # Logistics family (facts/logistics.py): terms its plain sentences keep in brackets.
    ("trusteeship",): _entry(
        "trusteeship", "a legal arrangement in which someone else manages a person's money or affairs"
    ),
    ("court protection",): _entry(
        "court protection", "a legal order that protects an adult who cannot fully look after their own affairs"
    ),
    ("multi-parametric MRI", "multiparametric MRI"): _entry(
        "multi-parametric MRI", "an MRI scan that takes several kinds of pictures to show more detail"
    ),
    # Health conditions, round 2 (facts/conditions.py, condition_names.py): names kept as they are.
    ("Huntington's disease",): _entry(
        "Huntington's disease", "an inherited disease that slowly damages nerve cells in the brain"
    ),
    ("autism",): _entry(
        "autism", "a difference in how the brain develops that affects how a person communicates and behaves"
    ),
    ("generalized anxiety disorder",): _entry(
        "generalized anxiety disorder", "a mental health condition of strong, lasting worry about many things"
    ),
    ("restless legs syndrome",): _entry(
        "restless legs syndrome", "a strong urge to move the legs, mostly at night, that is hard to stop"
    ),
    ("varicose veins",): _entry("varicose veins", "swollen, twisted veins, often in the legs"),
    ("fatty liver disease",): _entry("fatty liver disease", "too much fat stored in the liver"),
    ("personality disorder",): _entry(
        "personality disorder", "a mental health condition of lasting ways of thinking and acting that cause problems"
    ),
}


def _from_table(terms: tuple[glossary_terms.Term, ...]) -> dict[tuple[str, ...], _Entry]:
    """glossary_terms' entries keyed like this module's (plus a number: one spelling may have several senses);
    a term without a `shown` name is shown as each spelling is written."""
    table: dict[tuple[str, ...], _Entry] = {}
    for number, found in enumerate(terms):
        guards = dict(found.guards)
        if found.shown:
            table[(*found.spellings, f"#{number}")] = _entry(found.shown, found.definition, **guards)
        else:
            for spelling in found.spellings:
                table[(spelling, f"#{number}")] = _entry(spelling, found.definition, **guards)
    return table


def _senses(*tables: dict[tuple[str, ...], _Entry], case_sensitive: bool) -> dict[str, tuple[tuple[_Entry, bool], ...]]:
    """Each spelling with its senses, in the order they are tried (the tables' order, then each table's)."""
    senses: dict[str, list[_Entry]] = {}
    for table in tables:
        for spellings, entry in table.items():
            for spelling in spellings:
                if not spelling.startswith("#"):
                    senses.setdefault(spelling if case_sensitive else spelling.lower(), []).append(entry)
    return {spelling: tuple((entry, entry.guarded) for entry in entries) for spelling, entries in senses.items()}


def _in_capitals(spelling: str) -> bool:
    return bool(_CAPITALS.fullmatch(spelling))


def _spelt(table: dict[tuple[str, ...], _Entry], keep) -> dict[tuple[str, ...], _Entry]:
    """The entries of `table` with only the spellings `keep` takes (each key's "#n" kept with them)."""
    kept = {
        tuple(spelling for spelling in spellings if spelling.startswith("#") or keep(spelling)): entry
        for spellings, entry in table.items()
    }
    return {spellings: entry for spellings, entry in kept.items() if any(not s.startswith("#") for s in spellings)}


# An abbreviation spelt among a word's spellings keeps its case too ("bone densitometry | DEXA" matched "the Dexa-C
# Anterior Interbody System", an implant, NCT05883436, downloads1: WRONG as the scan).
_CAPITALS = re.compile(r"[A-Z0-9-]*[A-Z][A-Z0-9-]*[A-Z][A-Z0-9-]*")
# ... and stays in capitals in a sentence in capitals (clean.py), unless it is an everyday word too.
_EVERYDAY_IN_CAPITALS = frozenset({"SAD", "MAD"})
_MORE_ABBREVIATIONS = _from_table(glossary_terms.ABBREVIATIONS)
_MORE_WORDS = _from_table(glossary_terms.WORDS)
_ABBREVIATION_SENSES = _senses(
    ABBREVIATIONS,
    _MORE_ABBREVIATIONS,
    _spelt(WORDS, _in_capitals),
    _spelt(_MORE_WORDS, _in_capitals),
    case_sensitive=True,
)
_WORD_SENSES = _senses(
    _spelt(WORDS, lambda spelling: not _in_capitals(spelling)),
    _spelt(_MORE_WORDS, lambda spelling: not _in_capitals(spelling)),
    case_sensitive=False,
)
_ABBREVIATION_INDEX = PhraseIndex(_ABBREVIATION_SENSES.items(), case_sensitive=True)
_WORD_INDEX = PhraseIndex(_WORD_SENSES.items(), case_sensitive=False)
# Abbreviations that keep their capitals when a sentence in capitals is tamed (clean.py); not the ones that
# are everyday words in capitals too ("ALL", "MET").
KNOWN_ABBREVIATIONS: frozenset[str] = frozenset(
    [spelling for spellings in ABBREVIATIONS for spelling in spellings]
    + [spelling for found in glossary_terms.ABBREVIATIONS if not found.word for spelling in found.spellings]
    + [
        spelling
        for found in glossary_terms.WORDS
        for spelling in found.spellings
        if _in_capitals(spelling) and spelling not in _EVERYDAY_IN_CAPITALS
    ]
)
_NEAR = 80


def terms_in(text: str, study_about: str = "", lead: str = "") -> list[GlossaryTerm]:
    """The glossary terms `text` uses, in the sense it uses them, each once, in order of first use. `study_about`: the
    conditions the study names, for the few senses that only the study's subject tells apart. `lead`: the lead-ins
    `text` sits under, where a sense that needs certain words near it may also find them."""
    found = [match for match in _ABBREVIATION_INDEX.find(text) if not _product_code(text, match.start, match.end)]
    found += _WORD_INDEX.find(text)
    found.sort(key=_leftmost_longest)
    terms: dict[str, GlossaryTerm] = {}
    covered = -1  # a phrase explains the abbreviations inside it ("QT prolongation"): one note, the phrase's
    for match in found:
        if match.start < covered:
            continue
        spelled = _spelled_out(text, match.start, match.end)
        for sense, guarded in match.value:
            if spelled and _names_otherwise(sense, spelled):
                continue  # "allergy skin test (AST)" is not the liver enzyme (NCT00839124, trialgpt reading: WRONG)
            if not guarded or not _ruled_out(sense, text, match.start, match.end, study_about, lead):
                terms.setdefault(sense.term.term, sense.term)
                covered = match.end
                break
    return list(terms.values())


def spelled_otherwise(text: str) -> frozenset[str]:
    """The abbreviations `text` spells out as something none of their senses here is ("Negative allergy skin test
    (AST)"): on a page with that text, their bare uses mean the same ("confirmed by positive AST"), so no note of ours
    explains them."""
    return frozenset(
        text[match.start : match.end]
        for match in _ABBREVIATION_INDEX.find(text)
        if (spelled := _spelled_out(text, match.start, match.end))
        and all(_names_otherwise(sense, spelled) for sense, _ in match.value)
    )


def _spelled_out(text: str, start: int, end: int) -> str | None:
    """The words an abbreviation in brackets stands for, when the sentence spells it out right before it by its
    initials ("Negative allergy skin test (AST)"): what the study itself says it means."""
    if text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return None
    letters = text[start:end]
    if not letters.isalpha() or not letters.isupper():
        return None
    words = _WORD.findall(text[: start - 1])[-len(letters) :]
    if len(words) != len(letters) or any(
        word[0].lower() != letter.lower() for word, letter in zip(words, letters, strict=True)
    ):
        return None
    return " ".join(words).lower()


def _names_otherwise(entry: _Entry, spelled: str) -> bool:
    """Does this sense stand for something other than what the study spells out? Known only for a sense that says what
    it stands for: its `spells`, or the name its explanation opens with ("ejection fraction: how much ...")."""
    stands_for = entry.spells or _OPENING_NAME.match(entry.term.definition)
    if stands_for is None:
        return False
    named = stands_for if isinstance(stands_for, str) else stands_for.group(1)
    return not any(word[:4] in named.lower() for word in spelled.split() if len(word) > 3)


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_OPENING_NAME = re.compile(r"^(?!(?:an?|the)\s)([A-Za-z][\w' -]{2,60}?):\s")


def _product_code(text: str, start: int, end: int) -> bool:
    """Letters then a dash and 3 or more digits name a product ("CT-2103", a drug, in NCT00576225; "MK-3475"), not
    the abbreviation; "HIV-1", "T2-4" and "ICHD-3" keep theirs."""
    return text[start:end].isalpha() and bool(_CODE_NUMBER.match(text, end))


_CODE_NUMBER = re.compile(r"-\d{3,}(?!\d|[.,]\d)")


def _leftmost_longest(match) -> tuple[int, int]:
    return match.start, -match.end


def _ruled_out(entry: _Entry, text: str, start: int, end: int, study_about: str = "", lead: str = "") -> bool:
    if entry.study_about and not entry.study_about.search(study_about):
        return True
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    if entry.not_before and entry.not_before.search(before):
        return True
    if entry.not_after and entry.not_after.search(after):
        return True
    if entry.only_after and not entry.only_after.search(after):
        return True
    if entry.only_before and not entry.only_before.search(before):
        return True
    if entry.not_near or entry.only_near:
        near = f"{text[max(0, start - _NEAR) : start]} \x00 {text[end : end + _NEAR]}"  # the match itself left out
        if entry.not_near and entry.not_near.search(near):
            return True
        # The lead-in a member sits under says what it is about too: "(> 100 cells/mm3)" under "... with cerebrospinal
        # fluid examination showing at least one of the following:" (NCT02467309, trialgpt2: WRONG as a blood count).
        if entry.only_near and not entry.only_near.search(near) and not entry.only_near.search(lead):
            return True
    return False
