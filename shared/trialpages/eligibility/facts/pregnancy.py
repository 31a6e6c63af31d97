"""Pregnancy, breastfeeding, pregnancy tests, birth control (who, which, for how long) and sperm donation.

Each reader takes a whole sentence apart into what it says: who it is for ("women of childbearing
potential", "men", "your partner"), what ("a negative serum pregnancy test", "a highly effective
method of birth control"), and when ("within 14 days before registration", "during the study and
for 90 days after the last dose"). A part it cannot place, and the sentence stays in the study's words.
"""

from __future__ import annotations

import re
from typing import Literal

from trialpages.eligibility.facts.base import COUNT, Fact, count, plural, recogniser, said_at

# --- Who --------------------------------------------------------------------------------------------------

_POTENTIAL = (
    r"(?:of (?:child-?bearing|child bearing|reproductive|childbearing or child-?fathering) (?:potential|age|years)|"
    r"with (?:child-?bearing|reproductive) potential|who (?:can|could|are able to) (?:get|become) pregnant|capable of "
    r"(?:becoming pregnant|pregnancy))(?:\s*\((?:wocbp)\))?"
)
Who = Literal[
    "can get pregnant",
    "can get pregnant or father",
    "can get pregnant or man",
    "man",
    "man who could father",
    "sexually active man",
    "man with partner",
    "woman",
    "sexually active",
    "fertile",
    "",
]
# How each "who" opens the sentence: "If you could get pregnant, you ...".
_LEADS: dict[str, str] = {
    "can get pregnant": "If you could get pregnant, you",
    "can get pregnant or father": "If you could get pregnant or could father a child, you",
    "can get pregnant or man": "If you could get pregnant, or you are a man, you",
    "man": "If you are a man, you",
    "man who could father": "If you are a man who could father a child, you",
    "sexually active man": "If you are a sexually active man, you",
    "man with partner": "If you are a man whose partner could get pregnant, you",
    "woman": "If you are a woman, you",
    "sexually active": "If you are sexually active, you",
    "fertile": "If you could get pregnant or father a child, you",
    "": "You",
}


def _who(text: str | None) -> Who | None:
    """Who a sentence is for, from its subject's words; None when they say more than these (a partner's state)."""
    lowered = " ".join(
        (text or "").lower().replace("(wocbp)", "").replace("wocbp", "women of childbearing potential").split()
    )
    lowered = re.sub(r"^(?:for |in |all |the )+|[\s,:]+$", "", lowered)
    if not lowered or re.fullmatch(r"(?:patients?|subjects?|participants?|people)", lowered):
        return ""
    women = (
        r"(?:women|woman|females?|female (?:patients?|subjects?|participants?)|girls|patients?|subjects?|participants?)"
    )
    men = r"(?:men|males?|male (?:patients?|subjects?|participants?))"
    potential = _POTENTIAL.replace(r"(?:\s*\((?:wocbp)\))?", "")
    if re.fullmatch(
        r"(?:potentially )?fertile (?:women|woman|females?|female (?:patients?|subjects?|participants?))", lowered
    ):
        return "can get pregnant"
    if re.fullmatch(r"if fertile|(?:potentially )?fertile (?:patients?|subjects?|participants?)", lowered):
        return "fertile"
    if re.fullmatch(rf"{women} {potential}", lowered):
        both = "childbearing or child" in lowered or (
            "reproductive" in lowered and not lowered.startswith(("women", "female"))
        )
        return "can get pregnant or father" if both else "can get pregnant"
    if re.fullmatch(
        rf"(?:(?:all )?(?:female and male|male and female|women and men|men and women|women/men|men/women|men or "
        rf"women|women or men)(?: (?:patients|subjects|participants))?) {potential}",
        lowered,
    ):
        return "can get pregnant or father"
    if re.fullmatch(rf"{women} {potential} and fertile (?:men|males)", lowered):
        return "can get pregnant or father"
    if re.fullmatch(rf"{women} {potential} and (?:men|males)", lowered):
        return "can get pregnant or man"
    # "Fertile" and "sexually active" narrow who the rule is for; dropping them would widen it.
    if re.fullmatch(rf"fertile {men}", lowered):
        return "man who could father"
    if re.fullmatch(rf"sexually active {men}", lowered):
        return "sexually active man"
    if re.fullmatch(men, lowered):
        return "man"
    if re.fullmatch(rf"{men} (?:who have|with) (?:female )?partners {potential}", lowered):
        return "man with partner"
    if re.fullmatch(r"(?:women|females?|female (?:patients?|subjects?|participants?))", lowered):
        return "woman"
    if re.fullmatch(
        r"sexually active (?:patients?|subjects?|participants?|people|men and women|women and men)", lowered
    ):
        return "sexually active"
    return None


# --- When -------------------------------------------------------------------------------------------------

_EVENT = (
    r"(?:the )?(?:first|1st|initial) (?:study )?(?:dose|dosing|administration)(?: of (?:the )?(?:study|investigational|trial) "
    r"(?:drug|treatment|medication|intervention|therapy|product))?|(?:the )?start of (?:the )?(?:study )?(?:treatment|therapy|drug)|"
    r"(?:starting |initiation of |initiating |beginning )(?:the )?(?:study |trial )?(?:treatment|therapy|drug)|study (?:treatment |therapy |"
    r"drug )?(?:start|entry|initiation|day 1)|(?:the )?(?:study )?enrol?lment|enrolling (?:on|in|into) (?:this|the) (?:study|trial)|"
    r"entry (?:into|in) (?:the )?study|(?:the )?randomi[sz]ation|(?:study )?registration|inclusion|(?:the )?screening(?: visit)?|"
    r"visit 1|(?:the )?baseline(?: visit)?|(?:cycle 1,? )?day 1|c1d1|(?:signing (?:the )?)?(?:informed )?consent(?: form)?"
)
_EVENTS = (
    ("enrol", "you join the study"),
    ("randomi", "you join the study"),
    ("registration", "you join the study"),
    ("entry", "you join the study"),
    ("inclusion", "you join the study"),
    ("screening", "the first study visit"),
    ("visit 1", "study visit 1"),
    ("baseline", "the start of the study (baseline)"),
    ("consent", "you agree to take part"),
)


def _event(text: str) -> str:
    lowered = text.lower()
    return next((words for key, words in _EVENTS if key in lowered), "your first study treatment")


_UNIT = r"(?:days?|weeks?|months?|years?|hours?)"
_WITHIN = (
    rf"(?:(?P<cmp>at most|no more than|≤|<=)|within|in the(?: last)?)\s+(?P<n>{COUNT})\s*(?P<unit>{_UNIT})"
    rf"(?:\s+(?:before|prior to|of|preceding)\s+(?P<event>{_EVENT}))?"
)
_BEFORE = rf"(?:before|prior to)\s+(?P<event2>{_EVENT})"
_AT = r"at (?:the )?(?:time of )?(?P<at>screening|baseline|enrol?lment|the screening visit|screening visit)"


def _when(match: re.Match) -> str | None:
    """ "in the 14 days before you join the study", "before you join the study", "at the first study visit"."""
    if match["n"]:
        span = (
            plural(count(match["n"]), match["unit"]) if count(match["n"]) != "1" else match["unit"].lower().rstrip("s")
        )
        if match["cmp"]:
            return f"at most {span} before {_event(match['event'])}" if match["event"] else None
        return f"in the {span} before {_event(match['event'])}" if match["event"] else f"in the last {span}"
    if match["event2"]:
        return f"before {_event(match['event2'])}"
    if match["at"]:
        return said_at(match["at"])
    return None


# --- Pregnant, breastfeeding, planning a pregnancy ----------------------------------------------------------


class Pregnancy(Fact):
    pregnant: bool
    breastfeeding: bool
    planning: str | None = None  # "plan to become pregnant", "are trying to become pregnant" ...
    planning_when: str | None = None  # "during the study", "in the next 6 months"
    known: bool = False  # "women known to be pregnant"
    negated: bool = False  # "not pregnant or breastfeeding"

    def sentence(self) -> str:
        states = (["pregnant"] if self.pregnant else []) + (["breastfeeding"] if self.breastfeeding else [])
        said = " or ".join(states)
        when = f" {self.planning_when}" if self.planning_when else ""
        if self.negated:
            return f"You are not {said}."
        known = "known to be " if self.known else ""
        if self.planning:
            return (
                f"You are {known}{said}, or you {self.planning}{when}." if states else (f"You {self.planning}{when}.")
            )
        return f"You are {known}{said}."


_PREGNANT = r"(?:pregnant|pregnancy|currently pregnant|(?:current|active) pregnancy)"
_BREASTFEEDING = (
    r"(?:breast[- ]?feeding|breasting[- ]feeding|lactating|lactation|nursing(?: \(lactating\))?|in the period of lactation|"
    r"nursing a child|currently breastfeeding|lactation \(breast[- ]?feeding\)|lactating \((?:nursing|breast[- ]?feeding)\))"
)
_PLANNING = (
    r"(?:(?:are |is )?(?:planning|plan|plans|intending|intend|intends|wishing|wish|wishes|trying|thinking of|expecting|"
    r"actively trying|the wish|a wish|the intention|intention) (?:to become pregnant|to get pregnant|on becoming pregnant|of "
    r"becoming pregnant|a pregnancy|pregnancy|to conceive|becoming pregnant|to be pregnant)|planned pregnancy|"
    r"(?:are |is )?(?:expecting|planning|intending) to conceive or father (?:a child|children))"
)
_AFTER_LAST_DOSE = (
    r"(?:after|following) (?:the )?(?:last|final) (?:dose|administration) of (?:the )?(?:study (?:treatment|drug|intervention|"
    r"medication)|investigational (?:product|drug)|trial (?:treatment|drug))"
)
_PLANNING_WHEN = (
    rf"(?P<plan_when>(?P<projected>within the projected duration of the (?:study|trial)(?:,? (?:including|starting with the "
    rf"screening visit through) (?P<pn3>{COUNT}) (?P<pu3>days|weeks|months) {_AFTER_LAST_DOSE})?)|"
    rf"during the (?:study|trial)(?: period)?|during (?:the course of )?(?:the )?(?:study|trial)(?: period)?|within (?:the next )?"
    rf"(?P<pn>{COUNT}) (?P<pu>months?|years?|weeks?)|in the next (?P<pn2>{COUNT}) (?P<pu2>months?|years?|weeks?))"
)
_STATE_NOUN = r"(?: (?:women|woman|females?|female (?:patients?|subjects?|participants?)|patients?|subjects?|participants?|mothers?))?"
# Whom a state is said of before it, in a list: "Pregnant women or women breastfeeding", "... or those planning to".
_STATE_PERSON = r"(?:women|mothers|patients|those) "
_STATE = rf"(?:{_STATE_PERSON})?(?:{_PREGNANT}|{_BREASTFEEDING}|{_PLANNING}){_STATE_NOUN}"
_PREGNANCY_WHO = (
    r"(?:(?:women|woman|females?|female (?:patients?|subjects?|participants?)|patients?|subjects?|participants?|the patient|the subject)"
    r"(?: who (?:are|is)(?: currently)?| that are| known to be(?P<known>)| must not be(?P<negw>)| who are not(?P<negw2>))?\s+"
    r"|(?:being|currently|is|are|be)\s+)?"
)


def _planning(text: str) -> str:
    """How the sentence says you mean to become pregnant: a plan, trying, wishing, thinking of it."""
    lowered = text.lower()
    if "father" in lowered:
        return "expect to conceive or father a child" if "expect" in lowered else "plan to conceive or father a child"
    if "trying" in lowered:
        return "are trying to become pregnant"
    if "wish" in lowered:
        return "want to become pregnant"
    if "thinking" in lowered:
        return "are thinking about becoming pregnant"
    if "expecting" in lowered:
        return "expect to become pregnant"
    return "plan to become pregnant"


def _pregnancy(match: re.Match) -> Pregnancy | None:
    text = match["what"].lower()
    negated = match["negw"] is not None or match["negw2"] is not None
    protected = text.replace("conceive or father", "conceive\0father")  # one plan, not two states
    parts = [
        part.strip().replace("\0", " or ")
        for part in re.split(r",? (?:and/or|or|and) |, | ?/ ?", protected)
        if part.strip()
    ]
    pregnant = breastfeeding = False
    planning = None
    for part in parts:
        part = re.sub(_STATE_NOUN + "$", "", re.sub("^" + _STATE_PERSON, "", part))
        if re.fullmatch(_PREGNANT, part):
            pregnant = True
        elif re.fullmatch(_BREASTFEEDING, part):
            breastfeeding = True
        elif re.fullmatch(_PLANNING, part) and planning is None:
            planning = _planning(part)
        else:
            return None
    when = None
    if match["plan_when"]:
        if not planning:
            return None
        if match["projected"] and not match["pn3"]:
            when = "during the study"
        elif match["projected"]:
            span = plural(count(match["pn3"]), match["pu3"])
            if "screening" in match["projected"].lower():
                when = f"from the first study visit until {span} after your last dose of the study treatment"
            else:
                when = f"during the study or in the {span} after your last dose of the study treatment"
        else:
            number, unit = (match["pn"], match["pu"]) if match["pn"] else (match["pn2"], match["pu2"])
            when = (
                "during the study"
                if "during" in match["plan_when"].lower()
                else f"in the next {plural(count(number), unit)}"
            )
    if negated and (planning is not None or match["known"] is not None):
        return None
    if negated and " and " in text and pregnant and breastfeeding:
        return None  # "not pregnant and breastfeeding": which one is meant is not said plainly
    known = match["known"] is not None or match["known2"] is not None
    if negated and known:
        return None
    return Pregnancy(
        pregnant=pregnant,
        breastfeeding=breastfeeding,
        planning=planning,
        planning_when=when,
        known=known,
        negated=negated,
    )


# --- Pregnancy tests --------------------------------------------------------------------------------------


class PregnancyTest(Fact):
    who: Literal["can get pregnant", "woman", "partner", ""]
    kind: str | None = None  # "blood", "urine", "blood or urine"
    negative: bool = True
    when: str | None = None  # "in the 14 days before you join the study"

    def sentence(self) -> str:
        lead = {
            "can get pregnant": "If you could get pregnant, you have",
            "woman": "If you are a woman, you have",
            "partner": "Your partner has",
            "": "You have",
        }[self.who]
        result = "negative" if self.negative else "positive"
        kind = f"{self.kind} " if self.kind else ""
        when = f" {self.when}" if self.when else ""
        return f"{lead} a {result} {kind}pregnancy test{when}."


_KIND = r"(?:serum|urine|urinary|blood|serum or urine|urine or serum|serum/urine|urine/serum)"
_KINDS = {
    "serum": "blood",
    "blood": "blood",
    "urine": "urine",
    "urinary": "urine",
    "serum or urine": "blood or urine",
    "urine or serum": "urine or blood",
    "serum/urine": "blood or urine",
    "urine/serum": "urine or blood",
}
_TEST = (
    rf"(?:a )?(?P<result>negative|positive) (?:\((?P<kind0>{_KIND})\) )?(?:(?P<kind>{_KIND}) )?(?:(?:beta-?|β-?)?hcg |pregnancy )?"
    rf"(?:pregnancy )?test(?:ing)?(?: result)?(?: \((?P<kind2>{_KIND})\))?"
)


_TEST_RE = re.compile(_TEST, re.IGNORECASE)
_WHEN_RE = re.compile(rf"\(?(?:{_WITHIN}|{_BEFORE}|{_AT})\)?", re.IGNORECASE)
_WHO_BEFORE = re.compile(
    rf"(?P<partner>(?:the )?(?:patient|subject|participant)(?:'s|s'|s)? (?:female )?partners? (?:must |should )?(?:have|has) )|"
    rf"(?P<who>(?:for |in )?(?:all )?(?:women|woman|females?|female (?:patients?|subjects?|participants?)|girls|patients?|subjects?|"
    rf"participants?) {_POTENTIAL}|wocbp)\s*[,:]?\s*(?:who (?:has|have) |(?:must |should )?(?:have |has )?)",
    re.IGNORECASE,
)
_WHO_AFTER = re.compile(
    rf"\(?(?:(?:for|in|if) (?:all )?(?:a )?(?:women|woman|females?|female (?:patients?|subjects?|participants?)|girls|patients?|"
    rf"subjects?|participants?) {_POTENTIAL})\)?"
    rf"|\((?:females?|women) {_POTENTIAL}\)",
    re.IGNORECASE,
)
_REQUIRED = re.compile(
    r"(?:must be |should be |is |are )?(?:required|done|documented|performed|obtained)", re.IGNORECASE
)


def _pregnancy_test(match: re.Match) -> PregnancyTest | None:
    """A pregnancy test: who has it, its kind and result, when; each part once, in any order after the test."""
    text = match["body"].strip()
    who_text = partner = None
    if prefix := _WHO_BEFORE.match(text):
        partner, who_text = prefix["partner"], prefix["who"]
        text = text[prefix.end() :]
    test = _TEST_RE.match(text)
    if test is None:
        return None
    kinds = [kind for kind in (test["kind0"], test["kind"], test["kind2"]) if kind]
    if len(kinds) > 1:
        return None
    when = None
    rest = text[test.end() :]
    while rest.strip(" ,"):
        rest = rest.lstrip(" ,")
        if (found := _WHEN_RE.match(rest)) and when is None:
            when = _when(found)
            if when is None:
                return None
        elif (found := _WHO_AFTER.match(rest)) and who_text is None and partner is None:
            who_text = found[0]
        elif found := _REQUIRED.match(rest):
            pass
        else:
            return None
        rest = rest[found.end() :]
    if partner:
        who = "partner"
    elif who_text:
        cleaned = who_text.strip(" ,")
        if cleaned.startswith("(") and cleaned.endswith(")"):
            cleaned = cleaned[1:-1]
        cleaned = re.sub(r"^(?:if|for|in) (?:a )?", "", cleaned, flags=re.IGNORECASE)
        said = _who(re.sub(r"^female of", "females of", cleaned, flags=re.IGNORECASE))
        if said not in ("can get pregnant", "woman", ""):
            return None
        who = said
    else:
        who = ""
    return PregnancyTest(
        who=who,
        kind=_KINDS[kinds[0].lower()] if kinds else None,
        negative=test["result"].lower() == "negative",
        when=when,
    )


# --- Birth control ----------------------------------------------------------------------------------------


class BirthControl(Fact):
    who: Who
    verb: Literal["use", "agree", "willing", "able", "not use", "not willing", "refuse", "not able or not willing"]
    how: str | None  # "a highly effective method of birth control", "2 methods of birth control", "birth control"
    during: str | None = None  # "during the study"
    after: str | None = None  # "for 90 days after your last dose of the study treatment"
    before: bool = False  # "prior to study entry and for the duration of the study"
    span: str | None = None  # "from when you join the study until 120 days after your last dose of the study treatment"

    def sentence(self) -> str:
        verb = {
            "use": "use",
            "agree": "agree to use",
            "willing": "are willing to use",
            "able": "are able to use",
            "not use": "do not use",
            "not willing": "are not willing to use",
            "refuse": "refuse to use",
            "not able or not willing": "are not able or not willing to use",
        }[self.verb]
        when = []
        if self.span:
            return f"{_LEADS[self.who]} {verb} {self.how or 'birth control'} {self.span}."
        if self.before and self.during == "during the study":
            when.append("from before you join the study until the study ends")
        elif self.before:
            return f"{_LEADS[self.who]} {verb} {self.how or 'birth control'} before you join the study."
        elif self.during:
            when.append(self.during)
        if self.after:
            when.append(f"and {self.after}" if self.during or self.before else self.after)
        said = " ".join(when)
        return f"{_LEADS[self.who]} {verb} {self.how or 'birth control'}{' ' + said if said else ''}."


_BC_WHO = (
    rf"(?P<who>if fertile|(?:all |the )?(?:(?:fertile|sexually active|potentially fertile|menstruating) )?(?:female and male|male and female|"
    rf"women and men|men and women|women/men|men/women|men or women|women or men|women|woman|females?|men|males?|girls|patients?|"
    rf"subjects?|participants?|people)(?: (?:patients|subjects|participants))?(?: {_POTENTIAL})?(?: and (?:fertile )?(?:men|males))?"
    rf"(?: (?:who have|with) (?:female )?partners {_POTENTIAL})?)"
)
_BC_VERB = (
    r"(?P<verb>(?:must |should |will )?(?:be willing to|(?:are |is )?willing to|agree to|agrees to|consent to|have agreed to|"
    r"be able to|commit to)?\s*"
    r"(?:use|using|practi[cs]e|take|employ)|(?:must |should )?be using|is using or agrees to use|are using or agree to use|(?:who )?(?:do|does) not "
    r"(?:practi[cs]e|use|take)|(?:are |is )?not using|(?:who are |is |are )?(?:unwilling|not willing) to (?:use|practi[cs]e|take|"
    r"employ)|who refuse to (?:use|take)|(?:who are )?(?:unable or unwilling|not able or not willing|unwilling or unable) to "
    r"(?:use|take|practi[cs]e)|inability or unwillingness to (?:use|practi[cs]e))"
)
_QUALITY = (
    r"(?P<how>highly effective|effective|adequate|acceptable|accepted|reliable|approved|medically acceptable|medically approved|"
    r"proper|appropriate|safe|an effective|an adequate|an acceptable|an accepted|a reliable|a highly effective|a medically "
    r"acceptable|an approved|a proper|a safe|medically accepted|a medically accepted|medically accepted,? effective|"
    r"a medically accepted,? effective)"
)
_METHOD = (
    rf"(?:(?P<number>at least one|one|two|2|1) )?(?:{_QUALITY} )?(?P<barrier>barrier )?(?:(?:forms?|methods?|means|measures?) "
    r"of )?(?:contraception|contraceptives?|birth control|contraceptive (?:methods?|measures|method\(s\)))"
    r"(?: (?:methods?|measures))?(?P<condoms>,? i\.?e\.?,? condoms| \(i\.?e\.?,? condoms\))?"
)
_DURING = (
    r"(?P<during>during (?:the )?(?:entire )?(?:study|trial|study period|trial period|study treatment period|treatment period|"
    r"study treatment|treatment|"
    r"study participation|trial participation|course of the study)|throughout the (?:study|trial|study period|treatment period)|"
    r"for the (?:duration|length) of (?:the )?(?:study|trial|study participation|participation|treatment))"
)
_LAST_DOSE = (
    r"(?:last|final) (?:dose|dosing|administration)(?: of (?:the )?(?:study|trial) (?:drug|treatment|medication|intervention))?|"
    r"last study (?:drug|treatment) dose|(?:stopping|discontinu(?:ing|ation of)|completing|end of) (?:the )?(?:study )?"
    r"(?:treatment|drug|therapy)"
)
_AFTER = (
    rf"(?P<after>(?:and |, and )?(?:for |within |through |until )?(?:at least )?(?P<an>{COUNT}) (?P<au>days?|weeks?|months?|years?) "
    rf"(?:after|following) (?:the )?(?P<from>{_LAST_DOSE}|(?:the )?study (?:completed|ends|end)|(?:the )?end of (?:the )?"
    r"(?:study|trial)|(?:the )?study))"
    rf"|(?P<afterwards>(?:and |, and )?(?:for )?(?P<an2>{COUNT}) (?P<au2>days|weeks|months|years) (?:afterwards|thereafter))"
)
# "from the time of enrollment through 120 days following the last study drug dose"
_FROM_UNTIL = (
    rf"(?P<from_until>from (?:the time of )?(?P<start>enrol?lment|screening|the screening visit|study entry|randomi[sz]ation|"
    rf"(?:signing (?:the )?)?(?:informed )?consent) (?:through|until|to|up to) (?:at least )?(?P<fn>{COUNT}) "
    rf"(?P<fu>days|weeks|months|years) (?:after|following) (?:the )?(?P<ffrom>{_LAST_DOSE}))"
)
_STARTS = (
    ("enrol", "you join the study"),
    ("entry", "you join the study"),
    ("randomi", "you join the study"),
    ("screening", "your first study visit"),
    ("consent", "you agree to take part"),
)


def _birth_control(match: re.Match) -> BirthControl | None:
    who = _who(match["who"])
    if who is None:
        return None
    verb_text = " ".join(match["verb"].lower().split())
    if re.search(r"unable or unwilling|not able or not willing|unwilling or unable|inability", verb_text):
        verb = "not able or not willing"
    elif re.search(r"unwilling|not willing", verb_text):
        verb = "not willing"
    elif "refuse" in verb_text:
        verb = "refuse"
    elif re.search(r"\bnot\b", verb_text):
        verb = "not use"
    elif re.search(r"agree|consent|commit", verb_text):
        verb = "agree"
    elif "willing" in verb_text:
        verb = "willing"
    elif "able" in verb_text:
        verb = "able"
    else:
        verb = "use"
    how = _how(match["number"], match["how"])
    if how is None:
        return None
    during = None
    if match["during"]:
        during = "during the study treatment" if re.search(r"treatment", match["during"], re.I) else "during the study"
    after = None
    if match["afterwards"]:
        if not during:
            return None  # "3 months afterwards": after what, when no time comes before it
        span = plural(count(match["an2"]), match["au2"])
        event = "your last dose of the study treatment" if "treatment" in during else "the study ends"
        after = f"for {span} after {event}"
    from_until = None
    if match["from_until"]:
        if during or match["after"] or match["afterwards"] or match["before"]:
            return None
        first = next(words for key, words in _STARTS if key in match["start"].lower())
        from_until = f"from when {first}" if first.startswith("you ") else f"from {first}"
        from_until += f" until {plural(count(match['fn']), match['fu'])} after your last dose of the study treatment"
    if match["after"]:
        span = plural(count(match["an"]), match["au"])
        start = match["from"].lower()
        event = (
            "your last dose of the study treatment"
            if re.search(
                r"last|final|stop|discontinu|complet|end of (?:the )?(?:study )?"
                r"(?:treatment|drug|therapy)",
                start,
            )
            and not re.search(r"study (?:completed|ends|end)|end of (?:the )?(?:study|trial)$", start)
            else "the study ends"
        )
        least = "at least " if re.search(r"at least", match["after"], re.I) else ""
        after = f"for {least}{span} after {event}"
    if match["barrier"]:
        if match["number"] or how == "2 methods of birth control":
            return None
        how = re.sub(r"method of birth control$", "barrier method of birth control", how)
        how = re.sub(r"^birth control$", "a barrier method of birth control", how)
        if how.startswith("a ") and how[2] in "aeiou":
            how = "an " + how[2:]
        if match["condoms"]:
            how += " (condoms)"
    elif match["condoms"]:
        return None
    return BirthControl(
        who=who, verb=verb, how=how, during=during, after=after, before=bool(match["before"]), span=from_until
    )


def _how(number: str | None, quality: str | None) -> str | None:
    if number and number.lower() in ("two", "2"):
        if quality:
            return None
        return "2 methods of birth control"
    if not quality:
        return "at least 1 method of birth control" if number and "least" in number.lower() else "birth control"
    word = re.sub(r"^(?:an?|the) ", "", quality.lower())
    plain = {
        "highly effective": "highly effective",
        "effective": "effective",
        "adequate": "adequate",
        "acceptable": "accepted",
        "accepted": "accepted",
        "reliable": "reliable",
        "approved": "approved",
        "medically acceptable": "medically accepted",
        "medically approved": "medically approved",
        "proper": "proper",
        "appropriate": "suitable",
        "safe": "safe",
        "medically accepted": "medically accepted",
        "medically accepted effective": "medically accepted, effective",
        "medically accepted, effective": "medically accepted, effective",
    }[word]
    article = "an" if plain[0] in "aeiou" else "a"
    return f"{article} {plain} method of birth control"


# --- Sperm donation ---------------------------------------------------------------------------------------


class NoDonation(Fact):
    what: Literal["sperm", "eggs"]
    who: Who
    agree: bool
    after: str | None

    def sentence(self) -> str:
        verb = "agree not to donate" if self.agree else "do not donate"
        after = f" {self.after}" if self.after else ""
        return f"{_LEADS[self.who]} {verb} {self.what}{after}."


def _no_donation(match: re.Match) -> NoDonation | None:
    who = _who(match["who"]) if match["who"] else ""
    if who is None:
        return None
    after = None
    if match["an"]:
        after = f"for {plural(count(match['an']), match['au'])} after your last dose of the study treatment"
    return NoDonation(
        what="sperm" if "sperm" in match["what"].lower() else "eggs", who=who, agree=bool(match["agree"]), after=after
    )


RECOGNISERS = (
    recogniser(
        "pregnancy",
        ("pregnan", "lactat", "breast", "nursing"),
        rf"{_PREGNANCY_WHO}(?P<known2>known )?(?P<what>{_STATE}(?:(?:,? (?:and/or|or|and) |, | ?/ ?){_STATE})*)"
        rf"(?:,?\s*{_PLANNING_WHEN})?",
        _pregnancy,
    ),
    recogniser("pregnancy-test", ("pregnancy test", "hcg", "pregnancy testing"), r"(?P<body>[^;]*?)", _pregnancy_test),
    recogniser(
        "birth-control",
        ("contracep", "birth control"),
        rf"(?:{_BC_WHO},?\s+(?:who (?:are )?)?)?{_BC_VERB} {_METHOD}(?: \(?(?:as determined by|per) (?:the )?(?:investigator|protocol)\)?)?"
        rf"(?P<before>,? (?:prior to|before) (?:study entry|entering the study|enrol?lment|the study) and)?"
        rf"(?:,? {_DURING})?(?:,? {_AFTER})?(?: {_FROM_UNTIL})?",
        lambda m: None if re.search(r"as determined|per protocol", m[0], re.I) else _birth_control(m),
    ),
    recogniser(
        "no-donation",
        ("donat",),
        rf"(?:(?P<who>(?:male|female) (?:patients|subjects|participants)|men|women|males|females)\s+(?:must |should )?)?"
        rf"(?P<agree>(?:be willing to|agree to|agrees to|must agree to) )?(?:not donate|refrain from donating|avoid donating|"
        rf"agree not to donate) (?P<what>sperm|semen|eggs|ova|oocytes)"
        rf"(?: (?:for|during) (?P<an>{COUNT}) (?P<au>days?|weeks?|months?) after (?:the )?(?:last|final) (?:dose|dosing)"
        rf"(?: of (?:the )?study (?:drug|treatment))?)?",
        _no_donation,
    ),
)
