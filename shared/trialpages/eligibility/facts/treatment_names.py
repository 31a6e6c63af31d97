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
from functools import lru_cache
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
        return self.plain in _GENERIC or (self.kind == "therapy" and self.plain.startswith(_GENERIC_KINDS))

    @property
    def placed(self) -> bool:
        """A surgery or radiation of a named place ("radiation therapy to the pelvis"); a medicine's words may name one
        ("medicines for chest pain") without being placed."""
        return self.kind != "medicine" and bool(_PLACE.search(self.plain))


_GENERIC = frozenset({"surgery", "major surgery", "minor surgery", "radiation therapy", "chemotherapy"})
# Kinds of treatment that say no place of their own: "Prior prostate surgery or cryotherapy" (NCT00142506) means
# cryotherapy of the prostate, not a frozen wart.
_GENERIC_KINDS = (
    "a treatment that freezes tissue",
    "a treatment that destroys tissue",
    "radiation therapy inside the body",
    "radiation therapy from a machine",
)
_PLACE = re.compile(
    r"\b(?:pelvis|penis|prostate|spine|heart|brain|chest|kidney|liver|lungs?|bladder|belly|head|neck|eye|back|rectum|"
    r"urethra|genitals|stomach|bowel|breast|shoulder|knee|hip|nose|sinuses|thyroid)\b"
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
    "nitrate medicines like nitroglycerin ({term})",
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
    "short-acting nitrates",
    "nitrates of any preparation",
    "nitrates of any kind",
    "nitrates in any form",
)
# Taken by mouth: not the nitroglycerin spray or tablet under the tongue (NCT02496845). Heart medicines, not "for chest
# pain": they are taken for heart failure too (NCT02496845, sample 3 re-read: LOSSY, narrowed to chest pain).
_name("long-acting nitrate heart medicines ({term})", "medicine", "long-acting nitrates")
_name("nitrate heart pills ({term})", "medicine", "oral nitrates", "oral nitrate")
_name(
    "medicines that release nitric oxide ({term})", "medicine", "nitric oxide donors", "nitric oxide donor", "NO donors"
)
# Not "medicines for blood pressure or the prostate": a man on lisinopril or finasteride read himself excluded
# (NCT00657644, sample 12: WRONG). The examples say which class.
_name(
    "medicines such as tamsulosin or doxazosin that relax blood vessels and the prostate ({term})",
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
    "alpha-blocker medications",
    "alpha blocker medications",
    "alpha-blocking agents",
    "alpha-adrenergic blocking agents",
    "alpha antagonists",
    "alpha-1 antagonists",
    "α-receptor blockers",
    "alpha receptor blockers",
)
_name(
    # (NCT03142542, sample 27: "medicines like riociguat that widen blood vessels" read as any such medicine, and its
    # example said riociguat twice)
    "heart and lung medicines called guanylate cyclase stimulators ({term})",
    "medicine",
    "guanylate cyclase stimulators",
    "guanylate cyclase stimulator",
    "soluble guanylate cyclase stimulators",
    "sGC stimulators",
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
    "anticoagulation",
    "anticoagulation therapy",
    "blood thinners",
    "blood thinner",
    "blood thinning medications",
    "blood-thinning medications",
)
# The qualifier is what the rule is about: a low preventive dose, or an injection, may be allowed.
_name("blood thinner pills ({term})", "medicine", "oral anticoagulants", "oral anticoagulant")
_name(
    "blood thinners at the full dose used to treat clots ({term})",
    "medicine",
    "therapeutic anticoagulation",
    "full-dose anticoagulation",
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
    "medicines that weaken the immune system and reach the whole body ({term})",
    "medicine",
    "systemic immunosuppressive drugs",
    "systemic immunosuppressive medications",
    "systemic immunosuppressive medication",
    "systemic immunosuppressive agents",
    "systemic immunosuppressive therapy",
    "systemic immunosuppressants",
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
    "CYP2D6 inhibitors",
    "strong CYP2D6 inhibitors",
    "CYP2C8 inhibitors",
    "strong CYP2C8 inhibitors",
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
    "antibiotics by mouth or into a vein ({term})",
    "medicine",
    "oral or IV antibiotics",
    "oral or intravenous antibiotics",
    "IV or oral antibiotics",
    "intravenous or oral antibiotics",
    "therapeutic oral or IV antibiotics",
    "therapeutic oral or intravenous antibiotics",
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
_name(
    "medicines that slow bone loss ({term})",
    "medicine",
    "bisphosphonates",
    "bisphosphonate",
    "bisphosphonate therapy",
    "antiresorptive agents",
    "antiresorptive agent",
    "antiresorptive therapy",
    "antiresorptive drugs",
)
_name(
    "medicines for erection problems",
    "medicine",
    "ED medications",
    "ED medication",
    "ED drugs",
    "erectile dysfunction medications",
    "erectile dysfunction medication",
    "erectile dysfunction drugs",
)
_name(
    "medicines for erection problems taken by mouth",
    "medicine",
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
_name("immunotherapy", "therapy", "immunotherapy", "immunotherapies", "immune therapy")
# Not allergy shots: "any forms of cancer immunotherapy" (NCT04636775, sample 23: LOSSY as "immunotherapy").
_name(
    "immunotherapy for cancer", "therapy", "cancer immunotherapy", "cancer immunotherapies", "anti-cancer immunotherapy"
)
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
    "anti-PD-1",
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
    "anti-PD-L1",
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
    "immunotherapy that blocks PD-L2 ({term})",
    "therapy",
    "anti-PD-L2",
    "anti-PD-L2 antibody",
    "anti-PD-L2 antibodies",
    "anti-PD-L2 therapy",
    "anti-PD-L2 agent",
    "anti-PD-L2 agents",
)
# Immunotherapy studies' fixed phrase: "... or with an agent directed to another stimulatory or co-inhibitory T-cell
# receptor (e.g., CTLA-4, OX 40, CD137)".
_name(
    "another immunotherapy that acts on a switch (receptor) of the immune system's T cells",
    "therapy",
    "agent directed to another stimulatory or co-inhibitory T-cell receptor",
    "agent directed to another stimulatory or coinhibitory T-cell receptor",
    "agent directed to another co-inhibitory or stimulatory T-cell receptor",
    "agent directed to another stimulatory or co-inhibitory T cell receptor",
)
# Bristol-Myers Squibb's: "... or any other antibody or drug specifically targeting T-cell co-stimulation or checkpoint
# pathways".
_name(
    "immunotherapy that acts on the switches that turn the immune system's T cells on or off ({term})",
    "therapy",
    "antibody or drug specifically targeting T-cell co-stimulation or checkpoint pathways",
    "antibody or drug specifically targeting T-cell co-stimulation or immune checkpoint pathways",
    "antibody or drug targeting T-cell co-stimulation or checkpoint pathways",
    "antibody or drug specifically targeting T cell co-stimulation or checkpoint pathways",
)
_name(
    "immunotherapy that blocks CTLA-4 ({term})",
    "therapy",
    "anti-CTLA-4",
    "anti-CTLA-4 agent",
    "anti-CTLA-4 agents",
    "anti-CTLA4",
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
    "monoclonal antibody therapies",
    "therapeutic monoclonal antibodies",
)
# "Treatment with antineoplastic monoclonal antibodies within 30 days" (NCT04318938, sample 39: LOSSY as any antibody
# drug): the cancer ones only.
_name(
    "lab-made antibody drugs against cancer ({term})",
    "medicine",
    "antineoplastic monoclonal antibodies",
    "antineoplastic monoclonal antibody",
    "anti-cancer monoclonal antibodies",
    "anticancer monoclonal antibodies",
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
    "a drug that is still being tested (or a dummy treatment, a placebo, given in a study)",
    "medicine",
    "investigational drug (including placebo)",
    "investigational drugs (including placebo)",
    "investigational drug, including placebo",
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
_name("major surgery in the pelvis ({term})", "therapy", "major pelvic surgery")
_name(
    "surgery in the pelvis ({term})",
    "therapy",
    "pelvic surgery",
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
# Light given for the skin, for newborn jaundice or for mood: the plain name says only light.
_name("light therapy (phototherapy)", "therapy", "phototherapy")
_name(
    "treatment with ultraviolet light ({term})",
    "therapy",
    "UV phototherapy",
    "ultraviolet phototherapy",
    "UVB phototherapy",
    "narrowband UVB phototherapy",
    "NB-UVB phototherapy",
)
_name("an organ transplant", "therapy", "organ transplant", "organ transplantation", "organ allograft")
_name(
    "an organ transplant from a donor ({term})",
    "therapy",
    "allogeneic organ transplant",
    "allogeneic organ transplantation",
    "allogenic organ transplant",
    "allogenic organ transplantation",
)
# "solid" tells it from a stem cell transplant, which such studies often allow (NCT04714372, sample 13).
_name(
    "a solid organ transplant",
    "therapy",
    "solid organ transplant",
    "solid organ transplantation",
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
# "Has received a live virus vaccine within 30 days" (NCT04646330, sample 40: LOSSY as any live vaccine).
_name(
    "a live virus vaccine (one made from a weakened virus)",
    "therapy",
    "live virus vaccine",
    "live virus vaccines",
    "live viral vaccine",
    "live viral vaccines",
    "live attenuated virus vaccine",
    "live attenuated virus vaccines",
)
_name(
    "a live vaccine (one made from a weakened germ)",
    "therapy",
    "attenuated vaccine",
    "attenuated vaccines",
    "live attenuated vaccines",
    "live-attenuated vaccine",
    "live-attenuated vaccines",
    "live vaccine",
    "live vaccines",
    "live attenuated vaccine",
    "live attenuated vaccines",
    "live-attenuated vaccine",
    "live-attenuated vaccines",
    "live, attenuated vaccine",
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
    "renal replacement therapy",
)
# Not any dialysis: a man on dialysis through the belly is not meant (NCT05123326, sample 30 and the rewritten-items
# audit: LOSSY as "You are having dialysis now").
_name("dialysis that cleans the blood through a machine ({term})", "therapy", "hemodialysis", "haemodialysis")
_name("dialysis through the lining of the belly ({term})", "therapy", "peritoneal dialysis")
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
    "MAO inhibitors, medicines for depression or Parkinson's disease ({term})",
    "medicine",
    "MAOIs",
    "MAOI",
    "MAOI medications",
    "MAO inhibitors",
    "monoamine oxidase inhibitors",
    "monoamine oxidase inhibitor",
)

# --- Round 2: more classes, blood products, hormones, heart and mind medicines, procedures and devices. ---------------
_name(
    "medicines for an uneven heartbeat ({term})",
    "medicine",
    "antiarrhythmics",
    "antiarrhythmic",
    "antiarrhythmic drugs",
    "antiarrhythmic drug",
    "antiarrhythmic medications",
    "antiarrhythmic medication",
    "antiarrhythmic agents",
    "antiarrhythmic agent",
    "antiarrhythmic therapy",
    "antiarrhythmic treatment",
    "anti-arrhythmic drugs",
    "anti-arrhythmic medications",
    "anti-arrhythmic agents",
    "anti-arrhythmics",
)
_name(
    "blood pressure medicines ({term})",
    "medicine",
    "antihypertensives",
    "antihypertensive drugs",
    "antihypertensive drug",
    "antihypertensive medications",
    "antihypertensive medication",
    "antihypertensive agents",
    "antihypertensive agent",
    "antihypertensive therapy",
    "antihypertensive treatment",
    "anti-hypertensive drugs",
    "anti-hypertensive medications",
    "anti-hypertensive medication",
    "anti-hypertensive agents",
    "anti-hypertensives",
    "blood pressure medications",
    "blood pressure medication",
    "blood pressure lowering medications",
)
_name(
    "heart and blood pressure medicines called beta blockers ({term})",
    "medicine",
    "beta blockers",
    "beta blocker",
    "beta-blockers",
    "beta-blocker",
    "β-blockers",
    "β-blocker",
    "beta-adrenergic blockers",
    "beta-blocking agents",
    "beta adrenergic blocking agents",
    "betablockers",
    "betablocker",
)
_name(
    "skin medicines made from vitamin A ({term})",
    "medicine",
    "topical retinoids",
    "topical retinoid",
    "topical retinoid therapy",
)
_name(
    "medicines made from vitamin A that act on the whole body ({term})",
    "medicine",
    "systemic retinoids",
    "systemic retinoid",
    "systemic retinoid therapy",
)
_name(
    "blood pressure medicines called calcium channel blockers ({term})",
    "medicine",
    "calcium channel blockers",
    "calcium channel blocker",
    "calcium-channel blockers",
    "calcium antagonists",
)
_name(
    "blood pressure medicines called ACE inhibitors ({term})",
    "medicine",
    "ACE inhibitors",
    "ACE inhibitor",
    "ACE-inhibitors",
    "ACEi",
    "angiotensin-converting enzyme inhibitors",
    "angiotensin converting enzyme inhibitors",
)
_name(
    "blood pressure medicines called ARBs ({term})",
    "medicine",
    "angiotensin receptor blockers",
    "angiotensin receptor blocker",
    "angiotensin II receptor blockers",
    "ARBs",
)
_name("water pills ({term})", "medicine", "diuretics", "diuretic", "diuretic therapy", "loop diuretics")
_name(
    "medicines that widen blood vessels ({term})",
    "medicine",
    "vasodilators",
    "vasodilator",
    "vasodilator drugs",
    "vasodilating agents",
)
_name(
    "anti-seizure medicines ({term})",
    "medicine",
    "anticonvulsants",
    "anticonvulsant",
    "anticonvulsant drugs",
    "anticonvulsant medications",
    "anticonvulsant medication",
    "anticonvulsant therapy",
    "anti-convulsants",
    "antiepileptics",
    "antiepileptic drugs",
    "antiepileptic drug",
    "antiepileptic medications",
    "antiepileptic medication",
    "antiepileptic therapy",
    "anti-epileptic drugs",
    "anti-epileptic medications",
    "anti-epileptics",
    "anti-seizure medications",
    "antiseizure medications",
    "seizure medications",
)
_name(
    "medicines that act on the mind ({term})",
    "medicine",
    "psychotropic medications",
    "psychotropic medication",
    "psychotropic drugs",
    "psychotropic drug",
    "psychotropics",
    "psychotropic agents",
    "psychoactive medications",
    "psychoactive drugs",
    "psychiatric medications",
    "psychiatric medication",
    "psychiatric drugs",
)
_name(
    "medicines for anxiety ({term})",
    "medicine",
    "anxiolytics",
    "anxiolytic",
    "anxiolytic drugs",
    "anxiolytic medications",
    "anti-anxiety drugs",
    "anti-anxiety medications",
    "anti-anxiety medication",
)
_name(
    "sleeping pills ({term})",
    "medicine",
    "sleeping pills",
    "sleeping pill",
    "hypnotics",
    "hypnotic drugs",
    "sleep medications",
    "sleep medication",
    "sleeping medications",
)
_name("calming medicines ({term})", "medicine", "sedatives", "sedative drugs", "sedative medications")
_name(
    "antidepressants called tricyclics ({term})",
    "medicine",
    "tricyclic antidepressants",
    "tricyclic antidepressant",
    "TCAs",
)
_name(
    "antidepressants called SNRIs ({term})",
    "medicine",
    "SNRIs",
    "SNRI",
    "serotonin-norepinephrine reuptake inhibitors",
    "serotonin and norepinephrine reuptake inhibitors",
)
_name("mood stabilisers ({term})", "medicine", "mood stabilizers", "mood stabilizer", "mood stabilisers")
_name("muscle relaxants", "medicine", "muscle relaxants", "muscle relaxant")
_name(
    "pain medicines ({term})",
    "medicine",
    "analgesics",
    "analgesic",
    "analgesic medications",
    "analgesic drugs",
    "pain medications",
    "pain medication",
    "pain killers",
    "painkillers",
    "pain-killers",
)
_name(
    "migraine medicines called triptans ({term})",
    "medicine",
    "triptans",
    "triptan",
    "5-HT1B/1D agonists",
)
_name(
    "migraine medicines that block CGRP ({term})",
    "medicine",
    "CGRP monoclonal antibodies",
    "CGRP monoclonal antibody",
    "anti-CGRP monoclonal antibodies",
    "anti-CGRP antibodies",
    "CGRP antagonists",
    "CGRP inhibitors",
    "gepants",
)
_name(
    "medicines for nausea ({term})",
    "medicine",
    "antiemetics",
    "antiemetic",
    "anti-emetics",
    "antiemetic drugs",
    "antiemetic medications",
)
_name(
    "allergy medicines ({term})",
    "medicine",
    "antihistamines",
    "antihistamine",
    "anti-histamines",
    "antihistamine medications",
)
_name(
    "medicines that fight viruses ({term})",
    "medicine",
    "antivirals",
    "antiviral",
    "antiviral drugs",
    "antiviral medications",
    "antiviral agents",
    "antiviral therapy",
    "antiviral treatment",
    "anti-viral therapy",
    "anti-viral medications",
)
_name(
    "medicines for fungal infections ({term})",
    "medicine",
    "antifungals",
    "antifungal",
    "antifungal drugs",
    "antifungal medications",
    "antifungal agents",
    "antifungal therapy",
    "anti-fungal agents",
    "anti-mycotic agents",
    "antimycotics",
)
_name(
    "HIV medicines ({term})",
    "medicine",
    "antiretroviral therapy",
    "antiretroviral treatment",
    "antiretroviral drugs",
    "antiretroviral medications",
    "antiretrovirals",
    "anti-retroviral therapy",
    "anti-retroviral drugs",
    "anti-retroviral medications",
    "HAART",
    "cART",
    "highly active antiretroviral therapy",
    "combination antiretroviral therapy",
)
_name(
    "HIV medicines called protease inhibitors ({term})",
    "medicine",
    "HIV protease inhibitors",
    "HIV protease inhibitor",
    "HIV-protease inhibitors",
)
_name(
    "medicines that lower blood sugar ({term})",
    "medicine",
    "hypoglycemic agents",
    "hypoglycemic agent",
    "hypoglycemic medications",
    "hypoglycemic drugs",
    "hypoglycemic therapy",
    "hypoglycemic therapies",
    "hypoglycaemic agents",
    "glucose-lowering medications",
    "glucose-lowering drugs",
    "glucose lowering medications",
    "blood sugar lowering medications",
    "antidiabetic agents",
    "anti-diabetic medications",
    "anti-diabetic drugs",
    "antihyperglycemic agents",
    "antihyperglycemic medications",
)
_name(
    "diabetes pills that lower blood sugar ({term})",
    "medicine",
    "oral hypoglycemic agents",
    "oral hypoglycemic agent",
    "oral hypoglycemic medications",
    "oral hypoglycemic drugs",
    "oral hypoglycaemic agents",
    "oral antidiabetic drugs",
    "oral antidiabetic medications",
    "oral antidiabetic agents",
    "oral anti-diabetic medications",
)
_name(
    "diabetes and weight-loss medicines called GLP-1 agonists ({term})",
    "medicine",
    "GLP-1 agonists",
    "GLP-1 agonist",
    "GLP-1 receptor agonists",
    "GLP-1 receptor agonist",
    "GLP-1 analogs",
    "GLP-1 analogues",
    "GLP-1 RAs",
    "GLP-1 RA",
    "glucagon-like peptide-1 receptor agonists",
)
_name(
    "diabetes medicines called SGLT2 inhibitors ({term})",
    "medicine",
    "SGLT2 inhibitors",
    "SGLT2 inhibitor",
    "SGLT-2 inhibitors",
    "SGLT-2 inhibitor",
)
_name(
    "cholesterol medicines ({term})",
    "medicine",
    "statins",
    "statin",
    "statin therapy",
    "statin treatment",
    "lipid-lowering drugs",
    "lipid lowering drugs",
    "lipid-lowering medications",
    "lipid lowering medications",
    "lipid-lowering agents",
    "lipid-lowering therapy",
    "lipid lowering therapy",
    "cholesterol-lowering medications",
    "cholesterol lowering medications",
    "cholesterol-lowering drugs",
)
_name(
    "thyroid medicines ({term})",
    "medicine",
    "thyroid medication",
    "thyroid medications",
    "thyroid hormone replacement",
    "thyroid hormone replacement therapy",
    "thyroid hormones",
    "thyroid hormone therapy",
)
_name(
    "female hormones ({term})",
    "medicine",
    "estrogens",
    "estrogen",
    "oestrogens",
    "oestrogen",
    "estrogen therapy",
    "estrogen replacement therapy",
    "estrogen-containing medications",
)
_name(
    "hormone replacement therapy ({term})",
    "medicine",
    "hormone replacement therapy",
    "hormonal replacement therapy",
    "HRT",
    "menopausal hormone therapy",
)
_name("anabolic steroids", "medicine", "anabolic steroids", "anabolic steroid", "anabolic agents")
_name(
    "prostate medicines like finasteride ({term})",
    "medicine",
    "5-alpha reductase inhibitors",
    "5-alpha reductase inhibitor",
    "5-alpha-reductase inhibitors",
    "5-alpha-reductase inhibitor",
    "5α-reductase inhibitors",
    "5-ARIs",
    "5-ARI",
    "5ARI",
    "5-alpha reductase inhibitor therapy",
)
_name(
    "hormone medicines that lower sex hormones ({term})",
    "medicine",
    "GnRH agonists",
    "GnRH agonist",
    "GnRH analogues",
    "GnRH analogs",
    "GnRH antagonists",
    "LHRH agonists",
    "LHRH agonist",
    "LHRH analogues",
    "LHRH analogs",
    "LHRH analog",
    "LHRH antagonists",
    "LHRHa",
    "luteinizing hormone-releasing hormone agonists",
    "gonadotropin-releasing hormone agonists",
)
_name(
    "hormone medicines for breast cancer called aromatase inhibitors ({term})",
    "medicine",
    "aromatase inhibitors",
    "aromatase inhibitor",
)
_name(
    "blood thinner pills ({term})",
    "medicine",
    "direct oral anticoagulants",
    "direct oral anticoagulant",
    "DOACs",
    "DOAC",
    "NOACs",
    "NOAC",
    "novel oral anticoagulants",
    "new oral anticoagulants",
    "oral anti-coagulants",
    "oral anticoagulant therapy",
    "oral anticoagulation",
    "oral anti-coagulation therapy",
    "oral anticoagulation therapy",
)
_name(
    "blood thinners that block vitamin K ({term})",
    "medicine",
    "vitamin K antagonists",
    "vitamin K antagonist",
    "VKAs",
    "VKA",
    "coumarins",
    "coumarin derivatives",
)
_name(
    "blood thinners given by injection ({term})",
    "medicine",
    "low molecular weight heparins",
    "low-molecular-weight heparin",
    "low-molecular-weight heparins",
    "LMWH",
    "unfractionated heparin",
)
_name(
    "medicines that dissolve blood clots ({term})",
    "medicine",
    "thrombolytics",
    "thrombolytic",
    "thrombolytic therapy",
    "thrombolytic agents",
    "thrombolytic drugs",
    "thrombolysis",
    "fibrinolytic therapy",
    "fibrinolytics",
    "fibrinolytic agents",
)
_name(
    "two medicines that stop blood clots ({term})",
    "medicine",
    "dual antiplatelet therapy",
    "DAPT",
)
_name(
    "medicines that stop blood clots like clopidogrel ({term})",
    "medicine",
    "P2Y12 inhibitors",
    "P2Y12 inhibitor",
    "P2Y12 antagonists",
)
_name(
    "medicines that help make red blood cells ({term})",
    "medicine",
    "erythropoiesis-stimulating agents",
    "erythropoiesis stimulating agents",
    "erythropoietin-stimulating agents",
    "erythropoietin",
    "erythropoietic agents",
)
_name(
    "antibodies from donated blood ({term})",
    "medicine",
    "intravenous immunoglobulin",
    "intravenous immunoglobulins",
    "IVIG",
    "IVIg",
    "immunoglobulin therapy",
    "immune globulin",
)
_name(
    "blood products",
    "therapy",
    "blood products",
    "blood product",
    "blood components",
    "blood product transfusion",
    "blood product transfusions",
)
_name("plasma from donated blood ({term})", "therapy", "fresh frozen plasma", "FFP", "plasma transfusion")
_name(
    "a treatment that filters your blood plasma ({term})",
    "therapy",
    "plasmapheresis",
    "plasma exchange",
    "therapeutic plasma exchange",
)
_name(
    "medicines that reach the whole body ({term})",
    "medicine",
    "systemic medications",
    "systemic medication",
    "systemic drugs",
)
_name("medicines taken by mouth ({term})", "medicine", "oral medications", "oral medication")
_name(
    "medicines a doctor prescribed ({term})",
    "medicine",
    "prescription medications",
    "prescription medication",
    "prescription drugs",
    "prescription medicines",
    "prescribed medications",
    "prescribed medication",
)
_name(
    "medicines you can buy without a prescription ({term})",
    "medicine",
    "over-the-counter medications",
    "over-the-counter medication",
    "over-the-counter drugs",
    "over the counter medications",
    "over-the-counter medicines",
    "OTC medications",
    "OTC drugs",
)
_name(
    "herbal medicines ({term})",
    "medicine",
    "herbal medicines",
    "herbal medicine",
    "herbal remedies",
    "herbal supplements",
    "herbal products",
    "herbal preparations",
    "herbal medications",
)
_name(
    "supplements ({term})",
    "medicine",
    "dietary supplements",
    "nutritional supplements",
    "food supplements",
)
_name(
    # "Immunomodulator therapy" (NCT06218303, exports2: WRONG as calming only, interferon boosts it)
    "medicines that change how the immune system works ({term})",
    "medicine",
    "immunomodulators",
    "immunomodulatory agents",
    "immunomodulatory drugs",
    "immune modulators",
    "immunomodulatory therapy",
)
_name(
    "medicines for tuberculosis ({term})",
    "medicine",
    "anti-tuberculosis drugs",
    "antituberculosis drugs",
    "anti-tuberculosis treatment",
    "anti-TB treatment",
    "antitubercular therapy",
)
_name(
    "medicines that keep airways open ({term})",
    "medicine",
    "bronchodilators",
    "bronchodilator",
    "inhaled bronchodilators",
)
_name(
    "inhaled steroid medicines ({term})",
    "medicine",
    "inhaled corticosteroids",
    "inhaled corticosteroid",
    "inhaled steroids",
)
_name(
    "steroid medicines put on the skin ({term})",
    "medicine",
    "topical corticosteroids",
    "topical steroids",
    "topical corticosteroid",
)
_name(
    "steroid medicines given through a vein ({term})",
    "medicine",
    "intravenous corticosteroids",
    "IV corticosteroids",
    "intravenous steroids",
    "IV steroids",
)
_name(
    "high-dose steroid medicines ({term})",
    "medicine",
    "high-dose corticosteroids",
    "high-dose steroids",
    "high dose corticosteroids",
    "high dose steroids",
    "high-dose glucocorticoids",
)
_name(
    "medicines for erection problems ({term})",
    "medicine",
    "erectogenic agents",
    "erectogenic agent",
    "erectogenic drugs",
    "erectogenic medications",
    "erectogenic aids",
    "pro-erectile medications",
    "vasoactive drugs for ED",
)
_name(
    "hormonal birth control ({term})",
    "medicine",
    "hormonal contraceptives",
    "hormonal contraceptive",
    "hormonal contraception",
)
_name(
    "birth control pills ({term})", "medicine", "oral contraceptives", "oral contraceptive", "oral contraceptive pills"
)
_name("birth control pills", "medicine", "birth control pills")
_name(
    "medicines that affect how the liver breaks down other drugs ({term})",
    "medicine",
    "CYP3A4 inhibitors and inducers",
    "CYP3A4 inducers and inhibitors",
    "strong CYP3A4 inhibitors and inducers",
    "strong CYP3A inhibitors and inducers",
    "strong inhibitors and inducers of CYP3A4",
    "strong inhibitors and inducers of CYP3A",
)
_name(
    "medicines that slow how the liver breaks down other drugs ({term})",
    "medicine",
    "moderate CYP3A4 inhibitors",
    "moderate CYP3A inhibitors",
    "strong or moderate inhibitors of CYP3A4",
    "strong or moderate inhibitors of CYP3A",
    "moderate or strong inhibitors of CYP3A4",
    "moderate or strong inhibitors of CYP3A",
    "strong CYP3A4/5 inhibitors",
    "potent CYP3A4/5 inhibitors",
    "inhibitors of cytochrome P450 3A4",
    "cytochrome P450 3A4 inhibitors",
    "potent inhibitors of cytochrome P450 3A4",
    "strong inhibitors of cytochrome P450 3A4",
    "CYP 3A4 inhibitors",
    "P450 3A4 inhibitors",
)
_name(
    "medicines that speed up how the liver breaks down other drugs ({term})",
    "medicine",
    "moderate CYP3A4 inducers",
    "moderate CYP3A inducers",
    "strong or moderate inducers of CYP3A4",
    "strong or moderate inducers of CYP3A",
    "moderate or strong inducers of CYP3A4",
    "cytochrome P450 3A4 inducers",
    "inducers of cytochrome P450 3A4",
    "potent inducers of CYP3A4",
    "potent inducers of CYP3A",
    "CYP 3A4 inducers",
)

# Cancer medicines, round 2.
_name(
    "cancer drugs called PARP inhibitors ({term})",
    "medicine",
    "PARP inhibitors",
    "PARP inhibitor",
    "PARPi",
    "PARP inhibitor therapy",
)
_name(
    "cancer drugs called CDK4/6 inhibitors ({term})",
    "medicine",
    "CDK4/6 inhibitors",
    "CDK4/6 inhibitor",
    "CDK 4/6 inhibitors",
    "CDK4/6i",
)
# (not "cancer drugs": sirolimus is mostly given after a transplant, NCT00703807, hint6: WRONG, narrowed to cancer)
_name("medicines called mTOR inhibitors ({term})", "medicine", "mTOR inhibitors", "mTOR inhibitor")
_name("cancer drugs called PI3K inhibitors ({term})", "medicine", "PI3K inhibitors", "PI3K inhibitor")
_name(
    "cancer drugs called BTK inhibitors ({term})",
    "medicine",
    "BTK inhibitors",
    "BTK inhibitor",
    "Bruton's tyrosine kinase inhibitors",
)
_name(
    "medicines called JAK inhibitors ({term})",
    "medicine",
    "JAK inhibitors",
    "JAK inhibitor",
    "JAK2 inhibitors",
    "JAK2 inhibitor",
    "Janus kinase inhibitors",
)
_name(
    "cancer drugs called ALK inhibitors ({term})",
    "medicine",
    "ALK inhibitors",
    "ALK inhibitor",
    "ALK TKIs",
    "ALK TKI",
    "ALK tyrosine kinase inhibitors",
)
_name("cancer drugs called MET inhibitors ({term})", "medicine", "MET inhibitors", "MET inhibitor")
_name("cancer drugs called BRAF inhibitors ({term})", "medicine", "BRAF inhibitors", "BRAF inhibitor")
_name("cancer drugs called MEK inhibitors ({term})", "medicine", "MEK inhibitors", "MEK inhibitor")
_name("cancer drugs called KRAS G12C inhibitors ({term})", "medicine", "KRAS G12C inhibitors", "KRAS G12C inhibitor")
_name("cancer drugs called FLT3 inhibitors ({term})", "medicine", "FLT3 inhibitors", "FLT3 inhibitor")
_name(
    "cancer drugs called BCL-2 inhibitors ({term})",
    "medicine",
    "BCL-2 inhibitors",
    "BCL-2 inhibitor",
    "BCL2 inhibitors",
    "BCL2 inhibitor",
)
_name(
    "myeloma drugs called proteasome inhibitors ({term})", "medicine", "proteasome inhibitors", "proteasome inhibitor"
)
_name("myeloma drugs like lenalidomide ({term})", "medicine", "immunomodulatory imide drugs", "IMiDs", "IMiD")
_name(
    "cancer drugs that block blood vessel growth ({term})",
    "medicine",
    "anti-VEGF agents",
    "anti-VEGF therapy",
    "anti-VEGF drugs",
    "anti-angiogenic agents",
    "anti-angiogenic therapy",
    "antiangiogenic therapy",
    "VEGF inhibitors",
    "VEGF inhibitor",
    "VEGFR inhibitors",
    "VEGFR inhibitor",
    "VEGFR-TKIs",
    "VEGFR TKIs",
    "VEGF-targeted therapy",
    "VEGF/VEGFR inhibitors",
)
_name(
    "targeted drugs against HER2 ({term})",
    "medicine",
    "HER2-targeted therapy",
    "HER2 targeted therapy",
    "anti-HER2 therapy",
    "anti-HER2 agents",
    "HER2-directed therapy",
    "anti-HER2 treatment",
    "HER2-targeted agents",
    "HER2 inhibitors",
)
_name(
    "cancer drugs made of an antibody joined to a chemotherapy ({term})",
    "medicine",
    "antibody-drug conjugates",
    "antibody-drug conjugate",
    "antibody drug conjugates",
)
_name(
    "lab-made antibodies that attach to two targets ({term})",
    "medicine",
    "bispecific antibodies",
    "bispecific antibody",
    "bispecific T-cell engagers",
    "bispecific T-cell engager",
    "BiTEs",
)
_name(
    "chemotherapy drugs called taxanes ({term})",
    "therapy",
    "taxanes",
    "taxane",
    "taxane-based chemotherapy",
    "taxane chemotherapy",
)
_name(
    "chemotherapy drugs called anthracyclines ({term})",
    "therapy",
    "anthracyclines",
    "anthracycline",
    "anthracycline-based chemotherapy",
    "anthracycline chemotherapy",
)
_name("chemotherapy drugs called alkylating agents ({term})", "therapy", "alkylating agents", "alkylating agent")
_name(
    "medicines for some blood cancers called hypomethylating agents ({term})",
    "medicine",
    "hypomethylating agents",
    "hypomethylating agent",
)
_name(
    "chemotherapy given before the main treatment ({term})",
    "therapy",
    "neoadjuvant chemotherapy",
    "neo-adjuvant chemotherapy",
)
_name("chemotherapy given after the main treatment ({term})", "therapy", "adjuvant chemotherapy")
_name(
    "treatment given before the main treatment ({term})",
    "therapy",
    "neoadjuvant therapy",
    "neo-adjuvant therapy",
    "neoadjuvant treatment",
)
_name(
    "treatment given after the main treatment ({term})",
    "therapy",
    "adjuvant therapy",
    "adjuvant treatment",
)
# "systemic" kept: radiotherapy before or after surgery is not meant (NCT02992574, rewritten-items audit: BROADER)
_name(
    "medicine that reaches the whole body, given before the main treatment ({term})",
    "therapy",
    "neoadjuvant systemic therapy",
)
_name(
    "medicine that reaches the whole body, given after the main treatment ({term})",
    "therapy",
    "adjuvant systemic therapy",
)
_name(
    "hormone therapy for cancer ({term})",
    "therapy",
    "anti-hormonal therapy",
    "antihormonal therapy",
    "hormonal anticancer therapy",
    "anticancer hormonal therapy",
)
_name("a cell therapy ({term})", "therapy", "cell therapy", "cellular therapy", "cell-based therapy")
_name("gene therapy", "therapy", "gene therapy", "gene therapies")
_name("stem cell therapy", "therapy", "stem cell therapy", "stem cell treatment", "stem cell injections")
_name(
    "radiation therapy inside the body near the tumor ({term})",
    "therapy",
    "brachytherapy",
    "seed implants",
    "seed implantation",
)
_name(
    "highly focused radiation therapy ({term})",
    "therapy",
    "stereotactic radiosurgery",
    "stereotactic radiotherapy",
    "stereotactic body radiotherapy",
    "stereotactic body radiation therapy",
    "SBRT",
    "SABR",
    "stereotactic ablative radiotherapy",
    "radiosurgery",
    "gamma knife",
    "Gamma Knife radiosurgery",
)
_name(
    "radiation therapy with radioactive medicine ({term})",
    "therapy",
    "radioiodine",
    "radioiodine therapy",
    "radionuclide therapy",
    "radioligand therapy",
    "radiopharmaceutical therapy",
    "radioactive iodine",
    "radioactive iodine therapy",
    "radioiodine therapy",
)
_name(
    "radiation therapy meant to cure ({term})",
    "therapy",
    "curative radiotherapy",
    "definitive radiotherapy",
    "definitive radiation therapy",
    "curative-intent radiotherapy",
    "radical radiotherapy",
)

# Procedures and devices, round 2.
_name(
    "surgery to remove the whole prostate that spares the nerves for erections ({term})",
    "therapy",
    "nerve-sparing radical prostatectomy",
    "nerve sparing radical prostatectomy",
    "nerve-sparing prostatectomy",
    "nerve sparing prostatectomy",
)
# "bilateral" kept: a man spared on one side only does not qualify (NCT00848497, rewritten-items audit: BROADER).
_name(
    "surgery to remove the whole prostate that spares the nerves for erections on both sides ({term})",
    "therapy",
    "bilateral nerve-sparing radical prostatectomy",
    "bilateral nerve sparing radical prostatectomy",
)
_name("surgery to remove the bladder ({term})", "therapy", "cystectomy", "radical cystectomy")
_name(
    "surgery to remove the rectum ({term})",
    "therapy",
    "proctectomy",
    "abdominoperineal resection",
    "low anterior resection",
)
# Not hysterectomy or oophorectomy: they are said mostly in the definitions of who can get pregnant, under a lead-in
# ("a female of childbearing potential is one who: has not undergone a hysterectomy"), not as rules of their own.
_name("surgery to remove a kidney ({term})", "therapy", "nephrectomy", "radical nephrectomy")
_name(
    "surgery to remove the testicles ({term})",
    "therapy",
    "orchiectomy",
    "orchidectomy",
    "bilateral orchiectomy",
    "surgical castration",
)
_name("surgery to remove the spleen ({term})", "therapy", "splenectomy")
_name("surgery to remove a breast ({term})", "therapy", "mastectomy")
_name(
    "surgery to remove part of a disc in the spine ({term})",
    "therapy",
    "discectomy",
    "microdiscectomy",
    "lumbar discectomy",
)
_name(
    "surgery to join bones of the spine ({term})", "therapy", "spinal fusion", "spinal fusion surgery", "lumbar fusion"
)
_name(
    "weight loss surgery ({term})",
    "therapy",
    "bariatric surgery",
    "gastric bypass",
    "gastric bypass surgery",
    "weight loss surgery",
    "weight-loss surgery",
)
_name(
    "heart bypass surgery ({term})",
    "therapy",
    "coronary artery bypass graft surgery",
    "coronary artery bypass graft",
    "coronary artery bypass grafting",
    "coronary artery bypass surgery",
    "CABG",
)
_name(
    "a procedure to open a blocked heart artery ({term})",
    "therapy",
    "percutaneous coronary intervention",
    "PCI",
    "coronary angioplasty",
    "coronary stenting",
    "coronary stent placement",
)
_name(
    "a heart pacemaker ({term})",
    "device",
    "pacemaker",
    "pacemakers",
    "cardiac pacemaker",
    "cardiac pacemakers",
    "permanent pacemaker",
)
_name(
    "a device put in the body that shocks the heart back to a normal beat ({term})",
    "device",
    "implantable cardioverter defibrillator",
    "implantable cardioverter-defibrillator",
    "implantable defibrillator",
)
_name(
    "an electronic device put in the body ({term})",
    "device",
    "implanted electronic device",
    "implanted electronic devices",
    "implantable electronic device",
    "active implantable device",
    "active implanted device",
    "implanted electrical device",
    "electronic implants",
    "implanted medical device",
    "implantable medical device",
)
_name(
    "a nerve stimulator put in the body ({term})",
    "device",
    "spinal cord stimulator",
    "spinal cord stimulation",
    "deep brain stimulation",
    "deep brain stimulator",
    "vagus nerve stimulator",
    "neurostimulator",
    "implanted neurostimulator",
)
_name("a breathing machine for sleep ({term})", "device", "CPAP", "CPAP therapy", "continuous positive airway pressure")
_name("oxygen therapy", "therapy", "oxygen therapy", "supplemental oxygen", "home oxygen")
_name("long-term oxygen therapy", "therapy", "long-term oxygen therapy")
_name("a breathing machine ({term})", "therapy", "mechanical ventilation", "invasive mechanical ventilation")
_name("an insulin pump", "device", "insulin pump")
_name(
    "a vacuum pump for erections ({term})",
    "device",
    "vacuum erection device",
    "vacuum erection devices",
    "vacuum device",
    "vacuum devices",
    "vacuum constriction device",
    "vacuum pump",
    "vacuum pump therapy",
)
_name(
    "a penile implant ({term})",
    "device",
    "penile prosthesis surgery",
    "penile prosthesis surgeries",
    "penile prosthetic implant",
    "erection prosthesis",
    "penile prosthesis implant",
    "inflatable penile prosthesis",
)
_name("acupuncture", "therapy", "acupuncture", "electroacupuncture")
_name("injections of herbal medicine into acupuncture points ({term})", "therapy", "pharmacopuncture")
_name(
    "talk therapy ({term})", "therapy", "psychotherapy", "cognitive behavioral therapy", "cognitive behavioural therapy"
)
_name("electroconvulsive therapy", "therapy", "electroconvulsive therapy")
_name(
    "magnetic stimulation of the brain ({term})",
    "therapy",
    "transcranial magnetic stimulation",
    "rTMS",
    "repetitive transcranial magnetic stimulation",
)
_name("a treatment that freezes tissue ({term})", "therapy", "cryotherapy", "cryoablation")
_name("a treatment that destroys tissue with heat ({term})", "therapy", "radiofrequency ablation", "thermal ablation")
_name(
    "an injection into the spine ({term})",
    "therapy",
    "epidural injection",
    "epidural injections",
    "epidural steroids",
    "epidural steroid",
)
_name(
    "an injection into a joint ({term})",
    "therapy",
    "intra-articular injection",
    "intra-articular injections",
    "joint injection",
    "joint injections",
)
_name(
    "surgery ({term})",
    "therapy",
    "surgical treatment",
    "surgical treatments",
    "operative treatment",
    "surgical interventions",
)
_name(
    "major surgery ({term})", "therapy", "major surgical interventions", "major operations", "major surgical operation"
)
_name("surgery done in an emergency ({term})", "therapy", "emergency surgery", "emergency surgical procedure")
_name("planned surgery ({term})", "therapy", "elective surgery", "elective surgical procedure")
_name("dental surgery", "therapy", "dental surgery", "oral surgery", "major dental procedure", "dental procedure")
_name("surgery through a small cut with a camera ({term})", "therapy", "laparoscopic surgery", "laparoscopy")
_name("surgery done with a robot ({term})", "therapy", "robotic surgery", "robot-assisted surgery")
_name(
    "a transfusion of white blood cells from a donor ({term})",
    "therapy",
    "donor lymphocyte infusion",
    "donor lymphocyte infusions",
    "DLI",
)
_name(
    "a blood stem cell or organ transplant",
    "therapy",
    "allogeneic stem cell or solid organ transplantation",
    "allogeneic stem cell or solid organ transplant",
    "allogenic stem-cell or solid-organ transplantation",
    "allogeneic stem-cell or solid-organ transplantation",
    "allogeneic hematopoietic stem cell or solid organ transplant",
    "allogeneic or solid organ transplant",
    "allogeneic HSCT or solid organ transplant",
    "solid organ or allogeneic stem cell transplant",
    "solid organ or hematopoietic stem cell transplant",
    "organ or bone marrow transplant",
    "organ or stem cell transplant",
)
_name(
    "a stem cell transplant from a donor or using your own cells ({term})",
    "therapy",
    "allogeneic or autologous stem cell transplant",
    "autologous or allogeneic stem cell transplant",
    "allogeneic or autologous stem cell transplantation",
    "autologous or allogeneic stem cell transplantation",
    "autologous or allogeneic hematopoietic stem cell transplantation",
    "allogeneic or autologous hematopoietic stem cell transplantation",
)
_name(
    "hormone therapy for prostate cancer ({term})",
    "therapy",
    "hormonal therapy for prostate cancer",
    "hormonal treatment for prostate cancer",
    "hormone therapy for prostate cancer",
)
_name("a flu vaccine", "therapy", "influenza vaccine", "influenza vaccination", "flu vaccine", "flu shot")
_name(
    "a vaccine that cannot cause infection ({term})",
    "therapy",
    "inactivated vaccine",
    "inactivated vaccines",
    "killed vaccine",
    "killed vaccines",
    "non-live vaccines",
    "non-live vaccine",
)

# Round 3 (treatments helper): classes and abbreviations the original-words items name most.
_name(
    "stomach acid medicines ({term})",
    "medicine",
    "proton pump inhibitors",
    "proton pump inhibitor",
    "proton-pump inhibitors",
    "PPIs",
    "PPI",
)
_name(
    "medicines that block a drug pump called P-gp ({term})",
    "medicine",
    "P-gp inhibitors",
    "P-gp inhibitor",
    "P-glycoprotein inhibitors",
    "P-glycoprotein inhibitor",
)
_name(
    "dietary supplements ({term})",
    "medicine",
    "dietary supplements",
    "nutritional supplements",
    "supplements",
)
_name("iron supplements ({term})", "medicine", "iron supplements", "oral iron", "iron supplementation")
_name("iron given through a vein ({term})", "medicine", "IV iron", "intravenous iron")
_name(
    "traditional Chinese medicine ({term})",
    "medicine",
    "traditional Chinese medicine",
    "traditional Chinese medicines",
    "Chinese herbal medicine",
    "Chinese herbal medicines",
    "Chinese herbs",
)
_name("an mRNA vaccine", "therapy", "mRNA vaccine", "mRNA vaccines")
_name(
    "blood thinners ({term})",
    "medicine",
    "blood thinner medication",
    "blood thinner medications",
    "blood thinner drugs",
    "blood-thinning medications",
)
_name(
    "a stem cell transplant ({term})",
    "therapy",
    "hematopoietic cell transplant",
    "hematopoietic cell transplantation",
    "HCT",
)
_name("chemotherapy drugs ({term})", "medicine", "chemotherapeutic agents", "chemotherapeutic drugs")
_name("HIV medicines ({term})", "medicine", "HIV drugs", "HIV medications")
_name("sedatives called barbiturates", "medicine", "barbiturates", "barbiturate")
_name("cancer drugs called CDK inhibitors", "medicine", "CDK inhibitors", "CDK inhibitor")
_name("cancer drugs called FAK inhibitors", "medicine", "FAK inhibitors", "FAK inhibitor")
_name("cancer drugs called AKT inhibitors", "medicine", "AKT inhibitors", "AKT inhibitor")
_name(
    "cancer drugs called SHP2 inhibitors ({term})", "medicine", "SHP-2 inhibitors", "SHP-2 inhibitor", "SHP2 inhibitors"
)
_name("targeted drugs against TROP2 ({term})", "medicine", "TROP2-targeted therapy", "TROP2-targeted therapies")
_name(
    "radiation therapy given after the main treatment ({term})",
    "therapy",
    "adjuvant radiotherapy",
    "adjuvant radiation therapy",
)
_name(
    "sulfa drugs ({term})",
    "medicine",
    "sulfonamides",
    "sulfonamide",
    "sulfa drugs",
    "sulfa medications",
    "sulfonamide antibiotics",
)
_name(
    "radiation therapy from a machine outside the body ({term})",
    "therapy",
    "EBRT",
    "external beam radiation",
)
_name("trastuzumab deruxtecan ({term})", "medicine", "T-DXd")
_name("immunotherapy that blocks PD-1 or PD-L1 ({term})", "therapy", "anti-PD-1/PD-L1", "anti-PD-1/L1")
_name(
    "antibody drugs against CD20, like rituximab ({term})",
    "medicine",
    "anti-CD20",
    "anti-CD20 antibody",
    "anti-CD20 antibodies",
    "anti-CD20 monoclonal antibody",
    "anti-CD20 monoclonal antibodies",
    "anti-CD20 therapy",
)
_name(
    "medicines that block TNF, a cause of inflammation ({term})",
    "medicine",
    "anti-TNF",
    "anti-TNF therapy",
    "anti-TNF agents",
    "anti-TNF drugs",
    "TNF inhibitors",
    "TNF inhibitor",
    "TNF-alpha inhibitors",
    "TNF-α inhibitors",
)
_name(
    "BCG treatment put into the bladder ({term})",
    "therapy",
    "intravesical BCG",
    "intravesical BCG therapy",
    "intravesical bacillus Calmette-Guerin",
)
_name("chemotherapy put into the bladder ({term})", "therapy", "intravesical chemotherapy")
_name(
    "treatment with a virus that attacks cancer cells ({term})",
    "therapy",
    "virotherapy",
    "oncolytic virotherapy",
    "oncolytic virus therapy",
    "oncolytic viruses",
)
_name(
    "treatment aimed at BCMA, a protein on myeloma cells ({term})",
    "therapy",
    "BCMA-directed therapy",
    "BCMA-directed therapies",
    "BCMA-targeted therapy",
    "BCMA-targeted therapies",
    "anti-BCMA therapy",
)
_name(
    "medicines that can change the heart's rhythm ({term})",
    "medicine",
    "QT prolonging drugs",
    "QT-prolonging drugs",
    "QT prolonging medications",
    "QT-prolonging medications",
    "QTc-prolonging drugs",
    "QTc prolonging drugs",
    "QTc-prolonging medications",
)
_name("medicines that widen or narrow blood vessels ({term})", "medicine", "vasoactive drugs", "vasoactive medications")

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
# More medicines named by their own name (round 2): heart, blood, mind, pain, hormones, cancer.
DRUGS = DRUGS | frozenset(
    _key(name)
    for name in (
        "theophylline",
        "methadone",
        "amlodipine",
        "ciprofloxacin",
        "gentamicin",
        "gentamycin",
        "venetoclax",
        "pirfenidone",
        "midodrine",
        "pseudoephedrine",
        "amitriptyline",
        "nortriptyline",
        "isocarboxazid",
        "fluoxetine",
        "citalopram",
        "escitalopram",
        "sertraline",
        "paroxetine",
        "duloxetine",
        "venlafaxine",
        "bupropion",
        "mirtazapine",
        "ergotamine",
        "dihydroergotamine",
        "molsidomine",
        "nicorandil",
        "hydralazine",
        "minoxidil",
        "clonidine",
        "ranitidine",
        "famotidine",
        "levothyroxine",
        "thyroxine",
        "estradiol",
        "progesterone",
        "medroxyprogesterone",
        "medroxyprogesterone acetate",
        "megestrol",
        "megestrol acetate",
        "exemestane",
        "fulvestrant",
        "raloxifene",
        "ticlopidine",
        "cilostazol",
        "pentoxifylline",
        "dipyridamole",
        "fondaparinux",
        "bivalirudin",
        "argatroban",
        "alteplase",
        "streptokinase",
        "tenecteplase",
        "acenocoumarol",
        "phenprocoumon",
        "quinidine",
        "flecainide",
        "propafenone",
        "dronedarone",
        "dofetilide",
        "mexiletine",
        "haloperidol",
        "olanzapine",
        "quetiapine",
        "risperidone",
        "aripiprazole",
        "clozapine",
        "chlorpromazine",
        "alprazolam",
        "zolpidem",
        "gabapentin",
        "pregabalin",
        "lamotrigine",
        "levetiracetam",
        "tramadol",
        "morphine",
        "oxycodone",
        "fentanyl",
        "codeine",
        "hydrocodone",
        "buprenorphine",
        "naltrexone",
        "naloxone",
        "acetaminophen",
        "paracetamol",
        "naproxen",
        "diclofenac",
        "indomethacin",
        "colchicine",
        "allopurinol",
        "methylphenidate",
        "modafinil",
        "bosentan",
        "ambrisentan",
        "macitentan",
        "epoprostenol",
        "treprostinil",
        "iloprost",
        "selexipag",
        "metoclopramide",
        "domperidone",
        "darbepoetin",
        "epoetin",
        "epoetin alfa",
        "filgrastim",
        "pegfilgrastim",
        "romiplostim",
        "eltrombopag",
        "thalidomide",
        "lenalidomide",
        "pomalidomide",
        "bortezomib",
        "carfilzomib",
        "ixazomib",
        "azacitidine",
        "decitabine",
        "cytarabine",
        "fludarabine",
        "bendamustine",
        "chlorambucil",
        "melphalan",
        "busulfan",
        "etoposide",
        "irinotecan",
        "topotecan",
        "vincristine",
        "vinorelbine",
        "pemetrexed",
        "temozolomide",
        "olaparib",
        "niraparib",
        "rucaparib",
        "talazoparib",
        "palbociclib",
        "ribociclib",
        "abemaciclib",
        "alpelisib",
        "idelalisib",
        "brentuximab vedotin",
        "enfortumab vedotin",
        "sacituzumab govitecan",
        "trastuzumab deruxtecan",
        "trastuzumab emtansine",
        "asparaginase",
        "pegaspargase",
        "tretinoin",
        "arsenic trioxide",
        "hydroxychloroquine",
        "sulfasalazine",
        "leflunomide",
        "etanercept",
        "abatacept",
        "anakinra",
        "interferon",
        "ketamine",
        "esketamine",
        "psilocybin",
        "aprepitant",
        "apalutamide",
        "darolutamide",
        "relugolix",
        "triptorelin",
        "histrelin",
        "buserelin",
        "leuprorelin",
        "medroxyprogesterone",
        "tibolone",
        "DHEA",
        "dehydroepiandrosterone",
        "clomifene",
        "anastrozole",
        "letrozole",
        "nitroprusside",
        "sodium nitroprusside",
        "nitric oxide",
        "sacubitril",
        "ivabradine",
        "ranolazine",
        "digitalis",
        "cyclosporin",
        "cyclosporin A",
        "ciclosporin A",
        "Mirapex",
        "Pradaxa",
        "Eliquis",
        "Xarelto",
        "Plavix",
        "Propecia",
        "Proscar",
        "Avodart",
        "Flomax",
        "Lupron",
        "Zytiga",
        "Xtandi",
        "Tagrisso",
        "Keytruda",
        "Opdivo",
        "Herceptin",
        "Avastin",
        "radium-223",
        "sipuleucel-T",
        "interferon alfa",
        "interferon alpha",
        "tegavivint",
        "iberdomide",
    )
)
# Made the way drug names are (international non-proprietary names): a monoclonal antibody (-mab), a kinase
# inhibitor (-tinib), a PDE5 inhibitor (-afil)...
_DRUG_ENDING = re.compile(
    r"^[a-z]{3,}(?:mab|tinib|[a-z]nib|parin|afil|pril|sartan|olol|statin|conazole|mycin|cycline|platin|taxel|rubicin|navir|"
    r"prazole|dronate|lukast|semide|thiazide|dipine|gliptin|glutide|gliflozin|triptan|setron|oxacin|cillin|zepam|zolam|"
    r"profen|coxib|olone|isone|asone|azosin|ulosin|steride|limus|lutamide|relin|barbital|parib|ciclib|zomib)$"
)
_ABBREVIATION = re.compile(r"^[A-Za-z0-9-]{2,12}$")


def _with_strength(key: str, name: Name) -> Name:
    """ "strong CYP3A4 inhibitors" are medicines that *strongly* slow how the liver breaks down other drugs: the strength
    a rule names is whom it leaves out (weaker ones may be allowed), so the sentence says it, not only the bracket."""
    if "how the liver breaks down" not in name.plain:
        return name
    strength = _CYP_STRENGTH.match(key)
    if strength is None:
        return name
    adverb = {"strong": "strongly", "potent": "strongly", "moderate": "moderately"}
    words = " or ".join(adverb[word] for word in re.split(r"\s+or\s+", strength.group(0).strip()))
    return Name(name.plain.replace("medicines that ", f"medicines that {words} ", 1), name.kind, name.keeps_term)


_CYP_STRENGTH = re.compile(r"^(?:strong|potent|moderate)(?:\s+or\s+(?:strong|potent|moderate))?\b")
NAMES.update({key: _with_strength(key, name) for key, name in NAMES.items()})


def is_drug_name(text: str) -> bool:
    """A medicine named by its own name ("warfarin", "Cialis", "osimertinib")."""
    key = _key(text)
    return key in DRUGS or bool(_DRUG_ENDING.match(key))


@lru_cache(maxsize=8192)
def treatment(text: str) -> Treatment | None:
    """The plain words of one treatment as written ("PDE-5 inhibitors", "a live vaccine"), or None if unknown.

    The study's spelling is kept in the brackets of a class's plain name and for a medicine named by its own name;
    an abbreviation in brackets after a name ("nonsteroidal anti-inflammatory drugs (NSAIDs)") is the term quoted.
    """
    term, abbreviation = _split_abbreviation(re.sub(r"\s*[®™]", "", text.strip()))
    key = _key(term)
    name = NAMES.get(key) or NAMES.get(key + "s") or (NAMES.get(key[:-1]) if key.endswith("s") else None)
    if name is not None:
        if abbreviation and not _same_thing(abbreviation, name):
            return None
        quoted = abbreviation or _mid_sentence(term)
        if _says_itself(quoted, name.plain):
            return Treatment(re.sub(r"\s*\(\{term\}\)", "", name.plain).replace("{term}", quoted), name.kind)
        return Treatment(name.plain.replace("{term}", quoted), name.kind)
    if abbreviation is None and (placed := _placed_procedure(key)) is not None:
        return placed
    if abbreviation is None and is_drug_name(term):
        return Treatment(_drug_case(term), "medicine")
    if abbreviation is not None and is_drug_name(term) and (is_drug_name(abbreviation) or abbreviation[:1].isupper()):
        return Treatment(f"{_drug_case(term)} ({abbreviation})", "medicine")  # "sildenafil (Viagra)"
    return None


# Surgery or radiation of a named place, put together from the place's plain words: "pelvic or abdominal radiation
# therapy" -> "radiation therapy to the pelvis or belly", "surgery on the lumbar spine" -> "surgery on the lower back".
_PLACES = {
    "pelvic": "the pelvis",
    "pelvis": "the pelvis",
    "abdominal": "the belly",
    "abdomen": "the belly",
    "thoracic": "the chest",
    "thorax": "the chest",
    "chest": "the chest",
    "spinal": "the spine",
    "spine": "the spine",
    "lumbar": "the lower back",
    "lumbar spine": "the lower back",
    "lower back": "the lower back",
    "low back": "the lower back",
    "back": "the back",
    "brain": "the brain",
    "cranial": "the brain",
    "intracranial": "the brain",
    "head": "the head",
    "neck": "the neck",
    "head and neck": "the head and neck",
    "eye": "the eye",
    "ocular": "the eye",
    "prostate": "the prostate",
    "prostatic": "the prostate",
    "penile": "the penis",
    "penis": "the penis",
    "urethral": "the urethra",
    "urethra": "the urethra",
    "rectal": "the rectum",
    "rectum": "the rectum",
    "bladder": "the bladder",
    "genital": "the genitals",
    "cardiac": "the heart",
    "heart": "the heart",
    "lung": "the lungs",
    "breast": "the breast",
    "gastric": "the stomach",
    "stomach": "the stomach",
    "bowel": "the bowel",
    "intestinal": "the bowel",
    "liver": "the liver",
    "hepatic": "the liver",
    "kidney": "the kidney",
    "renal": "the kidney",
    "shoulder": "the shoulder",
    "knee": "the knee",
    "hip": "the hip",
    "nasal": "the nose",
    "nose": "the nose",
    "sinus": "the sinuses",
    "thyroid": "the thyroid",
}
# Each head -> how the plain words say it of a place; a qualifier before the place stays ("major surgery on ...").
_PROCEDURE_HEADS = {
    "surgery": "surgery on",
    "surgeries": "surgery on",
    "surgical procedure": "surgery on",
    "surgical procedures": "surgery on",
    "surgical intervention": "surgery on",
    "surgical interventions": "surgery on",
    "operation": "surgery on",
    "operations": "surgery on",
    "radiotherapy": "radiation therapy to",
    "radiation therapy": "radiation therapy to",
    "radiation": "radiation therapy to",
    "irradiation": "radiation therapy to",
    "radiation treatment": "radiation therapy to",
    "radiotherapy treatment": "radiation therapy to",
}
_QUALIFIERS = ("major", "minor", "extensive", "radical")


def _words(phrases) -> str:
    """Phrases as alternatives, longest first, their spaces any run of spaces."""
    return "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in sorted(phrases, key=len, reverse=True))


_PLACE_LIST = rf"(?:{_words(_PLACES)})(?:(?:,\s*|\s+or\s+|,\s*or\s+)(?:{_words(_PLACES)}))*"
_HEAD_WORDS = _words(_PROCEDURE_HEADS)
# The same, as a pattern a recogniser reads a list with (any case).
PLACED_PROCEDURE = (
    rf"(?:(?:{'|'.join(_QUALIFIERS)})\s+)?(?:(?:{_PLACE_LIST})\s+(?:{_HEAD_WORDS})|(?:{_HEAD_WORDS})\s+(?:to|of|on|in|at|"
    rf"involving)\s+(?:the\s+)?(?:{_PLACE_LIST})(?:\s+(?:region|area))?)"
)
_PLACED_BEFORE = re.compile(
    rf"^(?:(?P<qualifier>{'|'.join(_QUALIFIERS)})\s+)?(?P<places>{_PLACE_LIST})\s+(?P<head>{_HEAD_WORDS})$"
)
_PLACED_AFTER = re.compile(
    rf"^(?:(?P<qualifier>{'|'.join(_QUALIFIERS)})\s+)?(?P<head>{_HEAD_WORDS})\s+(?:to|of|on|in|at|involving)\s+(?:the\s+)?"
    rf"(?P<places>{_PLACE_LIST})(?:\s+(?:region|area))?$"
)


def _placed_procedure(key: str) -> Treatment | None:
    match = _PLACED_BEFORE.match(key) or _PLACED_AFTER.match(key)
    if match is None:
        return None
    places = [place.strip() for place in re.split(r",\s*or\s+|,\s*|\s+or\s+", match["places"])]
    plain = [_PLACES[place] for place in places]
    if len(set(plain)) != len(plain):
        return None
    said = plain[0] if len(plain) == 1 else ", ".join(plain[:-1]) + " or " + plain[-1]
    said = plain[0] + re.sub(r"\bthe ", "", said[len(plain[0]) :])  # "the pelvis, penis or prostate"
    qualifier = f"{match['qualifier']} " if match["qualifier"] else ""
    words = f"{qualifier}{_PROCEDURE_HEADS[match['head']]} {said}"
    if match["qualifier"] == "radical":
        words += f" ({key})"  # "radical" is the surgeon's word: the term stays beside it
    return Treatment(words, "therapy")


def _says_itself(term: str, plain: str) -> bool:
    """The plain name already holds every word of the term ("steroid" in "steroid medicines"): no need to quote it."""
    words = set(re.findall(r"[a-z0-9-]+", plain.replace("{term}", "").lower()))
    return all(
        word in words or word.rstrip("s") in words or word + "s" in words
        for word in re.findall(r"[a-z0-9-]+", term.lower())
    )


def _mid_sentence(term: str) -> str:
    """A term quoted mid-sentence: "Nitrate" at a sentence start -> "nitrate"; "PDE5 inhibitors", "Li-ESWT" keep theirs."""
    words = term.split(" ")
    if len(words) > 1 and all(word[:1].isupper() and word[1:].islower() for word in words if word[:1].isalpha()):
        return term.lower()  # "Selective Serotonin Reuptake Inhibitors": a name in title case, not a proper name
    first = words[0]
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


_BRANDS = re.compile(
    r"^(?:Viagra|Cialis|Levitra|Stendra|Spedra|Zydena|Caverject|Coumadin|Accutane|Botox|Mirapex|Pradaxa|Eliquis|Xarelto|"
    r"Plavix|Propecia|Proscar|Avodart|Flomax|Lupron|Zytiga|Xtandi|Tagrisso|Keytruda|Opdivo|Herceptin|Avastin)$"
)


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
    """Words a sentence must hold for a treatment to be read in it: every spelling of 4 letters or more, and the
    singular of each plural one (treatment() reads "antipsychotic medication" by its plural in the table)."""
    spellings = {*NAMES, *DRUGS} | {spelling[:-1] for spelling in NAMES if spelling.endswith("s")}
    return tuple(sorted(spelling for spelling in spellings if len(spelling) >= 4))
