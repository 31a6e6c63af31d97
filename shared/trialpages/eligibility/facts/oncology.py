"""Cancer: the disease and how far it has gone, and its treatment history in cancer terms.

- The disease (`read_cancer`): a cancer the name tables know (this module's, then the shared condition table),
  with what the study says of it, each said plainly with the study's own term kept in brackets: "relapsed or
  refractory AML" -> "acute myeloid leukemia (AML) that has come back after treatment or has not responded to
  it (relapsed or refractory)"; its stage as written ("stage IIIB or IV") and the staging system named.
- How the study says you have it: you have it, a doctor has diagnosed it, you were recently diagnosed, a
  tissue or cell test has shown it.
- Spread to the brain's lining or the spinal cord (leptomeningeal disease, spinal cord compression, CNS
  involvement), with the words that narrow it (active, untreated, symptomatic ...).
- Radiation therapy to a named part of the body; treatment given for a named cancer or setting; a tumor
  sample that must be available; the cancer growing on or after a treatment; remission of a leukemia.

A word the reader does not know, a second clause, an exception or a condition ("if", "unless", "except") and
the sentence is not read: it stays in the study's own words. Other cancers (a second cancer, "other
malignancies") are the conditions family's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from trialpages.eligibility.facts import side_effects
from trialpages.eligibility.facts import treatment as _treatment
from trialpages.eligibility.facts.base import Fact, recogniser
from trialpages.eligibility.facts.condition_names import LayName, lay_name
from trialpages.eligibility.facts.condition_names import words_of_names as condition_words
from trialpages.eligibility.facts.disease import ConfirmedDiagnosis

# --- Cancer names ----------------------------------------------------------------------------------------------------
# Names the shared condition table (condition_names.py) does not hold: `plain name | spellings; ...`. The plain
# name keeps the study's term where a patient or doctor needs it; an abbreviation matches only in its own case.
_TABLE = """
acute lymphoblastic leukemia (ALL) | ALL; acute lymphoblastic leukemia (ALL); acute lymphoblastic leukaemia (ALL); acute lymphocytic leukemia (ALL)
B-cell acute lymphoblastic leukemia (B-ALL) | B-ALL; B-cell ALL; B cell ALL; B-cell acute lymphoblastic leukemia; B-cell acute lymphoblastic leukaemia; B-precursor ALL; B-cell precursor acute lymphoblastic leukemia; precursor B-cell acute lymphoblastic leukemia; B-lineage ALL; B-lineage acute lymphoblastic leukemia
T-cell acute lymphoblastic leukemia (T-ALL) | T-ALL; T-cell ALL; T cell ALL; T-cell acute lymphoblastic leukemia; T-cell acute lymphoblastic leukaemia
acute lymphoblastic leukemia with the Philadelphia chromosome (Ph+ ALL) | Ph+ ALL; Philadelphia chromosome-positive ALL; Philadelphia chromosome positive ALL; Philadelphia chromosome-positive acute lymphoblastic leukemia; Ph-positive ALL; Ph+ acute lymphoblastic leukemia
acute leukemia | acute leukemia; acute leukaemia; acute leukemias; acute leukaemias
acute promyelocytic leukemia (APL) | acute promyelocytic leukemia; acute promyelocytic leukaemia; APL; acute promyelocytic leukemia (APL)
acute myeloid leukemia (AML) | acute myeloid leukemia (AML); acute myeloid leukaemia (AML); acute myelogenous leukemia (AML)
myelodysplastic syndrome (MDS) | myelodysplastic syndromes (MDS); myelodysplastic syndrome (MDS)
chronic myeloid leukemia (CML) | CML; chronic myeloid leukemia; chronic myeloid leukaemia; chronic myelogenous leukemia; chronic myelogenous leukaemia; chronic myeloid leukemia (CML); chronic myelogenous leukemia (CML)
chronic myelomonocytic leukemia (CMML) | CMML; chronic myelomonocytic leukemia; chronic myelomonocytic leukaemia; chronic myelomonocytic leukemia (CMML)
chronic lymphocytic leukemia (CLL) | chronic lymphocytic leukemia (CLL); chronic lymphocytic leukaemia (CLL)
CLL or small lymphocytic lymphoma (CLL/SLL) | CLL/SLL; chronic lymphocytic leukemia/small lymphocytic lymphoma; chronic lymphocytic leukemia/small lymphocytic lymphoma (CLL/SLL)
small lymphocytic lymphoma (SLL) | SLL; small lymphocytic lymphoma
hairy cell leukemia | hairy cell leukemia; hairy cell leukaemia
classic hairy cell leukemia | classic hairy cell leukemia; classic hairy cell leukaemia
B-cell leukemia | B-cell leukemia; B cell leukemia; B-cell leukaemia
multiple myeloma (MM) | MM; multiple myeloma (MM)
B-cell lymphoma | B-cell lymphoma; B cell lymphoma
B-cell lymphomas | P | B-cell lymphomas; B cell lymphomas
B-cell non-Hodgkin lymphoma (B-NHL) | B-cell non-Hodgkin lymphoma; B-cell NHL; B-NHL; B-cell non-Hodgkin's lymphoma
large B-cell lymphoma (LBCL) | large B-cell lymphoma; large B cell lymphoma; LBCL; large B-cell lymphoma (LBCL)
diffuse large B-cell lymphoma (DLBCL) | diffuse large B-cell lymphoma (DLBCL); diffuse large B cell lymphoma (DLBCL)
high-grade B-cell lymphoma | high-grade B-cell lymphoma; high grade B-cell lymphoma; high-grade B cell lymphoma; HGBL
follicular lymphoma (FL) | FL; follicular lymphoma (FL)
mantle cell lymphoma (MCL) | MCL; mantle cell lymphoma; mantle cell lymphoma (MCL)
marginal zone lymphoma (MZL) | MZL; marginal zone lymphoma; marginal zone lymphoma (MZL)
Burkitt lymphoma | Burkitt lymphoma; Burkitt's lymphoma; Burkitt lymphoma (BL)
T-cell lymphoma | T-cell lymphoma; T cell lymphoma
peripheral T-cell lymphoma (PTCL) | peripheral T-cell lymphoma; PTCL; peripheral T cell lymphoma
Hodgkin lymphoma (HL) | HL; Hodgkin lymphoma (HL)
classical Hodgkin lymphoma (cHL) | cHL; classical Hodgkin lymphoma; classic Hodgkin lymphoma; classical Hodgkin lymphoma (cHL)
non-Hodgkin lymphoma (NHL) | non-Hodgkin lymphoma (NHL); non-Hodgkin's lymphoma (NHL); non Hodgkin lymphoma; non-Hodgkin lymphomas
lymphomas | P | lymphomas
myelofibrosis | myelofibrosis
primary myelofibrosis | primary myelofibrosis
non-small cell lung cancer (NSCLC) | non-small cell lung cancer (NSCLC); non small cell lung cancer (NSCLC); non-small-cell lung cancer (NSCLC); non-small cell lung carcinoma (NSCLC); non-small cell lung cancers; non-small-cell lung carcinoma
small cell lung cancer (SCLC) | small cell lung cancer (SCLC); small-cell lung cancer (SCLC)
extensive-stage small cell lung cancer (ES-SCLC) | ES-SCLC; extensive-stage small cell lung cancer; extensive stage small cell lung cancer; extensive-stage small cell lung cancer (ES-SCLC); extensive-stage SCLC; extensive stage SCLC
lung cancer (adenocarcinoma) | lung adenocarcinoma; adenocarcinoma of the lung; pulmonary adenocarcinoma
triple-negative breast cancer (TNBC) | TNBC; triple-negative breast cancer; triple negative breast cancer; triple-negative breast cancer (TNBC)
invasive breast cancer | invasive breast cancer; invasive breast carcinoma; invasive carcinoma of the breast
endometrial cancer | endometrial cancer; endometrial carcinoma; cancer of the endometrium
cancer of the womb (uterine cancer) | uterine cancer; uterine carcinoma
epithelial ovarian cancer | epithelial ovarian cancer; epithelial ovarian carcinoma
biliary tract cancer (BTC) | BTC; biliary tract cancer; biliary tract carcinoma; biliary tract cancer (BTC)
bile duct cancer (cholangiocarcinoma) | cholangiocarcinoma
gallbladder cancer | gallbladder cancer; gall bladder cancer; gallbladder carcinoma
urothelial cancer | urothelial carcinoma; urothelial cancer; urothelial carcinoma (UC)
rectal cancer | rectal cancer; rectal carcinoma; cancer of the rectum
rectal cancer (adenocarcinoma) | rectal adenocarcinoma; adenocarcinoma of the rectum
colon or rectal cancer (CRC) | CRC; colorectal cancer (CRC)
glioma | glioma
gliomas | P | gliomas
diffuse glioma | diffuse glioma
high-grade glioma | high-grade glioma; high grade glioma; HGG
glioblastoma | glioblastoma; glioblastoma multiforme; GBM; glioblastoma (GBM)
a primary brain tumor | primary brain tumor; primary brain tumour
nasopharyngeal cancer | nasopharyngeal carcinoma; nasopharyngeal cancer; NPC
mouth cancer (oral cavity cancer) | oral cavity cancer; oral cancer; oral cavity carcinoma
mouth cancer (oral squamous cell carcinoma) | oral squamous cell carcinoma; OSCC; oral squamous cell carcinoma (OSCC)
stomach or esophagus cancer | gastric or gastroesophageal junction adenocarcinoma; gastric or gastroesophageal junction cancer; gastric or GEJ adenocarcinoma; gastric/GEJ adenocarcinoma
esophageal squamous cell carcinoma (ESCC) | ESCC; esophageal squamous cell carcinoma; oesophageal squamous cell carcinoma
mesothelioma | mesothelioma; malignant mesothelioma
mesothelioma of the lining of the lungs (pleural mesothelioma) | malignant pleural mesothelioma; pleural mesothelioma
sarcoma | sarcoma
soft tissue sarcoma | soft tissue sarcoma; soft-tissue sarcoma
neuroblastoma | neuroblastoma
a neuroendocrine tumor | neuroendocrine tumor; neuroendocrine tumour; NET
prostate cancer (PCa) | PCa; prostate cancer (PCa)
a tumor in the spine | spinal tumor; spinal tumour; spine tumor
a glioma in the brainstem (brainstem glioma) | brainstem glioma; brain stem glioma
mixed phenotype acute leukemia (MPAL) | MPAL; mixed phenotype acute leukemia; mixed phenotype acute leukaemia; mixed phenotype acute leukemia (MPAL)
juvenile myelomonocytic leukemia (JMML) | JMML; juvenile myelomonocytic leukemia; juvenile myelomonocytic leukaemia; juvenile myelomonocytic leukemia (JMML)
medulloblastoma | medulloblastoma
castration-resistant prostate cancer (CRPC) | CRPC; castration-resistant prostate cancer; castration resistant prostate cancer; castrate-resistant prostate cancer
metastatic castration-resistant prostate cancer (mCRPC) | mCRPC; metastatic castration-resistant prostate cancer; metastatic castration resistant prostate cancer; metastatic castrate-resistant prostate cancer
pancreatic cancer (PDAC) | PDAC; pancreatic ductal adenocarcinoma
liver cancer (HCC) | hepatocellular carcinoma (HCC)
kidney cancer (RCC) | renal cell carcinoma (RCC)
head and neck cancer (HNSCC) | head and neck squamous cell carcinoma (HNSCC)
"""


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().replace("–", "-").replace("’", "'")).lower()


def _is_abbreviation(spelling: str) -> bool:
    return any(char.isupper() for char in spelling) and " " not in spelling


_BY_CASE: dict[str, LayName] = {}
_BY_WORD: dict[str, LayName] = {}
for _line in _TABLE.strip().splitlines():
    _parts = [part.strip() for part in _line.split("|")]
    _plain, _kinds, _spellings = (_parts[0], "", _parts[1]) if len(_parts) == 2 else _parts
    _article, _, _noun = _plain.partition(" ")
    if _article not in ("a", "an"):
        _article, _noun = "", _plain
    _name = LayName(noun=_noun, article=_article, event=False, plural="P" in _kinds, fixed=False)
    for _spelling in (s.strip() for s in _spellings.split(";") if s.strip()):
        if _is_abbreviation(_spelling):
            _BY_CASE[_spelling] = _name
        else:
            _BY_WORD[_key(_spelling)] = _name

# Names of the shared table that are this family's: a named cancer (not "cancer" alone, not another cancer).
_A_CANCER = re.compile(
    r"cancer|leukemia|lymphoma|myeloma|tumor|carcinoma|melanoma|\b(?:NSCLC|SCLC|MDS|AML|CLL|HCC|RCC)\b|myelodysplastic",
    re.IGNORECASE,
)
_NOT_OURS = frozenset(
    {"cancer", "another cancer", "second, separate cancer", "cancer in the pelvis", "brain tumor", "blood cancer"}
)


@lru_cache(maxsize=4096)
def cancer_name(text: str) -> LayName | None:
    """The plain name of one cancer named exactly `text` ("NSCLC", "acute myeloid leukemia"), or None."""
    text = text.strip()
    if not text:
        return None
    found = _BY_CASE.get(text) or _BY_WORD.get(_key(text))
    if found is not None:
        return found
    if (plural := re.fullmatch(r"(?i)(.+ (?:cancer|carcinoma|leuka?emia))s", text)) is not None:
        return cancer_name(plural[1])  # "invasive breast cancers": the kind of cancer, said once
    shared = lay_name(text)
    if shared is None or shared.noun in _NOT_OURS or "in situ" in shared.noun or not _A_CANCER.search(shared.noun):
        return None
    return shared


# --- What a study says of a cancer -------------------------------------------------------------------------------------
# Each state: (spellings, how it is said). A state said after the name is a clause ("that has spread ..."); one said
# before it an adjective ("advanced", "high-risk"). The study's own term stays in brackets after a clause.
_CLAUSES: tuple[tuple[str, str, str], ...] = (
    # (pattern, key, clause)
    (
        r"relapsed\s*(?:/|or|and/or)\s*refractory|refractory\s*(?:/|or|and/or)\s*relapsed|r/r",
        "relapsed or refractory",
        "has come back after treatment or has not responded to it",
    ),
    (
        r"recurrent\s*(?:/|or|and/or)\s*refractory",
        "recurrent or refractory",
        "has come back or has not responded to treatment",
    ),
    (r"relapsed", "relapsed", "has come back after treatment"),
    (r"refractory", "refractory", "has not responded to treatment"),
    (r"recurrent", "recurrent", "has come back"),
    (
        r"local(?:ly)?[\s-]+advanced\s*(?:/|or|and/or)\s*metastatic|local(?:ly)?[\s-]+advanced\s+or\s+metastatic",
        "locally advanced or metastatic",
        "has spread nearby or to other parts of the body",
    ),
    (
        r"advanced\s*(?:/|or|and/or)\s*metastatic",
        "advanced or metastatic",
        "is advanced or has spread to other parts of the body",
    ),
    (
        r"unresectable\s*(?:/|or|and/or)\s*metastatic|metastatic\s*(?:/|or|and/or)\s*unresectable",
        "unresectable or metastatic",
        "cannot be removed by surgery or has spread to other parts of the body",
    ),
    (r"non-?metastatic", "non-metastatic", "has not spread to other parts of the body"),
    (r"metastatic", "metastatic", "has spread to other parts of the body"),
    (r"local(?:ly)?[\s-]+advanced", "locally advanced", "has spread into nearby tissue"),
    (r"unresectable|non-?resectable", "unresectable", "cannot be removed by surgery"),
    (r"inoperable|non-?operable", "inoperable", "cannot be treated with surgery"),
    (r"resectable|operable", "resectable", "can be removed by surgery"),
    (r"locali[sz]ed", "localized", "has not spread beyond where it started"),
    (r"previously\s+untreated", "previously untreated", "has not been treated yet"),
    (r"untreated", "untreated", "has not been treated yet"),
    (r"treatment[\s-]+na[iï]ve", "treatment-naive", "has not been treated yet"),
    (r"progressive", "progressive", "is growing"),
    (r"persistent", "persistent", "is still there after treatment"),
)
# States about treatment, which can go with a state of extent without changing its grouping.
_TREATMENT_STATES = {"previously untreated", "untreated", "treatment-naive"}
_ADJECTIVES: tuple[tuple[str, str], ...] = (
    (r"advanced", "advanced"),
    (r"active", "active"),
    (r"early[\s-]+stage", "early-stage"),
    (r"early", "early"),
    (r"high[\s-]+risk", "high-risk"),
    (r"intermediate[\s-]+risk", "intermediate-risk"),
    (r"low[\s-]+risk", "low-risk"),
    (r"invasive", "invasive"),
    (r"non-?squamous", "non-squamous"),
    (r"squamous", "squamous"),
    (r"limited[\s-]+stage", "limited-stage"),
    (r"extensive[\s-]+stage", "extensive-stage"),
    (r"primary", "primary"),
)
_STAGE_PART = r"(?:(?:0|I{1,3}V?|IV|[1-4])[A-C]?\d?|[cpy]?T(?:[0-4][a-d]?|is)|[cp]?N[0-3][a-c]?|[cp]?M[01][a-c]?)"
_STAGE_VALUE = rf"{_STAGE_PART}(?:\s*(?:/|-|–|to|or|and|,|,\s*or)\s*(?:stage\s*)?(?:{_STAGE_PART}|[A-C]\d?))*"
_STAGE_COMPARE = r"at\s+most|at\s+least|less\s+than|more\s+than|lower\s+than|higher\s+than|=<|<=|</=|≤|>=|=>|>/=|≥|<|>"
_STAGE = (
    rf"(?P<sq>(?:clinical|clinically|pathologic(?:al)?|AJCC|TNM|UICC|FIGO|Ann\s+Arbor)\s+)?(?:stage\s*(?:of\s+|classified\s+as\s+)?"
    rf"(?P<cmp>{_STAGE_COMPARE})?\s*(?P<stage>{_STAGE_VALUE})(?P<after>\s+or\s+(?:lower|less|below|higher|greater|above|more))?"
    rf"|(?P<cmp2>{_STAGE_COMPARE})?\s*(?P<stage2>{_STAGE_VALUE})\s+stage)"
)
_STAGE_RE = re.compile(rf"^{_STAGE}$", re.IGNORECASE)
# A tumor marker said of a cancer: "EGFR-mutant NSCLC", "HER2-positive breast cancer".
_MARKER_NAMES = {
    name.lower(): name
    for name in (
        "EGFR",
        "ALK",
        "ROS1",
        "KRAS",
        "KRAS G12C",
        "NRAS",
        "BRAF",
        "BRAF V600E",
        "HER2",
        "ERBB2",
        "PIK3CA",
        "IDH1",
        "IDH2",
        "FLT3",
        "NPM1",
        "BRCA1",
        "BRCA2",
        "TP53",
        "ESR1",
        "BCR-ABL1",
        "BCR-ABL",
        "RET",
        "MET",
        "NTRK",
        "PD-L1",
        "CD19",
        "CD20",
        "CD22",
        "CD33",
        "CD38",
        "HR",
        "ER",
        "PR",
    )
}
_GENES = {
    "egfr",
    "alk",
    "ros1",
    "kras",
    "kras g12c",
    "nras",
    "braf",
    "braf v600e",
    "her2",
    "erbb2",
    "pik3ca",
    "idh1",
    "idh2",
    "flt3",
    "npm1",
    "brca1",
    "brca2",
    "tp53",
    "esr1",
    "ret",
    "met",
    "ntrk",
    "bcr-abl1",
    "bcr-abl",
}
_MARKER = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(_MARKER_NAMES, key=len, reverse=True))
_MARK_RESULT = (
    r"mutant|mutated|mutation[\s-]+positive|positive|negative|rearranged|rearrangement[\s-]+positive|fusion[\s-]+positive|"
    r"amplified|wild[\s-]+type"
)


def _marker_clause(name: str, result: str, written: str) -> tuple[str, str] | None:
    """ "EGFR-mutant" -> ("EGFR mutant", "has a change in the EGFR gene (EGFR-mutant)"); "HER2-positive" -> "is
    HER2-positive"."""
    marker = _MARKER_NAMES[" ".join(name.lower().split())]
    result = " ".join(result.lower().replace("-", " ").split())
    gene = marker.lower() in _GENES
    if result in ("positive", "negative"):
        return written, f"is {marker}-{result}"
    if not gene:
        return None
    if result == "amplified":
        return written, f"has extra copies of the {marker} gene ({written})"
    if result == "wild type":
        return written, f"has no change in the {marker} gene ({written})"
    return written, f"has a change in the {marker} gene ({written})"


_STATE_RE = re.compile(
    r"^(?:"
    + rf"(?P<mk>(?P<mkname>{_MARKER})[\s-]+(?P<mkres>{_MARK_RESULT}))|"
    + "|".join(f"(?P<c{index}>{pattern})" for index, (pattern, _, _) in enumerate(_CLAUSES))
    + "|"
    + "|".join(f"(?P<a{index}>{pattern})" for index, (pattern, _) in enumerate(_ADJECTIVES))
    + rf"|(?P<st>{_STAGE})"
    + r")(?=$|[\s,/(-])",
    re.IGNORECASE,
)
_MARKED = re.compile(rf"^(?:{_MARKER})[\s-]", re.IGNORECASE)
_STATE_JOIN = re.compile(r"^(?:\s*,\s*(?:and/or|or|and)?\s*|\s*/\s*|\s+(?:and/or|or|and)\s+|\s+)", re.IGNORECASE)
# The staging system a stage is given by: "(AJCC 8th edition)", "per AJCC 8", "according to the 8th edition of AJCC".
_SYSTEMS = {
    "ajcc": "AJCC",
    "american joint committee on cancer": "AJCC",
    "uicc": "UICC",
    "iaslc": "IASLC",
    "tnm": "TNM",
    "figo": "FIGO",
    "ann arbor": "Ann Arbor",
    "lugano": "Lugano",
    "iss": "ISS",
    "r-iss": "R-ISS",
}
_SYSTEM_NAME = r"(?:ajcc|american joint committee on cancer|uicc|iaslc|tnm|figo|ann arbor|lugano|r-iss|iss)"
_EDITION = r"(?:v(?:ersion)?\.?\s*)?(?:(?P<ed{n}>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:edition|ed\.?|version))?|(?P<year{n}>(?:19|20)\d\d))"
_SYSTEM = re.compile(
    rf"\s*(?:\(\s*|,\s*|\s+)(?:(?:per|according\s+to|as\s+per|by|using|based\s+on)\s+(?:the\s+)?)?"
    rf"(?:(?P<sys>{_SYSTEM_NAME})(?:\s+(?:staging|cancer\s+staging|criteria|classification|staging\s+system|staging\s+manual))?"
    rf"(?:\s*,?\s*{_EDITION.format(n=1)})?|{_EDITION.format(n=2)}\s+(?:edition\s+)?(?:of\s+(?:the\s+)?)?(?P<sys2>{_SYSTEM_NAME})"
    r"(?:\s+(?:staging|staging\s+system|classification))?)\s*\)?$",
    re.IGNORECASE,
)


class Cancer(Fact):
    """A cancer as the study describes it, in plain words: "stage IV non-small cell lung cancer (NSCLC) that has
    spread to other parts of the body (metastatic)". Several names only without any state (which would go with
    which is not clear)."""

    names: tuple[str, ...]  # plain names with their article ("a solid tumor")
    adjectives: tuple[str, ...] = ()  # said before the name ("advanced", "stage IIIB or IV")
    clauses: tuple[str, ...] = ()  # said after it: "has spread ... (metastatic)"
    joiner: Literal["and", "or"] = "and"  # between the clauses
    system: str | None = None  # "the AJCC 8th edition"
    after: tuple[str, ...] = ()  # a stage with a comparison, said after the name ("at stage T2b or lower")

    many: bool = False  # the one name is plural ("solid tumors that have spread")

    def said(self) -> str:
        names = list(self.names)
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
        clause = f" that {_agree(_joined(list(self.clauses), self.joiner), self.many)}" if self.clauses else ""
        said = f"{listed}{clause}"
        if self.system:  # after a bracket, a second bracket would read as one: "(NSCLC), by AJCC 8th edition staging"
            said += f", by {self.system} staging" if said.endswith(")") else f" ({self.system} staging)"
        return said

    def sentence(self) -> str:
        return f"You have {self.said()}."


def _agree(clause: str, plural: bool) -> str:
    """ "has spread" -> "have spread" after a plural name ("solid tumors that have spread")."""
    if not plural:
        return clause
    return re.sub(r"\b(?:has|is)\b", lambda match: {"has": "have", "is": "are"}[match[0]], clause)


def _joined(parts: list[str], joiner: str) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + f" {joiner} " + parts[-1]


_ROMAN_STAGE = re.compile(r"^(?:0|I{1,3}V?|IV|[1-4])[A-Ca-c]?\d?$", re.IGNORECASE)


def _stage(match: re.Match) -> str:
    """ "StageIIIb/c or iv" -> "stage IIIB/C or IV", "stage at most T2b" -> "stage T2b or lower": the stage as
    written (its group numerals in capitals, a TNM value as written), with its comparison in plain words."""
    value = re.sub(r"\s+", " ", (match["stage"] or match["stage2"]).strip())
    value = re.sub(r"(?i)\bstage\s*", "stage ", value)
    value = re.sub(
        r"[^\s/,-]+",
        lambda part: (
            part[0].upper() if _ROMAN_STAGE.match(part[0]) or re.fullmatch(r"[a-c]", part[0], re.I) else part[0]
        ),
        value,
    )
    which = (
        (match["sq"] or "").strip().lower().replace("clinically", "clinical").replace("pathologic ", "pathological ")
    )
    which = {
        "pathologic": "pathological",
        "ajcc": "AJCC",
        "tnm": "TNM",
        "uicc": "UICC",
        "figo": "FIGO",
        "ann arbor": "Ann Arbor",
    }.get(re.sub(r"\s+", " ", which), which)
    stage = f"{which} stage" if which else "stage"
    compare = re.sub(r"\s+", " ", (match["cmp"] or match["cmp2"] or "").lower())
    compare = {
        "=<": "at most",
        "<=": "at most",
        "</=": "at most",
        "≤": "at most",
        ">=": "at least",
        "=>": "at least",
        ">/=": "at least",
        "≥": "at least",
        "<": "less than",
        ">": "more than",
    }.get(compare, compare)
    after = re.sub(r"\s+", " ", (match["after"] or "").strip().lower())
    if compare and after:
        raise ValueError("two comparisons")
    if compare in ("at most",) or after in ("or lower", "or less", "or below"):
        return f"{stage} {value} or lower"
    if compare in ("at least",) or after in ("or higher", "or greater", "or above", "or more"):
        return f"{stage} {value} or higher"
    if compare in ("less than", "lower than"):
        return f"a {stage} lower than {value}"
    if compare in ("more than", "higher than"):
        return f"a {stage} higher than {value}"
    return f"{stage} {value}"


def read_cancer(text: str) -> Cancer | None:
    """The cancer `text` names with what it says of it ("relapsed or refractory AML", "stage IV NSCLC (AJCC 8th
    edition)"); None when any word is not understood."""
    body = re.sub(r"\s+", " ", text.strip().rstrip(" .;,"))
    last = body.rsplit(" ", 1)[-1].lower()
    if last not in _LAST_WORDS and not last.endswith(")") and not _ENDS_WITH_STAGE.search(body):
        return None  # no cancer name can end here: a quick no before the closer reading
    system = None
    if _SYSTEM_HINT.search(body) and (match := _SYSTEM.search(body)):
        system = _system_of(match)
        body = body[: match.start()].rstrip(" ,")
    clauses: list[tuple[str, str]] = []  # (key, clause)
    adjectives: list[str] = []
    joiners: list[str] = []
    position = 0
    while body[position:].split(" ", 1)[0].lower() not in _FIRST_WORDS or _names(body[position:]) is None:
        match = _STATE_RE.match(body[position:])
        if match is None:
            break
        said = match.lastgroup
        if said is None:  # each of _STATE_RE's alternatives is a named group
            raise ValueError(f"no state named in {match[0]!r}")
        if said in ("mk", "mkname", "mkres"):
            marked = _marker_clause(match["mkname"], match["mkres"], match["mk"])
            if marked is None:
                return None
            clauses.append(marked)
        elif said == "st":
            if (match["cmp"] or match["cmp2"]) and match["after"]:
                return None
            adjectives.append(_stage(match))
        elif said.startswith("c"):
            _, key, clause = _CLAUSES[int(said[1:])]
            clauses.append((key, f"{clause} ({key})"))
        else:
            adjectives.append(_ADJECTIVES[int(said[1:])][1])
        position += match.end()
        join = _STATE_JOIN.match(body[position:])
        if join is None:
            break
        word = join[0].strip(" ,").lower()
        joiners.append("or" if word in ("or", "and/or", "/") else "and" if word == "and" else "")
        position += join.end()
    rest = body[position:]
    # The stage may follow the name: "NSCLC stage IIIB", "NSCLC (stage IIIB/IV)".
    if trailing := re.search(rf"(?:\s*,\s*|\s+\(\s*|\s+)(?P<st>{_STAGE})\s*\)?$", rest, re.IGNORECASE):
        if (trailing["cmp"] or trailing["cmp2"]) and trailing["after"]:
            return None
        adjectives.append(_stage(trailing))
        rest = rest[: trailing.start()]
    names = _names(rest)
    if names is None:
        return None
    if len(names) > 1 and (clauses or adjectives):
        return None  # "advanced leukemia or MDS": is the MDS advanced too? Not said
    words = [word for word in joiners if word]
    if len(set(words)) > 1:
        return None  # "locally advanced and unresectable or metastatic": which goes with which is not clear
    combined = [key for key, _ in clauses if " or " in key]
    if combined and any(
        key not in _TREATMENT_STATES and " or " not in key and not _MARKED.match(key) for key, _ in clauses
    ):
        return None  # "locally advanced unresectable or metastatic", "recurrent, unresectable or metastatic": grouping unclear
    if words and not clauses:
        return None  # "low or intermediate-risk": a choice of adjectives is not said plainly yet
    if words == ["or"] * len(words) and words and adjectives:
        return None  # "stage IV or recurrent": the stage and the state are alternatives
    name = names[0]
    keys = [key for key, _ in clauses]
    if len(set(keys)) != len(keys):
        return None
    after = tuple(
        adjective
        for adjective in adjectives
        if adjective.endswith((" or lower", " or higher")) or " than " in adjective
    )
    adjectives_said = tuple(dict.fromkeys(adjective for adjective in adjectives if adjective not in after))
    return Cancer(
        names=tuple(item.said(adjectives_said) + "".join(f" at {stage}" for stage in after) for item in names),
        adjectives=adjectives_said,
        after=after,
        clauses=tuple(clause for _, clause in clauses),
        joiner="or" if words and words[0] == "or" else "and",
        system=system,
        many=name.plural,
    )


_SYSTEM_HINT = re.compile(r"ajcc|american joint|uicc|iaslc|tnm|figo|ann arbor|lugano|iss\b", re.IGNORECASE)
_ENDS_WITH_STAGE = re.compile(r"(?:stage|[0-4IVivTNM][a-dA-D]?\d?)$")


def _last_words() -> frozenset[str]:
    """The last word of every name the reader may end on (lower case): a text ending on any other is not read."""
    spellings = [*_BY_WORD, *_BY_CASE, *condition_words()]  # the shared table's abbreviations come in lower case
    last = frozenset(spelling.rsplit(" ", 1)[-1].lower() for spelling in spellings)
    return last | {word + "s" for word in last} | {"sarcoma"} | set(_GENERIC)


def _system_of(match: re.Match) -> str:
    """ "AJCC 8th edition", "IASLC 2009", "Ann Arbor": a staging system as named."""
    name = _SYSTEMS[" ".join((match["sys"] or match["sys2"]).lower().split())]
    edition = match["ed1"] or match["ed2"]
    year = match["year1"] or match["year2"]
    return f"{name} {_ordinal(edition)} edition" if edition else f"{name} {year}" if year else name


def _ordinal(number: str) -> str:
    value = int(number)
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def _names(text: str) -> list[LayName] | None:
    """One cancer name, or several joined by "or" ("leukemia or lymphoma"); None unless each is known."""
    text = text.strip()
    one = cancer_name(text) or _with_abbreviation(text)
    if one is not None:
        return [one]
    parts = [part for part in re.split(r"\s*,\s*or\s+|\s*,\s*|\s+or\s+|\s*/\s*", text) if part]
    if len(parts) < 2 or not re.search(r"\bor\b|/", text):
        return None
    found = [cancer_name(part) or _with_abbreviation(part) for part in parts]
    if any(name is None for name in found):
        return None
    if len(set(map(id, found))) != len(found):
        return None  # one name twice: "bilateral breast cancer, or bilateral breast cancer"
    return found  # type: ignore[return-value]


def _with_abbreviation(text: str) -> LayName | None:
    """ "acute myeloid leukemia (AML)": a name with its own abbreviation in brackets."""
    match = re.fullmatch(r"(?P<name>.+?)\s*\((?P<abbr>[^()]+)\)", text)
    if match is None:
        return None
    name = cancer_name(match["name"])
    return name if name is not None and name == cancer_name(match["abbr"]) else None


# --- A disease named by its state alone: "metastatic disease", "relapsed or refractory disease" ------------------------
# The noun as written -> what the sentence calls it ("Your cancer ...", "Your tumor ...").
_GENERIC = {
    "disease": "disease",
    "cancer": "cancer",
    "malignancy": "cancer",
    "malignant disease": "cancer",
    "carcinoma": "cancer",
    "neoplasm": "cancer",
    "tumor": "tumor",
    "tumour": "tumor",
}
# States that are said of a cancer only: "metastatic disease" is cancer that has spread.
_CANCER_ONLY = {
    "metastatic",
    "locally advanced",
    "locally advanced or metastatic",
    "advanced or metastatic",
    "unresectable or metastatic",
    "non-metastatic",
}
_ADJECTIVE_SAID = {"advanced": "is advanced", "early-stage": "is at an early stage", "invasive": "is invasive"}


class DiseaseState(Fact):
    """What a study says of the disease it does not name: "Your cancer has spread to other parts of the body
    (metastatic disease)."; "There are no signs that ..." for "No evidence of metastatic disease"."""

    noun: str  # "cancer", "disease", "tumor"
    parts: tuple[str, ...]  # "is at stage IV", "has spread ... (metastatic)"
    joiner: Literal["and", "or"] = "and"
    system: str | None = None
    frame: Literal["is", "signs", "no signs"] = "is"

    def sentence(self) -> str:
        said = f"your {self.noun} {_joined(list(self.parts), self.joiner)}"
        system = f" ({self.system} staging)" if self.system else ""
        if self.frame == "signs":
            return f"There are signs that {said}{system}."
        if self.frame == "no signs":
            return f"There are no signs that {said}{system}."
        return f"{said[0].upper()}{said[1:]}{system}."


def read_disease(text: str) -> tuple[str, tuple[str, ...], str, str | None] | None:
    """(noun, parts, joiner, system) of a disease named by its state alone, or None."""
    body = re.sub(r"\s+", " ", text.strip().rstrip(" .;,"))
    match = re.search(
        r"\s(?P<noun>disease|cancer|malignancy|malignant disease|carcinoma|neoplasm|tumou?r)$", body, re.I
    )
    if match is None:
        return None
    states = body[: match.start()]
    fact = read_cancer(f"{states} sarcoma")  # the states read as they would be before a name
    if fact is None or len(fact.names) != 1 or not (fact.clauses or fact.adjectives or fact.after):
        return None
    keys = set()
    for clause in fact.clauses:
        key = re.search(r"\(([^()]*)\)$", clause)
        if key is None:
            return None  # a marker's clause ("is HER2-positive") names no state in brackets: not read here
        keys.add(key[1])
    noun = _GENERIC[match["noun"].lower()]
    if noun == "disease" and (keys & _CANCER_ONLY or fact.adjectives or fact.after):
        noun = "cancer"
    parts = []
    for adjective in (*fact.adjectives, *fact.after):
        if re.search(r"\bstage\b", adjective) and not adjective.endswith("-stage"):
            parts.append(f"is at {adjective}")
        elif adjective in _ADJECTIVE_SAID:
            parts.append(_ADJECTIVE_SAID[adjective])
        else:
            return None  # "active disease", "primary tumor": not a state said plainly on its own
    if parts and fact.clauses and fact.joiner == "or":
        return None
    return noun, (*parts, *fact.clauses), fact.joiner, fact.system


# --- How a study says you have a cancer ----------------------------------------------------------------------------------

Frame = Literal["has", "diagnosed", "newly", "records", "known", "had", "not", "confirmed"]


class CancerDiagnosis(Fact):
    cancer: Cancer
    frame: Frame = "has"
    stated: bool = True  # False: the name alone ("Relapsed AML"): under a lead-in the lead-in says the state

    @property
    def bare(self) -> bool:
        return not self.stated

    def sentence(self) -> str:
        said = self.cancer.said()
        return {
            "has": f"You have {said}.",
            "diagnosed": f"You have been diagnosed with {said}.",
            "newly": f"You were recently diagnosed with {said}.",
            "records": f"Your medical records show that you have {said}.",
            "known": f"You are known to have {said}.",
            "had": f"You have had {said}.",
            "not": f"You do not have {said}.",
            "confirmed": f"Tests have confirmed that you have {said}.",
        }[self.frame]


_FRAMES: tuple[tuple[str, Frame], ...] = (
    (r"(?:newly|recently)[\s-]+diagnosed(?:\s+with)?,?|(?:a\s+)?new\s+diagnosis\s+of", "newly"),
    (r"(?:a\s+)?documented\s+(?:diagnosis\s+of|history\s+of)", "records"),
    (
        r"(?:an?\s+)?(?:confirmed\s+|established\s+|clinical\s+|definitive\s+)?diagnosis\s+of|(?:been\s+)?(?:clinically\s+)?"
        r"diagnosed\s+(?:with|as(?:\s+having)?)",
        "diagnosed",
    ),
    (r"known", "known"),
    (r"confirmed", "confirmed"),
    (r"(?:a\s+)?(?:prior\s+|previous\s+|past\s+)?(?:medical\s+)?history\s+of", "had"),
    (r"no|without", "not"),
    (r"(?:the\s+)?presence\s+of|suffering\s+from|having", "has"),
)
_FRAME = "|".join(f"(?P<f{index}>{pattern})" for index, (pattern, _) in enumerate(_FRAMES))


_NOT_THIS_CANCER = re.compile(r"\b(?:other|another|second|additional|prior|previous|history)\b", re.IGNORECASE)
_SEX = re.compile(r"\b(?:men|women|males?|females?)\b", re.IGNORECASE)


def _diagnosis(match: re.Match) -> Fact | None:
    body = match["body"]
    if _SEX.search(match.string[: match.start("body")]):
        return None  # "Men with prostate cancer": the conditions family says whom
    if _NOT_THIS_CANCER.search(body):
        return None  # another cancer is the conditions family's; "prior" inside the name says a time
    frame: Frame = next((frame for index, (_, frame) in enumerate(_FRAMES) if match[f"f{index}"]), "has")
    stated = bool(match.string[: match.start("body")].strip()) or bool(match["patients"])
    cancer = read_cancer(body)
    if cancer is not None:
        return CancerDiagnosis(cancer=cancer, frame=frame, stated=stated)
    if frame not in ("has", "not") or match["patients"]:
        return None
    disease = read_disease(body)
    if disease is None:
        return None
    noun, parts, joiner, system = disease
    if frame == "not" or not stated and noun == "tumor":
        return None
    return DiseaseState(noun=noun, parts=parts, joiner=joiner, system=system)


def _stage_alone(match: re.Match) -> DiseaseState | None:
    """ "Clinical stage T1c or T2a": a stage with no disease named is read only when it is a TNM stage (a cancer's)."""
    if not re.search(r"(?<![A-Za-z])[cpy]?[TNM](?:[0-4]|is)", match["body"]) and not _SYSTEM_HINT.search(match["body"]):
        return None  # "Stage 4" alone may be a kidney disease's; a TNM stage or a cancer staging system is a cancer's
    body, system = match["body"], None
    if (named := _SYSTEM.search(body)) is not None:
        body = body[: named.start()]
        system = _system_of(named)
    disease = read_disease(f"{body} disease")
    if disease is None:
        return None
    noun, parts, joiner, read_system = disease
    if system and read_system:
        return None
    return DiseaseState(noun="cancer", parts=parts, joiner=joiner, system=system or read_system)


def _evidence(match: re.Match) -> DiseaseState | None:
    disease = read_disease(match["body"])
    if disease is None:
        return None
    noun, parts, joiner, system = disease
    negated = bool(re.match(r"no|absence|without", match["neg"] or "", re.IGNORECASE))
    return DiseaseState(noun=noun, parts=parts, joiner=joiner, system=system, frame="no signs" if negated else "signs")


# How a test confirmed it: "histologically or cytologically confirmed", "biopsy-proven".
_TEST_WORD = (
    r"(?:histo(?:patho)?logic(?:al)?(?:ly)?|cyto(?:patho)?logic(?:al)?(?:ly)?|patho(?:logic(?:al)?(?:ly)?)?|histology|cytology|"
    r"pathology|histopathology|biopsy|tissue)"
)
_TEST = rf"(?P<test>{_TEST_WORD}(?:[\s-]*(?:and/or|or|and|/)[\s-]*{_TEST_WORD})?)"


def _test_of(words: str) -> Literal["tissue", "cell", "tissue or cell"]:
    lowered = words.lower()
    cell = "cyto" in lowered
    tissue = bool(re.search(r"histo|patho|biopsy|tissue", lowered))
    return "tissue or cell" if cell and tissue else "cell" if cell else "tissue"


def _confirmed_after(match: re.Match) -> ConfirmedDiagnosis | None:
    """ "Rectal cancer confirmed by histology"."""
    cancer = read_cancer(match["body2"])
    if cancer is None:
        return None
    return ConfirmedDiagnosis(test=_test_of(match[0][match.start("test2") - match.start() :]), what=cancer.said())


def _confirmed(match: re.Match) -> ConfirmedDiagnosis | None:
    cancer = read_cancer(match["body"])
    if cancer is None:
        return None
    return ConfirmedDiagnosis(test=_test_of(match["test"]), what=cancer.said())


# --- Where a cancer has spread: the lining of the brain, the spinal cord, the liver ... --------------------------------
# Each site: (spellings, plain words, whether it is one place (singular)). The study's term is kept in brackets.
_SITES: tuple[tuple[str, str], ...] = (
    (
        r"lepto[\s-]?meningeal (?:disease|metastas[ie]s|carcinomatosis|involvement|metastatic disease|spread|lesions?)|"
        r"carcinomatous meningitis|meningeal (?:carcinomatosis|metastas[ie]s|involvement|disease)|cancerous meningitis|"
        r"cancer meningitis|neoplastic meningitis",
        "cancer in the thin layers around the brain and spinal cord",
    ),
    (r"spinal cord compression|cord compression", "a tumor pressing on the spinal cord"),
    (
        r"(?:central nervous system|cns)(?: \(cns\))? (?:metastas[ie]s|mets|metastatic disease)|metastases to the (?:central nervous "
        r"system|cns)",
        "cancer that has spread to the brain or spinal cord",
    ),
    (
        r"(?:brain|cerebral|intracranial) (?:metastas[ie]s|mets)|brain metastatic disease|metastases to the brain",
        "cancer that has spread to the brain",
    ),
    (
        r"(?:central nervous system|cns)(?: \(cns\))? (?:involvement|disease|infiltration)",
        "cancer in the brain or spinal cord",
    ),
    (r"(?:central nervous system|cns)(?: \(cns\))? (?:leuka?emia|lymphoma)", "cancer in the brain or spinal cord"),
    (r"(?:liver|hepatic) metastas[ie]s|metastases (?:to|in) the liver", "cancer that has spread to the liver"),
    (r"bone metastas[ie]s|bony metastas[ie]s|skeletal metastas[ie]s", "cancer that has spread to the bones"),
    (r"distant metastas[ie]s|distant metastatic disease", "cancer that has spread to distant parts of the body"),
    (r"(?:lymph node|nodal) metastas[ie]s", "cancer that has spread to the lymph nodes"),
    (
        r"peritoneal (?:metastas[ie]s|carcinomatosis|disease)|peritoneal carcinomatosis",
        "cancer that has spread to the lining of the belly",
    ),
    (r"(?:tumou?r\s+)?metastas[ie]s|metastatic disease", "cancer that has spread to other parts of the body"),
)
_SITE_RES = tuple((re.compile(rf"^(?:{pattern})$", re.IGNORECASE), words) for pattern, words in _SITES)
# What a site's own words say of it, after it: "that is active".
_SPREAD_STATES = {
    "active": "is active",
    "clinically active": "is active",
    "untreated": "has not been treated (untreated)",
    "symptomatic": "causes symptoms",
    "uncontrolled": "is not controlled (uncontrolled)",
    "unstable": "is unstable",
    "progressive": "is growing (progressive)",
    "progressing": "is growing (progressive)",
    "new": "is new",
}
_SPREAD_STATE = r"clinically active|active|untreated|symptomatic|uncontrolled|unstable|progressive|progressing|new"
_SPREAD_FRAMES: tuple[tuple[str, str], ...] = (
    (r"(?:participants|patients|subjects)\s+(?:must|should)\s+not\s+have\s+", "not"),
    (r"(?:a\s+)?(?:current|present)\s+or\s+(?:past\s+)?(?:history|prior)\s+(?:of\s+)?", "current or had"),
    (r"(?:any\s+)?(?:(?:prior|previous|past)\s+)?(?:medical\s+)?history\s+of\s+", "had"),
    (r"known\s+(?:or\s+suspected\s+)?", "known"),
    (
        r"(?:no|without|absence\s+of|free\s+of)\s+(?:(?:clinical|radiological|radiographic)\s+)?evidence\s+of\s+",
        "no signs",
    ),
    (r"(?:no|without|absence\s+of|free\s+of)\s+", "not"),
    (r"(?:clinical\s+|radiological\s+|radiographic\s+)?evidence\s+of\s+", "signs"),
    (r"(?:the\s+)?presence\s+of\s+", "has"),
)


class CancerSpread(Fact):
    """Cancer in a named place: "You have cancer in the thin layers around the brain and spinal cord (leptomeningeal
    disease)."""

    sites: tuple[str, ...]  # plain words, each with the study's term in brackets
    states: tuple[str, ...] = ()  # said after a single site: "causes symptoms"
    joiner: Literal["and", "or"] = "or"
    state_joiner: Literal["and", "or"] = "and"
    frame: Literal["has", "had", "current or had", "known", "signs", "no signs", "not"] = "has"
    unless: tuple[str, ...] = ()  # "it causes no symptoms": when you may join after all

    @property
    def allowance(self) -> bool:
        """It says when you may join after all: the sentences after it in its criterion go on to describe that."""
        return bool(self.unless)

    def sentence(self) -> str:
        sites = _joined(_shared_words(list(self.sites)), self.joiner)
        if self.unless:
            return f"You have {sites}, unless it {_joined(list(self.unless), 'and')}."
        states = f" that {_joined(list(self.states), self.state_joiner)}" if self.states else ""
        verb = {
            "has": "have",
            "had": "have had",
            "current or had": "currently have or have had",
            "known": "are known to have",
            "signs": "have signs of",
            "no signs": "have no signs of",
            "not": "do not have",
        }[self.frame]
        return f"You {verb} {sites}{states}."


def _shared_words(sites: list[str]) -> list[str]:
    """Sites said with the same words once, their terms together: "cancer in the thin layers ... (leptomeningeal
    disease or carcinomatous meningitis)"."""
    said: dict[str, list[str]] = {}
    for site in sites:
        words, _, term = site.rpartition(" (")
        said.setdefault(words, []).append(term.rstrip(")"))
    return [f"{words} ({' or '.join(terms)})" for words, terms in said.items()]


def _site(text: str) -> str | None:
    """ "Leptomeningeal disease" -> "cancer in the thin layers ... (leptomeningeal disease)"; "CNS involvement by
    leukemia" -> "leukemia in the brain or spinal cord (CNS involvement)"."""
    text = re.sub(r"\s+", " ", text.strip())
    by = re.fullmatch(r"(?P<site>.+?) (?:by|of|with|from) (?P<what>[^,()]+?)", text, re.IGNORECASE)
    if by and re.search(r"involvement|infiltration|disease", by["site"], re.IGNORECASE):
        what = cancer_name(by["what"])
        if what is None or not re.search(r"cns|central nervous", by["site"], re.IGNORECASE):
            return None
        words = next((said for pattern, said in _SITE_RES if pattern.match(by["site"])), None)
        if words is None:
            return None
        return f"{what.said()} in the brain or spinal cord ({_term(by['site'])})"
    words = next((said for pattern, said in _SITE_RES if pattern.match(text)), None)
    if words is None:
        return None
    if re.search(r"(?:leuka?emia|lymphoma)$", text, re.IGNORECASE):
        kind = "leukemia" if re.search(r"leuk", text, re.IGNORECASE) else "lymphoma"
        return f"{kind} in the brain or spinal cord ({_term(text)})"
    return f"{words} ({_term(text)})"


def _term(text: str) -> str:
    """The study's term as it is quoted mid-sentence: "Leptomeningeal disease" -> "leptomeningeal disease"; "central
    nervous system (CNS) lymphoma" -> "CNS lymphoma"."""
    text = re.sub(r"(?i)central nervous system \(CNS\)", "CNS", text)
    first, _, rest = text.partition(" ")
    if first[:1].isupper() and first[1:].islower():
        first = first.lower()
    return f"{first} {rest}".strip()


_SPREAD_UNLESS = {
    "asymptomatic": "causes no symptoms",
    "stable": "is stable",
    "clinically stable": "is stable",
    "treated": "has been treated",
    "previously treated": "has been treated",
    "adequately treated": "has been treated",
}


def _spread(match: re.Match) -> CancerSpread | None:
    body = re.sub(r"\s+", " ", match["body"].strip())
    unless: list[str] = []
    if found := re.search(r",?\s+unless\s+(?P<what>.+)$", body, re.IGNORECASE):
        for part in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", found["what"].strip()):
            said = _SPREAD_UNLESS.get(part.lower())
            if said is None:
                return None
            unless.append(said)
        body = body[: found.start()]
    frame = None
    for pattern, said_frame in _SPREAD_FRAMES:
        if lead := re.match(pattern, body, re.IGNORECASE):
            frame, body = said_frame, body[lead.end() :]
            break
    if frame is not None:
        pass
    elif re.search(r"\bnot\s*$", match.string[: match.start("body")], re.IGNORECASE):
        frame = "not"  # "Participants must not have ..."
    said = frame or "has"
    if said != "not" and (known := re.match(r"known\s+", body, re.IGNORECASE)) and said == "has":
        said, body = "known", body[known.end() :]
    states: list[str] = []
    state_words: list[str] = []
    while state := re.match(
        rf"(?P<s>{_SPREAD_STATE})(?P<j>\s*,\s*(?:and/or\s+|or\s+|and\s+)?|\s+(?:and/or|or|and)\s+|\s+)", body, re.I
    ):
        states.append(_SPREAD_STATES[state["s"].lower()])
        state_words.append(state["j"].strip(" ,").lower())
        body = body[state.end() :]
    if synonym := re.search(
        r"\s*\((?P<same>[^()]+)\)$", body
    ):  # "leptomeningeal metastases (carcinomatous meningitis)"
        before, same = _site(body[: synonym.start()]), _site(synonym["same"])
        if before is None or same is None or before.rpartition(" (")[0] != same.rpartition(" (")[0]:
            return None
        body = body[: synonym.start()]
        also = f", also called {_term(synonym['same'])})"
    else:
        also = None
    parts = [part for part in re.split(r"\s*,\s*(?:and/or|or|and)?\s*|\s+(?:and/or|or)\s+", body) if part]
    if not parts:
        return None
    named = [_site(part) for part in parts]
    sites = [site for site in named if site is not None]
    if len(sites) != len(named):
        return None
    if len(sites) > 1 and (states or not re.search(r"\b(?:or|and/or)\s+\S+(?:\s+\S+){0,6}$", body, re.IGNORECASE)):
        return (
            None  # qualifiers over a list, or a list joined by commas or "and" alone: which goes with which is unclear
        )
    if states and said in ("not", "no signs"):
        return None
    joined = {word for word in state_words[:-1] if word}
    if len(joined) > 1:
        return None
    if len(sites) == 1 and not states and said == "has" and match.group(0).strip() == match["body"].strip():
        pass  # a bare site name: "Leptomeningeal disease"
    if unless and (states or said != "has"):
        return None
    if also:
        if len(sites) != 1:
            return None
        sites = [sites[0][:-1] + also]
    return CancerSpread(
        unless=tuple(unless),
        sites=tuple(sites),
        states=tuple(dict.fromkeys(states)),
        state_joiner="or" if joined & {"or", "and/or"} else "and",
        frame=said,
    )


# --- Treatment given for a cancer: "No prior systemic therapy for metastatic NSCLC" ---------------------------------------
# The treatment family's reading of a treatment sentence (treatments, when, how many), with what the treatment was for
# read here: a cancer named with its state ("for advanced or metastatic NSCLC"). A purpose the treatment family knows
# ("for metastatic disease") is its own.
_USE_PURPOSE = rf"(?:\s+(?:for|in)\s+(?P<purpose>{_treatment._PURPOSE}))?"
_FOR_CANCER = r"\s+(?P<given>received\s+|given\s+|administered\s+)?(?P<for>for|against|due\s+to|because\s+of)\s+(?:the\s+)?(?:treatment\s+of\s+)?(?P<purpose>[^;:]{3,160}?)"
_TREATMENT_FOR = r"(?=[^;:]*\s(?:for|against|due\s+to|because\s+of)\s)" + _treatment._USE_PATTERN.replace(
    _USE_PURPOSE, _FOR_CANCER
)
assert _TREATMENT_FOR != _treatment._USE_PATTERN, "the treatment family's pattern changed: read its purpose again"
# What a treatment may be for, besides a cancer named in the tables.
_FOR_WHAT = {
    "the study cancer": "the cancer this study is about",
    "study cancer": "the cancer this study is about",
    "this cancer": "this cancer",
    "the current cancer": "this cancer",
    "current cancer": "this cancer",
    "any cancer": "any cancer",
    "cancer": "cancer",
    "any malignancy": "any cancer",
    "malignancy": "cancer",
}


def cancer_in_words(text: str) -> str | None:
    """A cancer as a noun phrase ("non-small cell lung cancer (NSCLC) that has spread ... (metastatic)"), or a disease
    named by its state ("cancer that is advanced or has spread ..."), or None."""
    text = re.sub(r"\s+", " ", text.strip())
    text = re.sub(r"^(?:their|your|his|her)\s+", "", text, flags=re.IGNORECASE)
    if (said := _FOR_WHAT.get(text.lower())) is not None:
        return said
    cancer = read_cancer(text)
    if cancer is not None:
        return cancer.said()
    disease = read_disease(text)
    if disease is None:
        return None
    noun, parts, joiner, system = disease
    article = "a " if noun == "tumor" else ""
    staged = f" ({system} staging)" if system else ""
    return f"{article}{noun} that {_joined(list(parts), joiner)}{staged}"


def _treatment_for(match: re.Match) -> Fact | None:
    if _treatment._purpose(match["purpose"]) is not None and not match["given"] and match["for"].lower() == "for":
        return None  # a purpose the treatment family reads ("for metastatic disease"): its sentence
    purpose = cancer_in_words(match["purpose"])
    if purpose is None:
        return None
    fact = _treatment._use(match)
    if fact is None or fact.any_form or fact.status in ("chronic", "regular", "daily"):
        return None
    return fact.model_copy(update={"purpose": purpose})


class GeneralTreatment(Fact):
    """Any treatment for a named cancer: "Prior treatment for prostate cancer"."""

    status: Literal["before", "now-or-before", "now"]
    negated: bool = False
    purpose: str

    def sentence(self) -> str:
        if self.negated:
            return f"You have never had any treatment for {self.purpose}."
        return {
            "before": f"You have had treatment for {self.purpose} before.",
            "now-or-before": f"You are having treatment for {self.purpose} now, or have had it before.",
            "now": f"You are having treatment for {self.purpose} now.",
        }[self.status]


def _general_treatment(match: re.Match) -> GeneralTreatment | None:
    purpose = cancer_in_words(match["purpose"])
    if purpose is None:
        return None
    said = re.sub(r"\s+", " ", (match["status"] or "").strip().lower())
    negated = bool(match["neg"])
    if said in ("current or prior", "current or previous", "prior or current", "previous or current"):
        status = "now-or-before"
    elif said in ("current", "ongoing", "currently receiving", "receiving"):
        status = "now"
    elif said in ("prior", "previous", "any prior", "any previous", "had previous", "has had previous", "received") or (
        negated and said in ("", "any", "received any", "received any prior", "received prior", "prior", "any prior")
    ):
        status = "before"
    else:
        return None
    if negated and status != "before":
        return None
    return GeneralTreatment(status=status, negated=negated, purpose=purpose)


# --- A sample of the tumor ---------------------------------------------------------------------------------------------
# The words that describe a sample, as said: "archival" -> "stored".
_SAMPLE_WORDS = {
    "archival": "stored",
    "archived": "stored",
    "fresh": "fresh",
    "recent": "recent",
    "newly obtained": "new",
    "acceptable": "suitable",
    "adequate": "suitable",
    "sufficient": "large enough",
    "suitable": "suitable",
    "representative": "",
    "mandatory": "",
    "ffpe": "",
    "formalin-fixed, paraffin-embedded (ffpe)": "",
    "formalin-fixed paraffin-embedded (ffpe)": "",
    "formalin fixed, paraffin-embedded (ffpe)": "",
}
_SAMPLE_WORD = (
    r"formalin[- ]fixed,?\s+paraffin[- ]embedded\s+\(FFPE\)|FFPE|archival|archived|fresh|recent|newly\s+obtained|acceptable|"
    r"adequate|sufficient|suitable|representative|mandatory"
)
_SAMPLE_OBJECT = (
    r"(?:an?\s+|the\s+)?(?P<words>(?:(?:" + _SAMPLE_WORD + r")(?:\s*,\s*|\s+(?:or|and)\s+|\s+))*)"
    r"(?P<object>tumou?r\s+(?:tissue\s+)?(?:samples?|specimens?|blocks?)|tumou?r\s+tissue(?:\s+blocks?)?|tissue\s+blocks?|"
    r"tumou?r\s+biops(?:y|ies))"
)
_SAMPLE_FOR = {
    "central testing": "for testing at a central lab",
    "central review": "for a central lab to review",
    "biomarker testing": "for lab tests of the tumor (biomarker testing)",
    "biomarker analysis": "for lab tests of the tumor (biomarker analysis)",
    "biomarker evaluation": "for lab tests of the tumor (biomarker evaluation)",
    "assess the pd-l1 expression": "to test it for PD-L1",
    "pd-l1 testing": "to test it for PD-L1",
}


class TumorSample(Fact):
    """A sample of the tumor the study needs: "You can give a stored sample of your tumor (FFPE)."."""

    action: Literal["give", "agree", "available", "unavailable"]
    words: tuple[str, ...] = ()  # "stored", "fresh" (joined by "or")
    ffpe: bool = False
    purpose: str | None = None

    def sentence(self) -> str:
        words = " or ".join(self.words)
        sample = f"{'an' if words[:1] in ('a', 'e', 'i', 'o', 'u') else 'a'} {words + ' ' if words else ''}sample of your tumor"
        ffpe = " (FFPE)" if self.ffpe else ""
        purpose = f" {self.purpose}" if self.purpose else ""
        return {
            "give": f"You can give {sample}{ffpe}{purpose}.",
            "agree": f"You agree to give {sample}{ffpe}{purpose}.",
            "available": f"{sample[0].upper()}{sample[1:]}{ffpe} is available{purpose}.",
            "unavailable": f"No {sample.split(' ', 1)[1]}{ffpe} is available{purpose}.",
        }[self.action]


def _sample(match: re.Match) -> TumorSample | None:
    said = re.sub(
        r"formalin[- ]fixed,?\s+paraffin[- ]embedded\s+\(ffpe\)", "ffpe", " ".join(match["words"].lower().split())
    )
    words = []
    joiners = set()
    for part in re.split(r"\s*,\s*|\s+(or|and)\s+|\s+(?=(?:" + _SAMPLE_WORD + r"))", said, flags=re.IGNORECASE):
        if part is None or not part.strip():
            continue
        if part in ("or", "and"):
            joiners.add(part)
            continue
        plain = _SAMPLE_WORDS.get(part.strip())
        if plain is None:
            return None
        if plain and plain not in words:
            words.append(plain)
    if "and" in joiners or (len(words) > 1 and not joiners) or len(words) > 2:
        return None  # "fresh and archival": both? Not said plainly
    if match["object"].lower().startswith("tumor biops") and match["action"] is None:
        return None
    purpose = None
    if match["for"]:
        purpose = _SAMPLE_FOR.get(" ".join(match["for"].lower().split()))
        if purpose is None:
            return None
    lead = " ".join((match["lead"] or "").lower().split())
    tail = " ".join((match["tail"] or "").lower().split())
    if re.search(r"unavailab|no\b|not\b", lead + " " + tail):
        action = "unavailable"
    elif re.search(r"agree|consent|willing", lead):
        action = "agree"
    elif re.search(r"availab", lead + " " + tail):
        action = "available"
    elif lead:
        action = "give"
    else:
        return None
    ffpe = bool(re.search(r"ffpe", said))
    return TumorSample(action=action, words=tuple(words), ffpe=ffpe, purpose=purpose)


# --- Radiation therapy to a named part of the body ------------------------------------------------------------------------
# Each part: (spellings, as it follows "radiation therapy to"). The treatment family reads when it was had.
_FIELDS: tuple[tuple[str, str], ...] = (
    (r"(?:the\s+)?(?:pelvis|pelvic\s+(?:region|area|cavity))|pelvic", "the pelvis"),
    (r"(?:the\s+)?(?:abdomen|abdominal\s+(?:region|area|cavity))|abdominal", "the belly (abdomen)"),
    (r"(?:the\s+)?whole[\s-]+brain", "the whole brain"),
    (r"(?:the\s+)?brain|cranial|cerebral", "the brain"),
    (r"(?:the\s+)?(?:chest|thorax)|thoracic|chest", "the chest"),
    (r"(?:the\s+)?lungs?|lung", "the lungs"),
    (r"(?:the\s+)?spleen|splenic", "the spleen"),
    (r"(?:the\s+)?prostate(?:\s+gland)?|prostate|prostatic", "the prostate"),
    (r"(?:the\s+)?liver|hepatic|liver", "the liver"),
    (r"(?:the\s+)?(?:spine|spinal\s+cord)|spinal", "the spine"),
    (r"(?:the\s+)?mediastinum|mediastinal", "the middle of the chest (mediastinum)"),
    (r"(?:the\s+)?head\s+and\s+neck", "the head and neck"),
    (r"(?:the\s+)?breast", "the breast"),
)
_FIELD = "|".join(f"(?:{pattern})" for pattern, _ in _FIELDS)
_FIELD_RES = tuple((re.compile(rf"^(?:{pattern})$", re.IGNORECASE), said) for pattern, said in _FIELDS)
_RADIATION = (
    r"(?:external[\s-]+beam\s+)?(?:radiation\s+therapy|radiotherapy|radiation\s+treatment|radiation|irradiation)"
)
_FIELDS_LIST = rf"(?:{_FIELD})(?:\s*(?:,|/|\s+or\s+|\s+and/or\s+|,\s+or\s+)\s*(?:{_FIELD}))*"
_RADIATION_TO = (
    rf"(?P<before>{_FIELDS_LIST})\s+(?:therapeutic\s+)?{_RADIATION}(?:\s+(?:therapy|treatment))?"
    rf"|{_RADIATION}(?:\s+treatment)?\s+(?:to|of|in|on|at)\s+(?P<after>{_FIELDS_LIST})"
)
_RADIATION_PATTERN = _treatment._USE_PATTERN.replace(f"(?P<list>{_treatment._LIST})", f"(?P<list>{_RADIATION_TO})")
assert _RADIATION_PATTERN != _treatment._USE_PATTERN, "the treatment family's pattern changed: read its list again"


class _AsKnown:
    """A match read by the treatment family as if it named a treatment its table knows ("radiation therapy"): its
    status and window are the sentence's own; what exactly was had is put in after."""

    def __init__(self, match: re.Match, spelling: str) -> None:
        self._match, self._spelling = match, spelling

    def __getitem__(self, key: str | int):
        return self._spelling if key == "list" else self._match[key]


def _fields(text: str) -> str | None:
    parts = [part for part in re.split(r"\s*,\s+or\s+|\s*,\s*|\s*/\s*|\s+and/or\s+|\s+or\s+", text.strip()) if part]
    said = []
    for part in parts:
        place = next((words for pattern, words in _FIELD_RES if pattern.match(part)), None)
        if place is None:
            return None
        if place not in said:
            said.append(place)
    if len(parts) > 1 and not re.search(r"\bor\b|/", text):
        return None  # "pelvic, abdominal radiation": commas alone
    return _joined(said, "or")


def _radiation(match: re.Match) -> Fact | None:
    if _treatment.treatments_in(match["list"]) is not None:
        return None  # a name the treatment family's table holds ("radiation therapy to the pelvis"): its reading
    places = _fields(match["before"] or match["after"])
    if places is None:
        return None
    fact = _treatment._use(_AsKnown(match, "radiation therapy"))  # type: ignore[arg-type]
    if fact is None or len(fact.treatments) != 1 or fact.purpose or fact.any_form:
        return None
    return fact.model_copy(update={"treatments": (_treatment.Treatment(f"radiation therapy to {places}", "therapy"),)})


# --- Transplants: "Prior allogeneic stem cell or solid organ transplantation" --------------------------------------------
_GRAFTS = {
    "stem cell": "stem cell",
    "stem-cell": "stem cell",
    "hematopoietic stem cell": "stem cell",
    "haematopoietic stem cell": "stem cell",
    "hematopoietic cell": "stem cell",
    "bone marrow": "bone marrow",
    "solid organ": "organ",
    "solid-organ": "organ",
    "organ": "organ",
    "tissue": "tissue",
}
_GRAFT = "|".join(re.escape(graft).replace(r"\ ", r"\s+") for graft in sorted(_GRAFTS, key=len, reverse=True))
_TRANSPLANT = (
    rf"(?:an?\s+)?(?P<donor>allogene?ic\s+|autologous\s+)?(?P<g1>{_GRAFT})\s*(?:/|\s+or\s+|,\s*or\s+)\s*(?P<g2>{_GRAFT})\s+"
    r"(?:transplant|transplants|transplantation|transplantations)"
)
_TRANSPLANT_PATTERN = _treatment._USE_PATTERN.replace(f"(?P<list>{_treatment._LIST})", f"(?P<list>{_TRANSPLANT})")
assert _TRANSPLANT_PATTERN != _treatment._USE_PATTERN


def _transplant(match: re.Match) -> Fact | None:
    first, second = (_GRAFTS.get(" ".join(match[key].lower().split())) for key in ("g1", "g2"))
    if first is None or second is None or first == second:
        return None
    donor = " ".join((match["donor"] or "").lower().split())
    if donor.startswith("auto"):
        return None  # "autologous ... or solid organ": your own organ is not said plainly
    said = f"{'an' if first[0] in 'aeiou' else 'a'} {first} or {second} transplant"
    if donor:
        said += f" from a donor ({donor})"
    fact = _treatment._use(_AsKnown(match, "organ transplant"))  # type: ignore[arg-type]
    if fact is None or len(fact.treatments) != 1 or fact.purpose or fact.any_form:
        return None
    return fact.model_copy(update={"treatments": (_treatment.Treatment(said, "therapy"),)})


# --- Relapse after a treatment: "Relapse of AML after allogeneic hematopoietic stem cell transplantation" ----------------


class RelapseAfter(Fact):
    cancer: str
    what: str

    def sentence(self) -> str:
        return f"Your {self.cancer} has come back (relapsed) after you had {self.what}."


def _relapse_after(match: re.Match) -> RelapseAfter | None:
    cancer = read_cancer(match["cancer"])
    listed = _treatment.treatments_in(match["list"])
    if cancer is None or len(cancer.names) != 1 or cancer.clauses or listed is None or len(listed[0]) != 1:
        return None
    item = listed[0][0]
    if item.kind == "medicine":
        return None
    return RelapseAfter(cancer=cancer.said(), what=item.plain)


# --- A tumor marker on its own: "c-ROS oncogene 1 (ROS1) translocation", "PD-L1 negative", "Wild-type EGFR/ALK" ----------
_MARKER_SPELLED = {
    "epidermal growth factor receptor (egfr)": "EGFR",
    "epidermal growth factor receptor": "EGFR",
    "anaplastic lymphoma kinase (alk)": "ALK",
    "anaplastic lymphoma kinase": "ALK",
    "c-ros oncogene 1 (ros1)": "ROS1",
    "human epidermal growth factor receptor 2 (her2)": "HER2",
    "programmed death-ligand 1 (pd-l1)": "PD-L1",
}
_ONE_MARKER = (
    r"(?:"
    + "|".join(
        re.escape(spelling).replace(r"\ ", r"\s+") for spelling in sorted(_MARKER_SPELLED, key=len, reverse=True)
    )
    + rf"|{_MARKER})"
)
_MARKER_LIST = rf"{_ONE_MARKER}(?:\s*(?:/|,\s*or|,|\s+or|\s+and)\s*{_ONE_MARKER})*"
_CHANGE = r"(?P<change>mutations?|rearrangements?|translocations?|fusions?|alterations?|amplifications?)"


class TumorMarker(Fact):
    """What a test of the cancer found: "Your cancer has a change in the ROS1 gene (ROS1 translocation)."."""

    markers: tuple[str, ...]
    result: Literal["change", "no change", "positive", "negative"]
    term: str  # the study's words, kept in brackets
    frame: Literal["has", "records", "known", "confirmed", "not"] = "has"
    joiner: Literal["or", "and"] = "or"

    def sentence(self) -> str:
        listed = _joined(list(self.markers), self.joiner)
        genes = "genes" if len(self.markers) > 1 else "gene"
        if self.result == "change":
            said = f"a change in the {listed} {genes} ({self.term})"
        elif self.result == "no change":
            said = f"no change in the {listed} {genes} ({self.term})"
        else:
            said = None
        if said is None:
            state = f"{listed}-{self.result}"
            return {
                "has": f"Your cancer is {state}.",
                "records": f"Your medical records show that your cancer is {state}.",
                "known": f"Your cancer is known to be {state}.",
                "confirmed": f"Tests have confirmed that your cancer is {state}.",
                "not": f"Your cancer is not {state}.",
            }[self.frame]
        return {
            "has": f"Your cancer has {said}.",
            "records": f"Your medical records show that your cancer has {said}.",
            "known": f"Your cancer is known to have {said}.",
            "confirmed": f"Tests have confirmed that your cancer has {said}.",
            "not": f"Your cancer does not have {said.removeprefix('a ')}.",
        }[self.frame]


def _markers(text: str) -> tuple[tuple[str, ...], Literal["or", "and"]] | None:
    parts = [part for part in re.split(r"\s*(?:/|,\s*or|,|\s+or|\s+and)\s*", text.strip()) if part]
    names = []
    for part in parts:
        key = " ".join(part.lower().split())
        name = _MARKER_SPELLED.get(key) or _MARKER_NAMES.get(key)
        if name is None:
            return None
        names.append(name)
    joiner: Literal["or", "and"] = "and" if re.search(r"\band\b", text, re.IGNORECASE) else "or"
    if len(names) > 1 and re.search(r"\band\b", text, re.IGNORECASE) and re.search(r"\bor\b|/", text, re.IGNORECASE):
        return None
    return tuple(dict.fromkeys(names)), joiner


def _marker_frame(words: str | None) -> str:
    lowered = " ".join((words or "").lower().split())
    if re.search(r"^(?:no|absence of|without|negative for)\b", lowered):
        return "not"
    if "documented" in lowered or "documentation" in lowered:
        return "records"
    if lowered.startswith("known"):
        return "known"
    if lowered.startswith("confirm"):
        return "confirmed"
    return "has"


def _tumor_marker(match: re.Match) -> TumorMarker | None:
    frame = _marker_frame(match["frame"])
    if match["change"]:
        listed = _markers(match["m1"])
        if listed is None:
            return None
        markers, joiner = listed
        if any(marker.lower() not in _GENES for marker in markers):
            return None
        if len(markers) > 1 and frame != "not" and joiner == "and":
            return None  # "EGFR and ALK mutations": both, or either? Not said plainly
        term = " ".join(match["term1"].split())
        for spelled, name in _MARKER_SPELLED.items():
            term = re.sub(re.escape(spelled), name, term, flags=re.IGNORECASE)
        return TumorMarker(markers=markers, result="change", term=term, frame=frame, joiner=joiner)
    if match["wild"]:
        listed = _markers(match["m2"] or match["m3"])
        if listed is None or frame != "has":
            return None
        markers, _ = listed
        if any(marker.lower() not in _GENES for marker in markers):
            return None
        return TumorMarker(markers=markers, result="no change", term="wild-type", joiner="or")
    listed = _markers(match["m4"])
    if listed is None or len(listed[0]) != 1 or frame == "not":
        return None
    result = "positive" if match["res"].lower() in ("positive", "+") else "negative"
    return TumorMarker(markers=listed[0], result=result, term=f"{listed[0][0]}-{result}", frame=frame)


# --- The disease getting worse on or after a treatment -------------------------------------------------------------------


class Progression(Fact):
    """ "Disease progression on prior BTKi therapy": your disease got worse while you were having it."""

    what: str | None = None  # the treatment, plainly
    medicine: bool = False
    when: Literal["on", "after", "on or after"] = "on"
    shown: Literal["scans", "records"] | None = None

    def sentence(self) -> str:
        said = "your disease has got worse (disease progression)"
        if self.what:
            having = "taking" if self.medicine else "having"
            had = "took" if self.medicine else "had"
            said += {
                "on": f" while you were {having} {self.what}",
                "after": f" after you {had} {self.what}",
                "on or after": f" while you were {having} {self.what} or after it",
            }[self.when]
        if self.shown == "scans":
            return f"Scans have shown that {said}."
        if self.shown == "records":
            return f"Your medical records show that {said}."
        return f"{said[0].upper()}{said[1:]}."


def _progression(match: re.Match) -> Progression | None:
    shown = None
    lead = " ".join((match["lead"] or "").lower().split())
    if "radiolog" in lead or "radiograph" in lead:
        shown = "scans"
    elif "document" in lead:
        shown = "records"
    if not match["list"]:
        return Progression(shown=shown)
    text = " ".join(match["list"].split())
    if re.fullmatch(r"(?:therapy|treatment)", text, re.IGNORECASE):
        what, medicine = "treatment", False
    else:
        listed = _treatment.treatments_in(text)
        if listed is None:
            return None
        items, joiner = listed
        what = _joined([item.plain for item in items], joiner)
        medicine = all(item.kind == "medicine" for item in items)
    when = " ".join(match["when"].lower().split())
    said = {
        "on": "on",
        "while on": "on",
        "during": "on",
        "while receiving": "on",
        "after": "after",
        "following": "after",
        "on or after": "on or after",
        "during or after": "on or after",
        "on or following": "on or after",
    }.get(when)
    if said is None:
        return None
    return Progression(what=what, medicine=medicine, when=said, shown=shown)


def _trigger_words() -> tuple[str, ...]:
    """The names of both tables (an abbreviation of three letters or fewer only where it is rarely inside a word), and the
    words of a state: a sentence without one is not tried."""
    names = {*_BY_WORD, *(key.lower() for key in _BY_CASE if len(key) > 3 or key.lower() in _SHORT_TRIGGERS)}
    names |= {spelling for spelling in condition_words() if len(spelling) > 3 and cancer_name(spelling)}
    return tuple(sorted(names | _SHORT_TRIGGERS | set(_STATE_TRIGGERS)))


_LAST_WORDS = _last_words()
# The first word of every name (lower case): where a name may start, so the states before it end.
_FIRST_WORDS = frozenset(spelling.split(" ", 1)[0].lower() for spelling in (*_BY_WORD, *_BY_CASE, *condition_words()))
_SHORT_TRIGGERS = {"aml", "cml", "cll", "mds", "apl", "crc", "gbm", "npc", "hcc", "rcc", "nhl", "dlbcl"}
_STATE_TRIGGERS = (
    "metasta",
    "relapse",
    "refractory",
    "recurren",
    "advanced",
    "stage",
    "resectable",
    "operable",
    "untreated",
    "naive",
    "naïve",
    "progressive",
    "persistent",
    "locali",
)
_NAME_TRIGGERS = _trigger_words()

RECOGNISERS = (
    recogniser("transplant", ("transplant",), _TRANSPLANT_PATTERN, _transplant),
    recogniser(
        "cancer-relapse",
        ("relapse",),
        r"(?:relapse|recurrence)\s+of\s+(?P<cancer>[^;:,]{2,60}?)\s+after\s+(?:an?\s+)?(?P<list>"
        + _treatment.LIST
        + r")",
        _relapse_after,
    ),
    recogniser(
        "cancer-progression",
        ("progression",),
        r"(?P<lead>(?:(?:documented|documentation\s+of|radiolog(?:ic|ical)(?:ly)?|radiographic(?:ally)?)\s+(?:proven\s+|documented\s+|"
        r"confirmed\s+)?)*)(?:evidence\s+of\s+)?(?:disease\s+)?progression(?:\s+of\s+(?:the\s+)?disease)?"
        r"(?:\s+(?P<when>on\s+or\s+after|during\s+or\s+after|on\s+or\s+following|while\s+on|while\s+receiving|on|after|following|"
        r"during)\s+(?:treatment\s+with\s+)?(?:(?:the\s+)?(?:prior|previous|last|most\s+recent)\s+)?(?P<list>"
        + _treatment.LIST
        + r"|therapy|treatment))?",
        _progression,
    ),
    recogniser(
        "tumor-marker",
        (
            "mutation",
            "rearrangement",
            "translocation",
            "fusion",
            "alteration",
            "amplification",
            "wild",
            "positive",
            "negative",
        ),
        r"(?P<frame>(?:locally\s+)?(?:documented|known|confirmed|presence\s+of|harbou?ring|no|absence\s+of|without|"
        r"(?:have\s+)?documentation\s+of)\s+(?:an?\s+)?)?"
        r"(?:(?P<term1>(?:(?:sensitizing|activating|somatic)\s+)?(?P<m1>"
        + _MARKER_LIST
        + r")(?:\s+gene)?(?:[\s-]+(?:sensitizing|"
        r"activating|somatic))?\s+" + _CHANGE + r")"
        r"|(?P<wild>wild[\s-]+type\s+(?P<m2>"
        + _MARKER_LIST
        + r")|(?P<m3>"
        + _MARKER_LIST
        + r")(?:\s+genes?)?\s+wild[\s-]+type)"
        r"|(?P<m4>" + _ONE_MARKER + r")[\s-]+(?P<res>positive|negative)(?:\s+(?:tumou?r|disease|cancer))?)",
        _tumor_marker,
    ),
    *side_effects.RECOGNISERS,
    recogniser("radiation-field", ("radiat", "irradiat", "radiother"), _RADIATION_PATTERN, _radiation),
    recogniser(
        "tumor-sample",
        ("tumor", "tumour", "tissue block"),
        r"(?P<lead>(?:confirmed\s+)?(?:provision|availability|unavailability|submission)\s+of\s+|(?:be\s+)?(?:able|willing)\s+to\s+"
        r"provide\s+|provide\s+|consent\s+to\s+provide\s+|(?:must\s+)?agree\s+to\s+(?:provide|submit|the\s+submission\s+of)\s+|having\s+)?"
        + _SAMPLE_OBJECT
        + r"(?P<tail>\s+(?:is\s+|are\s+|must\s+be\s+)?(?:available|not\s+available|unavailable))?"
        r"(?:\s+(?:for|to)\s+(?P<for>central\s+testing|central\s+review|biomarker\s+(?:testing|analysis|evaluation)|"
        r"assess\s+the\s+pd-l1\s+expression|pd-l1\s+testing))?",
        lambda m: _sample(m) if (m["lead"] or m["tail"]) else None,
    ),
    recogniser(
        "cancer-treatment", (*_treatment.trigger_words(), *_treatment._DRUG_ENDINGS), _TREATMENT_FOR, _treatment_for
    ),
    recogniser(
        "cancer-treatment",
        ("treatment for", "therapy for", "treatment of", "treated for"),
        r"(?P<neg>(?:no|not|never|without|has\s+not|have\s+not|has\s+never|have\s+never)\s+)?"
        r"(?P<status>(?:(?:any|current|prior|previous|ongoing|currently|received|had|has\s+had)\s+|(?:or|and/or)\s+)*)"
        r"(?:treatment|therapy|anti-?cancer\s+treatment)\s+(?:for|of)\s+(?P<purpose>[^;:]{3,160})",
        _general_treatment,
    ),
    recogniser(
        "cancer-spread",
        ("mening", "cord compression", "metasta", "cns", "central nervous", "carcinomatosis"),
        r"(?P<body>[^;:]{4,220})",
        _spread,
    ),
    recogniser(
        "cancer-confirmed",
        ("histolog", "cytolog", "patholog", "biopsy", "histopatholog", "tissue", "histology", "cytology"),
        rf"{_TEST}(?:[\s-]*(?:confirmed|proven|proved|documented|verified|diagnosed)(?:\s+diagnosis\s+of|\s+with)?"
        rf"|\s+(?:confirmed\s+)?(?:diagnosis|confirmation)(?:\s+diagnosis)?\s+of)\s+(?P<body>[^;:]{{2,200}})"
        r"|(?P<body2>[^;:]{2,160}?)\s+(?:confirmed|proven|diagnosed|documented)\s+(?:by|on)\s+(?P<test2>histology|cytology|biopsy|"
        r"histopathology|pathology)(?:\s+(?:or|and/or)\s+(?:histology|cytology|histopathology))?",
        lambda m: _confirmed(m) if m["body"] else _confirmed_after(m),
    ),
    recogniser(
        "cancer-stage",
        ("stage",),
        rf"(?P<body>{_STAGE}(?:{_SYSTEM.pattern.rstrip('$')})?)(?:\s+(?:disease|cancer|tumou?r))?",
        _stage_alone,
    ),
    recogniser(
        "cancer-evidence",
        ("evidence", "signs"),
        r"(?P<neg>no\s+|absence\s+of\s+|without\s+)?(?:any\s+)?(?:clinical\s+|radiological\s+|radiographic\s+)?(?:evidence|signs?)"
        r"\s+of\s+(?:any\s+)?(?P<body>[^;:]{2,120})",
        _evidence,
    ),
    recogniser(
        "cancer-diagnosis",
        _NAME_TRIGGERS,
        rf"(?:(?:{_FRAME})\s+)?(?P<body>[^;:]{{2,200}}?)(?P<patients>\s+(?:patients|subjects|participants|cases))?",
        _diagnosis,
    ),
)
