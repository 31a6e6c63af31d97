"""Plain names of treatments and drug classes, as the registry writes them.

A curated table, never a substring swap: a spelling is read only as a whole name (with its own
qualifiers: "systemic", "oral", "strong", "live"), and its plain name keeps the study's own term in
brackets where a patient or doctor may need it ("erection medicines like sildenafil (PDE5
inhibitors)"). A drug named by its own name stays as written ("warfarin", "Viagra"); the names
the table knows, and those that end the way drug names are made (-mab, -tinib, -afil...), are
read as drugs.

How a treatment is had decides the verb a sentence gives it: a medicine is taken ("You took
warfarin"), a therapy or a procedure is had ("You had radiation therapy").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Kind = Literal["medicine", "therapy", "device"]  # taken; had (a therapy or a procedure); had put in, then had


@dataclass(frozen=True, slots=True)
class Name:
    plain: str  # "{term}" is replaced by the study's own spelling of the name
    kind: Kind
    keeps_term: bool = False  # the plain name quotes the study's term


@dataclass(frozen=True, slots=True)
class Treatment:
    """One treatment as a sentence names it: its plain words and how it is had."""

    plain: str
    kind: Kind

    @property
    def generic(self) -> bool:
        """Surgery or radiation of no named place: a place named beside it in a list may be meant for it too."""
        return self.plain in _GENERIC

    @property
    def placed(self) -> bool:
        """A surgery or radiation of a named place ("radiation therapy to the pelvis"); a medicine's words may name one
        ("medicines for chest pain") without being placed."""
        return self.kind != "medicine" and bool(_PLACE.search(self.plain))


_GENERIC = frozenset({"surgery", "major surgery", "minor surgery", "radiation therapy", "chemotherapy"})
_PLACE = re.compile(
    r"\b(?:pelvis|penis|prostate|spine|heart|brain|chest|kidney|liver|lung|bladder|belly|head|neck|eye)\b"
)


# Spelling (lower case, single spaces) -> its plain name.
NAMES: dict[str, Name] = {}


def _name(plain: str, kind: Kind, *spellings: str) -> None:
    for spelling in spellings:
        key = _key(spelling)
        NAMES[key] = Name(plain, kind, "{term}" in plain)


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower().replace("–", "-"))


# Medicines, by class.
_name(
    "erection medicines like sildenafil ({term})",
    "medicine",
    "PDE5 inhibitors",
    "PDE5 inhibitor",
    "PDE-5 inhibitors",
    "PDE-5 inhibitor",
    "PDE 5 inhibitors",
    "PDE 5 inhibitor",
    "PDE5i",
    "PDE5-I",
    "PDE-5i",
    "PDE5Is",
    "phosphodiesterase type 5 inhibitors",
    "phosphodiesterase type 5 inhibitor",
    "phosphodiesterase-5 inhibitors",
    "phosphodiesterase-5 inhibitor",
    "phosphodiesterase 5 inhibitors",
    "phosphodiesterase 5 inhibitor",
    "phosphodiesterase type-5 inhibitors",
    "phosphodiesterase type 5 (PDE5) inhibitors",
    "phosphodiesterase type 5 (PDE-5) inhibitors",
    "phosphodiesterase-5 (PDE5) inhibitors",
)
_name(
    "medicines for chest pain like nitroglycerin ({term})",
    "medicine",
    "nitrates",
    "nitrate",
    "organic nitrates",
    "organic nitrate",
    "nitrate medications",
    "nitrate medication",
    "nitrate medicines",
    "nitrate-containing medications",
    "nitrate-containing medication",
    "nitrate-containing drugs",
    "nitrate drugs",
    "long-acting nitrates",
    "short-acting nitrates",
    "nitrates of any preparation",
    "nitrates of any kind",
    "nitrates in any form",
)
_name(
    "medicines that release nitric oxide ({term})", "medicine", "nitric oxide donors", "nitric oxide donor", "NO donors"
)
_name(
    "medicines for blood pressure or the prostate ({term})",
    "medicine",
    "alpha blockers",
    "alpha blocker",
    "alpha-blockers",
    "alpha-blocker",
    "α-blockers",
    "α-blocker",
    "alpha-adrenergic blockers",
    "alpha adrenergic blockers",
    "alpha-adrenergic antagonists",
    "alpha-1 blockers",
)
_name(
    "blood thinners ({term})",
    "medicine",
    "anticoagulants",
    "anticoagulant",
    "anticoagulant therapy",
    "anticoagulant medications",
    "anticoagulant medication",
    "anticoagulant drugs",
    "anti-coagulants",
    "anti-coagulant therapy",
    "oral anticoagulants",
    "oral anticoagulant",
    "anticoagulation",
    "anticoagulation therapy",
    "therapeutic anticoagulation",
    "full-dose anticoagulation",
    "blood thinners",
    "blood thinner",
    "blood thinning medications",
    "blood-thinning medications",
)
_name(
    "medicines like aspirin that stop blood clots ({term})",
    "medicine",
    "antiplatelet agents",
    "antiplatelet drugs",
    "antiplatelet therapy",
    "antiplatelet medications",
    "anti-platelet agents",
    "anti-platelet therapy",
    "antiplatelets",
)
_name(
    "medicines that block male hormones ({term})",
    "medicine",
    "anti-androgens",
    "antiandrogens",
    "anti-androgen",
    "antiandrogen",
    "antiandrogen therapy",
    "anti-androgen therapy",
    "antiandrogen drugs",
    "anti-androgen medications",
)
_name(
    "male hormones ({term})",
    "medicine",
    "androgens",
    "androgen therapy",
    "androgen replacement therapy",
    "oral or injectable androgens",
    "androgen supplementation",
)
_name(
    "testosterone treatment ({term})",
    "medicine",
    "testosterone replacement therapy",
    "testosterone therapy",
    "testosterone supplementation",
    "testosterone replacement",
    "TRT",
    "testosterone treatment",
)
_name(
    "hormone treatment that lowers testosterone ({term})",
    "therapy",
    "androgen deprivation therapy",
    "androgen-deprivation therapy",
    "androgen deprivation treatment",
    "ADT",
    "androgen suppression therapy",
    "androgen suppression",
    "hormonal therapy for prostate cancer",
)
_name(
    "hormone therapy",
    "therapy",
    "hormonal therapy",
    "hormone therapy",
    "hormonal treatment",
    "hormone treatment",
    "endocrine therapy",
)
_name(
    "steroid medicines ({term})",
    "medicine",
    "corticosteroids",
    "corticosteroid",
    "steroids",
    "steroid",
    "glucocorticoids",
    "glucocorticoid",
    "corticosteroid therapy",
    "steroid therapy",
    "steroid treatment",
    "glucocorticoid therapy",
    "corticoids",
    "steroid medications",
)
_name(
    "steroid medicines that reach the whole body ({term})",
    "medicine",
    "systemic corticosteroids",
    "systemic corticosteroid",
    "systemic steroids",
    "systemic steroid",
    "systemic glucocorticoids",
    "systemic corticosteroid therapy",
    "systemic steroid therapy",
    "systemic glucocorticoid therapy",
    "systemic corticoids",
)
_name(
    "steroid pills ({term})",
    "medicine",
    "oral corticosteroids",
    "oral steroids",
    "oral steroid",
    "oral glucocorticoids",
    "oral corticosteroid",
)
_name(
    "medicines that weaken the immune system ({term})",
    "medicine",
    "immunosuppressive drugs",
    "immunosuppressive drug",
    "immunosuppressive medications",
    "immunosuppressive medication",
    "immunosuppressive agents",
    "immunosuppressive agent",
    "immunosuppressive therapy",
    "immunosuppressive therapies",
    "immunosuppressive treatment",
    "immunosuppressants",
    "immunosuppressant",
    "immunosuppressant drugs",
    "immunosuppressant medications",
    "immunosuppressant therapy",
    "immunosuppression",
    "immune suppressants",
    "immunosuppressive medicines",
    "systemic immunosuppressive therapy",
    "systemic immunosuppressive drugs",
    "systemic immunosuppressive agents",
    "systemic immunosuppressants",
    "systemic immunosuppression",
    "immune-suppressive therapy",
    "immune suppressive therapy",
    "immune-suppressing drugs",
)
_name(
    "steroid or other medicines that weaken the immune system ({term})",
    "medicine",
    "corticosteroids or other immunosuppressive drugs",
    "steroids or other immunosuppressive drugs",
    "corticosteroids or other immunosuppressive agents",
    "steroids or other immunosuppressive agents",
    "corticosteroids or other immunosuppressive medications",
    "steroids or other immunosuppressive medications",
    "corticosteroids or other immunosuppressive therapy",
    "steroids or other immunosuppressive therapy",
    "systemic steroids or other immunosuppressive drugs",
    "systemic corticosteroids or other immunosuppressive drugs",
    "systemic corticosteroids or other immunosuppressive agents",
    "systemic steroids or other immunosuppressive agents",
    "systemic corticosteroids or other immunosuppressive medications",
    "systemic steroids or immunosuppressive agents",
    "corticosteroids or immunosuppressive agents",
    "steroids or immunosuppressive drugs",
    "systemic corticosteroids or immunosuppressive drugs",
    "systemic steroids or immunosuppressive drugs",
)
_name(
    "medicines that slow how the liver breaks down other drugs ({term})",
    "medicine",
    "CYP3A4 inhibitors",
    "CYP3A4 inhibitor",
    "CYP3A inhibitors",
    "CYP3A inhibitor",
    "CYP3A4/5 inhibitors",
    "inhibitors of CYP3A4",
    "inhibitors of CYP3A",
    "strong CYP3A4 inhibitors",
    "strong CYP3A inhibitors",
    "strong CYP3A4 inhibitor",
    "strong CYP3A inhibitor",
    "strong inhibitors of CYP3A4",
    "strong inhibitors of CYP3A",
    "potent CYP3A4 inhibitors",
    "potent CYP3A inhibitors",
    "potent inhibitors of CYP3A4",
    "moderate or strong CYP3A4 inhibitors",
    "moderate or strong CYP3A inhibitors",
    "strong or moderate CYP3A4 inhibitors",
    "strong or moderate CYP3A inhibitors",
)
_name(
    "medicines that speed up how the liver breaks down other drugs ({term})",
    "medicine",
    "CYP3A4 inducers",
    "CYP3A4 inducer",
    "CYP3A inducers",
    "CYP3A inducer",
    "inducers of CYP3A4",
    "inducers of CYP3A",
    "strong CYP3A4 inducers",
    "strong CYP3A inducers",
    "strong CYP3A4 inducer",
    "strong CYP3A inducer",
    "strong inducers of CYP3A4",
    "strong inducers of CYP3A",
    "potent CYP3A4 inducers",
    "potent CYP3A inducers",
    "moderate or strong CYP3A4 inducers",
    "moderate or strong CYP3A inducers",
    "strong or moderate CYP3A4 inducers",
    "strong or moderate CYP3A inducers",
)
_name(
    "medicines that change how the liver breaks down other drugs ({term})",
    "medicine",
    "CYP3A4 inhibitors or inducers",
    "CYP3A inhibitors or inducers",
    "strong CYP3A4 inhibitors or inducers",
    "strong CYP3A inhibitors or inducers",
    "strong inhibitors or inducers of CYP3A4",
    "strong inhibitors or inducers of CYP3A",
    "potent CYP3A4 inhibitors or inducers",
    "potent inhibitors or inducers of CYP3A4",
    "CYP3A4 inducers or inhibitors",
    "strong CYP3A4 inducers or inhibitors",
    "strong CYP3A inducers or inhibitors",
    "inhibitors or inducers of CYP3A4",
    "inhibitors or inducers of CYP3A",
    "moderate or strong CYP3A4 inhibitors or inducers",
    "strong or moderate CYP3A4 inhibitors or inducers",
    "strong or moderate inhibitors or inducers of CYP3A4",
)
_name(
    "antibiotics",
    "medicine",
    "antibiotics",
    "antibiotic",
    "antibiotic therapy",
    "antibiotic treatment",
    "therapeutic antibiotics",
)
_name(
    "antibiotics that reach the whole body ({term})",
    "medicine",
    "systemic antibiotics",
    "systemic antibiotic therapy",
    "systemic antibiotic",
    "systemic antibiotic treatment",
)
_name("antibiotics by mouth ({term})", "medicine", "oral antibiotics", "oral antibiotic")
_name(
    "antibiotics through a vein ({term})", "medicine", "intravenous antibiotics", "IV antibiotics", "i.v. antibiotics"
)
_name(
    "antidepressants",
    "medicine",
    "antidepressants",
    "antidepressant",
    "antidepressant medications",
    "antidepressant medication",
    "anti-depressants",
    "antidepressant therapy",
)
_name(
    "antidepressants called SSRIs ({term})",
    "medicine",
    "SSRIs",
    "SSRI",
    "selective serotonin reuptake inhibitors",
    "selective serotonin reuptake inhibitor",
)
_name(
    "antipsychotic medicines",
    "medicine",
    "antipsychotics",
    "antipsychotic medications",
    "antipsychotic drugs",
    "neuroleptics",
)
_name(
    "pain medicines like ibuprofen ({term})",
    "medicine",
    "NSAIDs",
    "NSAID",
    "nonsteroidal anti-inflammatory drugs",
    "non-steroidal anti-inflammatory drugs",
    "nonsteroidal anti-inflammatory drug",
    "non-steroidal anti-inflammatory drug",
    "nonsteroidal anti-inflammatory medications",
    "non-steroidal anti-inflammatory medications",
)
_name(
    "opioid pain medicines ({term})",
    "medicine",
    "opioids",
    "opioid",
    "opiates",
    "opioid analgesics",
    "opioid medications",
    "narcotics",
    "narcotic analgesics",
    "narcotic pain medications",
)
_name("sleeping or calming medicines called benzodiazepines", "medicine", "benzodiazepines", "benzodiazepine")
_name(
    "weight loss medicines",
    "medicine",
    "weight loss medications",
    "weight-loss medications",
    "weight loss drugs",
    "anti-obesity medications",
)
_name("medicines for diabetes", "medicine", "antidiabetic medications", "antidiabetic drugs", "diabetes medications")
_name("insulin", "medicine", "insulin", "insulin therapy")
_name(
    "growth factors that raise blood counts ({term})",
    "medicine",
    "growth factors",
    "hematopoietic growth factors",
    "haematopoietic growth factors",
    "colony-stimulating factors",
    "G-CSF",
    "granulocyte colony-stimulating factor",
)
_name("medicines that slow bone loss ({term})", "medicine", "bisphosphonates", "bisphosphonate")
_name(
    "medicines for erection problems",
    "medicine",
    "ED medications",
    "ED medication",
    "ED drugs",
    "erectile dysfunction medications",
    "erectile dysfunction medication",
    "erectile dysfunction drugs",
    "oral ED medications",
    "oral erectile dysfunction medications",
)
_name(
    "treatment for erection problems ({term})",
    "therapy",
    "ED treatment",
    "ED treatments",
    "ED therapy",
    "ED therapies",
    "treatment for ED",
    "treatments for ED",
    "therapy for ED",
    "treatment for erectile dysfunction",
    "treatments for erectile dysfunction",
    "therapy for erectile dysfunction",
    "erectile dysfunction treatment",
    "erectile dysfunction treatments",
    "erectile dysfunction therapy",
    "other ED treatment",
    "other ED treatments",
    "other ED therapy",
    "other treatments for ED",
    "other treatments for erectile dysfunction",
    "other erectile dysfunction treatments",
)
_name(
    "medicines for cluster headache prevention ({term})",
    "medicine",
    "prophylactic CH medication",
    "preventive cluster headache medication",
    "cluster headache preventive medication",
)
_name(
    "medicines to prevent migraine ({term})",
    "medicine",
    "migraine prophylactic medication",
    "migraine preventive medication",
    "migraine preventive medications",
    "migraine prophylaxis",
    "preventive migraine medication",
)

# Cancer medicines.
_name(
    "chemotherapy",
    "therapy",
    "chemotherapy",
    "chemotherapies",
    "chemo",
    "cytotoxic chemotherapy",
    "cancer chemotherapy",
    "anticancer chemotherapy",
    "anti-cancer chemotherapy",
)
_name(
    "chemotherapy ({term})",
    "therapy",
    "cytotoxic therapy",
    "cytotoxic agents",
    "cytotoxic drugs",
    "cytotoxic treatment",
)
_name(
    "chemotherapy that reaches the whole body ({term})",
    "therapy",
    "systemic chemotherapy",
    "systemic cytotoxic chemotherapy",
    "systemic cytotoxic therapy",
)
_name(
    "chemotherapy with a platinum drug like cisplatin ({term})",
    "therapy",
    "platinum-based chemotherapy",
    "platinum based chemotherapy",
    "platinum-containing chemotherapy",
    "platinum-doublet chemotherapy",
    "platinum doublet chemotherapy",
    "platinum-based doublet chemotherapy",
    "platinum-based therapy",
    "platinum therapy",
    "platinum-based regimen",
    "platinum-containing regimen",
)
_name("immunotherapy", "therapy", "immunotherapy", "immunotherapies", "immune therapy", "cancer immunotherapy")
_name(
    "immunotherapy drugs called checkpoint inhibitors ({term})",
    "therapy",
    "immune checkpoint inhibitors",
    "immune checkpoint inhibitor",
    "checkpoint inhibitors",
    "checkpoint inhibitor",
    "immune checkpoint inhibitor therapy",
    "checkpoint inhibitor therapy",
    "CPI therapy",
    "ICI therapy",
    "ICIs",
)
_name(
    "immunotherapy that blocks PD-1 or PD-L1 ({term})",
    "therapy",
    "anti-PD-1 or anti-PD-L1 therapy",
    "anti-PD-1/PD-L1 therapy",
    "anti-PD-1/anti-PD-L1 therapy",
    "anti-PD-1 or anti-PD-L1 antibody",
    "anti-PD-1/PD-L1 antibody",
    "anti-PD-(L)1 therapy",
    "anti-PD-1/L1 therapy",
    "anti-PD-1/PD-L1 inhibitors",
    "PD-1/PD-L1 inhibitors",
    "PD-1 or PD-L1 inhibitors",
    "anti-PD-1/PD-L1 agents",
    "anti-PD-1 or anti-PD-L1 agents",
    "anti-PD-1/PD-L1 antibodies",
    "anti-PD-1 or PD-L1 antibodies",
)
_name(
    "immunotherapy that blocks PD-1 ({term})",
    "therapy",
    "anti-PD-1 antibody",
    "anti-PD-1 antibodies",
    "anti-PD-1 therapy",
    "anti-PD-1 agent",
    "anti-PD-1 agents",
    "PD-1 inhibitors",
    "PD-1 inhibitor",
    "anti-PD1 antibody",
    "anti-PD1 therapy",
    "anti-PD-1 monoclonal antibody",
)
_name(
    "immunotherapy that blocks PD-L1 ({term})",
    "therapy",
    "anti-PD-L1 antibody",
    "anti-PD-L1 antibodies",
    "anti-PD-L1 therapy",
    "anti-PD-L1 agent",
    "anti-PD-L1 agents",
    "PD-L1 inhibitors",
    "PD-L1 inhibitor",
    "anti-PDL1 antibody",
    "anti-PD-L1 monoclonal antibody",
)
_name(
    "immunotherapy that blocks CTLA-4 ({term})",
    "therapy",
    "anti-CTLA-4 antibody",
    "anti-CTLA-4 antibodies",
    "anti-CTLA-4 therapy",
    "CTLA-4 inhibitors",
    "anti-CTLA4 antibody",
)
_name(
    "targeted therapy",
    "therapy",
    "targeted therapy",
    "targeted therapies",
    "molecular targeted therapy",
    "targeted treatment",
    "targeted agents",
    "molecularly targeted therapy",
)
_name(
    "targeted cancer drugs called TKIs ({term})",
    "medicine",
    "TKIs",
    "TKI",
    "tyrosine kinase inhibitors",
    "tyrosine kinase inhibitor",
    "TKI therapy",
    "tyrosine kinase inhibitor therapy",
)
_name(
    "targeted drugs against EGFR ({term})",
    "medicine",
    "EGFR-TKI",
    "EGFR-TKIs",
    "EGFR TKI",
    "EGFR TKIs",
    "EGFR tyrosine kinase inhibitors",
    "EGFR tyrosine kinase inhibitor",
    "EGFR inhibitors",
    "EGFR inhibitor",
    "EGFR-targeted therapy",
    "EGFR TKI therapy",
)
_name(
    "lab-made antibody drugs ({term})",
    "medicine",
    "monoclonal antibodies",
    "monoclonal antibody",
    "monoclonal antibody therapy",
    "antineoplastic monoclonal antibodies",
    "monoclonal antibody therapies",
    "therapeutic monoclonal antibodies",
)
_name(
    "biologic drugs ({term})",
    "medicine",
    "biologic therapy",
    "biological therapy",
    "biologic agents",
    "biologics",
    "biological agents",
    "biologic therapies",
    "biologic treatment",
)
_name(
    "cancer treatment",
    "therapy",
    "anticancer therapy",
    "anti-cancer therapy",
    "anticancer treatment",
    "anti-cancer treatment",
    "anticancer therapies",
    "anti-cancer therapies",
    "anti-tumor therapy",
    "antitumor therapy",
    "anti-tumour therapy",
    "antitumour therapy",
    "anti-tumor treatment",
    "antitumor treatment",
    "antineoplastic therapy",
    "anti-neoplastic therapy",
    "antineoplastic treatment",
    "cancer therapy",
    "cancer treatment",
    "cancer treatments",
    "anticancer agents",
    "anti-cancer agents",
    "antineoplastic agents",
    "anti-tumor therapies",
    "antitumor therapies",
    "anticancer drugs",
    "anti-cancer drugs",
    "anti-tumor drugs",
    "antitumor drugs",
)
_name(
    "cancer treatment that reaches the whole body ({term})",
    "therapy",
    "systemic anticancer therapy",
    "systemic anti-cancer therapy",
    "systemic anticancer treatment",
    "systemic anti-cancer treatment",
    "systemic antitumor therapy",
    "systemic anti-tumor therapy",
    "systemic anti-tumour therapy",
    "systemic antineoplastic therapy",
    "systemic anti-neoplastic therapy",
    "systemic cancer therapy",
    "systemic cancer treatment",
    "systemic anticancer therapies",
    "systemic anti-cancer therapies",
    "systemic antitumor treatment",
    "systemic anti-tumor treatment",
    "systemic antineoplastic treatment",
    "systemic anti-cancer agents",
    "systemic anticancer agents",
)
_name(
    "treatment that reaches the whole body ({term})",
    "therapy",
    "systemic therapy",
    "systemic therapies",
    "systemic treatment",
    "systemic treatments",
    "systemic drug therapy",
)
_name(
    "a drug that is still being tested ({term})",
    "medicine",
    "investigational drug",
    "investigational drugs",
    "investigational agent",
    "investigational agents",
    "investigational product",
    "investigational products",
    "investigational medicinal product",
    "investigational medicinal products",
    "investigational medication",
    "investigational medications",
    "investigational compound",
    "investigational therapy",
    "investigational treatment",
    "investigational therapies",
    "investigational new drug",
    "investigational medicine",
    "experimental drug",
    "experimental drugs",
    "experimental therapy",
    "experimental agent",
    "experimental medication",
    "study drug from another study",
    "unapproved drug",
)
_name(
    "another drug that is still being tested ({term})",
    "medicine",
    "other investigational drug",
    "other investigational drugs",
    "other investigational agent",
    "other investigational agents",
    "other investigational product",
    "other investigational products",
    "another investigational drug",
    "another investigational agent",
    "another investigational product",
    "other investigational therapy",
    "other investigational medication",
    "other investigational medicinal product",
    "other experimental drugs",
    "other experimental drug",
    "other study drugs",
    "other study drug",
    "other investigational treatment",
)
_name(
    "a drug or device that is still being tested ({term})",
    "medicine",
    "investigational drug or device",
    "investigational drugs or devices",
    "investigational agent or device",
    "investigational product or device",
    "investigational drug or medical device",
    "investigational device or drug",
)

# Therapies and procedures.
_name(
    "radiation therapy",
    "therapy",
    "radiotherapy",
    "radiation therapy",
    "radiation",
    "irradiation",
    "radiation treatment",
    "external beam radiotherapy",
    "external beam radiation therapy",
)
_name(
    "radiation therapy to ease symptoms ({term})",
    "therapy",
    "palliative radiotherapy",
    "palliative radiation",
    "palliative radiation therapy",
)
_name(
    "radiation therapy to the pelvis ({term})",
    "therapy",
    "pelvic radiotherapy",
    "pelvic radiation",
    "pelvic radiation therapy",
    "pelvic irradiation",
    "radiotherapy to the pelvis",
    "radiation therapy to the pelvis",
    "radiation to the pelvis",
    "radiotherapy in pelvic region",
    "radiotherapy to pelvis",
    "radiation therapy to pelvis",
    "radiation therapy of the pelvic region",
    "radiotherapy of the pelvic region",
    "radiotherapy in the pelvic region",
    "pelvic radiotherapy treatment",
)
_name(
    "radiation therapy to the whole brain ({term})",
    "therapy",
    "whole brain radiotherapy",
    "whole-brain radiotherapy",
    "whole brain radiation therapy",
    "whole-brain radiation therapy",
    "whole brain radiation",
    "WBRT",
)
_name(
    "radiation therapy to the chest ({term})",
    "therapy",
    "thoracic radiotherapy",
    "thoracic radiation",
    "thoracic radiation therapy",
    "chest radiotherapy",
    "radiotherapy to the chest",
    "radiation therapy to thorax",
    "radiation therapy to the thorax",
    "radiotherapy to the thorax",
    "thoracic irradiation",
)
_name(
    "chemotherapy or radiation therapy",
    "therapy",
    "chemoradiotherapy",
    "chemoradiation",
    "chemo-radiotherapy",
    "radiochemotherapy",
)
_name("surgery", "therapy", "surgery", "surgical procedure", "surgical intervention", "operation")
_name(
    "major surgery",
    "therapy",
    "major surgery",
    "major surgical procedure",
    "major surgical procedures",
    "major operation",
    "major surgeries",
    "major surgical intervention",
)
_name("minor surgery", "therapy", "minor surgery", "minor surgical procedure", "minor surgical procedures")
_name(
    "surgery in the pelvis ({term})",
    "therapy",
    "pelvic surgery",
    "major pelvic surgery",
    "pelvic surgeries",
    "surgery in the pelvic cavity",
    "pelvic operation",
)
_name("surgery on the penis ({term})", "therapy", "penile surgery", "penile surgeries", "surgery on the penis")
_name(
    "surgery to remove the prostate ({term})",
    "therapy",
    "prostatectomy",
    "prostatectomy surgery",
    "surgical prostatectomy",
    "prostate removal surgery",
)
_name(
    "surgery to remove the whole prostate ({term})",
    "therapy",
    "radical prostatectomy",
    "radical prostatectomy surgery",
    "robotic prostatectomy",
    "robotic radical prostatectomy",
    "robot-assisted radical prostatectomy",
)
_name(
    "prostate surgery",
    "therapy",
    "prostate surgery",
    "prostatic surgery",
    "surgery of the prostate",
    "surgery on the prostate",
)
_name(
    "surgery through the penis to remove part of the prostate ({term})",
    "therapy",
    "TURP",
    "TUR-P",
    "TURP surgery",
    "transurethral resection of the prostate",
)
_name(
    "a penile implant ({term})",
    "device",
    "penile implant",
    "penile implants",
    "penile prosthesis",
    "penile prostheses",
    "penile prosthesis implantation",
    "penile implant surgery",
)
_name("spine surgery", "therapy", "spinal surgery", "spine surgery", "spinal surgeries")
_name("surgery on the lower back ({term})", "therapy", "lumbar surgery", "lumbar spine surgery", "lumbar surgeries")
_name("heart surgery", "therapy", "cardiac surgery", "heart surgery", "open heart surgery")
_name("brain surgery", "therapy", "brain surgery", "neurosurgery", "cranial surgery")
_name(
    "a stem cell transplant from a donor ({term})",
    "therapy",
    "allogeneic stem cell transplant",
    "allogeneic stem cell transplantation",
    "allogeneic hematopoietic stem cell transplant",
    "allogeneic hematopoietic stem cell transplantation",
    "allogeneic haematopoietic stem cell transplantation",
    "allogeneic HSCT",
    "allo-HSCT",
    "allogeneic bone marrow transplant",
    "allogeneic bone marrow transplantation",
    "allogeneic transplant",
    "allogeneic transplantation",
    "allogeneic SCT",
    "allogenic HSCT",
    "allogenic stem cell transplant",
    "allogeneic hematopoietic cell transplantation",
    "allogeneic hematopoietic cell transplant",
)
_name(
    "a stem cell transplant using your own cells ({term})",
    "therapy",
    "autologous stem cell transplant",
    "autologous stem cell transplantation",
    "autologous hematopoietic stem cell transplant",
    "autologous hematopoietic stem cell transplantation",
    "autologous haematopoietic stem cell transplantation",
    "autologous HSCT",
    "auto-HSCT",
    "ASCT",
    "autologous SCT",
    "autologous transplant",
    "autologous transplantation",
    "autologous bone marrow transplant",
    "autologous hematopoietic cell transplantation",
)
_name(
    "a stem cell transplant ({term})",
    "therapy",
    "stem cell transplant",
    "stem cell transplantation",
    "hematopoietic stem cell transplant",
    "hematopoietic stem cell transplantation",
    "haematopoietic stem cell transplantation",
    "hematopoietic stem-cell transplantation",
    "hematopoietic stem-cell transplant",
    "stem-cell transplantation",
    "HSCT",
    "SCT",
    "hematopoietic cell transplantation",
    "bone marrow transplant",
    "bone marrow transplantation",
    "BMT",
)
_name(
    "an organ transplant",
    "therapy",
    "organ transplant",
    "organ transplantation",
    "solid organ transplant",
    "solid organ transplantation",
    "organ allograft",
    "solid organ allograft",
)
_name(
    "a kidney transplant",
    "therapy",
    "kidney transplant",
    "kidney transplantation",
    "renal transplant",
    "renal transplantation",
)
_name("a liver transplant", "therapy", "liver transplant", "liver transplantation", "hepatic transplant")
_name("a heart transplant", "therapy", "heart transplant", "heart transplantation", "cardiac transplant")
_name("a lung transplant", "therapy", "lung transplant", "lung transplantation")
_name(
    "CAR-T cell therapy",
    "therapy",
    "CAR-T cell therapy",
    "CAR-T therapy",
    "CAR T-cell therapy",
    "CAR T cell therapy",
    "CAR-T",
    "CAR T therapy",
    "chimeric antigen receptor T-cell therapy",
)
_name(
    "a blood transfusion",
    "therapy",
    "blood transfusion",
    "blood transfusions",
    "transfusion",
    "transfusions",
    "red blood cell transfusion",
    "red blood cell transfusions",
    "RBC transfusion",
    "red cell transfusion",
    "packed red blood cell transfusion",
)
_name("a platelet transfusion", "therapy", "platelet transfusion", "platelet transfusions")
_name(
    "a blood or platelet transfusion",
    "therapy",
    "blood or platelet transfusion",
    "blood or platelet transfusions",
    "red blood cell or platelet transfusion",
    "red blood cell or platelet transfusions",
    "blood transfusion or platelet transfusion",
    "platelet or red blood cell transfusion",
    "platelet or red blood cell transfusions",
)
_name(
    "a live vaccine (one made from a weakened germ)",
    "therapy",
    "live vaccine",
    "live vaccines",
    "live attenuated vaccine",
    "live attenuated vaccines",
    "live-attenuated vaccine",
    "live-attenuated vaccines",
    "live, attenuated vaccine",
    "live virus vaccine",
    "live virus vaccines",
    "live viral vaccine",
    "live vaccination",
    "live or live-attenuated vaccine",
    "live or live attenuated vaccine",
    "live or attenuated vaccine",
    "live or attenuated vaccines",
    "live or live-attenuated vaccines",
)
_name("a vaccine", "therapy", "vaccine", "vaccines", "vaccination", "vaccinations")
_name(
    "a COVID-19 vaccine", "therapy", "COVID-19 vaccine", "COVID-19 vaccination", "COVID vaccine", "SARS-CoV-2 vaccine"
)
_name(
    "shockwave treatment",
    "therapy",
    "shockwave treatment",
    "shockwave therapy",
    "shock wave therapy",
    "shock wave treatment",
    "low-intensity shockwave therapy",
    "low intensity shockwave therapy",
    "Li-ESWT",
    "LI-ESWT",
    "ESWT",
    "extracorporeal shockwave therapy",
    "extracorporeal shock wave therapy",
)
_name(
    "injections into the penis ({term})",
    "therapy",
    "intracavernosal injections",
    "intracavernosal injection",
    "intracavernous injections",
    "intracavernous injection",
    "penile injections",
    "penile injection",
    "intracavernosal injection therapy",
)
_name(
    "platelet-rich plasma ({term})",
    "therapy",
    "platelet-rich plasma",
    "PRP",
    "platelet rich plasma",
    "platelet-rich plasma (PRP) injection",
    "PRP injection",
    "PRP injections",
)
_name(
    "botulinum toxin shots ({term})",
    "therapy",
    "botulinum toxin",
    "botulinum toxin injections",
    "botox",
    "Botox injections",
    "botulinum toxin injection",
    "onabotulinumtoxinA",
    "botulinum toxin type A",
)
_name(
    "dialysis",
    "therapy",
    "dialysis",
    "hemodialysis",
    "haemodialysis",
    "peritoneal dialysis",
    "renal replacement therapy",
)
_name(
    "a nerve block ({term})",
    "therapy",
    "nerve block",
    "nerve blocks",
    "peripheral nerve block",
    "peripheral nerve blocks",
)
_name(
    "a steroid shot ({term})",
    "therapy",
    "steroid injection",
    "steroid injections",
    "corticosteroid injection",
    "corticosteroid injections",
    "epidural steroid injection",
    "epidural steroid injections",
)
_name("physical therapy", "therapy", "physical therapy", "physiotherapy")

_name(
    "treatment for myeloma ({term})", "therapy", "anti-myeloma therapy", "antimyeloma therapy", "anti-myeloma treatment"
)

# Cancer drug classes (oncology family): targeted and hormone drugs named by what they block.
_name(
    "targeted drugs that block ALK ({term})",
    "medicine",
    "ALK inhibitors",
    "ALK inhibitor",
    "ALK-TKI",
    "ALK-TKIs",
    "ALK TKI",
    "ALK TKIs",
    "ALK tyrosine kinase inhibitors",
    "anaplastic lymphoma kinase inhibitors",
)
_name(
    "targeted drugs that block ROS1 ({term})", "medicine", "ROS1 inhibitors", "ROS1 inhibitor", "ROS1-TKI", "ROS1 TKI"
)
_name("targeted drugs that block MET ({term})", "medicine", "MET inhibitors", "MET inhibitor", "MET-TKI")
_name(
    "targeted drugs that block BTK ({term})",
    "medicine",
    "BTK inhibitors",
    "BTK inhibitor",
    "BTKi",
    "BTKis",
    "BTKi therapy",
    "Bruton tyrosine kinase inhibitors",
    "Bruton's tyrosine kinase inhibitors",
)
_name("targeted drugs that block PARP ({term})", "medicine", "PARP inhibitors", "PARP inhibitor", "PARPi")
_name(
    "targeted drugs that block CDK4/6 ({term})",
    "medicine",
    "CDK4/6 inhibitors",
    "CDK4/6 inhibitor",
    "CDK4/6i",
    "CDK 4/6 inhibitors",
    "CDK4/6 inhibitor therapy",
)
_name(
    "drugs that block VEGF or its receptor ({term})",
    "medicine",
    "VEGFR inhibitors",
    "VEGFR inhibitor",
    "VEGF inhibitors",
    "VEGF inhibitor",
    "anti-VEGF therapy",
    "anti-angiogenic agents",
    "antiangiogenic agents",
)
_name(
    "drugs that target HER2 ({term})",
    "medicine",
    "anti-HER2 therapy",
    "anti-HER2 agents",
    "anti-HER2 agent",
    "HER2-targeted therapy",
    "HER2-targeted therapies",
    "HER2 targeted therapy",
    "HER2-targeting therapy",
    "HER2 targeting therapy",
    "HER2-directed therapy",
)
_name(
    "hormone drugs that break down the estrogen receptor ({term})",
    "medicine",
    "selective estrogen receptor degrader (SERD)",
    "selective estrogen receptor degraders",
    "selective estrogen receptor degrader",
    "SERD",
    "SERDs",
)
_name(
    "drugs that change how cancer genes are switched on ({term})",
    "medicine",
    "hypomethylating agents",
    "hypomethylating agent",
    "demethylating agents",
)
_name("drugs called proteasome inhibitors ({term})", "medicine", "proteasome inhibitors", "proteasome inhibitor")
_name(
    "drugs that act on the immune system, like lenalidomide ({term})",
    "medicine",
    "immunomodulatory drugs",
    "immunomodulatory drug",
    "IMiDs",
    "IMiD",
)
_name(
    "antibodies that carry a cancer drug ({term})",
    "medicine",
    "antibody-drug conjugates",
    "antibody-drug conjugate",
    "ADCs",
)
_name("chemotherapy drugs called taxanes ({term})", "medicine", "taxanes", "taxane", "taxane-based chemotherapy")
_name("chemotherapy drugs called anthracyclines ({term})", "medicine", "anthracyclines", "anthracycline")

_name(
    "older antidepressants called MAOIs ({term})",
    "medicine",
    "MAOIs",
    "MAOI",
    "MAOI medications",
    "MAO inhibitors",
    "monoamine oxidase inhibitors",
    "monoamine oxidase inhibitor",
)

# Medicines named by their own name: kept as written.
DRUGS = frozenset(
    _key(name)
    for name in (
        "sildenafil",
        "sildenafil citrate",
        "tadalafil",
        "vardenafil",
        "avanafil",
        "udenafil",
        "mirodenafil",
        "lodenafil",
        "Viagra",
        "Cialis",
        "Levitra",
        "Stendra",
        "Spedra",
        "Zydena",
        "dapoxetine",
        "alprostadil",
        "Caverject",
        "MUSE",
        "papaverine",
        "phentolamine",
        "trimix",
        "nitroglycerin",
        "nitroglycerine",
        "isosorbide",
        "isosorbide dinitrate",
        "isosorbide mononitrate",
        "amyl nitrite",
        "poppers",
        "riociguat",
        "warfarin",
        "coumadin",
        "heparin",
        "low molecular weight heparin",
        "enoxaparin",
        "dalteparin",
        "clopidogrel",
        "aspirin",
        "acetylsalicylic acid",
        "ticagrelor",
        "prasugrel",
        "apixaban",
        "rivaroxaban",
        "dabigatran",
        "edoxaban",
        "ritonavir",
        "indinavir",
        "saquinavir",
        "nelfinavir",
        "atazanavir",
        "ketoconazole",
        "itraconazole",
        "voriconazole",
        "posaconazole",
        "fluconazole",
        "erythromycin",
        "clarithromycin",
        "telithromycin",
        "rifampicin",
        "rifampin",
        "carbamazepine",
        "phenytoin",
        "phenobarbital",
        "St. John's wort",
        "St John's wort",
        "grapefruit juice",
        "testosterone",
        "finasteride",
        "dutasteride",
        "tamsulosin",
        "doxazosin",
        "alfuzosin",
        "silodosin",
        "terazosin",
        "prednisone",
        "prednisolone",
        "methylprednisolone",
        "dexamethasone",
        "hydrocortisone",
        "budesonide",
        "methotrexate",
        "hydroxyurea",
        "hydroxycarbamide",
        "rituximab",
        "cyclophosphamide",
        "azathioprine",
        "tacrolimus",
        "cyclosporine",
        "ciclosporin",
        "mycophenolate",
        "mycophenolate mofetil",
        "sirolimus",
        "everolimus",
        "trazodone",
        "isotretinoin",
        "Accutane",
        "pramipexole",
        "levodopa",
        "digoxin",
        "amiodarone",
        "metformin",
        "lithium",
        "valproate",
        "valproic acid",
        "topiramate",
        "verapamil",
        "diltiazem",
        "propranolol",
        "atenolol",
        "spironolactone",
        "cimetidine",
        "cyproterone",
        "cyproterone acetate",
        "bicalutamide",
        "flutamide",
        "enzalutamide",
        "abiraterone",
        "leuprolide",
        "goserelin",
        "degarelix",
        "clomiphene",
        "tamoxifen",
        "letrozole",
        "anastrozole",
        "imatinib",
        "nilotinib",
        "dasatinib",
        "bosutinib",
        "ponatinib",
        "osimertinib",
        "gefitinib",
        "erlotinib",
        "afatinib",
        "trastuzumab",
        "pertuzumab",
        "bevacizumab",
        "cetuximab",
        "pembrolizumab",
        "nivolumab",
        "atezolizumab",
        "durvalumab",
        "ipilimumab",
        "docetaxel",
        "paclitaxel",
        "carboplatin",
        "cisplatin",
        "oxaliplatin",
        "doxorubicin",
        "capecitabine",
        "gemcitabine",
        "fluorouracil",
        "5-fluorouracil",
        "5-FU",
        # Cancer medicines whose names do not end the way drug names are made (oncology family).
        "bortezomib",
        "carfilzomib",
        "lenalidomide",
        "pomalidomide",
        "thalidomide",
        "venetoclax",
        "azacitidine",
        "decitabine",
        "cytarabine",
        "fulvestrant",
        "exemestane",
        "irinotecan",
        "etoposide",
        "pemetrexed",
        "vinorelbine",
        "temozolomide",
        "blinatumomab",
        "sumatriptan",
        "ondansetron",
        "denosumab",
        "zoledronic acid",
        "vitamin E",
        "vitamin D",
        "folic acid",
        "melatonin",
        "opium",
        "cannabis",
        "marijuana",
        "ginkgo biloba",
        "ginseng",
        "yohimbine",
        "L-arginine",
        "fish oil",
        "omega-3",
    )
)
# Made the way drug names are (international non-proprietary names): a monoclonal antibody (-mab), a kinase
# inhibitor (-tinib), a PDE5 inhibitor (-afil)...
_DRUG_ENDING = re.compile(
    r"^[a-z]{3,}(?:mab|tinib|[a-z]nib|parin|afil|pril|sartan|olol|statin|conazole|mycin|cycline|platin|taxel|rubicin|navir|"
    r"prazole|dronate|lukast|semide|thiazide|dipine|gliptin|glutide|gliflozin|triptan|setron|oxacin|cillin|zepam|zolam|"
    r"profen|coxib|olone|isone|asone|azosin|ulosin|steride|limus|lutamide|relin|barbital)$"
)
_ABBREVIATION = re.compile(r"^[A-Za-z0-9-]{2,12}$")


def is_drug_name(text: str) -> bool:
    """A medicine named by its own name ("warfarin", "Cialis", "osimertinib")."""
    key = _key(text)
    return key in DRUGS or bool(_DRUG_ENDING.match(key))


def treatment(text: str) -> Treatment | None:
    """The plain words of one treatment as written ("PDE-5 inhibitors", "a live vaccine"), or None if unknown.

    The study's spelling is kept in the brackets of a class's plain name and for a medicine named by its own name;
    an abbreviation in brackets after a name ("nonsteroidal anti-inflammatory drugs (NSAIDs)") is the term quoted.
    """
    term, abbreviation = _split_abbreviation(text.strip())
    key = _key(term)
    name = NAMES.get(key) or NAMES.get(key + "s") or (NAMES.get(key[:-1]) if key.endswith("s") else None)
    if name is not None:
        if abbreviation and not _same_thing(abbreviation, name):
            return None
        quoted = abbreviation or _mid_sentence(term)
        if _says_itself(quoted, name.plain):
            return Treatment(re.sub(r"\s*\(\{term\}\)", "", name.plain).replace("{term}", quoted), name.kind)
        return Treatment(name.plain.replace("{term}", quoted), name.kind)
    if abbreviation is None and is_drug_name(term):
        return Treatment(_drug_case(term), "medicine")
    if abbreviation is not None and is_drug_name(term) and (is_drug_name(abbreviation) or abbreviation[:1].isupper()):
        return Treatment(f"{_drug_case(term)} ({abbreviation})", "medicine")  # "sildenafil (Viagra)"
    return None


def _says_itself(term: str, plain: str) -> bool:
    """The plain name already holds every word of the term ("steroid" in "steroid medicines"): no need to quote it."""
    words = set(re.findall(r"[a-z0-9-]+", plain.replace("{term}", "").lower()))
    return all(
        word in words or word.rstrip("s") in words or word + "s" in words
        for word in re.findall(r"[a-z0-9-]+", term.lower())
    )


def _mid_sentence(term: str) -> str:
    """A term quoted mid-sentence: "Nitrate" at a sentence start -> "nitrate"; "PDE5 inhibitors", "Li-ESWT" keep theirs."""
    first = term.split(" ", 1)[0]
    if first[:1].isupper() and first[1:].islower() and len(first) > 1:
        return term[:1].lower() + term[1:]
    return term


def _split_abbreviation(text: str) -> tuple[str, str | None]:
    match = re.fullmatch(r"(?P<term>.+?)\s*\((?P<abbr>[^()]+)\)", text)
    if match and (_ABBREVIATION.match(match["abbr"]) or match["abbr"].strip().istitle()):
        return match["term"], match["abbr"].strip()
    return text, None


def _same_thing(abbreviation: str, name: Name) -> bool:
    """An abbreviation in brackets names the same class ("(NSAIDs)" after the words), or is a brand or drug."""
    known = NAMES.get(_key(abbreviation))
    return known is not None and known.plain == name.plain or is_drug_name(abbreviation)


def _drug_case(name: str) -> str:
    """A generic drug name in lower case ("Tadalafil" at a sentence start -> "tadalafil"); brands keep their capital."""
    key = _key(name)
    if (
        (key in DRUGS or _DRUG_ENDING.match(key))
        and name[:1].isupper()
        and name[1:].islower()
        and not _BRANDS.match(name)
    ):
        return name.lower()
    return name


_BRANDS = re.compile(r"^(?:Viagra|Cialis|Levitra|Stendra|Spedra|Zydena|Caverject|Coumadin|Accutane|Botox)$")


def spelling_pattern() -> str:
    """A regex of every spelling in the table, as a trie (shared beginnings read once), for a recogniser to read a name
    whole: the longest spelling wins where one is the start of another."""
    trie: dict = {}
    # Each name also in the other number ("agent" for "agents"): treatment() reads either.
    spellings = {*NAMES, *DRUGS}
    spellings |= {spelling[:-1] for spelling in NAMES if spelling.endswith("s")} | {
        spelling + "s" for spelling in NAMES
    }
    for spelling in spellings:
        node = trie
        for char in spelling:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:
    ends = "" in node
    branches = []
    for char in sorted(key for key in node if key):
        piece = r"\s+" if char == " " else re.escape(char)
        branches.append(piece + _trie_pattern(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def trigger_words() -> tuple[str, ...]:
    """Words a sentence must hold for a treatment to be read in it: every spelling of 4 letters or more."""
    return tuple(sorted(spelling for spelling in {*NAMES, *DRUGS} if len(spelling) >= 4))
