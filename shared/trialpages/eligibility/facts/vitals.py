"""Body measures against limits: blood pressure, heart rate, QTc, heart pumping strength (LVEF), BMI, weight,
oxygen level, lung function (FEV1).

They are read with the grammar of labs.py (a measure, its limit and what the source adds to it); this module
names the measures, and reads the states a limit defines ("Hypotension (BP < 90/50 mmHg) or uncontrolled
hypertension (BP > 170/100 mmHg)"). A blood pressure written as a pair ("140/90 mmHg") stays a pair: whether
it means both numbers or either one is the source's to say, so the sentence says it the same way.
"""

from __future__ import annotations

import re

from trialpages.eligibility.facts.base import Fact, capitalised, recogniser
from trialpages.eligibility.facts.labs import Limits, limits_recogniser, read_limits, register


def _vital(plain: str, *spellings: str, plural: bool = False) -> None:
    register("vital", plain, *spellings, plural=plural)


_vital(
    "systolic (top) blood pressure",
    "systolic blood pressure",
    "sbp",
    "systolic bp",
    "systolic pressure",
    "systolic",
    "systolic arterial pressure",
    "systolic blood pressure (sbp)",
    "sbp (systolic blood pressure)",
)
_vital(
    "systolic (top) blood pressure at rest",
    "resting systolic blood pressure",
    "resting systolic bp",
)
_vital(
    "diastolic (bottom) blood pressure",
    "diastolic blood pressure",
    "dbp",
    "diastolic bp",
    "diastolic pressure",
    "diastolic",
    "diastolic arterial pressure",
)
_vital(
    "diastolic (bottom) blood pressure at rest",
    "resting diastolic blood pressure",
    "resting diastolic bp",
)
_vital(
    "blood pressure",
    "bp",
    "arterial blood pressure",
    "arterial pressure",
    "blood pressures",
    "sbp/dbp",
    "systolic/diastolic blood pressure",
)
_vital("blood pressure at rest", "resting blood pressure", "resting bp")
_vital(
    "systolic (top) blood pressure while sitting",
    "sitsbp",
    "sitting systolic blood pressure",
    "seated systolic blood pressure",
)
_vital(
    "diastolic (bottom) blood pressure while sitting",
    "sitdbp",
    "sitting diastolic blood pressure",
    "seated diastolic blood pressure",
)
_vital("blood pressure while sitting", "sitting blood pressure", "seated blood pressure")
_vital("systolic (top) blood pressure at rest while sitting", "resting sitting systolic blood pressure")
_vital("diastolic (bottom) blood pressure at rest while sitting", "resting sitting diastolic blood pressure")
_vital("blood pressure at rest while sitting", "resting sitting blood pressure")
_vital(
    "DLCO (how well your lungs pass oxygen into your blood)",
    "dlco",
    "diffusing capacity of the lung for carbon monoxide",
    "diffusion capacity of the lung for carbon monoxide",
)
_vital("heart rate", "hr", "pulse", "pulse rate", "heart rate (hr)", "ventricular rate")
_vital("heart rate at rest", "resting heart rate", "resting pulse", "resting hr", "resting pulse rate")
_vital(
    "QTc",
    "qtc",
    "qt interval corrected",
    "corrected qt interval",
    "qtc interval",
    "corrected qt",
    "qt corrected",
    "qtc (corrected qt interval)",
    "corrected qt interval (qtc)",
    "corrected qtc interval",
)
_vital(
    "QTcF",
    "qtcf",
    "qtcf interval",
    "qtcf (fridericia)",
    "qt interval corrected by fridericia",
    "qt interval corrected for heart rate using fridericia's formula",
    "qtc fridericia",
    "qtcf value",
    "corrected qt interval by fridericia (qtcf) interval",
    "qt corrected for heart rate by fridericia's cube root formula (qtcf)",
    "qtc according to fridericia's formula (qtcf)",
)
# "Mean resting corrected QT interval (QTc) more than 470 msec" (the mean is dropped as for any measure: labs._LEADING).
_vital("QTc at rest", "resting corrected qt interval (qtc)", "resting qtc", "resting qtc interval")
_vital(
    "QTcF at rest",
    "resting corrected qtcf interval",
    "resting qtcf",
    "resting qt interval corrected with fridericia's formula (qtcf)",
)
_vital("QTcB", "qtcb", "qtcb interval")
_vital("QT interval", "qt", "qt interval", "qt-interval")
_vital(
    "heart's pumping strength (LVEF)",
    "lvef",
    "left ventricular ejection fraction",
    "ejection fraction",
    "cardiac ejection fraction",
    "left ventricular cardiac ejection fraction",
    "left-ventricular ejection fraction",
    "lv ejection fraction",
    "lvef (left ventricular ejection fraction)",
    "left ventricle ejection fraction",
    "left ventricular ejection fraction (lvef)",
    "lvef%",
    "left ventricular ejection fraction (lvef) value",
)
_vital("BMI", "bmi", "body mass index", "body mass index (bmi)", "bmi value")
_vital("weight", "weight", "body weight", "bw", "total body weight", "body weight (bw)")
_vital(
    "blood oxygen level",
    "oxygen saturation",
    "spo2",
    "sao2",
    "o2 saturation",
    "pulse oximetry",
    "pulse oxygen",
    "oxygen saturation (spo2)",
    "blood oxygen saturation",
    "peripheral oxygen saturation",
    "pulse oximeter saturation",
    "room air oxygen saturation",
)
_vital(
    "FEV1",
    "fev1",
    "forced expiratory volume in 1 second",
    "forced expiratory volume in one second",
    "forced expiratory volume in 1 second (fev1)",
    "forced expiratory volume in 1 sec",
    "fev1 % predicted",
)
_vital(
    "FEV1 before an inhaler (bronchodilator)",
    "pre-bronchodilator fev1",
    "pre-bd fev1",
    "prebronchodilator fev1",
    "pre-bronchodilator forced expiratory volume",
    "morning pre-bd fev1",
)
_vital("waist size", "waist circumference", "waist")


class AnyState(Fact):
    """States a limit defines, any one of them: "You have low blood pressure (...), or you have ... (...)"."""

    states: tuple[Limits, ...]

    def sentence(self) -> str:
        return self.sentence_in("other") or ""

    def sentence_in(self, kind: str) -> str | None:
        said = [state.sentence_in(kind) for state in self.states]
        if any(text is None for text in said):
            return None
        sentences = [text for text in said if text is not None and text.count(".") == 1 and text.endswith(".")]
        if len(sentences) != len(said):
            return self._named_then_defined(said)
        clauses = [text.rstrip(".") for text in sentences]
        clauses = [clauses[0], *(text[:1].lower() + text[1:] for text in clauses[1:])]
        return ", or ".join(clauses) + "."

    def _named_then_defined(self, said: list[str | None]) -> str | None:
        """ "Resting hypotension (a resting systolic blood pressure of less than 90 mm Hg) or hypertension (...)"
        (NCT00654914 and four more): each state said as "You have X. This means ...", which joined by "or" would read
        as one run-on. The states are named once, then each is defined in a sentence of its own."""
        names, meanings = [], []
        for text in said:
            defined = _DEFINED.fullmatch(text or "")
            if defined is None:
                return None
            names.append(defined["name"])
            meanings.append(f"{capitalised(defined['name'])} here means {defined['meaning']}")
        return f"You have {' or '.join(names)}. " + " ".join(meanings)


_DEFINED = re.compile(r"You have (?P<name>[^.,()]+)\. This means (?P<meaning>[^.]+\.)")


# "Hypotension (...), or uncontrolled hypertension (...)": two or more states, each with its limits in brackets.
_STATE_LIST = re.compile(r"\)\s*,?\s*(?:or|and/or)\s+(?=[A-Za-z])", re.IGNORECASE)


def _any_state(match: re.Match) -> AnyState | None:
    text = match["body"]
    parts, start = [], 0
    for split in _STATE_LIST.finditer(text):
        parts.append(text[start : split.start() + 1])
        start = split.end()
    parts.append(text[start:])
    if len(parts) < 2:
        return None
    # "resting sitting hypotension (...) or hypertension (...)": the reading's setting is said once, for both.
    setting = _SETTING.match(parts[0].strip())
    if setting:
        parts = [
            parts[0],
            *(f"{setting['setting']} {part.strip()}" if _BARE_STATE.match(part) else part for part in parts[1:]),
        ]
    states = []
    for part in parts:
        reading = read_limits(part.strip())
        if reading is None or not reading.defines or reading.head is None:
            return None
        states.append(reading)
    return AnyState(states=tuple(states))


_SETTING = re.compile(r"(?:(?:patients?|subjects?)\s+with\s+)?(?P<setting>resting(?:\s+sitting)?)\s+", re.IGNORECASE)
_BARE_STATE = re.compile(r"\s*(?:hypo|hyper)tension\b", re.IGNORECASE)


RECOGNISERS = (
    limits_recogniser("vital-limit", "vital"),
    recogniser("vital-states", ("hypotension", "hypertension"), r"(?P<body>\S.*?\))", _any_state),
)
