"""Inclusion criteria that are alternatives though the study lists them as if all applied.

A study that takes people with any of several cancers often writes one inclusion criterion a cancer
("Histologically confirmed primary cervical cancer ...", "... primary prostate cancer ..."), one under the other,
with nothing to say that one of them is enough. Shown under "all of these are true" they would ask a patient to
have every one of those cancers. Two criteria that each open on the diagnosis of a different cancer are read as
alternatives: no study asks for two different primary cancers at once, while a study for one cancer names that
cancer again in its other criteria (and is then not split).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from trialpages.eligibility.model import Criterion

# The names a criterion's diagnosis ends on; each is a kind of cancer on its own.
_CANCER = re.compile(
    r"\b(?:cancers?|carcinomas?|adenocarcinomas?|leuka?emias?|lymphomas?|myelomas?|sarcomas?|melanomas?|gliomas?"
    r"|glioblastomas?|mesotheliomas?|neoplasms?|tumou?rs?|malignanc(?:y|ies))\b",
    re.IGNORECASE,
)
# A name alone that says which cancer.
_SPECIFIC_HEADS = {"leukemia", "leukaemia", "lymphoma", "myeloma", "sarcoma", "melanoma", "glioma", "glioblastoma"}
# Words that may open a criterion before its diagnosis: whom it is about and how the diagnosis was made.
_LEAD_WORDS = frozenset(
    [
        "consecutive",
        "adult",
        "adults",
        "male",
        "female",
        "patients",
        "patient",
        "subjects",
        "subject",
        "participants",
        "participant",
        "individuals",
        "people",
        "persons",
        "women",
        "men",
        "children",
        "with",
        "who",
        "have",
        "has",
        "having",
        "a",
        "an",
        "diagnosed",
        "diagnosis",
        "of",
        "confirmed",
        "proven",
        "documented",
        "histologically",
        "cytologically",
        "pathologically",
        "histopathologically",
        "clinically",
        "radiologically",
        "and",
        "or",
        "and/or",
        "newly",
        "new",
        "biopsy-proven",
    ]
)
# Words that say what kind of the cancer, not which cancer: they don't tell two cancers apart.
_GENERIC_WORDS = frozenset(
    [
        "primary",
        "newly",
        "new",
        "advanced",
        "metastatic",
        "locally",
        "recurrent",
        "relapsed",
        "refractory",
        "early",
        "late",
        "invasive",
        "untreated",
        "resectable",
        "unresectable",
        "operable",
        "inoperable",
        "high-risk",
        "low-risk",
        "acute",
        "chronic",
        "stage",
        "the",
        "of",
        "and",
        "a",
        "an",
        "with",
        "histologically",
        "cytologically",
        "pathologically",
        "confirmed",
        "proven",
        "documented",
        "diagnosed",
    ]
)
# A word before the cancer that makes the criterion about something else than having it now ("history of", "no").
_NOT_A_DIAGNOSIS = frozenset(
    [
        "history",
        "prior",
        "previous",
        "previously",
        "no",
        "not",
        "without",
        "other",
        "another",
        "second",
        "any",
        "treated",
        "secondary",
        "suspected",
        "family",
        "brain",
    ]
)
# How the diagnosis was made, said before the cancer's name ...
_DIAGNOSED = re.compile(r"\b(?:confirmed|diagnosed|diagnosis|proven|documented)\b", re.IGNORECASE)
# ... or after it: "Chronic myelomonocytic leukemia (CMML) type 2 was diagnosed according to ..."
_DIAGNOSED_AFTER = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:\s+type \w+)?\s+(?:was|were|is|are|has been|have been) (?:diagnosed|confirmed)\b",
    re.IGNORECASE,
)
# A word that names a marker or a measure of a cancer, not which cancer it is.
_MARKER_WORD = re.compile(r"\d|positive|negative|mutat|express|amplif|measurable|evaluable|target|residual", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z/-]*")
_MOST_MODIFIERS = 4


def alternative_diagnoses(tops: Sequence[Criterion]) -> list[list[Criterion]]:
    """Runs of two or more neighbouring criteria that each open on the diagnosis of a different cancer, or on
    a different one of the kinds of one condition that exclude each other ("Chronic cluster headache ...",
    "Episodic cluster headache ...")."""
    runs: list[list[Criterion]] = []
    run: list[tuple[Criterion, frozenset[str]]] = []
    for criterion in tops:
        which = cancer_diagnosed(criterion.text) or _exclusive_kind(criterion.text, run)
        if which is not None and all(which.isdisjoint(seen) for _, seen in run):
            run.append((criterion, which))
            continue
        _close(run, runs)
        run = [(criterion, which)] if which is not None else []
    _close(run, runs)
    return runs


def _close(run: list[tuple[Criterion, frozenset[str]]], runs: list[list[Criterion]]) -> None:
    if len(run) >= 2:
        runs.append([criterion for criterion, _ in run])


def cancer_diagnosed(text: str) -> frozenset[str] | None:
    """The words that say which cancer a criterion opens on the diagnosis of, or None when it doesn't."""
    head = _CANCER.search(text)
    if head is None:
        return None
    before = text[: head.start()]
    if re.search(r"[^\w\s/-]", before):  # a clause or bracket before the diagnosis: not its opening
        return None
    words = _WORD.findall(before)
    if words != before.split():
        return None
    lowered = [word.lower() for word in words]
    opening = 0
    while opening < len(lowered) and lowered[opening] in _LEAD_WORDS:
        opening += 1
    modifiers = lowered[opening:]
    which = frozenset(word for word in modifiers if word not in _GENERIC_WORDS and word != "or")
    if any(_MARKER_WORD.search(word) for word in which):  # "HER2-positive tumor": a kind of the same cancer
        return None
    if (
        len(which) > _MOST_MODIFIERS
        or _NOT_A_DIAGNOSIS.intersection(lowered)
        or _LEAD_WORDS.difference({"and", "or"}).intersection(modifiers)  # "Absence of documented tumor ..."
    ):
        return None
    said_after = _DIAGNOSED_AFTER.match(text, head.end())
    if opening == 0 and said_after is None:
        return None
    if not (said_after or _DIAGNOSED.search(before) or lowered[1:2] == ["with"]):
        return None
    name = head.group().lower().rstrip("s")
    if not which and name in _SPECIFIC_HEADS:  # "Confirmed melanoma": the name says which
        which = frozenset({name})
    return which or None


# Kinds of one condition that cannot both be true of a person: a study that lists one criterion for each takes
# either.
_EXCLUSIVE_KIND = re.compile(r"^(?P<kind>chronic|episodic)\s+(?P<condition>[a-z]+(?:\s+[a-z]+)?)\b", re.IGNORECASE)
_EXCLUSIVE_PAIRS = ({"chronic", "episodic"},)


def _exclusive_kind(text: str, run: list[tuple[Criterion, frozenset[str]]]) -> frozenset[str] | None:
    """The kind a criterion opens on ({"episodic cluster headache"}) when the run so far holds another kind of
    the same condition that excludes it, or when it could start such a run."""
    match = _EXCLUSIVE_KIND.match(text)
    if match is None:
        return None
    kind, condition = match["kind"].lower(), match["condition"].lower()
    for criterion, _ in run:
        other = _EXCLUSIVE_KIND.match(criterion.text)
        if other is None or other["condition"].lower() != condition:
            return None
        if not any({kind, other["kind"].lower()} == pair for pair in _EXCLUSIVE_PAIRS):
            return None
    return frozenset({f"{kind} {condition}"})


# "Low-risk or intermediate-risk prostate cancer (low risk: T1c-T2a ...; intermediate risk: T2b-T2c ...)" over
# "Patients with pT1a/b tumor diagnosis after transurethral resection of the prostate (TURP)" (NCT04861194, sample 6:
# WRONG, read as both required): no tumour is at two T stages at once, so each is a way in.
_T_STAGE = re.compile(
    r"(?<![\w/-])(?P<system>[cpy]?)T(?P<number>[0-4])(?P<letters>[a-c](?:/[a-c])*)?"
    r"(?:\s*[-–]\s*(?:[cpy]?T)?(?P<last>[0-4])(?P<last_letter>[a-c])?)?(?=N[0-3X]|[^\w/]|$)"
)
# A stage said as a limit ("< T3", "beyond T2b", "T3a +", "T3 or greater") is not a set of stages to compare; a
# criterion that rules stages out ("no", "except") takes the others.
_LIMIT_BEFORE = re.compile(
    r"(?:[<>≤≥=]|\b(?:beyond|greater|higher|more|less|lower|above|below|least|most|up\s+to|any|than))\s*"
    r"(?:(?:clinical|pathologic(?:al)?|tumou?r|stage|of|the|a)\s+)*$",
    re.IGNORECASE,
)
_LIMIT_AFTER = re.compile(r"^\s*(?:\+|(?:or|and)\s+(?:greater|higher|more|above|less|lower|below|over|beyond)\b)", re.I)
_RULED_OUT = re.compile(r"\b(?:no|not|non|without|except|excluding|absence)\b", re.IGNORECASE)
_SYSTEM_WORDS = (("c", re.compile(r"\bclinical(?:ly)?\b", re.I)), ("p", re.compile(r"\bpatholog", re.I)))


def _sub_stages(number: str, letters: str | None) -> set[str]:
    return {f"{number}{letter}" for letter in (letters.split("/") if letters else "abc")}


def t_stages(text: str) -> tuple[str, frozenset[str]] | None:
    """(how it was staged: "c", "p", "y" or "" when the criterion does not say, the sub-stages it names) for a
    criterion that names T stages of a tumour as the stages it takes; None when it names none, or names one as a
    limit or ruled out."""
    found = list(_T_STAGE.finditer(text))
    if not found or _RULED_OUT.search(text) or not (_CANCER.search(text) or re.search(r"\bstage", text, re.I)):
        return None
    if any(
        _LIMIT_BEFORE.search(text[: mention.start()]) or _LIMIT_AFTER.match(text[mention.end() :]) for mention in found
    ):
        return None
    stages: set[str] = set()
    for mention in found:
        first = _sub_stages(mention["number"], mention["letters"])
        if mention["last"] is None:
            stages |= first
            continue
        last = _sub_stages(mention["last"], mention["last_letter"])
        every = [f"{number}{letter}" for number in "01234" for letter in "abc"]
        stages |= set(every[every.index(min(first)) : every.index(max(last)) + 1])
    systems = {mention["system"] for mention in found} | {name for name, said in _SYSTEM_WORDS if said.search(text)}
    systems.discard("")
    if len(systems) > 1:
        return None
    return (systems.pop() if systems else ""), frozenset(stages)


def neighbouring_pairs(
    tops: Sequence[Criterion], taken: set[str], either: Callable[[str, str], bool]
) -> list[list[Criterion]]:
    """Neighbouring criteria, neither in a run already, whose texts are `either` way in."""
    return [
        [first, second]
        for first, second in zip(tops, tops[1:], strict=False)
        if not {first.id, second.id} & taken and either(first.text, second.text)
    ]


def other_ways_in(tops: Sequence[Criterion], taken: set[str]) -> list[list[Criterion]]:
    """Neighbouring criteria of which one is enough: tumours at T stages the other does not take, or another disease
    with a component of the one the criterion before names."""
    return neighbouring_pairs(tops, taken, lambda one, other: _stages_apart(one, other) or _with_a_part_of(one, other))


def _stages_apart(first: str, second: str) -> bool:
    """Each takes T stages the other does not, staged the same way (or one does not say how)."""
    one, other = t_stages(first), t_stages(second)
    if one is None or other is None or one[1] & other[1]:
        return False
    return not (one[0] and other[0] and one[0] != other[0])


# "Confirmed diagnosis of bronchial asthma" over "Chronic Obstructive Pulmonary Disease (COPD) with an asthma
# component, where the asthma component plays a clinically relevant role" (NCT06751550, sample 51: WRONG, read as both
# required): another disease with a part of the first is a second way in, not a second disease to have.
_WITH_ITS_COMPONENT = re.compile(
    r"^\W*(?P<other>[A-Z][\w ()'/-]{2,80}?)\s+with\s+(?:an?\s+)?(?P<part>[a-z][\w-]{3,30})\s+"
    r"(?:component|features?|phenotype|overlap)\b",
    re.IGNORECASE,
)
_NAMES_A_DIAGNOSIS = re.compile(r"\b(?:diagnos[ie]s|diagnosed|confirmed|documented|established)\b", re.IGNORECASE)


def _with_a_part_of(first: str, second: str) -> bool:
    part = _WITH_ITS_COMPONENT.match(second)
    if part is None or not _NAMES_A_DIAGNOSIS.search(first):
        return False
    named = re.compile(rf"\b{re.escape(part['part'])}\b", re.IGNORECASE)
    return named.search(first) is not None and named.search(part["other"]) is None
