"""Who you are and what you agree to: age, sex, health, consent, following the study, language, allergy to the study drug.

Age is read in all the registry's spellings ("18-65 years", "≥18 and ≤75", "between 18 and 65 years old",
"Men aged 40 years and older", "6 months to less than 16 years"), with whom it is for (men, women,
healthy volunteers) and when it is counted ("at the time of signing informed consent"). Consent keeps
what the source says and nothing more: "informed consent" is agreeing after the study is explained,
"written" only when the source says written, a legally authorised representative when it names one.
"""

from __future__ import annotations

import re
from typing import ClassVar, Literal

from trialpages.eligibility.comparators import COMPARISON, comparison_phrase
from trialpages.eligibility.facts.base import NUMBER, Fact, recogniser
from trialpages.eligibility.facts.treatment import EXAMPLES as _EXAMPLES
from trialpages.eligibility.facts.treatment import LIST as _TREATMENT_LIST
from trialpages.eligibility.facts.treatment import class_examples, treatments_in, with_examples

Sex = Literal["male", "female", "male or female"]

# --- Age ---------------------------------------------------------------------------------------------------------


class Age(Fact):
    glance: ClassVar[str | None] = "age"
    low: str | None = None
    low_phrase: str = "at least"  # "at least" or "more than"
    high: str | None = None
    high_phrase: str = "at most"  # "at most" or "less than"
    low_unit: str = "years"
    high_unit: str = "years"
    both_units: bool = False  # the source names the unit of each end ("3 years and 18 years"): so does the sentence
    outside: bool = False  # "less than 18 or more than 70": an age outside the two limits
    sex: Sex | None = None
    healthy: bool = False
    adult: bool = False
    when: str | None = None  # "when you sign the consent form"
    at_diagnosis: bool = False  # an age when the disease was found, not today's: no rule on the age you are now

    def sentence(self) -> str:
        age = self._age()
        old = "" if age.endswith(("older", "younger")) else " old"
        when = f" {self.when}" if self.when else ""
        if self.at_diagnosis:
            return f"You were {age}{old}{when}."
        if self.adult:
            return f"You are an adult, {age}{old}{when}."
        said = []
        if self.healthy:
            said.append("healthy")
        if self.sex and self.sex != "male or female":
            said.append(self.sex)
        said.append(f"{age}{old}{when}")
        sentence = ", ".join(said[:-1]) + " and " + said[-1] if len(said) > 1 else said[0]
        if self.sex == "male or female":
            sentence += ", male or female"
        return f"You are {sentence}."

    def _age(self) -> str:
        """ "18 to 65 years", "18 years old or older", "more than 18 years", "less than 18 or more than 70 years"."""
        low_unit, high_unit = _unit(self.low, self.low_unit), _unit(self.high, self.high_unit)
        if self.outside:
            if self.low_unit == self.high_unit and not self.both_units:
                return f"{self.high_phrase} {self.high} or {self.low_phrase} {self.low} {low_unit}"
            return f"{self.high_phrase} {self.high} {high_unit} or {self.low_phrase} {self.low} {low_unit}"
        if self.low and self.high:
            same = self.low_unit == self.high_unit and not self.both_units
            if (self.low_phrase, self.high_phrase) == ("at least", "at most"):
                return (
                    f"{self.low} to {self.high} {high_unit}"
                    if same
                    else f"{self.low} {low_unit} to {self.high} {high_unit}"
                )
            if same:
                return f"{self.low_phrase} {self.low} and {self.high_phrase} {self.high} {high_unit}"
            return f"{self.low_phrase} {self.low} {low_unit} and {self.high_phrase} {self.high} {high_unit}"
        if self.low:
            if self.low_phrase == "at least":
                return f"{self.low} {low_unit} old or older"
            return f"{self.low_phrase} {self.low} {low_unit}"
        if self.high_phrase == "at most":
            return f"{self.high} {high_unit} old or younger"
        return f"{self.high_phrase} {self.high} {high_unit}"

    def in_words(self) -> str:
        """For at a glance: "18 years and older", "18 to 65 years"."""
        low_unit, high_unit = _unit(self.low, self.low_unit), _unit(self.high, self.high_unit)
        if self.outside:
            return f"{self.high_phrase} {self.high} {high_unit} or {self.low_phrase} {self.low} {low_unit}"
        if self.low and self.high:
            if (self.low_phrase, self.high_phrase) == ("at least", "at most") and self.low_unit == self.high_unit:
                return f"{self.low} to {self.high} {high_unit}"
            return f"{self.low_phrase} {self.low} {low_unit} and {self.high_phrase} {self.high} {high_unit}"
        if self.low:
            return (
                f"{self.low} {low_unit} and older"
                if self.low_phrase == "at least"
                else f"{self.low_phrase} {self.low} {low_unit}"
            )
        return (
            f"{self.high} {high_unit} and younger"
            if self.high_phrase == "at most"
            else f"{self.high_phrase} {self.high} {high_unit}"
        )


def _unit(number: str | None, unit: str) -> str:
    return unit[:-1] if number == "1" and unit.endswith("s") else unit


_UNIT = r"(?:years?|yrs?\.?|y\.?o\.?|year-old|years-old|months?|mos?|weeks?|days?)"
_OLD = r"(?:\s*(?:-\s*)?old)?(?:\s+of\s+age|\s+in\s+age|\s+of-age|-of-age|\s+age(?![\w-]))?"
_TO = r"(?:-|–|~|to|and|through|until)"
# Who an age is for, written before it: "Men", "Healthy male volunteers", "Male or female patients", "Adult males".
_SEX_WORDS = r"(?:male|female|men|women|man|woman|males|females|boys?|girls?)"
_SEX_WORD = rf"(?P<sex>{_SEX_WORDS}(?:\s+(?:or|and|and/or|/)\s+{_SEX_WORDS})?)"
# Not "veterans": being one is a rule of its own ("Male veterans between 40 and 80 years of age", NCT04720755).
_PERSON = (
    r"(?:patients?|subjects?|participants?|volunteers?|individuals?|persons?|people|adults?|children|candidates|infants|"
    r"babies|newborns|neonates|toddlers|adolescents|teenagers)"
)
# Said first, either sex: "Gender unlimited, age from 4 years to 75 years", "All genders, ages: 3 to 75 years".
_ANY_SEX_FIRST = r"(?:(?P<any_sex_first>gender\s+unlimited|all\s+genders|(?:of\s+)?(?:both|either|any)\s+(?:sexes|genders?))\s*,\s*)?"
_WHO_AGE = (
    rf"{_ANY_SEX_FIRST}(?:age\s*:\s*(?=(?:adult|male|female|men|women|healthy)))?"
    rf"(?:(?:an?\s+)?(?P<healthy>(?:generally\s+|otherwise\s+)?healthy\s+)?(?:adult\s+)?"
    # "Patient, male or female, over 18", "Individuals (men and women) aged 18 and older": the person, then the sex.
    rf"(?:(?:{_PERSON}\s*(?:,|(?P<sex_bracket>\()))?\s*{_SEX_WORD}(?(sex_bracket)\s*\))\s*(?:{_PERSON}\s*)?|{_PERSON}\s+)"
    r"(?:,\s*|must\s+be\s+|should\s+be\s+|who\s+are\s+|are\s+|is\s+|be\s+|and\s+(?=at\s|aged?\s|\d|over\s|older\s|between\s)|"
    r"(?:of\s+(?:both|either|any)\s+(?P<any_sex_of>sexes|genders?)\s+)?with\s+(?=age\b)|of\s+(?=ages?\s+between\b))?)?"
    r"(?:(?:must|should|has to|have to)\s+be\s+|be\s+|being\s+|is\s+|are\s+)?"
)
# A sign may be echoed in brackets after its words: "greater than or equal to (≥) 18".
_ECHO = rf"(?:\(\s*(?:{COMPARISON})\s*\)\s*)?"
_LOW = rf"(?:(?P<lcmp>{COMPARISON})\s*{_ECHO})?(?P<low>{NUMBER})\s*(?P<lunit>{_UNIT})?{_OLD}"
_HIGH = rf"(?:(?P<hcmp>{COMPARISON})\s*{_ECHO})?(?P<high>{NUMBER})\s*(?P<hunit>{_UNIT})?{_OLD}"
_AGE_WORD = (
    r"(?:(?:between\s+)?(?:the\s+)?(?:(?:patient|participant|subject)s?'?s?'?\s+)?age(?:s|d)?"
    r"(?:\s+(?:range|group|limit))?\s*(?:of|is|:|from|between|range|ranging(?:\s+(?:from|between))?|(?:to|must|should)\s+be)?"
    r"\s*(?::\s*)?|ranging\s+(?:from|between)\s+|"
    r"the\s+age\s+of\s+(?:the\s+)?(?:patients|participants|subjects)\s+(?:will|must|should|is\s+to|are\s+to)\s+(?:be|range)\s+)"
)
_IN_RANGE = r"(?:in\s+the\s+age\s+range\s+(?:of\s+)?|within\s+the\s+age\s+(?:range\s+)?(?:of\s+)?)"
_WHEN = (
    r"(?:\s*,?\s*\(?(?:at\s+(?:the\s+)?(?:time\s+of\s+)?|on\s+(?:the\s+)?day\s+of\s+|when\s+)(?P<when>(?:signing\s+(?:the\s+)?(?:informed\s+)?"
    r"consent(?:\s*/\s*assent)?(?:\s+form)?(?:\s*\(icf\))?|(?:(?:initial|first|original)\s+)?diagnosis|(?:informed\s+)?consent|assent/consent|screening(?:\s+visit)?|(?:the\s+)?screening\s+visit|"
    r"(?:screening\s+)?visit\s+1|enrol?lment|registration|randomi[sz]ation|study\s+entry|entry|inclusion|signing\s+(?:the\s+)?icf|"
    r"the\s+first\s+dose|(?:the\s+)?first\s+(?:study\s+)?vaccination|study\s+commencement|(?:the\s+)?first\s+screening\s+(?:examination|visit)|"
    r"(?:the\s+time\s+)?(?:the\s+)?(?:informed\s+)?consent\s+is\s+(?:obtained|signed|given)))\)?)?"
)
_SAYS_INCLUSIVE = re.compile(r"\b(?:inclusive|included|including\s+the\s+cut-off)\b", re.IGNORECASE)
_INCLUSIVE = r"(?:\s*,?\s*\(?\s*(?:both\s+)?(?:inclusive|included|including\s+the\s+cut-off\s+values?|both\s+(?:numbers|ages)\s+inclusive)\s*\)?)?"
_ANY_SEX = (
    r"(?P<any_sex>\s*,?\s*\(?(?:(?:and\s+)?no\s+limit\s+on\s+(?:the\s+)?(?:gender|sex)|(?:the\s+)?(?:gender|sex)\s+is\s+not\s+limited|"
    r"regardless\s+of\s+(?:gender|sex)|of\s+(?:both|either|any)\s+(?:sexes|genders|sex|gender)|"
    r"(?:any|either|both|all)\s+(?:genders?|sex(?:es)?)|(?:both\s+)?male\s+(?:or|and)\s+female|(?:both\s+)?men\s+(?:or|and)\s+women|"
    r"(?:both\s+)?males\s+(?:or|and)\s+females)\)?)?"
)
_TRAILING_SEX = rf"(?:\s*,?\s*(?P<sex2>{_SEX_WORDS}(?:\s*/\s*{_SEX_WORDS})?)(?:\s+(?:patients?|subjects?|participants?|volunteers?))?)?"
_TAIL = rf"{_INCLUSIVE}{_WHEN}{_INCLUSIVE}{_ANY_SEX}{_TRAILING_SEX}{_INCLUSIVE}"
# "Adult (18 years of age or older)", "Legal age (more than 18 years old)": an adult, and the age that says so.
_ADULT_OPEN = (
    r"(?:(?P<adult>(?:legal\s+age|adults?(?:\s+(?:patients?|subjects?|participants?|men|women|males?|females?))?))\s*\(\s*"
    r"(?:age\s*:?\s*)?)?"
)
# A label that only says old or young, then the limit in brackets: "Advanced age (more than 65 yrs)", "Pediatric
# patients (under 6 years old)", "Children and teenagers (aged below 18)". The limit must go the label's way.
_LABEL_OPEN = (
    r"(?:(?:(?P<old_label>advanced\s+age|(?:the\s+)?elderly(?:\s+(?:patients|people|subjects))?)|"
    r"(?P<young_label>p(?:a)?ediatric\s+(?:patients|subjects|participants)|children(?:\s+and\s+(?:teenagers|adolescents))?|minors))"
    r"\s*\(\s*(?:age[ds]?\s*:?\s*)?)?"
)
_ADULT_CLOSE = r"(?(adult)\s*\))(?(old_label)\s*\))(?(young_label)\s*\))"

# An age sentence names an age or its unit: a quick look for one before the long pattern is tried.
_HAS_AGE = r"(?=.{0,160}$)(?=[^\n]*?\b(?:age[ds]?|years?|yrs?|y\.?o|year-old|years-old|months?|old)\b)"
_RANGE = rf"{_HAS_AGE}{_ADULT_OPEN}{_LABEL_OPEN}{_WHO_AGE}(?:{_AGE_WORD}|{_IN_RANGE})?\s*(?:(?:from|between|of)\s+)?{_LOW}\s*{_TO}\s*{_HIGH}{_TAIL}{_ADULT_CLOSE}"
_OLDER = r"(?:or|and|&)\s+(?:older|above|over|more|greater|upwards|up)|\+|or\s+older\s+than"
_YOUNGER = r"(?:or|and)\s+(?:younger|below|under|less)"
_BOUND = (
    rf"{_HAS_AGE}{_ADULT_OPEN}{_LABEL_OPEN}{_WHO_AGE}(?:{_AGE_WORD})?\s*(?:of\s+(?=\d))?(?:(?P<cmp>{COMPARISON}|(?:of\s+or\s+)?(?:above|over|under)\s+(?:the\s+)?age(?:\s+of)?|"
    r"(?:have|has)\s+reached(?:\s+the\s+age\s+of)?|"
    r"(?:a\s+)?minimum\s+(?:age\s+)?of|(?:a\s+)?maximum\s+(?:age\s+)?of)\s*" + _ECHO + r")?(?:the\s+age\s+of\s+)?"
    rf"(?P<n>{NUMBER})\s*(?P<unit>{_UNIT})?{_OLD}\s*(?:,\s*(?=and\s))?(?P<dir>{_OLDER}|{_YOUNGER})?{_OLD}{_TAIL}{_ADULT_CLOSE}"
)
_TWO_BOUNDS = (
    rf"{_HAS_AGE}{_ADULT_OPEN}{_LABEL_OPEN}{_WHO_AGE}(?:{_AGE_WORD})?\s*(?:between\s+)?(?P<lcmp>{COMPARISON})\s*(?P<low>{NUMBER})\s*(?P<lunit>{_UNIT})?{_OLD}\s*"
    rf"(?:(?:,\s*)?(?P<joint>and|to|but|or)\s+|,\s*)(?:{_AGE_WORD})?(?P<hcmp>{COMPARISON})\s*{_ECHO}(?P<high>{NUMBER})\s*(?P<hunit>{_UNIT})?{_OLD}"
    rf"{_TAIL}{_ADULT_CLOSE}"
)

_WHEN_WORDS = (
    (r"^(?:initial|first|original)\s+diagnosis", "when you were first diagnosed"),
    (r"^diagnosis", "when you were diagnosed"),
    (r"consent|icf|assent", "when you sign the consent form"),
    (r"screening|visit 1", "at your first study visit"),
    (r"enrol|registration|entry|inclusion|commencement", "when you join the study"),
    (r"randomi", "when you are assigned to a study group"),
    (r"first dose", "when you start the study treatment"),
    (r"vaccin", "when you get the first study vaccine"),
)


def _unit_word(unit: str | None) -> str | None:
    if not unit:
        return None
    lowered = unit.lower().rstrip(".")
    if lowered.startswith(("y", "yr")):
        return "years"
    if lowered.startswith("mo"):
        return "months"
    if lowered.startswith("w"):
        return "weeks"
    return "days"


def _who(match: re.Match) -> tuple[Sex | None, bool] | None:
    """The sex an age is for and whether it says healthy; None when the words say something unclear."""
    words = " ".join(filter(None, (match["sex"], match["sex2"]))).lower()
    sexes = set()
    for word in re.findall(r"[a-z]+", words):
        if word in ("male", "males", "men", "man", "boy", "boys"):
            sexes.add("male")
        elif word in ("female", "females", "women", "woman", "girl", "girls"):
            sexes.add("female")
    if match["any_sex"] or match["any_sex_first"] or match["any_sex_of"]:
        if sexes:
            return None  # "Men, regardless of gender"
        return "male or female", bool(match["healthy"])
    if match["sex"] and match["sex2"]:
        return None
    if len(sexes) == 2:
        return "male or female", bool(match["healthy"])
    sex: Sex | None = sexes.pop() if sexes else None  # type: ignore[assignment]
    return sex, bool(match["healthy"])


def _when(match: re.Match) -> str | None:
    if not match["when"]:
        return None
    said = re.sub(r"\s+", " ", match["when"].strip(" ()"))
    lowered = said.lower()
    words = next((words for key, words in _WHEN_WORDS if re.search(key, lowered)), None)
    if words and re.search(r"\d", said):
        words += f" ({re.sub(r'^(?:the )', '', said, flags=re.IGNORECASE)})"  # "(Visit 1)"
    return words


def _is_age(match: re.Match) -> bool:
    """An age, not another number: a unit of age or the word "age" must be said."""
    text = match[0].lower()
    # Months count only beside "older" or "younger": "More than 2 months" under "Life expectancy:" (NCT00025272,
    # hint6: WRONG as "You are more than 2 months old.") is a span of time; its lead-in says of what.
    return bool(
        re.search(r"\bage|\byears?\b|\byrs?\b|\by\.?o\b|year-old|years-old|\bold\b", text)
        or (re.search(r"\bmonths?\b", text) and re.search(r"\bolder\b|\byounger\b", text))
    )


_ABOVE, _BELOW = ("at least", "more than"), ("at most", "less than")


def _range(match: re.Match) -> Age | None:
    if not _is_age(match) or match["old_label"] or match["young_label"]:
        return None
    who = _who(match)
    if who is None:
        return None
    low_unit = _unit_word(match["lunit"]) or _unit_word(match["hunit"]) or "years"
    high_unit = _unit_word(match["hunit"]) or low_unit
    first = (match["low"], comparison_phrase(match["lcmp"]) if match["lcmp"] else "at least", low_unit)
    second = (match["high"], comparison_phrase(match["hcmp"]) if match["hcmp"] else "at most", high_unit)
    joint = (match.groupdict().get("joint") or "").lower()
    if first[1] in _ABOVE and second[1] in _BELOW:
        # "18 to 65", "more than 80 or less than 18" (the limit of the old first: an age outside the two).
        outside = joint == "or"
        same_unit = first[2] == second[2]
        ordered = _number(first[0]) > _number(second[0]) if outside else _number(first[0]) < _number(second[0])
        if (same_unit and not ordered) or (outside and not same_unit):
            return None  # "18 to 18", "less than 80 or more than 18"; years against months cannot be ordered
        low, high = first, second
    elif first[1] in _BELOW and second[1] in _ABOVE and joint in ("or", "and"):
        # "less than 18 or more than 70", and "under 18 and over 79" saying the same (no age is both).
        outside, low, high = True, second, first
    else:
        return None
    return Age(
        low=low[0],
        low_phrase=low[1],
        low_unit=low[2],
        high=high[0],
        high_phrase=high[1],
        high_unit=high[2],
        both_units=bool(match["lunit"] and match["hunit"]),
        outside=outside,
        sex=who[0],
        healthy=who[1],
        adult=bool(match["adult"]),
        when=_when(match),
        at_diagnosis=_at_diagnosis(match),
    )


def _at_diagnosis(match: re.Match) -> bool:
    return bool(match["when"]) and "diagnosis" in match["when"].lower()


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _bound(match: re.Match) -> Age | None:
    if not _is_age(match):
        return None
    who = _who(match)
    if who is None:
        return None
    spelled = (match["cmp"] or "").lower()
    direction = (match["dir"] or "").lower()
    phrase = None
    if spelled:
        if re.search(r"minimum|above (?:the )?age|over (?:the )?age|of or above|reached", spelled):
            phrase = "at least" if re.search(r"minimum|of or above|reached", spelled) else "more than"
        elif re.search(r"under (?:the )?age", spelled):
            phrase = "less than"
        elif "maximum" in spelled:
            phrase = "at most"
        else:
            phrase = comparison_phrase(spelled)
    if direction:
        trailing = "at least" if re.search(r"older|above|over|more|greater|upwards|up|\+", direction) else "at most"
        if phrase and phrase != trailing:
            return None
        phrase = trailing
    if phrase is None:
        return None  # "18 years": a number alone is not a limit
    if phrase in ("more than", "less than") and _SAYS_INCLUSIVE.search(match.group(0)):
        # "greater than 18 years old, inclusive" (NCT05756322, downloads7: LOSSY as "more than 18"): the study's words
        # let 18 in, which "more than" would not.
        return None
    if (match["old_label"] and phrase not in ("at least", "more than")) or (
        match["young_label"] and phrase not in ("at most", "less than")
    ):
        return None  # "Advanced age (under 65)": the label and its limit disagree
    unit = _unit_word(match["unit"]) or "years"
    sex, healthy = who
    common = {
        "sex": sex,
        "healthy": healthy,
        "adult": bool(match["adult"]),
        "when": _when(match),
        "at_diagnosis": _at_diagnosis(match),
    }
    if phrase in ("at least", "more than"):
        return Age(low=match["n"], low_phrase=phrase, low_unit=unit, **common)
    return Age(high=match["n"], high_phrase=phrase, high_unit=unit, **common)


# --- Sex, adults, health ---------------------------------------------------------------------------------------------


class SexIs(Fact):
    sex: Literal["male", "female", "male or female"]

    def sentence(self) -> str:
        if self.sex == "male or female":
            return "You can be male or female."
        return f"You are {self.sex}."


class Adult(Fact):
    def sentence(self) -> str:
        return "You are an adult."


class Healthy(Fact):
    sex: Sex | None = None
    good_general: bool = False

    def sentence(self) -> str:
        if self.good_general:
            return "You are in good general health."
        if self.sex == "male or female":
            return "You are healthy, male or female."
        return f"You are healthy and {self.sex}." if self.sex else "You are healthy."


def _sex_of(word: str) -> Literal["male", "female"] | None:
    lowered = word.lower()
    if re.match(r"(?:male|males|men|man)\b", lowered):
        return "male"
    if re.match(r"(?:female|females|women|woman)\b", lowered):
        return "female"
    return None


# --- Consent --------------------------------------------------------------------------------------------------------


class Consent(Fact):
    """Agreeing to take part: who agrees, how (in writing, by signing), whether it is informed, and when."""

    able: bool = False
    willing: bool = False
    understand: bool = False  # "ability to understand and willingness to sign"
    read: bool = False  # "Able to read, understand and provide signed informed consent": reading is asked too
    negation: Literal["", "not able", "not willing", "not able or not willing", "refuse", "not"] = ""
    informed: bool = True
    written: bool = False
    signed: bool = False
    dated: bool = False
    voluntary: bool = False
    representative: Literal["", "legal", "parent"] = ""
    before: str | None = None  # "before any study tests or procedures"
    and_follow: str | None = None  # "follow the study's visits, tests and rules": a second thing agreed to

    def sentence(self) -> str:
        said = self._consent()
        if self.and_follow is None:
            return said
        if self.negation:
            return said[:-1] + f", or to {self.and_follow}."
        how = (
            "willing and able"
            if self.willing and self.able
            else "willing"
            if self.willing
            else "able"
            if self.able
            else ""
        )
        return (
            f"{said} You are also {how + ' to' if how else 'agree to'} {self.and_follow}."
            if how
            else (f"{said} You also agree to {self.and_follow}.")
        )

    def _consent(self) -> str:
        if self.signed:
            form = "a written form" if self.written else "a form"
            act = f"{'sign and date' if self.dated else 'sign'} {form} to agree to take part"
        elif self.written and self.dated:
            act = "agree to take part on a written, dated form"
        elif self.written:
            act = "agree in writing to take part"
        else:
            act = "agree to take part"
        if self.voluntary:
            act = "freely " + act
        explained = " after the study is explained to you" if self.informed else ""
        before = f" {self.before}" if self.before else ""
        who = {
            "": "You",
            "legal": "You, or a person legally allowed to decide for you,",
            "parent": "Your parent or legal guardian",
        }[self.representative]
        if self.representative == "parent":
            act = act.replace("to take part", "to you taking part")
            explained = " after the study is explained" if self.informed else ""
        verb_be = "is" if self.representative == "parent" else "are"
        if self.negation == "not":
            return f"{who} {'does' if self.representative == 'parent' else 'do'} not {act}{explained}{before}."
        if self.negation == "refuse":
            return f"{who} refuse{'s' if self.representative == 'parent' else ''} to {act}{explained}{before}."
        if self.negation and self.understand:
            # "Inability to understand the protocol or to give informed consent": either one rules you out.
            return f"{who} {verb_be} {self.negation} to understand the study, or to {act}{before}."
        if self.negation:
            how = {
                "not able": "not able",
                "not willing": "not willing",
                "not able or not willing": "not able or not willing",
            }[self.negation]
            return f"{who} {verb_be} {how} to {act}{explained}{before}."
        if self.understand:
            ability = "willing and able" if self.willing and self.able else "willing" if self.willing else "able"
            knows = "read and understand the study information" if self.read else "understand the study"
            understand = (
                f"You can {knows}."
                if self.representative != "parent"
                else (f"Your parent or legal guardian can {knows}.")
            )
            return f"{understand} {who.removesuffix(',')} {verb_be} {ability} to {act}{before}."
        if self.willing or self.able:
            ability = "willing and able" if self.willing and self.able else "willing" if self.willing else "able"
            return f"{who} {verb_be} {ability} to {act}{explained}{before}."
        if self.representative == "parent":
            return (
                f"{who} agrees{act.removeprefix('agree')}{explained}{before}."
                if act.startswith("agree")
                else (f"{who} {act.replace('sign', 'signs', 1)}{explained}{before}.")
            )
        return f"{who} {act}{explained}{before}."


_ABLE = r"(?:willing|able|capable|ready|prepared)"
# "Subjects unwilling or unable to ...", "Test subjects who are ...": the person a rule speaks of (WHO reads "Patients must").
_SUBJECT = (
    r"(?:(?:the\s+|test\s+)?(?:patients?|subjects?|participants?|volunteers?|individuals?|men|women|persons?)\s+"
    r"(?:who\s+(?:are|is)\s+(?=un|not|in|willing|able|capable)|(?=un|in|not\s|willing|able|capable)))?"
)
_ABILITY_NOUN = r"(?:ability|willingness|capacity|capability|readiness)"
_NOT_ABLE = (
    r"(?:unable|unwilling|not\s+able|not\s+willing|incapable|inability|unwillingness|not\s+capable|lack\s+of\s+(?:ability|capacity|"
    r"willingness)|failure|fail(?:s|ed)?|cannot|can\s*not|could\s+not|did\s+not|does\s+not|do\s+not|not)"
)
# What a study asks, as a source names it: each a kind, said together ("follow the study visits and tests").
_DUTY_WORDS: tuple[tuple[str, str], ...] = (
    (r"follow-up(?:\s+(?:visits?|examinations?|schedule|assessments|evaluations|appointments))?", "follow-up"),
    (r"(?:visits?|visit\s+schedules?|appointments)", "visits"),
    (r"(?:laboratory\s+tests|lab\s+tests|tests|assessments|evaluations|examinations|measurements)", "tests"),
    (r"instructions", "instructions"),
    (r"(?:restrictions|prohibitions|rules|lifestyle\s+restrictions)", "rules"),
    (
        r"(?:treatment\s+plans?|dosing(?:\s+schedules?)?|medication\s+schedule|study\s+drug\s+administration)",
        "treatment plan",
    ),
    (r"(?:procedures?|requirements?|schedules?|protocol|study\s+plan|plan|activities)", "all"),
)
_DUTY_NOUN = "|".join(f"(?:{pattern})" for pattern, _ in _DUTY_WORDS)
_DUTY = (
    r"(?:(?:the|all|any|its|their|other)\s+)?(?:(?:study|trial|protocol)[- ](?:specific\s+|related\s+|required\s+)?|scheduled\s+|"
    r"required\s+|planned\s+|protocol[- ]required\s+|study\s+related\s+|clinic\s+)*"
    rf"(?:{_DUTY_NOUN})"
)
_DUTIES = rf"{_DUTY}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*/\s*|\s+and/or\s+){_DUTY})*"
_DUTY_RES = tuple((re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), kind) for pattern, kind in _DUTY_WORDS)
_DUTIES_LATER = _DUTIES


_CONSENT_BEFORE = (
    r"(?P<before>\s*,?\s*(?:before|prior\s+to)\s+(?:any\s+|the\s+(?:start\s+of\s+(?:any\s+)?)?|the\s+initiation\s+of\s+(?:any\s+)?|"
    r"(?:the\s+)?(?:performance|conduct)\s+of\s+any\s+|implementing\s+any\s+|initiation\s+of\s+(?:any\s+)?|the\s+first\s+)?"
    r"(?:mandatory\s+)?(?P<before_what>(?:study|trial|protocol)[- ](?:specific|related)\s+(?:procedures?|activities|assessments?|processes|tests?|"
    r"screening(?:\s+procedures?)?|evaluations?|interventions?)(?:\s+(?:being|are|is)\s+(?:conducted|performed))?|"
    r"(?:study|trial|screening)\s+(?:procedures?|activities|assessments?|tests?)(?:\s+(?:being|are|is)\s+(?:conducted|performed))?|"
    r"screening(?:\s+procedures?)?|enrol?lment|registration|randomi[sz]ation|participation\s+in\s+(?:the|this)\s+(?:study|trial)|"
    r"(?:study|trial)\s+(?:entry|participation|enrol?lment|start)|entering\s+the\s+(?:study|trial)|procedures?\s+specific\s+to\s+"
    r"the\s+study|(?:the\s+)?start\s+of\s+the\s+(?:study|trial)|(?:assessments?|procedures?|tests?)|study\s+procedures?)"
    r"(?:\s+(?:being|are|is)\s+(?:conducted|performed|done))?"
    r"(?:\s*,\s*sampling\s*,?\s*(?:and\s+)?analys[ie]s)?)?"  # AstraZeneca's "..., sampling, and analyses"
)
_CONSENT = (
    r"(?=.{0,240}$)(?P<rep>(?:(?:the\s+)?(?:patients?|subjects?|participants?)\s*(?:,|/|or|and/or)\s*(?:their\s+|his/her\s+|his\s+or\s+her\s+|"
    r"the\s+|a\s+)?(?:legally\s+(?:authori[sz]ed|acceptable)\s+representatives?|legal\s+(?:guardians?|representatives?)|lars?|"
    r"guardians?)\s*(?:\(lar\)\s*)?(?:must\s+|should\s+|will\s+|is\s+|are\s+|has\s+|have\s+)*))?"
    # "Parent or legal guardian willing to provide written informed consent": a child's study
    r"(?:(?P<parent>(?:a\s+|the\s+)?(?:parents?\s*(?:or|/)\s*(?:(?:a|the)\s+)?(?:legal(?:ly\s+authori[sz]ed)?\s+)?"
    r"(?:guardians?|representatives?)|legal\s+guardians?))\s+(?:must\s+|should\s+|will\s+|is\s+|are\s+)*"
    r"(?=willing|able|provides?\s|gives?\s|signs?\s|has\s|have\s))?"
    r"(?:(?:the\s+|test\s+)?(?:patients?|subjects?|participants?|volunteers?|men|women)\s+(?:who\s+)?(?=can\s|must\s|should\s|will\s|"
    r"voluntarily\s|refuses?\s|agree[sd]?\s|signs?\s|signed\s|provides?\s|gives?\s|are\s+unwilling|is\s+unwilling|are\s+unable|is\s+unable|"
    r"unwilling|unable|willing\s|able\s|ready\s|is\s|are\s|do\s+not\s|does\s+not\s|not\s+giving\s))?"
    r"(?:(?:are|is)\s+(?=unwilling|unable))?"
    r"(?:(?:must|should|shall|will)\s+)?"
    r"(?P<join>(?:agrees?|agreed)\s+and\s+(?=signed|signs?\s|provided|gave\s)"  # "Participants who agreed and signed ..."
    r"|(?:(?:voluntarily|freely)\s+)?(?:(?:agrees?|agreed|decided?|volunteer(?:s|ed)?|willing(?:ness)?)\s+to\s+(?:voluntarily\s+)?)?"
    r"(?:participate|take\s+part|join|enter)(?:\s+in)?(?:\s+(?:the|this)\s+(?:clinical\s+)?(?:study|trial|research))?\s*,?\s*"
    # "... to participate in the trial by providing signed informed consent", "... through signed informed consent"
    r"(?:and\s+(?=sign|provide|give)|(?:by|through)\s+(?=providing\s|signing\s|giving\s|signed\s|written\s)))?"
    r"(?:(?P<refuse>refuses?|refusal(?:\s+of)?|refusing|refused)\s+(?:to\s+)?"
    r"|(?P<absent>absence|lack|failure|no|non-|not\s+given|failed|fails)\s*(?:of\s+|to\s+)?)?"
    rf"(?:(?P<neg>{_NOT_ABLE})(?:\s*(?:,|or|and/or|and|/)\s*(?P<neg2>{_NOT_ABLE}))?(?:\s+of\s+(?:the\s+)?(?:subject|patient|"
    r"participant))?\s+(?:to\s+|of\s+)?)?"
    rf"(?:(?:is\s+|are\s+|be\s+)?(?P<able>{_ABLE}(?:\s*(?:,|and|&|or|and/or)\s*{_ABLE})*)\s+(?:to|of)\s+"
    rf"|(?:the\s+)?(?P<able_noun>{_ABILITY_NOUN}(?:\s+(?:and|or|and/or)\s+(?:the\s+)?{_ABILITY_NOUN})*)\s+(?:to|of)\s+"
    r"|(?P<can>can)\s+)?"
    r"(?:(?P<understand>(?:read|comprehend)?(?:,\s*)?(?:read\s+and\s+)?understand(?:ing)?(?:\s+(?:the\s+study|it))?(?:\s*,)?\s+and\s+"
    rf"(?:the\s+)?(?:(?:{_ABILITY_NOUN})\s+to\s+|(?:be\s+)?{_ABLE}\s+to\s+)?))?"
    r"(?P<voluntary>(?:voluntarily|freely)\s+)?"
    r"(?:(?P<verb>provide|provides|provided|providing|provision\s+of|give|gives|given|giving|signing\s+of|sign|signs|signing|signed|"
    r"having\s+(?:provided|given|signed)|"
    r"personally\s+sign|obtain|obtained|obtaining|has\s+signed|have\s+signed|has\s+given|have\s+given|has\s+provided|"
    r"have\s+provided|sign\s+and\s+date|date\s+and\s+sign|signature\s+(?:of|on)|completion\s+of|complete|document(?:ed)?|"
    r"agree\s+to\s+sign|agrees\s+to\s+sign|consent(?:ed)?\s+to\s+participate\s+and\s+sign(?:ed)?|sign\s+on)\s+)?"
    r"(?:(?:an?|the|their|his/her|his|her|own|own\s+written)\s+)?"
    r"(?P<adj>(?:(?:signed|written|dated|voluntary|valid|personally\s+signed|freely\s+given|documented|legally\s+effective|free|"
    r"study[- ]specific)"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+))*)"
    r"(?P<informed>(?:fully\s+)?(?:informed|study)\s+(?:(?:and\s+)?(?P<adj2>(?:written|signed)(?:\s+(?:and\s+)?(?:written|signed|dated))*)\s+)?)?"
    r"(?:consent|icf|(?P<consent_verb>consent(?:ing)?(?=\s+to\s+(?:participate|participation|take\s+part|study\s+participation|"
    r"(?:the|this)\s+(?:study|trial)\b))))"
    r"(?P<form>\s+(?:form|document|statement|agreement))?(?P<process>\s+process)?(?:\s*\((?:icf|ic)\))?"
    r"(?P<to_take_part>\s+(?:to|for)\s+(?:participate|participation|take\s+part)(?:\s+in\s+(?:the|this)\s+(?:study|trial|clinical\s+study|research))?"
    r"|\s+(?:to|for)\s+study\s+participation|\s+(?:for|to)\s+(?:the|this)\s+(?:study|trial))?"
    r"(?:\s+(?:from|by)\s+(?:the\s+)?(?:patient|subject|participant))?"
    r"(?:\s+(?:is\s+|must\s+be\s+|has\s+been\s+|was\s+)?(?P<post>signed|provided|obtained|given|available|documented|"
    r"signed\s+and\s+dated|dated\s+and\s+signed)(?:\s+(?:by|from)\s+(?:the\s+)?(?:patient|subject|participant))?)?"
    rf"{_CONSENT_BEFORE}"
    r"(?P<and_follow>\s*,?\s+and\s+(?:to\s+|be\s+(?:willing|able)\s+to\s+|agree\s+to\s+)?(?:comply|adhere|follow|abide\s+by)"
    r"(?:\s+(?:with|to|by))?\s+(?P<and_duties>" + _DUTIES_LATER + r")"
    r"(?:\s+(?:of|for|in)\s+(?:the\s+|this\s+)?(?:(?:study|trial)\s+protocol|study|trial|protocol|study\s+participation))?)?"
    # "... which includes compliance with the requirements and restrictions listed in the informed consent form and in
    # this protocol": what signing commits you to
    r"(?P<includes>(?:\s+as\s+described\s+in\s+(?:appendix|section)\s+\d+(?:\.\d+)*)?\s*,?\s+which\s+includes\s+compliance\s+with\s+the\s+requirements\s+and\s+restrictions\s+listed\s+in\s+"
    r"the\s+(?:informed\s+)?consent\s+form\s+(?:\(icf\)\s+)?and\s+in\s+(?:this|the)\s+protocol)?"
)

_BEFORE_WORDS = (
    (r"enrol|registration|entry|entering|participation|start of the|study start", "before you join the study"),
    (r"randomi", "before you are assigned to a study group"),
    (r"^screening(?: procedures?)?$", "before any screening tests"),
    (r".", "before any study tests or procedures"),
)


def _consent(match: re.Match) -> Consent | None:
    words = match[0].lower()
    negs = " ".join(filter(None, (match["neg"], match["neg2"]))).lower()
    negation = ""
    refuse = bool(match["refuse"])
    if refuse and (negs or match["able"] or match["able_noun"]):
        return None
    if refuse:
        negation = "refuse"
    if match["absent"]:
        if refuse or negs or match["able"] or match["able_noun"]:
            return None
        negation = "not"
    if negs:
        able_said = bool(
            re.search(
                r"unable|not\s+able|inability|incapable|not\s+capable|capacity|ability|cannot|can\s*not|"
                r"could\s+not",
                negs,
            )
        )
        willing_said = bool(re.search(r"unwilling|not\s+willing|unwillingness|willingness", negs))
        if re.search(r"^(?:failure|fail|did not|does not|do not|not)\b", negs) and not (able_said or willing_said):
            if match["able"] or match["able_noun"]:
                able_said = bool(
                    re.search(r"able|capable|ability|capacity", (match["able"] or match["able_noun"]).lower())
                )
                willing_said = bool(re.search(r"willing", (match["able"] or match["able_noun"]).lower()))
            elif re.fullmatch(r"(?:do|does)\s+not", negs) or (
                negs == "not" and (match["verb"] or "").lower() == "giving"
            ):
                # "Patients who do not consent to the study", "Patients not giving consent for the study": now, not past
                negation = "not"
            else:
                return None  # "Did not sign the consent": said of the past, unclear
        negation = negation or (
            "not able or not willing"
            if able_said and willing_said
            else "not able"
            if able_said
            else "not willing"
            if willing_said
            else ""
        )
        if not negation:
            return None
        if match["neg2"] and not (able_said and willing_said):
            return None
    abilities = " ".join(
        filter(None, (match["able"], match["able_noun"], match["understand"], match["can"] and "able"))
    ).lower()
    able = bool(re.search(r"\b(?:able|capable|ability|capacity|capability)\b", abilities))
    willing = bool(re.search(r"willing|ready|prepared|readiness", abilities))
    if (
        negation
        and negation != "refuse"
        and abilities
        and not match["neg"].lower().startswith(("not", "fail", "did", "does", "do"))
    ):
        return None
    if negation:
        able = willing = False
    adjectives = " ".join(filter(None, (match["adj"], match["adj2"], match["post"], match["verb"]))).lower()
    informed = (
        bool(match["informed"] and re.match(r"(?:fully\s+)?informed", match["informed"], re.IGNORECASE))
        or "icf" in words
    )
    signed = bool(re.search(r"sign", adjectives))
    written = bool(re.search(r"written|document", adjectives))
    dated = bool(re.search(r"dated|date", adjectives))
    voluntary = bool(match["voluntary"]) or bool(re.search(r"voluntar|free", adjectives))
    if match["join"]:
        if negation or abilities:
            return None
        voluntary = voluntary or bool(re.search(r"voluntar|freely|volunteer", match["join"], re.IGNORECASE))
        willing = willing or bool(re.search(r"willing", match["join"], re.IGNORECASE))
    if re.search(r"valid|legally effective", adjectives):
        return None  # "valid" consent: a legal condition the plain words would not carry
    verb = (match["verb"] or "").lower()
    if not (
        verb
        or match["adj"]
        or match["post"]
        or match["informed"]
        or match["form"]
        or match["consent_verb"]
        or negation
        or abilities
        or match["to_take_part"]
    ):
        return None  # "Consent": a word alone
    representative = "legal" if match["rep"] else "parent" if match["parent"] else ""
    before = None
    if match["before_what"]:
        what = re.sub(
            r"\s+(?:being|are|is)\s+(?:conducted|performed|done)$",
            "",
            re.sub(r"\s+", " ", match["before_what"].lower()),
        )
        before = next(words for key, words in _BEFORE_WORDS if re.search(key, what))
    understand = bool(match["understand"])
    if understand and not (willing or able):
        able = True  # "Ability to understand and sign": understood, and able
    and_follow = None
    if match["and_follow"]:
        and_follow = _duties(match["and_duties"], "comply")
        if and_follow is None or understand:
            return None
    if match["includes"]:
        if and_follow is not None or understand:
            return None
        and_follow = "follow the rules and limits set out in the consent form and the study plan (protocol)"
    return Consent(
        and_follow=and_follow,
        able=able,
        willing=willing,
        understand=understand,
        read=understand and "read" in match["understand"].lower(),
        negation=negation,
        informed=informed,
        written=written,
        signed=signed,
        dated=dated,
        voluntary=voluntary,
        representative=representative,
        before=before,
    )


# "Inability to understand the protocol or to give informed consent", "Able to understand the nature of the study and
# provide written, informed consent": understanding the study, and consenting; not able to do one or the other.
_UNDERSTANDING = (
    rf"{_SUBJECT}(?:(?:are|is)\s+)?(?:(?P<neg>inability|unable|not\s+able|incapable|incompetent)\s+to\s+"
    r"|(?:(?:is|are|be)\s+)?(?:able|competent|capable)\s+to\s+|(?:the\s+)?(?:mental\s+)?(?:ability|capacity)\s+to\s+"
    r"|fully\s+)?understand\s+(?:the\s+(?:study\s+)?protocol|the\s+(?:nature\s+of\s+the\s+)?study(?:\s+objectives)?|"
    r"(?:the\s+)?study\s+information)\s+(?P<join>or|and)\s+(?:to\s+)?(?P<voluntary>voluntarily\s+)?(?P<verb>give|provide|sign)\s+"
    r"(?:an?\s+|the\s+)?(?P<adj>(?:(?:written|signed|voluntary)(?:\s*,\s*|\s+))*)informed\s+consent(?P<form>\s+form)?"
    r"(?:\s*\(icf\))?"
)


def _understanding(match: re.Match) -> Consent | None:
    negated = bool(match["neg"])
    if negated != (match["join"].lower() == "or"):
        return None  # "unable to understand and to give": both, or either? "able to understand or give": unclear
    words = " ".join(filter(None, (match["adj"], match["verb"], match["form"]))).lower()
    return Consent(
        able=not negated,
        understand=True,
        negation="not able" if negated else "",
        written="written" in words,
        signed="sign" in words,
        voluntary=bool(match["voluntary"]) or "voluntary" in words,
    )


# Words about consent that say how the study runs, not what you do: who approved the form ("the IRB approved
# consent"), the order of its words ("Before patient enrollment, written informed consent must be given"), and
# misspellings. Read without them, the sentence is one the consent pattern reads whole. (The rules it follows,
# "according to Good Clinical Practice", are a clause the translation keeps after the sentence.)
_CONSENT_PAPERWORK = (
    (
        re.compile(
            r"\b(?:(?:the|an?)\s+)?(?:IRB|IEC|ERB|EC|REB|Institutional\s+Review\s+Board|(?:independent\s+)?ethics\s+committee)"
            r"(?:\s*\([A-Z]{2,4}\))?[- ](?:reviewed\s+and\s+)?approved\s+",
            re.IGNORECASE,
        ),
        "the ",
    ),
    (re.compile(r"\binform(?:ant)?\s+consent\b", re.IGNORECASE), "informed consent"),
    # "Written informed consent signed voluntarily ...": said as "Voluntarily signed written informed consent".
    (
        re.compile(r"^\s*((?:written\s+)?(?:informed\s+)?consent)\s+signed\s+voluntarily\b", re.IGNORECASE),
        r"Voluntarily signed \1",
    ),
    # "Before patient enrollment, written informed consent must be given": the time said after.
    (
        re.compile(
            r"^\s*Before\s+(?:patient\s+|subject\s+)?(enrol?lment|registration)(?:\s*/\s*randomi[sz]ation)?\s*,\s*(.+?)\s*\.?\s*$",
            re.IGNORECASE,
        ),
        r"\2 before \1",
    ),
    (re.compile(r"\b(?:the\s+)?study\s+(?=informed\s+consent\b)", re.IGNORECASE), "the "),
    (re.compile(r"\b(consent\s+(?:form|document))s\b", re.IGNORECASE), r"\1"),
)
_CONSENT_WHOLE = recogniser("consent", ("consent", "icf"), _CONSENT, _consent)


def _consent_without_paperwork(match: re.Match) -> Consent | None:
    text = match.string
    for pattern, replacement in _CONSENT_PAPERWORK:
        text = pattern.sub(replacement, text)
    text = re.sub(r"\bthe\s+the\b", "the", text, flags=re.IGNORECASE)
    if text == match.string:
        return None  # nothing said about paperwork: the consent pattern has read it already
    plain = _CONSENT_WHOLE.pattern.match(text)
    return _consent(plain) if plain else None


# --- Following the study --------------------------------------------------------------------------------------------


class FollowsStudy(Fact):
    """Willing or able to do what the study asks: its visits, tests and rules, or the part the source names."""

    willing: bool = False
    able: bool = False
    understand: bool = False  # "able to understand and comply with"
    read: bool = False  # "able to read and understand and comply with"
    negation: Literal["", "not able", "not willing", "not able or not willing"] = ""
    what: str  # "follow the study's visits, tests and rules", "come to the follow-up visits"
    during: bool = False
    and_consent: Literal["", "informed", "consent"] = ""  # "... and sign the informed consent document"

    def sentence(self) -> str:
        during = " for the whole study" if self.during else ""
        what = f"{'read, ' if self.read else ''}understand and {self.what}" if self.understand else self.what
        if self.and_consent:
            explained = " after the study is explained to you" if self.and_consent == "informed" else ""
            during += f", and to sign a form to agree to take part{explained}"
        if self.negation:
            return f"You are {self.negation} to {what}{during}."
        if self.willing or self.able:
            how = "willing and able" if self.willing and self.able else "willing" if self.willing else "able"
            return f"You are {how} to {what}{during}."
        return f"You agree to {what}{during}."


_FOLLOW = (
    rf"(?=.{{0,240}}$){_SUBJECT}(?:(?P<neg>{_NOT_ABLE})(?:\s*(?:,|or|and/or|and|/)\s*(?P<neg2>{_NOT_ABLE}))?\s+(?:to\s+)?)?"
    rf"(?:(?:is\s+|are\s+|be\s+)?(?P<able>{_ABLE}(?:\s*(?:,|and|&|or|and/or)\s*{_ABLE})*)\s+(?:to|of)\s+"
    rf"|(?:the\s+)?(?:stated\s+)?(?P<able_noun>{_ABILITY_NOUN}(?:\s+(?:and|or|and/or)\s+(?:the\s+)?{_ABILITY_NOUN})*)\s+(?:to|of)\s+"
    r"|(?P<agree>agrees?\s+to\s+|commitment\s+to\s+))?"
    r"(?P<understand>(?:understand|read\s+and\s+understand)\s+and\s+)?"
    r"(?P<verb>comply|complying|compliance|adhere|adhering|adherence|follow|following|abide\s+by|abiding\s+by|conform|"
    r"complete|completing|attend|attending|return\s+for|be\s+available\s+for)"
    rf"(?:\s+(?:with|to|by))?\s+(?P<duties>{_DUTIES})"
    r"(?:\s+(?:of|for|in)\s+(?:the\s+|this\s+)?(?:(?:study|trial)\s+protocol|study|trial|protocol|study\s+participation))?"
    r"(?:\s+(?:as\s+)?(?:required|specified|outlined|described|defined|detailed|stated|indicated)\s+(?:by|in)\s+(?:the|this)\s+"
    r"(?:protocol|study))?"
    r"(?P<during>\s*,?\s*(?:for|during|throughout)\s+(?:the\s+)?(?:entire\s+|whole\s+|full\s+)?(?:duration|length|course|period)\s+"
    r"of\s+(?:the\s+)?(?:study|trial|participation|study\s+participation)|\s+throughout\s+the\s+(?:study|trial)(?:\s+period)?)?"
    r"(?P<and_consent>\s+and\s+(?:to\s+)?sign\s+(?:the|an|a)\s+(?P<and_informed>informed\s+)?consent(?:\s+(?:form|document))?)?"
)


def _duties(text: str, verb: str) -> str | None:
    """What to do, from the duties a source names: "follow the study's visits, tests and rules", "come to the visits"."""
    kinds: list[str] = []
    for piece in re.split(r"\s*,\s*(?:and\s+)?|\s+and/or\s+|\s+and\s+|\s*/\s*", text):
        kind = next((kind for pattern, kind in _DUTY_RES if pattern.search(piece)), None)
        if kind is None:
            return None
        if kind not in kinds:
            kinds.append(kind)
    verb = verb.lower()
    if "all" in kinds:
        return "follow the study's visits, tests and rules"
    if set(kinds) <= {"visits", "follow-up"}:
        visits = "the follow-up visits" if kinds == ["follow-up"] else "the study visits"
        if kinds == ["follow-up"] and re.match(r"comply|complian|adhere|adheren|follow", verb):
            return "come to the follow-up visits"
        return f"come to {visits}"
    if re.match(r"attend|return|be available", verb):
        return None  # "attend ... tests": said as the source says it
    words = {
        "visits": "visits",
        "follow-up": "follow-up visits",
        "tests": "tests",
        "instructions": "instructions",
        "rules": "rules",
        "treatment plan": "treatment plan",
    }
    named = [words[kind] for kind in kinds]
    listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    return f"follow the study's {listed}"


def _follows(match: re.Match) -> FollowsStudy | None:
    negs = " ".join(filter(None, (match["neg"], match["neg2"]))).lower()
    abilities = " ".join(filter(None, (match["able"], match["able_noun"]))).lower()
    negation = ""
    if negs:
        able_said = bool(
            re.search(r"unable|not\s+able|inability|incapable|not\s+capable|cannot|can\s*not|could\s+not", negs)
        )
        willing_said = bool(re.search(r"unwilling|not\s+willing|unwillingness", negs))
        if not (able_said or willing_said):
            if negs.strip() in ("not", "do not", "does not") and abilities:
                able_said = bool(re.search(r"able|capable|ability|capacity", abilities))
                willing_said = "willing" in abilities
            if not (able_said or willing_said):
                return None
        elif abilities:
            return None
        negation = (
            "not able or not willing" if able_said and willing_said else "not able" if able_said else "not willing"
        )
        if match["neg2"] and negation != "not able or not willing":
            return None
    able = bool(re.search(r"able|capable|ability|capacity|capability", abilities)) and not negation
    willing = bool(re.search(r"willing|ready|prepared|readiness", abilities)) and not negation
    if not (negation or able or willing or match["agree"]):
        return None  # "Compliance with the protocol": said of the person, not asked of them
    what = _duties(match["duties"], match["verb"])
    if what is None or (negation and match["and_consent"]):
        return None  # "Unable to comply ... and sign the consent": either one missing is enough, which "and" hides
    return FollowsStudy(
        willing=willing,
        able=able,
        understand=bool(match["understand"]),
        read=bool(match["understand"]) and "read" in match["understand"].lower(),
        negation=negation,
        what=what,
        during=bool(match["during"]),
        and_consent="" if not match["and_consent"] else "informed" if match["and_informed"] else "consent",
    )


# --- Language and understanding ---------------------------------------------------------------------------------------


class Language(Fact):
    skills: tuple[str, ...]  # "read", "speak", "understand", "write"
    languages: tuple[str, ...]
    negation: Literal["", "not able"] = ""
    fluent: bool = False

    def sentence(self) -> str:
        languages = " or ".join(self.languages) if len(self.languages) > 1 else self.languages[0]
        if self.fluent:
            return f"You {'do not speak' if self.negation else 'speak'} {languages} fluently."
        skills = list(self.skills)
        said = (
            skills[0]
            if len(skills) == 1
            else ", ".join(skills[:-1]) + (" or " if self.negation else " and ") + skills[-1]
        )
        if self.negation:
            return f"You are not able to {said} {languages}."
        return f"You can {said} {languages}."


_LANGUAGE = (
    r"(?:english|spanish|french|german|chinese|mandarin|cantonese|japanese|korean|italian|portuguese|dutch|danish|swedish|"
    r"norwegian|finnish|hebrew|arabic|russian|polish|turkish|greek|hindi|vietnamese|thai|czech|hungarian|the\s+local\s+language|"
    r"the\s+language\s+of\s+the\s+(?:study|consent\s+form)|local\s+language)"
)
_SKILL = r"(?:read|write|speak|understand|comprehend|communicate\s+in|converse\s+in)"
_LANGUAGE_PATTERN = (
    rf"{_SUBJECT}(?:(?P<neg>unable|not\s+able|inability|cannot|can\s*not)\s+(?:to\s+)?|(?:is\s+|are\s+|be\s+)?(?:able|capable)\s+to\s+|"
    r"(?:the\s+)?(?:ability|capacity)\s+to\s+|can\s+)?"
    rf"(?P<skills>{_SKILL}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and/or)\s+|\s*/\s*){_SKILL})*)\s+"
    rf"(?:(?:and|or)\s+)?(?:in\s+)?(?P<languages>{_LANGUAGE}(?:\s+(?:or|and|and/or)\s+{_LANGUAGE})?)"
    r"(?:\s+language)?"
    r"|(?P<fluent>(?:fluent|fluency)\s+(?:in\s+)?)(?P<flang>" + _LANGUAGE + r"(?:\s+(?:or|and)\s+" + _LANGUAGE + r")?)"
    r"(?:\s+(?:speaker|speaking|language))?"
)


def _languages(text: str) -> tuple[str, ...]:
    names = re.split(r"\s+(?:or|and|and/or)\s+", text.strip(), flags=re.IGNORECASE)
    result = []
    for name in names:
        lowered = re.sub(r"\s+", " ", name.lower())
        if lowered.startswith("the language of") or "local" in lowered:
            result.append("the local language")
        else:
            result.append(lowered.capitalize())
    return tuple(result)


def _language(match: re.Match) -> Language | None:
    if match["fluent"]:
        return Language(skills=("speak",), languages=_languages(match["flang"]), fluent=True)
    skills = tuple(
        dict.fromkeys(
            {"comprehend": "understand", "communicate in": "speak", "converse in": "speak"}.get(
                re.sub(r"\s+", " ", skill.lower()), skill.lower()
            )
            for skill in re.findall(_SKILL, match["skills"], re.IGNORECASE)
        )
    )
    joined = re.findall(r"\b(and|or)\b", match["skills"].lower())
    if match["neg"] and "and" in joined and len(skills) > 1:
        return None  # "unable to read and write": both, or either? said as the source, not rewritten
    return Language(
        skills=skills, languages=_languages(match["languages"]), negation="not able" if match["neg"] else ""
    )


# --- Allergy to the study drug -----------------------------------------------------------------------------------------


class StudyDrugAllergy(Fact):
    known: bool = False
    suspected: bool = False
    ingredients_only: bool = False  # "any component of the study drug"
    ingredients: bool = False  # "the study drug or its excipients"
    intolerance: bool = False  # "allergy or intolerance": a bad reaction that is not an allergy counts too
    several: bool = False  # "any of study drugs": each of the study's drugs counts

    def sentence(self) -> str:
        drug, its = ("any of the study drugs", "their") if self.several else ("the study drug", "its")
        what = (
            f"any ingredient of {drug.removeprefix('any of ')}"
            if self.ingredients_only
            else (f"{drug} or any of {its} ingredients" if self.ingredients else drug)
        )
        allergic = "allergic to, or unable to take," if self.intolerance else "allergic to"
        if self.known and self.suspected:
            return f"You are known or thought to be {allergic} {what}."
        if self.known:
            return f"You are known to be {allergic} {what}."
        if self.suspected:
            return f"You may be {allergic} {what}."
        return f"You are {allergic} {what}."


_STUDY_DRUG = (
    r"(?:the\s+|any\s+(?:of\s+(?:the\s+)?)?)?(?:study|investigational|trial|test|research)\s+(?:drugs?|medications?|medicines?|products?|"
    r"treatments?|agents?|interventions?|therap(?:y|ies)|compounds?)|(?:the\s+)?(?:ip|imp)\b|(?:the\s+)?investigational\s+medicinal\s+"
    r"products?|(?:the\s+)?drugs?\s+(?:used|tested)\s+in\s+(?:this|the)\s+(?:study|trial)"
)
_INGREDIENT = r"(?:components?|ingredients?|excipients?|constituents?)(?:\s+or\s+(?:components?|ingredients?|excipients?|constituents?))?"
_ALLERGY = (
    r"(?P<q>(?:(?:a\s+|any\s+)?(?:known|documented|suspected|previous|prior|history\s+of|known\s+or\s+suspected|known\s+history\s+of)"
    r"\s+)*)"
    r"(?:(?:hypersensitivity|allergy|allergies|allergic\s+reactions?|intolerance|sensitivity)(?:\s*(?:,|or|and/or|/)\s*(?:known\s+)?"
    r"(?:hypersensitivity|allergy|allergies|intolerance|sensitivity))*|(?:are\s+|is\s+|be\s+)?(?:known\s+to\s+be\s+)?allergic)\s+to\s+"
    rf"(?:(?P<only>any\s+(?:of\s+the\s+)?{_INGREDIENT}\s+(?:of|in)\s+)(?:{_STUDY_DRUG})"
    # "Hypersensitivity to study drug components"
    rf"|(?P<only2>(?:any\s+(?:of\s+)?)?(?:the\s+)?(?:study|trial|investigational)\s+(?:drug|product|treatment)\s+{_INGREDIENT})"
    # "Known hypersensitivity to the excipients or the study drug" (NCT00654914): the drug and its ingredients
    rf"|(?P<first>(?:the\s+|its\s+|any\s+)?{_INGREDIENT}\s+(?:or|and|and/or)\s+(?:to\s+)?)(?:{_STUDY_DRUG})"
    rf"|(?:{_STUDY_DRUG})(?P<also>\s*(?:,|or|and|and/or)\s+(?:to\s+)?(?:any\s+(?:of\s+)?)?(?:(?:its|their|the)\s+)?"
    r"(?:(?:study|trial)\s+drugs?\s+)?(?:inactive\s+)?"
    rf"{_INGREDIENT}(?:\s+of\s+(?:the\s+)?(?:formulation|product))?)?)"
)


_SEVERAL_STUDY_DRUGS = re.compile(
    r"\b(?:study|investigational|trial|test|research)\s+(?:drugs|medications|medicines|products|treatments|agents|"
    r"interventions|therapies|compounds)\b|\bany\s+(?:of\s+(?:the\s+)?)?(?:study|investigational|trial|test|research)\b",
    re.IGNORECASE,
)


_KNOWN_TO_BE = re.compile(r"\bknown\s+to\s+be\s+allergic\b", re.IGNORECASE)


def _allergy(match: re.Match) -> StudyDrugAllergy:
    qualifiers = (match["q"] or "").lower()
    intolerance = bool(re.search(r"intoleran|(?<!hyper)sensitivity", match[0], re.IGNORECASE))
    return StudyDrugAllergy(
        known=bool(re.search(r"known|documented", qualifiers)) or _KNOWN_TO_BE.search(match[0]) is not None,
        suspected="suspected" in qualifiers,
        ingredients_only=bool(match["only"] or match["only2"]),
        ingredients=bool(match["also"] or match["first"]),
        intolerance=intolerance,
        several=bool(_SEVERAL_STUDY_DRUGS.search(match[0])),
    )


class TreatmentAllergy(Fact):
    """An allergy to a named medicine or class ("Allergy or hypersensitivity to PDE5 inhibitors")."""

    what: str
    known: bool = False
    suspected: bool = False
    history: bool = False
    ingredients: bool = False
    intolerance: bool = False
    severe: bool = False  # "severe allergic reaction to X": had one, and a severe one
    examples: str | None = None  # "like sildenafil, vardenafil or tadalafil": the source's examples of the class

    def sentence(self) -> str:
        return with_examples(self._said(), self.examples)

    def _said(self) -> str:
        allergic = "allergic to, or unable to take," if self.intolerance else "allergic to"
        what = (
            f"{self.what} or any of {'its' if ' or ' not in self.what and ',' not in self.what else 'their'} ingredients"
            if (self.ingredients)
            else self.what
        )
        if self.severe:
            return f"You have had a severe allergic reaction to {what}."
        if self.history:
            return (
                f"You have had an allergic reaction to {what}."
                if not self.intolerance
                else (f"You have had an allergic or other bad reaction to {what}.")
            )
        if self.known and self.suspected:
            return f"You are known or thought to be {allergic} {what}."
        if self.known:
            return f"You are known to be {allergic} {what}."
        if self.suspected:
            return f"You may be {allergic} {what}."
        return f"You are {allergic} {what}."


_TREATMENT_ALLERGY = (
    r"(?P<q>(?:(?:a\s+|any\s+)?(?:known|documented|suspected|previous|prior|history\s+of|known\s+or\s+suspected|known\s+history\s+of)"
    r"\s+)*)(?P<severe>severe\s+)?"
    r"(?:(?:hypersensitivity|allergy|allergies|allergic\s+reactions?|intolerance|sensitivity)(?:\s*(?:,|or|and/or|/)\s*(?:known\s+)?"
    r"(?:hypersensitivity|hypersensitive|allergy|allergies|intolerance|sensitivity))*|(?:are\s+|is\s+|be\s+)?(?:known\s+to\s+be\s+)?allergic)"
    r"\s+(?:to|against)\s+(?:an?\s+)?(?:any\s+of\s+)?(?P<list>" + _TREATMENT_LIST + r")(?P<examples>" + _EXAMPLES + ")?"
    r"(?P<also>\s*,?\s*(?:or|and|and/or)\s+(?:to\s+)?(?:any\s+(?:of\s+)?)?(?:its|their|the|other)\s+(?:inactive\s+)?"
    # "... to Sildenafil or other ingredients of Sildenafil" (NCT04553055): the ingredients of the medicine named
    r"(?:components?|ingredients?|excipients?|constituents?)(?:\s+of\s+(?P<of_name>[\w-]+))?)?"
)


def _treatment_allergy(match: re.Match) -> TreatmentAllergy | None:
    if match["of_name"] and match["of_name"].lower() not in match["list"].lower():
        return None  # the ingredients of something else
    listed = treatments_in(match["list"])
    if listed is None:
        return None
    items, joiner = listed
    if any(item.kind != "medicine" for item in items):
        return None  # an allergy to radiotherapy or surgery is not what the words mean
    if any(item.plain.startswith("a drug that is still being tested") for item in items):
        return None  # "allergy to investigational product" means this study's drug, not any drug still being tested
    qualifiers = (match["q"] or "").lower()
    if match["severe"] and (
        re.search(r"known|documented|suspected", qualifiers)
        or re.search(r"intoleran|(?<!hyper)sensitivity|allergic\s+to|allergy|allergies", match[0], re.IGNORECASE)
        or not (re.search(r"history|previous|prior", qualifiers) or re.search(r"reaction", match[0], re.IGNORECASE))
    ):
        return (
            None  # "known severe allergy to X": a lasting allergy, or a reaction had once? Only a reaction had is said
        )
    examples = None
    if match["examples"]:
        examples = class_examples(items, match["examples"])
        if examples is None:
            return None
    what = (
        items[0].plain
        if len(items) == 1
        else ", ".join(item.plain for item in items[:-1]) + f" {joiner} " + items[-1].plain
    )
    return TreatmentAllergy(
        examples=examples,
        what=what,
        known=bool(re.search(r"known|documented", qualifiers)) or _KNOWN_TO_BE.search(match[0]) is not None,
        suspected="suspected" in qualifiers,
        history=bool(re.search(r"history|previous|prior", qualifiers)),
        ingredients=bool(match["also"]),
        intolerance=bool(re.search(r"intoleran|(?<!hyper)sensitivity", match[0], re.IGNORECASE)),
        severe=bool(match["severe"]),
    )


# --- The study doctor's judgement ---------------------------------------------------------------------------------


class DoctorJudges(Fact):
    """A condition the study doctor thinks makes taking part unsafe or unsound, or a judgement that you are not suitable."""

    what: str | None = None  # "a serious medical condition"; None: "you are not suitable for this study"
    doctor: bool = True  # "in the opinion of the investigator"
    modal: str = "would"  # "would", "could", "might", "is likely to", "" (as the source: "that puts you ...")
    effects: tuple[str, ...] = ()  # "put you at more risk", "make the study's results hard to understand"

    def sentence(self) -> str:
        if self.what is None:
            return "Your study doctor thinks you are not suitable for this study."
        thinks = "your study doctor thinks " if self.doctor else ""
        effects = [self._verb(effect) for effect in self.effects]
        said = effects[0] if len(effects) == 1 else ", ".join(effects[:-1]) + " or " + effects[-1]
        return f"You have {self.what} that {thinks}{said}."

    def _verb(self, effect: str) -> str:
        if self.modal:
            return f"{self.modal} {effect}"
        verb, _, rest = effect.partition(" ")
        third = {"have": "has", "make": "makes", "put": "puts", "get": "gets", "keep": "keeps"}.get(verb, verb + "s")
        return f"{third} {rest}"


_JUDGE = (
    r"(?:in\s+the\s+(?:opinion|judge?ment|view|assessment)\s+of\s+(?:the\s+)?(?:treating\s+|site\s+|principal\s+|clinical\s+)?"
    r"(?:investigators?|physician|doctor|study\s+doctor|pi|clinician)|in\s+the\s+(?:treating\s+)?investigators?'?s?\s+"
    r"(?:opinion|judge?ment)|(?:as\s+)?(?:judged|determined|assessed|deemed)\s+by\s+the\s+(?:treating\s+|site\s+|principal\s+)?"
    r"(?:investigators?|physician|pi)|according\s+to\s+the\s+investigators?|at\s+the\s+(?:investigators?'?s?\s+discretion|discretion\s+"
    r"of\s+the\s+investigators?))"
)
_THEIR = r"(?:(?:the\s+)?(?:patient|subject|participant|person|individual)'?s?'?\s+|his\s+or\s+her\s+|his/her\s+|their\s+|the\s+)?"
_PERSON_OBJ = r"(?:(?:the\s+)?(?:patients?|subjects?|participants?|persons?|individuals?)|them|him\s+or\s+her|him/her)"
_EFFECTS: tuple[tuple[str, str], ...] = (
    (
        rf"(?:place|put|expose)s?\s+{_PERSON_OBJ}\s+(?:at|to)\s+(?:an?\s+)?(?:increased|additional|greater|higher)\s+risk"
        r"(?:\s+of\s+(?:a\s+)?(?:significant\s+|serious\s+)?(?:adverse\s+events?|harm|complications))?",
        "put you at more risk",
    ),
    (
        rf"(?:place|put|expose)s?\s+{_PERSON_OBJ}\s+(?:at|to)\s+(?:an?\s+)?(?:undue|unacceptable|significant|high)\s+risk",
        "put you at too much risk",
    ),
    (rf"(?:increase|raise)s?\s+(?:the\s+)?risk\s+(?:to|for)\s+{_PERSON_OBJ}", "put you at more risk"),
    (rf"(?:compromise|jeopardi[sz]e|endanger)s?\s+{_THEIR}safety", "make taking part unsafe for you"),
    (
        rf"(?:interfere|interferes)\s+with\s+{_THEIR}ability\s+to\s+(?:provide|give)\s+(?:informed\s+)?consent",
        "make it hard for you to agree to take part",
    ),
    (
        rf"(?:interfere|interferes)\s+with\s+{_THEIR}ability\s+to\s+(?:comply|adhere)\s+(?:with|to)\s+(?:the\s+)?(?:study|protocol|trial)?"
        r"\s*(?:procedures|requirements|protocol|instructions|visits|schedule)",
        "make it hard for you to follow the study's rules",
    ),
    (
        r"(?:limit|affect|compromise|impair|hamper|interfere\s+with)s?\s+(?:the\s+)?(?:patient'?s?\s+|subject'?s?\s+)?(?:compliance|adherence)"
        r"(?:\s+(?:with|to)\s+(?:the\s+)?(?:study|protocol|trial)?\s*(?:procedures|requirements|protocol|instructions|visits|schedule)?)?",
        "make it hard for you to follow the study's rules",
    ),
    (
        r"(?:confound|affect|interfere\s+with|compromise|obscure|impair)s?\s+(?:the\s+)?(?:interpretation|analysis|evaluation|integrity)"
        r"\s+of\s+(?:the\s+)?(?:study\s+)?(?:results|data|findings)(?:\s+of\s+(?:the|this)\s+study)?"
        r"|(?:confound|affect|interfere\s+with)s?\s+(?:the\s+)?(?:study\s+)?(?:results|data|assessments|evaluations)"
        r"(?:\s+of\s+(?:the|this)\s+study)?",
        "make the study's results hard to understand",
    ),
    (
        r"(?:interfere|interferes)\s+with\s+(?:the\s+)?(?:patient'?s?\s+|subject'?s?\s+)?(?:participation\s+in\s+(?:the|this)\s+(?:study|trial)|"
        r"study\s+participation|the\s+study|the\s+trial|completion\s+of\s+the\s+(?:study|trial)|conduct\s+of\s+the\s+(?:study|trial))",
        "get in the way of the study",
    ),
    (
        r"(?:preclude|prevent)s?\s+(?:the\s+)?(?:patient'?s?\s+|subject'?s?\s+|participant'?s?\s+)?(?:safe\s+)?participation"
        r"(?:\s+in\s+(?:the|this)\s+(?:study|trial))?",
        "keep you from taking part safely",
    ),
    (
        r"(?:make|makes|render|renders)\s+(?:the\s+)?(?:patient|subject|participant|him|her|them|him\s+or\s+her)\s+(?:unsuitable|"
        r"inappropriate|ineligible)\s+for\s+(?:the\s+|this\s+)?(?:study|trial|participation|enrol?lment|entry\s+into\s+(?:the|this)\s+"
        r"(?:study|trial))",
        "make you unsuitable for this study",
    ),
    (rf"affect\s+{_THEIR}ability\s+to\s+complete\s+the\s+(?:study|trial)", "make it hard for you to finish the study"),
)
_EFFECT = "|".join(f"(?:{pattern})" for pattern, _ in _EFFECTS)
_EFFECT_RES = tuple((re.compile(rf"^(?:{pattern})$", re.IGNORECASE), words) for pattern, words in _EFFECTS)
_MODAL = r"(?:would|could|may|might|will|can|(?:is|are)\s+likely\s+to)(?:\s+(?:potentially|significantly|seriously))?"
_JUDGED_QUALITIES = {
    "clinically significant": "significant",
    "significant": "significant",
    "serious": "serious",
    "severe": "severe",
    "uncontrolled": "uncontrolled",
    "unstable": "unstable",
    "active": "active",
    "chronic": "chronic",
    "medical": "medical",
    "psychiatric": "mental",
    "mental": "mental",
    "psychological": "mental",
    "surgical": "surgical",
    "physical": "physical",
    "social": "social",
    "other": "other",
    "known": "known",
}
_QUALITY = "|".join(
    sorted((re.escape(word).replace(r"\ ", r"\s+") for word in _JUDGED_QUALITIES), key=len, reverse=True)
)
_NOUNS = {
    "condition": "condition",
    "conditions": "condition",
    "illness": "illness",
    "illnesses": "illness",
    "disease": "disease",
    "diseases": "disease",
    "disorder": "disorder",
    "disorders": "disorder",
    "situation": "situation",
    "situations": "situation",
    "circumstance": "circumstance",
    "circumstances": "circumstance",
    "finding": "finding",
    "findings": "finding",
    "abnormality": "abnormality",
    "abnormalities": "abnormality",
    "comorbidity": "other illness",
    "co-morbidity": "other illness",
    "comorbidities": "other illness",
    "factor": "reason",
    "factors": "reason",
}
_NOUN = "|".join(sorted(_NOUNS, key=len, reverse=True))
_JUDGED_THING = (
    rf"(?P<quals>(?:(?:{_QUALITY})(?:\s*,\s*|\s+(?:or|and|and/or)\s+|\s+))*)"
    rf"(?P<nouns>(?:{_NOUN})(?:(?:\s*,\s*|\s+(?:or|and/or)\s+|\s*/\s*)(?:{_NOUN}))*)"
)
_JUDGED = (
    r"(?:(?:the\s+)?(?:presence\s+of\s+|evidence\s+of\s+)?(?:any|an?)\s+)?"
    rf"{_JUDGED_THING}\s*,?\s*(?:that|which)\s*,?\s*(?P<judge1>{_JUDGE}\s*,?\s*)?"
    rf"(?P<modal>{_MODAL}\s+)?(?P<effects>(?:{_EFFECT})(?:(?:\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and/or|and)\s+)(?:{_MODAL}\s+)?(?:{_EFFECT}))*)"
    rf"(?P<judge2>\s*,?\s*{_JUDGE})?"
)
_UNSUITABLE = (
    r"(?:(?:patients?|subjects?|participants?)\s+(?:who\s+(?:are|is)\s+)?)?"
    r"(?:(?:deemed|judged|considered|assessed)\s+(?:to\s+be\s+)?(?:unsuitable|inappropriate|not\s+suitable|ineligible)\s+(?:for|to)\s+"
    r"(?:the|this)\s+(?:clinical\s+)?(?:study|trial|participation)\s+by\s+the\s+(?:principal\s+)?investigators?"
    r"|(?:the\s+)?investigators?\s+(?:consider|considers|judge|judges|believe|believes)\s+(?:that\s+)?(?:the\s+)?"
    r"(?:patients?|subjects?|participants?)\s+(?:is\s+|are\s+|to\s+be\s+)?(?:unsuitable|inappropriate|not\s+suitable)\s+"
    r"for\s+(?:the|this)\s+(?:clinical\s+)?(?:study|trial))"
)


def _judged(match: re.Match) -> DoctorJudges | None:
    quals = [
        _JUDGED_QUALITIES[re.sub(r"\s+", " ", word.lower())]
        for word in re.findall(_QUALITY, match["quals"] or "", re.IGNORECASE)
    ]
    joins = re.findall(r"\b(or|and|and/or)\b|,", match["quals"] or "", re.IGNORECASE)
    nouns = [_NOUNS[word.lower()] for word in re.findall(_NOUN, match["nouns"], re.IGNORECASE)]
    nouns = list(dict.fromkeys(nouns))
    noun = nouns[0] if len(nouns) == 1 else ", ".join(nouns[:-1]) + " or " + nouns[-1]
    order = ["other", "known", "significant", "serious", "severe", "uncontrolled", "unstable", "active", "chronic"]
    kinds = [q for q in dict.fromkeys(quals) if q not in order]
    lead = [q for q in order if q in quals]
    if len(kinds) > 1 and not joins:
        return None
    said_kinds = " or ".join(kinds)
    words = " ".join([*lead, said_kinds, noun]).replace("  ", " ").strip()
    article = "an" if words[:1] in "aeiou" else "a"
    what = f"{'another ' + words.removeprefix('other ') if words.startswith('other ') else article + ' ' + words}"
    effects: list[str] = []
    modals = set()
    for piece in re.split(
        r"\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and/or|and)\s+(?=(?:" + _MODAL + r")\s|" + _EFFECT + ")",
        match["effects"],
        flags=re.IGNORECASE,
    ):
        piece = piece.strip()
        if not piece:
            continue
        modal_said = re.match(rf"({_MODAL})\s+", piece, re.IGNORECASE)
        if modal_said:
            modals.add(re.sub(r"\s+", " ", modal_said.group(1).lower()))
            piece = piece[modal_said.end() :]
        said = next((words for pattern, words in _EFFECT_RES if pattern.match(piece)), None)
        if said is None:
            return None
        if said not in effects:
            effects.append(said)
    if match["modal"]:
        modals.add(re.sub(r"\s+", " ", match["modal"].strip().lower()))
    if len(modals) > 1:
        return None
    modal = modals.pop() if modals else ""
    modal = re.sub(r"\s+(?:potentially|significantly|seriously)$", "", modal)
    modal = {"may": "might", "will": "would", "can": "could", "are likely to": "is likely to"}.get(modal, modal)
    if not modal and not re.match(r"^\w+s\b", match["effects"].strip()):
        return None  # no modal and no present tense: the sentence is not one this reads
    return DoctorJudges(what=what, doctor=bool(match["judge1"] or match["judge2"]), modal=modal, effects=tuple(effects))


# --- Wanting to take part ---------------------------------------------------------------------------------------------


class TakesPart(Fact):
    """Willing, agreeing or refusing to take part in the study ("Unwilling to participate in the study")."""

    how: Literal["willing", "not willing", "agree", "not agree", "freely agree", "refuse", "not want"]
    research: bool = False  # the source says "research", not "study"

    def sentence(self) -> str:
        what = "the research" if self.research else "the study"
        return {
            "willing": f"You are willing to take part in {what}.",
            "not willing": f"You are not willing to take part in {what}.",
            "agree": f"You agree to take part in {what}.",
            "not agree": f"You do not agree to take part in {what}.",
            "freely agree": f"You freely agree to take part in {what}.",
            "refuse": f"You refuse to take part in {what}.",
            "not want": f"You do not want to take part in {what}.",
        }[self.how]


_TAKES_PART = (
    r"(?=.{0,110}$)(?:(?:the\s+)?(?:patients?|subjects?|participants?|volunteers?|individuals?|persons?|people|those|men|women)"
    r"(?:\s+who)?\s+)?(?:(?:is|are|was|were|must\s+be|should\s+be)\s+)?"
    r"(?:(?P<willing>willing(?:ness)?)|(?P<unwilling>unwilling(?:ness)?|not\s+willing)"
    r"|(?P<agree>(?:must\s+)?(?:agree[sd]?|acceptance|accept(?:s|ed)?|consent(?:s|ed)?))"
    r"|(?P<not_agree>(?:do|does|did)\s+not\s+(?:agree|accept|consent))"
    r"|(?P<volunteer>volunteer(?:s|ed)?|(?:voluntarily|freely)\s+agree[sd]?|are\s+volunteers?)"
    r"|(?P<refuse>refus(?:e|es|ed|ing|al)|declin(?:e|es|ed|ing))"
    r"|(?P<not_want>not\s+wanting|(?:do|does)\s+not\s+want))"
    r"\s+(?:to\s+)?(?:participat(?:e|ing|ion)|take\s+part|taking\s+part|join)(?:\s+(?:in|with))?\s+"
    r"(?:the\s+|this\s+|our\s+)?(?:clinical\s+)?(?P<what>study|trial|research(?:\s+study)?|clinical\s+trial)"
)


def _takes_part(match: re.Match) -> TakesPart | None:
    if match["willing"]:
        how = "willing"
    elif match["unwilling"]:
        how = "not willing"
    elif match["agree"]:
        how = "agree"
    elif match["not_agree"]:
        how = "not agree"
    elif match["volunteer"]:
        how = "freely agree"
    elif match["refuse"]:
        how = "refuse"
    else:
        how = "not want"
    return TakesPart(how=how, research=match["what"].lower().startswith("research"))


RECOGNISERS = (
    recogniser(
        "takes-part",
        ("participat", "take part", "taking part", "join"),
        _TAKES_PART,
        _takes_part,
    ),
    recogniser("age-range", ("age", "year", "yrs", "y.o", "month", "old"), _RANGE, _range),
    recogniser("age-range", ("age", "year", "yrs", "month", "old"), _TWO_BOUNDS, _range),
    recogniser("age-minimum", ("age", "year", "yrs", "y.o", "month", "old"), _BOUND, _bound),
    recogniser(
        "adult",
        ("adult",),
        r"(?:(?:male\s+or\s+female|female\s+or\s+male|men\s+or\s+women|women\s+or\s+men|men\s+and\s+women)\s+)?adults?"
        r"(?:\s+(?:men|women|people|patients|participants|subjects|individuals|volunteers))?",
        lambda m: Adult(),
    ),
    recogniser(
        "healthy",
        ("healthy", "health"),
        r"(?P<good>(?:in\s+)?good\s+general\s+health|(?:in\s+)?general\s+good\s+health|generally\s+healthy)"
        rf"|(?:only\s+)?healthy(?:\s+(?:adult\s+)?(?:{_SEX_WORD}\s*)?(?:{_PERSON})?)?",
        lambda m: (
            Healthy(good_general=bool(m["good"]), sex=_healthy_sex(m["sex"]))
            if m["good"]
            or m["sex"]
            or re.fullmatch(r"\s*healthy\W*", m[0], re.IGNORECASE)
            or re.search(r"volunteer|subject|participant|individual|adult|person|people", m[0], re.IGNORECASE)
            else None
        ),
    ),
    recogniser(
        "sex",
        ("male", "men", "gender", "sex"),
        r"(?=.{1,60}$)(?:(?:gender|sex)\s*(?:-|:)?\s*)?(?:both\s*)?\(?\s*(?:male\s+(?:or|and|&|/)\s+female|female\s+(?:or|and|&|/)\s+male|"
        r"males?\s+(?:or|and|and/or)\s+females?|men\s+(?:or|and)\s+women|women\s+(?:or|and)\s+men)\s*\)?"
        r"(?:\s+(?:patients?|participants?|subjects?|volunteers?))?|(?:of\s+)?(?:both|either|any)\s+(?:sexes|genders?|sex)",
        lambda m: SexIs(sex="male or female"),
    ),
    recogniser(
        "sex",
        ("male", "men", "women", "man", "woman"),
        r"(?=.{1,40}$)(?:(?:of\s+)?(?:the\s+)?)?(?P<who>males?|females?|men|women)(?:\s+(?:sex|gender))?"
        r"(?:\s+(?:patients?|participants?|subjects?|volunteers?|individuals?))?(?:\s+only)?",
        lambda m: SexIs(sex=_sex_of(m["who"]) or "male"),
    ),
    recogniser("consent", ("consent", "icf"), _CONSENT, _consent),
    recogniser("consent", ("understand",), _UNDERSTANDING, _understanding),
    recogniser("consent", ("consent", "icf"), r"(?=.{0,400}$).*", _consent_without_paperwork),
    recogniser(
        "follows-study",
        (
            "comply",
            "compliance",
            "compliant",
            "adhere",
            "adherence",
            "follow",
            "abide",
            "cooperate",
            "attend",
            "complete",
            "undergo",
            "participate",
            "available",
        ),
        _FOLLOW,
        _follows,
    ),
    recogniser(
        "language",
        (
            "english",
            "spanish",
            "french",
            "german",
            "chinese",
            "language",
            "fluent",
            "mandarin",
            "japanese",
            "korean",
            "italian",
            "portuguese",
            "dutch",
            "danish",
            "swedish",
            "hebrew",
            "arabic",
            "russian",
        ),
        _LANGUAGE_PATTERN,
        _language,
    ),
    recogniser(
        "doctor-judges",
        (
            "interfere",
            "risk",
            "safety",
            "confound",
            "compliance",
            "adherence",
            "preclude",
            "unsuitable",
            "inappropriate",
            "ineligible",
            "interpretation",
            "participation",
        ),
        _JUDGED,
        _judged,
    ),
    recogniser(
        "doctor-judges",
        ("unsuitable", "inappropriate", "not suitable", "ineligible"),
        _UNSUITABLE,
        lambda m: DoctorJudges(),
    ),
    recogniser(
        "treatment-allergy",
        ("allerg", "hypersensitiv", "intoleran", "sensitivity"),
        _TREATMENT_ALLERGY,
        _treatment_allergy,
    ),
    recogniser("study-drug-allergy", ("allerg", "hypersensitiv", "intoleran", "sensitivity"), _ALLERGY, _allergy),
)


def _healthy_sex(words: str | None) -> Sex | None:
    if not words:
        return None
    lowered = words.lower()
    men = bool(re.search(r"\b(?:male|males|men|man|boys?)\b", lowered))
    women = bool(re.search(r"\b(?:female|females|women|woman|girls?)\b", lowered))
    return "male or female" if men and women else "male" if men else "female" if women else None
