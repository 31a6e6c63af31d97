"""Who you are: age, sex, consent, following the study's schedule, other studies, allergy to the study drug."""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from trialpages.eligibility.comparators import COMPARISON, comparison_phrase
from trialpages.eligibility.facts.base import NUMBER, Fact, plural, recogniser

_YEARS = r"(?:years?|yrs?\.?|y\.?o\.?)(?: old)?(?: of age| in age)?"
_AGE = r"(?:age[ds]?|aged)"
_TO = r"(?:-|–|~|to|and)"


class Age(Fact):
    glance: ClassVar[str | None] = "age"
    low: str | None = None
    low_phrase: str = "at least"  # "at least" or "more than"
    high: str | None = None
    high_phrase: str = "at most"  # "at most" or "less than"
    sex: Literal["man", "woman"] | None = None
    healthy: bool = False

    def sentence(self) -> str:
        who = f"a {self.sex} " if self.sex else ""
        healthy = " and healthy" if self.healthy else ""
        if self.low and self.high and self.low_phrase == "at least" and self.high_phrase == "at most":
            return f"You are {who}{self.low} to {self.high} years old{healthy}."
        if self.low and self.high:
            return f"You are {who}{self.low_phrase} {self.low} and {self.high_phrase} {self.high} years old{healthy}."
        if self.low:
            tail = "or older" if self.low_phrase == "at least" else None
            if tail:
                return f"You are {who}{self.low} years old {tail}{healthy}."
            return f"You are {who}{self.low_phrase} {self.low} years old{healthy}."
        if self.high_phrase == "at most":
            return f"You are {who}{self.high} years old or younger{healthy}."
        return f"You are {who}{self.high_phrase} {self.high} years old{healthy}."

    def in_words(self) -> str:
        """For at a glance: "18 and older", "18 to 65"."""
        if self.low and self.high:
            return f"{self.low} to {self.high} years" if (self.low_phrase, self.high_phrase) == ("at least", "at most") else (
                f"{self.low_phrase} {self.low} and {self.high_phrase} {self.high} years")
        if self.low:
            return f"{self.low} years and older" if self.low_phrase == "at least" else f"{self.low_phrase} {self.low} years"
        return f"{self.high} years and younger" if self.high_phrase == "at most" else f"{self.high_phrase} {self.high} years"


def _sex(word: str | None) -> Literal["man", "woman"] | None:
    word = (word or "").lower()
    if re.match(r"(?:healthy )?(?:men|males?|man|boys?)\b", word):
        return "man"
    if re.match(r"(?:healthy )?(?:women|females?|woman|girls?)\b", word):
        return "woman"
    return None


def _exclusive(match: re.Match) -> bool:
    return bool(match["exclusive"])


class Sex(Fact):
    sex: Literal["male", "female"]

    def sentence(self) -> str:
        return f"You are {self.sex}."


class Adult(Fact):
    def sentence(self) -> str:
        return "You are an adult."


class Consent(Fact):
    able: bool = False
    willing: bool = False
    written: bool = False
    before_procedures: bool = False

    def sentence(self) -> str:
        lead = ("You are willing and able to " if self.willing and self.able else "You are willing to " if self.willing
                else "You are able to " if self.able else "You ")
        agree = "agree in writing to take part" if self.written else "agree to take part after the study is explained to you"
        when = " before any study tests" if self.before_procedures else ""
        return f"{lead}{agree}{when}."


class FollowsSchedule(Fact):
    willing: bool
    able: bool

    def sentence(self) -> str:
        how = "willing and able" if self.willing and self.able else "willing" if self.willing else "able"
        return f"You are {how} to follow the study's visits, tests and rules."


class OtherStudy(Fact):
    number: str | None = None
    unit: str | None = None
    drug_only: bool = False

    def sentence(self) -> str:
        what = "took a drug being tested in another study" if self.drug_only else "were in another study"
        if self.number:
            return f"You are in another study now, or {what} in the last {plural(self.number, self.unit or '')}."
        return "You are in another study now."


class StudyDrugAllergy(Fact):
    maybe: bool = False

    def sentence(self) -> str:
        return f"You {'are or may be' if self.maybe else 'are'} allergic to the study drug or any of its ingredients."


RECOGNISERS = (
    recogniser(
        "age-range", ("age", "year", "yrs", "y.o"),
        rf"(?:{_AGE}\s*:?\s*(?:of\s*|from\s*)?(?:between\s*)?)?(?P<low>{NUMBER})\s*(?:{_YEARS})?\s*{_TO}\s*(?P<high>{NUMBER})\s*"
        rf"(?:{_YEARS})(?:\s*\(?(?:both )?inclusive\)?)?(?P<exclusive>\s*\(?exclusive\)?)?",
        lambda m: None if _exclusive(m) else Age(low=m["low"], high=m["high"]),
    ),
    recogniser(
        "age-range", ("age",),
        rf"{_AGE}\s*:?\s*(?:of\s*|from\s*)?(?:between\s*)?(?P<low>{NUMBER})\s*{_TO}\s*(?P<high>{NUMBER})(?:\s*\(?inclusive\)?)?",
        lambda m: Age(low=m["low"], high=m["high"]),
    ),
    recogniser(
        "age-minimum", ("age",),
        rf"{_AGE}\s*:?\s*(?:of\s*)?(?P<cmp>{COMPARISON})\s*(?P<n>{NUMBER})\s*(?:{_YEARS})?",
        lambda m: _age_limit(m["cmp"], m["n"]),
    ),
    recogniser(
        "age-minimum", ("year", "yrs"),
        rf"(?P<cmp>{COMPARISON})\s*(?P<n>{NUMBER})\s*{_YEARS}",
        lambda m: _age_limit(m["cmp"], m["n"]),
    ),
    recogniser(
        "age-or-older", ("year", "age"),
        rf"(?:{_AGE}\s*(?:of\s*)?)?(?P<n>{NUMBER})\s*(?:{_YEARS})\s*(?:or|and) (?:older|above|over|more)",
        lambda m: Age(low=m["n"]),
    ),
    recogniser(
        "age-with-sex", ("men", "male", "women", "female", "boys", "girls"),
        rf"(?P<who>(?:healthy )?(?:men|males?|women|females?|boys|girls))(?:,)?\s*(?:{_AGE}\s*)?(?:between\s*)?(?P<low>{NUMBER})\s*"
        rf"{_TO}\s*(?P<high>{NUMBER})\s*(?:{_YEARS})?",
        lambda m: Age(low=m["low"], high=m["high"], sex=_sex(m["who"]), healthy=m["who"].lower().startswith("healthy")),
    ),
    recogniser(
        "age-with-sex", ("men", "male", "women", "female"),
        rf"(?P<who>men|males?|women|females?)(?:,)?\s*(?:{_AGE}\s*)?(?P<cmp>{COMPARISON})\s*(?P<n>{NUMBER})\s*(?:{_YEARS})?",
        lambda m: _age_limit(m["cmp"], m["n"], _sex(m["who"])),
    ),
    recogniser(
        "adult", ("adult",),
        r"(?:male or female |female or male |men or women |women or men )?adults?(?: (?:men|women|people|patients|participants|"
        r"subjects))?",
        lambda m: Adult(),
    ),
    recogniser(
        "sex", ("male", "men", "women"),
        r"(?P<who>males?|females?|men|women)(?: (?:patients?|participants?|subjects?|only))?(?: only)?",
        lambda m: Sex(sex="male" if _sex(m["who"]) == "man" else "female"),
    ),
    recogniser(
        "consent", ("consent",),
        r"(?P<able>(?:be |is |are )?(?:willing|able|capable)(?: (?:and|&) (?:willing|able))? (?:of |to )(?:provide|give|giving|"
        r"providing|sign|signing)(?: a)?\s+)?"
        r"(?:provide |provided |provision of |give |given |obtain(?:ed)? |signed? |sign (?:an? |the )?|signature (?:of|on) )?"
        r"(?:an? |the )?(?P<written>(?:(?:signed|written|voluntary|dated|personally signed)(?: and | |, ))*)"
        r"(?:and )?(?:informed )?(?:and written )?consent(?: to participate| form| document| \(icf\)| form \(icf\))*"
        r"(?: (?:signed|provided|obtained|given))?(?P<before> (?:before|prior to) any study[- ]specific (?:procedures|screening"
        r"|tests))?",
        lambda m: Consent(
            able=bool(m["able"] and re.search(r"\b(?:able|capable)\b", m["able"], re.I)),
            willing=bool(m["able"] and "willing" in m["able"].lower()),
            written=bool(m["written"]), before_procedures=bool(m["before"]),
        ),
    ),
    recogniser(
        "follows-schedule", ("comply", "compliance", "adhere", "follow"),
        r"(?:be )?(?P<how>willing(?: and able)?|able(?: and willing)?|capable)\s+(?:and (?:willing|able) )?to\s+"
        r"(?:comply|adhere|follow)(?: with)?\s+(?:all |the )?(?:study |trial |protocol[- ])?(?:scheduled |required )?"
        r"(?:visits?|procedures|requirements|schedule|protocol|instructions|restrictions|study plan)"
        r"(?:(?:,| and|, and) (?:scheduled |study |the )?(?:visits?|procedures|requirements|schedule|protocol|instructions|"
        r"restrictions|treatment plan|laboratory tests|lab tests|other study procedures|follow-up))*"
        r"(?: (?:of|for) the (?:study|trial|protocol))?(?: for the duration of the study)?",
        lambda m: FollowsSchedule(willing="willing" in m["how"].lower(), able=bool(re.search(r"able|capable", m["how"], re.I))),
    ),
    recogniser(
        "other-study", ("study", "studies", "trial", "investigational"),
        r"(?:current |concurrent |simultaneous )?(?:participation|participating|enrolled|enrollment|enrolment) in (?:another|any other|"
        r"other|an?) (?:clinical |interventional |investigational )?(?:research )?(?:study|studies|trials?)"
        rf"(?: (?:within|in) (?:the (?:past|last|previous) )?(?P<n>{NUMBER}) (?P<unit>days|weeks|months))?",
        lambda m: OtherStudy(number=m["n"], unit=m["unit"]),
    ),
    recogniser(
        "study-drug-allergy", ("allerg", "hypersensitiv", "intoleran"),
        r"(?P<q>(?:known |documented |suspected |history of |(?:a )?known or suspected )*)(?:hypersensitivity|allergy|allergies|"
        r"allergic reaction|intolerance)(?: or (?:hypersensitivity|allergy|intolerance))? to (?:any (?:of the )?(?:components?|"
        r"ingredients?|excipients?) of )?(?:the )?(?:study|investigational|trial) (?:drugs?|medications?|products?|treatments?|"
        r"agents?|interventions?)(?: or (?:its|their|any of (?:its|their)) (?:components|excipients|ingredients))?",
        lambda m: StudyDrugAllergy(maybe="suspected" in m["q"].lower()),
    ),
)


def _age_limit(spelling: str, number: str, sex: Literal["man", "woman"] | None = None) -> Age:
    phrase = comparison_phrase(spelling)
    if phrase in ("at least", "more than"):
        return Age(low=number, low_phrase=phrase, sex=sex)
    return Age(high=number, high_phrase=phrase, sex=sex)


