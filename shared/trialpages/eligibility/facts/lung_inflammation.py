"""Lung swelling or scarring in the fixed phrases of immunotherapy and targeted-therapy studies:
"History of (non-infectious) ILD/pneumonitis that required steroids, has current ILD/pneumonitis, or where suspected
ILD/pneumonitis cannot be ruled out by imaging at screening", "Past medical history of ILD, drug-induced ILD, radiation
pneumonitis which required steroid treatment, or any evidence of clinically active ILD".

Each part keeps its own state: in the second phrase only the radiation pneumonitis is said to have needed steroids
(any earlier interstitial lung disease counts). The names are worded as the condition table words them
(condition_names.py), with the short name said again for the later parts.
"""

from __future__ import annotations

import re
from typing import Literal

from trialpages.eligibility.facts.base import Fact, recogniser

Disease = Literal["pneumonitis", "ild", "both"]

# (plain name, short name said again later)
_NAMES: dict[str, tuple[str, str]] = {
    "pneumonitis": ("lung swelling (pneumonitis)", "pneumonitis"),
    "noninfectious pneumonitis": ("lung swelling not caused by an infection (pneumonitis)", "pneumonitis"),
    "ild": ("a disease that scars the lungs (interstitial lung disease)", "interstitial lung disease"),
}


def _named(disease: Disease, noninfectious: bool) -> tuple[str, str]:
    pneumonitis = _NAMES["noninfectious pneumonitis" if noninfectious else "pneumonitis"]
    if disease == "pneumonitis":
        return pneumonitis
    if disease == "ild":
        return _NAMES["ild"]
    return f"{pneumonitis[0]} or {_NAMES['ild'][0]}", "pneumonitis or interstitial lung disease"


class LungInflammation(Fact):
    """ "History of (non-infectious) ILD/pneumonitis that required steroids, has current ILD/pneumonitis, or where
    suspected ILD/pneumonitis cannot be ruled out by imaging at screening"."""

    had: Disease
    noninfectious: bool = False
    steroids: bool = False  # the earlier one needed steroids
    now: Disease | None = None
    or_suspected: bool = False  # "current or suspected ILD"
    scan_cannot_rule_out: Disease | None = None  # "... cannot be ruled out by imaging at screening"

    def sentence(self) -> str:
        had, _ = _named(self.had, self.noninfectious)
        said = [f"You have had {had}{' that needed steroids' if self.steroids else ''}"]
        if self.now:
            now = _named(self.now, False)[1]
            said.append(f"you have {now} now{', or it is thought you may have it' if self.or_suspected else ''}")
        if self.scan_cannot_rule_out:
            scan = _named(self.scan_cannot_rule_out, False)[1]
            said.append(f"{scan} may be there and a scan at your first study visit cannot rule it out")
        if len(said) == 1:
            return said[0] + "."
        return ", ".join(said[:-1]) + ", or " + said[-1] + "."


class LungInflammationEver(Fact):
    """ "Has known history of, or any evidence of active, non-infectious pneumonitis"."""

    disease: Disease
    noninfectious: bool = False
    known: bool = False

    def sentence(self) -> str:
        name, short = _named(self.disease, self.noninfectious)
        had = "are known to have had" if self.known else "have had"
        return f"You {had} {name}, or there are signs that you have active {short} now."


class DrugOrRadiationLungDisease(Fact):
    """ "Past medical history of ILD, drug-induced ILD, radiation pneumonitis which required steroid treatment, or any
    evidence of clinically active ILD"."""

    active_said: Literal["evidence", "suspected", "diagnosed at screening"]

    def sentence(self) -> str:
        now = {
            "evidence": "there are signs that you have active interstitial lung disease now",
            "suspected": "you have signs that may be interstitial lung disease",
            "diagnosed at screening": "active interstitial lung disease is found at your first study visit",
        }[self.active_said]
        return (
            "You have had a disease that scars the lungs (interstitial lung disease) or lung scarring caused by a medicine "
            "(drug-induced interstitial lung disease), you have had lung swelling caused by radiation treatment "
            f"(radiation pneumonitis) that needed steroids, or {now}."
        )


_ILD = r"(?:interstitial lung disease(?: \(ild\))?|ild(?: \(interstitial lung disease\))?)"
_ONE = rf"(?:{_ILD}/pneumonitis|pneumonitis/{_ILD}|{_ILD}|pneumonitis)"
_NONINFECTIOUS = r"(?P<noninf>\(non-?infectious\) |non-?infectious )?"
_FIRST = rf"(?:has )?(?:a )?(?:known )?history of {_NONINFECTIOUS}(?P<had>{_ONE})(?P<steroids> that required (?:systemic )?steroids)?"
_CURRENT = rf"(?:has )?current (?P<now>{_ONE})"
_SUSPECTED = rf"where suspected (?P<scan>{_ONE}) (?:that )?cannot be ruled out by imaging at screening"
_LUNG_INFLAMMATION = rf"(?P<lung>{_FIRST}(?:,? (?:{_CURRENT}(?:,? or {_SUSPECTED})?|current or (?P<suspected_now>suspected) (?P<now2>{_ONE}))))"
_DRUG_OR_RADIATION = (
    rf"(?:(?:a )?(?:past |previous |prior )?(?:medical )?history of |previous |has had ){_ILD}, (?:a history of )?drug-induced "
    rf"{_ILD},? (?:or )?(?:a history of )?radiation pneumoni(?:tis|a) (?:which |that )?(?:required|requiring|requires?) steroid "
    r"(?:treatment|therapy)[,;]? or (?:(?P<evidence>any evidence of clinically active)|(?P<suspected>having the clinical "
    r"manifestations of suspected)|(?P<diagnosed>diagnosis of clinically active)) "
    rf"{_ILD}(?: diseases?)?(?P<screening> during the screening period)?"
)


_EVER = rf"(?P<known>known )?history of,? or any evidence of active,? (?P<noninf>\(non-?infectious\) |non-?infectious )?(?P<what>{_ONE})"


def _ever(match: re.Match) -> LungInflammationEver:
    return LungInflammationEver(
        disease=_disease(match["what"]), noninfectious=bool(match["noninf"]), known=bool(match["known"])
    )


def _disease(name: str) -> Disease:
    lowered = name.lower()
    has_ild = "ild" in lowered or "interstitial" in lowered
    return "both" if has_ild and "pneumonitis" in lowered else "ild" if has_ild else "pneumonitis"


def _lung_inflammation(match: re.Match) -> LungInflammation | None:
    now = match["now"] or match["now2"]
    return LungInflammation(
        had=_disease(match["had"]),
        noninfectious=bool(match["noninf"]),
        steroids=bool(match["steroids"]),
        now=_disease(now) if now else None,
        or_suspected=bool(match["suspected_now"]),
        scan_cannot_rule_out=_disease(match["scan"]) if match["scan"] else None,
    )


def _drug_or_radiation(match: re.Match) -> DrugOrRadiationLungDisease | None:
    if match["screening"] and not match["diagnosed"]:
        return None
    if match["diagnosed"] and not match["screening"]:
        return None  # "diagnosis of clinically active ILD": when, if not at screening, is not said
    said: Literal["evidence", "suspected", "diagnosed at screening"] = (
        "evidence" if match["evidence"] else "suspected" if match["suspected"] else "diagnosed at screening"
    )
    return DrugOrRadiationLungDisease(active_said=said)


RECOGNISERS = (
    recogniser(
        "lung-inflammation", ("pneumonitis", "ild", "interstitial lung"), _LUNG_INFLAMMATION, _lung_inflammation
    ),
    recogniser("lung-inflammation", ("drug-induced",), _DRUG_OR_RADIATION, _drug_or_radiation),
    recogniser("lung-inflammation", ("evidence of active",), _EVER, _ever),
)
