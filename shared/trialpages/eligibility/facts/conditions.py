"""Other health conditions: infections (HIV, hepatitis B and C, TB), heart and lung disease, autoimmune disease, BMI."""

from __future__ import annotations

import re

from trialpages.eligibility.facts.base import COUNT, NUMBER, Fact, count, plural, recogniser


class Infection(Fact):
    what: str  # "HIV", "hepatitis B", "hepatitis B or hepatitis C", "TB"
    qualifiers: str  # "active", "chronic", "known" ... lower case, as written
    history: bool = False

    def sentence(self) -> str:
        if self.qualifiers == "known":
            return f"You are known to {'have had' if self.history else 'have'} {self.what}."
        qualifiers = f"{self.qualifiers} " if self.qualifiers else ""
        had = "have had" if self.history else "have"
        return f"You {had} {qualifiers}{self.what}."


class ActiveInfection(Fact):
    qualifiers: str
    kind: str
    needing: str | None

    def sentence(self) -> str:
        needing = f" that needs {self.needing}" if self.needing else ""
        article = "an" if self.qualifiers[:1] in "aeiou" else "a"
        return f"You have {article} {self.qualifiers} {self.kind}infection{needing}."


class Autoimmune(Fact):
    qualifiers: str
    history: bool

    def sentence(self) -> str:
        had = "have had" if self.history else "have"
        qualifiers = f"{self.qualifiers} " if self.qualifiers else ""
        return f"You {had} {qualifiers}autoimmune disease (your immune system attacks your own body)."


class HeartFailureClass(Fact):
    klass: str
    or_higher: bool

    def sentence(self) -> str:
        return f"You have heart failure of NYHA class {self.klass}{' or higher' if self.or_higher else ''}."


class HeartAttack(Fact):
    recent: bool
    number: str | None
    unit: str | None

    def sentence(self) -> str:
        when = f" in the last {plural(self.number, self.unit or '')}" if self.number else ""
        return f"You have had a {'recent ' if self.recent else ''}heart attack{when}."


class LungInflammation(Fact):
    qualifiers: str
    history: bool
    what: tuple[str, ...]

    def sentence(self) -> str:
        had = "had " if self.history else ""
        qualifiers = f"{self.qualifiers} " if self.qualifiers else ""
        return f"You have {had}{qualifiers}" + " or ".join(self.what) + "."


class BmiRange(Fact):
    low: str
    high: str
    unit: str | None

    def sentence(self) -> str:
        return f"Your BMI is {self.low} to {self.high}{' ' + self.unit if self.unit else ''}."


class SubstanceUse(Fact):
    what: str
    number: str | None
    unit: str | None

    def sentence(self) -> str:
        when = f" in the last {plural(self.number, self.unit or '')}" if self.number else ""
        return f"You have had a problem with {self.what}{when}."


def _qualifiers(text: str, keep: tuple[str, ...]) -> str:
    return " or ".join(word for word in re.split(r"[\s,]+|\bor\b|\band\b", text.lower()) if word in keep)


def _lung(match: re.Match) -> LungInflammation:
    names = []
    for what in (match["what"], match["what2"]):
        if not what:
            continue
        lowered = what.lower()
        names.append(
            "lung scarring (pulmonary fibrosis)"
            if "fibrosis" in lowered
            else "lung swelling (pneumonitis)"
            if lowered.startswith("pneum")
            else "lung scarring (interstitial lung disease)"
        )
    qualifiers = _qualifiers(
        match["q"].replace("(", " ").replace(")", " "), ("current", "active", "known", "non-infectious")
    )
    if "non-infectious" in match[0].lower() and "non-infectious" not in qualifiers:
        qualifiers = f"{qualifiers} non-infectious".strip()
    return LungInflammation(
        qualifiers=qualifiers.replace(" or ", " "), history="history" in match["q"].lower(), what=tuple(names)
    )


RECOGNISERS = (
    recogniser(
        "hiv",
        ("hiv", "immunodeficiency"),
        r"(?P<known>known |history of |diagnosed |documented )?(?:positive (?:test )?for |infection with )?(?:hiv|human immunodeficiency "
        r"virus)(?: \(hiv\))?(?:[- ](?:1|1/2))?(?: infection| positive| positivity| seropositivity| disease)?",
        lambda m: Infection(what="HIV", qualifiers="known" if m["known"] and "known" in m["known"].lower() else ""),
    ),
    recogniser(
        "hepatitis",
        ("hepatitis",),
        r"(?P<q>(?:known |active |chronic |uncontrolled |current )*)(?:viral )?hepatitis (?P<a>b|c)(?: (?:or|and|and/or|,) (?:hepatitis )?"
        r"(?P<b>b|c))?(?: virus)?(?: \(hbv\)| \(hcv\))?(?: infection)?",
        lambda m: Infection(
            what=f"hepatitis {m['a'].upper()}" + (f" or hepatitis {m['b'].upper()}" if m["b"] else ""),
            qualifiers=" ".join(m["q"].lower().split()),
        ),
    ),
    recogniser(
        "tuberculosis",
        ("tubercul",),
        r"(?P<q>(?:known |active |latent |history of |untreated )*)(?:tuberculosis|tb)(?: infection)?(?: \(tb\))?",
        lambda m: Infection(
            what="tuberculosis (TB)",
            qualifiers=" ".join(m["q"].lower().replace("history of", "").split()),
            history="history" in m["q"].lower(),
        ),
    ),
    recogniser(
        "active-infection",
        ("infection",),
        r"(?P<q>(?:active|uncontrolled|serious|severe|ongoing)(?: (?:or|and) (?:active|uncontrolled|serious|severe|ongoing))?) "
        r"(?P<type>(?:systemic |bacterial, viral,? or fungal |bacterial |viral |fungal )?)infections?"
        r"(?P<rest> (?:requiring|needing) (?:systemic |iv |intravenous )?(?:treatment|therapy|antibiotics))?",
        lambda m: ActiveInfection(
            qualifiers=m["q"].lower(), kind=m["type"].lower(), needing=_needing(m["rest"]) if m["rest"] else None
        ),
    ),
    recogniser(
        "autoimmune",
        ("autoimmun",),
        r"(?P<q>(?:(?:known|active|history of|uncontrolled|severe|current)(?:,? (?:or|and) |,? )?)*)autoimmune (?:disease|disorder|"
        r"conditions?)s?",
        lambda m: Autoimmune(
            qualifiers=_qualifiers(m["q"], ("known", "active", "uncontrolled", "severe", "current")),
            history="history" in m["q"].lower(),
        ),
    ),
    recogniser(
        "nyha",
        ("nyha", "new york heart"),
        r"(?:(?:symptomatic |congestive )?(?:heart|cardiac) failure (?:of |with )?)?(?:new york heart association|nyha)(?: \(nyha\))?"
        r"(?: functional)? class(?:ification)? (?P<c>i{1,3}v?|iv|[1-4])(?P<more> or (?:higher|greater|above|worse|iv))?"
        r"(?: (?:congestive )?heart failure)?",
        lambda m: HeartFailureClass(klass=m["c"].upper(), or_higher=bool(m["more"])),
    ),
    recogniser(
        "heart-attack",
        ("myocardial infarction", "heart attack"),
        r"(?:(?:a )?history of |past |prior |previous |(?P<recent>recent ))?(?:acute )?(?:myocardial infarction|heart attack)(?: \(mi\))?"
        rf"(?: (?:within|in) (?:the )?(?:last |past |previous |prior )?(?P<n>{COUNT}) (?P<unit>days?|weeks?|months?|years?))?",
        lambda m: HeartAttack(recent=bool(m["recent"]), number=count(m["n"]) if m["n"] else None, unit=m["unit"]),
    ),
    recogniser(
        "lung-inflammation",
        ("pneumonitis", "interstitial lung", "ild"),
        r"(?P<q>(?:(?:a )?(?:(?:medical |past |prior )?history of|current|active|known|non-infectious)(?: or | |, )?)*)"
        r"(?:\(non-infectious\) )?(?P<what>pneumonitis|interstitial lung disease(?: \(ild\))?|ild)"
        r"(?: or (?P<what2>pneumonitis|interstitial lung disease(?: \(ild\))?|ild|pulmonary fibrosis|lung fibrosis))?",
        _lung,
    ),
    recogniser(
        "bmi-range",
        ("bmi", "body mass"),
        rf"(?:bmi|body mass index)(?: \(bmi\))?(?: of| between| in the range of)?\s*:?\s*(?P<low>{NUMBER})\s*(?:-|–|to|and)\s*"
        r"(?P<high>{NUMBER})\s*(?P<unit>kg/m2|kg/m²|kg/m\^2)?(?:\s*\(?(?:both )?inclusive\)?)?".replace(
            "{NUMBER}", NUMBER
        ),
        lambda m: BmiRange(low=m["low"], high=m["high"], unit=m["unit"]),
    ),
    recogniser(
        "substance-use",
        ("abuse", "dependence", "addiction", "misuse", "use disorder"),
        r"(?:(?:a )?(?:current |active |known |recent )?(?:history of )?)(?P<what>(?:alcohol|drug|substance|alcohol or drug|drug or alcohol|"
        r"alcohol and/or drug|drug and/or alcohol|alcohol and drug|drug and alcohol|alcohol or substance|substance or alcohol)) "
        r"(?:abuse|dependence|addiction|misuse|use disorder)"
        rf"(?: (?:within|in) (?:the )?(?:last |past |previous )?(?P<n>{COUNT}) (?P<unit>months?|years?))?",
        lambda m: SubstanceUse(
            what=m["what"]
            .lower()
            .replace("and/or", "or")
            .replace("substance", "drugs")
            .replace("drug", "drugs")
            .replace("drugss", "drugs"),
            number=count(m["n"]) if m["n"] else None,
            unit=m["unit"],
        ),
    ),
)


def _needing(rest: str) -> str:
    lowered = rest.lower()
    if "antibiotic" in lowered:
        return "antibiotics" + (" through a vein" if re.search(r"\biv\b|intravenous", lowered) else "")
    if re.search(r"\biv\b|intravenous", lowered):
        return "treatment through a vein"
    return "treatment by medicine" + (" that reaches the whole body" if "systemic" in lowered else "")
