"""Lab and body measures against a limit ("Platelets ≥ 100,000/mm3", "AST and ALT ≤ 2.5 × ULN"), and organ function.

The measure is named in plain words from a table of the tests the registry writes (a name the table
does not know leaves the sentence in the study's words); the value and its unit stay exactly as
written, but "× ULN" is said in words.
"""

from __future__ import annotations

import re

from trialpages.eligibility.comparators import COMPARISON, comparison_phrase
from trialpages.eligibility.facts.base import NUMBER, Fact, recogniser

# Spellings (lower case, "serum"/"total"/"level" and brackets removed) -> the plain name, and whether it is plural.
_MEASURES: dict[str, tuple[str, bool]] = {}


def _measure(plain: str, *spellings: str, plural: bool = False) -> None:
    for spelling in spellings:
        _MEASURES[spelling] = (plain, plural)


_measure(
    "neutrophil count",
    "absolute neutrophil count",
    "anc",
    "neutrophils",
    "neutrophil count",
    "absolute neutrophils",
    "neutrophil",
    "absolute neutrophil",
    "neutrophil granulocytes",
    "granulocytes",
    "agc",
    "absolute granulocyte count",
)
_measure(
    "platelet count", "platelets", "platelet count", "platelet", "plt", "plts", "thrombocytes", "thrombocyte count"
)
_measure("hemoglobin", "hemoglobin", "haemoglobin", "hb", "hgb", "hemoglobin concentration")
_measure(
    "white blood cell count",
    "white blood cell count",
    "wbc",
    "white blood cells",
    "leukocytes",
    "leukocyte count",
    "white cell count",
    "wbc count",
    "leucocytes",
)
_measure("lymphocyte count", "lymphocytes", "absolute lymphocyte count", "alc", "lymphocyte count")
_measure("hematocrit", "hematocrit", "haematocrit", "hct")
_measure("creatinine", "creatinine", "cr", "scr", "creatinine level")
_measure(
    "creatinine clearance",
    "creatinine clearance",
    "crcl",
    "clcr",
    "calculated creatinine clearance",
    "measured creatinine clearance",
    "estimated creatinine clearance",
    "creatinine clearance rate",
)
_measure("eGFR", "egfr", "estimated glomerular filtration rate", "estimated gfr")
_measure("GFR", "gfr", "glomerular filtration rate")
_measure("bilirubin", "bilirubin", "tbil", "t.bili", "tbili", "bil", "total bilirubin")
_measure("direct bilirubin", "direct bilirubin", "conjugated bilirubin")
_measure("AST", "ast", "sgot", "aspartate aminotransferase", "aspartate transaminase")
_measure("ALT", "alt", "sgpt", "alanine aminotransferase", "alanine transaminase")
_measure(
    "AST and ALT",
    "ast and alt",
    "alt and ast",
    "ast/alt",
    "alt/ast",
    "ast and/or alt",
    "alt and/or ast",
    "sgot/sgpt",
    "sgpt/sgot",
    "ast & alt",
    "alt & ast",
    "aspartate aminotransferase and alanine aminotransferase",
    "transaminases",
    "liver transaminases",
    "aminotransferases",
    "ast, alt",
    "alt, ast",
    plural=True,
)
_measure("AST or ALT", "ast or alt", "alt or ast", plural=False)
_measure("alkaline phosphatase", "alkaline phosphatase", "alp", "alkp", "alk phos")
_measure("albumin", "albumin", "alb")
_measure("INR", "inr", "international normalized ratio", "international normalised ratio", "pt/inr", "pt-inr")
_measure("prothrombin time", "prothrombin time", "pt")
_measure("aPTT", "aptt", "ptt", "partial thromboplastin time", "activated partial thromboplastin time")
_measure("INR and aPTT", "inr and aptt", "pt/inr and aptt", "inr/aptt", "pt/ptt", plural=True)
_measure("potassium", "potassium", "k")
_measure("sodium", "sodium", "na")
_measure("calcium", "calcium", "corrected calcium", "ca")
_measure("magnesium", "magnesium", "mg")
_measure("phosphorus", "phosphorus", "phosphate")
_measure(
    "blood sugar",
    "glucose",
    "fasting glucose",
    "fasting plasma glucose",
    "fpg",
    "fasting blood glucose",
    "blood glucose",
    "plasma glucose",
    "fasting blood sugar",
)
_measure("HbA1c", "hba1c", "a1c", "glycated hemoglobin", "glycosylated hemoglobin", "hemoglobin a1c", "haemoglobin a1c")
_measure("testosterone", "testosterone", "total testosterone", "morning testosterone", "free testosterone")
_measure("PSA", "psa", "prostate specific antigen", "prostate-specific antigen")
_measure("TSH", "tsh", "thyroid stimulating hormone", "thyroid-stimulating hormone")
_measure("LDL cholesterol", "ldl", "ldl-c", "ldl cholesterol", "low-density lipoprotein cholesterol")
_measure("triglycerides", "triglycerides", "tg", plural=True)
_measure("cholesterol", "cholesterol")
_measure(
    "CD4 count",
    "cd4",
    "cd4 count",
    "cd4+ count",
    "cd4+ t-cell count",
    "cd4 cell count",
    "cd4+ cell count",
    "cd4+ t cell count",
)
_measure("lipase", "lipase")
_measure("amylase", "amylase")
_measure("uric acid", "uric acid")
_measure(
    "QTc",
    "qtc",
    "qtcf",
    "qtcb",
    "qt interval corrected",
    "corrected qt interval",
    "qtc interval",
    "qtcf interval",
    "qt",
    "qt interval",
    "qtc (fridericia)",
    "qtcf (fridericia)",
)
_measure("LVEF", "lvef", "left ventricular ejection fraction", "ejection fraction", "ef")
_measure("systolic blood pressure", "systolic blood pressure", "sbp", "systolic bp")
_measure("diastolic blood pressure", "diastolic blood pressure", "dbp", "diastolic bp")
_measure("heart rate", "heart rate", "resting heart rate", "pulse", "hr")
_measure("BMI", "bmi", "body mass index")
_measure("weight", "weight", "body weight")
_measure("oxygen level", "oxygen saturation", "spo2", "sao2", "o2 saturation")
_measure("FEV1", "fev1")
_measure("vitamin D", "vitamin d", "25-oh vitamin d", "25-hydroxyvitamin d", "25(oh)d")
_measure("ferritin", "ferritin")
_measure("hemoglobin and hematocrit", "hemoglobin/hematocrit")

_NOISE = re.compile(
    r"\b(?:serum|plasma|blood|total|level|levels|value|values|concentration|results?|count of)\b|\([^)]*\)|[:,]$"
)
_ULN = re.compile(
    r"^\s*(?:x|×|\*|times)\s*(?:the\s+)?(?:institutional\s+|upper\s+|site\s+)?(?:uln|upper limits? of (?:the )?normal(?: range)?"
    r"|upper normal limit|iuln)(?:\s*\((?:uln|iuln)\))?(?:\s*(?:for|of) (?:the )?(?:institution|laboratory|lab|site))?$",
    re.IGNORECASE,
)
_LLN = re.compile(
    r"^\s*(?:x|×|\*|times)?\s*(?:the\s+)?(?:lln|lower limits? of (?:the )?normal(?: range)?)$", re.IGNORECASE
)


class LabLimit(Fact):
    measure: str
    plural: bool
    phrase: str
    number: str
    unit: str  # as written, or "times the upper limit of normal"

    def sentence(self) -> str:
        verb = "are each" if self.plural else "is"
        unit = f" {self.unit}" if self.unit and not self.unit.startswith(("%", "/")) else self.unit
        return f"Your {self.measure} {verb} {self.phrase} {self.number}{unit}."


class OrganFunction(Fact):
    organs: str

    def sentence(self) -> str:
        verb = "work" if self.organs in ("kidneys", "organs") or " and " in self.organs else "works"
        return f"Your {self.organs} {verb} well enough."


def _lab(match: re.Match) -> LabLimit | None:
    name = _NOISE.sub(" ", match["name"].lower())
    name = re.sub(r"\s+", " ", name).strip(" :-")
    if name not in _MEASURES:
        return None
    plain, plural = _MEASURES[name]
    unit = (match["unit"] or "").strip()
    if _ULN.match(unit):
        unit = "times the upper limit of normal"
    elif _LLN.match(unit):
        unit = "times the lower limit of normal" if re.search(r"x|×|times", unit, re.I) else "the lower limit of normal"
    elif unit and not re.fullmatch(r"[A-Za-zµμ/%0-9^.³²⁹\s×x*-]{1,24}", unit):
        return None
    return LabLimit(
        measure=plain, plural=plural, phrase=comparison_phrase(match["cmp"]), number=match["n"], unit=_tidy_unit(unit)
    )


def _tidy_unit(unit: str) -> str:
    unit = re.sub(r"\s*[x×*]\s*10\s*\^?\s*(\d+)", r" × 10^\1", unit)
    return re.sub(r"\s+", " ", unit).strip()


_ORGANS = {
    "renal": "kidneys",
    "kidney": "kidneys",
    "hepatic": "liver",
    "liver": "liver",
    "bone marrow": "bone marrow",
    "marrow": "bone marrow",
    "hematologic": "blood counts",
    "haematologic": "blood counts",
    "hematological": "blood counts",
    "haematological": "blood counts",
    "organ": "organs",
    "end-organ": "organs",
    "end organ": "organs",
    "cardiac": "heart",
    "heart": "heart",
    "coagulation": "blood clotting",
}


def _organ_function(match: re.Match) -> OrganFunction | None:
    parts = [
        part.strip().lower() for part in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", match["what"]) if part.strip()
    ]
    if not parts or any(part not in _ORGANS for part in parts):
        return None
    names = list(dict.fromkeys(_ORGANS[part] for part in parts))
    organs = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return OrganFunction(organs=organs)


_UNIT = (
    r"(?P<unit>\s*(?:x|×|\*|times)\s*(?:the\s+)?(?:institutional\s+|upper\s+)?(?:uln|upper limits? of (?:the )?normal(?: range)?|"
    r"upper normal limit|iuln)(?:\s*\((?:uln|iuln)\))?|\s*(?:x|×)?\s*(?:the\s+)?(?:lln|lower limits? of (?:the )?normal)"
    r"|\s*(?:[x×*]\s*10\s*\^?\s*\d+\s*/\s*[a-zµμ]+|[A-Za-zµμ/%][A-Za-zµμ/%0-9^.³²]*(?:\s*/\s*[A-Za-z0-9^.³²]+)?))?"
)

RECOGNISERS = (
    recogniser(
        "lab-limit",
        ("<", ">", "≤", "≥", "than", "least", "most", "≦", "≧", "⩽", "⩾", "minimum", "maximum", "exceed", "up to"),
        rf"(?P<name>[A-Za-z][A-Za-z0-9 ()/,'+&.-]{{0,60}}?)\s*:?\s*(?:of\s+|must be\s+|is\s+|value\s+|level\s+|levels\s+|count\s+)?"
        rf"(?P<cmp>{COMPARISON})\s*(?P<n>{NUMBER})" + _UNIT + r"(?:\s+(?:at|during) screening)?",
        _lab,
    ),
    recogniser(
        "organ-function",
        ("function",),
        r"(?:good |normal |adequate |sufficient |acceptable |satisfactory )(?P<what>(?:bone marrow|marrow|organ|end[- ]organ|renal|"
        r"kidney|hepatic|liver|hematologic(?:al)?|haematologic(?:al)?|cardiac|heart|coagulation)(?:(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)"
        r"(?:bone marrow|marrow|organ|end[- ]organ|renal|kidney|hepatic|liver|hematologic(?:al)?|haematologic(?:al)?|cardiac|"
        r"heart|coagulation))*)\s+functions?",
        _organ_function,
    ),
)
