"""The large glossary table (glossary_terms): real criteria get the note for the sense they use, or none.

Sentences are items of the bundled records, in the words the page shows (NCT id beside each).
"""

from __future__ import annotations

import re

import pytest

from trialpages.eligibility import glossary, glossary_terms, translate_eligibility
from trialpages.eligibility.clean import original_words
from trialpages.eligibility.glossary import KNOWN_ABBREVIATIONS, terms_in


def _notes(text: str) -> dict[str, str]:
    return {term.term: term.definition for term in terms_in(text)}


# (NCT id, sentence, the term explained, the start of the definition it must get)
SENSES = [
    # IV: "given into a vein" only where the words after it say so; a Roman numeral otherwise (see NOT_EXPLAINED)
    (
        "NCT02759614",
        "Evidence of ongoing or active infection requiring IV antibiotics; any other disease, neurological, or "
        "metabolic dysfunction",
        "IV",
        "intravenous",
    ),
    ("NCT05304754", "ALL in second complete remission (RC2)", "ALL", "acute lymphoblastic leukemia"),
    (
        "NCT04361305",
        "PE concurrent with ED: the IELT is less than 3 minutes, the PEDT score is at least 11 points, and "
        "5≤IIEF-5 at most 21 points.",
        "PE",
        "premature ejaculation",
    ),
    (
        "NCT06312176",
        "Has unresectable locally advanced or metastatic centrally-confirmed hormone receptor positive (HR+)/human "
        "epidermal growth factor receptor 2 negative (HER2-) breast cancer",
        "HR+",
        "hormone receptor-positive",
    ),
    (
        "NCT01401543",
        "Normal blood pressure and heart rate (HR; sitting) as determined by the investigator",
        "HR",
        "heart rate",
    ),
    (
        "NCT02856893",
        "Any clinically important abnormalities in rhythm, conduction, or morphology of resting ECG, e.g., complete "
        "left bundle branch block, third-degree heart block, second-degree heart block, PR interval more than 250 msec",
        "PR interval",
        "a part of the heartbeat",
    ),
    (
        "NCT02513394",
        "A tissue test has shown that you have ER+ and/or PR+, HER2-, early invasive breast cancer.",
        "PR",
        "progesterone receptor",
    ),
    (
        "NCT02513394",
        "A tissue test has shown that you have ER+ and/or PR+, HER2-, early invasive breast cancer.",
        "ER",
        "estrogen receptor",
    ),
    (
        "NCT00777179",
        "every 3 weeks and have shown response, Complete Response(CR), Partial Response (PR) or stable disease (SD) "
        "by RECIST.",
        "PR",
        "partial response",
    ),
    ("NCT05536349", "Known central nervous system involvement by CLL/SLL/RT", "RT", "Richter's transformation"),
    (
        "NCT06129864",
        "Participants who have received radiotherapy (RT) alone as definitive local therapy for LA-HNSCC.",
        "RT",
        "radiotherapy",
    ),
    ("NCT03192917", "At least unilateral nerve-sparing RP.", "RP", "radical prostatectomy"),
    (
        "NCT00329836",
        "Patients with episodic CH can be either in active cluster period or not.",
        "CH",
        "cluster headache",
    ),
    (
        "NCT02964338",
        "The participant has a history of CCH according to the International Classification of Headache Disorders - "
        "3 beta criteria",
        "CCH",
        "chronic cluster headache",
    ),
    (
        "NCT05507827",
        "Total bilirubin less than 2 times upper limit of normal (ULN) (patients with Gilbert's syndrome may be "
        "included where hemolysis has been excluded and with approval of the study PI)",
        "PI",
        "principal investigator",
    ),
    (
        "NCT03830164",
        "No concurrent drugs with anti-platelet therapy properties (e.g., P2Y12 inhibitors, non-steroidal "
        "anti-inflammatory agents, selective serotonin reuptake inhibitors) other than low dose ASA (81 mg/d)",
        "ASA",
        "acetylsalicylic acid: aspirin",
    ),
    ("NCT02754115", "ASA Class IV and above", "ASA", "American Society of Anesthesiologists class"),
    (
        "NCT05615454",
        "A doctor has found that you have MS according to the McDonald Revised criteria.",
        "MS",
        "multiple sclerosis",
    ),
    (
        "NCT04861558",
        "All patients deemed eligible for CRS and HIPEC according to clinical routine management during a HIPEC "
        "multidisciplinary board at each respective hospital can be included.",
        "CRS",
        "cytoreductive surgery",
    ),
    (
        "NCT05397184",
        "Prior CAR therapy known to be associated with ≥Grade 3 cytokine release syndrome (CRS) or ≥Grade 3 "
        "drug-related CNS toxicity",
        "cytokine release syndrome",
        "a strong immune reaction",
    ),
    (
        "NCT03607838",
        "Subjects with single-level LDH (L4-L5 or L5-S1 (or L5-L6)) with clear, demonstrable nerve root impingement "
        "as assessed by magnetic resonance imaging (MRI)",
        "LDH",
        "lumbar disc herniation",
    ),
    ("NCT00576225", "LDH more than 2.5X IULN", "LDH", "lactate dehydrogenase"),
    ("NCT02650414", "2nd or greater BM relapse", "BM", "bone marrow"),
    (
        "NCT03165734",
        "Primary MF, post-polycythemia vera MF, or post-essential thrombocythemia MF (as defined by Tefferi and "
        "Vardiman 2008",
        "MF",
        "myelofibrosis",
    ),
    (
        "NCT06761586",
        "Patients with Burkitt's lymphoma, Burkitt-like lymphoma, post-transplant lymphoproliferative disease, "
        "primary mediastinal large-B cell lymphoma, cutaneous lymphomas, mycosis fungoides (MF), or Sezary syndrome",
        "MF",
        "mycosis fungoides",
    ),
    (
        "NCT04116060",
        "Treatment with NO-Donators or sGC-Activators",
        "NO-donators",
        "medicines that release nitric oxide",
    ),
    (
        "NCT01241032",
        "Subjects with the test results of QTc more than 430 ms or non-sinus cardiac rhythm by ECG analysis.",
        "ms",
        "milliseconds",
    ),
    ("NCT02652234", "Normal coagulation function (PT, APTT, TT, Fbg)", "TT", "thrombin time"),
    (
        "NCT00421460",
        "With low or low normal serum testosterone level (either total or bioavailable testosterone) TT at most "
        "4 ng/ml and/or BT at most 1 ng/ml",
        "TT",
        "total testosterone",
    ),
    (
        "NCT04862663",
        "Previous treatment with an ET (tamoxifen, AI, or oral SERD) as a single agent or in combination",
        "ET",
        "endocrine therapy",
    ),
    (
        "NCT04862663",
        "Previous treatment with an ET (tamoxifen, AI, or oral SERD) as a single agent or in combination",
        "AI",
        "aromatase inhibitor",
    ),
    ("NCT00282607", "Has hepatic impairment (GOT, GPT levels more than 3 x ULN).", "GOT", "another name for AST"),
    (
        "NCT04864288",
        "These patients are complaining of ED and not responding to intracorporal injections (ICI).",
        "ICI",
        "intracavernosal injection",
    ),
    # a word is explained in the sense the sentence uses: here diseases, not the study of tissue
    (
        "NCT02384928",
        "Non-spinal or soft tissue pathologies which may cause LBP or sciatic pain (e.g. spinal tumors, rheumatic "
        "arthritis)",
        "pathologies",
        "a disease",
    ),
    # "chemically sterilized" is not sterilized by surgery: the note must not say so
    (
        "NCT01352507",
        "A female of child-bearing potential is a female who is not surgically or chemically sterilized and who is "
        "between menarche and 1-year post menopause.",
        "sterilized",
        "made unable to have children, usually by surgery",
    ),
    # guards match whole words: "gene" is not in "degeneration", "VED" not in "received"
    (
        "NCT01499641",
        "Patients with central or lateral spinal stenosis due to spondylosis or disc degeneration who needed bilateral "
        "decompression, laminectomy or fusion",
        "fusion",
        "surgery that joins bones of the spine",
    ),
    (
        "NCT02620982",
        "IIEF-ED score at least 11 up to at most 25 while taking PDE5i or on ICI",
        "ICI",
        "intracavernosal",
    ),
    (
        "NCT03983954",
        "Subjects enrolled in the MTD expansion cohort after prior exposure to a CPI should have a baseline biopsy",
        "CPI",
        "checkpoint inhibitor",
    ),
    (
        "NCT02945046",
        "Men must be sterile, or if they are potentially fertile/reproductively competent (not surgically [for "
        "example, vasectomy] or congenitally sterile)",
        "sterile",
        "unable to have children",
    ),
    (
        "NCT02759614",
        "Known hypersensitivity to bevacizumab and Chinese hamster ovary cell products or other recombinant human or "
        "humanised antibodies",
        "Chinese hamster ovary cell",
        "hamster cells",
    ),
    # the note names the words the reader sees, not a synonym
    ("NCT00790751", "Orthostatic hypotension", "orthostatic hypotension", "a drop in blood pressure when you stand"),
    (
        "NCT00142506",
        "Have a clinically significant penile deformity in the opinion of the investigator (ie: Peyronie's Disease)",
        "Peyronie's disease",
        "scar tissue inside the penis",
    ),
    ("NCT04714372", "LVEF at least 40% by echocardiogram or MUGA", "MUGA", "a heart scan"),
    (
        "NCT02387086",
        "Patient must have measurable lesion and in stage IIIB or IV disease (includes M1a, M1b stages or recurrent "
        "disease)",
        "stage group",
        "a cancer stage such as IIIB",
    ),
    # Terms the review of 2026-12-03 found bare (docs/eligibility-review/after2)
    ("NCT03510338", "Subject has an average weekly alcohol intake of greater than 21 units.", "units", "a set amount"),
    (
        "NCT05739409",
        "Eastern Cooperative Oncology Group physical status level is 0 to 2",
        "Eastern Cooperative Oncology Group",
        "ECOG: a 0 to 5 score",
    ),
    (
        "NCT06312176",
        "is eligible to receive second-line (2L) treatment",
        "2L",
        "second line",
    ),
    ("NCT06347575", "Patients with spinal cord lesion at T6 or above", "T6", "the 6th bone of the upper back"),
    (
        "NCT02598232",
        "Patients with a multi-level, far-lateral, or bilateral lumbar herniated disc",
        "far-lateral",
        "far",
    ),
    ("NCT02967393", "History of Guillian-Barre syndrome", "Guillian-Barre syndrome", "a rare disease"),
    # sample 20 (WRONG): a lab method explained as the kidney treatment
    (
        "NCT00512707",
        "free testosterone level (measured by equilibrium dialysis) less than 50 pg/ml",
        "equilibrium dialysis",
        "a lab method",
    ),
    # sample 20 (WRONG): a transplant read as hematocrit, a leukemia's abbreviation as the gene
    (
        "NCT05589896",
        "Patient must require allogeneic HCT per the discretion of the treating physician",
        "HCT",
        "hematopoietic cell transplant",
    ),
    (
        "NCT05589896",
        "acute biophenotypic leukemia (ABL), or acute undifferentiated leukemia (AUL)",
        "acute biophenotypic leukemia",
        "an acute leukemia with features of both",
    ),
    (
        "NCT03101033",
        "Impaired function of cauda equina",
        "impaired",
        "weakened or damaged",
    ),
    # The glossary audit of 2026-12-05 (every note of 946 terms against the words it is shown beside, on the 1,000
    # bundled pages): notes that explained another sense of their term.
    ("NCT05521750", "Patient with single level LDH", "LDH", "lumbar disc herniation"),
    ("NCT05927662", "Severe leg and back pain associated with large LDH", "LDH", "lumbar disc herniation"),
    ("NCT06688773", "Undergoing LDH surgery for the first time", "LDH", "lumbar disc herniation"),
    (
        "NCT05753579",
        "It was determined as being diagnosed with LDH by MR by a physical therapy physician",
        "LDH",
        "lumbar disc herniation",
    ),
    (
        "NCT05233254",
        "To be diagnosed with LDH at the minimum level of protrusion by the physician",
        "LDH",
        "lumbar disc herniation",
    ),
    ("-", "LDH at most 2 times ULN", "LDH", "lactate dehydrogenase"),
    (
        "NCT05773092",
        "WOCBP must have a negative serum or urine pregnancy test (minimum sensitivity 25 IU/L or equivalent units of "
        "HCG) within 24 hours prior to the start of treatment.",
        "IU/L",
        "international units per liter: how much of a hormone",
    ),
    ("-", "ALT at most 40 IU/L", "IU/L", "units per liter, a unit for how active an enzyme"),
    (
        "NCT05743218",
        "Patients with the detection indicators within 3 months before enrollment met the diagnostic criteria of DOR.",
        "DOR",
        "diminished ovarian reserve",
    ),
    ("-", "DOR of at least 6 months on the prior regimen", "DOR", "duration of response"),
    (
        "NCT03983954",
        "neurologically stable and off pharmacologic doses of systemic glucocorticoids",
        "pharmacologic doses",
        "doses larger than the amount the body makes",
    ),
    (
        "NCT06214572",
        "Gall bladder neck primaries with hilar block mimicking hilar cholangiocarcinoma will also be included.",
        "hilar",
        "at the hilum of the liver",
    ),
    ("-", "contralateral hilar nodes", "hilar", "at the root of the lung"),
    (
        "NCT03236753",
        "skin disease or hemostatic disorder (PT INR more than 1.5)",
        "hemostatic disorder",
        "a problem with blood clotting",
    ),
    (
        "NCT06326047",
        "Known hypoglycaemic unawareness as indicated by",
        "hypoglycaemic unawareness",
        "not feeling the usual warning signs",
    ),
    ("NCT01640457", "macular corneal dystrophy", "macular corneal dystrophy", "an inherited eye disease"),
    (
        "NCT06121674",
        "patients with deep system veno-occlusive erectile dysfunction",
        "veno-occlusive erectile dysfunction",
        "erection problems because blood leaks out",
    ),
    ("NCT04100759", "Hematological, osteopathic, or pulmonary disease.", "osteopathic", "to do with the bones"),
    (
        "NCT06643676",
        "Tooth with a peri-radicular lesion of strictly endodontic origin",
        "peri-radicular lesion",
        "an infected or damaged area in the bone around the tip of a tooth's root",
    ),
    ("NCT06417814", "Documented extra-cranial radiologic progression", "extra-cranial", "outside the skull"),
    (
        "NCT06119581",
        "MET (exon 14), ROS1, rearranged during transfection (RET), or",
        "rearranged during transfection",
        "the full name of the RET gene",
    ),
    (
        "NCT05170204",
        "checkpoint blockade therapies, including anti-cytotoxic T lymphocyte-associated protein 4, or",
        "cytotoxic T lymphocyte-associated protein 4",
        "CTLA-4, a protein",
    ),
    # The second glossary audit (the notes of 2,710 more terms, 12,046 windows): a phrase whose parts' notes said
    # something else, or a sense taken from the words near
    ("NCT04049812", "radicular pain with Visual Analog Score of at least 4", "visual analog score", "a line on which"),
    (
        "NCT05446493",
        "central nervous system, anti androgen drugs or other drugs",
        "anti androgen",
        "medicines that block",
    ),
    ("NCT03236753", "bowel dysfunction or saddle anesthesia", "saddle anesthesia", "numbness between the legs"),
    (
        "NCT05170204",
        "azathioprine, methotrexate, thalidomide, and anti-tumor necrosis factor-alpha agents",
        "anti-tumor necrosis factor",
        "medicines that block TNF",
    ),
    (
        "NCT01912586",
        "Undergoing a bilateral nerve sparing laparoscopic rectal resection",
        "bilateral nerve sparing",
        "keeping the nerves that control erections, on both sides",
    ),
    (
        "NCT05326516",
        "SNDX-5613. Participants may receive cytoreduction per protocol prior to",
        "cytoreduction",
        "treatment that quickly brings down very high blood cell counts",
    ),
    ("NCT03510338", "any component of the dosage form, or any other", "dosage form", "the form a medicine comes in"),
    ("NCT05749354", "Congenital genital malformation and dysplasia", "dysplasia", "a part of the body that did not"),
    ("-", "cervical dysplasia CIN 2", "dysplasia", "abnormal cells that are not cancer"),
    ("NCT06751849", "Erythrocyte sedimentation rate at most 20", "erythrocyte sedimentation rate", "a blood test for"),
    (
        "NCT03165734",
        "post-essential thrombocythemia MF (as defined by",
        "post-essential thrombocythemia",
        "coming after essential thrombocythemia",
    ),
    ("NCT06760702", "mirvetuximab for folate receptor alpha amplified ovarian", "folate receptor alpha", "a protein"),
    (
        "NCT05348876",
        "on gonadotropin releasing hormone (GnRH) agonist",
        "gonadotropin releasing hormone",
        "GnRH: a hormone from the brain",
    ),
    ("NCT04912596", "omalizumab or other anti-IgE", "anti-IgE", "an asthma or allergy medicine"),
    (
        "NCT04318938",
        "fluorescence in situ hybridisation (FISH)",
        "fluorescence in situ hybridisation",
        "a lab test that finds genes",
    ),
    (
        "NCT03699943",
        "Doppler Ultrasound and/or dynamic infusion cavernosonometry.",
        "dynamic infusion cavernosonometry",
        "a test that runs fluid into the penis",
    ),
    ("NCT06761586", "Stage III or IV according to Lugano classification", "Lugano classification", "the rules doctors"),
    ("NCT05170204", "non-melanoma skin carcinoma, localized prostate", "non-melanoma skin carcinoma", "common skin"),
    ("NCT03799601", "Active brain metastases, cancerous meningitis", "cancerous meningitis", "cancer that has spread"),
    ("NCT00124774", "with signs of Schmorls' nodules and loss of nucleus", "Schmorls' nodules", "spots where the soft"),
    ("NCT05885022", "corneal surgery, corneal opacities or corneal disease", "corneal opacities", "cloudy or scarred"),
    ("NCT04870190", "(such as chest cavity perfusion", "chest cavity perfusion", "cancer medicine put straight"),
    (
        "NCT06643676",
        "(Symptomatic and Asymptomatic apical periodontitis",
        "apical periodontitis",
        "swelling or infection",
    ),
    ("NCT05439486", "Non responder to Sildenafil were included", "non responder", "a person whose illness does not"),
    (
        "NCT02682511",
        "Have a diagnosis of systemic sclerosis sine scleroderma",
        "systemic sclerosis sine scleroderma",
        "a form of systemic sclerosis that harms inner organs without",
    ),
    ("NCT02620995", "Arterial hypertension stage I or II", "hypertension stage", "how high the blood pressure is"),
    ("NCT00179517", "has taken hormones, major tranquilizers or antidepressants", "major tranquilizers", "an old name"),
    (
        "NCT07247227",
        "including cytotoxic therapy, signal transduction inhibitors, immunotherapy",
        "signal transduction inhibitors",
        "cancer medicines that block the signals",
    ),
    ("NCT05883553", "Treatment naïve in the use of epithesis", "treatment naïve", "never used it before"),
    (
        "NCT06620835",
        "Tyrosine Kinase Inhibitor (TKI) treatment naive",
        "treatment naive",
        "never had the treatment named",
    ),
    ("NCT02856893", "EGFR TKI treatment-naïve eligible to receive", "treatment-naïve", "never had the treatment named"),
    ("-", "Treatment-naive patients with CLL", "treatment-naive", "never treated for this disease before"),
    ("NCT06038539", "HER2-targeted agents, and antitumor vaccines", "antitumor vaccines", "a treatment that trains"),
    (
        "NCT04601233",
        "HTLV1; or Venereal Disease Research Laboratory (VDRL).",
        "Venereal Disease Research Laboratory",
        "VDRL, a blood test for syphilis",
    ),
    (
        "NCT03986528",
        "Severe and uncontrolled organic lesion or infection, including but not limited to cardiopulmonary failure",
        "organic lesion",
        "a disease that damages an organ",
    ),
    # samples 28 and 31 (WRONG): no later EGFR pill named as the example of one the study may mean the first of
    (
        "NCT04204473",
        "progression while on first-line EGFR TKI",
        "EGFR TKI",
        "a targeted cancer pill that blocks EGFR, a",
    ),
    # sample 32 (WRONG): a gastric ulcer is the stomach's only; spondylitis beside fracture and tumor is not only the
    # stiff-spine arthritis
    ("NCT00405041", "History of gastric ulcer", "gastric ulcer", "a sore in the lining of the stomach"),
    ("NCT03924700", "Fracture, tumor, spondylitis", "spondylitis", "swelling of the bones of the spine"),
    # sample 30 (WRONG): "open pneumo-thorax" with only "thorax: the chest"
    ("NCT05439486", "open pneumo-thorax", "pneumo-thorax", "a collapsed lung"),
    # sample 28 (WRONG): an MS relapse is a flare-up; osimertinib is no first-generation EGFR pill; a CAR-T study's
    # conditioning is no transplant's
    ("NCT04601233", "Not in an intercurrent relapse.", "intercurrent relapse", "a flare-up"),
    ("-", "Multiple sclerosis relapse within 30 days of screening", "relapse", "a flare-up"),
    (
        "NCT03058094",
        "Radiological proven disease progression while on first generation EGFR TKIs.",
        "first generation EGFR TKIs",
        "the first targeted cancer pills that block EGFR, such as gefitinib",
    ),
    (
        "NCT05993949",
        "for six (6) months after receiving the preparative conditioning regimen.",
        "conditioning regimen",
        "strong treatment, such as chemotherapy, given just before a stem cell transplant or a cell therapy",
    ),
    # The trialgpt1 review (48 unseen studies, docs/eligibility-review/trialgpt1): terms its UNREADABLE rows found
    # unexplained
    ("NCT02534727", "Likely able to produce sputum samples while on study", "sputum", "mucus (phlegm) coughed up"),
    ("NCT02534727", "Available to provide at least 3 sputa over 2 or more days", "sputa", "mucus (phlegm) coughed up"),
    (
        "NCT00540072",
        "Auscultatory findings on pulmonary examination of rales and/or evidence of pulmonary consolidation (dullness "
        "to percussion, bronchial breath sounds, or egophony)",
        "rales",
        "crackling sounds in the lungs",
    ),
    (
        "NCT00540072",
        "Auscultatory findings on pulmonary examination of rales and/or evidence of pulmonary consolidation",
        "pulmonary consolidation",
        "a part of the lung filled with fluid or pus",
    ),
    ("NCT00540072", "Dyspnea or tachypnea", "tachypnea", "breathing faster than normal"),
    ("NCT02390596", "A chest radiograph suggestive of TB", "chest radiograph", "a chest X-ray"),
    (
        "NCT00540072",
        "Have a new pulmonary infiltrate on chest radiograph.",
        "pulmonary infiltrate",
        "a patch or shadow",
    ),
    (
        "NCT00557219",
        "Oliguria less than 0.5 ml/kg/hour for over 3 hours despite adequate blood volume and furosemide intravenously",
        "oliguria",
        "passing very little urine",
    ),
    (
        "NCT00557219",
        "At least 60 mg furosemide/12 hours iv to maintain diuresis more than 1 ml/kg/hour",
        "furosemide",
        "a strong water pill",
    ),
    (
        "NCT00557219",
        "At least 60 mg furosemide/12 hours iv to maintain diuresis more than 1 ml/kg/hour",
        "diuresis",
        "the making and passing of urine",
    ),
    (
        "NCT01550588",
        "Subjects who have had a cryptogenic stroke within the previous 3 months",
        "cryptogenic stroke",
        "a stroke whose cause",
    ),
    (
        "NCT01550588",
        "Subjects who have been diagnosed with a high-risk* Patent Foramen Ovale (PFO), echocardiographically verified",
        "patent foramen ovale",
        "a small opening between the heart's two upper chambers",
    ),
    ("NCT01550588", "Any identifiable cause of thromboembolic cause other than PFO", "PFO", "patent foramen ovale"),
    ("NCT01550588", "Subjects who could not undergo the TEE examination", "TEE", "transesophageal echocardiogram"),
    ("NCT00932425", "Source found by echocardiography (TEE not required)", "TEE", "transesophageal echocardiogram"),
    (
        "NCT01550588",
        "Subjects with significant atherosclerosis or dissection of the aorta, collagen vascular disease, arteritis",
        "arteritis",
        "swelling (inflammation) of the walls of arteries",
    ),
    ("NCT01550588", "Subjects with left ventricular aneurysm or akinesis", "akinesis", "a part of the heart wall"),
    ("NCT01869855", "Chronic subdural hematoma verified on cranial CT or MRI", "subdural hematoma", "a pool of blood"),
    (
        "NCT02534727",
        "Diagnosis of TB (and/or NTM for NIH clinical center subjects)",
        "NTM",
        "nontuberculous mycobacteria",
    ),
    (
        "NCT02534727",
        "Ongoing signs and/or symptoms of pulmonary TB (and/or NTM at the NIH CC)",
        "NIH CC",
        "the research hospital",
    ),
    (
        "NCT00170222",
        "Severe exacerbation that required mechanical ventilation.",
        "mechanical ventilation",
        "breathing with help from a machine",
    ),
    (
        "NCT00315042",
        "History of hypersensitivity or intolerance to macrolides, penicillins, or cephalosporins",
        "cephalosporins",
        "a group of antibiotics related to penicillin",
    ),
    (
        "NCT00540072",
        "Inability to tolerate ceftriaxone or history of allergy to beta-lactam antibiotics",
        "beta-lactam antibiotics",
        "a large group of antibiotics that includes penicillins",
    ),
    (
        "NCT00839124",
        "FEV1 of at least 80% of predicted and FEV1/FVC ratio of at least .70",
        "FEV1/FVC ratio",
        "the share of the air",
    ),
    (
        "NCT00839124",
        "FEV1 of at least 80% of predicted and FEV1/FVC ratio of at least .70",
        "predicted",
        "the value expected",
    ),
    ("NCT00839124", "Use of tricyclics and MAO inhibitors", "tricyclics", "an older kind of antidepressant"),
    ("NCT00839124", "Use of tricyclics and MAO inhibitors", "MAO inhibitors", "monoamine oxidase inhibitors"),
    # a change on the heart tracing, not low mood
    (
        "NCT00844987",
        "ST segment elevation or depression in ECG",
        "ST segment elevation or depression",
        "a part of the ECG heart tracing that sits too high or too low",
    ),
    ("NCT01139632", "ST segment deviation on ECG and/or", "ST segment deviation", "a part of the ECG heart tracing"),
    (
        "NCT01632319",
        "Having received CBT for depression and/or alcohol use in the previous 6 months.",
        "CBT",
        "cognitive behavioral therapy",
    ),
    ("NCT00277680", "Suspected or known adenomyosis", "adenomyosis", "a condition in which the lining of the womb"),
    ("NCT00277680", "Menorrhagia and/or bulk symptoms associated with uterine fibroids", "menorrhagia", "very heavy"),
    ("NCT01397994", "Patients not eligible for Tc 99m SPECT", "SPECT", "a scan that uses a small amount"),
    ("NCT01978834", "Measurement of hip BMD is not feasible", "BMD", "bone mineral density"),
    ("NCT02255487", "Damage control laparotomy", "damage control laparotomy", "a short emergency belly operation"),
    (
        "NCT02334514",
        "Patients who were treated with oseltamivir in the previous 6 months",
        "oseltamivir",
        "a medicine for the flu",
    ),
    ("NCT02390596", "Preterm and neonates, pregnancy", "neonates", "newborn babies"),
    (
        "NCT01526382",
        "The use of vasopressors to maintain a systolic blood pressure of at least 90mmHg despite fluid resuscitation",
        "vasopressors",
        "strong medicines given through a vein to raise very low blood pressure",
    ),
    (
        "NCT01526382",
        "neurologic dysfunction defined by confusion, psychosis, or a Glasgow coma scale score of at most 6; plasma "
        "lactate higher than the upper limit of the normal value",
        "lactate",
        "a substance in the blood that rises",
    ),
    (
        "NCT01526382",
        "The presence of acute decrease in PaO2/FIO2 to 200mmHg or lower",
        "PaO2/FIO2",
        "the blood's oxygen",
    ),
    ("NCT01526382", "Patients were moribund.", "moribund", "close to death"),
    (
        "NCT02418169",
        "Severe traumatic brain injury, GCS 8 or less and/or Craniofacial fracture",
        "GCS",
        "Glasgow Coma Scale",
    ),
    (
        "NCT01551498",
        "Having positive antibodies against thyroid peroxidase",
        "thyroid peroxidase",
        "a protein in the thyroid",
    ),
    (
        "NCT01551498",
        "Having sonographic evidence consistent with a diagnosis of Hashimoto's thyroiditis",
        "Hashimoto's thyroiditis",
        "a disease in which the immune system attacks the thyroid",
    ),
    (
        "NCT02532452",
        "Clinical status must allow tapering of steroids to less than 0.5mg/kg prednisone",
        "tapering",
        "lowering the dose",
    ),
    ("NCT02532452", "Infusion of ATG or alemtuzumab within 2 weeks of VST infusion", "ATG", "anti-thymocyte globulin"),
    ("NCT02532452", "Infusion of ATG or alemtuzumab within 2 weeks of VST infusion", "VST", "virus-specific T cells"),
    ("NCT02532452", "Must be able to receive CTL infusion in Cincinnati", "CTL", "cytotoxic T lymphocytes"),
    ("NCT02532452", "Active acute GVHD grades II-IV", "grades II-IV", "moderate to severe"),
    (
        "NCT02562040",
        "Centrally-scored polysomnogram (PSG) confirming an obstructive apnea index (OAI) less than 1/hour",
        "PSG",
        "polysomnogram: an overnight sleep test",
    ),
    ("NCT02562040", "Significant cardiac arrhythmia noted on PSG including:", "PSG", "polysomnogram"),
    (
        "NCT02562040",
        "Centrally-scored polysomnogram (PSG) confirming an obstructive apnea index (OAI) less than 1/hour",
        "OAI",
        "obstructive apnea index",
    ),
    (
        "NCT02562040",
        "Deemed to be a candidate for AT by otolaryngologist (ENT) evaluation",
        "AT",
        "adenotonsillectomy",
    ),
    ("NCT02562040", "Primary indication for AT is nocturnal obstructive symptoms", "AT", "adenotonsillectomy"),
    (
        "NCT02562040",
        "Deemed to be a candidate for AT by otolaryngologist (ENT) evaluation",
        "ENT",
        "ear, nose and throat",
    ),
    ("NCT01959048", "Confirmed diagnosis of severe CDAD as defined above", "CDAD", "Clostridioides difficile"),
    (
        "NCT01959048",
        "or clinical infection with other known enteric pathogens",
        "enteric pathogens",
        "germs that infect the gut",
    ),
    ("NCT02238756", "available for clinical F/U until the protocol-defined end of the trial", "F/U", "follow-up"),
    ("NCT02255487", "Estimated Abbreviated Injury Scale (AIS) score of six (6)", "AIS", "Abbreviated Injury Scale"),
    (
        "NCT02378311",
        "Sustained an injury or suspected to have sustained an injury (i.e. AIS at least 0)",
        "AIS",
        "Abbreviated Injury",
    ),
    ("NCT00843063", "Upper GIB or dyspepsia due to peptic ulcers / erosions", "GIB", "gastrointestinal bleeding"),
    ("NCT00843063", "Upper GIB or dyspepsia due to peptic ulcers / erosions", "dyspepsia", "indigestion"),
    ("NCT00843063", "more than 5 erosions in the stomach or duodenum", "erosions", "shallow sores"),
    ("NCT00843063", "Concurrent erosive or ulcerative esophagitis", "erosive", "wearing away the lining"),
    (
        "NCT00843063",
        "Concurrent erosive or ulcerative esophagitis",
        "ulcerative esophagitis",
        "esophagitis with open sores",
    ),
    (
        "NCT00149227",
        "Patients with IHD within 6 months after percutaneous coronary intervention (PCI)",
        "IHD",
        "ischemic heart",
    ),
    ("NCT00170222", "Acute exacerbation of COPD type I or II according to GOLD", "GOLD", "Global Initiative"),
    ("NCT00015626", "Obese patients (wt more than 95th percentile for age", "wt", "weight"),
    ("NCT00015626", "Obese patients (wt more than 95th percentile for age", "percentile", "a rank from 1 to 100"),
    (
        "NCT00540072",
        "Patients with Grade V pneumonia (based on Fine Score; Attachment 8).",
        "Fine Score",
        "the pneumonia",
    ),
    (
        "NCT00540072",
        "or patients with severe neutropenia (less than 200 PMN cells/mm3)",
        "PMN",
        "polymorphonuclear cells",
    ),
    (
        "NCT00540072",
        "Or more than 15% immature neutrophils (bands), regardless of total peripheral white count",
        "bands",
        "young",
    ),
    (
        "NCT00721006",
        "Limb ischemia with ABI of less than 0.7 in the index lower extremity",
        "ABI",
        "ankle-brachial index",
    ),
    ("NCT00721006", "Previous angiogenic therapy.", "angiogenic therapy", "treatment meant to grow new blood vessels"),
    (
        "NCT00315042",
        "Symptoms that collectively suggest nonstreptococcal T/P (eg, laryngitis, coryza)",
        "T/P",
        "tonsillitis",
    ),
    ("NCT00315042", "Uvular edema", "uvular", "of the uvula"),
    ("NCT00315042", "Cervical adenopathy", "cervical adenopathy", "swollen lymph nodes (glands) in the neck"),
    (
        "NCT00845988",
        "in a syndromal remission state at least for 2 months: CGI - BP at most 3",
        "CGI - BP",
        "Clinical Global",
    ),
    (
        "NCT02255487",
        "or has surrogate consent provided by a Legally Authorized Representative (LAR)",
        "surrogate",
        "a person",
    ),
    (
        "NCT01187901",
        "a clinical or genetic diagnosis of FAP or attenuated FAP.",
        "FAP",
        "familial adenomatous polyposis",
    ),
    (
        "NCT01187901",
        "a clinical or genetic diagnosis of FAP or attenuated FAP.",
        "attenuated FAP",
        "a milder form of FAP",
    ),
    (
        "NCT01745731",
        "Metastatic Disease subsidiary right hepatectomy extended to segment IV",
        "segment IV",
        "one of the 8",
    ),
    (
        "NCT01745731",
        "Patients with malignant ventricular arrhythmias or unstable angina.",
        "malignant ventricular arrhythmias",
        "dangerous",
    ),
    ("NCT02390596", "bilateral bulbar not exudative conjunctivitis", "bulbar", "on the white of the eye"),
    (
        "NCT02390596",
        "diameter at least 2,5 SD from the mean normalized for body surface area",
        "SD",
        "standard deviation",
    ),
    (
        "NCT02390596",
        "diameter at least 2,5 SD from the mean normalized for body surface area",
        "body surface area",
        "a measure of body size",
    ),
    (
        "NCT05798663",
        "Rash must cover less than 10% of body surface area (BSA).",
        "body surface area",
        "the whole area of your skin",
    ),
    (
        "NCT02390596",
        "Patients recently arrived less than 3 months from a country with high prevalence of TB",
        "prevalence",
        "how common",
    ),
    (
        "NCT02390596",
        "Patients with end stage renal disease: NKF stages at least 4",
        "NKF",
        "National Kidney Foundation",
    ),
    ("NCT02334514", "Anti viral treatment was indicated", "indicated", "medically advised"),
    (
        "NCT00777179",
        "Complete Response(CR), Partial Response (PR) or stable disease (SD) by RECIST.",
        "SD",
        "stable disease",
    ),
    (
        "NCT01139632",
        "Patients at intermediate risk for significant CAD was admitted to the hospital with the diagnosis of chest pain",
        "CAD",
        "coronary artery disease",
    ),
    (
        "NCT02264964",
        "With or will take arteriovenous fistula surgery in right arm.",
        "arteriovenous fistula",
        "a join made by surgery",
    ),
    (
        "-",
        "Dural arteriovenous fistula of the brain",
        "arteriovenous fistula",
        "an abnormal link between an artery and a vein",
    ),
    (
        "NCT00540072",
        "Female patients of childbearing potential MUST be nonpregnant, nonlactating",
        "nonlactating",
        "not breastfeeding",
    ),
    (
        "NCT00997100",
        "participation within 4 months or 5 half lives (whichever is longer)",
        "half lives",
        "the time it takes",
    ),
    (
        "NCT00843063",
        "Planned co-prescription of nonsteriodal anti-inflammatory drugs corticosteriod, or anticoagulant",
        "corticosteriod",
        "a steroid medicine",
    ),
    # The trialgpt2 review (28 unseen studies, docs/eligibility-review/trialgpt2): terms its UNREADABLE rows found
    # unexplained
    (
        "NCT00084240",
        "a.) Blood smears positive for Plasmodium falciparum asexual parasitemia between 1000 -100,000 parasites/mL",
        "Plasmodium falciparum",
        "the parasite that causes the most dangerous kind of malaria",
    ),
    (
        "NCT00084240",
        "a.) Blood smears positive for Plasmodium falciparum asexual parasitemia between 1000 -100,000 parasites/mL",
        "blood smears",
        "a drop of blood spread thin on a glass slide",
    ),
    (
        "NCT00084240",
        "a.) Blood smears positive for Plasmodium falciparum asexual parasitemia between 1000 -100,000 parasites/mL",
        "asexual parasitemia",
        "parasites in the blood",
    ),
    (
        "NCT00084240",
        "a.) Blood smears positive for Plasmodium falciparum asexual parasitemia between 1000 -100,000 parasites/mL",
        "parasites/mL",
        "parasites per milliliter",
    ),
    (
        "NCT00084240",
        "Positive rapid diagnostic test (Binax NOW ICT) for P. falciparum",
        "P. falciparum",
        "the parasite",
    ),
    (
        "NCT00084240",
        "Positive rapid diagnostic test (Binax NOW ICT) for P. falciparum",
        "rapid diagnostic test",
        "a quick test",
    ),
    (
        "NCT00084240",
        "f.) Parasite density more than 100,000 parasites/mL g.) Presence of non-falciparum species on microscopy",
        "parasite density",
        "how many parasites",
    ),
    (
        "NCT00084240",
        "f.) Parasite density more than 100,000 parasites/mL g.) Presence of non-falciparum species on microscopy",
        "non-falciparum species",
        "kinds of malaria parasite other than falciparum",
    ),
    (
        "NCT00084240",
        "f.) Parasite density more than 100,000 parasites/mL g.) Presence of non-falciparum species on microscopy",
        "microscopy",
        "looking at a sample under a microscope",
    ),
    (
        "NCT01562210",
        "Myelodysplastic syndrome/acute myeloid leukaemia or features suggestive of MDS/AML on peripheral blood smear.",
        "peripheral blood smear",
        "a drop of blood spread thin",
    ),
    ("NCT00180739", "Able to communicate sensations during the MRgFUS procedure", "MRgFUS", "MRI-guided focused"),
    ("NCT00180739", "Uterine size more than 20 weeks as evaluated by US or MR.", "US", "ultrasound"),
    (
        "NCT00180739",
        "Patients who are considered high risk pregnancy due to uterine factors (e.g. abnormal uterus, uterine scars, "
        "cerclage) except fibroids.",
        "cerclage",
        "a stitch put around the cervix",
    ),
    (
        "NCT00180739",
        "Patients with fibroid that is more than 50% sub-mucosal or with hysteroscopically resectable",
        "hysteroscopically",
        "with a thin camera",
    ),
    ("NCT00180739", "Evidence of uterine pathology other than leiomyoma", "leiomyoma", "a fibroid"),
    (
        "NCT00180739",
        "Subject with extensive abdominal scarring in an area of the abdomen directly anterior to the treatment area.",
        "anterior",
        "at or toward the front",
    ),
    (
        "NCT00180739",
        "Individuals who are not able or willing to tolerate the required prolonged stationary prone position during "
        "treatment (approximately 3 hours.)",
        "prone position",
        "lying face down",
    ),
    (
        "NCT00180739",
        "Documented myocardial infarction within 6 months of protocol entry",
        "protocol entry",
        "joining the study",
    ),
    (
        "NCT00180739",
        "Use or non use of non-steroidal treatments for excessive vaginal bleeding such as antifibrinolytic agents (e.g. "
        "Tranexamic acid)",
        "antifibrinolytic agents",
        "medicines that keep blood clots from breaking down",
    ),
    ("NCT01377519", "Fibroids accessible for focused ultrasound treatment", "focused ultrasound", "a treatment"),
    ("NCT00256529", "Patients aged 18-90 presenting with dysphagia or food impaction", "food impaction", "food stuck"),
    (
        "NCT00256529",
        "Ability to undergo esophagogastroduodenoscopy and biopsies",
        "esophagogastroduodenoscopy",
        "a look at the food pipe, stomach",
    ),
    (
        "NCT00256529",
        "No significant cardiopulmonary disease, or other contraindication to EGD",
        "EGD",
        "esophagogastroduodenoscopy",
    ),
    (
        "NCT00256529",
        "Contradiction to EGD and/or biopsies such as Boerhaave's syndrome, or history or bleeding disorder",
        "Boerhaave's syndrome",
        "a tear through the wall of the food pipe",
    ),
    (
        "NCT00282269",
        "Have a severe traumatic brain injury as defined by either a GCS at most 8 and an abnormal CT scan (intracranial "
        "hemorrhage, cerebral edema or diffuse axonal injury) or a motor score at most 3 and normal CT scan",
        "diffuse axonal injury",
        "widespread tearing of nerve fibers",
    ),
    (
        "NCT00282269",
        "Have a severe traumatic brain injury as defined by either a GCS at most 8 and an abnormal CT scan (intracranial "
        "hemorrhage, cerebral edema or diffuse axonal injury) or a motor score at most 3 and normal CT scan",
        "motor score",
        "the movement part of the Glasgow Coma Scale",
    ),
    ("NCT00282269", "Have fixed dilated pupils and GCS = 3", "fixed dilated pupils", "wide pupils"),
    (
        "NCT00282269",
        "Have proven cervical spinal cord injury",
        "cervical spinal cord injury",
        "damage to the spinal cord in the neck",
    ),
    (
        "NCT00282269",
        "Have an acute isolated epidural hematoma and are expected to recover rapidly after surgical removal",
        "epidural hematoma",
        "a pool of blood between the skull",
    ),
    ("NCT00534066", "Unstable angina or acute myocardial infarction in the ED", "ED", "emergency department"),
    ("NCT00534066", "Use of nesiritide as a therapy in the ED", "ED", "emergency department"),
    ("NCT00534066", "Use of nesiritide as a therapy in the ED", "nesiritide", "a heart failure medicine"),
    (
        "NCT00163709",
        "We plan to include all patients presenting to the ED with shortness of breath that are over 40 years old",
        "ED",
        "emergency department",
    ),
    (
        "NCT00703417",
        "Fractures of the proximal humerus and femur as well as the ankle and foot should have occurred after the onset "
        "of diabetes and should have been caused by a low energy trauma such as falling from standing height.",
        "proximal humerus",
        "the top end of the upper arm bone",
    ),
    (
        "NCT00703417",
        "Fractures of the proximal humerus and femur as well as the ankle and foot should have occurred after the onset "
        "of diabetes and should have been caused by a low energy trauma such as falling from standing height.",
        "femur",
        "the thigh bone",
    ),
    (
        "NCT00703417",
        "Fractures of the proximal humerus and femur as well as the ankle and foot should have occurred after the onset "
        "of diabetes and should have been caused by a low energy trauma such as falling from standing height.",
        "low energy trauma",
        "an injury from a small force",
    ),
    (
        "NCT00703417",
        "Severe neuropathic disease such as neurogenic osteoarthropathies (i.e., Charcot joints) of the foot",
        "neurogenic osteoarthropathies",
        "damage to bones and joints",
    ),
    (
        "NCT00703417",
        "Severe neuropathic disease such as neurogenic osteoarthropathies (i.e., Charcot joints) of the foot",
        "Charcot joints",
        "joints, most often in the foot",
    ),
    (
        "NCT00703417",
        "Pathological fractures of other origin, i.e., tumor, tumor-like lesions as well as focal demineralization "
        "visualized on radiographs",
        "focal demineralization",
        "a patch of bone that has lost minerals",
    ),
    (
        "NCT00703417",
        "History of fluoride, bisphosphonate, calcitonin or tamoxifen use",
        "fluoride",
        "a mineral; in large doses",
    ),
    (
        "NCT00703417",
        "History of fluoride, bisphosphonate, calcitonin or tamoxifen use",
        "calcitonin",
        "a hormone from the thyroid gland",
    ),
    (
        "NCT01160289",
        "Anabolic steroids, calcitonin, oral bisphosphonates, Vitamin D greater than 50,000 international units per week",
        "calcitonin",
        "a hormone from the thyroid gland",
    ),
    (
        "NCT00841789",
        "Prior treatment with any TNF alpha antagonist or steroid within 48 hours prior to initiation of IVIG",
        "TNF alpha antagonist",
        "medicines that block TNF",
    ),
    (
        "NCT00841789",
        "SLE, history of multiple sclerosis, transverse myelitis, optic neuritis, or chronic seizure disorder",
        "transverse myelitis",
        "swelling (inflammation) across a part of the spinal cord",
    ),
    (
        "NCT00841789",
        "SLE, history of multiple sclerosis, transverse myelitis, optic neuritis, or chronic seizure disorder",
        "optic neuritis",
        "swelling of the nerve that links the eye to the brain",
    ),
    (
        "NCT00841789",
        "Any mycobacterial disease or high risk factors for tuberculosis, such as family member with TB or taking INH",
        "INH",
        "isoniazid",
    ),
    ("NCT00880347", "VaD according to NINDS-AIREN criteria", "VaD", "vascular dementia"),
    (
        "NCT00880347",
        "VaD according to NINDS-AIREN criteria",
        "NINDS-AIREN criteria",
        "rules doctors use to diagnose vascular dementia",
    ),
    ("NCT00880347", "LBD according to McKeith's criteria", "LBD", "Lewy body dementia"),
    (
        "NCT00880347",
        "LBD according to McKeith's criteria",
        "McKeith's criteria",
        "rules doctors use to diagnose dementia with Lewy bodies",
    ),
    ("NCT00880347", "FTD according to Neary's or Lund & Manchester criteria", "FTD", "frontotemporal dementia"),
    (
        "NCT00880347",
        "FTD according to Neary's or Lund & Manchester criteria",
        "Neary's criteria",
        "rules doctors use to diagnose frontotemporal dementia",
    ),
    (
        "NCT00880347",
        "FTD according to Neary's or Lund & Manchester criteria",
        "Lund & Manchester criteria",
        "rules doctors use to diagnose frontotemporal dementia",
    ),
    ("NCT00880347", "PDD according to DSM-IV TR criteria [F02.x]", "PDD", "Parkinson's disease dementia"),
    (
        "NCT00880347",
        "Neurological exam without any particularities or without any specific focal signs likely to be related to other "
        "conditions than AD.",
        "focal signs",
        "signs in a nerve exam",
    ),
    (
        "NCT00880347",
        "Mixed dementia which is defined in this study as patients fulfilling DSM-IV TR criteria [F02.8] for dementia "
        "with multiple aetiologies focussing on dementia of Alzheimer type with secondary occurrence of vascular dementia.",
        "aetiologies",
        "the causes of a disease",
    ),
    (
        "NCT00880347",
        "Mixed dementia which is defined in this study as patients fulfilling DSM-IV TR criteria [F02.8] for dementia "
        "with multiple aetiologies focussing on dementia of Alzheimer type with secondary occurrence of vascular dementia.",
        "vascular dementia",
        "memory and thinking loss caused by damage to the brain's blood vessels",
    ),
    (
        "NCT00880347",
        "Diagnostic of Mild Cognitive Impairment defined by subjective complaints from the patient regarding memory "
        "and/or cognitive symptoms",
        "mild cognitive impairment",
        "memory or thinking problems greater than usual",
    ),
    (
        "NCT00880347",
        "Diagnostic of Mild Cognitive Impairment defined by subjective complaints from the patient regarding memory "
        "and/or cognitive symptoms",
        "subjective complaints",
        "problems a person notices and reports",
    ),
    (
        "NCT01519271",
        "Participants are capable of giving informed consent supported by not meeting Parkinson's disease Dementia "
        "criteria; this will be determined by study personnel.",
        "Parkinson's disease dementia",
        "memory and thinking loss",
    ),
    ("NCT01142245", "Confirmed ulcer bleeding with Forrest Ia, Ib, IIa, IIb", "Forrest class", "a grade of a bleeding"),
    (
        "NCT01142245",
        "Forrest II c, III (clear ulcer base/flat spot and no active bleeding, i.e., minimal risk for rebleeding)",
        "Forrest class",
        "a grade of a bleeding",
    ),
    (
        "NCT01142245",
        "Unsuccessful endoscopic treatment (i.e., injection and/or thermal coagulation for the initial bleeding)",
        "thermal coagulation",
        "sealing a bleeding spot with heat",
    ),
    (
        "NCT01142245",
        "Polytrauma, severe injury, unconsciousness, burns, or need for continuous artificial ventilation",
        "polytrauma",
        "several serious injuries",
    ),
    (
        "NCT01142245",
        "Polytrauma, severe injury, unconsciousness, burns, or need for continuous artificial ventilation",
        "artificial ventilation",
        "breathing with help from a machine",
    ),
    ("NCT01142245", "Upper GI malignancy or disseminated malignant disease", "disseminated", "spread widely"),
    ("NCT01142245", "A Mallory-Weiss lesion", "Mallory-Weiss lesion", "a tear in the lining"),
    (
        "NCT01142245",
        "Uses of PPI or H2RAs within 3 days of admission, including uses at Emergency Department",
        "H2RAs",
        "H2 receptor antagonists",
    ),
    (
        "NCT01197183",
        "Recently diagnosed hypothyroid subject (either during the inclusion period, or within the 6 previous months)",
        "hypothyroid",
        "having an underactive thyroid gland",
    ),
    (
        "NCT01197183",
        "pathology affecting the vital prognosis in the short-term",
        "vital prognosis",
        "the outlook for survival",
    ),
    (
        "NCT01207128",
        "The patient has a diagnosis of proven or probable invasive aspergillosis and with positive Aspergillus GM index "
        "(at least 0.5 ng/ml) provide the patient is not receiving antibiotics, such as piperacillin-tazobactam, that are "
        "known to cause false positive GMI",
        "GM index",
        "galactomannan index",
    ),
    (
        "NCT01207128",
        "The patient has a diagnosis of proven or probable invasive aspergillosis and with positive Aspergillus GM index "
        "(at least 0.5 ng/ml) provide the patient is not receiving antibiotics, such as piperacillin-tazobactam, that are "
        "known to cause false positive GMI",
        "GMI",
        "galactomannan index",
    ),
    (
        "NCT01207128",
        "The patient has a diagnosis of proven or probable invasive aspergillosis and with positive Aspergillus GM index "
        "(at least 0.5 ng/ml) provide the patient is not receiving antibiotics, such as piperacillin-tazobactam, that are "
        "known to cause false positive GMI",
        "false positive",
        "a test result that wrongly shows",
    ),
    (
        "NCT01207128",
        "The patient is on artificial ventilation, and unlikely to be extubated within 24 hours of study entry.",
        "extubated",
        "had the breathing tube taken out",
    ),
    (
        "NCT01207128",
        "The patient has an active microbiologically-documented deep infection due to a non-Aspergillus mold.",
        "microbiologically-documented",
        "proven by lab tests",
    ),
    (
        "NCT01207128",
        "only if able to receive oral voriconazole (specify oral loading dose is 6 mg/kg PO Q 12 hours for 24 hours)",
        "loading dose",
        "a larger first dose",
    ),
    (
        "NCT01207128",
        "only if able to receive oral voriconazole (specify oral loading dose is 6 mg/kg PO Q 12 hours for 24 hours)",
        "q 12 hours",
        "every 12 hours",
    ),
    (
        "NCT01255670",
        "Referring doctor suspects peritonsillar abscess",
        "peritonsillar abscess",
        "a pocket of pus next to a tonsil",
    ),
    (
        "NCT01255670",
        "Treatment of peritonsillar abscess requires in-patient care",
        "in-patient care",
        "care while staying in the hospital",
    ),
    (
        "NCT00315042",
        "abscess of the retropharynx, tonsil, or peritonsillar area",
        "peritonsillar",
        "next to a tonsil",
    ),
    (
        "NCT03118986",
        "Plan for inpatient admission from administration of first study drug dose",
        "inpatient",
        "staying in the hospital",
    ),
    (
        "NCT01308112",
        "Obstetric history suggestive of eclampsia or pre-eclampsia",
        "obstetric history",
        "your past pregnancies and births",
    ),
    ("NCT01308112", "Obstetric history suggestive of eclampsia or pre-eclampsia", "eclampsia", "seizures (fits)"),
    (
        "NCT01308112",
        "Obstetric history suggestive of eclampsia or pre-eclampsia",
        "pre-eclampsia",
        "high blood pressure with signs of organ damage",
    ),
    ("NCT06209411", "Diabetes or obstetrics physicians", "obstetrics", "the medical care of pregnancy"),
    (
        "NCT01624545",
        "CSH due to spontaneous spinal CSF fistula or meningeosis carcinomatosa",
        "meningeosis carcinomatosa",
        "cancer that has spread to the thin layers",
    ),
    ("NCT01935141", "Class 3 or 4 Congestive Heart Failure", "heart failure class", "a 1 to 4 grade"),
    ("NCT00512707", "Congestive heart failure with class III or IV symptoms", "heart failure class", "a 1 to 4 grade"),
    (
        "NCT02227251",
        "Congestive heart failure of New York Heart Association Class ≥3, or (iv) Myocardial infarction",
        "heart failure class",
        "a 1 to 4 grade",
    ),
    ("NCT01935141", "History of contrast allergy", "contrast allergy", "an allergy to the dye (contrast)"),
    (
        "NCT02097186",
        "Patients undergoing endovascular abdominal aneurysm repair",
        "endovascular",
        "done from inside a blood vessel",
    ),
    (
        "NCT02097186",
        "Patients undergoing surgical lower limb revascularisation (suprainguinal or infrainguinal)",
        "suprainguinal",
        "above the groin",
    ),
    (
        "NCT02097186",
        "Patients undergoing surgical lower limb revascularisation (suprainguinal or infrainguinal)",
        "infrainguinal",
        "below the groin",
    ),
    (
        "NCT02105714",
        "Individuals with clinical jaundice (assessed by direct observation of the conjunctivae).",
        "conjunctivae",
        "the thin clear layers over the whites of the eyes",
    ),
    (
        "NCT02105714",
        "Individuals who do not meet the inclusion criteria for being a case or control (e.g. people with acute "
        "diarrhoea).",
        "case or control",
        "in studies that compare groups",
    ),
    (
        "NCT02105714",
        "Individuals who do not meet the inclusion criteria for being a case or control (e.g. people with acute "
        "diarrhoea).",
        "inclusion criteria",
        "the rules a person must meet",
    ),
    (
        "NCT02105714",
        "localized or diffuse abdominal pain lasting for at least 2 weeks, with possible intermittence/recurrence",
        "intermittence",
        "coming and going",
    ),
    ("NCT02264769", "Term pregnancy", "term pregnancy", "a pregnancy of at least 37 weeks"),
    (
        "NCT02264769",
        "Conditions that predispose to uterine atony and postpartum hemorrhage, such as placenta previa, multiple "
        "gestation, preeclampsia, eclampsia, macrosomia, polyhydramnios, uterine fibroids",
        "uterine atony",
        "the womb does not tighten enough after birth",
    ),
    (
        "NCT02264769",
        "Conditions that predispose to uterine atony and postpartum hemorrhage, such as placenta previa, multiple "
        "gestation, preeclampsia, eclampsia, macrosomia, polyhydramnios, uterine fibroids",
        "placenta previa",
        "the placenta (afterbirth) lies low",
    ),
    (
        "NCT02264769",
        "Conditions that predispose to uterine atony and postpartum hemorrhage, such as placenta previa, multiple "
        "gestation, preeclampsia, eclampsia, macrosomia, polyhydramnios, uterine fibroids",
        "multiple gestation",
        "being pregnant with more than one baby",
    ),
    (
        "NCT02264769",
        "Conditions that predispose to uterine atony and postpartum hemorrhage, such as placenta previa, multiple "
        "gestation, preeclampsia, eclampsia, macrosomia, polyhydramnios, uterine fibroids",
        "preeclampsia",
        "high blood pressure with signs of organ damage",
    ),
    (
        "NCT02264769",
        "Conditions that predispose to uterine atony and postpartum hemorrhage, such as placenta previa, multiple "
        "gestation, preeclampsia, eclampsia, macrosomia, polyhydramnios, uterine fibroids",
        "macrosomia",
        "a baby much bigger than average",
    ),
    (
        "NCT02264769",
        "Conditions that predispose to uterine atony and postpartum hemorrhage, such as placenta previa, multiple "
        "gestation, preeclampsia, eclampsia, macrosomia, polyhydramnios, uterine fibroids",
        "polyhydramnios",
        "too much fluid around the baby",
    ),
    (
        "NCT02374814",
        "Previous history of receiving rabies immune globulin.",
        "rabies immune globulin",
        "antibodies against rabies",
    ),
    (
        "NCT02467309",
        "Turbid appearance; B.leukocytosis (more than 100 cells/mm3)",
        "turbid",
        "cloudy, not clear",
    ),
    (
        "NCT02467309",
        "identifying (i.e. by Gram stain or antigen detection methods) a bacterial pathogen (Hib, pneumococcus or "
        "meningococcus) in the cerebrospinal fluid",
        "Gram stain",
        "a lab test that colors germs",
    ),
    (
        "NCT02467309",
        "identifying (i.e. by Gram stain or antigen detection methods) a bacterial pathogen (Hib, pneumococcus or "
        "meningococcus) in the cerebrospinal fluid",
        "antigen detection",
        "lab tests that find parts of a germ",
    ),
    (
        "NCT02467309",
        "identifying (i.e. by Gram stain or antigen detection methods) a bacterial pathogen (Hib, pneumococcus or "
        "meningococcus) in the cerebrospinal fluid",
        "Hib",
        "Haemophilus influenzae type b",
    ),
    (
        "NCT02467309",
        "identifying (i.e. by Gram stain or antigen detection methods) a bacterial pathogen (Hib, pneumococcus or "
        "meningococcus) in the cerebrospinal fluid",
        "pneumococcus",
        "a common germ that can cause pneumonia",
    ),
    (
        "NCT02509286",
        "Tumors of squamous or other non-adenocarcinoma histology",
        "non-adenocarcinoma histology",
        "a cancer whose cells",
    ),
    (
        "NCT02512159",
        "Patients with cutaneous leg ulcers due to diabetes mellitus, venous stasis and arterial insufficiency requiring "
        "healing or tissue debrided",
        "venous stasis",
        "blood pooling in the leg veins",
    ),
    (
        "NCT02512159",
        "Patients with cutaneous leg ulcers due to diabetes mellitus, venous stasis and arterial insufficiency requiring "
        "healing or tissue debrided",
        "arterial insufficiency",
        "too little blood flow through the arteries",
    ),
    (
        "NCT02512159",
        "Patients with cutaneous leg ulcers due to diabetes mellitus, venous stasis and arterial insufficiency requiring "
        "healing or tissue debrided",
        "debrided",
        "with dead or infected tissue cleaned away",
    ),
    # not the heart muscle's "insufficiency", which "heart disease" near it would give
    (
        "NCT02512159",
        "Patients with comorbidities associated as Diabetes Mellitus, Hypertension, stroke, heart disease, nephropathy, "
        "venous insufficiency and arterial insufficiency, etc.",
        "venous insufficiency",
        "the leg veins do not carry blood back",
    ),
    (
        "NCT02512159",
        "Patients that have basic laboratory at admission (complete blood count with differential).",
        "complete blood count with differential",
        "a blood test that counts red cells, white cells and platelets, and each kind",
    ),
    (
        "NCT04969666",
        "Clinically significant abnormal laboratory results (including hepatic and renal panels, complete blood count, "
        "chemistry panel and urinalysis)",
        "complete blood count",
        "a blood test that counts",
    ),
    ("NCT02512159", "Patients with cutaneous ulcer leishmania, insect bite.", "leishmania", "a tiny parasite"),
    ("NCT02633449", "Unipolar major depressive disorder", "unipolar", "with depression only"),
    (
        "NCT02633449",
        "Treatment with electroconvulsive therapy (lifetime)",
        "electroconvulsive therapy",
        "a treatment for severe depression",
    ),
    # The ctparser1 review (20 unseen studies, docs/eligibility-review/ctparser1): terms its UNREADABLE rows found
    # unexplained
    ("NCT04341389", "History of SARS", "SARS", "severe acute respiratory syndrome"),
    ("NCT04344080", "Indication for CRRT or ECMO", "CRRT", "continuous renal replacement therapy"),
    ("NCT04344080", "Indication for CRRT or ECMO", "ECMO", "extracorporeal membrane oxygenation"),
    (
        "NCT04346355",
        "Real time polymerase chain reaction (PCR) diagnosis of Sars-CoV2 infection",
        "SARS-CoV-2",
        "the virus that causes COVID-19",
    ),
    (
        "NCT05833815",
        "examples of live vaccines include intranasal influenza, measles, mumps, rubella, oral polio, BCG, yellow "
        "fever, varicella and TY21a typhoid, SARS CoV2 vaccines",
        "SARS-CoV-2",
        "the virus that causes COVID-19",
    ),
    (
        "NCT04340050",
        "Of note, eIND application for each recipient subject will need to be approved before administration of "
        "convalescent plasma",
        "eIND",
        "emergency investigational new drug application",
    ),
    (
        "NCT04340050",
        "Of note, eIND application for each recipient subject will need to be approved before administration of "
        "convalescent plasma",
        "convalescent plasma",
        "the liquid part of blood from people who have recovered",
    ),
    (
        "NCT04340050",
        "Life-threatening defined as respiratory failure, septic shock, and/or multiple organ dysfunction or failure.",
        "septic shock",
        "a life-threatening drop in blood pressure",
    ),
    ("NCT04340050", "Receipt of pooled immunoglobulin in past 30 days", "pooled immunoglobulin", "antibodies gathered"),
    (
        "NCT04342182",
        "Written informed consent regarding the plasmapheresis procedure",
        "plasmapheresis",
        "a procedure that separates the plasma",
    ),
    ("NCT04344015", "Inadequate venous access for phlebotomy", "phlebotomy", "taking blood from a vein"),
    (
        "NCT04344444",
        "Oxygen saturation of more than 94% on room air with defined risk factors (Table 1) consistent with moderate "
        "disease",
        "room air",
        "ordinary air, without extra oxygen",
    ),
    (
        "NCT04344444",
        "Positive SARS-CoV-2 testing or consistent clinical syndrome (based on clinical picture e.g. characteristic "
        "infiltrates on chest x-ray, laboratory findings, and with agreement by two physicians) in patients under "
        "investigation (PUIs).",
        "PUIs",
        "patients under investigation: people who may have an infection",
    ),
    (
        "-",
        "Patients under investigation for COVID-19 infection",
        "patients under investigation",
        "people who may have an infection",
    ),
    (
        "NCT04344951",
        "Positive respiratory secretion test for SARS-CoV-2 virus by molecular techniques or positive blood IgM "
        "titers.",
        "respiratory secretion",
        "mucus and fluid from the nose, throat or lungs",
    ),
    (
        "NCT04344951",
        "Positive respiratory secretion test for SARS-CoV-2 virus by molecular techniques or positive blood IgM "
        "titers.",
        "IgM titers",
        "how much IgM antibody is in the blood",
    ),
    ("-", "Positive IgG titres against measles", "IgG titres", "how much IgG antibody is in the blood"),
    (
        "NCT04272125",
        "Subjects with positive HBsAg or HBcAb positive and peripheral blood HBV DNA titer is higher than the lower "
        "limit "
        "of detection of the research institution",
        "titer",
        "how much of an antibody, or of a germ",
    ),
    (
        "NCT04341389",
        "Hereditary angioneurotic edema or acquired angioneurotic edema",
        "angioneurotic edema",
        "angioedema: attacks of swelling",
    ),
    (
        "NCT04341389",
        "Prior administration of immunodepressant or corticosteroids, antianaphylaxis treatment, cytotoxic treatment "
        "in "
        "last 6 months.",
        "immunodepressant",
        "medicines that weaken the immune system",
    ),
    (
        "NCT04341389",
        "Prior administration of immunodepressant or corticosteroids, antianaphylaxis treatment, cytotoxic treatment "
        "in "
        "last 6 months.",
        "antianaphylaxis treatment",
        "treatment for allergic reactions",
    ),
    (
        "NCT04346355",
        "Patient being treated with immuno-depressors or anti-rejection drugs",
        "immuno-depressors",
        "medicines that weaken the immune system",
    ),
    (
        "NCT04346355",
        "Patients in invasive ventilation or presence of shock or presence of concomitant organ failure that requires "
        "admission to the Intensive Care Unit",
        "shock",
        "a life-threatening state in which blood pressure is so low",
    ),
    (
        "NCT04346355",
        "Patients in invasive ventilation or presence of shock or presence of concomitant organ failure that requires "
        "admission to the Intensive Care Unit",
        "invasive ventilation",
        "breathing with a machine through a tube",
    ),
    (
        "NCT04346355",
        "Patients in non-invasive ventilation",
        "non-invasive ventilation",
        "breathing help from a machine through a tight face mask",
    ),
    (
        "NCT04344080",
        "Refractory shock with need for norepinephrine at least 0.2 μg/kg/min for MAP at least 65 mmHg",
        "norepinephrine",
        "a body chemical that raises blood pressure",
    ),
    (
        "NCT04344080",
        "Refractory shock with need for norepinephrine at least 0.2 μg/kg/min for MAP at least 65 mmHg",
        "MAP",
        "mean arterial pressure",
    ),
    ("NCT04344080", "IL6 at least 500 ng/l", "IL6", "interleukin-6: a protein the body makes during inflammation"),
    ("-", "Raised interleukin-6 in the blood", "interleukin-6", "a protein the body makes during inflammation"),
    (
        "NCT04344080",
        '"do not resuscitate"-order',
        "do not resuscitate",
        "an instruction that doctors should not try to restart the heart",
    ),
    ("-", "Patients with a DNR order", "DNR", "do not resuscitate: an order"),
    (
        "NCT04346355",
        "Presence of acute respiratory distress syndrome with arterial partial pressure of oxygen / fraction of "
        "inspired "
        "oxygen (PaO2 / FiO2) between 200 and 300 mm/Hg",
        "acute respiratory distress syndrome",
        "a sudden, serious lung failure",
    ),
    (
        "NCT04346355",
        "Patients with respiratory distress syndrome with arterial partial pressure of oxygen / fraction of inspired "
        "oxygen (PaO2 / FiO2) less than 200 mm/Hg",
        "respiratory distress syndrome",
        "a sudden, serious lung failure",
    ),
    (
        "NCT04343989",
        "Evidence of irreversible injury deemed non-survivable even if the pulmonary failure recovers (for example "
        "severe anoxic brain injury)",
        "anoxic brain injury",
        "brain damage from a lack of oxygen",
    ),
    ("NCT04346355", "CRP increase of at least twice the basal value", "basal value", "the level at the start"),
    (
        "NCT04346355",
        "Neutrophils less than 500 /mmc",
        "/mmc",
        "per cubic millimeter: how many cells are in a tiny drop of blood",
    ),
    (
        "NCT04346355",
        "Platelets less than 50.000 /mmc",
        "/mmc",
        "per cubic millimeter: how many cells are in a tiny drop of blood",
    ),
    (
        "-",
        "CSF white cells more than 100 /mmc",
        "/mmc",
        "per cubic millimeter: how many cells are in a tiny drop of the fluid tested",
    ),
    (
        "NCT04347252",
        "Healthy, fasting glucose values less than 6 mM, A1c less than 6%, and no first degree family members with "
        "T2DM.",
        "mM",
        "millimolar",
    ),
    (
        "NCT04347252",
        "Healthy, fasting glucose values less than 6 mM, A1c less than 6%, and no first degree family members with "
        "T2DM.",
        "first degree family members",
        "parents, brothers, sisters or children",
    ),
    (
        "NCT04347252",
        "Active infectious, malignant or inflammatory conditions; unstable angina or uncompensated heart failure; "
        "pulmonary disorders including COPD and asthma; malabsorptive GI disease",
        "uncompensated",
        "no longer held in check",
    ),
    (
        "NCT04347252",
        "Active infectious, malignant or inflammatory conditions; unstable angina or uncompensated heart failure; "
        "pulmonary disorders including COPD and asthma; malabsorptive GI disease",
        "malabsorptive",
        "causing the gut to take in food and nutrients poorly",
    ),
    (
        "NCT04347252",
        "Subjects will be excluded if they require daily medications that alter glucose metabolism or GI function "
        "(glucocorticoids, psychotropics, narcotics, metoclopramide).",
        "psychotropics",
        "medicines that act on the mind",
    ),
    ("NCT04342182", "Known ABO-Resus (D) blood group", "ABO", "the main way of sorting blood into groups"),
    ("NCT04342182", "Known ABO-Resus (D) blood group", "Rhesus (D)", "a blood factor"),
    ("-", "Rhesus negative mothers", "Rhesus", "a blood factor"),
    ("-", "Prior tocilizumab (TCZ) or other IL-6 blockers", "TCZ", "tocilizumab"),
    (
        "NCT04340557",
        "Severe allergy to any ARB or ACE-inhibitor, including angioedema",
        "ACE-inhibitor",
        "medicines that lower blood pressure",
    ),
    (
        "NCT04342793",
        "Patients show presence of hepatic fat fraction as defined by at least 8% on MRI-PDFF and liver stiffness as "
        "defined by at least 2.5 kPa on MRE at Screening",
        "hepatic fat fraction",
        "how much of the liver is fat",
    ),
    (
        "NCT04342793",
        "Patients show presence of hepatic fat fraction as defined by at least 8% on MRI-PDFF and liver stiffness as "
        "defined by at least 2.5 kPa on MRE at Screening",
        "MRI-PDFF",
        "MRI proton density fat fraction",
    ),
    (
        "NCT04342793",
        "Patients show presence of hepatic fat fraction as defined by at least 8% on MRI-PDFF and liver stiffness as "
        "defined by at least 2.5 kPa on MRE at Screening",
        "MRE",
        "magnetic resonance elastography",
    ),
    ("NCT04344847", "Patients with hiatus hernia", "hiatus hernia", "part of the stomach pushes up"),
    ("NCT04348006", "Smoldering MM", "smoldering MM", "an early form of multiple myeloma"),
    (
        "NCT04348032",
        "Initial platinum-resistant relapse, the recurrence time was less than 6 months after the last chemotherapy.",
        "platinum-resistant",
        "a cancer that came back or grew soon after platinum chemotherapy",
    ),
    (
        "-",
        "Platinum-sensitive recurrent ovarian cancer",
        "platinum-sensitive",
        "a cancer that came back a good while after platinum chemotherapy",
    ),
    (
        "NCT04348032",
        "In the previous treatment, there was no antivascular targeted therapy",
        "antivascular",
        "aimed at the blood vessels that feed a tumor",
    ),
    # Units and hospital terms readers found unexplained (ctparser1 and earlier readings): units written after a number,
    # in the sense the records use them
    (
        "NCT04343989",
        "PLUS 2 or more of the following predictors for severe disease: CRP more than 35 mg/L; Ferritin more than 500 "
        "ng/mL D-dimer more than 1 mcg/L Neutrophil-Lymphocyte Ratio more than 4",
        "mg/L",
        "milligrams per liter, a unit for how much of a substance is in the blood",
    ),
    (
        "NCT04343989",
        "PLUS 2 or more of the following predictors for severe disease: CRP more than 35 mg/L; Ferritin more than 500 "
        "ng/mL D-dimer more than 1 mcg/L Neutrophil-Lymphocyte Ratio more than 4",
        "mcg/L",
        "micrograms per liter, a unit for tiny amounts of a substance in the blood",
    ),
    (
        "NCT05552976",
        "Serum free light chain levels more than 100 mg/liter (L) (10 mg/dL) involved light chain",
        "mg/liter",
        "milligrams per liter",
    ),
    (
        "NCT04861194",
        "High-risk prostate cancer according to NCCN risk categories (T3a or Gleason score 8-10 or PSA more than 20 µg/L)",
        "µg/L",
        "micrograms per liter",
    ),
    (
        "NCT05348876",
        "Your PSA is at least 1.0 ng/mL, measured at your first study visit (1.0 μg/L).",
        "μg/L",
        "micrograms per liter",
    ),
    ("NCT04344080", "IL6 at least 500 ng/l", "ng/l", "nanograms per liter, a unit for very tiny amounts"),
    (
        "NCT04344080",
        "Refractory shock with need for norepinephrine at least 0.2 μg/kg/min for MAP at least 65 mmHg",
        "μg/kg/min",
        "micrograms of a medicine for each kilogram of body weight, each minute: the dose rate of a drip",
    ),
    (
        "NCT01526382",
        "The use of vasopressors to maintain a systolic blood pressure of at least 90mmHg despite fluid resuscitation, "
        "low dose of dopamine (at most 5 μg/kg per minute), or dobutamine",
        "μg/kg",
        "micrograms (millionths of a gram) of a medicine for each kilogram of body weight",
    ),
    (
        "NCT04340557",
        "You have mild to moderate lung disease, defined by oxygen requirement of at least 2 L/min to maintain oxygen "
        "saturation level at least 92%.",
        "L/min",
        "liters per minute: here, how much extra oxygen is given each minute",
    ),
    (
        "NCT03633708",
        "Dialysate Ca level at least 2.5 mEq/L during screening for at least 4 weeks prior to screening",
        "mEq/L",
        "milliequivalents per liter, a unit for how much of a mineral, such as calcium, is in the fluid used for "
        "dialysis",
    ),
    (
        "NCT03165734",
        "other factors that increase the risk for QT interval prolongation (eg, hypokalemia [defined as serum potassium "
        "less than 3.0 mEq/L that is persistent and refractory to correction]",
        "mEq/L",
        "milliequivalents per liter, a unit for how much of a mineral, such as potassium or calcium, is in the blood",
    ),
    (
        "NCT06268873",
        "Urine albumin creatinine ratio more than 200 mg/g (22.6 mg/mmol) and less than 5000 mg/g (565 mg/mmol) at "
        "screening",
        "mg/g",
        "milligrams per gram: in a urine test, how much protein there is for each gram of creatinine",
    ),
    (
        "NCT06268873",
        "Urine albumin creatinine ratio more than 200 mg/g (22.6 mg/mmol) and less than 5000 mg/g (565 mg/mmol) at "
        "screening",
        "mg/mmol",
        "milligrams per millimole: in a urine test",
    ),
    ("NCT06383390", "Have UACR more than 5000 mg/g (5.000 mg/mg) at screening", "mg/mg", "milligrams per milligram"),
    (
        "NCT02513394",
        "Your neutrophil count is at least 1,500/µL.",
        "/µL",
        "per microliter: how many cells are in a tiny drop (a millionth of a liter) of blood",
    ),
    ("NCT03102398", "Your platelet count is less than 75,000/μL.", "/μL", "per microliter: how many cells"),
    ("NCT05833815", "Your neutrophil count is at least 1500/uL.", "/uL", "per microliter: how many cells"),
    ("NCT05773092", "Your platelet count is at least 100,000/mcL.", "/mcL", "per microliter: how many cells"),
    ("NCT05798663", "WBC counts more than 2500/ µ L", "/ µ L", "per microliter: how many cells"),
    (
        "NCT05296798",
        "Individuals who are HIV positive are eligible provided they are stable on anti-retroviral therapy for at least "
        "4 weeks, have a CD4 count at least 350 cells/uL",
        "cells/uL",
        "per microliter: how many cells are in a tiny drop (a millionth of a liter) of blood",
    ),
    ("NCT05348876", "Your CD4 count is less than 350 cells/μL.", "cells/μL", "per microliter: how many cells"),
    (
        "NCT05507827",
        "Hyperleukocytosis (at least 50,000 blasts/μL) or rapidly progressive disease",
        "/μL",
        "per microliter: how many cells",
    ),
    (
        "-",
        "CSF white cell count more than 5 cells/µL",
        "cells/µL",
        "per microliter: how many cells are in a tiny drop (a millionth of a liter) of the fluid tested, here the spinal",
    ),
    (
        "NCT03799601",
        "PLT at least 80×10^9/L;(2)Biochemical examinations must meet the following criteria",
        "10^9/L",
        "billions per liter: how many cells are in 1 liter of blood",
    ),
    ("NCT04502875", "Thrombopenia less than 100 x 10⁹ / L.", "10⁹ / L", "billions per liter"),
    (
        "NCT04267848",
        "Your platelet count is at least 100,000/mm^3.",
        "/mm^3",
        "per cubic millimeter: how many cells are in a tiny drop of blood",
    ),
    (
        "NCT06737822",
        "Haematological: Haemoglobin more than 9gm/dl, ANC at least 1500/cmm3, Platelet at least 100000/cmm3",
        "/cmm3",
        "per cubic millimeter: how many cells are in a tiny drop of blood",
    ),
    (
        "-",
        "CSF pleocytosis of more than 10 cells/mm^3",
        "cells/mm^3",
        "per cubic millimeter: how many cells are in a tiny drop of the fluid tested, here the spinal fluid",
    ),
    (
        "NCT02387086",
        "within one week prior to randomization: absolute neutrophil count more than 1,500/mL platelets more than "
        "100,000/mL total bilirubin: within normal institutional limits",
        "/mL",
        "per milliliter: how many cells are in a milliliter",
    ),
    (
        "NCT06761586",
        "Note: Concomitant use of low-dose prednisone (up to 10 mg/day) is allowed.",
        "mg/day",
        "milligrams a day: how much of a medicine is taken each day",
    ),
    (
        "NCT03830164",
        "Not currently taking high dose statin therapy, defined as rosuvastatin more than 10 mg/d or atorvastatin more "
        "than 40 mg/d",
        "mg/d",
        "milligrams a day",
    ),
    (
        "NCT01738087",
        "Asthmatic patients already treated with low daily doses of Inhaled Corticosteroids (ICS) (eg budesonide or "
        "equivalent lower than 400 mcg/day)",
        "mcg/day",
        "micrograms (millionths of a gram) a day",
    ),
    (
        "NCT05813288",
        "medium or high dose inhaled corticosteroids (ICS at least 500 μg/day fluticasone propionate dry powder "
        "formulation daily",
        "μg/day",
        "micrograms (millionths of a gram) a day",
    ),
    (
        "NCT05739630",
        "Previously received doxorubicin or other anthracycline therapy, the total cumulative dose of doxorubicin at "
        "least 360 mg/m2.",
        "mg/m2",
        "milligrams for each square meter of body surface",
    ),
    (
        "NCT04350125",
        "IIEF-EF, EHS, SEP 2+3, and GAQ Domain score of 17-20 Mild to moderate vascular erectile dysfunction: PSV more "
        "than 25 cm/sec",
        "cm/sec",
        "centimeters per second: how fast blood flows in a blood vessel",
    ),
    ("NCT06350019", "Cases with PSV less than 25 cm/s in PCDU", "cm/s", "centimeters per second"),
    (
        "NCT05316428",
        "Unable to consume alcohol according to 0.5 g/kg (body weight)",
        "g/kg",
        "grams for each kilogram of body weight",
    ),
    (
        "NCT04912596",
        "Airway responsiveness to methacholine demonstrated by a pre-albuterol-dose (baseline) PC20 at most 8 mg/mL.",
        "mg/mL",
        "milligrams per milliliter: here, how much of the breathing-test chemical (methacholine)",
    ),
    (
        "NCT00244023",
        "Renal insufficiency defined as receiving renal dialysis, having a creatinine clearance less than 30 ml/mn, or "
        "serum creatinine more than 30 mg/ml",
        "mg/ml",
        "milligrams per milliliter, a unit for how much of a substance is in the blood",
    ),
    (
        "NCT00244023",
        "Renal insufficiency defined as receiving renal dialysis, having a creatinine clearance less than 30 ml/mn, or "
        "serum creatinine more than 30 mg/ml",
        "ml/mn",
        "milliliters per minute, the unit for how fast the kidneys clean the blood",
    ),
    (
        "NCT05348876",
        "Presenting with a viral load of more than 400 copies/mL prior to enrollment",
        "copies/mL",
        "copies of a virus's genes in each milliliter of blood",
    ),
    (
        "NCT05282459",
        "Your creatinine clearance is more than 30 mL/minute, worked out with the Cockcroft-Gault formula.",
        "mL/minute",
        "milliliters per minute, the unit for how fast the kidneys clean the blood",
    ),
    (
        "NCT00843063",
        "Renal failure with estimated creatinine clearance less than 10 ml / min",
        "ml / min",
        "milliliters per minute",
    ),
    (
        "NCT00955929",
        "Calculated creatinine clearance using the 4 variable MDRD equation based on serum creatinine, age, race, and "
        "gender of more than 60 cc/min",
        "cc/min",
        "cubic centimeters (milliliters) per minute, the unit for how fast the kidneys clean the blood",
    ),
    (
        "NCT05955001",
        "Peak urinary flow rate (Qmax) less than 15 ml/sec.",
        "ml/sec",
        "milliliters per second: here, how fast urine flows out",
    ),
    (
        "NCT01866995",
        "Pathological changes on uroflowmetry (maximum flow rate of less than 15 ml / s, average urinary flow rate of "
        "less than 12 ml / sec)",
        "ml / s",
        "milliliters per second: here, how fast urine flows out",
    ),
    (
        "NCT05097287",
        "FeNO at least 35 ppb at Visit 2, prior to randomization.",
        "ppb",
        "parts per billion: a unit for tiny amounts of a gas; here, nitric oxide in the breath",
    ),
    (
        "NCT02943356",
        "Voluntarily one want to treatment with Tadalafil 5 mg daily",
        "mg",
        "milligrams: thousandths of a gram",
    ),
    (
        "NCT04008732",
        "Donation or receipt of at least 450 mL of blood within 3 months before the first dose of IMP.",
        "mL",
        "milliliters: thousandths of a liter",
    ),
    ("NCT02916693", "Post void residual greater than 150 ml", "ml", "milliliters: thousandths of a liter"),
    (
        "NCT03830788",
        "Contraindication for prostate Iodine 125 brachytherapy (Prostate volume more than 50 cc, impossibility if "
        "general anesthesia).",
        "cc",
        "cubic centimeters: the same as milliliters",
    ),
    ("NCT06716424", "Basal insulin dose more than 50 U at screening", "U", "units: a set amount of a medicine"),
    (
        "NCT03142542",
        "Your creatinine is at least 2.5 mg / dl.",
        "mg / dl",
        "milligrams per deciliter, a unit for how much of a substance is in the blood",
    ),
    ("NCT00817830", "Your hemoglobin is less than 10 g / dL.", "g / dL", "grams per deciliter"),
    ("NCT05208814", "Subjects who have renal insufficiency with renal anemia, Hb less than 80 g / L", "g / L", "grams"),
    ("NCT02514629", "Your PSA is more than 4 ng / ml.", "ng / ml", "nanograms per milliliter"),
    (
        "NCT04363918",
        "You have low testosterone. This means your testosterone is less than 300 ng/ dl.",
        "ng/ dl",
        "nanograms per deciliter",
    ),
    ("NCT01321489", "TGP: up to 40 U / L", "U / L", "units per liter, a unit for how active an enzyme is"),
    ("NCT04267848", "Your hemoglobin is at least 8 gm/dl.", "gm/dl", "grams per deciliter"),
    ("NCT01526382", "Your heart rate is at least 90/min.", "/min", "per minute: how many times something happens"),
    ("NCT01600066", "Apnea-hypopnea-index more than 30/h", "/h", "per hour: how many times something happens"),
    (
        "NCT02562040",
        "Centrally-scored polysomnogram (PSG) confirming an obstructive apnea index (OAI) less than 1/hour",
        "/hour",
        "per hour",
    ),
    # ... and hospital terms
    (
        "NCT04344444",
        "Patients requiring ICU level care",
        "ICU",
        "intensive care unit: the hospital ward for the sickest patients",
    ),
    (
        "NCT04340557",
        "In the intensive care unit at screening.",
        "intensive care unit",
        "the hospital ward for the sickest patients",
    ),
    (
        "NCT04343989",
        "Respiratory failure manifesting as: Acute Respiratory Distress Syndrome (defined by a P/F ratio of less than "
        "200), OR SpO2 less than 90% on 4L",
        "P/F ratio",
        "how well the lungs move oxygen into the blood: the blood's oxygen level (PaO2) divided by the share of oxygen "
        "breathed in (FiO2)",
    ),
    (
        "NCT04346355",
        "Patients with respiratory distress syndrome with arterial partial pressure of oxygen / fraction of inspired "
        "oxygen (PaO2 / FiO2) less than 200 mm/Hg",
        "PaO2 / FiO2",
        "how well the lungs move oxygen into the blood",
    ),
    ("-", "PaO2/FiO2 ratio of 300 or less", "PaO2/FiO2 ratio", "how well the lungs move oxygen into the blood"),
    (
        "NCT04342182",
        "A negative screening for irregular antibodies",
        "irregular antibodies",
        "antibodies against other people's red blood cells",
    ),
    (
        "NCT04343989",
        "PLUS 2 or more of the following predictors for severe disease: CRP more than 35 mg/L; Ferritin more than 500 "
        "ng/mL D-dimer more than 1 mcg/L",
        "ferritin",
        "a protein that stores iron",
    ),
    # The exports1 and hint1 reviews (32 unseen studies, docs/eligibility-review/exports1, hint1): terms their
    # UNREADABLE rows found unexplained
    (
        "NCT07254572",
        "Diagnosed diabetes or Hba1c at least 6.5% at screening/randomization appointment",
        "Hba1c",
        "a blood test of your average blood sugar",
    ),
    (
        "NCT02713789",
        "If diabetic, documentation of HgA1c less than or equal to 8.0% prior to enrollment;",
        "HgA1c",
        "a blood test of your average blood sugar",
    ),
    (
        "NCT07254572",
        "Pre-diabetic status defined as fasting blood glucose 100-125 mg% or Hba1c 5.70-6.49%",
        "mg%",
        "milligrams per 100 milliliters (a deciliter): an old way to write mg/dL",
    ),
    (
        "NCT01717898",
        "a history of suicidal attempt or ideation, or homicidal ideation.",
        "homicidal ideation",
        "thoughts of killing another person",
    ),
    (
        "NCT05365607",
        "volunteers with abnormal TSH values will be re-considered for participation in the study after follow-up "
        "evaluation by the PCP with initiation or adjustment of thyroid hormone replacement",
        "PCP",
        "primary care provider: your regular doctor",
    ),
    ("NCT03908762", "Have a PCP within the KU Health System", "PCP", "primary care provider"),
    (
        "NCT06067984",
        "participant self-reports use of synthetic cannabinoids (K2, Spice), inhalants, amphetamines (including "
        "MDMA/ecstasy), phencyclidine (PCP), cocaine, opiates",
        "PCP",
        "phencyclidine (angel dust)",
    ),
    ("-", "History of PCP pneumonia or need for PCP prophylaxis", "PCP", "Pneumocystis pneumonia"),
    (
        "NCT05551195",
        "Lifetime history of suicide attempt or ideation with a plan and intent to harm oneself during the current "
        "episode of PPD",
        "PPD",
        "postpartum depression",
    ),
    (
        "NCT03369964",
        "All patients will have a tuberculin (purified protein derivative [PPD]) skin test or interferon-gamma release "
        "assay (IGRA) done locally",
        "PPD",
        "a skin test for tuberculosis",
    ),
    (
        "NCT05365607",
        "current substance (including marijuana) or alcohol use disorder (past 12 months) per the SCID-5 (see methods "
        "of Research Strategy).",
        "SCID-5",
        "Structured Clinical Interview for DSM",
    ),
    (
        "NCT03751280",
        "SCID-based DSM-5 diagnosis of schizophrenia and a total PANSS score more than 60",
        "SCID",
        "Structured Clinical Interview for DSM",
    ),
    (
        "NCT05365607",
        "Moderate or Severe obstructive sleep apnea (either diagnosed or determined during screening with the WatchPat "
        "[AHI at least 15];",
        "AHI",
        "apnea-hypopnea index: the number of times an hour breathing stops",
    ),
    (
        "NCT05365607",
        "Moderate or Severe obstructive sleep apnea (either diagnosed or determined during screening with the WatchPat "
        "[AHI at least 15];",
        "WatchPat",
        "a small device worn on the wrist and finger overnight",
    ),
    (
        "NCT05365607",
        "Pittsburgh Sleep Quality Index (PSQI) score 6 or higher;",
        "PSQI",
        "Pittsburgh Sleep Quality Index: a questionnaire score of how well you slept",
    ),
    (
        "-",
        "Pittsburgh Sleep Quality Index score above 5",
        "Pittsburgh Sleep Quality Index",
        "a questionnaire score of how well you slept",
    ),
    (
        "NCT05365607",
        'Epworth Sleepiness Scale (ESS): Question #8 score above "0" will prompt an additional question: Does '
        'individual drive ("get behind the wheel") when they are drowsy?',
        "ESS",
        "Epworth Sleepiness Scale: a questionnaire score of how easily you doze off",
    ),
    (
        "NCT03828656",
        'ESS: On question #8 any score above "0" will prompt an additional question:',
        "ESS",
        "Epworth Sleepiness Scale",
    ),
    (
        "NCT03459612",
        "Have a score of less than 10 on the Epworth Sleepiness Scale.",
        "Epworth Sleepiness Scale",
        "a questionnaire score of how easily you doze off",
    ),
    (
        "NCT06741540",
        "Patients with brain trauma and other organic brain diseases, and other contraindications for tDCS;",
        "tDCS",
        "transcranial direct current stimulation",
    ),
    (
        "NCT06741540",
        "Patients with brain trauma and other organic brain diseases, and other contraindications for tDCS;",
        "organic brain diseases",
        "a brain illness with a physical cause",
    ),
    ("NCT06741540", "Severe anxiety with GAD7 score at least 10.", "GAD7", "a 7-question score of anxiety"),
    ("NCT03683472", "GAD - 7 is equal to or greater than 10", "GAD - 7", "a 7-question score of anxiety"),
    ("-", "Confirmed PA with a positive saline suppression test of aldosterone", "PA", "primary aldosteronism"),
    ("NCT05305235", "No SANE examination", "SANE", "sexual assault nurse examiner"),
    (
        "NCT05798494",
        "Severe food allergies, food intolerances or dislike expected to interfere with the study, including allergy "
        "towards ingredients in the VLCD products",
        "VLCD",
        "very low calorie diet",
    ),
    (
        "NCT02193490",
        "Ocular symptoms must be considered as annoying or activity limiting (OSDI at least 13; mild).",
        "OSDI",
        "Ocular Surface Disease Index",
    ),
    (
        "NCT02629965",
        "Patients with score on the modified Medical Research Council (mMRC) at least 1.",
        "mMRC",
        "modified Medical Research Council scale: a 0 to 4 score of how breathless",
    ),
    (
        "-",
        "Dyspnea of grade 2 or more on the modified Medical Research Council scale",
        "modified Medical Research Council",
        "a 0 to 4 score of how breathless",
    ),
    (
        "NCT02629965",
        "Patients who walk less than 400 meters of 6MWT and have a score on the modified Borg at least 4 at the end "
        "of 6 minute walk test (6MWT) at Visit 2.",
        "6MWT",
        "six-minute walk test",
    ),
    (
        "NCT02629965",
        "Patients who walk less than 400 meters of 6MWT and have a score on the modified Borg at least 4 at the end "
        "of 6 minute walk test (6MWT) at Visit 2.",
        "modified Borg",
        "a 0 to 10 scale of how breathless you feel",
    ),
    ("-", "Able to complete a 6-minute walk test", "6-minute walk test", "a test of how far you can walk in 6 minutes"),
    ("NCT02567279", "Patients with a current AN defined by DSM-V criteria", "AN", "anorexia nervosa"),
    (
        "NCT02107196",
        "Less than 2 bowel movements with a consistency of Type 1 or Type 2 according to the BSS per week.",
        "BSS",
        "Bristol Stool Scale: a chart of 7 kinds of stool",
    ),
    (
        "-",
        "Stool of type 6 or 7 on the Bristol Stool Form Scale",
        "Bristol Stool Form Scale",
        "a chart of 7 kinds of stool",
    ),
    (
        "NCT02277197",
        "Prior treatment with an HGF/cMet inhibitor such as rilotumumab, crizotinib, MetMAb, or ARQ197",
        "HGF",
        "hepatocyte growth factor",
    ),
    (
        "NCT02277197",
        "Prior treatment with an HGF/cMet inhibitor such as rilotumumab, crizotinib, MetMAb, or ARQ197",
        "cMet",
        "MET: a protein on cells that makes them grow",
    ),
    (
        "NCT06381934",
        "with serum sodium level less than 133 mmol/l and serum osmolality less than 300 mOsm/kg",
        "mOsm/kg",
        "milliosmoles per kilogram",
    ),
    (
        "NCT06381934",
        "with serum sodium level less than 133 mmol/l and serum osmolality less than 300 mOsm/kg",
        "serum osmolality",
        "a blood test of how much salt, sugar and other substances are dissolved",
    ),
    ("-", "Urine osmolality above 100 mOsm/kg", "osmolality", "how much salt, sugar and other substances"),
    ("NCT02193490", "Corneal epithelial defect larger than 1 mm2 in either eye.", "mm2", "square millimeters"),
    (
        "NCT02193490",
        "Corneal epithelial defect larger than 1 mm2 in either eye.",
        "corneal epithelial defect",
        "a spot where the thin surface layer of the cornea",
    ),
    ("NCT07254572", "Uncompensated hyperthyroidism", "uncompensated", "not kept under control by treatment"),
    (
        "NCT07254572",
        "History of anaphylactic shock after iodine contrast administration",
        "iodine contrast",
        "a dye with iodine in it",
    ),
    (
        "NCT05365607",
        "Current use of varenicline, beta-blockers (unless ophthalmic solutions), or non-dihydropyridines;",
        "varenicline",
        "a medicine that helps people stop smoking",
    ),
    (
        "NCT05365607",
        "Current use of varenicline, beta-blockers (unless ophthalmic solutions), or non-dihydropyridines;",
        "non-dihydropyridines",
        "calcium channel blockers that slow the heartbeat, such as verapamil and diltiazem",
    ),
    (
        "NCT05365607",
        "Current use of varenicline, beta-blockers (unless ophthalmic solutions), or non-dihydropyridines;",
        "ophthalmic solutions",
        "eye drops",
    ),
    ("NCT05551195", "Gestation less than 28 weeks", "gestation", "pregnancy, or how far along a pregnancy is"),
    ("NCT01260883", "Premature birth (less than 36 weeks gestation)", "gestation", "pregnancy, or how far along"),
    ("NCT05551195", "Fetal demise within the past 18 months", "fetal demise", "the death of an unborn baby"),
    (
        "NCT05551195",
        "Current or lifetime history of schizophrenia, schizoaffective disorder, bipolar disorder, and/or homicidal or "
        "infanticidal ideation",
        "homicidal",
        "wanting to kill another person",
    ),
    (
        "NCT05551195",
        "Current or lifetime history of schizophrenia, schizoaffective disorder, bipolar disorder, and/or homicidal or "
        "infanticidal ideation",
        "infanticidal ideation",
        "thoughts of killing a baby",
    ),
    ("-", "Infanticidal thoughts since the birth", "infanticidal", "wanting to kill a baby"),
    (
        "NCT06829251",
        "Those receiving regular complementary or alternative treatments for stress, anxiety, and sleep (acupuncture, "
        "facial massage, phytotherapy, meditation, breathing exercises, etc.) will not be included in the sample.",
        "phytotherapy",
        "treatment with plants or plant extracts: herbal medicine",
    ),
    (
        "NCT06829251",
        "Those with auricular aplasia or hypoplasia",
        "auricular aplasia",
        "an outer ear that did not form",
    ),
    ("NCT06829251", "Those with auricular aplasia or hypoplasia", "hypoplasia", "a body part that did not grow"),
    ("-", "Auricular hypoplasia on the side to be treated", "auricular hypoplasia", "an outer ear that did not grow"),
    ("-", "Skin disease of the auricular area", "auricular", "of the ear"),
    (
        "-",
        "Primary aldosteronism confirmed by a saline test",
        "primary aldosteronism",
        "the adrenal glands make too much",
    ),
    (
        "NCT07027254",
        "Individuals with a history of abdominal open surgery or retroperitoneal surgery on the same side as the "
        "planned adrenalectomy",
        "adrenalectomy",
        "surgery to remove an adrenal gland",
    ),
    ("-", "Seen by a sexual assault nurse examiner", "sexual assault nurse examiner", "a nurse trained to care for"),
    (
        "NCT04853849",
        "Symptoms of overactive bladder with urgency urinary incontinence, with or without nocturia/nocturnal enuresis",
        "nocturia",
        "waking up at night to pass urine",
    ),
    (
        "NCT04853849",
        "Symptoms of overactive bladder with urgency urinary incontinence, with or without nocturia/nocturnal enuresis",
        "nocturnal enuresis",
        "bed-wetting",
    ),
    (
        "NCT04853849",
        "Symptoms of overactive bladder with urgency urinary incontinence, with or without nocturia/nocturnal enuresis",
        "urgency urinary incontinence",
        "leaking urine after a sudden, strong need to go",
    ),
    ("-", "Enuresis in childhood", "enuresis", "wetting yourself without meaning to"),
    (
        "NCT04853849",
        "Mixed incontinence with predominant stress urinary incontinence symptoms",
        "mixed incontinence",
        "leaking urine both when you cough",
    ),
    (
        "NCT04853849",
        "Mixed incontinence with predominant stress urinary incontinence symptoms",
        "stress urinary incontinence",
        "leaking urine when you cough, sneeze, laugh or exercise",
    ),
    (
        "NCT04853849",
        "symptomatic pelvic organ prolapse",
        "pelvic organ prolapse",
        "the bladder, womb or bowel drops down",
    ),
    ("NCT04853849", "symptoms of dysuria", "dysuria", "pain or burning when passing urine"),
    ("NCT04853849", "Gross or microscopic hematuria", "gross", "easy to see with the eye: here, blood in the urine"),
    ("NCT02381912", "Patients with primary hematuria, both gross and microscopic", "gross", "easy to see with the eye"),
    (
        "NCT04853849",
        "Less than 6 months since intradetrusor botulinum toxin injection",
        "intradetrusor",
        "into the detrusor, the muscle in the wall of the bladder",
    ),
    (
        "NCT04853849",
        "Has more than 4/10 pain with palpation of levator ani, coccygeus, pyriformis, obturator internus or perineal "
        "body",
        "palpation",
        "feeling or pressing a part of the body with the fingers",
    ),
    (
        "NCT04853849",
        "Has more than 4/10 pain with palpation of levator ani, coccygeus, pyriformis, obturator internus or perineal "
        "body",
        "levator ani",
        "the main muscles of the pelvic floor",
    ),
    (
        "NCT04853849",
        "Has more than 4/10 pain with palpation of levator ani, coccygeus, pyriformis, obturator internus or perineal "
        "body",
        "coccygeus",
        "a small muscle of the pelvic floor",
    ),
    (
        "NCT04853849",
        "Has more than 4/10 pain with palpation of levator ani, coccygeus, pyriformis, obturator internus or perineal "
        "body",
        "pyriformis",
        "a muscle deep in the buttock",
    ),
    (
        "NCT04853849",
        "Has more than 4/10 pain with palpation of levator ani, coccygeus, pyriformis, obturator internus or perineal "
        "body",
        "obturator internus",
        "a muscle inside the pelvis",
    ),
    (
        "NCT05798494",
        "Any significant medical condition as assessed by the investigator (e.g. dysregulated thyroid disease or "
        "reproductive diseases)",
        "dysregulated thyroid disease",
        "thyroid disease that is not well controlled",
    ),
    (
        "NCT05798494",
        "History or diagnosis of eating disorder (e.g. restrained eating, disinhibition, emotional eating)",
        "restrained eating",
        "strictly holding back on how much you eat",
    ),
    (
        "NCT05798494",
        "History or diagnosis of eating disorder (e.g. restrained eating, disinhibition, emotional eating)",
        "disinhibition",
        "losing control over eating",
    ),
    (
        "NCT00303576",
        "Willing to undergo pelvic examinations with colposcopy and photographic documentation according to the "
        "protocol throughout the study.",
        "colposcopy",
        "a close look at the cervix and vagina",
    ),
    (
        "NCT00303576",
        "Laboratory confirmed gonorrhea, chlamydia, trichomonas, syphilis, or vaginal candidiasis or clinically "
        "diagnosed genital ulcer disease or active HSV-2 lesions.",
        "trichomonas",
        "a tiny parasite passed on during sex",
    ),
    (
        "NCT00303576",
        "Laboratory confirmed gonorrhea, chlamydia, trichomonas, syphilis, or vaginal candidiasis or clinically "
        "diagnosed genital ulcer disease or active HSV-2 lesions.",
        "genital ulcer disease",
        "sores on the genitals",
    ),
    ("-", "Untreated trichomoniasis", "trichomoniasis", "a common infection passed on during sex"),
    (
        "NCT00303576",
        "Breakthrough bleeding or gynecologic surgery within 60 days prior to randomization.",
        "breakthrough bleeding",
        "bleeding from the vagina between periods",
    ),
    (
        "NCT00303576",
        "Symptomatic bacterial vaginosis and unwilling to undergo treatment.",
        "bacterial vaginosis",
        "an imbalance of the germs that normally live in the vagina",
    ),
    (
        "NCT00303576",
        "Clinically detectable genital abnormality on the vulva, vaginal walls or cervix.",
        "vulva",
        "the outer parts of a woman's genitals",
    ),
    (
        "NCT00303576",
        "Willing to abstain from using any vaginal product (other than the study product or placebo).",
        "abstain",
        "to choose not to do or use something",
    ),
    ("NCT02193490", "Schirmer I less than 10", "Schirmer I", "a test of how many tears the eyes make"),
    (
        "NCT02193490",
        "Corneal/ conjunctival (Rose Bengal) staining at least 1",
        "Rose Bengal",
        "a test with a pink dye dropped on the eye",
    ),
    (
        "NCT02567279",
        "Severe hepatic cytolysis with transaminase up to 5 times normal.",
        "hepatic cytolysis",
        "damage to liver cells",
    ),
    ("-", "Cytolysis with ALT above 3 times normal", "cytolysis", "damage to liver cells"),
    (
        "NCT02567279",
        "For patients under 20 years of age, effective bone maturation (attested by a radiography of the hip)",
        "bone maturation",
        "when the bones have finished growing",
    ),
    (
        "NCT02567279",
        "Reporting relationship to the investigator",
        "reporting relationship",
        "a work link in which you answer to someone",
    ),
    (
        "NCT03300609",
        "Patients who are candidates for upfront metastasectomy (defined as those with limited liver metastatic "
        "disease) are not eligible for this study; the candidacy for resectability can be determined by the treating "
        "physician and or local surgeon",
        "metastasectomy",
        "surgery to remove cancer that has spread",
    ),
    (
        "NCT03300609",
        "Patients who are candidates for upfront metastasectomy (defined as those with limited liver metastatic "
        "disease) are not eligible for this study; the candidacy for resectability can be determined by the treating "
        "physician and or local surgeon",
        "upfront",
        "as the first step, before any other treatment",
    ),
    (
        "NCT03300609",
        "Patients who are candidates for upfront metastasectomy (defined as those with limited liver metastatic "
        "disease) are not eligible for this study; the candidacy for resectability can be determined by the treating "
        "physician and or local surgeon",
        "resectability",
        "whether a tumor can be removed by surgery",
    ),
    (
        "NCT04267848",
        "guidelines do not recommend up-front surgery for this population",
        "up-front",
        "as the first step",
    ),
    (
        "NCT00473616",
        "Advanced solid tumors for which standard treatment doesn't exist or is no longer effective.",
        "solid tumors",
        "a cancer that forms a lump",
    ),
    (
        "NCT02277197",
        "Nasopharyngeal carcinoma, WHO Type I (keratinizing), will be included. Squamous cell carcinoma of unknown "
        "primary, clearly related to the head and neck, will be included.",
        "keratinizing",
        "a kind of squamous cell cancer whose cells make keratin",
    ),
    (
        "NCT02277197",
        "Nasopharyngeal carcinoma, WHO Type I (keratinizing), will be included. Squamous cell carcinoma of unknown "
        "primary, clearly related to the head and neck, will be included.",
        "unknown primary",
        "the place in the body where a cancer started cannot be found",
    ),
    (
        "NCT02277197",
        "Nasopharyngeal primary site, if WHO Type II or III (non-keratinizing)",
        "non-keratinizing",
        "a kind of squamous cell cancer whose cells do not make keratin",
    ),
    (
        "NCT02277197",
        "Persistent or progressive disease following curative-intent radiation, and not a candidate for surgical "
        "salvage due to incurability or morbidity.",
        "surgical salvage",
        "surgery to remove a cancer that stayed or came back",
    ),
    (
        "NCT02277197",
        "Significant dermatological disease including, but not limited to, skin drying and fissuring, paronychial "
        "inflammation, infectious sequelae (eg, blepharitis, cheilitis, cellulitis, cyst). Exception: patients with "
        "Grade 2 or lower cetuximab-related rash, xerosis, fissures or paronychial inflammation are eligible.",
        "fissuring",
        "deep cracks or splits in the skin",
    ),
    (
        "NCT02277197",
        "Exception: patients with Grade 2 or lower cetuximab-related rash, xerosis, fissures or paronychial "
        "inflammation are eligible.",
        "fissures",
        "deep cracks or splits in the skin",
    ),
    (
        "NCT02277197",
        "Exception: patients with Grade 2 or lower cetuximab-related rash, xerosis, fissures or paronychial "
        "inflammation are eligible.",
        "paronychial",
        "of the skin around a fingernail or toenail",
    ),
    (
        "NCT02277197",
        "Exception: patients with Grade 2 or lower cetuximab-related rash, xerosis, fissures or paronychial "
        "inflammation are eligible.",
        "xerosis",
        "very dry skin",
    ),
    ("-", "Grade 3 paronychia", "paronychia", "an infection or swelling of the skin around a fingernail"),
    (
        "NCT02207491",
        "Current evidence of clinically significant blepharitis, conjunctivitis, or a history of herpes simplex or "
        "zoster keratitis at screening in either eye.",
        "blepharitis",
        "red, swollen, itchy eyelids",
    ),
    (
        "NCT02277197",
        "infectious sequelae (eg, blepharitis, cheilitis, cellulitis, cyst)",
        "cheilitis",
        "sore, dry, cracked or swollen lips",
    ),
    ("NCT02181413", "Double (tandem) ASCT.", "tandem", "two stem cell transplants one after the other"),
    ("-", "Planned tandem transplant", "tandem transplant", "two stem cell transplants one after the other"),
    (
        "NCT02181413",
        "Male participants, even if surgically sterilized (ie, status postvasectomy), who agree to practice effective "
        "barrier contraception",
        "status postvasectomy",
        "after a vasectomy: surgery that cuts the tubes that carry sperm",
    ),
    (
        "NCT02277197",
        "Creatinine clearance at least 40 ml/min as determined by 24-hour collection or estimated by the "
        "Cockraft-Gault formula",
        "Cockraft-Gault",
        "a formula that estimates how well the kidneys work",
    ),
    (
        "NCT01677299",
        "an estimated creatinine clearance above 80 using the Crockroft and Gault equation",
        "Crockroft and Gault",
        "a formula that estimates how well the kidneys work",
    ),
    (
        "NCT01298063",
        "Creatinine clearance more than 70 mL/min according to Cockroft & Gault (for healthy volunteers, cf. Section "
        "10.2)",
        "Cockroft & Gault",
        "a formula that estimates how well the kidneys work",
    ),
    (
        "NCT02227251",
        "calculated using the formula of Cockroft and Gault",
        "Cockroft and Gault",
        "a formula that estimates how well the kidneys work",
    ),
    (
        "NCT01677299",
        "Negative pregnancy test result (human chorionic gonadotropin, beta subunit) at Visit 1 (Screening) (not "
        "applicable to hysterectomized females)",
        "hysterectomized",
        "has had the womb (uterus) removed",
    ),
    (
        "NCT01677299",
        "Negative pregnancy test result (human chorionic gonadotropin, beta subunit) at Visit 1 (Screening) (not "
        "applicable to hysterectomized females)",
        "beta subunit",
        "the part of the pregnancy hormone hCG",
    ),
    (
        "NCT01677299",
        "Has any drug treatment that affects gastric pH (prescription or over-the-counter), including any antacids",
        "gastric pH",
        "how acid the stomach is",
    ),
    (
        "NCT00230971",
        "Clinical diagnosis of complicated intra-abdominal infection that requires surgery within 24 hours.",
        "complicated intra-abdominal infection",
        "an infection that has spread from an organ into the belly",
    ),
    ("-", "Suspected intra-abdominal infection", "intra-abdominal infection", "an infection inside the belly"),
    (
        "NCT02107196",
        "Recurrent abdominal pain or discomfort associated with at least 2 of the following characteristics: a) "
        "improvement with defecation",
        "defecation",
        "passing stool: emptying the bowels",
    ),
    (
        "NCT02107196",
        "At least one stool with a consistency of Type 6 or Type 7 according to the Bristol Stool Scale (BSS) on at "
        "least 2 days per week.",
        "BSS",
        "Bristol Stool Scale",
    ),
    (
        "NCT02107196",
        "History of organic GI abnormalities, inflammatory bowel diseases, complicated diverticulosis, ischaemic "
        "colitis, microscopic colitis.",
        "organic",
        "caused by a physical disease that tests can find",
    ),
    (
        "NCT02107196",
        "History of organic GI abnormalities, inflammatory bowel diseases, complicated diverticulosis, ischaemic "
        "colitis, microscopic colitis.",
        "complicated diverticulosis",
        "pouches in the bowel wall that have caused problems",
    ),
    (
        "NCT02107196",
        "History of organic GI abnormalities, inflammatory bowel diseases, complicated diverticulosis, ischaemic "
        "colitis, microscopic colitis.",
        "microscopic colitis",
        "a bowel disease that causes watery diarrhea",
    ),
    (
        "NCT05967533",
        "diverticulitis with the exception of a prior episode that has resolved or diverticulosis, celiac disease",
        "diverticulosis",
        "small pouches that bulge out of the wall of the large bowel",
    ),
    (
        "NCT02107196",
        "For patients aged 65 years or older: absence of ischaemic colitis, microscopy colitis or any other organic "
        "gastrointestinal disease as evidenced by the results of a colonoscopy/flexible sigmoidoscopy with biopsy",
        "microscopy colitis",
        "a bowel disease that causes watery diarrhea",
    ),
    (
        "NCT02107196",
        "For patients aged 65 years or older: absence of ischaemic colitis, microscopy colitis or any other organic "
        "gastrointestinal disease as evidenced by the results of a colonoscopy/flexible sigmoidoscopy with biopsy",
        "flexible sigmoidoscopy",
        "a look inside the lower part of the large bowel",
    ),
    (
        "NCT02107196",
        "History of pancreatitis, active biliary duct disease, cholecystitis or symptomatic gallbladder stone disease",
        "biliary duct disease",
        "disease of the bile ducts",
    ),
    (
        "NCT02107196",
        "History of gluten enteropathy or lactose intolerance.",
        "gluten enteropathy",
        "celiac disease: an immune reaction to gluten",
    ),
    (
        "NCT02107196",
        "Use of prohibited concurrent medication within the previous month such as antibiotics, antimuscarinic drugs, "
        "drugs enhancing GI motility and analgesics.",
        "GI motility",
        "how food and waste move along the stomach and bowels",
    ),
    ("-", "Disorders of esophageal motility", "motility", "how food and waste move along"),
    ("-", "Use of prokinetic drugs such as metoclopramide", "prokinetic drugs", "medicines that help food move"),
    (
        "NCT02107196",
        "History of positive tests for ova or parasites, or clostridium difficile toxin or occult blood in the stool in "
        "the previous 6 months.",
        "clostridium difficile toxin",
        "a poison made by the germ C. difficile",
    ),
    (
        "NCT02107196",
        "History of positive tests for ova or parasites, or clostridium difficile toxin or occult blood in the stool in "
        "the previous 6 months.",
        "occult blood",
        "hidden blood: too little to see",
    ),
    ("-", "C. difficile infection in the past 3 months", "C. difficile", "a germ that can infect the bowel"),
    (
        "NCT03095456",
        "Subject has a history of reactions or hypersensitivity to inhaled or nebulized anticholinergics.",
        "nebulized",
        "turned into a fine mist to breathe in",
    ),
    (
        "NCT02428088",
        "asthma that has required daily treatment with bronchodilators or nebulizer treatments in the 30 days prior to "
        "screening",
        "nebulizer",
        "a machine that turns a liquid medicine into a fine mist",
    ),
    (
        "NCT03095456",
        "Subject suffers from any medical condition that would preclude the use of inhaled anticholinergics, "
        "including narrow-angle glaucoma, symptomatic benign prostatic hyperplasia, bladder neck obstruction, or "
        "urinary retention.",
        "narrow-angle glaucoma",
        "glaucoma in which fluid cannot drain from the eye",
    ),
    (
        "NCT03095456",
        "Subject suffers from any medical condition that would preclude the use of inhaled anticholinergics, "
        "including narrow-angle glaucoma, symptomatic benign prostatic hyperplasia, bladder neck obstruction, or "
        "urinary retention.",
        "bladder neck obstruction",
        "a blockage where the bladder joins the tube urine leaves through",
    ),
    (
        "NCT06381934",
        "symptomatic hyponatremia in need of 3% hypertonic solution or intensive care treatment",
        "hypertonic solution",
        "water with more salt than the body's own fluids",
    ),
    (
        "NCT05097287",
        "Positive bronchial challenge test: fall in FEV1 of at least 20% with standard doses of methacholine, or at "
        "least 15% with standardized hyperventilation, hypertonic saline or mannitol challenge",
        "hypertonic saline",
        "salty water breathed in as a fine mist",
    ),
    (
        "NCT06381934",
        "decompensated liver cirrhosis CHILD C",
        "Child C",
        "the most severe class of the Child-Pugh score",
    ),
    (
        "NCT03406169",
        "Patient must be willing to sign the Institutional Review Board approved consent.",
        "Institutional Review Board",
        "the committee that checks a study is safe and ethical",
    ),
    # The exports2 and hint2 reviews (24 unseen studies, docs/eligibility-review/exports2, hint2): terms their
    # UNREADABLE rows found unexplained
    ("-", "Meets DSM-5 criteria for CUD, with cannabis use on most days", "CUD", "cannabis use disorder"),
    (
        "NCT03751280",
        "Meet DSM-5 diagnosis for a current moderate or severe alcohol or cannabis use disorder in the past 2 months",
        "cannabis use disorder",
        "a condition in which a person keeps using cannabis",
    ),
    ("NCT04286399", "Patients already on a maximum dose of RAASi or beta-blocker", "RAASi", "renin-angiotensin"),
    ("NCT04286399", "History of DM ketoacidosis/Type 1 DM", "DM", "diabetes mellitus"),
    ("NCT03905018", "DM 1-2", "DM", "diabetes mellitus"),
    ("NCT02413099", "uncontrolled DM (HBA1C more than 12%);", "DM", "diabetes mellitus"),
    (
        "NCT04286399",
        "Symptomatic bradycardia, high-grade AV blocks (Grade 2 and 3) and/or Visit 1 heart rate (HR) less than 60bpm.",
        "high-grade AV blocks",
        "a serious block (second or third degree)",
    ),
    ("-", "Second or third degree AV blocks without a pacemaker", "AV blocks", "blocks in the electrical signal"),
    ("NCT05486611", "PHQ-A score less than 10", "PHQ-A", "Patient Health Questionnaire for Adolescents"),
    (
        "NCT03569618",
        "Adult men or women diagnosed with multiple sclerosis (MS) or clinically isolated syndrome (CIS)",
        "CIS",
        "clinically isolated syndrome: a first attack of nerve symptoms",
    ),
    (
        "-",
        "History of clinically isolated syndrome in the past year",
        "clinically isolated syndrome",
        "a first attack of nerve symptoms like those of multiple sclerosis",
    ),
    ("NCT03569618", "SDMT z-score range (-2 to +1)", "SDMT", "Symbol Digit Modalities Test"),
    (
        "NCT02782117",
        "Fellow eye BCVA 20/25 or better (phase 1) or 20/32 or better (phase 2)",
        "BCVA",
        "best-corrected visual acuity: how sharply you see",
    ),
    (
        "NCT02782117",
        "Fellow eye BCVA 20/25 or better (phase 1) or 20/32 or better (phase 2)",
        "fellow eye",
        "the other eye",
    ),
    (
        "NCT03608150",
        "Heterotropia at most 5 prism diopters in current refractive correction at distance measured by SPCT.",
        "SPCT",
        "simultaneous prism and cover test: an eye test of how much an eye turns",
    ),
    (
        "NCT03608150",
        "Heterotropia at most 5 prism diopters in current refractive correction at distance measured by SPCT.",
        "heterotropia",
        "an eye that turns in, out, up or down",
    ),
    (
        "NCT03608150",
        "Heterotropia at most 5 prism diopters in current refractive correction at distance measured by SPCT.",
        "prism diopters",
        "a unit of how far an eye turns",
    ),
    (
        "NCT03608150",
        "Heterotropia at most 5 prism diopters in current refractive correction at distance measured by SPCT.",
        "refractive correction",
        "glasses or contact lenses",
    ),
    (
        "-",
        "Eye turn of more than 10 prism diopters on the simultaneous prism and cover test",
        "simultaneous prism and cover test",
        "an eye test of how much an eye turns",
    ),
    (
        "NCT02782117",
        "Monocular amblyopia associated with anisometropia, strabismus or both combined",
        "monocular",
        "in one eye only",
    ),
    (
        "NCT02782117",
        "Monocular amblyopia associated with anisometropia, strabismus or both combined",
        "amblyopia",
        "lazy eye",
    ),
    (
        "NCT02782117",
        "Monocular amblyopia associated with anisometropia, strabismus or both combined",
        "anisometropia",
        "the two eyes need very different glasses",
    ),
    (
        "NCT02782117",
        "Monocular amblyopia associated with anisometropia, strabismus or both combined",
        "strabismus",
        "eyes that do not point the same way",
    ),
    (
        "NCT03608150",
        "Amblyopic eye best-corrected visual acuity (BCVA) 20/40 to 20/200 inclusive.",
        "amblyopic eye",
        "the lazy eye",
    ),
    (
        "NCT00407381",
        "Best corrected visual acuity score in the study eye of 20/40 to 20/320 inclusive",
        "best corrected visual acuity",
        "how sharply you see with the best glasses",
    ),
    (
        "NCT02782117",
        "Interocular BCVA difference at least 3 lines (at least 0.3 logMAR)",
        "interocular",
        "between the two eyes",
    ),
    (
        "NCT02782117",
        "Interocular BCVA difference at least 3 lines (at least 0.3 logMAR)",
        "logMAR",
        "a scale for eye-chart results",
    ),
    (
        "NCT07030920",
        "known previous cardiovascular disease (defined as past myocardial infarction, coronary revascularization, "
        "stroke, or coronary artery atherosclerosis with at least 50% stenosis demonstrated on coronary angiography or "
        "CCTA);",
        "CCTA",
        "coronary CT angiography",
    ),
    (
        "NCT06748963",
        "Insulin delivery can be managed using either manual open-loop system (non-AID) or a hybrid closed loop (AID) "
        "systems.",
        "AID",
        "automated insulin delivery",
    ),
    (
        "NCT06748963",
        "Insulin delivery can be managed using either manual open-loop system (non-AID) or a hybrid closed loop (AID) "
        "systems.",
        "open-loop",
        "an insulin pump whose doses the person sets",
    ),
    (
        "NCT06748963",
        "Insulin delivery can be managed using either manual open-loop system (non-AID) or a hybrid closed loop (AID) "
        "systems.",
        "hybrid closed loop",
        "an insulin pump linked to a glucose sensor",
    ),
    (
        "NCT06748963",
        "Not wearing implantable device such as a pacemaker, neurostimulators, aneurysm clips, metal fragments, "
        "epicardial electrodes, cochlear implants, magnetic ocular implants, penile implants, magnetic tissue expander, "
        "some types of breast implants, magnetic orthopedic implants, magnetic dental implants, hearing Aids, "
        "intravascular implants, for example VCI filters, coils, stents, cardiac septum implants, ventricular bypass "
        "devices.",
        "VCI filters",
        "a small device put in the body's largest vein",
    ),
    (
        "NCT06748963",
        "Not wearing implantable device such as a pacemaker, neurostimulators, aneurysm clips, metal fragments, "
        "epicardial electrodes, cochlear implants, magnetic ocular implants",
        "epicardial electrodes",
        "pacemaker wires fixed to the outside surface of the heart",
    ),
    (
        "NCT06705023",
        "Non-transvenous epicardial or abandoned leads",
        "epicardial",
        "on the outside surface of the heart",
    ),
    (
        "NCT06748963",
        "penile implants, magnetic tissue expander, some types of breast implants, magnetic orthopedic implants",
        "tissue expander",
        "a balloon put under the skin",
    ),
    (
        "NCT06748963",
        "Restriction in aerobic or resistance exercise due to significant diabetes complications (e.g., severe "
        "peripheral neuropathy, active proliferative retinopathy, etc.) or other type of limitations (e.g., orthopedic, "
        "severe arthritis, etc.).",
        "aerobic",
        "to do with exercise that makes you breathe harder",
    ),
    (
        "NCT06748963",
        "Restriction in aerobic or resistance exercise due to significant diabetes complications",
        "resistance exercise",
        "exercise that makes the muscles work against a weight",
    ),
    (
        "NCT05421624",
        "Orthopedic conditions that may limit safe participation in exercise",
        "orthopedic",
        "to do with the bones, joints and muscles",
    ),
    (
        "NCT02428088",
        "Subject meets Diagnostic and Statistical Manual of Mental Disorders Fifth Edition (DSM 5) criteria for a "
        "primary diagnosis of ADHD (inattentive, hyperactive, or combined presentation) at screening established by a "
        "comprehensive psychiatric evaluation that reviews DSM 5 criteria is confirmed using the K-SADS-PL at Screening.",
        "K-SADS-PL",
        "Kiddie Schedule for Affective Disorders and Schizophrenia",
    ),
    ("NCT02428088", "Subject has an ADHD RS IV HV score of at least 28.", "ADHD RS IV HV", "ADHD Rating Scale"),
    (
        "NCT02466425",
        "Subject has an ADHD-RS-IV Total Score more than 28 at the Baseline Visit (Visit 2).",
        "ADHD-RS-IV",
        "ADHD Rating Scale",
    ),
    ("NCT02428088", "Subject has a CGI S score of at least 4.", "CGI S", "Clinical Global Impression of Severity"),
    (
        "NCT00877487",
        "Subject has a Baseline score of less than 22 using the Adult ADHD-RS with prompts and CGI-S score at most 3.",
        "CGI-S",
        "Clinical Global Impression of Severity",
    ),
    (
        "NCT02099110",
        "sulfonylureas (SUs), bromocriptine (Cycloset™), colesevelam (Welchol™), any other antihyperglycemic agents "
        "(AHA) with the exception of the protocol-approved agents",
        "AHA",
        "antihyperglycemic agents: diabetes medicines",
    ),
    (
        "NCT02099110",
        "other injectable anti-hyperglycemic agents (e.g., pramlintide, exenatide, liraglutide), pioglitazone or "
        "rosiglitazone, other SGLT2 inhibitors, alpha glucosidase inhibitors or meglitinides",
        "anti-hyperglycemic agents",
        "diabetes medicines that lower blood sugar",
    ),
    (
        "NCT02099110",
        "other injectable anti-hyperglycemic agents (e.g., pramlintide, exenatide, liraglutide), pioglitazone or "
        "rosiglitazone, other SGLT2 inhibitors, alpha glucosidase inhibitors or meglitinides",
        "alpha glucosidase inhibitors",
        "diabetes pills, such as acarbose",
    ),
    (
        "NCT02099110",
        "other injectable anti-hyperglycemic agents (e.g., pramlintide, exenatide, liraglutide), pioglitazone or "
        "rosiglitazone, other SGLT2 inhibitors, alpha glucosidase inhibitors or meglitinides",
        "meglitinides",
        "diabetes pills, such as repaglinide",
    ),
    (
        "NCT06729996",
        "Patients not on any antihyperglycemic medications are also eligible.",
        "antihyperglycemic",
        "lowering high blood sugar",
    ),
    (
        "NCT00299260",
        "Current thrombocytopenia or bleeding disorder contraindicating IM vaccination.",
        "IM",
        "intramuscular",
    ),
    (
        "NCT02634801",
        "Have any condition or contraindication as addressed in the local labeling for MTX or FAE.",
        "MTX",
        "methotrexate",
    ),
    (
        "NCT02634801",
        "Have any condition or contraindication as addressed in the local labeling for MTX or FAE.",
        "FAE",
        "fumaric acid esters",
    ),
    ("NCT04325464", "Insomnia as defined by an ISI score of 8 or above", "ISI", "Insomnia Severity Index"),
    (
        "NCT06113666",
        "Scoring at least 12 points on the Insomnia Severity Index",
        "Insomnia Severity Index",
        "a 7-question score of how bad sleep problems are",
    ),
    (
        "NCT01138111",
        "Clinical dementia rating (CDR) score more than 0.5 at baseline",
        "CDR",
        "Clinical Dementia Rating: a score of how much memory loss",
    ),
    (
        "NCT06878859",
        "Current elevated anhedonia, as indicated by the PHQ-9",
        "anhedonia",
        "losing interest in, or pleasure from",
    ),
    ("NCT06878859", "Current psychotherapy engagement", "psychotherapy", "talk therapy"),
    (
        "NCT06669780",
        "They are currently engaged in psychotherapeutic treatment or have engaged in psychotherapeutic treatment within "
        "8 weeks prior to trial enrollment",
        "psychotherapeutic",
        "to do with talk therapy",
    ),
    (
        "NCT05486611",
        "Participants must be able to understand and willing to provide informed assent and to comply with all study "
        "procedures and restrictions",
        "informed assent",
        "a child's or teen's own agreement to take part",
    ),
    (
        "NCT05486611",
        "Lifetime diagnosis of autism spectrum disorder or pervasive developmental disorder (e.g., Asperger syndrome, "
        "Rett's syndrome, or pervasive developmental disorder not otherwise specified)",
        "pervasive developmental disorder",
        "an older name for a group of conditions, such as autism",
    ),
    (
        "NCT05486611",
        "Lifetime diagnosis of autism spectrum disorder or pervasive developmental disorder (e.g., Asperger syndrome, "
        "Rett's syndrome, or pervasive developmental disorder not otherwise specified)",
        "pervasive developmental disorder not otherwise specified",
        "an older diagnosis for autism-like problems",
    ),
    (
        "NCT06356129",
        "High-grade B-cell lymphoma, not otherwise specified",
        "not otherwise specified",
        "the name used when a condition does not fit",
    ),
    (
        "NCT02288325",
        "Participants who have a history of meeting DMS-5 criteria for manic, hypomanic, or mixed episode, "
        "obsessive-compulsive disorder, schizophrenia or other psychotic disorder",
        "hypomanic",
        "to do with hypomania",
    ),
    (
        "NCT02288325",
        "Participants who have a history of meeting DMS-5 criteria for manic, hypomanic, or mixed episode, "
        "obsessive-compulsive disorder, schizophrenia or other psychotic disorder",
        "mixed episode",
        "a time when a person has signs of mania and of depression",
    ),
    (
        "NCT05146765",
        "Co-medication is prohibited during the entire trial period for the following medications: drugs for dementia "
        "treatment, Central Nervous System stimulants, anticholinergics, tricyclic antidepressants, typical "
        "antipsychotics, and sleeping pills (excluding rapid-acting sleeping pills).",
        "co-medication",
        "other medicines you take during the study",
    ),
    (
        "NCT05146765",
        "Co-medication is prohibited during the entire trial period for the following medications: drugs for dementia "
        "treatment, Central Nervous System stimulants, anticholinergics, tricyclic antidepressants, typical "
        "antipsychotics, and sleeping pills (excluding rapid-acting sleeping pills).",
        "typical antipsychotics",
        "older medicines for psychosis",
    ),
    (
        "NCT05146765",
        "Co-medication is permitted if continued use of the following medications has been at a stable dose for 2 "
        "months prior to randomization: atypical antipsychotics, anxiolytics, antidepressants (excluding tricyclic "
        "antidepressants), thyroid hormone, and rapid-acting sleeping pills.",
        "atypical antipsychotics",
        "newer medicines for psychosis",
    ),
    (
        "NCT00752726",
        "Currently taking or withdrawn during the past 6 months any drugs with significant impact on body weight (e.g. "
        "serotoninergically acting drugs, antidepressants, central adrenergically acting drugs",
        "serotoninergically",
        "acting on serotonin",
    ),
    (
        "NCT00752726",
        "Currently taking or withdrawn during the past 6 months any drugs with significant impact on body weight (e.g. "
        "serotoninergically acting drugs, antidepressants, central adrenergically acting drugs",
        "adrenergically",
        "acting on the body's adrenaline signals",
    ),
    (
        "NCT05146765",
        "Diagnosis of dysarthria caused by stroke as confirmed by a stroke specialty neurologist.",
        "dysarthria",
        "unclear or slurred speech",
    ),
    (
        "NCT05146765",
        "Unable to measure articulatory or orofacial functions due to organic causes/lesions in articulatory and "
        "cervical structure.",
        "articulatory",
        "to do with making the sounds of speech",
    ),
    (
        "NCT05146765",
        "Unable to measure articulatory or orofacial functions due to organic causes/lesions in articulatory and "
        "cervical structure.",
        "orofacial",
        "of the mouth and face",
    ),
    (
        "NCT05146765",
        "Has a Mini-Mental State Exam score of 26 or below at the time of screening.",
        "Mini-Mental State Exam",
        "a 0 to 30 test of memory and thinking",
    ),
    (
        "NCT05146765",
        "Has a Clinical Dementia Rating score of 1 at least or a Global Deterioration Scale score of 3 at least at the "
        "time of screening.",
        "Clinical Dementia Rating",
        "a score of how much memory loss affects daily life",
    ),
    (
        "NCT05146765",
        "Has a Clinical Dementia Rating score of 1 at least or a Global Deterioration Scale score of 3 at least at the "
        "time of screening.",
        "Global Deterioration Scale",
        "a 1 to 7 scale of how far memory loss and dementia have gone",
    ),
    (
        "NCT02428088",
        "must be unable to become pregnant (eg, premenarchal, surgically sterile, etc);",
        "premenarchal",
        "not yet had a first period",
    ),
    ("NCT06113666", "Pregnant in the last two trimesters", "trimesters", "one of the three parts of a pregnancy"),
    (
        "NCT02000622",
        "Germline mutation in BRCA1 or BRCA2 that is predicted to be deleterious or suspected deleterious.",
        "deleterious",
        "harmful; said of a gene change",
    ),
    (
        "NCT04613440",
        "patients with known BRCA mutations who have been diagnosed with a confirmed deleterious (pathogenic) variant "
        "in BRCA1, or BRCA2 within the preceding 12 months as documented in the medical record",
        "pathogenic",
        "causing disease; said of a gene change",
    ),
    (
        "NCT03729115",
        "Women with pathogenic mutations in any other cancer susceptibility genes are eligible only if they also have a "
        "strong family history",
        "pathogenic mutations",
        "a change in a gene that causes disease",
    ),
    (
        "NCT04870190",
        "Infections in which pathogenic bacteria that are currently producing symptoms or diseases that require "
        "systemic treatment",
        "pathogenic",
        "able to cause disease, such as germs",
    ),
    (
        "NCT04613440",
        "BRCA1/2 mutation that is included on testing panel provided by the clinical genetic testing laboratory",
        "testing panel",
        "a genetic test that checks many genes",
    ),
    (
        "NCT07195071",
        "Patients who have previously completed a multigene hereditary cancer syndrome panel",
        "multigene hereditary cancer syndrome panel",
        "a genetic test that checks many genes",
    ),
    (
        "NCT06218303",
        "Patients with DCIS suspicious for microinvasion on core biopsy will be eligible because many of these patients "
        "will not have invasion on final pathology",
        "microinvasion",
        "cancer cells that have just started to grow",
    ),
    ("-", "Microinvasive carcinoma of the cervix", "microinvasive", "has just started to grow"),
    (
        "NCT06218303",
        "Surgery planned as part of definitive local therapy",
        "definitive local therapy",
        "treatment aimed at getting rid of the cancer where it is",
    ),
    (
        "NCT06218303",
        "DCIS must be at least 1cm based on the extent of calcifications on mammogram, the presence of a mass on "
        "ultrasound or enhancement on MRI OR DCIS at least 5mm on one single core by pathologic evaluation OR DCIS less "
        "than 5mm if identified in at least 2 cores",
        "calcifications",
        "tiny spots of calcium in the breast",
    ),
    (
        "NCT06218303",
        "DCIS must be at least 1cm based on the extent of calcifications on mammogram, the presence of a mass on "
        "ultrasound or enhancement on MRI OR DCIS at least 5mm on one single core by pathologic evaluation OR DCIS less "
        "than 5mm if identified in at least 2 cores",
        "enhancement",
        "a spot that shows up brighter on a scan",
    ),
    (
        "NCT06218303",
        "DCIS must be at least 1cm based on the extent of calcifications on mammogram, the presence of a mass on "
        "ultrasound or enhancement on MRI OR DCIS at least 5mm on one single core by pathologic evaluation OR DCIS less "
        "than 5mm if identified in at least 2 cores",
        "core",
        "a thin piece of tissue taken with a biopsy needle",
    ),
    (
        "NCT07211035",
        "Significant radial artery calcification",
        "calcification",
        "a build-up of calcium in a body tissue",
    ),
    (
        "NCT03525262",
        "Patients with intermediate risk prostate cancer who ALSO have at least 50% of the number of their template "
        "biopsy cores positive for cancer are ineligible.",
        "biopsy cores",
        "thin pieces of tissue taken with a biopsy needle",
    ),
    (
        "NCT03849365",
        "3 positive cancer cores with a maximum cancer core length of 5 mm in any one core",
        "cancer cores",
        "thin pieces of tissue taken with a biopsy needle",
    ),
    (
        "NCT00411593",
        "Minor surgical procedures such as fine needle aspirations or core biopsies within 7 days prior to Day 0",
        "core biopsies",
        "biopsies that each take a thin piece of tissue",
    ),
    (
        "NCT06218303",
        "INR/PT/aPTT at most 1.5X ULN or within the therapeutic range if on anti-coagulation",
        "therapeutic range",
        "the target range for a blood test while taking a medicine",
    ),
    (
        "NCT06218303",
        "Patients who are hepatitis B core antibody positive without hepatitis B surface antigen reactivity are "
        "eligible.",
        "hepatitis B core antibody",
        "a blood test that shows a past or present hepatitis B infection",
    ),
    (
        "NCT06218303",
        "Patients who are hepatitis B core antibody positive without hepatitis B surface antigen reactivity are "
        "eligible.",
        "hepatitis B surface antigen",
        "a blood test that shows a current hepatitis B infection",
    ),
    (
        "NCT02994953",
        "Hepatitis B or C infection (HBV surface antigen positive and HBV core antibody positive with reflex to "
        "positive HBV deoxy ribonucleic acid (DNA)",
        "HBV core antibody",
        "a blood test that shows a past or present hepatitis B infection",
    ),
    (
        "NCT03089294",
        "IIEF-ED score more than 6 and IIEF score less than 26 after wash out of PDE5i",
        "wash out",
        "a time without a medicine",
    ),
    (
        "NCT07030920",
        "persistently elevated bilirubinemia (more than 1.5x upper limit of normal [ULN])",
        "bilirubinemia",
        "the amount of bilirubin in the blood",
    ),
    (
        "NCT02428088",
        "Intermittent use of bronchodilators is not exclusionary.",
        "intermittent",
        "now and then, only when needed",
    ),
    (
        "NCT00151463",
        "Likely to be treated with nitrates or nitric oxide donors in any form on either a regular or intermittent basis",
        "intermittent",
        "now and then",
    ),
    (
        "NCT02428088",
        "Subjects who have a history of requiring persistent asthma treatment should be discussed wit the medical "
        "monitor prior to enrolment.",
        "medical monitor",
        "a doctor who works for the study's sponsor",
    ),
    (
        "NCT02428088",
        "Subject taking any medication, including health food supplements with purported psychotropic activity (for "
        "example, St. John's Wort), must have a minimum washout of 7 days prior to Day 1.",
        "purported",
        "claimed, but not proven",
    ),
    (
        "NCT00357318",
        "Accrual closed as of 5/27/2009 to patients with renal cell carcinoma",
        "accrual",
        "enrolling people into the study",
    ),
    (
        "NCT00184067",
        "Patients with squamous or basal carcinoma of the skin or carcinoma in situ of the cervix that have been treated "
        "with curative intent can be accrued to this trial 30 days after treatment.",
        "accrued",
        "enrolled into the study",
    ),
    ("NCT00752726", "Smoking cessation within the past 6 months", "cessation", "stopping"),
    (
        "NCT02428088",
        "Subject has a history of, or current malignancy except for non melanomatous skin cancer.",
        "non melanomatous skin cancer",
        "common skin cancers, such as basal cell",
    ),
    (
        "NCT05708235",
        "other than for non-melanoma carcinoma of the skin or cervical carcinoma in situ",
        "non-melanoma carcinoma of the skin",
        "common skin cancers",
    ),
    (
        "NCT00357318",
        "Histologically proven metastatic/unresectable adrenocortical carcinoma or melanoma not amenable to curative "
        "surgical or radiation therapy.",
        "adrenocortical carcinoma",
        "a rare cancer of the outer layer of an adrenal gland",
    ),
    ("NCT00632424", "Function exposure to any epothilone", "epothilone", "a group of cancer medicines"),
    (
        "NCT00357318",
        "Concurrent low-dose anticoagulation (e.g., prophylactic port patency) allowed",
        "port patency",
        "keeping an implanted port",
    ),
    (
        "NCT06346392",
        "participants with venous port or catheter thrombosis or superficial venous thrombus that do not require "
        "treatment",
        "port",
        "a small device put under the skin and joined to a large vein",
    ),
    (
        "NCT01943552",
        "All patients are about to receive selective surgical procedures of lobectomy or right bilobectomy or "
        "segmentectomy under general anaesthesia",
        "bilobectomy",
        "surgery to remove two of the three lobes",
    ),
    (
        "NCT01943552",
        "All patients are about to receive selective surgical procedures of lobectomy or right bilobectomy or "
        "segmentectomy under general anaesthesia",
        "segmentectomy",
        "surgery to remove one segment",
    ),
    (
        "NCT00752726",
        "History of hypo/hyperthyroidism unless euthyroid and controlled on a stable dose of medication for at least 6 "
        "months.",
        "euthyroid",
        "having a normal amount of thyroid hormone",
    ),
    (
        "NCT00752726",
        "Currently taking medication or supplements that influence intestinal transit time and other stool formation "
        "parameters or influences cramping (e.g., Anticholinergics (such as atropine) or cholinergics (such as "
        "physostigmine), phenothiazines, tricyclic antidepressants, opioid analgesics (including loperamide), calcium "
        "channel antagonists, clonidine, cisapride, octreotide.",
        "intestinal transit time",
        "how long food takes to pass through the bowels",
    ),
    (
        "NCT00752726",
        "Anticholinergics (such as atropine) or cholinergics (such as physostigmine), phenothiazines",
        "cholinergics",
        "medicines that act like acetylcholine",
    ),
    (
        "NCT00752726",
        "Anticholinergics (such as atropine) or cholinergics (such as physostigmine), phenothiazines",
        "physostigmine",
        "a medicine that boosts acetylcholine",
    ),
    (
        "NCT03403712",
        "phenothiazines (e.g., prochlorperazine, promethazine, fluphenazine, perphenazine, thiethylperazine, "
        "chlorpromazine)",
        "phenothiazines",
        "a group of older medicines for psychosis or for nausea",
    ),
    (
        "NCT00752726",
        "calcium channel antagonists, clonidine, cisapride, octreotide.",
        "cisapride",
        "a medicine that made the stomach and bowels move faster",
    ),
    (
        "NCT00619541",
        "Previous treatment with Octreotide is however allowed",
        "octreotide",
        "a medicine like a natural hormone",
    ),
    (
        "NCT02411825",
        "Any condition affecting gastric emptying or absorption from GI tract.",
        "gastric emptying",
        "how fast food leaves the stomach",
    ),
    (
        "NCT02411825",
        "Any intake of medication during treatment period and within 21 days before first dosing or within 5 times "
        "half-life of the medication, except: metformin, standard antihypertensive treatment, statins, acetyl salicylic "
        "acid.",
        "acetyl salicylic acid",
        "aspirin",
    ),
    (
        "NCT02411825",
        "Treated with sulphonyl-ureas up to 3 months, proton pump inhibitors up to 1 week prior to dosing.",
        "sulphonyl-ureas",
        "diabetes pills that make the body release more insulin",
    ),
    (
        "NCT02099110",
        "Active, obstructive uropathy or indwelling urinary catheter",
        "obstructive uropathy",
        "a blockage that stops urine from draining",
    ),
    (
        "NCT02411825",
        "Any medication within 14 days before inclusion or within 5 times elimination/pharmacodynamic half-life of the "
        "medication and during study",
        "elimination/pharmacodynamic half-life",
        "the time it takes for half of a medicine to leave the body, or for half of its effect",
    ),
    (
        "NCT04961996",
        "Treatment with strong CYP3A4 inhibitors or inducers within 14 days or 5 drug elimination half-lives (whichever "
        "is longer) prior to initiation of study treatment",
        "drug elimination half-lives",
        "the time it takes for half of a medicine to leave the body",
    ),
    (
        "NCT00299260",
        "Among the CMV seropositives, HLA type compatible with tetramer assays (currently A2, A24, B7, B8, B35). "
        "(seronegatives of any HLA type are eligible).",
        "seropositives",
        "people with a positive blood test for antibodies",
    ),
    (
        "NCT00299260",
        "Among the CMV seropositives, HLA type compatible with tetramer assays (currently A2, A24, B7, B8, B35). "
        "(seronegatives of any HLA type are eligible).",
        "seronegatives",
        "people with a negative blood test for antibodies",
    ),
    (
        "NCT00299260",
        "Among the CMV seropositives, HLA type compatible with tetramer assays (currently A2, A24, B7, B8, B35). "
        "(seronegatives of any HLA type are eligible).",
        "tetramer assays",
        "a lab test that counts the immune cells that fight one germ",
    ),
    (
        "NCT00299260",
        "Requiring emergency transplant for fulminant liver failure.",
        "fulminant liver failure",
        "liver failure that comes on suddenly",
    ),
    (
        "NCT02634801",
        "Have predominant pattern of pustular, erythrodermic, and/or guttate forms of psoriasis.",
        "pustular",
        "a kind of psoriasis with small bumps full of pus",
    ),
    (
        "NCT02634801",
        "Have predominant pattern of pustular, erythrodermic, and/or guttate forms of psoriasis.",
        "erythrodermic",
        "a rare, severe psoriasis",
    ),
    (
        "NCT02634801",
        "Have predominant pattern of pustular, erythrodermic, and/or guttate forms of psoriasis.",
        "guttate",
        "a kind of psoriasis with many small, drop-shaped spots",
    ),
    (
        "NCT02634801",
        "Have received systemic nonbiologic psoriasis therapy.",
        "nonbiologic",
        "not a biologic: a medicine made by chemistry",
    ),
    (
        "NCT02634801",
        "Have prior, concurrent, or recent use of ixekizumab or any other biological psoriasis therapy.",
        "biological psoriasis therapy",
        "medicines made from living cells",
    ),
    (
        "NCT01469923",
        "Any clinically significant abnormalities in clinical chemistry, haematology (including eosinophilia) or "
        "urinalysis results as judged by the investigator",
        "clinical chemistry",
        "blood tests of salts, sugar, proteins and enzymes",
    ),
    (
        "NCT01469923",
        "Any clinically significant abnormalities in clinical chemistry, haematology (including eosinophilia) or "
        "urinalysis results as judged by the investigator",
        "eosinophilia",
        "too many eosinophils",
    ),
    (
        "NCT01298063",
        "Hepatically impaired subjects as determined by a hepatologist/ gastroenterologist:",
        "hepatically impaired",
        "with a liver that does not work well enough",
    ),
    (
        "NCT01298063",
        "Hepatically impaired subjects as determined by a hepatologist/ gastroenterologist:",
        "hepatologist",
        "a doctor who treats liver diseases",
    ),
    (
        "NCT01298063",
        "Hepatically impaired subjects as determined by a hepatologist/ gastroenterologist:",
        "gastroenterologist",
        "a doctor who treats diseases of the stomach",
    ),
]


@pytest.mark.parametrize(("nct", "text", "term", "definition"), SENSES, ids=[f"{row[0]}-{row[2]}" for row in SENSES])
def test_a_term_gets_the_note_of_the_sense_its_sentence_uses(nct, text, term, definition):
    notes = _notes(text)
    assert term in notes, f"{nct}: no note for {term!r} in {sorted(notes)}"
    assert notes[term].startswith(definition), f"{nct}: {term!r} explained as {notes[term]!r}"


# (NCT id, sentence, a term that must get no note, why)
NOT_EXPLAINED = [
    ("NCT02387086", "Patient must have measurable lesion and in stage IIIB or IV disease", "IV", "a stage, not a vein"),
    (
        "NCT02814825",
        "Candidates who satisfy ALL of the following inclusion criteria and consent to participate",
        "ALL",
        "emphasis, not a leukemia",
    ),
    (
        "NCT00512707",
        "Presence of androgen deficiency defined as serum total testosterone level less than 300 ng/dL (measured by "
        "LC-MS/MS)",
        "MS",
        "mass spectrometry, not multiple sclerosis",
    ),
    (
        "NCT00555087",
        'To have diagnosis of erectile dysfunction by IIEF. Qualification less than 46 points and/or GAQ with Answer "NO".',
        "NO",
        "an answer, not nitric oxide",
    ),
    (
        "NCT06841627",
        "Age of PH onset was less than 50 years, currently taking medication for headaches.",
        "PH",
        "a headache, not high blood pressure in the lungs",
    ),
    (
        "NCT00415220",
        "one of the three participating spinal neurosurgeons (SC, SJD, RJH) between December 2000 and May 2004",
        "SC",
        "a surgeon's initials, not an injection under the skin",
    ),
    ("-", "Insulin 10 units a day for diabetes", "units", "insulin units, not alcohol"),
    ("-", "Eastern Cooperative Oncology Group trial E1199", "Eastern Cooperative Oncology Group", "a trial group"),
    ("-", "Patients with a spinal tumor of stage T2 or T6 lesions", "2L", "no second line here"),
    ("NCT03343093", "Living in the US (including territories) as measured by valid US zip code", "US", "a country"),
    (
        "NCT04874480",
        "Patients must not have had leukemia therapy for 14 days prior to starting tegavivint (BC-2059).",
        "BC",
        "a drug's code, not breast cancer or blast crisis",
    ),
    (
        "NCT01616511",
        "Subject has been implanted with an ATI Neurostimulator as a part of the Pathway CH-1 trial.",
        "CH",
        "a trial's name",
    ),
    (
        "NCT03607838",
        "Subjects with single-level LDH (L4-L5 or L5-S1 (or L5-L6)) with clear, demonstrable nerve root impingement",
        "lactate dehydrogenase",
        "a disc, not a blood test",
    ),
    (
        "NCT06945705",
        "Patients who received local therapy (radiotherapy or pleural perfusion therapy) are also eligible if the "
        "treated lesion is not the target lesion",
        "perfusion",
        "medicine put into the chest lining, not blood flow",
    ),
    (
        "NCT02759614",
        "Known hypersensitivity to bevacizumab and Chinese hamster ovary cell products",
        "ovary",
        "the hamster cells' name, not the reader's ovaries",
    ),
    # a phrase explains the abbreviation inside it: one note, the phrase's
    ("NCT00655629", "History of congenital QT prolongation", "QT", "covered by 'QT prolongation'"),
    ("NCT05589896", "acute biophenotypic leukemia (ABL)", "ABL", "the leukemia's own abbreviation, not the gene"),
    ("NCT00512707", "free testosterone level (measured by equilibrium dialysis)", "dialysis", "a lab method"),
    (
        "NCT01262833",
        "as determined by past medical history routinely performed prior to catheterization",
        "a thin tube put into the bladder",
        "a study of heart catheterization: nothing near says the bladder",
    ),
    (
        "NCT02856893",
        "second-degree heart block, PR interval more than 250 msec",
        "PR",
        "covered by 'PR interval'",
    ),
    # The glossary audit of 2026-12-05: no short note can be right, or the note would say the reverse.
    (
        "NCT06317558",
        "Patients included in unblinded clinical trials or anti-tumor drug intervention.",
        "unblinded",
        "trials whose groups are still secret",
    ),
    (
        "NCT03905018",
        "recent use of antiviral drugs that contains vasoconstrictors.",
        "antiviral",
        "most likely cold remedies with a decongestant",
    ),
    (
        "NCT05282459",
        "Dysplastic (nonproliferative) CMML with WBC less than 13.0/microL)",
        "dysplastic",
        "a kind of blood cancer, not cells that are not cancer",
    ),
    ("NCT00143221", "Previous prostate surgery or invasive intervention for BPH", "invasive", "going into the body"),
    ("NCT05714891", "are required to undergo invasive staging by EBUS or", "invasive", "going into the body"),
    ("NCT06573554", "Active dental caries or invasive dental procedure", "invasive", "going into the body"),
    # The second glossary audit
    ("NCT06299332", "Abstinence from taking PDE5 for 4 weeks", "abstinence", "a break from a medicine, not from sex"),
    (
        "NCT03142542",
        "Metabolic inducers: Dexamethasone, Rifampicin, Antipyretics (Phenytoin, Phenobarbital, Carbamazepine)",
        "antipyretics",
        "the study's slip for seizure medicines",
    ),
    (
        "NCT06480136",
        "been free of systemic hormone therapy (at a dose of >10 mg per day of prednisone)",
        "hormone therapy",
        "steroids, not a hormone treatment of a cancer",
    ),
    (
        "NCT05833815",
        "requiring use of ongoing maintenance therapy for life-threatening ventricular arrhythmia",
        "maintenance therapy",
        "a heart medicine, not treatment after a cancer's",
    ),
    ("NCT05232279", "to increase/decrease nitrate or nitric oxide levels", "nitrate", "a body chemical"),
    ("NCT03642366", "Partial response to highest dose of PDE5i", "partial response", "an erection medicine"),
    (
        "NCT03944876",
        "osteomyelitis, or primary or secondary malignancies involving the face",
        "secondary malignancies",
        "cancer spread to the face, not one caused by treatment",
    ),
    # The trialgpt1 review: guarded entries, in the other senses of their spellings
    ("-", "KRAS wt and BRAF wt tumors", "wt", "wild-type, not weight"),
    ("-", "Patients on IHD (intermittent hemodialysis) three times a week", "IHD", "a dialysis, not heart disease"),
    ("-", "Allergy to GOLD or nickel jewellery", "GOLD", "the metal, not the COPD group"),
    ("-", "T/P ratio of the tumor on imaging", "T/P", "a ratio, not a sore throat"),
    ("-", "PMN (primary membranous nephropathy) with proteinuria", "PMN", "a kidney disease, not white cells"),
    ("-", "Fine Score for hand dexterity of 10 or less", "Fine Score", "a hand test, not pneumonia"),
    ("-", "Acquired brain injury (ABI) in the past year", "ABI", "a brain injury, not the ankle test"),
    ("-", "Referral to the GIB clinic for nutrition advice", "GIB", "a clinic, not a bleed"),
    ("-", "CGI (computer-generated imagery) video game use", "CGI", "pictures, not the rating"),
    ("-", "Total energy expenditure (TEE) measured by doubly labelled water", "TEE", "energy, not the heart scan"),
    ("-", "PFO (perfluorooctane) exposure at work", "PFO", "a chemical, not the heart opening"),
    ("-", "Patients with familial amyloid polyneuropathy (FAP)", "FAP", "a nerve disease, not bowel polyps"),
    ("-", "GCS (graduated compression stockings) after surgery", "GCS", "stockings, not the coma scale"),
    ("-", "Prior CBT (cord blood transplant) for leukemia", "CBT", "a transplant, not talk therapy"),
    ("-", "Patients with Becker muscular dystrophy (BMD)", "BMD", "a muscle disease, not bone density"),
    ("-", "Spinal cord injury, ASIA Impairment Scale (AIS) grade A", "AIS", "the spinal cord scale"),
    ("-", "KD diet for epilepsy", "KD", "a diet, not Kawasaki disease"),
    ("-", "NKF (natural killer function) assay", "NKF", "an immune test, not the kidney group"),
    ("-", "CTL (cutaneous T-cell lymphoma) with skin patches", "CTL", "a lymphoma, not virus-fighting cells"),
    ("-", "VST (visual search task) scores", "VST", "a test, not virus-fighting cells"),
    ("-", "The NTM score of the hand test", "NTM", "a score, not TB-like germs"),
    ("-", "PSG (Pediatric Surgery Group) protocol", "PSG", "a group, not the sleep test"),
    ("-", "OAI (Osteoarthritis Initiative) knee cohort", "OAI", "a cohort, not the apnea index"),
    ("-", "Sleep AT LEAST 6 hours a night with obstructive sleep apnea", "AT", "the word, not the surgery"),
    ("-", "Taking ENT (entecavir) for hepatitis B", "ENT", "a medicine, not ear, nose and throat"),
    ("-", "CAD (computer-aided detection) reading of chest X-rays", "CAD", "software, not heart disease"),
    ("-", "ATG start codon mutation", "ATG", "a codon, not the transplant medicine"),
    ("NCT02273232", "Known moderate PVD", "PVD", "with nothing near and no study about leg arteries"),
    ("-", "Lactated Ringer's or Ringer's lactate infusion", "lactate", "a drip fluid"),
    (
        "NCT00576225",
        "LDH more than 2.5X IULN (lactate dehydrogenase)",
        "a substance in the blood that rises",
        "the enzyme",
    ),
    ("-", "Wearing rubber bands on the wrist", "bands", "an everyday word"),
    ("NCT06029816", "Predicted survival at least 12 weeks", "predicted", "a life expectancy, not a lung value"),
    (
        "NCT00203190",
        "Subjects must have a lifetime prevalence of at least 2 prior cluster cycles.",
        "prevalence",
        "the study's word for a history",
    ),
    ("-", "Akinesis of the limbs in Parkinson's disease", "akinesis", "the limbs, not the heart wall"),
    (
        "NCT06944470",
        "anti-PD-1, anti-PD-L1, anti-CTLA-4 therapy) and anti-angiogenic therapy (such as anti-VEGF pathway-targeted "
        "drugs)",
        "angiogenic therapy",
        "the opposite: medicines that stop new vessels",
    ),
    ("-", "Rheumatoid arthritis with bone erosions on X-ray", "erosions", "bone, not the stomach"),
    ("-", "Erosive arthritis of the hands", "erosive", "joints, not the food pipe"),
    ("-", "A surrogate endpoint of survival", "surrogate", "an endpoint, not a person"),
    ("-", "Injury at segment IV of the spinal cord", "segment IV", "the spine, not the liver"),
    ("-", "Bulbar palsy or bulbar weakness in ALS", "bulbar", "the brainstem, not the eye"),
    ("-", "Tumour grades II-IV on biopsy", "grades II-IV", "a tumor, not GVHD"),
    (
        "NCT02349698",
        "adequate pulmonary function as indicated by room air oxygen saturation of more than 94%",
        "indicated",
        "shown by, not medically advised",
    ),
    (
        "NCT00777179",
        "Complete Response(CR), Partial Response (PR) or stable disease (SD) by RECIST.",
        "standard deviation",
        "stable disease",
    ),
    # The trialgpt2 review: guarded entries, in the other senses of their spellings
    ("NCT00655590", "Other exclusion criteria apply according to US Product Information", "US", "a country"),
    (
        "NCT00282607",
        "The investigator will record the etiology of the ED (organic, psychogenic or mixed).",
        "ED",
        "erectile dysfunction, not the emergency department",
    ),
    (
        "NCT01406860",
        "not eligible to receive droperidol based on ED protocol (see below)",
        "emergency department",
        "nothing before it says a place",
    ),
    ("-", "Androgen deficiency (AD) with low testosterone", "AD", "androgen deficiency, not Alzheimer's disease"),
    ("-", "Known ESR1 LBD mutation on ctDNA", "LBD", "a gene's ligand-binding domain, not a dementia"),
    ("-", "PDD (pervasive developmental disorder) or autism", "PDD", "a developmental disorder, not a dementia"),
    ("-", "Glucose management indicator (GMI) below 7% on a sensor", "GMI", "a sugar sensor's number"),
    ("-", "INH route (inhaled) for the study drug", "INH", "inhaled, not the TB medicine"),
    ("-", "Referred by Dr Forrest of the local clinic", "Forrest class", "a name, not the ulcer grade"),
    ("-", "Thermal coagulation of the cervix for precancer", "thermal coagulation", "not a bleeding spot"),
    (
        "NCT04250064",
        "Tumour Diagnosis: Newly diagnosed non-disseminated treatment naïve DIPG",
        "disseminated",
        "not spread",
    ),
    ("-", "Disseminated intravascular coagulation (DIC)", "spread widely", "a clotting disorder"),
    ("-", "UPDRS part III motor score of at least 20", "motor score", "a Parkinson's scale, not the coma scale"),
    ("-", "Spinal epidural hematoma after a nerve block", "epidural hematoma", "the spine, not under the skull"),
    ("-", "Tooth enamel demineralization (white spots)", "demineralization", "teeth, not bone"),
    (
        "NCT02397473",
        "Current use or any prior exposure to any calcitonin-gene-related peptide (CGRP) antibody",
        "a hormone from the thyroid gland",
        "a migraine protein's name",
    ),
    ("-", "Use of fluoride toothpaste twice a day", "fluoride", "toothpaste, not a bone medicine"),
    (
        "NCT02753764",
        "stable angina pectoris classified higher than Canadian Cardiovascular Society (CSS) class 2. History of "
        "hospitalization within 12 months caused by heart failure",
        "heart failure class",
        "a class of angina",
    ),
    ("-", "ASA class III in a patient with heart failure", "heart failure class", "anesthesia risk"),
    ("NCT00492635", "NYHA Class III or IV heart failure", "heart failure class", "NYHA has its own note"),
    ("-", "Unipolar pacing lead in place", "unipolar", "a pacemaker lead, not depression"),
    ("-", "History of a pre-term pregnancy before 34 weeks", "term pregnancy", "born early, not at term"),
    ("-", "History of multiple pregnancy losses", "multiple pregnancy", "miscarriages, not twins"),
    ("-", "Seen at the Neary clinic for a follow-up visit", "Neary's criteria", "a name"),
    (
        "NCT02945449",
        "Lab values for complete blood count (CBC), prothrombin time (PT)",
        "a blood test that counts red cells, white cells and platelets",
        "the CBC note says it",
    ),
    # The ctparser1 review: guarded entries, in the other senses of their spellings
    ("-", "Positive SARS COV 2 PCR", "SARS", "the COVID-19 virus, not the 2003 illness"),
    (
        "NCT05833815",
        "examples of live vaccines include intranasal influenza, measles, mumps, rubella, oral polio, BCG, yellow "
        "fever, varicella and TY21a typhoid, SARS CoV2 vaccines",
        "SARS",
        "the COVID-19 virus, not the 2003 illness",
    ),
    ("-", "MAP kinase pathway mutation", "MAP", "a kinase, not a blood pressure"),
    ("-", "Patients who cannot read a MAP of the ward", "MAP", "nothing near says blood pressure"),
    ("-", "MRE of the small bowel in Crohn's disease", "MRE", "a bowel scan, not the liver's stiffness"),
    ("-", "Referred by the mmc team", "mmc", "not a unit after a number"),
    ("-", "Lesion of 10 mM in diameter", "mM", "a size, not a concentration"),
    ("-", "The PUI questionnaire on pain", "PUI", "nothing near says an infection"),
    (
        "-",
        "All patients under investigation in this trial must sign consent",
        "patients under investigation",
        "the patients of the study",
    ),
    (
        "NCT04344444",
        "Positive SARS-CoV-2 testing or consistent clinical syndrome (based on clinical picture e.g. characteristic "
        "infiltrates on chest x-ray, laboratory findings, and with agreement by two physicians) in patients under "
        "investigation (PUIs).",
        "people who may have an infection",
        "the PUIs note says it",
    ),
    ("-", "DNR 60 mg/m2 days 1-3 with cytarabine", "DNR", "daunorubicin, not do not resuscitate"),
    ("-", "TCZ (transition zone) of the prostate", "TCZ", "a part of the prostate, not tocilizumab"),
    ("-", "History of electric shock injury", "shock", "electricity, not low blood pressure"),
    ("-", "Appropriate ICD shock in the past 3 months", "shock", "a defibrillator's"),
    ("-", "Previous shock waves to the penis", "shock", "shock waves"),
    ("-", "Spinal shock after the injury", "shock", "a spinal cord injury's"),
    (
        "NCT00210704",
        "Allergy or hypersensitivity to selective serotonin reuptake inhibitors (SSRIs) or serotonin norepinephrine "
        "reuptake inhibitors (SNRIs)",
        "norepinephrine",
        "an antidepressant's name, not the blood pressure medicine",
    ),
    (
        "NCT01063855",
        "Known allergy, hypersensitivity, or intolerance to selective serotonin reuptake inhibitors (SSRIs) or "
        "selective "
        "noradrenaline reuptake inhibitors (SNRIs)",
        "noradrenaline",
        "an antidepressant's name, not the blood pressure medicine",
    ),
    (
        "-",
        "Respiratory distress syndrome in premature newborns",
        "respiratory distress syndrome",
        "a newborn's, not the adult lung failure",
    ),
    (
        "NCT01526382",
        "Patients were included if they were diagnosed with Shock, Acute respiratory distress syndrome (ARDS), or "
        "both.",
        "a sudden, serious lung failure: fluid fills",
        "the ARDS note says it",
    ),
    ("-", "Willing to take part as an uncompensated volunteer", "uncompensated", "unpaid, not getting worse"),
    ("-", "Allergy to rhesus monkey kidney cells", "Rhesus", "a monkey, not the blood factor"),
    (
        "-",
        "Tumor must be platinum-resistant, defined as progression within 3 months",
        "platinum-resistant",
        "the study's own definition",
    ),
    (
        "NCT03165734",
        "Treatment with systemic anti-vascular endothelial growth factor (anti-VEGF) agents within 28 days prior to "
        "treatment Day 1.",
        "anti-vascular",
        "the name of a protein, VEGF",
    ),
    # Units and hospital terms readers found unexplained: guarded entries, in the other senses of their spellings
    ("-", "Cardiac output less than 2.5 L/min at right heart catheterization", "L/min", "the heart's output"),
    ("-", "Peak expiratory flow less than 200 L/min while on oxygen", "L/min", "air blown out, not oxygen given"),
    ("-", "Liver iron concentration more than 7 mg/g dry weight", "mg/g", "iron in the liver, not a urine test"),
    ("-", "DNA concentration of at least 50 ng/µL", "/µL", "not a count of cells"),
    (
        "NCT05585931",
        "Sperm concentration at least 15*10^6/ml, Sperm motility (a+b(%)) at least 32%, Semen volume at least 1.5 ml",
        "/ml",
        "a sperm count, not cells in the blood",
    ),
    (
        "NCT06940401",
        "Active hepatitis B (HBsAg positive and HBV DNA at least 500 U/mL) or hepatitis C",
        "/mL",
        "after another unit",
    ),
    (
        "NCT06940401",
        "Active hepatitis B (HBsAg positive and HBV DNA at least 500 U/mL) or hepatitis C",
        "U",
        "units of virus per milliliter, not a medicine's units",
    ),
    (
        "NCT05014165",
        "The patient must also have been registered with COG by a North American (limited to the U.S. and Canada) "
        "member institution.",
        "U",
        "not after a number",
    ),
    ("-", "Allergy to the 10 mg/mL oral solution of the study drug", "mg/mL", "a medicine's liquid, not the blood"),
    (
        "NCT03983954",
        "Serum creatinine at most 1.5 mg/dL or calculated creatinine clearance (CrCL) more than 40 mL/sec by "
        "Cockcroft-Gault (using actual body weight)",
        "mL/sec",
        "a kidney value, not urine flow",
    ),
    ("-", "Ozone levels above 70 ppb at the workplace", "ppb", "a gas in the air, not the breath test"),
    (
        "NCT04811560",
        "Requires immunosuppressant therapy (exception: daily doses at most 10 milligrams (mg) prednisone or equivalent "
        "are allowed for adrenal replacement)",
        "mg",
        "not after a number: the study spells it out",
    ),
    ("-", "CSF protein more than 45 mg / dl", "mg / dl", "the spinal fluid, not the blood"),
    ("-", "Urine pregnancy test with a sensitivity of 25 U / L", "U / L", "an amount of hormone, not an enzyme"),
    (
        "NCT06751849",
        "Rheumatoid panel: C-reactive protein (CRP) at most 10.0mg/L; Anti-streptolysin O (ASO) less than 500U; "
        "Erythrocyte sedimentation rate at most 15mm/h (men) or 20mm/h (women)",
        "/h",
        "part of a unit written against its number",
    ),
    (
        "NCT05208814",
        "moderate renal insufficiency (CKD 3 stage): GFR: 30-59mL/min",
        "/min",
        "part of a unit written against its number",
    ),
    (
        "-",
        "Admitted to the intensive care unit (ICU) within the last 24 hours",
        "the hospital ward for the sickest patients",
        "the ICU note says it",
    ),
    # The exports1 and hint1 reviews: guarded entries, in the other senses of their spellings
    (
        "NCT02713789",
        "Poorly controlled diabetes mellitus as defined by HgA1c more than 8.0 mg% at time of enrollment;",
        "mg%",
        "a percentage typed with a unit, not a blood level in milligrams",
    ),
    ("-", "History of CVD coating on the implant", "CVD", "nothing near says heart disease"),
    (
        "NCT06067984",
        "participant self-reports use of synthetic cannabinoids (K2, Spice), inhalants, amphetamines (including "
        "MDMA/ecstasy), phencyclidine (PCP), cocaine, opiates",
        "primary care provider",
        "the drug, not a doctor",
    ),
    ("-", "Needs PCP prophylaxis with trimethoprim-sulfamethoxazole", "primary care provider", "a lung infection"),
    ("-", "Positive urine drug screen for the PCP of the clinic visit", "primary care provider", "a drug test"),
    (
        "NCT03369964",
        "All patients will have a tuberculin (purified protein derivative [PPD]) skin test or interferon-gamma release "
        "assay (IGRA) done locally",
        "postpartum depression",
        "the tuberculosis skin test",
    ),
    (
        "-",
        "Major depressive disorder with postpartum onset; negative PPD test",
        "postpartum depression",
        "a PPD test is the tuberculosis skin test",
    ),
    ("-", "Infants with SCID diagnosed by newborn screening", "SCID", "an immune disease, not an interview"),
    ("-", "Acute HIV infection (AHI) at screening", "AHI", "an HIV infection, not sleep apnea"),
    ("-", "AHI cohort of the HIV study", "AHI", "nothing near says sleep"),
    ("-", "Endoscopic sinus surgery (ESS) in the past year", "ESS", "sinus surgery, not sleepiness"),
    (
        "NCT02637648",
        "Have sleep apnea syndrome, defined as an Apnea index more than 10 per hour or an Apnea-hypopnea Index (AHI) "
        "more than 15/h",
        "the number of times an hour breathing stops",
        "the AHI note says it",
    ),
    (
        "NCT05365607",
        "Pittsburgh Sleep Quality Index (PSQI) score 6 or higher;",
        "a questionnaire score of how well you slept",
        "the PSQI note says it",
    ),
    ("-", "PA and lateral chest X-ray", "PA", "a view of an X-ray, not aldosteronism"),
    ("-", "At least 150 minutes of PA a week", "PA", "physical activity"),
    ("-", "I AM SANE AND WELL", "SANE", "the word, not a nurse"),
    ("-", "Patients who are sane and able to consent", "SANE", "the word, not a nurse"),
    ("-", "AN ECG IS REQUIRED", "AN", "the word, not anorexia nervosa"),
    ("-", "Must have an AN score above 3 on the pain scale", "AN", "nothing near says an eating disorder"),
    ("-", "BSS of the trunk after spinal cord injury", "BSS", "not a stool scale"),
    ("-", "HGF levels in the lab", "HGF", "nothing near says MET or cancer"),
    ("-", "Tissue sample of the mm2 area", "mm2", "not after a number"),
    ("-", "Pure red cell aplasia or hypoplasia of the marrow", "hypoplasia", "the marrow, not the ear"),
    ("-", "History of auricular fibrillation", "auricular", "the heart's atrial fibrillation, not the ear"),
    (
        "NCT03525262",
        "MRI evidence of gross disease (defined as PIRADS v2 score 3-5 lesions) at most 5mm of BOTH neurovascular "
        "bundles",
        "gross",
        "a tumor seen on a scan, not blood in the urine",
    ),
    (
        "NCT06214572",
        "feasible for safe radiation delivery (Liver minus gross tumor volume at least 700cc)",
        "gross",
        "a tumor's volume",
    ),
    ("-", "Behavioral disinhibition after a frontal brain injury", "disinhibition", "behavior, not eating"),
    (
        "-",
        "Breakthrough bleeding on factor VIII prophylaxis in hemophilia A",
        "breakthrough bleeding",
        "a bleed in a bleeding disorder, not between periods",
    ),
    (
        "NCT06742931",
        "True bifurcation lesion that requires upfront 2-stenting",
        "upfront",
        "two heart stents planned from the start",
    ),
    ("-", "Payment is made upfront for travel", "upfront", "money, not a treatment"),
    (
        "NCT00334282",
        "at least one measurable lesion per Response Evaluation Criteria in Solid Tumors (RECIST).",
        "solid tumors",
        "the name of RECIST, whose note says it",
    ),
    ("-", "Keratinizing skin disorders such as ichthyosis", "keratinizing", "a skin disease, not a cancer"),
    ("NCT04946890", "FLT3 internal tandem repeat (ITD), FLT3 tyrosine kinase domain (TKD)", "tandem", "a gene change"),
    (
        "NCT05813288",
        "Two protocol acceptable methods of contraception in tandem.",
        "tandem",
        "together, not two transplants",
    ),
    ("-", "Free beta subunit of the thyroid hormone receptor", "beta subunit", "not the pregnancy hormone"),
    (
        "NCT05585931",
        "Sperm concentration at least 15*10^6/ml, Sperm motility (a+b(%)) at least 32%",
        "motility",
        "how sperm swim, not the gut",
    ),
    ("-", "Eats only organic food", "organic", "food, not a disease"),
    (
        "-",
        "Current or expected use of organic nitrates at any time during the study",
        "caused by a physical disease",
        "medicines",
    ),
    (
        "NCT02017327",
        "acute or chronic severe organic disease: hepatic, endocrine, neoplastic, haematological",
        "organic",
        "not the gut sense",
    ),
    ("-", "Widened Sylvian fissures on brain MRI", "fissures", "folds of the brain, not skin"),
    (
        "-",
        "Inhaled hypertonic saline for cystic fibrosis",
        "water with more salt than the body's own fluids",
        "breathed in, not a drip",
    ),
    ("-", "A child C may join with a parent", "Child C", "nothing near says liver"),
    (
        "NCT00318643",
        "Signed, written Institutional Review Board (IRB)-approved informed consent",
        "Institutional Review Board",
        "the IRB note says it",
    ),
    # The exports2 and hint2 reviews: guarded entries, in the other senses of their spellings
    ("-", "Current CUD with daily cocaine use", "CUD", "cocaine use disorder, not cannabis"),
    ("-", "Juvenile DM with muscle weakness and a skin rash", "DM", "dermatomyositis, not diabetes"),
    ("-", "Bladder carcinoma in situ (CIS) treated with BCG", "CIS", "carcinoma in situ, not a first attack of MS"),
    (
        "NCT03569618",
        "Adult men or women diagnosed with multiple sclerosis (MS) or clinically isolated syndrome (CIS)",
        "a first attack of nerve symptoms like those of multiple sclerosis, lasting",
        "the CIS note says it",
    ),
    ("-", "SPCT results pending from the lab", "SPCT", "nothing near says an eye test"),
    ("-", "History of an AID such as lupus or rheumatoid arthritis", "AID", "an autoimmune disease, not a pump"),
    (
        "NCT01813760",
        "use or have used in the prior 30 days any skin products that contain alpha hydroxy acids (AHA) e.g. glycolic, "
        "lactic, citric, or mendelic acid containing products or retinol/tretinoin",
        "AHA",
        "alpha hydroxy acids, not diabetes medicines",
    ),
    (
        "NCT02099110",
        "any other antihyperglycemic agents (AHA) with the exception of the protocol-approved agents",
        "diabetes medicines that lower blood sugar",
        "the AHA note says it",
    ),
    ("-", "Intestinal metaplasia (IM) on a gastric biopsy", "IM", "a change in the stomach lining, not a shot"),
    ("-", "Any FAE during the run-in period", "FAE", "nothing near says psoriasis"),
    ("-", "ISI of 1.2 for the thromboplastin reagent", "ISI", "the sensitivity index of a clotting test"),
    ("-", "CDR sequences of the antibody", "CDR", "a part of an antibody, not a dementia rating"),
    (
        "-",
        "Insomnia Severity Index (ISI) score of at least 15",
        "a 7-question score of how bad sleep problems are",
        "the ISI note says it",
    ),
    (
        "NCT06878859",
        "Problematic cannabis use, as indicated by the Cannabis Use Disorder Identification Test - Revised (CUDIT-R)",
        "cannabis use disorder",
        "the name of a questionnaire",
    ),
    (
        "NCT03300609",
        "Any other anti-cancer therapy, including chemotherapy agents, targeted agents, or biological agents not "
        "otherwise specified in this protocol",
        "not otherwise specified",
        "not named elsewhere in the protocol, not a diagnosis",
    ),
    (
        "NCT05421624",
        "Cognitive impairment (i.e., Mini-Mental State Exam Score (MMSE) less than 24)",
        "a 0 to 30 test of memory and thinking",
        "the MMSE note says it",
    ),
    (
        "NCT01138111",
        "Clinical dementia rating (CDR) score more than 0.5 at baseline",
        "a score of how much memory loss affects daily life",
        "the CDR note says it",
    ),
    (
        "NCT02003391",
        "Best-corrected visual acuity (BCVA) score worse than 55 ETDRS letters (equivalent to 20/80 Snellen, 0.60 "
        "logMAR or 0.25 decimal).",
        "how sharply you see with the best glasses",
        "the BCVA note says it",
    ),
    (
        "NCT02782117",
        "Corrected distance heterotropia at most 5 prism diopters on simultaneous prism and cover test (SPCT)",
        "an eye test of how much an eye turns",
        "the SPCT note says it",
    ),
    ("-", "Deleterious use of alcohol in the past year", "deleterious", "harmful use, not a gene change"),
    (
        "NCT04870190",
        "Infections in which pathogenic bacteria that are currently producing symptoms or diseases that require "
        "systemic treatment",
        "causing disease; said of a gene change",
        "germs, not a gene change",
    ),
    ("-", "Routine blood testing panel at screening", "testing panel", "blood tests, not a genetic test"),
    (
        "NCT07211035",
        "Significant radial artery calcification",
        "tiny spots of calcium in the breast",
        "an artery, not the breast",
    ),
    (
        "NCT05809544",
        "received continuous psychotherapy such as CBT, motivational enhancement therapy, psychotherapy, and "
        "psychoanalysis in the past 3 months",
        "enhancement",
        "a kind of talk therapy, not a scan",
    ),
    (
        "NCT04839692",
        "Have permanent lip implant, and lip enhancement or laser therapy performed within the preceding 12 months;",
        "enhancement",
        "a cosmetic treatment, not a scan",
    ),
    (
        "NCT00540072",
        "or hypothermia, defined as core body temperature of less than 35.0 ºC (95.0 ºF)",
        "core",
        "the inside of the body, not a biopsy",
    ),
    (
        "NCT00472576",
        "Subjects responding to the prospective trial will be ineligible to randomize. (A CORE representative will be "
        "present when the subject is informed as to the decision to randomize",
        "core",
        "a name, not a biopsy",
    ),
    (
        "NCT02275039",
        "this will be assessed semi-quantitatively by a Clinical Laboratory Improvement Amendments (CLIA) approved "
        "pathology core pathologist",
        "core",
        "a laboratory, not a biopsy",
    ),
    (
        "NCT02260986",
        "Positive hepatitis B surface antigen (HBsAg), hepatitis B core antibody (HBcAb), or hepatitis C antibody at the "
        "screening visit;",
        "hepatitis B core antibody",
        "the HBcAb note says it",
    ),
    (
        "NCT02260986",
        "Positive hepatitis B surface antigen (HBsAg), hepatitis B core antibody (HBcAb), or hepatitis C antibody at the "
        "screening visit;",
        "hepatitis B surface antigen",
        "the HBsAg note says it",
    ),
    ("-", "Open-loop control of the stimulator settings", "open-loop", "nothing near says insulin"),
    ("-", "Aerobic bacteria in the blood culture", "aerobic", "germs, not exercise"),
    (
        "NCT06797245",
        "Currently using intermittent or indwelling catheter",
        "intermittent",
        "a catheter put in now and then, not a medicine's use",
    ),
    ("-", "Interest accrued on the payment", "accrued", "money, not enrolment"),
    (
        "NCT01438047",
        "Subjects are scheduled for PLD treatment of the port wine stain",
        "port",
        "a birthmark, not a device",
    ),
    (
        "NCT05326516",
        "or within 14 days from local palliative radiation therapy (small port).",
        "port",
        "a radiation field, not a device",
    ),
    (
        "NCT04472845",
        "Total mastectomy with axillary clearance(TMAC); (reconstruction allowed but not with implant; tissue expanders "
        "with distant metal ports are allowed)",
        "port",
        "the filling valve of an expander, not a device in a vein",
    ),
    ("-", "Pustular acne on the face", "pustular", "acne, not psoriasis"),
    ("-", "Erythrodermic mycosis fungoides", "erythrodermic", "a lymphoma of the skin, not psoriasis"),
]


@pytest.mark.parametrize(
    ("nct", "text", "term", "why"), NOT_EXPLAINED, ids=[f"{row[0]}-{row[2]}" for row in NOT_EXPLAINED]
)
def test_a_term_used_in_a_sense_the_glossary_does_not_hold_gets_no_note(nct, text, term, why):
    notes = _notes(text)
    assert term not in notes and not any(definition.startswith(term) for definition in notes.values()), (
        f"{nct}: {term!r} ({why}) explained: {notes}"
    )


# (NCT id, the study's conditions, sentence, the term explained, the start of its definition): senses only the study's
# subject tells apart, where nothing near the abbreviation says which (trialgpt1 review: left unexplained)
STUDY_SENSES = [
    (
        "NCT02390596",
        "Kawasaki Disease, Children",
        "Patients, male and female, at any age at least 3 months (5 kg) of life, with KD according to the American "
        "Heart "
        "Association definition for complete or incomplete KD.",
        "KD",
        "Kawasaki disease",
    ),
    (
        "NCT00841789",
        "Kawasaki Disease",
        "Female subjects diagnosed with KD 12 years of age and older.",
        "KD",
        "Kawasaki",
    ),
    ("NCT02273232", "Peripheral Arterial Diseases", "Known moderate PVD", "PVD", "peripheral vascular disease"),
    ("NCT02273232", "Peripheral Arterial Diseases", "Known upper limb PVD", "PVD", "peripheral vascular disease"),
    # trialgpt2 review: AD in a study of Alzheimer's disease, or of atopic dermatitis; CSH in a study of subdural hematoma
    (
        "NCT00880347",
        "Alzheimer's Disease; Dementia",
        "Evidence that brain imaging (either cerebral CT-scan or cerebral MRI) was performed to settle the AD "
        "diagnosis, "
        "and that the results are compatible with AD diagnosis.",
        "AD",
        "Alzheimer's disease",
    ),
    (
        "NCT05372419",
        "Atopic Dermatitis",
        "Participants who have chronic AD that has been present for at least 1 year before screening.",
        "AD",
        "atopic dermatitis",
    ),
    (
        "NCT01624545",
        "Chronic Subdural Hematoma",
        "CSH due to spontaneous spinal CSF fistula or meningeosis carcinomatosa",
        "CSH",
        "chronic subdural hematoma",
    ),
    # ctparser1 review: TCZ in a study of tocilizumab for COVID-19 pneumonia, where nothing near says which medicine
    (
        "NCT04346355",
        "COVID-19 Pneumonia",
        "Known hypersensitivity to TCZ or its excipients",
        "TCZ",
        "tocilizumab",
    ),
    (
        "NCT04346355",
        "COVID-19 Pneumonia",
        "Known active infections or other clinical conditions that contraindicate TCZ and cannot be treated or "
        "resolved "
        "according to the physician's judgment",
        "TCZ",
        "tocilizumab",
    ),
    # exports1 and hint1 reviews: CVD in a study of cardiovascular health, PA in a study of primary aldosteronism, PPD
    # in a study of postpartum depression, where nothing near says which
    (
        "NCT05365607",
        "Posttraumatic Stress Disorder, Cardiovascular Diseases, Autonomic Dysfunction",
        "current or preexisting CVD or cancers (with the exception of past skin cancers) or active infection;",
        "CVD",
        "cardiovascular disease",
    ),
    (
        "NCT07027254",
        "Primary Aldosteronism, Secondary Hypertension, Aldosterone-Producing Adenoma",
        "Diagnosed with PA per 2016 Endocrine Society guidelines",
        "PA",
        "primary aldosteronism",
    ),
    ("-", "Postpartum Depression", "Prior treatment for PPD with medicines", "PPD", "postpartum depression"),
    # exports2 and hint2 reviews: CUD in a study of cannabis use disorder, DM in a study of diabetes, ISI in a study of
    # insomnia, AID (a system) in a study of diabetes, where nothing near says which
    (
        "NCT06878859",
        "Depression - Major Depressive Disorder, Cannabis Use Disorder",
        "Meet criteria for current MDD and CUD per the DSM-5",
        "CUD",
        "cannabis use disorder",
    ),
    (
        "NCT06220968",
        "Erectile Dysfunction With Diabetes Mellitus",
        "Documented history of DM.",
        "DM",
        "diabetes mellitus",
    ),
    ("NCT06339853", "Insomnia", "ISI at least 11", "ISI", "Insomnia Severity Index"),
    (
        "NCT06463483",
        "Chronic Kidney Diseases, Diabetes Mellitus",
        "The participant is already using an AID system",
        "AID",
        "automated insulin delivery",
    ),
]


@pytest.mark.parametrize(
    ("nct", "about", "text", "term", "definition"), STUDY_SENSES, ids=[f"{row[0]}-{row[3]}" for row in STUDY_SENSES]
)
def test_a_term_gets_the_note_the_studys_subject_says(nct, about, text, term, definition):
    notes = {found.term: found.definition for found in terms_in(text, about)}
    assert term in notes, f"{nct}: no note for {term!r} in {sorted(notes)}"
    assert notes[term].startswith(definition), f"{nct}: {term!r} explained as {notes[term]!r}"
    assert term not in _notes(text), "nothing near says which: only the study's subject does"


def test_a_page_explains_a_term_once_where_it_is_first_used_and_shows_it_as_written():
    plain = translate_eligibility(
        {
            "eligibilityCriteria": (  # NCT00468650, NCT00790751
                "Exclusion Criteria:\n\n"
                "* Subject with resting sitting hypotension (BP less than 90/50 mmHg) or hypertension (BP more than "
                "170/110 mmHg) and orthostatic hypotension.\n"
                "* Orthostatic hypotension\n"
            )
        }
    )
    explained = [(item.text, term.term) for item in plain.all_items() for term in item.terms]
    assert [term for _, term in explained].count("orthostatic hypotension") == 1
    assert ("BP" in {term for _, term in explained}) and ("mmHg" in {term for _, term in explained})
    first = next(text for text, term in explained if term == "orthostatic hypotension")
    assert first.startswith("Subject with resting sitting hypotension")


def test_a_sentence_in_capitals_keeps_the_abbreviations_the_glossary_knows():
    # NCT04714372's criterion, as a registry sometimes writes it: all in capitals
    assert original_words("LVEF ≥ 40% BY ECHOCARDIOGRAM OR MUGA") == "LVEF at least 40% by echocardiogram or MUGA"
    assert "MUGA" in KNOWN_ABBREVIATIONS
    # "ALL" in capitals is more often the word than the leukemia: it is not kept, so it gets no note
    assert "ALL" not in KNOWN_ABBREVIATIONS
    assert original_words("ALL PATIENTS MUST HAVE MEASURABLE DISEASE").startswith("All patients")


# The shape of every entry of the table.

_ALL = [("ABBREVIATIONS", found) for found in glossary_terms.ABBREVIATIONS] + [
    ("WORDS", found) for found in glossary_terms.WORDS
]
_NAME_FIRST = re.compile(r"^[\w'’.\-/ ()]+[:,]")  # "Sexual Encounter Profile: ...", "HIV, the virus ..."


@pytest.mark.parametrize(("table", "found"), _ALL, ids=[f"{table}-{found.spellings[0]}" for table, found in _ALL])
def test_every_definition_is_one_short_plain_line(table, found):
    definition = found.definition
    assert definition == definition.strip() and "\n" not in definition
    assert not definition.endswith("."), "the page adds the period"
    assert len(definition.split()) <= 26, "one line for a young reader"
    first = definition.split()[0]
    assert first[0].islower() or _NAME_FIRST.match(definition) or sum(c.isupper() for c in first) > 1, (
        "lower case unless it starts with a name or an abbreviation"
    )
    assert all(spelling and spelling == spelling.strip() for spelling in found.spellings)
    if table == "WORDS":
        assert not found.word


_EVERYDAY_WORDS_IN_CAPITALS = {"ALL", "MET", "WHO", "US", "ECHO", "FISH", "TIPS", "MUSE", "NET", "EPIC", "PRO", "GOT"}
_EVERYDAY_WORDS_IN_CAPITALS |= {"TENS", "MUD", "PAD", "CAD", "ET", "NO", "IT", "AS", "OR", "AND", "NOT", "AIM", "ACE"}
_EVERYDAY_WORDS_IN_CAPITALS |= {"AT", "GOLD", "MAP", "AN", "SANE"}


def test_an_abbreviation_that_is_also_an_everyday_word_in_capitals_is_marked():
    """A sentence in capitals is tamed to lower case except for known abbreviations: "ALL PATIENTS" must not
    keep "ALL" (and get the leukemia note)."""
    marked = 0
    for found in glossary_terms.ABBREVIATIONS:
        for spelling in found.spellings:
            if spelling in _EVERYDAY_WORDS_IN_CAPITALS:
                assert found.word and spelling not in KNOWN_ABBREVIATIONS, spelling
                marked += 1
    assert marked >= 10


def test_no_sense_of_a_spelling_is_hidden_by_an_earlier_sense_that_always_applies():
    """glossary.py's own entries are tried first, then this table's in order: an entry after an unguarded one for
    the same spelling would never be shown (also when another family adds the same term to glossary.py)."""
    for own, table, case_sensitive in (
        (glossary.ABBREVIATIONS, glossary_terms.ABBREVIATIONS, True),
        (glossary.WORDS, glossary_terms.WORDS, False),
    ):
        always: set[str] = set()
        for spellings, entry in own.items():
            if not entry.guarded:
                always.update(spelling if case_sensitive else spelling.lower() for spelling in spellings)
        for found in table:
            keys = {spelling if case_sensitive else spelling.lower() for spelling in found.spellings}
            assert not keys & always, f"never shown: {sorted(keys & always)}"
            if not found.guards:
                always |= keys
