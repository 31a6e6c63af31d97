"""Pregnancy, breastfeeding, pregnancy tests and birth control."""

from __future__ import annotations

import re

from trialpages.eligibility.facts.base import NUMBER, TIME_UNIT, Fact, plural, recogniser


class Pregnancy(Fact):
    pregnant: bool
    breastfeeding: bool
    planning: bool = False

    def sentence(self) -> str:
        states = (["pregnant"] if self.pregnant else []) + (["breastfeeding"] if self.breastfeeding else [])
        said = " or ".join(states)
        if self.planning:
            return f"You are {said} or plan to become pregnant." if states else "You plan to become pregnant."
        return f"You are {said}."


class PregnancyTest(Fact):
    who_can: bool  # "women who can get pregnant": the test is only for them
    kind: str | None = None  # serum, urine
    number: str | None = None
    unit: str | None = None

    def sentence(self) -> str:
        lead = "If you can get pregnant, you have" if self.who_can else "You have"
        kind = {
            "serum": "blood",
            "blood": "blood",
            "urine": "urine",
            "serum or urine": "blood or urine",
            "urine or serum": "urine or blood",
        }.get((self.kind or "").strip().lower(), "")
        when = f" within {plural(self.number, self.unit or '')} before starting the study" if self.number else ""
        return f"{lead} a negative {kind + ' ' if kind else ''}pregnancy test{when}."


class BirthControl(Fact):
    who: str  # "can get pregnant", "man", "woman", "" (everyone)
    agree: bool
    how: str | None
    during: bool

    def sentence(self) -> str:
        lead = {
            "can get pregnant": "If you could get pregnant, you",
            "man": "If you are a man, you",
            "woman": "If you are a woman, you",
            "": "You",
        }[self.who]
        verb = " agree to use" if self.agree else " use"
        how = {
            "highly effective": "a highly effective",
            "effective": "an effective",
            "adequate": "an adequate",
            "acceptable": "an accepted",
            "reliable": "a reliable",
            "medically acceptable": "a medically accepted",
            "approved": "an approved",
        }.get((self.how or "").strip().lower(), "")
        kind = f"{how} method of birth control" if how else "birth control"
        return f"{lead}{verb} {kind}{' during the study' if self.during else ''}."


def _who(text: str) -> str:
    lowered = text.lower()
    if re.search(r"potential|pregnant|fertile|wocbp", lowered):
        return "can get pregnant"
    men = bool(re.search(r"\b(?:men|males?)\b", lowered))
    women = bool(re.search(r"\b(?:women|females?)\b", lowered))
    if men and not women:
        return "man"
    if women and not men:
        return "woman"
    return ""


def _pregnancy(text: str) -> Pregnancy:
    lowered = text.lower()
    return Pregnancy(
        pregnant=bool(
            re.search(
                r"pregnan", lowered.replace("planning to become pregnant", "").replace("planning a pregnancy", "")
            )
        ),
        breastfeeding=bool(re.search(r"lactat|breast|nursing", lowered)),
        planning=bool(re.search(r"planning|plan to|intend", lowered)),
    )


RECOGNISERS = (
    recogniser(
        "pregnancy",
        ("pregnan", "lactat", "breast", "nursing"),
        r"(?:(?:women|females) who are |women |females |being |currently |is |are )?(?P<what>pregnan(?:t|cy)(?: or (?:lactating|"
        r"breast-?feeding|nursing|lactation))?|pregnan(?:t|cy)(?:,| or| and| and/or) (?:lactating|breast-?feeding|nursing|lactation|"
        r"planning (?:a )?pregnancy|planning to become pregnant)|(?:lactating|breast-?feeding|nursing|lactation)(?: or pregnan(?:t|cy))?)"
        r"(?: women| females| patients| subjects)?(?: or (?:lactating|breast-?feeding|nursing|planning (?:a )?pregnancy)(?: women| females)?)?",
        lambda m: _pregnancy(m[0]),
    ),
    recogniser(
        "pregnancy-test",
        ("pregnancy test",),
        r"(?P<who>(?:women|females) (?:of child-?bearing potential|who can (?:get|become) pregnant|of reproductive potential)(?: \(wocbp\))?"
        r" (?:must )?(?:have )?)?(?:a )?negative (?P<kind>serum |urine |blood |serum or urine |urine or serum )?(?:beta-hcg |β-hcg "
        r"|hcg )?pregnancy test"
        rf"(?: (?:result )?(?:within|in the) (?P<n>{NUMBER}) (?P<unit>{TIME_UNIT})(?: (?:before|prior to) (?:the first dose|starting "
        r"treatment|study (?:start|entry|treatment)|enrol?lment|randomi[sz]ation))?)?(?: at screening)?"
        r"(?P<who2> (?:for|in) (?:all )?(?:women|females) (?:of child-?bearing potential|who can (?:get|become) pregnant))?",
        lambda m: PregnancyTest(who_can=bool(m["who"] or m["who2"]), kind=m["kind"], number=m["n"], unit=m["unit"]),
    ),
    recogniser(
        "birth-control",
        ("contracept", "birth control"),
        r"(?P<who>(?:fertile |sexually active )?(?:women|females|men|males|participants|patients|subjects|people)"
        r"(?: and (?:women|females|men|males))?(?: of (?:child-?bearing|reproductive) potential| who can (?:get|become) pregnant)?)"
        r"\s+(?:must |should )?(?P<agree>be willing to |agree to |be )?(?:use|using|practi[cs]e) (?:an? )?"
        r"(?P<how>(?:highly )?(?:effective|adequate|acceptable|reliable|approved|medically acceptable)\s+)?"
        r"(?:methods? of |forms? of )?(?:contraception|contraceptives?(?: methods?)?|birth control)"
        r"(?P<during> during (?:the )?(?:study|trial)(?: period)?| throughout the (?:study|trial))?",
        lambda m: BirthControl(
            who=_who(m["who"]),
            agree=bool(m["agree"] and m["agree"].strip() != "be"),
            how=m["how"],
            during=bool(m["during"]),
        ),
    ),
)
