"""The disease: how it was diagnosed, its stage, measurable tumors, spread to the brain, other cancers."""

from __future__ import annotations

import re
from typing import ClassVar

from trialpages.eligibility.clean import original_words
from trialpages.eligibility.facts.base import COUNT, Fact, count, plural, recogniser


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    return (
        text
        if first.isupper()
        or any(c.isdigit() for c in first)
        or not first[:1].isupper()
        or (len(first) > 1 and not first[1:].islower())
        else text[:1].lower() + text[1:]
    )


class ConfirmedDiagnosis(Fact):
    glance: ClassVar[str | None] = "diagnosis"
    test: str  # "tissue", "cell", "tissue or cell"
    what: str  # the disease, in the study's words

    def sentence(self) -> str:
        return f"A {self.test} test has shown that you have {self.what}."


class Diagnosis(Fact):
    glance: ClassVar[str | None] = "diagnosis"
    what: str

    def sentence(self) -> str:
        return f"A doctor has found that you have {self.what}."


class MeasurableDisease(Fact):
    at_least_one: bool
    recist: str | None  # the RECIST version, or "" when RECIST is named without one

    def sentence(self) -> str:
        what = "at least 1 tumor" if self.at_least_one else "tumors"
        recist = "" if self.recist is None else f" (by RECIST {self.recist})" if self.recist else " (by RECIST)"
        return f"You have {what} that can be measured on scans{recist}."


class BrainMetastases(Fact):
    qualifiers: str  # "untreated", "active", "symptomatic" ... as written, lower case
    where: str  # "the brain", "the brain or spinal cord"

    def sentence(self) -> str:
        if self.qualifiers == "symptomatic":
            return f"You have cancer that has spread to {self.where} and causes symptoms."
        return f"You have {self.qualifiers + ' ' if self.qualifiers else ''}cancer that has spread to {self.where}."


class OtherCancer(Fact):
    earlier: bool  # "prior/previous malignancy": any cancer before, not only another one
    active: bool
    invasive: bool
    number: str | None
    unit: str | None

    def sentence(self) -> str:
        invasive = "invasive " if self.invasive else ""
        when = f" in the last {plural(self.number, self.unit or '')}" if self.number else ""
        if self.active:
            return f"You have {'an' if self.earlier else 'another'} active {invasive}cancer{when}."
        if self.earlier:
            return f"You have had {'an invasive ' if self.invasive else ''}cancer{when}."
        return f"You have or have had another {invasive}cancer{when}."


_CONFIRMED = r"(?:confirmed|proven|documented|verified|diagnosed)"


def _test(how: str) -> str:
    lowered = how.lower()
    if re.search(r"\b(?:and/or|or|and)\b", lowered):
        return "tissue or cell"
    return "cell" if lowered.startswith("cyto") else "tissue"


def _what(text: str) -> str | None:
    what = original_words(text).rstrip(".")
    # A disease named with its own clause ("that is ...", "which has ...") or exceptions stays whole in its words.
    if re.search(r"\b(?:except|unless|other than|not|no|that|which|who|if)\b|[;:]", what, re.IGNORECASE):
        return None
    return _lower_first(what)


def _brain(match: re.Match) -> BrainMetastases | None:
    qualifiers = " ".join(match["q"].split()).lower().rstrip(",")
    if "symptomatic" in qualifiers and qualifiers != "symptomatic":
        return None  # "untreated or symptomatic" joins two conditions: left in the study's words
    where = (
        "the brain"
        if re.search(r"\bbrain\b", match[0], re.I) and not re.search(r"cns|central|spinal|leptomening", match[0], re.I)
        else "the brain or spinal cord"
    )
    return BrainMetastases(qualifiers=qualifiers, where=where)


RECOGNISERS = (
    recogniser(
        "diagnosis-confirmed",
        ("histolog", "cytolog", "patholog"),
        rf"(?:an? )?(?P<how>histologically|cytologically|pathologically|histologically (?:and/or|or|and) cytologically|"
        rf"cytologically (?:and/or|or|and) histologically|histopathologically)\s+{_CONFIRMED}\s+(?:diagnosis of\s+)?"
        r"(?P<what>[^;:]{3,120})",
        lambda m: ConfirmedDiagnosis(test=_test(m["how"]), what=w) if (w := _what(m["what"])) else None,
    ),
    recogniser(
        "diagnosis",
        ("diagnos",),
        r"(?:a |an )?(?:confirmed |documented |clinical |established )?diagnosis of\s+(?P<what>[^;:]{3,100})",
        lambda m: Diagnosis(what=w) if (w := _what(m["what"])) else None,
    ),
    recogniser(
        "measurable-disease",
        ("measurable",),
        r"(?P<least>at least one |≥ ?1 |one or more )?(?:radiographically |radiologically )?measurable (?:disease|lesions?|tumou?rs?)"
        r"(?: (?:according to|as defined by|per|by|using|based on) (?:the )?(?:response evaluation criteria in solid tumou?rs\s*)?"
        r"\(?(?P<recist>recist)\)?(?: criteria)?(?:\s*(?:version|v\.?)?\s*(?P<v>\d(?:\.\d)?))?(?: criteria)?)?",
        lambda m: MeasurableDisease(at_least_one=bool(m["least"]), recist=(m["v"] or "") if m["recist"] else None),
    ),
    recogniser(
        "brain-metastases",
        ("brain", "cns", "central nervous"),
        r"(?P<q>(?:(?:known|active|untreated|symptomatic|uncontrolled|progressive|unstable)(?:,? (?:and/or|or|and) |,? ))*)"
        r"(?:brain|cns|central nervous system(?: \(cns\))?) metastas[ie]s",
        _brain,
    ),
    recogniser(
        "other-cancer",
        ("malignan", "cancer"),
        r"(?:(?:a )?(?:past |previous |prior )?history of |any )?(?P<which>an?other|second|additional|concurrent|other|prior|previous)"
        r" (?:primary )?(?P<active>active )?(?P<invasive>invasive )?(?:malignanc(?:y|ies)|cancers?)"
        rf"(?: (?:within|in) (?:the )?(?:last |past |previous |prior )?(?P<n>{COUNT})\s*(?P<unit>years?|months?))?",
        lambda m: OtherCancer(
            earlier=m["which"].lower() in ("prior", "previous"),
            active=bool(m["active"]),
            invasive=bool(m["invasive"]),
            number=count(m["n"]) if m["n"] else None,
            unit=m["unit"],
        ),
    ),
)
