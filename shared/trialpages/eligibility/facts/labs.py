"""Measures against limits: lab tests ("Platelets ≥ 100 × 10^9/L"), and the grammar vitals and scores share.

A criterion of this family names one or more measures, each with a limit: a comparison ("at most 1.5 ×
ULN"), a range ("between 18 and 30 kg/m2", "300-1000 ng/dL"), the two sides of a range ("less than 90 or
more than 170 mm Hg") or the normal range. A limit may carry what the source adds to it, each said in
plain words from a table: a second limit and whom it is for ("(≤ 3 × ULN for patients with Gilbert's
syndrome)"), when it is measured ("at screening", "within 14 days before the first dose"), how ("by the
Cockcroft-Gault formula"), the same limit in another unit ("(90 g/L)") or an allowance ("transfusion is
allowed"). Anything else after a limit, or a name the tables do not know, leaves the sentence in the
study's words.

Several limits in one sentence are one fact, joined as the source joins them: "and" is all of them
(short sentences under the inclusion list, one explicit sentence under the exclusion list), "or" is
any one of them; a bare comma list is read as "all" only under the inclusion list. A head before the
limits says what they show ("Adequate bone marrow function:", "Anemia (hemoglobin < 10 g/dL)").

Numbers and their units stay as written; "× ULN" and "× 10^9/L" are said in words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from trialpages.eligibility.comparators import AT_LEAST, AT_MOST, COMPARISON, LESS_THAN, MORE_THAN, comparison_phrase
from trialpages.eligibility.facts.base import NUMBER, Fact, capitalised, plural, recogniser
from trialpages.eligibility.matching import PhraseIndex

Family = Literal["lab", "vital", "score"]


# --- What can be measured: spellings (lower case, normalised by _key) -> the plain name ---------------------------


@dataclass(frozen=True, slots=True)
class Measure:
    plain: str  # as the sentence names it: "neutrophil count", "AST", "systolic (top) blood pressure"
    family: Family
    plural: bool = False  # "triglycerides are"
    implied: tuple[str, ...] = ()  # plain names it stands for together ("AST and ALT" from "transaminases")


_MEASURES: dict[str, Measure] = {}
# Every spelling as written and as keyed, and the states that imply a measure: a sentence naming none of them is
# not read at all (most sentences the comparison words bring here are about ages and times).
_NAME_WORDS: set[str] = {
    "hypotension",
    "hypertension",
    "anemia",
    "anaemia",
    "hypogonadism",
    "hypotestosteronemia",
    "testosterone",
    "hyperprolactinemia",
    "hyperprolactinaemia",
    "hyperkalemia",
    "hyperkalaemia",
    "hypokalemia",
    "hypokalaemia",
    "obesity",
    "bradycardia",
    "tachycardia",
    "hypoxemia",
    "hypoxaemia",
    "thrombocytopenia",
    "thrombopenia",
    "neutropenia",
}
_NAMES: PhraseIndex | None = None
_SPELLINGS: dict[str, Measure] = {}  # each spelling as written or keyed -> its measure (for the triggers)


def _names_in(text: str) -> bool:
    global _NAMES
    if _NAMES is None:
        _NAMES = PhraseIndex(((word, True) for word in _NAME_WORDS), case_sensitive=False)
    return bool(_NAMES.find(text.replace("haem", "hem").replace("Haem", "Hem")))


def register(family: Family, plain: str, *spellings: str, plural: bool = False, implied: tuple[str, ...] = ()) -> None:
    """Add a measure's spellings (vitals and scores register theirs too)."""
    measure = Measure(plain, family, plural, implied)
    for spelling in ((plain.lower(),) if "(" not in plain else ()) + spellings:
        key = _key(spelling)
        if key in _MEASURES and _MEASURES[key] != measure:
            raise ValueError(f"{spelling!r} is {_MEASURES[key].plain!r} already, not {plain!r}")
        _MEASURES[key] = measure
        _NAME_WORDS.update(word for word in (spelling.lower(), key) if word)
        _SPELLINGS.update({word: measure for word in (spelling.lower(), key) if word})
    global _NAMES
    _NAMES = None


# Words around a measure's name that do not change what is measured.
_LEADING = re.compile(
    r"^(?:(?:a|an|the|your|his|her|their|serum|plasma|total(?! bili)|peripheral|absolute|circulating|elevation of|elevated|"
    r"mean|average|measured|blood level of|level of|concentration of|value of|result of|scores? of|scores? of the)\s+)+"
)
_TRAILING = re.compile(
    # ("Asthma Control Test" is not the "Asthma Control Questionnaire": NCT06651385, exports4: WRONG, said as the ACQ)
    r"(?:\s+(?:level|levels|value|values|concentration|result|results|count|(?<!control )tests?|score|scores|index|"
    r"measurement|range|(?<!control )questionnaire|assessment|is|are|was|of|must be|should be|will be|to be|shall be|be|that is|"
    r"which is|exhibit|exhibits|"
    r"equal to|=))+$|\s*[:=,\-–]+$"
)
_BRACKETS = re.compile(r"\s*[\[(][^\[\]()]*[\])]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """A name as the table knows it: lower case, brackets and words that do not matter removed."""
    key = name.lower().replace("’", "'").replace("haem", "hem").replace("amino transferase", "aminotransferase")
    for _ in range(2):  # "(ALT)/(SGPT)", nested once at most
        key = _BRACKETS.sub(" ", key)
    key = _SPACES.sub(" ", key).strip(" -:,")
    key = re.sub(r"\s*([/-])\s*", r"\1", key)
    for _ in range(3):
        stripped = _TRAILING.sub("", _LEADING.sub("", key)).strip(" -:,")
        if stripped == key:
            break
        key = stripped
    return key


def _lab(plain: str, *spellings: str, plural: bool = False) -> None:
    register("lab", plain, *spellings, plural=plural)


# Blood counts. Granulocytes are neutrophils and two rarer kinds of white cell (NCT03066947, hint9: WRONG as the
# neutrophil count): a count of their own.
_lab(
    "granulocyte count",
    "granulocyte count",
    "granulocytes",
    "agc",
    "absolute granulocyte count",
    "absolute granulocytes",
)
_lab(
    "neutrophil count",
    "neutrophil count",
    "anc",
    "neutrophils",
    "neutrophil",
    "neutrophil granulocytes",
    "absolute neutrophil count",
    "absolute neutrophils",
    "ne#",
    "neu",
    "neutrophils count",
    "neutrophil cell count",
)
_lab(
    "platelet count",
    "platelets",
    "platelet",
    "plt",
    "plts",
    "thrombocytes",
    "thrombocyte count",
    "platelet counts",
    "tc",
    "thrombocyte",
)
_lab("hemoglobin", "hb", "hgb", "hemoglobin concentration", "hemoglobin (hb)")
_lab(
    "white blood cell count",
    "wbc",
    "white blood cells",
    "white blood cell",
    "leukocytes",
    "leukocyte count",
    "white cell count",
    "wbc count",
    "leucocytes",
    "leucocyte count",
    "white blood cell count",
    "wbcc",
)
_lab("red blood cell count", "rbc", "red blood cells", "red blood cell", "erythrocytes", "erythrocyte count")
_lab("lymphocyte count", "lymphocytes", "alc", "absolute lymphocyte count")
_lab("eosinophil count", "eosinophils", "eosinophil", "blood eosinophils", "blood eosinophil count", "eos")
_lab("hematocrit", "hct")
# Kidneys.
_lab("creatinine", "cr", "scr", "creatina", "blood creatinine", "creatinine (cr)", "serum-creatinine", "s-creatinine")
_lab(
    "creatinine clearance",
    "crcl",
    "clcr",
    "ccr",
    "calculated creatinine clearance",
    "measured creatinine clearance",
    "estimated creatinine clearance",
    "creatinine clearance rate",
    "calculated creatinine clearance (crcl)",
    "endogenous creatinine clearance",
    "calc. creatinine clearance",
    "calculated (calc.) creatinine clearance",
)
_lab("eGFR", "egfr", "estimated glomerular filtration rate", "estimated gfr", "calculated gfr", "calculated egfr")
_lab("GFR", "gfr", "glomerular filtration rate")
_lab("urea", "blood urea")
_lab("blood urea nitrogen (BUN)", "blood urea nitrogen", "bun", "urea nitrogen", "urea/bun")
_lab("uric acid")
# Liver.
_lab("bilirubin", "bil", "tb")
# "total": the limit is on total bilirubin, not on the direct part a lab report also gives (LOSSY when dropped).
_lab("total bilirubin", "total bilirubin", "tbil", "t.bili", "tbili", "stb")
_lab("direct bilirubin", "conjugated bilirubin", "dbil")
_lab(
    "AST",
    "ast",
    "sgot",
    "aspartate aminotransferase",
    "aspartate transaminase",
    "got",
    "serum glutamic oxaloacetic transaminase",
    "glutamic oxaloacetic transaminase",
    "aspartate aminotransferase (ast)",
    "aspartate aminotransferase/sgot",
)
_lab(
    "ALT",
    "alt",
    "sgpt",
    "alanine aminotransferase",
    "alanine transaminase",
    "gpt",
    "serum glutamic pyruvic transaminase",
    "glutamic pyruvic transaminase",
    "alanine aminotransferase/sgpt",
)
_lab("liver enzymes", "hepatic enzymes", "liver enzyme", plural=True)
_lab("liver test results", "liver function tests", "lfts", "lft", "lft's", "liver function test", plural=True)
register(
    "lab",
    "AST and ALT",
    "transaminases",
    "liver transaminases",
    "aminotransferases",
    plural=True,
    implied=("AST", "ALT"),
)
_lab("alkaline phosphatase", "alp", "alkp", "alk phos", "alk-p", "akp")
_lab(
    "GGT",
    "ggt",
    "gamma-gt",
    "gamma gt",
    "γ-gt",
    "gamma-glutamyl transferase",
    "gamma glutamyl transferase",
    "gamma-glutamyltransferase",
)
_lab("albumin", "alb")
_lab("LDH", "ldh", "lactate dehydrogenase")
# Clotting.
_lab(
    "INR",
    "inr",
    "international normalized ratio",
    "international normalised ratio",
    "international standardized ratio",
    "coagulation international normalized ratio",
)
_lab("PT/INR", "pt/inr", "pt-inr", "pt inr", "prothrombin time/international normalized ratio")
_lab("prothrombin time", "pt", "prothrombin time (pt)")
_lab("PTT", "ptt", "partial thromboplastin time", "partial prothrombin time")
_lab("aPTT", "aptt", "activated partial thromboplastin time", "activated ptt", "activated partial thrombin time")
_lab("fibrinogen")
# Salts and sugar.
_lab("potassium", "k", "k+")
_lab("sodium", "na", "na+")
_lab("calcium", "corrected calcium", "ca", "albumin-corrected calcium", "corrected serum calcium")
_lab("magnesium", "mg")
_lab("phosphorus", "phosphate")
_lab("blood sugar", "glucose", "blood glucose", "plasma glucose", "blood sugar")
_lab(
    "fasting blood sugar",
    "fasting glucose",
    "fasting plasma glucose",
    "fpg",
    "fasting blood glucose",
    "fasting serum glucose",
    "fasting blood sugar",
)
_lab(
    "HbA1c",
    "hba1c",
    "a1c",
    "glycated hemoglobin",
    "glycosylated hemoglobin",
    "hemoglobin a1c",
    "hgb a1c",
    "hba1c-value",
    "hemoglobin a1c (hba1c)",
    "glycated hemoglobin a1c",
    "glycosylated hemoglobin a1c",
)
# Hormones.
_lab("testosterone", "testosterone", "total testosterone", "serum total testosterone", "tt")
_lab("morning testosterone", "morning testosterone", "morning total testosterone")
_lab("free testosterone", "free testosterone")
_lab("prolactin", "prl")
_lab("TSH", "tsh", "thyroid stimulating hormone", "thyroid-stimulating hormone")
_lab("free T4", "ft4", "free thyroxine", "free t4")
_lab("free T3", "ft3", "free triiodothyronine", "free t3")
_lab("estradiol", "e2", "oestradiol")
_lab("LH", "lh", "luteinizing hormone")
_lab("FSH", "fsh", "follicle stimulating hormone", "follicle-stimulating hormone")
_lab("PSA", "psa", "prostate specific antigen", "prostate-specific antigen", "prostatic specific antigen")
# Fats and others.
_lab("LDL cholesterol", "ldl", "ldl-c", "ldl cholesterol", "low-density lipoprotein cholesterol")
_lab("triglycerides", "tg", plural=True)
_lab("cholesterol")
_lab(
    "CD4 count",
    "cd4",
    "cd4 count",
    "cd4+ count",
    "cd4+ t-cell count",
    "cd4 cell count",
    "cd4+ cell count",
    "cd4+ t cell count",
    "cd4+ t-cell",
    "cd4+ t-cells",
    "cd4+ lymphocytes",
    "cd4+ t-lymphocytes",
    "cd4 cells",
)
_lab("lipase")
_lab("amylase")
_lab("CRP", "crp", "c-reactive protein")
_lab("creatine kinase", "ck", "cpk", "creatine phosphokinase", "creatinine kinase")
_lab("vitamin D", "vitamin d")
_lab(
    "vitamin D (25-hydroxyvitamin D)",
    "25-oh vitamin d",
    "25-hydroxyvitamin d",
    "25(oh)d",
    "25-hydroxy vitamin d",
    "25-hydroxyvitamin d3",
    "25(oh) vitamin d",
)
_lab("ferritin")
_lab("hemoglobin and hematocrit", "hemoglobin/hematocrit", plural=True)

# --- How a limit is written -----------------------------------------------------------------------------------------

# A value's unit: a count in powers of ten, a multiple of the upper or lower limit of normal, or a plain unit.
_POWER = r"[x×*]\s*10\s*(?:\^|\*\*?)?\s*(?:9|12|⁹|¹²)\s*/\s*l\b"
_LOST_POWER = r"[x×*]\s*(?:109|1012)\s*/\s*l\b"  # the superscript lost: "x 109/L"
_ULN = (
    r"(?:(?:[x×*]|times(?: greater than)?|fold)\s*(?:of\s+)?)?(?:the\s+)?(?:institutional\s+|site\s+|local\s+)?"
    r"(?:(?:iuln|uln|unl)(?:\s*\((?:uln|upper limit of normal(?: value)?)\))?|(?:upper limits? of (?:the )?"
    r"(?:institutional\s+)?normal(?: range| value)?"
    r"|upper normal limits?|normal upper limit|upper limit normal)(?:\s*\((?:uln|iuln)\))?)"
)
_LLN = r"(?:(?:[x×*]|times)\s*)?(?:the\s+)?(?:institutional\s+)?(?:lln|lower limits? of (?:the )?normal(?: range)?)(?:\s*\(lln\))?"
# Units as written (lower case, no spaces) that a limit may carry.
_KNOWN_UNITS = (
    "%",
    "percent",
    "percentage",
    "mg/dl",
    "g/dl",
    "gm/dl",
    "g/l",
    "mg/l",
    "mmol/l",
    "µmol/l",
    "μmol/l",
    "umol/l",
    "nmol/l",
    "pmol/l",
    "ng/ml",
    "ng/dl",
    "pg/ml",
    "µg/l",
    "ug/l",
    "mcg/l",
    "µg/dl",
    "ug/dl",
    "ng/l",
    "miu/l",
    "miu/ml",
    "iu/l",
    "u/l",
    "iu/ml",
    "u/ml",
    "meq/l",
    "mmol/mol",
    "mg/mmol",
    "mg/g",
    "µg/ml",
    "ug/ml",
    "/µl",
    "/μl",
    "/ul",
    "/mcl",
    "/mm3",
    "/mm^3",
    "/mm³",
    "/l",
    "/cumm",
    "cells/µl",
    "cells/μl",
    "cells/ul",
    "cells/mcl",
    "cells/mm3",
    "cells/mm^3",
    "cells/mm³",
    "cells/cumm",
    "cel/mm3",
    "/microl",
    "/microliter",
    "cells/microliter",
    "ml/min",
    "ml/minute",
    "cc/min",
    "ml/min/1.73m2",
    "ml/min/1.73m^2",
    "ml/min/1.73m²",
    "ml/min/1•73m2",
    "ml/min/m2",
    "mmhg",
    "bpm",
    "beats/min",
    "beats per minute",
    "/min",
    "ms",
    "msec",
    "milliseconds",
    "millisecond",
    "kg/m2",
    "kg/m^2",
    "kg/m²",
    "kg",
    "kgs",
    "lbs",
    "lb",
    "pounds",
    "cm",
    "l",
    "points",
    "point",
    "mm",
    "ppb",
    "u",
    "iu",
    "grams per deciliter",
    "kilograms per square meter",
    "kilograms per meter squared",
    "kilograms per square metre",
    "kilogram per square meter",
    "kilogram per square metre",
)


def _unit_pattern(unit: str) -> str:
    pattern = ""
    for index, char in enumerate(unit):
        if char == "/":
            pattern += r"\s*/\s*"
        elif char == " ":
            pattern += r"\s+"
        elif char == "m" and unit[index + 1 : index + 2] in ("2", "²", "^") and unit[index - 1 : index].isdigit():
            pattern += r"\s?m"
        elif unit[index : index + 2] == "hg" and unit[index - 1 : index] == "m":
            pattern += r"\s?h"
        else:
            pattern += re.escape(char)
    return pattern


_PLAIN_UNIT = (
    "(?:" + "|".join(_unit_pattern(unit) for unit in sorted(_KNOWN_UNITS, key=len, reverse=True)) + r")(?![a-z0-9])"
)
_UNIT = rf"(?:\s*(?:{_POWER}|{_LOST_POWER}|{_ULN}|{_LLN})|\s*{_PLAIN_UNIT})"
_KNOWN_COMPACT = {unit.replace(" ", "") for unit in _KNOWN_UNITS}


@dataclass(frozen=True, slots=True)
class _Unit:
    written: str  # as the source writes it, spaces tidied
    kind: Literal["plain", "uln", "lln", "billion", "trillion", "none"]


def _unit(text: str | None) -> _Unit | None:
    """A value's unit, or None when it is not one this family can say."""
    if not text or not text.strip():
        return _Unit("", "none")
    written = _SPACES.sub(" ", text.strip())
    lowered = written.lower()
    if re.fullmatch(_POWER, lowered) or re.fullmatch(_LOST_POWER, lowered):
        return _Unit(written, "trillion" if re.search(r"12|¹²", lowered) else "billion")
    if re.fullmatch(_ULN, lowered):
        return _Unit(written, "uln")
    if re.fullmatch(_LLN, lowered):
        return _Unit(written, "lln")
    compact = lowered.replace(" ", "")
    if compact in _KNOWN_COMPACT:
        return _Unit(written, "plain")
    return None


class Value(BaseModel):
    model_config = ConfigDict(frozen=True)

    number: str
    unit: str = ""  # as written ("g/dL", "mm Hg"); empty when the source gives none
    kind: Literal["plain", "uln", "lln", "billion", "trillion", "none"] = "none"
    borrowed: bool = False  # the unit is the next value's ("300-1000 ng/dL"): said once, after that one

    def words(self, for_age: bool = False) -> str:
        age = " for your age" if for_age else ""
        if self.kind == "uln":
            return f"{self.number} times the upper limit of normal{age}"
        if self.kind == "lln":
            return f"{self.number} times the lower limit of normal{age}"
        if self.kind in ("billion", "trillion"):
            return f"{self.number} {self.kind} per liter"
        if not self.unit:
            return self.number
        if self.unit.lower() in ("percent", "percentage"):
            return f"{self.number}%"
        if self.unit.startswith(("%", "/")):
            return f"{self.number}{self.unit}"
        return f"{self.number} {self.unit}"


def _given(value: Value | None, form: str) -> Value:
    """A value its limit's form has ("compare" and "equal": `value`; "range" and "outside": `low` and `high`)."""
    if value is None:
        raise ValueError(f"a {form!r} limit without its value")
    return value


class Limit(BaseModel):
    """A comparison, a range, the two sides of a range, or the normal range."""

    model_config = ConfigDict(frozen=True)

    form: Literal["compare", "range", "outside", "normal", "equal"]
    phrase: str | None = None  # compare: "at least"...; normal: "at most" the upper limit, or None for the range
    value: Value | None = None
    low: Value | None = None  # range and outside
    high: Value | None = None
    low_phrase: str = AT_LEAST  # range: "at least" or "more than"; outside: the phrase of the first side written
    high_phrase: str = AT_MOST
    high_first: bool = False  # outside: "more than 170 or less than 90", as written
    for_age: bool = False  # "× ULN for age"
    lln: bool = False  # normal: the lower limit

    def words(self) -> str:
        age = self.for_age
        if self.form == "compare":
            return f"{self.phrase} {_given(self.value, self.form).words(age)}"
        if self.form == "equal":
            return _given(self.value, self.form).words(age)
        if self.form == "normal":
            if self.phrase is None:
                return "in the normal range"
            return (
                f"{self.phrase} the {'lower' if self.lln else 'upper'} limit of normal{' for your age' if age else ''}"
            )
        low_value = _given(self.low, self.form)
        low, high = low_value.words(age), _given(self.high, self.form).words(age)
        if self.form == "range":
            if (self.low_phrase, self.high_phrase) == (AT_LEAST, AT_MOST):
                if low_value.borrowed:
                    return f"{low_value.number} to {high}"
                if low_value.kind == "plain" and not low_value.unit.startswith("%"):
                    return f"{AT_LEAST} {low} and {AT_MOST} {high}"  # "19 kg/m2 to 27 kg/m2" reads as a sum
                return f"{low} to {high}"
            return f"{self.low_phrase} {low} and {self.high_phrase} {high}"
        first, second = (f"{self.high_phrase} {high}", f"{self.low_phrase} {low}")
        if not self.high_first:
            first, second = second, first
        return f"{first} or {second}"

    def upper_only(self) -> bool:
        """A requirement to stay under a value ("at most", "less than")."""
        return (
            self.form == "compare"
            and self.phrase in (AT_MOST, LESS_THAN)
            or self.form == "normal"
            and self.phrase in (AT_MOST, LESS_THAN)
        )

    def lower_only(self) -> bool:
        return self.form == "compare" and self.phrase in (AT_LEAST, MORE_THAN)


Join = Literal["one", "and", "or", "and/or", "/", ","]


class Measured(BaseModel):
    """One measure (or a few sharing one limit: "AST and ALT") against its limit, with what the source adds."""

    model_config = ConfigDict(frozen=True)

    names: tuple[str, ...]
    family: Family
    plural: bool = False
    join: Join = "one"
    limit: Limit
    alternative: Limit | None = None  # the limit that holds where `condition` does
    condition: str | None = None  # "you have Gilbert's syndrome"
    main_condition: str | None = None  # where `limit` holds, when the source says it: "the cancer has not spread ..."
    unless: str | None = None  # "this is caused by Gilbert's syndrome"
    equivalent: str | None = None  # the limit in another unit, as written: "90 g/L"
    setting: str | None = None  # "at rest", "while breathing normal air (no extra oxygen)"
    support: str | None = None  # "without a blood transfusion"
    method: str | None = None  # "worked out with the Cockcroft-Gault formula"
    when: str | None = None  # "at your first study visit", "in the 14 days before you join the study"
    allowance: str | None = None  # a sentence after: "A blood transfusion to reach this level is allowed."
    excluded: bool = False  # the source says "will be excluded": it reads only under the exclusion list

    def subject(self, kind: str) -> str | None:
        """ "your AST and ALT are each", "your AST or ALT is"; None when the join cannot be said under this list."""
        names = list(self.names)
        if len(names) == 1:
            return f"your {names[0]} {'are' if self.plural else 'is'}"
        join = self.join
        if join in ("/", ","):  # "AST/ALT", "AST, ALT": each, as a requirement; either, as a reason to be left out
            if kind == "inclusion" and self.limit.upper_only():
                join = "and"
            elif kind == "exclusion" and self.limit.lower_only() and self.alternative is None:
                join = "or"
            else:
                return None
        elif join == "and" and kind != "inclusion":
            return None  # "AST and ALT > 3 × ULN" as a reason to be left out: both, or either? Unclear.
        listed = ", ".join(names[:-1])
        if join == "and":
            return f"your {listed} and {names[-1]} are each"
        if join == "or":
            return f"your {listed} or {names[-1]} is"
        if join == "and/or" and len(names) == 2 and kind == "exclusion" and self.limit.lower_only():
            return f"your {names[0]}, your {names[1]} or both are"
        return None

    def clause(self, kind: str) -> str | None:
        subject = self.subject(kind)
        if subject is None:
            return None
        parts = [f"{subject} {self.limit.words()}"]
        if self.equivalent:
            parts.append(f" ({self.equivalent})")
        if self.setting:
            parts.append(f" {self.setting}")
        if self.support:
            parts.append(f" {self.support}")
        if self.alternative is not None:
            # Under the inclusion list "or" only widens what is allowed; elsewhere the first limit must say whom it
            # is for, or the second would seem to add to it.
            main = self.main_condition or (None if kind == "inclusion" else _negated(self.condition or ""))
            if main is None and kind != "inclusion":
                return None
            if main:
                parts.append(f" if {main}")
            parts.append(f", or if {self.condition}, {self.alternative.words()}")
        elif self.main_condition:
            return None
        if self.unless:
            parts.append(f", unless {self.unless}")
        if self.method and self.when and self.method.startswith("measured "):
            parts.append(f", {self.method} {self.when}")  # ", measured by an echocardiogram at the start of the study"
        else:
            if self.method:
                parts.append(f", {self.method}")
            if self.when:
                parts.append(f", measured {self.when}")
        return "".join(parts)


@dataclass(frozen=True, slots=True)
class _Head:
    """What a head before the limits says: a sentence of its own ("Your bone marrow works well enough.") or a
    named state the limits define ("You have anemia (too few red blood cells).")."""

    sentence: str
    defines: bool  # a named state: the limits follow as "This means ..."


class Limits(Fact):
    """Measures against limits, as one criterion states them."""

    head: str | None = None  # the head's own sentence
    defines: bool = False
    implied: bool = False  # the measure is the head's ("Hypotension (less than 90/50 mmHg)"): not named again
    items: tuple[Measured, ...]
    # "and/or": either or both. Under "You cannot join if" that is "or"; under "all of these" it is no plain "and".
    joiner: Literal["one", "and", "or", "and/or", ","] = "one"

    def family(self) -> Family:
        families = {item.family for item in self.items}
        return "lab" if "lab" in families or not families else "vital" if "vital" in families else "score"

    def sentence(self) -> str:
        return self.sentence_in("other") or self.sentence_in("inclusion") or ""

    def sentence_in(self, kind: str) -> str | None:
        if kind != "exclusion" and any(item.excluded for item in self.items):
            return None
        said = [item.clause(kind) for item in self.items]
        clauses = [clause for clause in said if clause is not None]
        if len(clauses) != len(said):
            return None
        allowances = [item.allowance for item in self.items]
        if any(allowances[:-1]) and not (kind == "inclusion" and self.joiner in ("and", ",")):
            return None  # "A transfusion to reach this level is allowed" would not say which level
        if len(clauses) == 1:
            body = [clauses[0]]
        elif self.joiner == "or" or (self.joiner == "and/or" and kind == "exclusion"):
            if any(other.startswith(one) for index, one in enumerate(clauses) for other in clauses[index + 1 :]):
                return None  # "Measured CrCl > 40 or calculated CrCl > 40 by Cockcroft-Gault": what tells them apart is lost
            body = [", or ".join(clauses)]
        elif self.joiner == "and/or":
            return None
        elif kind == "inclusion":  # all of them: short sentences, under "all of these are true"
            if any(
                getattr(self.items[-1], field) and not all(getattr(item, field) for item in self.items)
                for field in ("when", "setting")
            ):
                return None  # "A ≥ x and B ≥ y at screening": its own sentence would tie "at screening" to B alone
            body = clauses
        elif self.joiner == "and":
            body = [", ".join(clauses[:-1]) + ", and " + clauses[-1]]
        else:
            return None  # a bare comma list under "any of these": all, or any? Unclear.
        if self.defines and len(body) > 1:
            return None
        sentences = [capitalised(text) + "." for text in body]
        extras = [allowance for allowance in allowances if allowance]
        if len(body) == len(self.items) > 1:  # one sentence a limit: each allowance right after its own
            sentences = [
                part
                for text, allowance in zip(sentences, allowances, strict=True)
                for part in (text, allowance)
                if part
            ]
            extras = []
        if (
            self.head
            and self.defines
            and self.implied
            and len(self.items) == 1
            and not extras
            and body[0].count(",") == 0
        ):
            # "You have low blood pressure (less than 90/50 mm Hg)."
            limit = self.items[0].limit.words()
            sentences = [f"{self.head.rstrip('.')} ({limit}{_rest_of(body[0], self.items[0])})."]
        elif self.head and self.defines:
            sentences = [self.head, "This means " + body[0] + "."]
        elif self.head:
            sentences.insert(0, self.head)
        return " ".join(sentences + extras)


def _rest_of(clause: str, item: Measured) -> str:
    """What a clause says after its limit ("at rest", ", measured at your first study visit")."""
    said = f"{item.limit.words()}"
    return clause[clause.index(said) + len(said) :] if said in clause else ""


# --- Heads: what the limits show ------------------------------------------------------------------------------------

_ORGANS = {
    "renal": "kidneys",
    "kidney": "kidneys",
    "hepatic": "liver",
    "liver": "liver",
    "bone marrow": "bone marrow",
    "marrow": "bone marrow",
    "hematologic": "blood counts",
    "hematological": "blood counts",
    "hematopoietic": "blood counts",
    "organ": "organs",
    "end-organ": "organs",
    "end organ": "organs",
    "major organ": "organs",
    "cardiac": "heart",
    "heart": "heart",
    "coagulation": "blood clotting",
    "pulmonary": "lungs",
    "lung": "lungs",
    "bone marrow reserve": "bone marrow",
}
_ORGAN_WORD = (
    r"(?:bone marrow(?: reserve)?|marrow|major organ|organ|end[- ]organ|renal|kidney|hepatic|liver|ha?ematologic(?:al)?|"
    r"ha?ematopoietic|cardiac|heart|coagulation|pulmonary|lung)"
)


# How well organs work, as the source says it: (pattern, how they work, whether it is said with "not").
_QUALITIES = (
    (r"adequate|sufficient|acceptable|satisfactory|good|appropriate", "well enough", False),
    (r"normal", "normally", False),
    (r"inadequate|insufficient|impaired|poor", "well enough", True),
    (r"abnormal", "normally", True),
)
_QUALITY = "|".join(pattern for pattern, _, _ in _QUALITIES)


class OrganFunction(Fact):
    organs: tuple[str, ...]  # plain: "kidneys", "liver", "bone marrow", "blood counts", "organs"
    how: str = "well enough"  # or "normally"
    negative: bool = False  # "Inadequate organ function": they do not
    joiner: str = "and"  # "or" in "Inadequate organ or bone marrow function"
    basis: str | None = None  # ", as the study's plan defines it"
    when: str | None = None  # "in the 14 days before you join the study"

    def sentence(self) -> str:
        organs = (
            self.organs[0]
            if len(self.organs) == 1
            else ", ".join(self.organs[:-1]) + f" {self.joiner} " + self.organs[-1]
        )
        plural = len(self.organs) > 1 or self.organs[0] in ("kidneys", "organs", "lungs", "blood counts")
        verb = ("do not work" if plural else "does not work") if self.negative else ("work" if plural else "works")
        basis = self.basis or ""
        when = f", shown by tests {self.when}" if self.when else ""
        return f"Your {organs} {verb} {self.how}{basis}{when}."


def _organs(what: str) -> tuple[tuple[str, ...], str] | None:
    """ "hematological, renal and hepatic" -> (("blood counts", "kidneys", "liver"), "and")."""
    joiner = "or" if re.search(r"\bor\b", what, re.IGNORECASE) else "and"
    if joiner == "or" and re.search(r"\band\b|&", what, re.IGNORECASE):
        return None
    parts = [
        part.strip().lower()
        for part in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*", what)
        if part.strip()
    ]
    parts = [re.sub(r"\s+(?:function|functions|reserve)$", "", part) for part in parts]
    parts = [re.sub(r"hematological", "hematologic", part.replace("haem", "hem")).replace("-", " ") for part in parts]
    if not parts or any(part not in _ORGANS and part.replace(" ", "-") not in _ORGANS for part in parts):
        return None
    return tuple(dict.fromkeys(_ORGANS.get(part) or _ORGANS[part.replace(" ", "-")] for part in parts)), joiner


def _quality(word: str) -> tuple[str, bool]:
    return next((how, negative) for pattern, how, negative in _QUALITIES if re.fullmatch(pattern, word, re.IGNORECASE))


# After "adequate organ function": a pointer to what follows, whose rule it is, or when the tests are done.
_ORGAN_TAIL = re.compile(
    r"^(?:,?\s*(?:as\s+)?(?:described|specified|defined|listed|shown)(?:\s+(?:below|as follows|by the following))?)?"
    r"(?:(?P<protocol>,?\s*(?:as\s+)?(?:defined\s+(?:by|in)\s+the\s+protocol|per\s+protocol|as\s+per\s+protocol))"
    r"|(?P<labs>,?\s*according to (?:the )?laboratory tests))?"
    r"(?:,?\s*(?P<when>(?:at|within|in|during)\s.+))?$",
    re.IGNORECASE,
)


def _organ_function(match: re.Match) -> OrganFunction | None:
    organs = _organs(match["what"])
    if organs is None:
        return None
    how, negative = _quality(match["quality"])
    if organs[1] == "or" and not negative:
        return None  # "adequate liver or kidney function": one of them is enough? Unclear.
    tail = _ORGAN_TAIL.match(match["tail"] or "")
    if tail is None:
        return None
    when = None
    if tail["when"]:
        when = _when(tail["when"])
        if when is None:
            return None
    basis = ", as the study's plan defines it" if tail["protocol"] else ", shown by lab tests" if tail["labs"] else None
    return OrganFunction(organs=organs[0], how=how, negative=negative, joiner=organs[1], basis=basis, when=when)


# Named states a limit defines, in plain words, with the measure they imply when the source names none.
_STATES: tuple[tuple[str, str, str | None], ...] = (
    (r"an(?:a)?emia", "anemia (too few red blood cells)", None),
    (r"polycyth(?:a)?emia|erythrocytosis", "too many red blood cells (polycythemia)", None),
    (r"thrombo(?:cyto)?penia", "a low platelet count", "platelet count"),
    (r"neutropenia", "a low neutrophil count", "neutrophil count"),
    (r"(?:untreated )?hypogonadism|hypotestosteronemia|low testosterone", "low testosterone", "testosterone"),
    (r"hyperprolactin(?:a)?emia", "high prolactin (hyperprolactinemia)", "prolactin"),
    (r"hyperkal(?:a)?emia", "high potassium (hyperkalemia)", "potassium"),
    (r"hypokal(?:a)?emia", "low potassium (hypokalemia)", "potassium"),
    (
        r"(?:renal|kidney) (?:impairment|insufficiency|dysfunction)|impaired renal function|poor kidney function|"
        r"abnormal renal function",
        "kidney problems",
        None,
    ),
    (
        r"(?:hepatic|liver) (?:impairment|insufficiency|dysfunction)|impaired (?:hepatic|liver) function|"
        r"abnormal liver function",
        "liver problems",
        None,
    ),
    (r"end[- ]stage renal disease", "end-stage kidney disease (kidney failure)", None),
    (r"obesity", "obesity", "BMI"),
    # "resting": the reading is taken at rest, which a limit in the brackets may not say again (NCT03406169).
    (r"resting sitting hypotension", "low blood pressure when sitting at rest", "blood pressure"),
    (r"resting sitting hypertension", "high blood pressure when sitting at rest", "blood pressure"),
    (r"resting hypotension", "low blood pressure at rest", "blood pressure"),
    (r"resting hypertension", "high blood pressure at rest", "blood pressure"),
    (r"hypotension", "low blood pressure", "blood pressure"),
    (r"hypertension|arterial hypertension", "high blood pressure", "blood pressure"),
    (r"bradycardia", "a slow heart rate", "heart rate"),
    (r"tachycardia", "a fast heart rate", "heart rate"),
    (r"hypoxemia|hypoxaemia", "low blood oxygen", "oxygen saturation"),
    (r"diabetes(?: mellitus)?|dm", "diabetes", None),
    (r"abnormal cardiac function|cardiac dysfunction|abnormal heart function", "heart problems", None),
)
_STATE_QUALIFIERS = (
    (r"uncontrolled|not controlled", "that is not controlled"),
    (r"poorly controlled", "that is poorly controlled"),
    (r"inadequately controlled|not well controlled|not adequately controlled", "that is not well controlled"),
    (r"decompensated", "that is out of control (decompensated)"),
    (r"untreated", "that is untreated"),
    (r"severe", "severe"),
    (r"mild", "mild"),
)
_STATE = re.compile(
    r"^(?:(?:presence of|evidence of|patients? with|subjects? with|has|have|had)\s+)?"
    r"(?P<q>(?:(?:uncontrolled|poorly controlled|inadequately controlled|not well controlled|decompensated|untreated|"
    r"severe|mild|currently uncontrolled)\s+)?)"
    r"(?P<state>" + "|".join(pattern for pattern, _, _ in _STATES) + r")"
    r"(?P<q2>\s+(?:that is\s+)?(?:uncontrolled|not controlled))?$",
    re.IGNORECASE,
)


def _state(text: str) -> tuple[str, str | None] | None:
    """A named state ("Uncontrolled hypertension") -> (its plain sentence, the measure it implies) or None."""
    match = _STATE.match(text.strip())
    if not match:
        return None
    state = match["state"].lower()
    found = next(((plain, implied) for pattern, plain, implied in _STATES if re.fullmatch(pattern, state)), None)
    if found is None:
        return None
    plain, implied = found
    qualifier = (match["q"] or "").strip().lower().replace("currently ", "") or (match["q2"] or "").strip().lower()
    words = ""
    if qualifier:
        for pattern, said in _STATE_QUALIFIERS:
            if re.fullmatch(pattern, qualifier.replace("that is ", "")):
                words = said
                break
        else:
            return None
    if words in ("severe", "mild"):
        sentence = f"You have {words} {plain}."
    elif words:
        sentence = f"You have {plain} {words}."
    else:
        sentence = f"You have {plain}."
    if plain == "diabetes" and not words:
        return None  # "Diabetes (HbA1c > 8%)": whether the limit defines diabetes or a kind of it is unclear
    return sentence, implied


# What may come between a head and its limits ("Renal function: ...", "... as defined by ...", "..., i.e. ...").
_HEAD_SEPARATOR = re.compile(
    r"\s*(?:[:：]|\s-\s|,?\s+(?:as\s+)?(?:defined|shown|evidenced|indicated|demonstrated|documented|determined)\s+(?:as|by)"
    r"(?:\s+(?:the\s+)?following(?:\s+criteri(?:on|a)|\s+laboratory values|\s+tests)?)?\s*:?|,?\s+(?:i\.?\s?e\.?|that is),?)"
    r"\s+(?=\S)",
    re.IGNORECASE,
)
_HEAD_WITH = re.compile(r"\s+(?:with|as evidenced by)\s+(?=\S)", re.IGNORECASE)
_NOT_IN_HEAD = re.compile(r"[:;()]")


@dataclass(frozen=True, slots=True)
class _HeadSplit:
    head: str
    body: str
    rest: str = ""  # after the brackets of a bracketed body
    bracketed: bool = False


def _head_splits(text: str) -> list[_HeadSplit]:
    """The ways a head may come before the limits: "Head (limits) rest", "Head: limits", "Head with limits"."""
    found = []
    opening = text.find("(")
    if opening >= 3:
        head = text[:opening].rstrip()
        closing = _mask(text).find(")", opening)
        if 3 <= len(head) <= 80 and not _NOT_IN_HEAD.search(head) and closing > 0:
            found.append(_HeadSplit(head, text[opening + 1 : closing], text[closing + 1 :], bracketed=True))
    for pattern, longest in ((_HEAD_SEPARATOR, 80), (_HEAD_WITH, 60)):
        match = pattern.search(text, 3, longest + 60)
        if match and 3 <= match.start() <= longest and not _NOT_IN_HEAD.search(text[: match.start()]):
            found.append(_HeadSplit(text[: match.start()], text[match.end() :]))
    return found


# Heads that only name the group of tests ("Renal function:", "Hematologic parameters:"): the limits say it all.
_LABEL_HEAD = re.compile(
    rf"^(?:{_ORGAN_WORD}|hematology|haematology|hemogram(?: index)?|blood counts?|blood routine(?: examination)?|"
    r"biochemistry|biochemical examination|chemistry|liver|kidney|clotting|coagulation function|laboratory values?|"
    r"lab values?|laboratory|labs?|cardiac ultrasound|echocardiography|heart|cardiac)"
    r"(?:\s+(?:function|functions|parameters|tests?|values|panel|status|index|reserve))?$",
    re.IGNORECASE,
)


def _head(text: str) -> _Head | None | Literal[False]:
    """A head before limits: its sentence, None for a bare label, False when it says something unknown."""
    text = text.strip().replace("haem", "hem")
    if _LABEL_HEAD.match(text):
        return None
    good = re.fullmatch(
        rf"(?:(?:has|have|with|must have)\s+)?(?P<quality>{_QUALITY})\s+(?P<what>{_ORGAN_WORD}(?:\s+(?:function|functions|reserve))?"
        rf"(?:(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_ORGAN_WORD}(?:\s+(?:function|functions|reserve))?)*)"
        r"(?:\s+(?:function|functions|status|reserve))?",
        text,
        re.IGNORECASE,
    )
    if good:
        organs = _organs(good["what"])
        how, negative = _quality(good["quality"])
        if organs and not negative:
            return _Head(OrganFunction(organs=organs[0], how=how, joiner=organs[1]).sentence(), defines=False)
        if not negative:
            return False
        # "Impaired renal function defined as ...": a state the limits define, read below.
    state = _state(text)
    if state:
        return _Head(state[0], defines=True)
    return False


# --- What the source may add after a limit ---------------------------------------------------------------------------

_EVENTS = (
    (
        r"(?:study )?enrol?(?:l)?ment|registration|(?:study )?entry|entry into (?:the )?study|accrual|inclusion|"
        r"randomi[sz]ation|study start|joining the study|start of (?:the )?study",
        "you join the study",
    ),
    (
        r"(?:the )?(?:first|1st|initial) dose(?: of (?:the )?study (?:drug|treatment|medication|intervention|therapy))?|"
        r"(?:the )?start of (?:the )?(?:study )?(?:treatment|therapy|drug)|(?:study )?treatment (?:start|initiation)|"
        r"initiation of (?:the )?(?:study )?(?:treatment|therapy|drug)|"
        r"starting (?:study )?(?:treatment|therapy)|cycle 1,? day 1|c1d1|day 1|treatment",
        "your first study treatment",
    ),
    (r"screening(?: visit)?|(?:the )?first (?:study )?visit", "your first study visit"),
    (r"surgery", "your surgery"),
)
_EVENT = "|".join(f"(?:{pattern})" for pattern, _ in _EVENTS)
_UNITS_OF_TIME = r"days?|d|weeks?|wks?|months?|hours?|hrs?|h"
_TIME_UNIT_WORDS = {"d": "day", "wk": "week", "wks": "week", "hr": "hour", "hrs": "hour", "h": "hour"}
_WINDOW = re.compile(
    r"^(?:(?:collected|measured|obtained|performed|done|tested|assessed|evaluated)\s+)?"
    r"(?:within|in)\s+(?:the\s+)?(?:(?P<last>last|past|previous|prior)\s+)?(?P<n>\d+|one|two|three|four|six|seven|fourteen|"
    r"twenty-eight)\s*(?P<unit>" + _UNITS_OF_TIME + r")"
    r"(?:\s+(?:prior to|before|of|preceding)\s+(?:the\s+)?(?:date of\s+)?(?P<event>" + _EVENT + r"))?$",
    re.IGNORECASE,
)
_COUNT_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "six": "6",
    "seven": "7",
    "fourteen": "14",
    "twenty-eight": "28",
}
_AT = re.compile(
    r"^(?:(?:as\s+)?(?:measured|assessed|obtained|evaluated|tested)\s+)?(?:at|during|in|on)\s+(?:the\s+)?(?:time of\s+)?"
    r"(?P<what>screening(?: visit| phase(?: visit)?| period)?|baseline|study entry|visit (?P<visit>\d|one|two|three)"
    r"|(?:the )?screening (?:visit|period)|enrol?lment|randomi[sz]ation|inclusion"
    r"|(?P<treatment>(?:the )?start of (?:the )?treatment(?: period)?))$",
    re.IGNORECASE,
)
_WHEN_PREFIX = re.compile(
    r"^(?P<when>baseline|screening|pre-?operative|preoperative|pre-surgical|presurgical|post-?operative|postoperative"
    r"|pre-?treatment)\s+",
    re.IGNORECASE,
)
_PREFIX_WHEN = {
    "baseline": "at the start of the study",
    "screening": "at your first study visit",
    "pre": "before your surgery",
    "post": "after your surgery",
}


def _when(text: str) -> str | None:
    text = text.strip()
    window = _WINDOW.match(text)
    if window:
        number = _COUNT_WORDS.get(window["n"].lower(), window["n"])
        unit = _TIME_UNIT_WORDS.get(window["unit"].lower(), window["unit"].lower())
        span = plural(number, unit)
        if window["event"]:
            for pattern, words in _EVENTS:
                if re.fullmatch(pattern, window["event"], re.IGNORECASE):
                    return f"in the {span} before {words}"
            return None
        return f"in the last {span}"
    at = _AT.match(text)
    if at:
        what = at["what"].lower()
        if at["visit"]:
            visit = {"one": "1", "two": "2", "three": "3"}.get(at["visit"].lower(), at["visit"])
            return f"at study visit {visit}"
        if at["treatment"]:
            return "when your study treatment starts"
        if "screening" in what:
            return "at your first study visit"
        if what in ("enrollment", "enrolment", "randomization", "randomisation", "inclusion", "study entry"):
            return "when you join the study"
        return "at the start of the study"
    return None


_METHODS = (
    (r"cockcroft[- ]?(?:and[- ])?gault|cockroft[- ]gault", "worked out with the Cockcroft-Gault formula"),
    (r"ckd-epi", "worked out with the CKD-EPI formula"),
    (r"mdrd", "worked out with the MDRD formula"),
    (r"(?:bedside )?schwartz", "worked out with the Schwartz formula"),
    (
        r"(?:an? )?(?:echo(?:cardiogram|cardiography)?|ultrasound|echo)(?: or | and/or |/)(?:an? )?(?:muga|"
        r"multi(?:ple)?-?\s?gated acquisition(?: \(muga\))?(?: scan)?)(?: scan)?|"
        r"(?:an? )?(?:muga|multi(?:ple)?-?\s?gated acquisition(?: scan)?)(?: scan)?(?: or | and/or |/)(?:an? )?"
        r"(?:echo(?:cardiogram|cardiography)?)",
        "measured by an echocardiogram or MUGA scan",
    ),
    (r"echo(?:cardiogram|cardiography)?", "measured by an echocardiogram"),
    (r"fridericia'?s?|friedericia'?s?", "corrected by Fridericia's formula"),
    (r"bazett'?s?|bazzett'?s?", "corrected by Bazett's formula"),
    # "on screening ECG", "in the screening ECG", "from 3 electrocardiograms (ECGs)": the heart tracing it is read from.
    (
        r"screening (?:12-lead )?(?:ecg|electrocardiogram)|(?:12-lead )?(?:ecg|electrocardiogram) at screening",
        "measured on a heart tracing (ECG) at your first study visit",
    ),
    (r"(?:3|three) (?:12-lead )?(?:ecgs|electrocardiograms)(?: \(ecgs\))?", "measured on 3 heart tracings (ECGs)"),
    (r"(?:a |the )?(?:12-lead )?(?:ecg|electrocardiogram)(?: \(ecg\))?", "measured on a heart tracing (ECG)"),
)
_METHOD = re.compile(
    r"^(?:(?:as\s+)?(?:calculated|estimated|measured|assessed|determined|confirmed|obtained)\s+)?(?:by|using|per|with|via|"
    r"according to|as per|on|in|from)?\s*(?:the\s+)?(?:either\s+)?(?P<method>"
    + "|".join(pattern for pattern, _ in _METHODS)
    + r")"
    r"(?:\s+(?:formula|equation|method|correction|correction formula|scan))?$",
    re.IGNORECASE,
)


def _method(text: str) -> str | None:
    match = _METHOD.match(text.strip())
    if not match:
        return None
    for pattern, words in _METHODS:
        if re.fullmatch(pattern, match["method"], re.IGNORECASE):
            return words
    return None


# Whom a second limit is for.
# Whom a second limit is for: (pattern, the condition in words, the same when it is only known, its negation).
_CONDITIONS = (
    (
        r"gilbert'?s?'? (?:syndrome|disease)(?: \([^)]*\))?(?: is present)?",
        "you have Gilbert's syndrome",
        "you are known to have Gilbert's syndrome",
        "you do not have Gilbert's syndrome",
    ),
    (
        r"(?:liver|hepatic) (?:metastases|metastasis|mets)(?: (?:are|is) present)?",
        "the cancer has spread to your liver",
        "the cancer is known to have spread to your liver",
        "the cancer has not spread to your liver",
    ),
    (
        r"bone metastases(?: (?:are|is) present)?",
        "the cancer has spread to your bones",
        "the cancer is known to have spread to your bones",
        "the cancer has not spread to your bones",
    ),
)
# Whom a limit is for, by sex: "(females)", "for male patients".
_SEXES = (
    (r"(?:for |in )?(?:males?|men|male patients|male participants|male subjects)", "you are a man"),
    (r"(?:for |in )?(?:females?|women|female patients|female participants|female subjects)", "you are a woman"),
)
_CONDITION_LEAD = re.compile(
    r"^(?:(?:for|in) (?:patients|participants|subjects|those|people)(?: with| who have)|in the presence of|if(?: there (?:is|are))?|"
    r"with|(?:for|in) case of|for)\s+(?P<known>(?:known|documented|confirmed|demonstrable|demonstrated)\s+)?(?P<what>.+)$",
    re.IGNORECASE,
)
_NOT_CONDITION = re.compile(
    r"^(?:(?:for|in) (?:patients|participants|subjects|those) without|in the absence of|if no|if there (?:is|are) no|"
    r"without)\s+(?:(?:demonstrable|known|documented)\s+)?(?P<what>.+)$",
    re.IGNORECASE,
)


def _condition(text: str) -> str | None:
    for pattern, words in _SEXES:
        if re.fullmatch(pattern, text.strip(), re.IGNORECASE):
            return words
    match = _CONDITION_LEAD.match(text.strip())
    if match is None:
        return None
    for pattern, words, known, _ in _CONDITIONS:
        if re.fullmatch(pattern, match["what"].strip(), re.IGNORECASE):
            return (
                known
                if match["known"] and match["known"].strip().lower() in ("known", "documented", "confirmed")
                else words
            )
    return None


def _not_condition(text: str) -> str | None:
    match = _NOT_CONDITION.match(text.strip())
    if not match:
        return None
    for pattern, _, _, negated in _CONDITIONS:
        if re.fullmatch(pattern, match["what"].strip(), re.IGNORECASE):
            return negated
    return None


def _negated(condition: str) -> str | None:
    for _, words, known, negated in _CONDITIONS:
        if condition in (words, known):
            return negated
    return None


_UNLESS = re.compile(
    r"^unless (?:it is |this is )?(?:due to|attributable to|caused by|because of) (?:known |documented )?"
    r"gilbert'?s?'? (?:syndrome|disease)$",
    re.IGNORECASE,
)
_SUPPORTS = (
    (
        r"without (?:wbc |white blood cell |g-csf |granulocyte )?growth factors?(?: support)?",
        "without medicine to raise it (growth factors)",
    ),
    (r"without (?:red blood cell |rbc |blood |platelet )?transfusions?(?: support)?", "without a blood transfusion"),
    (r"transfusion independent", "without needing blood transfusions"),
)
_ALLOWANCES = (
    r"(?:note:\s*)?(?:the )?(?:use of )?(?:red blood cell |rbc |blood )?transfusions?"
    r"(?: to (?:achieve|reach|meet)[^()]*)? (?:is|are) (?:allowed|acceptable|permitted)"
    r"|(?:patients |participants |subjects )?(?:may|can) (?:be|receive) (?:a )?(?:blood )?transfus(?:ed|ion)"
    r"(?: to (?:achieve|reach|meet|maintain)[^()]*)?|transfusion is allowed to achieve this (?:hb|hgb|hemoglobin|level)"
)
_OR_OTHER_INTERVENTION = (
    r"(?:note:\s*)?(?:the )?(?:use of )?(?:red blood cell |rbc |blood )?transfusions? or other interventions?"
    r"(?: to (?:achieve|reach|meet)[^()]*)? (?:is|are) (?:allowed|acceptable|permitted)"
)
_SETTINGS = (
    (
        r"(?:of |% of )?(?:the )?(?:local )?predicted(?: normal)?(?: values?)?|% predicted|of predicted normal(?: values?)?",
        "of the value expected for someone like you",
    ),
    (r"at rest", "at rest"),
    (
        r"(?:on|at|breathing) room air|on ambient air|without (?:supplemental|extra) oxygen",
        "while breathing normal air",
    ),
)


@dataclass
class _Tail:
    equivalent: str | None = None
    setting: str | None = None
    support: str | None = None
    method: str | None = None
    when: str | None = None
    for_age: bool = False
    allowance: str | None = None
    unless: str | None = None
    condition: str | None = None  # a bare condition after an alternative limit: "if liver metastases"
    not_condition: str | None = None  # "if no liver metastases", after the main limit
    alternative: Limit | None = None  # "(≤ 3 × ULN for patients with Gilbert's syndrome)"
    inclusive: bool = False
    excluded: bool = False  # "... will be excluded": true only under the exclusion list


_TAIL_PIECE = re.compile(r"\s*(?:\((?P<paren>[^()]*(?:\([^()]*\)[^()]*)*)\)|(?P<comma>,)|(?P<word>[^,()]+))")


# Brackets that only abbreviate the words before them: "echocardiogram (ECHO)", "(ULN)".
_GLOSS_BRACKETS = re.compile(r"\s*\((?:echo|muga|ekg|ecg|uln|iuln|lln|echo; preferred)\)", re.IGNORECASE)


def _tail(text: str, limit: Limit | None) -> _Tail | None:
    """What the source adds after a limit, each piece from a table; None when a piece is not one of them."""
    read = _read_tail(text, limit)
    return replace(read) if read is not None else None


@lru_cache(maxsize=2048)
def _read_tail(text: str, limit: Limit | None) -> _Tail | None:
    tail = _Tail()
    text = _GLOSS_BRACKETS.sub("", text).strip()
    if not text:
        return tail
    matches = list(_TAIL_PIECE.finditer(text))
    if "".join(match.group(0) for match in matches).strip() != text:
        return None
    for match in matches:
        if match.group("comma") is not None:
            continue
        if match.group("paren") is not None:
            piece = match.group("paren").strip().rstrip(".;")
            if piece and not _tail_piece(piece, tail, limit, bracketed=True) and not _tail_words(piece, tail, limit):
                return None
            continue
        piece = match.group("word").strip().rstrip(".;")
        if piece and not _tail_words(piece, tail, limit):
            return None
    return tail


# Where a run of words after a limit may hold two pieces ("for age unless due to Gilbert's syndrome").
_PIECE_START = re.compile(
    r"\s+(?=(?:unless|if|for|in|at|within|without|during|on|using|by|measured|calculated|as|according|"
    r"while|after|before|prior|obtained|collected|assessed|is|are)\b)",
    re.IGNORECASE,
)


def _tail_words(piece: str, tail: _Tail, limit: Limit | None) -> bool:
    """A run of words: one piece, or two or more read one after the other."""
    trial = replace(tail)
    if _tail_piece(piece, trial, limit):
        _copy(trial, tail)
        return True
    if piece.count(" ") > 14:
        return False  # longer than any two pieces of the tables: not worth trying each way to cut it
    for split in _PIECE_START.finditer(piece):
        trial = replace(tail)
        if _tail_piece(piece[: split.start()].strip(), trial, limit) and _tail_words(
            piece[split.end() :], trial, limit
        ):
            _copy(trial, tail)
            return True
    return False


def _copy(source: _Tail, target: _Tail) -> None:
    for field in fields(_Tail):
        setattr(target, field.name, getattr(source, field.name))


# Pieces said by a fixed phrase: (group, pattern). One scan tells which, if any, a piece is.
_FIXED_PIECES = (
    ("inclusive", r"(?:both\s+)?inclusive|inclusive of both|both limits included"),
    (
        "noise",
        r"(?:is|are) (?:acceptable|allowed|permitted)|(?:see )?appendix [a-z0-9]+|refer to appendix [a-z0-9]+|i?uln"
        r"|upper limit of normal(?: value)?|upper limit of normal \(uln\)",
    ),
    ("age", r"for age|for (?:the )?(?:patient'?s )?age"),
    ("excluded", r"(?:will|would) (?:also )?be excluded|(?:is|are) (?:also )?excluded"),
    ("site", r"(?:for|of) (?:the )?(?:institution|laboratory|lab|site)|institutional"),
    *((f"setting{index}", pattern) for index, (pattern, _) in enumerate(_SETTINGS)),
    *((f"support{index}", pattern) for index, (pattern, _) in enumerate(_SUPPORTS)),
    # "(Use of transfusion or other intervention to achieve Hgb ≥ 8.0 g/dl is acceptable)" (NCT05278052, sample 24:
    # LOSSY as a transfusion alone)
    ("transfusion_or_other", _OR_OTHER_INTERVENTION),
    ("transfusion", _ALLOWANCES),
    *(
        (
            name,
            rf"(?:the )?use of {kind}growth factors? (?:prior to and during|before and during) the study is "
            r"(?:acceptable|allowed|permitted)",
        )
        for name, kind in (
            ("growth", "(?:hematopoietic )?"),
            ("growth_platelets", "platelet "),
            ("growth_white", "granulocyte "),
        )
    ),
)
_FIXED = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _FIXED_PIECES))
# Which cells the allowed medicines make is the allowance: "platelet growth factors" are not all of them (NCT02227251).
_GROWTH_FACTORS = {
    "growth": "Medicines that help your body make blood cells (growth factors) are allowed before and during the study.",
    "growth_platelets": "Medicines that help your body make platelets (platelet growth factors) are allowed before and "
    "during the study.",
    "growth_white": "Medicines that help your body make white blood cells (granulocyte growth factors) are allowed "
    "before and during the study.",
}
_EQUIVALENT = re.compile(
    rf"(?:(?P<cmp>{COMPARISON})\s*)?(?P<n>{NUMBER})\s*(?P<u>{_PLAIN_UNIT}|{_POWER}|{_LOST_POWER})", re.IGNORECASE
)


def _tail_piece(piece: str, tail: _Tail, limit: Limit | None, bracketed: bool = False) -> bool:
    lowered = piece.lower()
    fixed = _FIXED.fullmatch(lowered)
    if fixed:
        if fixed.lastgroup is None:  # each of _FIXED's alternatives is a named group
            raise ValueError(f"no fixed piece named in {piece!r}")
        return _fixed_piece(fixed.lastgroup, tail)
    if limit is not None and tail.alternative is None and (alternative := _alternative(piece)):
        tail.alternative, tail.condition = alternative
        return True
    if (when := _when(piece)) and tail.when is None:
        tail.when = when
        return True
    if (method := _method(piece)) and tail.method is None:
        tail.method = method
        return True
    if _UNLESS.match(piece) and tail.unless is None:
        tail.unless = "this is caused by Gilbert's syndrome"
        return True
    if (condition := _condition(piece)) and tail.condition is None:
        tail.condition = condition
        return True
    if (negated := _not_condition(piece)) and tail.not_condition is None:
        tail.not_condition = negated
        return True
    said_or = lowered.startswith("or ")
    if not bracketed and not said_or:
        return False  # a value in the sentence's own words is not the limit in another unit
    equivalent = _EQUIVALENT.fullmatch(piece[3:].lstrip() if said_or else piece)
    if equivalent and tail.equivalent is None and limit is not None and limit.form == "compare":
        unit = _unit(equivalent["u"])
        if unit is None or unit.kind == "none":
            return False
        if equivalent["cmp"] and comparison_phrase(equivalent["cmp"]) != limit.phrase:
            return False
        if said_or and (
            limit.value is None or unit.written.lower().replace(" ", "") == limit.value.unit.lower().replace(" ", "")
        ):
            return False  # "more than 300 ng/dL or 1000 ng/dL" is not one limit in two units
        value = Value(number=equivalent["n"], unit=unit.written, kind=unit.kind).words()
        tail.equivalent = f"{limit.phrase} {value}" if equivalent["cmp"] else value
        return True
    return False


def _fixed_piece(group: str, tail: _Tail) -> bool:
    if group == "inclusive":
        tail.inclusive = True
    elif group == "age":
        tail.for_age = True
    elif group == "excluded":
        tail.excluded = True
    elif group.startswith("setting"):
        if tail.setting is not None:
            return False
        tail.setting = _SETTINGS[int(group[7:])][1]
    elif group.startswith("support"):
        if tail.support is not None:
            return False
        tail.support = _SUPPORTS[int(group[7:])][1]
    elif group in ("transfusion", "transfusion_or_other") or group in _GROWTH_FACTORS:
        if tail.allowance is not None:
            return False
        tail.allowance = (
            "A blood transfusion to reach this level is allowed."
            if group == "transfusion"
            else "A blood transfusion or another treatment to reach this level is allowed."
            if group == "transfusion_or_other"
            else _GROWTH_FACTORS[group]
        )
    return True


def _alternative(piece: str) -> tuple[Limit, str] | None:
    """ "≤ 3 × ULN for patients with Gilbert's syndrome", "at most 5x ULN is acceptable if liver metastases are present"."""
    piece = re.sub(r"^(?:note:\s*|or\s+|but\s+)", "", piece.strip(), flags=re.IGNORECASE)
    match = _BOUND.match(piece)
    if not match or match.start() != 0:
        return None
    limit, end = _limit(match)
    if limit is None:
        return None
    rest = re.sub(
        r"^\s*(?:(?:is|are|will be) (?:acceptable|allowed|permitted)\s+)?", "", piece[end:], flags=re.IGNORECASE
    )
    condition = _condition(rest)
    return (limit, condition) if condition else None


# --- Bounds: where a limit is written --------------------------------------------------------------------------------

_V = r"(?P<{n}>{num})(?P<{u}>{unit})?"
# A blood pressure pair, "140/90": read as one value, kept only for a blood pressure.
_PAIR = r"\d{2,3}\s*/\s*\d{2,3}(?!\d)"
# A number with its thousands spaced, "100 000/µL": only before a unit of counts.
_SPACED = r"\d{1,3}(?: \d{3})+(?=\s*(?:/|cells))"


def _v(name: str) -> str:
    return _V.format(n=f"{name}", u=f"{name}u", num=f"{_PAIR}|{_SPACED}|{NUMBER}", unit=_UNIT)


_BOUND = re.compile(
    r"(?<![\w.])(?:"
    rf"(?P<between>between\s+(?:(?:the\s+)?range\s+(?:of\s+)?)?(?:(?P<bc1>{COMPARISON})\s*)?{_v('b1')}\s*(?:and|-|–|to|~)\s*"
    rf"(?:(?P<bc2>{COMPARISON})\s*)?{_v('b2')})"
    # One comparison, or two ("at least 18.5 and at most 30", "less than 90 or more than 170"): one scan of the
    # comparison words a place.
    rf"|(?P<cmp>(?P<cc>{COMPARISON})\s*(?:(?:the\s+)?(?P<only>{_ULN}|{_LLN})|{_v('c1')}"
    rf"(?:\s*,?\s*(?P<sep>and|to|but|up to|,|or)\s*(?P<cc2>{COMPARISON})\s*{_v('c2')})?))"
    rf"|(?P<range>(?:(?:of|from)\s+)?{_v('r1')}\s*(?:-|–|to|~)\s*{_v('r2')})"
    rf"|(?P<ormore>{_v('m1')}\s*,?\s*(?:or|and)\s+(?P<mword>more|greater|higher|above|over|less|lower|below|under|fewer)"
    r"(?:\s+than\s+\d+)?)"
    r"|(?P<normal>(?:(?:with)?in|inside)\s+(?:the\s+)?(?:institutional\s+|local\s+)?(?:normal\s+(?:limits|range|values)|"
    r"(?:limits|range) of normal|reference range)|wnl)"
    r")(?![\w])",
    re.IGNORECASE,
)
_ORMORE = {
    "more": AT_LEAST,
    "greater": AT_LEAST,
    "higher": AT_LEAST,
    "above": AT_LEAST,
    "over": AT_LEAST,
    "less": AT_MOST,
    "lower": AT_MOST,
    "below": AT_MOST,
    "under": AT_MOST,
    "fewer": AT_MOST,
}


def _number(text: str) -> float | None:
    try:
        return (
            float(text.replace(",", ""))
            if text.count(",") and re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text)
            else float(text.replace(",", "."))
        )
    except ValueError:
        return None


def _value(match: re.Match, name: str, shared_unit: _Unit | None = None) -> Value | None:
    unit = _unit(match[f"{name}u"])
    if unit is None:
        return None
    if unit.kind == "none" and shared_unit is not None:
        return Value(number=match[name], unit=shared_unit.written, kind=shared_unit.kind, borrowed=True)
    return Value(number=match[name], unit=unit.written, kind=unit.kind)


def _limit(match: re.Match) -> tuple[Limit | None, int]:
    """The limit a bound match writes and where it ends; None when it is not a sound one (a reversed range)."""
    if match["between"] or match["range"]:
        first, second = ("b1", "b2") if match["between"] else ("r1", "r2")
        high = _value(match, second)
        low = _value(match, first, _unit(match[f"{second}u"]))
        if match["between"] and (match["bc1"] or match["bc2"]):
            return _two_sided(match["bc1"] or "at least", low, match["bc2"] or "at most", high), match.end()
        return _two_sided(AT_LEAST, low, AT_MOST, high), match.end()
    if match["ormore"]:
        value = _value(match, "m1")
        if value is None or re.search(r"than", match["ormore"], re.IGNORECASE):
            return None, match.end()
        return Limit(form="compare", phrase=_ORMORE[match["mword"].lower()], value=value), match.end()
    if match["cmp"]:
        phrase = comparison_phrase(match["cc"])
        if match["only"]:
            lln = bool(re.search(r"lln|lower", match["only"], re.IGNORECASE))
            if re.match(r"\s*(?:[x×*]|times)", match["only"], re.IGNORECASE):
                return None, match.end()
            return Limit(form="normal", phrase=phrase, lln=lln), match.end()
        if match["cc2"]:
            pair = _pair(match)
            if pair is not None:
                return pair, match.end()
        # Not one limit in two parts ("at most 1.5 × ULN or at most 3 × ULN if ..."): the first part alone.
        value = _value(match, "c1")
        end = match.end("c1u") if match["c1u"] is not None else match.end("c1")
        return (Limit(form="compare", phrase=phrase, value=value) if value else None), end
    if match["normal"]:
        return Limit(form="normal"), match.end()
    return None, match.end()


def _pair(match: re.Match) -> Limit | None:
    """Two comparisons as one limit: a range ("at least 18.5 and at most 30") or its outside ("< 90 or > 170")."""
    second = _value(match, "c2")
    first = _value(match, "c1", _unit(match["c2u"]))
    if first is None or second is None:
        return None
    if match["sep"].lower() != "or":
        return _two_sided(match["cc"], first, match["cc2"], second)
    p1, p2 = comparison_phrase(match["cc"]), comparison_phrase(match["cc2"])
    n1, n2 = _number(first.number), _number(second.number)
    if n1 is None or n2 is None:
        return None
    if p1 in (LESS_THAN, AT_MOST) and p2 in (MORE_THAN, AT_LEAST) and n1 < n2:
        return Limit(form="outside", low=first, low_phrase=p1, high=second, high_phrase=p2)
    if p1 in (MORE_THAN, AT_LEAST) and p2 in (LESS_THAN, AT_MOST) and n1 > n2:
        return Limit(form="outside", low=second, low_phrase=p2, high=first, high_phrase=p1, high_first=True)
    return None


def _two_sided(cmp_low: str, low: Value | None, cmp_high: str, high: Value | None) -> Limit | None:
    if low is None or high is None:
        return None
    low_phrase, high_phrase = comparison_phrase(cmp_low), comparison_phrase(cmp_high)
    if low_phrase not in (AT_LEAST, MORE_THAN) or high_phrase not in (AT_MOST, LESS_THAN):
        return None
    n1, n2 = _number(low.number), _number(high.number)
    if n1 is None or n2 is None or n1 >= n2 or (low.kind != high.kind and low.kind != "none"):
        return None
    return Limit(form="range", low=low, high=high, low_phrase=low_phrase, high_phrase=high_phrase)


# --- Reading a sentence -----------------------------------------------------------------------------------------------

_FULL_WIDTH = str.maketrans(
    {
        "，": ", ",
        "；": "; ",
        "：": ": ",
        "（": " (",
        "）": ") ",
        "、": ", ",
        "⋅": "×",
        "＜": "<",
        "＞": ">",
        "–": "-",
        "\u00a0": " ",
    }
)
# Fillers between a subject and the measure ("Subjects with a", "Has an").
_SUBJECT = re.compile(
    r"^(?:(?:patients?|subjects?|participants?|individuals?)\s+(?:with|who have|whose|having)\s+|(?:has|have|having|with)\s+)"
    r"(?:an?\s+)?",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(
    r"\s*(?:,\s*and/or|,\s*and|,\s*or|;\s*and|;\s*or|,?\s*but|\bnote:|\band/or\b|\band\b|\bor\b|,|;)\s*", re.IGNORECASE
)


# What a bracket's content becomes: not a space, so that patterns with "\s*" do not crawl through it.
_BLANK = "\x00"
_INNERMOST = re.compile(r"[(\[][^()\[\]]*[)\]]")
_OPENED = re.compile(r"[(\[].*$")


def _mask(text: str) -> str:
    """The text with what is inside brackets blanked, so that limits inside them are not read as the sentence's own
    (the outermost brackets stay; an unclosed one blanks the rest)."""
    if "(" not in text and "[" not in text:
        return text
    previous = None
    while previous != text:  # innermost first: "\x01   \x02", which the group around it then blanks whole
        previous = text
        text = _INNERMOST.sub(_blanked, text)
    text = _OPENED.sub(lambda match: match.group(0)[0] + _BLANK * (len(match.group(0)) - 1), text)
    return text.translate(_UNMARKED)


_MARKS = {"(": "\x01", ")": "\x02", "[": "\x03", "]": "\x04"}
_UNMARKED = str.maketrans({mark: bracket for bracket, mark in _MARKS.items()})


def _blanked(match: re.Match) -> str:
    group = match.group(0)
    return _MARKS[group[0]] + _BLANK * (len(group) - 2) + _MARKS[group[-1]]


@dataclass
class _Segment:
    name: str
    limit: Limit
    tail: str
    separator: str  # what joins it to the segment before ("and", ", or"); "" for the first


def _limits_in(masked: str) -> list[tuple[int, int, Limit | None]]:
    """Each limit outside brackets, with where it starts and ends (None: a bound that is no sound limit)."""
    found = []
    position = 0
    while (match := _BOUND.search(masked, position)) is not None:
        limit, end = _limit(match)
        found.append((match.start(), end, limit))
        position = end
    return found


@lru_cache(maxsize=1024)
def _segments(text: str) -> tuple[_Segment, ...] | None:
    found = _limits_in(_mask(text))
    bounds = [(begin, end, limit) for begin, end, limit in found if limit is not None]
    if not bounds or len(bounds) != len(found):
        return None
    segments: list[_Segment] = []
    start = 0
    for index, (begin, end, limit) in enumerate(bounds):
        before = text[start:begin]
        if index == 0:
            segments.append(_Segment(before, limit, "", ""))
        else:
            split = _split_between(before)
            if split is None:
                return None
            segments[-1].tail, separator, name = split
            segments.append(_Segment(name, limit, "", separator))
        start = end
    segments[-1].tail = text[start:]
    return tuple(segments)


def lines_run_together(text: str) -> str:
    """`text` with a semicolon where one lab line ends and the next begins, when a list's lines were run together:
    "Total Bilirubin ≤ 1.2 x ULN AST (SGOT) ≤ 3 x ULN (≤ 5 × ULN if known liver metastases) ALT (SGPT) ≤ 3 x ULN"
    (NCT06760702, sample 33). A cut needs a limit, what may follow one, and a capitalised measure's name before the
    next limit; the text is returned unchanged where any is missing."""
    if len(text) > _LONGEST or not _LIMIT_HINT.search(text):
        return text
    masked = _mask(text)
    bounds = _limits_in(masked)
    if len(bounds) < 2:
        return text
    cuts = []
    for (_, end, limit), (begin, _, _) in zip(bounds, bounds[1:], strict=False):
        if limit is None or _SEPARATOR.search(masked, end, begin) or _SENTENCE_END.search(masked, end, begin):
            continue  # a separator or a sentence's end there already, or no sound limit before it
        for line in _NEXT_LINE.finditer(masked, end, begin):
            name = text[line.end() : begin]
            if _measure(name) is not None and _tail(text[end : line.start()], limit) is not None:
                cuts.append(line.start())
                break
    for cut in reversed(cuts):
        text = f"{text[:cut]};{text[cut:]}"
    return text


# Where a line may begin: a capitalised word ("... x ULN AST (SGOT) ≤ 3 x ULN").
_NEXT_LINE = re.compile(r"\s+(?=[A-Z])")
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")


def _split_between(text: str) -> tuple[str, str, str] | None:
    """The text between two limits -> (the first one's tail, the separator, the second one's name)."""
    if len(text) > 160:
        return None  # more than a tail and a name
    masked = _mask(text)
    for match in _SEPARATOR.finditer(masked):
        tail, name = text[: match.start()], text[match.end() :]
        if (not name.strip() or _measure(name) is not None) and _tail(tail, None) is not None:  # the cheaper test first
            return tail, match.group(0).strip().lower(), name
    return None


@lru_cache(maxsize=4096)
def _measure(name: str) -> tuple[tuple[str, ...], Family, bool, Join] | None:
    """A measure's name (or a few names sharing a limit) -> (plain names, family, plural, how they are joined)."""
    name = _SUBJECT.sub("", name.strip())
    measured = _named_measure(name)
    if measured is None or not _AVERAGE.match(name):
        return measured
    # "Mean leg pain on visual analogue scale (VAS) >50 mm" (NCT00124774, sample 11: LOSSY without "mean"): an average
    # of readings is not one reading.
    names, family, plural, join = measured
    return tuple(f"average {name}" for name in names), family, plural, join


_AVERAGE = re.compile(r"^(?:the\s+|an?\s+|your\s+)?(?:mean|average)\s", re.IGNORECASE)


def _named_measure(name: str) -> tuple[tuple[str, ...], Family, bool, Join] | None:
    key = _key(name)
    if not key:
        return None
    if key in _MEASURES:
        measure = _MEASURES[key]
        if measure.implied:
            return measure.implied, measure.family, True, "and"
        return (measure.plain,), measure.family, measure.plural, "one"
    joins: tuple[tuple[Join, str], ...] = (
        ("and/or", r"\s*\band/or\b\s*"),
        ("or", r"\s*\bor\b\s*"),
        ("and", r"\s*(?:,\s*and\b|\band\b|&|,)\s*"),
        ("/", r"\s*/\s*"),
        (",", r"\s*[,、]\s*"),
    )
    for join, pattern in joins:
        if join == "and" and not re.search(r"\band\b|&", key):
            continue  # a bare comma list ("AST, ALT") is read below
        parts = [part for part in re.split(pattern, key) if part]
        if len(parts) < 2:
            continue
        known = [_MEASURES.get(_key(part)) for part in parts]
        measures = [measure for measure in known if measure is not None and not measure.implied]
        if len(measures) != len(known):
            continue
        names = tuple(dict.fromkeys(measure.plain for measure in measures))
        families = {measure.family for measure in measures}
        if len(families) != 1:
            return None
        if len(names) == 1:
            return names, measures[0].family, measures[0].plural, "one"
        return names, measures[0].family, True, join
    return None


_ABBREVIATION = re.compile(r"^(?=[^ ]*[A-Z0-9])[A-Za-z0-9+#./\-]{1,14}$")
_TOP_BRACKETS = re.compile(r"[\[(]([^\[\]()]*(?:[\[(][^\[\]()]*[\])][^\[\]()]*)*)[\])]")


def _name_brackets(name: str) -> _Tail | None:
    """What brackets in a measure's name say: an abbreviation or another name of it (nothing to carry), or how or
    when it is measured ("(using Cockcroft-Gault formula)"), carried; anything else: None."""
    tail = _Tail()
    for match in _TOP_BRACKETS.finditer(name):
        content = match.group(1).strip()
        if not content:
            continue
        trial = replace(tail)
        if _tail_piece(content, trial, None) and not (trial.condition or trial.not_condition or trial.alternative):
            _copy(trial, tail)  # how or when it is measured: "(using Cockcroft-Gault formula)", "(Bazett)"
            continue
        if _ABBREVIATION.match(content) or _key(content) in _MEASURES or _measure(content) is not None:
            continue
        if not re.fullmatch(r"\d+\s*-\s*\d+", content):  # a score's scale, "(1-30)", says nothing more
            return None
    return tail


# Names a bracket may make more precise: "International Index of Erectile Function (IIEF-5)" is the IIEF-5.
_REFINED = {
    "IIEF score": ("IIEF erectile function score", "IIEF-5 score", "IIEF-6 erectile function score", "IIEF-15 score")
}


_SAME = {"IIEF-6 erectile function score": "IIEF erectile function score"}


def _named_in_brackets(name: str, measure: tuple) -> tuple | None:
    """The measure, checked against the names its brackets give: "Alanine aminotransferase (AST)" names two
    different tests, and is not read."""
    names = measure[0]
    for match in _TOP_BRACKETS.finditer(name):
        inner = _measure(match.group(1))
        if inner is None or set(inner[0]) <= set(names):
            continue
        if all(any(name in outer or _SAME.get(outer) == name for outer in names) for name in inner[0]):
            continue  # "systolic blood pressure (BP)", "IIEF-6 (IIEF-EF)": a wider name of the same measure
        if len(names) == 1 and len(inner[0]) == 1 and inner[0][0] in _REFINED.get(names[0], ()):
            measure = inner
            names = inner[0]
            continue
        return None
    return measure


# The longest sentence tried (the longest list of limits read whole in the corpus is about 450 characters): longer
# ones hold more than limits, and reading them costs time for nothing.
_LONGEST = 500
# Every limit has a number, or says "normal", "ULN" or "LLN".
_LIMIT_HINT = re.compile(r"\d|normal|wnl|[iu]ln|lln", re.IGNORECASE)


# Comparisons written in ways the shared vocabulary does not know, as the words it does.
_MORE_COMPARISONS = (
    (
        re.compile(
            r"\b(?:greater|more|higher|above) or equal (?:to|than)\b|\bequal (?:to )?or (?:greater|more|higher) than\b"
            r"|\bequal or (?:greater|more|higher) than\b",
            re.IGNORECASE,
        ),
        "at least",
    ),
    (
        re.compile(
            r"\b(?:less|lower|smaller|under|below) or equal (?:to|than)\b|\bequal (?:to )?or (?:less|lower) than\b"
            r"|\bequal or (?:less|lower) than\b",
            re.IGNORECASE,
        ),
        "at most",
    ),
)
# BMI's unit spelled out and then written as a symbol ("27.0 kilograms per meter squared (kg/m^2)"): said once, as the
# symbol, which the glossary explains.
_SPELLED_BMI_UNIT = re.compile(
    r"\bkilograms?\s+per\s+(?:square\s+met(?:er|re)|met(?:er|re)\s+squared?)\s*\((?P<symbol>kg\s*/\s*m(?:\^?2|²))\)",
    re.IGNORECASE,
)
# "A score of at least 22 on the IIEF-5", "Score of 4 on the EHS scale": the score's name after its limit.
_SCORE_FIRST = re.compile(
    r"^(?P<pre>(?:a |an |the )?(?P<when>baseline |pre-?operative |preoperative |screening )?(?:total |domain )?)"
    r"scores?\s+(?:of\s+)?(?P<limit>.+?)\s+(?:on|in|from|for)\s+(?:the\s+)?(?P<name>[^,;()]+?(?:\([^()]*\))?"
    r"(?:\s+(?:questionnaire|scale|assessment))?)$",
    re.IGNORECASE,
)


def _normalised(text: str) -> str:
    text = _SPACES.sub(" ", text.translate(_FULL_WIDTH)).strip().rstrip(".;,: ")
    for pattern, words in _MORE_COMPARISONS:
        text = pattern.sub(words, text)
    text = _SPELLED_BMI_UNIT.sub(r"\g<symbol>", text)
    score_first = _SCORE_FIRST.match(text)
    if score_first:
        when = score_first["when"] or ""
        text = f"{when}{score_first['name']} {score_first['limit']}".strip()
    return text


_FILTERING = {"creatinine clearance", "eGFR", "GFR"}
_LEVEL_UNIT = re.compile(r"mol/|mg/d?l\b|g/l\b", re.IGNORECASE)


def _clearance_in_a_level_unit(names: tuple[str, ...], limit: Limit) -> bool:
    """ "creatinine clearance <220 μmol/L" (NCT04265963, sample 3 re-read: WRONG, "less than" on how well the kidneys
    filter): a clearance is in mL/min; in a blood level's unit the study means the creatinine level, and which one it
    means is not for a rewrite to guess. The sentence stays in the study's words."""
    units = [value.unit for value in (limit.value, limit.low, limit.high) if value is not None]
    return bool(_FILTERING & set(names)) and any(_LEVEL_UNIT.search(unit) for unit in units)


# Measures given as an amount in the blood, never as a count of cells.
_AMOUNTS = frozenset({"hemoglobin", "hematocrit", "albumin", "creatinine", "total bilirubin", "bilirubin"})


def _level_in_a_count_unit(names: tuple[str, ...], limit: Limit) -> bool:
    """ "Hemoglobin: >9.0 * 10^9/L" (NCT00411593, hint5: WRONG as "more than 9.0 billion per liter", with the cell-count
    note): a level written in a count's unit is the registry's slip; which unit it meant is not for a rewrite to guess."""
    kinds = [value.kind for value in (limit.value, limit.low, limit.high) if value is not None]
    return bool(_AMOUNTS & set(names)) and any(kind in ("billion", "trillion") for kind in kinds)


def _count_a_thousand_times_too_high(limit: Limit) -> bool:
    """ "Platelets ≥ 100,000 x 109/L" (NCT02630004, hint5-1: WRONG as "at least 100,000 billion per liter", a count no
    one has): a count per microliter written with the unit per liter is the registry's slip; no blood count reaches a
    thousand billion per liter, and what the study meant is not for a rewrite to guess."""
    return any(
        value.kind in ("billion", "trillion") and (_number(value.number) or 0) >= 1000
        for value in (limit.value, limit.low, limit.high)
        if value is not None
    )


# "Hemoglobin > 9.0 without transfusion support in the past 28 days" (NCT02835833, hint7: WRONG as "..., measured in
# the last 28 days"): the window is the transfusion's, which no sentence here says apart from it.
_SUPPORT_WINDOW = re.compile(
    r"\bwithout\s+(?:[\w-]+\s+)?(?:transfusions?|growth\s+factors?)(?:\s+support)?\s+(?:in|within|during|for)\s+the\s+"
    r"(?:past|last|previous|prior|preceding)\s+\d",
    re.IGNORECASE,
)


@lru_cache(maxsize=2048)
def read_limits(text: str) -> Limits | None:
    """A sentence of one or more measures against limits, read whole, or None."""
    if len(text) > _LONGEST or not _LIMIT_HINT.search(text) or not _names_in(text) or _SUPPORT_WINDOW.search(text):
        return None
    text = _normalised(text)
    head_sentence, defines, implied = None, False, None
    body = text
    for candidate in _head_splits(text):
        if _BOUND.search(_mask(candidate.head)):
            continue
        head = _head(candidate.head)
        state = _state(candidate.head)
        implied_here = state[1] if state else None
        if head is False and candidate.bracketed and _measure(candidate.head) is not None:
            head, implied_here = None, candidate.head  # "Elevation of AST and/or ALT (more than 3 × ULN)"
        if head is False:
            continue
        if candidate.bracketed and candidate.rest.strip():
            rest = _tail(candidate.rest, None)
            if rest is None or any(
                getattr(rest, field) for field in ("condition", "not_condition", "unless", "allowance")
            ):
                continue
            # A tail after the brackets ("(Hb < 10 g/dL) at screening"): read with the limits inside them.
            body = candidate.body + " " + candidate.rest.strip()
        else:
            body = candidate.body
        if re.match(r"\s*(?:e\.?\s?g\.?|for example|such as|including)\b", body, re.IGNORECASE):
            continue  # examples, not the definition
        body = re.sub(r"^\s*(?:i\.?\s?e\.?|that is)\s*,?\s*", "", body, flags=re.IGNORECASE)
        if head is not None:
            head_sentence, defines = head.sentence, head.defines
        implied = implied_here
        break
    reading = _read_body(body, implied) or _exact_score(body)
    if reading is None:
        return None
    items, joiner = reading
    if defines and len(items) > 1 and joiner != "or":
        return None
    return Limits(
        head=head_sentence,
        defines=defines,
        items=items,
        joiner=joiner,
        implied=implied is not None and not _read_named(body),
    )


# A score given as one value: "EHS score of 4", "Score of 4 on the EHS scale".
_EXACT = re.compile(r"^(?P<name>[^\d()]{2,60}?)\s*(?:\bof\b|:|=)?\s*(?P<n>\d{1,2})(?:\s*points?)?$", re.IGNORECASE)


def _exact_score(text: str) -> tuple[tuple[Measured, ...], str] | None:
    match = _EXACT.match(text.strip())
    if match is None:
        return None
    measure = _measure(match["name"])
    if measure is None or measure[1] != "score" or len(measure[0]) != 1:
        return None
    limit = Limit(form="equal", value=Value(number=match["n"]))
    return (Measured(names=measure[0], family="score", plural=measure[2], limit=limit),), "one"


def _read_named(body: str) -> bool:
    """Does the body name its measure, or is it the bare limit a head implies ("(less than 90/50 mmHg)")?"""
    segments = _segments(_WHEN_PREFIX.sub("", body.strip()))
    return bool(segments and segments[0].name.strip())


def _read_body(text: str, implied: str | None) -> tuple[tuple[Measured, ...], str] | None:
    text = text.strip().rstrip(".;,: ")
    when_prefix = _WHEN_PREFIX.match(text)
    prefix_when = None
    if when_prefix:
        word = when_prefix["when"].lower().replace("-", "")
        prefix_when = _PREFIX_WHEN[
            "baseline"
            if word == "baseline"
            else "screening"
            if word == "screening"
            else "post"
            if word.startswith("post")
            else "pre"
        ]
        if word.startswith("pretreatment"):
            prefix_when = "before your first study treatment"
        text = text[when_prefix.end() :]
    segments = _segments(text)
    if segments is None:
        return None
    items: list[Measured] = []
    separators: list[str] = []
    for index, segment in enumerate(segments):
        name = segment.name.strip()
        tail = _tail(segment.tail, segment.limit)
        if tail is None:
            return None
        if not name:
            if index == 0:
                if implied is None:
                    return None
                measure = _measure(implied)
            else:
                # No name: the second limit of the measure before it ("..., or at most 5 × ULN if liver metastases").
                previous = items[-1]
                if previous.alternative is not None:
                    return None
                # "≤ 2.5 × ULN; ≤ 5 × ULN in the presence of liver metastases" (NCT06029816): a semicolon too
                alternative_joins = ("or", ", or", "; or", ";", "but", ", but", "note:") + (
                    ("and", ", and", ",") if previous.main_condition else ()
                )
                if tail.condition and segment.tail.strip() and segment.separator in alternative_joins:
                    items[-1] = previous.model_copy(update={"alternative": segment.limit, "condition": tail.condition})
                    separators.append("alt")
                    if _extra(tail):
                        return None
                    continue
                merged = _merged(previous.limit, segment.limit) if segment.separator in (",", "and", ", and") else None
                if merged is None or _extra(tail) or tail.condition:
                    return None
                items[-1] = previous.model_copy(update={"limit": merged})
                separators.append("range")
                continue
        else:
            name = re.sub(r"^(?:a|an)\s+", "", name, flags=re.IGNORECASE)
            name = re.sub(
                r"\s*(?::|=|\bof\b|\bis\b|\bmust be\b|\bshould be\b|\bwill be\b|\bto be\b|\bat\b|\bwithin\b)\s*$",
                "",
                name,
                flags=re.IGNORECASE,
            )
            trailing_when = _NAME_WHEN.search(name)
            if trailing_when:
                if tail.when:
                    return None
                tail.when = _when(trailing_when.group(1))
                name = name[: trailing_when.start()]
            measure = _measure(name)
        if measure is None:
            return None
        in_name = _name_brackets(name) if name else _Tail()
        if in_name is None:
            return None
        measure = _named_in_brackets(name, measure) if name else measure
        if measure is None:
            return None
        for field in ("method", "when", "setting", "support", "equivalent"):
            if getattr(in_name, field):
                if getattr(tail, field):
                    return None
                setattr(tail, field, getattr(in_name, field))
        names, family, is_plural, join = measure
        if _has_pair(segment.limit) and not all("blood pressure" in name for name in names):
            return None  # "22/30" is not a blood pressure
        main_condition = tail.not_condition
        if tail.condition and tail.alternative is None:
            if tail.not_condition:
                return None
            main_condition = tail.condition  # "at least 50 kg for males": the alternative must follow
        limit = segment.limit
        if (
            _clearance_in_a_level_unit(names, limit)
            or _level_in_a_count_unit(names, limit)
            or _count_a_thousand_times_too_high(limit)
        ):
            return None
        if tail.for_age:
            if limit.form not in ("compare", "normal"):
                return None
            limit = limit.model_copy(update={"for_age": True})
        items.append(
            Measured(
                names=names,
                family=family,
                plural=is_plural,
                join=join,
                limit=limit,
                equivalent=tail.equivalent,
                setting=tail.setting,
                support=tail.support,
                method=tail.method,
                when=tail.when or prefix_when,
                allowance=tail.allowance,
                unless=tail.unless,
                main_condition=main_condition,
                alternative=tail.alternative,
                condition=tail.condition if tail.alternative else None,
                excluded=tail.excluded,
            )
        )
        if index:
            separators.append(segment.separator)
    # A negated condition ("if no liver metastases") needs the other limit that says what holds where it does not.
    if any(item.main_condition and item.alternative is None for item in items):
        return None
    joins = {_join_word(separator) for separator in separators if separator not in ("alt", "range")}
    if len(items) == 1:
        return tuple(items), "one"
    if joins == {","}:
        return tuple(items), ","
    joins.discard(",")
    if len(joins) != 1:
        return None
    joiner = joins.pop()
    if prefix_when:
        return None
    return tuple(items), joiner


# When, said after the name and before the limit: "IIEF-EF domain score at baseline from 11 to 19".
_NAME_WHEN = re.compile(r"\s+(at (?:baseline|screening|the screening visit|visit \d))\s*:?$", re.IGNORECASE)


def _has_pair(limit: Limit) -> bool:
    return any(value is not None and "/" in value.number for value in (limit.value, limit.low, limit.high))


def _join_word(separator: str) -> str:
    separator = separator.replace(";", ",").strip()
    if separator in (",", ""):
        return ","
    if separator.endswith("and/or"):
        return "and/or"
    if separator.endswith("and"):
        return "and"
    if separator.endswith("or"):
        return "or"
    return "?"


def _extra(tail: _Tail) -> bool:
    return bool(
        tail.equivalent
        or tail.setting
        or tail.support
        or tail.method
        or tail.when
        or tail.allowance
        or tail.unless
        or tail.not_condition
    )


def _merged(first: Limit, second: Limit) -> Limit | None:
    """ "not less than 19 kg/m2, no more than 27 kg/m2": the two sides of one range."""
    if first.form != "compare" or second.form != "compare":
        return None
    if first.phrase in (AT_LEAST, MORE_THAN) and second.phrase in (AT_MOST, LESS_THAN):
        return _two_sided(first.phrase, first.value, second.phrase, second.value)
    return None


_SEX_SUBJECT = re.compile(r"\b(?:men|women|males?|females?|boys|girls)\b", re.IGNORECASE)


def whole_subject(match: re.Match) -> bool:
    """The subject the framework reads past ("Women with ...") must not narrow whom the rule is for."""
    return not _SEX_SUBJECT.search(match.string[: match.start("body")])


def limits_recogniser(name: str, family: Family):
    """The recogniser of one family's limits: the same cached reading, kept when its measures are that family's.
    A sentence is tried only when it names one of the family's measures (made when the family's names are in)."""

    def build(match: re.Match) -> Limits | None:
        if not whole_subject(match):
            return None
        reading = read_limits(match["body"])
        return reading if reading is not None and reading.family() == family else None

    return recogniser(name, _triggers(family), r"(?P<body>\S.*)", build)


# Short names that are also pieces of common words ("ast" in "least", "anc" in "cancer", "scr" in "screening"):
# a sentence naming one of them is tried when it also holds a comparison word.
_COMMON_PIECES = {
    "ast",
    "anc",
    "scr",
    "bil",
    "neu",
    "alc",
    "alt",
    "alb",
    "got",
    "tgo",
    "tgp",
    "eos",
    "prl",
    "bun",
    "tbil",
    "stb",
    "dbil",
    "agc",
    "akp",
}
_COMPARISON_WORDS = (
    "than",
    "least",
    "most",
    "between",
    "normal",
    "uln",
    "wnl",
    "<",
    ">",
    "≤",
    "≥",
    "≦",
    "≧",
    "⩽",
    "⩾",
    "exceed",
    "up to",
    "or more",
    "or less",
    "below",
    "above",
    "under",
    "over",
)


def _triggers(family: Family) -> tuple[str, ...]:
    """The family's measure names as written, the states that imply one, and, for names too short to be told apart
    from pieces of words, the comparison words ("AST at most 3 × ULN")."""
    spellings = {spelling for spelling, measure in _SPELLINGS.items() if measure.family == family}
    if family == "lab":
        spellings |= {
            "anemia",
            "anaemia",
            "hypogonadism",
            "hypotestosteronemia",
            "hyperprolactin",
            "hyperkal",
            "hypokal",
            "thrombocytopenia",
            "thrombopenia",
            "neutropenia",
        }
    elif family == "vital":
        spellings |= {"hypotension", "hypertension", "obesity", "bradycardia", "tachycardia", "hypox"}
    words = {spelling.replace("haem", "hem") for spelling in spellings}
    named = {word for word in words if len(word) >= 3 and word not in _COMMON_PIECES}
    two_letters = {f"{word} " for word in words if len(word) == 2}  # "hb ": inside words two letters are everywhere
    pieces = set(_COMPARISON_WORDS) if words & _COMMON_PIECES else set()
    return tuple(sorted(named | two_letters | pieces | {"haem"}))


RECOGNISERS = (
    limits_recogniser("lab-limit", "lab"),
    recogniser(
        "organ-function",
        ("function", "reserve"),
        rf"(?:(?:evidence of|demonstrates|has|have|with)\s+)?(?P<quality>{_QUALITY})\s+(?P<what>(?:{_ORGAN_WORD})"
        rf"(?:\s+(?:function|functions|reserve))?(?:(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*)(?:{_ORGAN_WORD})"
        r"(?:\s+(?:function|functions|reserve))?)*)\s+(?:functions?|reserve)(?P<tail>\W.*)?",
        _organ_function,
    ),
)
