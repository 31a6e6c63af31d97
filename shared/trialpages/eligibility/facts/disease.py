"""The disease: how it was confirmed, measurable tumors, spread to the brain, other cancers and their
exceptions, allergy to named drugs.

The disease is named from the same plain-name table as other conditions (condition_names.py), with its
extent and stage as written ("locally advanced or metastatic", "stage IV"); a disease the table does not
know is not named, and the sentence stays in the study's words.
"""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from trialpages.eligibility.facts.base import COUNT, Fact, count, plural, recogniser
from trialpages.eligibility.facts.conditions import Conditions, read_conditions

# --- Confirmed diagnosis ------------------------------------------------------------------------------------


class ConfirmedDiagnosis(Fact):
    glance: ClassVar[str | None] = "diagnosis"
    test: Literal["tissue", "cell", "tissue or cell"]
    what: str  # the disease, plainly named: "metastatic prostate cancer"

    def sentence(self) -> str:
        return f"A {self.test} test has shown that you have {self.what}."


_CONFIRMED = r"(?:confirmed|proven|documented|verified|diagnosed)"
_HOW = (
    r"(?P<how>histologically|cytologically|pathologically|histopathologically|histologically (?:and/or|or|and) cytologically|"
    r"cytologically (?:and/or|or|and) histologically|histologically- or cytologically-|histological(?:ly)? or cytological(?:ly)?)"
)


def _test(how: str) -> Literal["tissue", "cell", "tissue or cell"]:
    lowered = how.lower()
    if re.search(r"\b(?:and/or|or|and)\b", lowered):
        return "tissue or cell"
    return "cell" if lowered.startswith("cyto") else "tissue"


def _confirmed(match: re.Match) -> ConfirmedDiagnosis | None:
    fact = read_conditions(match["what"])
    if fact is None or fact.state != "has" or fact.negated or fact.window or fact.duration or fact.at or fact.serious:
        return None
    return ConfirmedDiagnosis(test=_test(match["how"]), what=_joined(list(fact.names), fact.joiner))


def _joined(members: list[str], joiner: str) -> str:
    return members[0] if len(members) == 1 else ", ".join(members[:-1]) + f" {joiner} " + members[-1]


# --- Measurable disease -----------------------------------------------------------------------------------


class MeasurableDisease(Fact):
    at_least_one: bool
    recist: str | None  # the RECIST version, "" when RECIST is named without one, None when not named
    evaluable: bool = False  # "measurable or evaluable": tumors that can be measured or at least assessed
    baseline: bool = False  # "at baseline"
    scans: str = "scans"  # "CT or MRI scans": the scans named

    def sentence(self) -> str:
        what = "at least 1 tumor" if self.at_least_one else "tumors"
        how = f"can be measured or assessed on {self.scans}" if self.evaluable else f"can be measured on {self.scans}"
        recist = "" if self.recist is None else f" (by RECIST {self.recist})" if self.recist else " (by RECIST)"
        when = " at the start of the study" if self.baseline else ""
        return f"You have {what} that {how}{when}{recist}."


_RECIST = (
    r"(?: (?:according to|as defined by|defined by|per|by|using|based on|that met(?: the)?|that meets?(?: the)?) (?:the )?"
    r"(?:response evaluation criteria in solid tumou?rs\s*)?\(?(?P<recist>recist)\)?(?:\s*(?:version|v\.?)?\s*(?P<v>\d(?:\.\d)?))?"
    r"(?: criteria)?|(?: according to| per| by| as defined by)? (?:the )?response evaluation criteria in solid tumou?rs"
    r"(?P<recist2>)(?: \(recist\))?(?:\s*(?:version|v\.?)?\s*(?P<v2>\d(?:\.\d)?))?)?"
)


def _measurable(match: re.Match) -> MeasurableDisease:
    named = match["recist"] is not None or match["recist2"] is not None
    version = match["v"] or match["v2"] or ""
    return MeasurableDisease(
        at_least_one=bool(match["least"] or match["least2"]),
        recist=version if named else None,
        evaluable=bool(match["evaluable"]),
        baseline=bool(match["baseline"]),
        scans=_scans(match["scan"]),
    )


def _scans(said: str | None) -> str:
    if not said:
        return "scans"
    lowered = said.lower()
    ct = "ct" in lowered or "computed" in lowered
    mri = "mri" in lowered or "magnetic" in lowered
    return "CT or MRI scans" if ct and mri else "CT scans" if ct else "MRI scans"


# --- Spread to the brain ----------------------------------------------------------------------------------


class BrainMetastases(Fact):
    where: str  # "the brain", "the brain or spinal cord"
    known: bool = False
    states: tuple[str, ...] = ()  # "is untreated", "causes symptoms" ... joined by `joiner`
    joiner: Literal["and", "or"] = "and"
    unless: tuple[str, ...] = ()  # "it causes no symptoms", "it is stable" ...
    unless_for: str | None = None  # "for at least 7 days before you join the study"
    allowed: bool = False  # "Patients with treated, stable brain metastases are eligible"
    meninges: str | None = None  # "... and/or carcinomatous meningitis": or in the layers around the brain, as named

    @property
    def allowance(self) -> bool:
        """It says when you may join after all: the sentences after it in its criterion go on to describe that."""
        return bool(self.unless) or self.allowed

    def sentence(self) -> str:
        states = f" and {_joined(list(self.states), self.joiner)}" if self.states else ""
        if self.allowed:
            return f"You can still join if you have cancer that has spread to {self.where}{states}."
        verb = "are known to have" if self.known else "have"
        unless = ""
        if self.unless:
            unless = f", unless {_joined(list(self.unless), 'and')}{' ' + self.unless_for if self.unless_for else ''}"
        meninges = (
            f", or cancer in the thin layers around the brain and spinal cord ({self.meninges})"
            if self.meninges
            else ""
        )
        return f"You {verb} cancer that has spread to {self.where}{states}{unless}{meninges}."


_BRAIN = (
    r"(?P<where>brain|cns|central nervous system(?: \(cns\))?|cerebral|intracranial)(?: \(cns\))? (?:metastases|metastasis|mets|"
    r"metastatic disease)|metastases to the brain"
)
_BRAIN_STATES = {
    "active": "is active",
    "clinically active": "is active",
    "untreated": "is untreated",
    "symptomatic": "causes symptoms",
    "uncontrolled": "is not controlled",
    "uncontrollable": "cannot be controlled",
    "unstable": "is unstable",
    "progressive": "is growing (progressive)",
    "progressing": "is growing (progressive)",
}
_BRAIN_STATE = (
    r"(?:clinically active|active|untreated|symptomatic|uncontrolled|uncontrollable|unstable|progressive|progressing)"
)
_UNLESS_ITEMS = (
    (r"asymptomatic|without symptoms|not symptomatic|neurologically asymptomatic", "it causes no symptoms"),
    (r"(?:clinically |radiologically |radiographically |neurologically )?stable", "it is stable"),
    (r"(?:previously |adequately |definitively |locally )?treated", "it has been treated"),
    (
        r"(?:not requiring|no longer requiring|not needing|off) (?:corticosteroids|steroids|steroid therapy|corticosteroid therapy)",
        "you have not needed steroids",
    ),
    (
        r"(?:not requiring|no longer requiring|not needing|off) (?:corticosteroids|steroids|steroid therapy|corticosteroid therapy) "
        r"(?:or|and/or) anticonvulsants",
        "you have not needed steroids or medicines for seizures",
    ),
)
_UNLESS_FOR = (
    rf"(?: for (?P<cmp>at least )?(?P<n>{COUNT}) (?P<unit>days?|weeks?|months?)(?: (?:before|prior to) (?P<event>the first dose"
    r"(?: of study (?:drug|treatment))?|randomi[sz]ation|enrol?lment|study entry|study treatment|start of study treatment|"
    r"registration|screening))?)?"
)


def _brain(match: re.Match) -> BrainMetastases | None:
    where = "the brain or spinal cord" if re.search(r"cns|central", match["where"] or "", re.I) else "the brain"
    words = " ".join((match["q"] or "").lower().replace(",", " , ").split())
    known = words.startswith("known")
    words = words.removeprefix("known").strip()
    states: list[str] = []
    joiner = "and"
    for part in re.split(r" (and/or|or|and|,) ", f" {words} ".replace(" , ", " , ")):
        part = part.strip()
        if not part:
            continue
        if part in ("or", "and/or"):
            joiner = "or"
            continue
        if part in ("and", ","):
            continue
        for state in re.findall(rf"{_BRAIN_STATE}", part):
            states.append(_BRAIN_STATES[state])
        if re.sub(_BRAIN_STATE, "", part).strip():
            return None
    if joiner == "or" and (" and " in f" {words} " or len(states) > 2):
        return None
    unless: list[str] = []
    unless_for = None
    if match["unless"]:
        rest = match["unless"].lower().strip()
        for piece in re.split(r",? and |, ", rest):
            piece = piece.strip()
            said = next((words for pattern, words in _UNLESS_ITEMS if re.fullmatch(pattern, piece)), None)
            if said is None:
                return None
            unless.append(said)
        if match["n"]:
            if not unless[-1].startswith("you have not needed steroids"):
                return None
            event = _event(match["event"]) if match["event"] else None
            span = plural(count(match["n"]), match["unit"])
            unless_for = f"for {'at least ' if match['cmp'] else ''}{span}" + (f" before {event}" if event else "")
    if match["meninges"] and unless:
        return None  # "unless ...": of the metastases, or of both? Not plain
    meninges = match["meninges"].lower() if match["meninges"] else None
    return BrainMetastases(
        where=where,
        known=known,
        states=tuple(states),
        joiner=joiner,
        unless=tuple(unless),
        unless_for=unless_for,
        meninges=meninges,
    )


def _brain_allowed(match: re.Match) -> BrainMetastases | None:
    said = []
    for word in re.split(r",? and |, | ", match["q"].lower().strip()):
        if not word:
            continue
        state = {
            "treated": "has been treated",
            "previously treated": "has been treated",
            "stable": "is stable",
            "asymptomatic": "causes no symptoms",
            "inactive": "is not active",
            "clinically inactive": "is not active",
        }
        if word == "previously" or word == "clinically":
            continue
        if word not in state:
            return None
        said.append(state[word])
    where = "the brain or spinal cord" if re.search(r"cns|central", match["where"] or "", re.I) else "the brain"
    return BrainMetastases(where=where, states=tuple(dict.fromkeys(said)), allowed=True)


_EVENTS = (
    ("enrol", "you join the study"),
    ("randomi", "you join the study"),
    ("registration", "you join the study"),
    ("entry", "you join the study"),
    ("screening", "the first study visit"),
)


def _event(text: str) -> str:
    lowered = text.lower()
    return next((words for key, words in _EVENTS if key in lowered), "your first study treatment")


# --- Other cancers and their exceptions ---------------------------------------------------------------------


class CancerWithExceptions(Fact):
    """A rule about cancer with the kinds it does not cover: "unless it was one of these: ..."."""

    cancer: Conditions  # "You have had cancer in the last 5 years"
    exceptions: tuple[str, ...]
    treated: str | None = None  # "properly treated", "treated to cure it" ...
    allowance: ClassVar[bool] = True  # the sentences after it in its criterion go on to describe its exceptions

    def sentence(self) -> str:
        said = self.cancer.sentence().rstrip(".")
        if len(self.exceptions) == 1 and not self.treated:
            return f"{said}, unless it was {self.exceptions[0]}."
        treated = f" and was {self.treated}" if self.treated else ""
        return f"{said}, unless it was one of these{treated}: {_joined(list(self.exceptions), 'or')}."


_EXCEPT = re.compile(
    r"\s*,?\s*(?P<open>\()?\s*\b(?:other than|except(?: for)?|with the exception of|excluding|apart from|but not)\s+",
    re.IGNORECASE,
)
_AFTER_EXCEPT = re.compile(
    r"\s*,?\s*(?:with)?in (?:the )?(?:(?:last|past|previous|prior) [^()]+|\d+ (?:days?|weeks?|months?|years?)"
    r"(?: (?:before|prior to) [^()]+)?)$",
    re.IGNORECASE,
)


def _except_parts(text: str) -> tuple[str, str] | None:
    """(the rule without its exception, what is excepted): "History of malignancy within 5 years (other than X)"."""
    found = _EXCEPT.search(text)
    if found is None:
        return None
    rest = text[found.end() :]
    after = ""
    if found["open"]:
        close = rest.find(")")
        if close < 0 or "(" in rest[:close]:
            return None
        what, after = rest[:close], rest[close + 1 :]
        if after.strip(" ,.") and not _AFTER_EXCEPT.fullmatch(after.rstrip(" ,.")):
            return None
    elif window := _AFTER_EXCEPT.search(rest):
        what, after = rest[: window.start()], window[0]
    else:
        what = rest
    return (text[: found.start()] + " " + after.strip(" ,.")).strip(), what.strip()


_TREATED = (
    (r"adequately treated|appropriately treated|properly treated|adequately-treated", "properly treated"),
    (r"curatively treated|treated with curative intent|treated curatively|cured", "treated to cure it"),
    (r"successfully treated by curative excision", "successfully removed by surgery"),
    (r"successfully treated", "successfully treated"),
    (r"treated by curative excision", "removed by surgery to cure it"),
    (r"completely resected|completely removed|completely excised|resected|surgically removed", "removed by surgery"),
)


_CANCER_WORD = re.compile(r"malignan|cancer|carcinoma|neoplas|tumou?r", re.IGNORECASE)
# Cancer of any kind, as the conditions reader says it, with the words of its state: "another active cancer".
_ANY_CANCER = re.compile(
    r"(?:another |an? )?(?:(?:active|untreated|uncontrolled|progressive|symptomatic) )*cancer|a second, separate cancer"
)


def _cancer_exceptions(match: re.Match) -> CancerWithExceptions | None:
    text = match["body"]
    if not _CANCER_WORD.search(text) or (parts := _except_parts(text)) is None:
        return None
    main, what = parts
    cancer = read_conditions(main, match.string[: match.start("body")])
    if cancer is None or not all(_ANY_CANCER.fullmatch(name) for name in cancer.names):
        return None
    treated = None
    for pattern, said in _TREATED:
        if lead := re.match(rf"(?:{pattern})\s+", what, re.IGNORECASE):
            treated, what = said, what[lead.end() :]
            break
        if tail := re.search(rf"\s+(?:that (?:was|were|has been|have been) )?(?:{pattern})$", what, re.IGNORECASE):
            treated, what = said, what[: tail.start()]
            break
    excepted = read_conditions(what)
    if (
        excepted is None
        or excepted.state != "has"
        or excepted.negated
        or excepted.window
        or excepted.serious
        or excepted.at
    ):
        return None
    return CancerWithExceptions(cancer=cancer, exceptions=excepted.names, treated=treated)


# --- Allergy to named drugs ---------------------------------------------------------------------------------


class Allergy(Fact):
    what: str  # as written: "sildenafil", "ultrasound gel", "PDE5 inhibitors"
    state: Literal["is", "known", "known or suspected", "had"] = "is"
    negated: bool = False
    components: bool = False  # "or any of its ingredients"

    def sentence(self) -> str:
        what = self.what + (" or any of its ingredients" if self.components else "")
        if self.state == "had":
            return f"You have {'never ' if self.negated else ''}had an allergic reaction to {what}."
        verb = {"is": "are", "known": "are known to be", "known or suspected": "are known or thought to be"}[self.state]
        if self.negated:
            verb = {
                "is": "are not",
                "known": "are not known to be",
                "known or suspected": "are not known or thought to be",
            }[self.state]
        return f"You {verb} allergic to {what}."


# Words that make an allergen something other than a named substance ("the study drug", "other medicines"), or no
# substance at all: "hypersensitivity to light exposure" is a sensitivity of the skin, not an allergy to a thing.
_NOT_A_NAME = re.compile(
    r"\b(?:study|investigational|trial|drugs?|medications?|medicines?|products?|treatments?|therapy|agents?|components?|excipients?|"
    r"ingredients?|any|other|such|as|including|e\.?g|similar|related|class|chemically|which|that|the|multiple|this|these|its|"
    r"their|to|of|or|and|contraindication|use|known|history|reaction|reactions|formulation|protocol|exposure|light|"
    r"sunlight|sun|uv|cold|heat)\b",
    re.IGNORECASE,
)
_ALLERGEN = r"[A-Za-z0-9][\w®™/-]*(?: [A-Za-z0-9][\w®™/-]*){0,3}(?: \([A-Za-z0-9-]{2,10}\))?"


def _allergy(match: re.Match, said: str | None = None) -> Allergy | None:
    names = [name.strip() for name in re.split(r",? or |, ", match["what"]) if name.strip()]
    if not names or any(_NOT_A_NAME.search(name) for name in names):
        return None
    q = " ".join((match["q"] if said is None else said).lower().split()) if (said is not None or match["q"]) else ""
    negated = q.startswith("no ")
    q = q.removeprefix("no ").strip()
    if q in ("", "a"):
        state = "is"
    elif q in ("known", "documented", "a known"):
        state = "known"
    elif q in ("known or suspected", "suspected or known"):
        state = "known or suspected"
    elif q in ("history of", "a history of", "a known history of", "known history of", "previous", "prior"):
        state = "had"
    else:
        return None
    if re.match(r"(?:allergic|hypersensitivity) reactions?", match["kind"] or "", re.IGNORECASE):
        if state not in ("is", "had"):
            return None
        state = "had"
    if len(names) > 1 and not re.search(r"\bor\b", match["what"]):
        return None  # "lidocaine, epinephrine, valium": commas alone do not say "or"
    what = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    return Allergy(what=what, state=state, negated=negated, components=bool(match["components"]))


RECOGNISERS = (
    recogniser(
        "diagnosis-confirmed",
        ("histolog", "cytolog", "patholog"),
        rf"(?:an? )?{_HOW}\s+{_CONFIRMED}\s+(?:diagnosis of\s+)?(?P<what>[^;:()]{{3,120}})",
        _confirmed,
    ),
    recogniser(
        "measurable-disease",
        ("measurable",),
        r"(?:presence of |evidence of )?(?P<least>at least one |at least 1 |≥ ?1 |one or more |1 )?(?:radiographically |radiologically )?"
        r"(?P<evaluable>evaluable or |measurable or evaluable |measurable and/or evaluable )?measurable "
        r"(?:disease|lesions?|tumou?rs?|target lesions?)(?: or evaluable disease)?(?P<baseline> at baseline)?"
        r"(?P<scan> (?:by|on) (?:CT|MRI|CT or MRI|CT/MRI|computed tomography or magnetic resonance imaging)(?: scans?)?)?"
        rf"{_RECIST}(?: \((?P<least2>at least one measurable lesion)\))?",
        _measurable,
    ),
    recogniser(
        "brain-metastases",
        ("brain", "cns", "central nervous", "intracranial", "cerebral"),
        rf"(?P<q>(?:known |active |clinically active |untreated |symptomatic |uncontrolled |uncontrollable |unstable |progressive |"
        rf"progressing )*(?:(?:and/or|or|and|,) (?:active |clinically active |untreated |symptomatic |uncontrolled |unstable |"
        rf"progressive )+)*)(?:{_BRAIN})(?:,? (?:and/or|or) (?P<meninges>carcinomatous meningitis|leptomeningeal (?:disease|"
        rf"metastases|metastasis|carcinomatosis)|meningeal carcinomatosis))?(?:,? unless (?P<unless>(?:(?:asymptomatic|without symptoms|(?:clinically |radiologically |"
        rf"radiographically |neurologically )?stable|(?:previously |adequately |definitively |locally )?treated|(?:not requiring|"
        rf"no longer requiring|not needing|off) (?:corticosteroids|steroids|steroid therapy|corticosteroid therapy)(?: (?:or|and/or) "
        rf"anticonvulsants)?)(?:,? and |, )?)+){_UNLESS_FOR})?",
        _brain,
    ),
    recogniser(
        "brain-metastases",
        ("brain", "cns", "central nervous"),
        rf"(?:patients|subjects|participants) with (?P<q>(?:(?:previously treated|treated|stable|asymptomatic|clinically inactive|"
        rf"inactive)(?:,? and |, | )?)+)(?:{_BRAIN}) (?:are eligible|may be included(?: in the study)?|may participate|may be enrolled|"
        rf"are allowed|can participate)",
        _brain_allowed,
    ),
    recogniser(
        "other-cancer",
        ("other than", "except", "excluding", "apart from", "but not"),
        r"(?P<body>[^;:]+)",
        _cancer_exceptions,
    ),
    recogniser(
        "allergy",
        ("allerg", "hypersensitiv"),
        r"(?P<q>(?:no |a )?(?:known |documented |suspected |history of |a history of |previous |prior |known or suspected )*)"
        r"(?P<kind>allergy|allergies|hypersensitivity|allergic reactions?|hypersensitivity reactions?)(?: or (?:allergy|hypersensitivity))?"
        rf" to (?P<what>{_ALLERGEN}(?:(?:,? or |, ){_ALLERGEN})*)(?P<components>,? or (?:to )?any of (?:its|their) (?:components|"
        r"ingredients|excipients))?",
        _allergy,
    ),
    recogniser(
        "allergy",
        ("allergic",),
        rf"(?P<q>known to be )?(?P<kind>)allergic to (?P<what>{_ALLERGEN}(?:(?:,? or |, ){_ALLERGEN})*)(?P<components>,? or (?:to )?any "
        r"of (?:its|their) (?:components|ingredients|excipients))?",
        lambda m: _allergy(m, "known" if m["q"] else ""),
    ),
)
