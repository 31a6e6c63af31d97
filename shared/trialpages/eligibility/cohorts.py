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
from collections.abc import Sequence

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
