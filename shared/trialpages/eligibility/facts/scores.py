"""Scores and grades against limits: questionnaires (IIEF and its parts, SHIM, EHS, IPSS, PHQ-9, MMSE, pain
scales...), Gleason score, ASA class, Child-Pugh class, and side effects by CTCAE grade.

Questionnaire scores are read with the grammar of labs.py; this module names them (the glossary says what
each measures). Classes and grades have their own recognisers, because they are written with letters and
Roman numerals, and because what a class or grade means is certain enough to say: ASA 1 to 2 is "healthy,
or a mild illness", Child-Pugh A is mild liver disease, a CTCAE grade 2 side effect is moderate.
"""

from __future__ import annotations

import re

from trialpages.eligibility.comparators import AT_LEAST, AT_MOST, COMPARISON, LESS_THAN, MORE_THAN, comparison_phrase
from trialpages.eligibility.facts.base import Fact, recogniser
from trialpages.eligibility.facts.labs import limits_recogniser, register


def _score(plain: str, *spellings: str) -> None:
    register("score", plain, *spellings)


_IIEF = r"(?:iief|international index of erectile function|international index erectile function|international iief)"
_score(
    "IIEF erectile function score",
    "iief-ef",
    "iief ef",
    "iief-ed",
    "iief ed",
    "iief-ef domain",
    "iief-ed domain",
    "iief erectile function domain",
    "iief-erectile function domain",
    "international index of erectile function-erectile function",
    "international index of erectile function erectile function domain",
    "international index of erectile function-erectile function domain",
    "international index of erectile function - erectile function domain",
    "international index erectile function-erectile function domain",
    "international index of erectile function-ef domain",
    "erectile function domain of the iief",
    "ef domain of the iief",
    "ed domain of the iief",
    "erectile function domain of the international index of erectile function",
    "iief-15 erectile function domain",
    "iief-15 ef domain",
    "iief,ef domain",
    "iief, ef domain",
    "iief,ef",
    "iief-ef domain entry",
    "iief ef domain",
    "iief ed domain",
    "iief erectile function",
    "iief-erectile function",
    "iief-ed domain score",
    "iief ef-domain",
    "international index of erectile function erectile function",
    "iief-ef score",
    "iief ef-domain score",
    "erectile function domain score of iief",
    "erectile function domain",
    "ef domain",
    "ef domain score of the iief",
    "iief-ef questionnaire",
)
_score(
    "IIEF-6 erectile function score",
    "iief-ef6",
    "iief-ef 6",
    "iief-6",
    "iief 6",
    "iief-6 ef",
    "international index of erectile function 6",
    "international index of erectile function-6",
)
_score(
    "IIEF-5 score",
    "iief-5",
    "iief5",
    "iief 5",
    "iief-5 domain",
    "iief-5 questionnaire",
    "iief-5 total",
    "international index of erectile function-5",
    "international index of erectile function 5",
    "abridged international index of erectile function",
    "five-item version of the international index of erectile function",
    "international index of erectile function-5 questionnaire",
    "iief-5 scores",
    "iief-5 total score",
)
_score(
    "IIEF-15 score",
    "iief-15",
    "iief 15",
    "international index of erectile function 15",
    "international index of erectile function-15",
)
_score(
    "IIEF score",
    "iief",
    "international index of erectile function",
    "international iief",
    "iief questionnaire",
    "international index erectile function",
    "international index of erectile function questionnaire",
    "iief total",
)
_score("SHIM score", "shim", "sexual health inventory for men", "shim total", "shims")
_score("SHIMS-5 score", "shims-5", "shim-5")
_score(
    "erection hardness score (EHS)",
    "ehs",
    "erection hardness score",
    "erectile hardness score",
    "erection hardness",
    "ehs scale",
)
_score(
    "IPSS (prostate symptom score)",
    "ipss",
    "i-pss",
    "international prostate symptom score",
    "international prostate index score",
    "international prostate symptom scores",
    "total ipss",
    "ipss sum",
    "ipss total",
    "ipss symptom",
    "ipss scale",
)
_score("Gleason score", "gleason score", "gleason sum", "gleason", "gs", "gleason summary score", "gleason total score")
_score("Gleason grade", "gleason grade")
_score("Gleason score on your biopsy", "biopsy gleason sum", "biopsy gleason score", "biopsy gleason")
_score(
    "MMSE score",
    "mmse",
    "mini mental state examination",
    "mini-mental state examination",
    "mini mental status examination",
    "mini mental test",
    "mini-mental status examination",
    "mini mental state examination mmse",
    "mini-mental state exam",
)
_score("MoCA score", "moca", "montreal cognitive assessment")
_score(
    "PHQ-9 score",
    "phq-9",
    "phq9",
    "patient health questionnaire-9",
    "patient health questionnaire 9",
    "phq-9 questionnaire",
)
_score(
    "HAM-D score",
    "ham-d",
    "hamd",
    "hamilton depression rating scale",
    "hamilton depression scale",
    "hamilton rating scale for depression",
    "hdrs",
    "hamd-17",
    "ham-d17",
)
_score("Beck Depression Inventory score", "beck depression inventory", "bdi")
_score("Beck Depression Inventory II score", "beck depression inventory ii", "bdi-ii", "bdi ii")
_score("EDSS score", "edss", "expanded disability status scale")
_score(
    "pain score (VAS)",
    "vas",
    "vas pain",
    "visual analog scale",
    "visual analogue scale",
    "pain on vas",
    "pain vas",
    "vas pain score",
    "visual analog scale pain",
    "visual analogue scale pain",
    "pain intensity on vas",
    "visual analog score",
    "visual analogue score",
    "pain on the visual analogue scale",
    "vas pain intensity",
)
_score("back pain score (VAS)", "vas back pain", "back pain vas", "low back pain vas")
_score(
    "leg pain score (VAS)",
    "vas leg pain",
    "leg pain vas",
    "leg pain on visual analogue scale",
    "leg pain on visual analog scale",
    "leg pain on vas",
)
_score(
    "pain score (NRS)",
    "nrs",
    "numeric rating scale",
    "numerical rating scale",
    "nrs pain",
    "nrs pain severity",
    "numeric rating scale pain severity",
    "numeric rating scale pain",
    "pain nrs",
    "nrs pain intensity",
    "pain intensity on the numeric rating scale",
    "numeric pain rating scale",
)
_score("neck pain score (NRS)", "numeric rating scale of neck pain", "nrs of neck pain", "neck pain nrs")
_score("ACQ-6 score", "acq-6", "acq6", "asthma control questionnaire-6", "asthma control questionnaire 6")
_score(
    "ACQ-5 score", "acq-5", "acq5", "asthma control questionnaire 5-question version", "asthma control questionnaire-5"
)
_score("ACQ score", "acq", "asthma control questionnaire")
_score("Asthma Control Test score (ACT)", "asthma control test")
_score(
    "PEDT score",
    "pedt",
    "premature ejaculation diagnostic tool",
    "premature ejaculation diagnosis tool",
    "premature ejaculation diagnostic tool questionnaire",
    "premature ejaculation diagnosis tool questionnaire",
)
_score(
    "Oswestry disability score (ODI)",
    "odi",
    "oswestry",
    "oswestry disability index",
    "oswestry questionnaire",
    "oswestry disability questionnaire",
)
_score("Child-Pugh score", "child-pugh score", "child pugh score", "ctp score", "child-turcotte-pugh score")
_score("PD-L1 score (CPS)", "pd-l1 combined positive score", "pd-l1 cps", "combined positive score", "cps")


# --- Classes and grades ----------------------------------------------------------------------------------------------

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "ⅰ": 1, "ⅱ": 2, "ⅲ": 3, "ⅳ": 4, "ⅴ": 5}


def _class_number(text: str) -> int | None:
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    return _ROMAN.get(text)


_CLASS_ITEM = r"(?:[1-6]|i{1,3}|iv|v|vi|[ⅰⅱⅲⅳⅴ])"
_CLASSES = (
    rf"(?:(?P<cmp>{COMPARISON})\s*(?P<n>{_CLASS_ITEM})"
    rf"|(?P<low>{_CLASS_ITEM})\s*(?:-|–|to|~)\s*(?P<high>{_CLASS_ITEM})"
    rf"|(?P<list>{_CLASS_ITEM}(?:\s*(?:,|or|and|/)\s*{_CLASS_ITEM})*)"
    rf"(?P<more>\s+or\s+(?:higher|greater|more|above|lower|less|below))?)"
)
# What each ASA class is, said of the reader.
_ASA_UP_TO = {
    1: "you are healthy",
    2: "you are healthy or have a mild illness",
    3: "you are healthy or have an illness that is not a constant threat to your life",
}
_ASA_FROM = {3: "you have a serious illness", 4: "you have a serious illness that is a constant threat to your life"}


class ClassLimit(Fact):
    """A class or grade on a scale: ASA class 1 to 3, Child-Pugh class A or B."""

    scale: str  # "ASA class", "Child-Pugh class"
    classes: tuple[str, ...] = ()  # listed or a range's ends, as written (digits, letters)
    joiner: str = "or"  # "or", "to"
    phrase: str | None = None
    number: str | None = None
    meaning: str | None = None
    disease: str | None = None  # "cirrhosis (scarring of the liver)": what the class is of, when the source says

    def sentence(self) -> str:
        if self.disease:  # "You have cirrhosis (scarring of the liver) of Child-Pugh class C (severe liver disease)."
            return f"You have {self.disease} of {self.scale} {self._value()} ({self.meaning})."
        meaning = f": {self.meaning}" if self.meaning else ""
        return f"Your {self.scale} is {self._value()}{meaning}."

    def _value(self) -> str:
        if self.phrase:
            return f"{self.phrase} {self.number}"
        return (
            self.classes[0]
            if len(self.classes) == 1
            else f" {self.joiner} ".join([", ".join(self.classes[:-1]), self.classes[-1]])
        )


def _asa(match: re.Match) -> ClassLimit | None:
    limits = _range_of(match)
    if limits is None:
        return None
    low, high, said = limits
    if not (1 <= low <= high <= 6):
        return None
    meaning = _ASA_UP_TO.get(high) if low == 1 else _ASA_FROM.get(low) if high == 6 else None
    return ClassLimit(scale="ASA class", meaning=meaning, **said)


def _range_of(match: re.Match) -> tuple[int, int, dict] | None:
    """(lowest, highest class allowed, the fields that say it as written) from a _CLASSES match."""
    if match["cmp"]:
        number = _class_number(match["n"])
        if number is None:
            return None
        phrase = comparison_phrase(match["cmp"])
        low, high = {
            AT_LEAST: (number, 6),
            MORE_THAN: (number + 1, 6),
            AT_MOST: (1, number),
            LESS_THAN: (1, number - 1),
        }[phrase]
        return low, high, {"phrase": phrase, "number": str(number)}
    if match["low"]:
        first, last = _class_number(match["low"]), _class_number(match["high"])
        if first is None or last is None or first >= last:
            return None
        return first, last, {"classes": (str(first), str(last)), "joiner": "to"}
    listed = [_class_number(token) for token in re.split(r"\s*(?:,|or|and|/)\s*", match["list"].strip()) if token]
    numbers = [number for number in listed if number is not None]
    if len(numbers) != len(listed) or numbers != sorted(set(numbers)):
        return None
    if match["more"]:
        if len(numbers) != 1:
            return None
        up = re.search(r"higher|greater|more|above", match["more"], re.IGNORECASE)
        phrase = AT_LEAST if up else AT_MOST
        return (
            (numbers[0], 6, {"phrase": phrase, "number": str(numbers[0])})
            if up
            else (1, numbers[0], {"phrase": phrase, "number": str(numbers[0])})
        )
    if numbers != list(range(numbers[0], numbers[-1] + 1)):
        return None
    return numbers[0], numbers[-1], {"classes": tuple(str(number) for number in numbers), "joiner": "or"}


_CHILD_PUGH_MEANING = {"A": "mild liver disease", "B": "moderate liver disease", "C": "severe liver disease"}
# The disease the class is of, as the source names it.
_CHILD_PUGH_DISEASE = {
    "cirrhosis": "cirrhosis (scarring of the liver)",
    "liver cirrhosis": "cirrhosis (scarring of the liver)",
    "liver disease": "liver disease",
    "liver impairment": "liver disease",
    "hepatic impairment": "liver disease",
}


def _child_pugh(match: re.Match) -> ClassLimit | None:
    letters = [
        letter.upper() for letter in re.split(r"\s*(?:,|or|and|/|-|–|to)\s*", match["classes"].strip()) if letter
    ]
    if not letters or any(letter not in "ABC" for letter in letters) or letters != sorted(set(letters)):
        return None
    if match["more"]:
        if len(letters) != 1:
            return None
        up = re.search(r"higher|greater|more|above|worse", match["more"], re.IGNORECASE)
        letters = [letter for letter in "ABC" if (letter >= letters[0] if up else letter <= letters[0])]
        ranged = False
    else:
        ranged = bool(re.search(r"-|–|to", match["classes"]))
        if ranged:
            letters = [letter for letter in "ABC" if letters[0] <= letter <= letters[-1]]
    meanings = [_CHILD_PUGH_MEANING[letter] for letter in letters]
    meaning = (
        (" or ".join(meaning.split()[0] for meaning in meanings[:-1]) + " or " + meanings[-1])
        if len(meanings) > 1
        else meanings[0]
    )
    disease = (match["disease"] or "").strip().lower() or None
    if disease and disease not in _CHILD_PUGH_DISEASE:
        return None
    return ClassLimit(
        scale="Child-Pugh class",
        classes=tuple(letters),
        joiner="or",
        meaning=meaning,
        disease=_CHILD_PUGH_DISEASE.get(disease) if disease else None,
    )


# Side effects graded by CTCAE: the ones the registry names, in plain words.
_GRADED = {
    "peripheral neuropathy": "nerve damage in your hands or feet (peripheral neuropathy)",
    "peripheral sensory neuropathy": "nerve damage in your hands or feet (peripheral sensory neuropathy)",
    "neuropathy": "nerve damage (neuropathy)",
    "sensory neuropathy": "nerve damage that affects feeling (sensory neuropathy)",
    "stomatitis": "mouth sores (stomatitis)",
    "pneumonitis": "lung swelling (pneumonitis)",
    "diarrhea": "diarrhea",
    "diarrhoea": "diarrhea",
    "dyspnea": "shortness of breath (dyspnea)",
    "hearing loss": "hearing loss",
    "mucositis": "sores in the mouth or gut (mucositis)",
    "rash": "rash",
    "fatigue": "tiredness (fatigue)",
    "nausea": "nausea",
}
_GRADE_WORDS = {1: "mild", 2: "moderate", 3: "severe", 4: "life-threatening"}
_CTCAE = r"(?:(?:nci[- ])?(?:ctcae?|common terminology criteria for adverse events)(?:\s*v(?:ersion)?\.?\s*\d(?:\.\d+)?)?\s*)"


class GradedSideEffect(Fact):
    """A side effect at or above a CTCAE grade: "Grade ≥ 2 peripheral neuropathy"."""

    what: str
    qualifier: str | None  # "active", "persistent", as written
    grade: int
    phrase: str  # "at least", "more than"

    def sentence(self) -> str:
        qualifier = f"{self.qualifier} " if self.qualifier else ""
        if self.phrase == AT_LEAST:
            grade = f"grade {self.grade} or higher ({_GRADE_WORDS[self.grade]} or worse)"
        else:
            grade = f"a grade higher than {self.grade} (worse than {_GRADE_WORDS[self.grade]})"
        return f"You have {qualifier}{self.what} of {grade}."


def _graded(match: re.Match) -> GradedSideEffect | None:
    what = (match["what"] or match["what2"]).lower().strip()
    if what not in _GRADED:
        return None
    grade = int(match["n"] or match["n2"])
    cmp = match["cmp"] or match["cmp2"]
    up = match["up"] or match["up2"]
    if bool(cmp) == bool(up):
        return None  # "Grade 2 neuropathy" is that grade only; "≥ grade 2 or higher" says it twice
    phrase = comparison_phrase(cmp) if cmp else AT_LEAST
    if phrase not in (AT_LEAST, MORE_THAN) or grade not in _GRADE_WORDS:
        return None
    qualifier = (match["q"] or "").strip().lower() or None
    return GradedSideEffect(what=_GRADED[what], qualifier=qualifier, grade=grade, phrase=phrase)


_GRADED_NAME = "|".join(sorted((re.escape(name) for name in _GRADED), key=len, reverse=True))

# --- Skin type (Fitzpatrick) ------------------------------------------------------------------------------------------

# What each Fitzpatrick skin type is: how the skin looks and how it takes the sun.
_SKIN_TYPES = {
    1: "pale skin that always burns and never tans",
    2: "fair skin that burns easily and tans a little",
    3: "skin that sometimes burns and tans slowly",
    4: "light brown skin that rarely burns and tans easily",
    5: "brown skin that very rarely burns",
    6: "dark brown or black skin that never burns",
}
_ROMAN_OF = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI"}


class SkinType(Fact):
    """Fitzpatrick skin types from `low` to `high` (a range, a list of neighbours or one type)."""

    low: int
    high: int
    roman: bool  # written "I-IV" (else "1 to 4"): said the same way

    def sentence(self) -> str:
        name = (lambda number: _ROMAN_OF[number]) if self.roman else str
        if self.low == 1 and self.high == 6:
            return (
                f"Any skin type can take part: {name(1)} to {name(6)} on the Fitzpatrick scale, from "
                f"{_SKIN_TYPES[1]} to {_SKIN_TYPES[6]}."
            )
        if self.low == self.high:
            return f"Your skin type is {name(self.low)} on the Fitzpatrick scale: {_SKIN_TYPES[self.low]}."
        if self.high == self.low + 1:
            return (
                f"Your skin type is {name(self.low)} or {name(self.high)} on the Fitzpatrick scale: "
                f"{_SKIN_TYPES[self.low]}, or {_SKIN_TYPES[self.high]}."
            )
        return (
            f"Your skin type is {name(self.low)} to {name(self.high)} on the Fitzpatrick scale: from "
            f"{_SKIN_TYPES[self.low]} to {_SKIN_TYPES[self.high]}."
        )


def _skin_type(match: re.Match) -> SkinType | None:
    limits = _range_of(match)
    if limits is None or match["cmp"] or match["more"]:
        return None  # "less than 4 in the Fitzpatrick scale": said as written
    low, high, _ = limits
    if not (1 <= low <= high <= 6):
        return None
    written = " ".join(filter(None, (match["low"], match["high"], match["list"])))
    return SkinType(low=low, high=high, roman=not any(character.isdigit() for character in written))


RECOGNISERS = (
    limits_recogniser("score-limit", "score"),
    recogniser(
        "skin-type",
        ("fitzpatrick",),
        r"(?:(?:a|any|all)\s+)?fitzpatrick\s+(?:skin\s+)?(?:photo)?(?:types?|phototypes?)(?:\s*\(fst\))?\s*(?:of\s+|:\s*)?"
        + _CLASSES
        + r"(?:\s+(?:are\s+eligible|as\s+assessed\s+by\s+(?:the\s+)?investigator))?",
        _skin_type,
    ),
    recogniser(
        "asa-class",
        ("asa", "anesthesiolog", "anaesthesiolog"),
        r"(?:an? )?(?:(?:physical status classification of the )?american society of an(?:a)?esthesiolog(?:ists|ists'|y)"
        r"(?:\s*\(asa\))?|asa(?:\s*\(american society of an(?:a)?esthesiolog(?:ists|y)\))?)"
        r"(?:\s+(?:physical status|ps|class(?:ification)?|score|grade|risk|status))*(?:\s+(?:of|is))?\s*:?\s*"
        + _CLASSES
        + r"(?:\s+(?:according to|per|by|on) the american society of an(?:a)?esthesiolog(?:ists|y)(?:\s*\(asa\))?"
        r"(?:\s+(?:physical status\s+)?classification)?)?",
        _asa,
    ),
    recogniser(
        "child-pugh",
        ("child",),
        r"(?:(?:mild|moderate|severe|mild to moderate)\s+)?(?:\(\s*)?child[- ]?(?:´s|'s|s)?(?:[- ]?(?:turcotte[- ])?pugh)?"
        r"(?:\s+(?:class(?:ification)?|grade|score|category|stage))?\s*:?\s*(?P<classes>[abc](?:\s*(?:,|or|and|/|-|–|to)\s*[abc])*)"
        r"(?P<more>\s+or\s+(?:higher|greater|more|above|worse|lower|better))?\)?"
        r"(?:\s+(?P<disease>cirrhosis|liver (?:disease|cirrhosis|impairment)|hepatic impairment))?",
        _child_pugh,
    ),
    recogniser(
        "graded-side-effect",
        ("grade",),
        rf"(?P<q>(?:active|current|persistent|ongoing|pre-existing|existing)\s+)?(?:(?:any|a)\s+)?"
        rf"(?:{_CTCAE}?grade\s*(?:(?P<cmp>{COMPARISON})\s*)?(?P<n>[1-4])(?P<up>\s+or\s+(?:higher|greater|more|above))?\s+"
        rf"(?P<what>{_GRADED_NAME})"
        rf"|(?P<what2>{_GRADED_NAME})\s+(?:of\s+)?(?:{_CTCAE})?(?:(?P<cmp2>{COMPARISON})\s*)?grade\s*(?P<n2>[1-4])"
        r"(?P<up2>\s+or\s+(?:higher|greater|more|above))?)",
        _graded,
    ),
)
