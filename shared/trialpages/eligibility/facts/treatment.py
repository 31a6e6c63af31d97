"""Treatments before the study: how many, which ones, and how long ago ("within 4 weeks before the first dose")."""

from __future__ import annotations

import re

from trialpages.eligibility.clean import original_words
from trialpages.eligibility.comparators import comparison_phrase
from trialpages.eligibility.facts.base import COUNT, TIME_UNIT, Fact, count, plural, recogniser

_BEFORE = (
    r"(?:before|prior to|of|preceding|from)\s+(?:the\s+)?(?P<event>(?:first|1st|initial) (?:study )?dose(?: of (?:the )?study "
    r"(?:drug|treatment|medication|intervention|therapy))?|start of (?:the )?(?:study )?(?:treatment|therapy|drug)|"
    r"study (?:treatment |therapy |drug )?(?:start|entry|treatment|therapy|initiation|day 1)|(?:study )?enrol?lment|"
    r"randomi[sz]ation|registration|screening(?: visit)?|day 1|cycle 1,? day 1|baseline|consent|signing (?:the )?"
    r"(?:informed )?consent(?: form)?)"
)
_EVENTS = (("enrol", "joining the study"), ("randomi", "joining the study"), ("registration", "joining the study"),
           ("entry", "joining the study"), ("screening", "the first study visit"), ("baseline", "the first study visit"),
           ("consent", "you agree to take part"))


def event_in_words(event: str) -> str:
    lowered = event.lower()
    for key, words in _EVENTS:
        if key in lowered:
            return words
    return "your first study treatment"


class PriorLines(Fact):
    phrase: str | None
    number: str
    what: str

    def sentence(self) -> str:
        lines = "line" if self.number == "1" else "lines"
        phrase = f"{self.phrase} " if self.phrase else ""
        return f"You have had {phrase}{self.number} {lines} (rounds) of {self.what} before."


class NoPriorTreatment(Fact):
    what: str

    def sentence(self) -> str:
        return f"You have never had {self.what}."


class RecentTreatment(Fact):
    """A treatment within a time before an event: "chemotherapy within 4 weeks before the first dose"."""

    what: str
    number: str
    unit: str
    event: str | None  # in words; None: "in the last ..."

    def sentence(self) -> str:
        span = plural(self.number, self.unit)
        when = f"in the {span} before {self.event}" if self.event else f"in the last {span}"
        return f"You had {self.what} {when}."


class Steroids(Fact):
    when: str  # "now", "for a long time", ""
    route: str
    what: str

    def sentence(self) -> str:
        now = "now " if self.when == "now" else ""
        long_term = " for a long time" if self.when == "long" else ""
        return f"You {now}take {self.route}{self.what}{long_term}."


class Transplant(Fact):
    what: str

    def sentence(self) -> str:
        article = "an" if self.what[:1] in "aeiou" else "a"
        return f"You have had {article} {self.what}."


_KNOWN_TREATMENTS = {
    "chemotherapy": "chemotherapy", "chemo": "chemotherapy", "radiotherapy": "radiation therapy", "radiation therapy":
    "radiation therapy", "radiation": "radiation therapy", "immunotherapy": "immunotherapy", "surgery": "surgery",
    "major surgery": "major surgery", "minor surgery": "minor surgery", "major surgical procedure": "major surgery",
    "surgical procedure": "surgery", "investigational drug": "a drug being tested in another study", "investigational agent":
    "a drug being tested in another study", "investigational product": "a drug being tested in another study",
    "investigational therapy": "a treatment being tested in another study", "investigational treatment":
    "a treatment being tested in another study", "investigational medicinal product": "a drug being tested in another study",
    "live vaccine": "a live vaccine", "live attenuated vaccine": "a live vaccine", "live vaccines": "a live vaccine",
    "live, attenuated vaccine": "a live vaccine", "live-attenuated vaccine": "a live vaccine",
    "anticancer therapy": "cancer treatment", "anti-cancer therapy": "cancer treatment", "systemic anticancer therapy":
    "cancer treatment by drugs", "systemic anti-cancer therapy": "cancer treatment by drugs", "systemic therapy":
    "treatment by drugs that reach the whole body", "antibiotics": "antibiotics", "systemic antibiotics": "antibiotics by mouth "
    "or through a vein", "blood transfusion": "a blood transfusion", "transfusion": "a blood transfusion",
    "palliative radiotherapy": "radiation therapy to ease symptoms", "palliative radiation": "radiation therapy to ease symptoms",
    "prior chemotherapy": "chemotherapy", "prior radiotherapy": "radiation therapy", "hormonal therapy": "hormone therapy",
    "hormone therapy": "hormone therapy", "endocrine therapy": "hormone therapy", "biologic therapy": "biologic therapy",
    "targeted therapy": "targeted therapy", "cytotoxic chemotherapy": "chemotherapy",
}


def _treatment(text: str) -> str | None:
    cleaned = re.sub(r"^(?:any |a |an |the |(?:prior|previous|recent) )+", "", text.strip().lower()).strip()
    cleaned = re.sub(r"\s+", " ", cleaned)
    return _KNOWN_TREATMENTS.get(cleaned)


def _named(text: str) -> str | None:
    """A treatment named in the study's words when short and plain enough to stand in a sentence."""
    words = original_words(text).rstrip(".")
    if len(words.split()) > 8 or re.search(r"\b(?:no|not|except|unless|other than|or \d|and/or|if)\b|[;:()]", words, re.I):
        return None
    first = words.split(" ", 1)[0]
    return words if first.isupper() or not first[:1].isupper() or not first[1:].islower() else words[:1].lower() + words[1:]


def _recent(match: re.Match) -> RecentTreatment | None:
    what = _treatment(match["what"]) or _named(match["what"])
    if what is None:
        return None
    return RecentTreatment(what=what, number=count(match["n"]), unit=match["unit"],
                           event=event_in_words(match["event"]) if match["event"] else None)


def _steroids(match: re.Match) -> Steroids:
    when = (match["when"] or "").strip().lower()
    what = "steroids" if "steroid" in match["what"].lower() else "medicines that weaken the immune system"
    if match["what2"]:
        what += " or " + ("steroids" if "steroid" in match["what2"].lower() else "other medicines that weaken the immune system")
    return Steroids(when="now" if when in ("current", "ongoing") else "long" if when in ("chronic", "long-term") else "",
                    route=(match["route"] or "").lower(), what=what)


def _transplant(what: str) -> str:
    lowered = re.sub(r"transplantation$", "transplant", what.lower()).replace("hematopoietic stem cell", "stem cell")
    if lowered.startswith("allogeneic "):
        return lowered.removeprefix("allogeneic ") + " from a donor"
    if lowered.startswith("autologous "):
        return lowered.removeprefix("autologous ") + " using your own cells"
    return lowered


RECOGNISERS = (
    recogniser(
        "prior-lines", ("line", "regimen"),
        rf"(?:received |had |failed |progressed (?:on|after) )?(?P<cmp>at least|≥|>=|more than|no more than|at most|≤|up to)?\s*"
        rf"(?P<n>{COUNT})\s*(?:or more |or fewer )?(?:prior |previous |earlier )?(?:lines?|regimens?) of "
        r"(?P<what>(?:systemic |standard |prior )?(?:therapy|therapies|treatments?|chemotherapy|anti-?cancer therapy))"
        r"(?P<setting> (?:for|in the) (?:metastatic|advanced) (?:disease|setting))?",
        lambda m: PriorLines(phrase=comparison_phrase(m["cmp"]) if m["cmp"] else None, number=count(m["n"]),
                             what=(_treatment(m["what"]) or "treatment") + (" for cancer that has spread" if m["setting"] else "")),
    ),
    recogniser(
        "no-prior-treatment", ("no ",),
        r"no (?:prior|previous) (?P<what>(?:systemic |anti-?cancer |cytotoxic |investigational )?(?:therapy|treatment|chemotherapy|"
        r"immunotherapy|radiotherapy|radiation therapy))",
        lambda m: NoPriorTreatment(what=_treatment(m["what"]) or m["what"].lower()),
    ),
    recogniser(
        "recent-treatment", ("within", "weeks", "days", "months"),
        r"(?:received |receipt of |treatment with |use of |had |taken |exposure to |administration of )?(?P<what>[a-z][^;:]{2,60}?)\s+"
        rf"(?:within|in)\s+(?:the (?:last|past|previous) )?(?P<n>{COUNT})\s*(?P<unit>{TIME_UNIT})(?:\s+{_BEFORE})?",
        _recent,
    ),
    recogniser(
        "steroids", ("steroid", "immunosuppress"),
        r"(?P<when>current |ongoing |chronic |long-term )?(?:use of |treatment with |receiving |taking )?(?P<route>(?:systemic |oral )?)"
        r"(?P<what>(?:cortico)?steroids|immunosuppress(?:ive|ant) (?:drugs|medications|agents|therapy)|immunosuppressants)"
        r"(?: (?:or|and/or) (?:other )?(?P<what2>immunosuppressive (?:drugs|medications|agents|therapy)|immunosuppressants|"
        r"(?:cortico)?steroids))?",
        _steroids,
    ),
    recogniser(
        "transplant", ("transplant",),
        r"(?:(?:a )?(?:history of |prior |previous |past )?)(?P<what>(?:allogeneic |autologous )?(?:solid )?(?:organ|stem cell|"
        r"bone marrow|hematopoietic stem cell|kidney|liver|heart|lung) transplant(?:ation)?)",
        lambda m: Transplant(what=_transplant(m["what"])),
    ),
)
