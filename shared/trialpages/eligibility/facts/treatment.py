"""Treatments: which ones, when ("within 4 weeks before the first dose"), how many lines, what dose, other studies.

Every treatment a sentence names must be one the plain-names table knows (treatment_names), or a
medicine named by its own name; a sentence with any other word in its list stays in the study's
words. The time a window counts from is said in plain words from a short list of the events
studies count from; a window counted from anything else is not read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from trialpages.eligibility.comparators import COMPARISON, comparison_phrase
from trialpages.eligibility.facts.base import COUNT, NUMBER, Fact, count, plural, recogniser
from trialpages.eligibility.facts.treatment_names import (
    PLACED_PROCEDURE,
    Treatment,
    _drug_case,
    spelling_pattern,
    treatment,
    trigger_words,
)

# What a window counts from, in the order tried, and how it is said ("before you join the study").
_EVENTS: tuple[tuple[str, str], ...] = (
    (
        r"(?:the )?(?:signing (?:of )?(?:the )?)?(?:written )?(?:informed )?consent(?: form)?(?: signature)?|(?:the )?icf signature"
        r"|signing (?:the )?icf",
        "you sign the consent form",
    ),
    (
        r"(?:the )?(?:planned )?(?:first|1st|initial) (?:dose|administration|day of (?:study )?(?:treatment|dosing))(?: of (?:the )?"
        r"(?:(?:study|trial) (?:drugs?|treatments?|medications?|interventions?|therap(?:y|ies)|products?)|IP|IMP|investigational "
        r"(?:medicinal )?product))?"
        r"|(?:the )?(?:first|1st|initial) dose of (?:the )?medication|(?:the )?(?:start|initiation|beginning) of (?:the )?study dosing"
        r"|(?:study )?day 1 dosing|(?:the )?(?:first|1st|initial) (?:study|trial) (?:dose|drug "
        r"dose|treatment|medication)|(?:the )?(?:start|initiation|beginning) of (?:the )?(?:study|trial|protocol) (?:treatment|therapy|"
        r"drug|medication|intervention)|(?:starting|initiating|initiation of|beginning) (?:the )?(?:study|trial|protocol) (?:treatment|"
        r"therapy|drug|medication|intervention)|(?:the )?(?:study|trial|protocol) (?:treatment|therapy|drug|intervention)"
        r"(?: (?:start|initiation))?|(?:study |treatment )?day 1|(?:study )?treatment day 1|cycle 1,? day 1|c1d1"
        r"|(?:the )?first (?:day of )?cycle|(?:the )?study (?:intervention|drug|treatment) administration"
        r"|dosing (?:for|in) (?:this|the) (?:study|trial)|(?:the )?(?:first )?(?:study )?dosing",
        "you start the study treatment",
    ),
    (
        r"(?:the )?(?:first )?(?:study )?vaccination|(?:the )?(?:first )?(?:dose of (?:the )?)?study vaccine",
        "you get the study vaccine",
    ),
    (r"(?:the )?randomi[sz]ation", "you are assigned to a study group"),
    (
        r"(?:the )?(?:study )?(?:enrol?lment|registration|entry|inclusion)(?: (?:in|into|to) (?:the )?(?:study|trial))?"
        r"|(?:entering|entry into|enrolling in|joining|participation in) (?:the )?(?:study|trial)|(?:the )?(?:start|beginning|initiation)"
        r" of (?:the )?(?:study|trial)|(?:the )?(?:study|trial) (?:start|initiation|entry)|study participation"
        r"|(?:(?:the|this) )?(?:clinical )?(?:study|trial)",
        "you join the study",
    ),
    (
        r"(?:the )?screening(?: visit| period| assessments?)?|(?:the )?(?:visit 1|first (?:study )?visit|screening visit \(visit 1\))",
        "your first study visit",
    ),
    (r"(?:the )?baseline(?: visit| examination| assessment)?", "the start of the study (baseline)"),
)
_EVENT = "|".join(f"(?:{pattern})" for pattern, _ in _EVENTS)
EVENT = _EVENT  # what a time counts back from ("the first dose"), for the other families; event_in_words says it
_EVENT_RES = tuple((re.compile(rf"^(?:{pattern})$", re.IGNORECASE), words) for pattern, words in _EVENTS)
_BEFORE = r"(?:before|prior to|prior of|preceding|of|from|before the start of|prior to the start of)"
_WHOSE = r"(?:(?:their|his|her|his/her|his or her)\s+)?"  # "within 30 days from their screening visit"


def event_in_words(event: str) -> str | None:
    """ "you join the study" for "enrollment"; an event named with a number keeps its name ("(Cycle 1 Day 1)")."""
    text = re.sub(r"\s+", " ", event.strip())
    words = next((words for pattern, words in _EVENT_RES if pattern.match(text)), None)
    if words is not None and re.search(r"\d", text):
        named = re.sub(r"^(?:the|a)\s+", "", text, flags=re.IGNORECASE)
        words = f"{words} ({named})"
    return words


_UNIT = r"days?|weeks?|months?|years?|hours?|wks?|mos?"
_UNITS = {"wk": "week", "wks": "week", "mo": "month", "mos": "month"}
# "within 4 weeks", "in the past 6 months", "within the last 2 weeks prior to screening", "within ten (10) days of Day 1",
# "within 28 days or 5 half-lives (whichever is longer) before the first dose", "in the last year", "within a month";
# a limit counted back from an event or from now: "at most 4 weeks prior to registration", "at least 12 months ago".
_WINDOW = (
    r"(?:(?:within|in|during|over)\s+(?:the\s+)?(?P<last>(?:last|past|previous|preceding|prior)\s+)?"
    r"|(?:within\s+)?(?P<limit>at\s+most|less\s+than|no\s+more\s+than|fewer\s+than|at\s+least|more\s+than|no\s+less\s+than)"
    r"\s+(?=[^,;]*?\s(?:before|prior\s+to|preceding|ago)\b))"
    rf"(?:(?P<n>{COUNT})(?:\s*\(\d+\))?\s*(?P<unit>{_UNIT})|(?P<a>a\s+)?(?P<unit1>year|month|week|day)\b)"
    rf"(?:\s*,?\s*(?:or|and/or)\s+(?P<hl>{COUNT})\s*(?:half[- ]lives|half[- ]life|times the half[- ]life)"
    r"(?:\s+of\s+the\s+(?:drug|agent|medication|product|therapy|treatment|compound))?"
    r"(?:\s*,?\s*\(?\s*whichever\s+is\s+(?P<which>longer|shorter|greater|less)\s*\)?)?)?"
    rf"(?:\s*,?\s*{_BEFORE}\s+{_WHOSE}(?P<event>{_EVENT})|\s+(?P<ago>ago))?"
)


def said_window(match: re.Match) -> bool:
    """Does a match of a pattern holding _WINDOW say a window?"""
    return bool(match["n"] or match["unit1"])


class Window(Fact):
    """How recent: "in the 4 weeks before you start the study treatment", "in the last 6 months"."""

    number: str
    unit: str
    limit: str | None = None  # "at most", "less than": "at most 4 weeks before ..."
    event: str | None = None  # in words ("you join the study"); None: counted back from now
    half_lives: str | None = None
    which: str | None = None  # "longer" or "shorter" of the two
    ago: bool = False  # a limit counted back from now: "at least 12 months ago"
    digits: bool = True  # the number was written in digits ("within 1 week" keeps "1 week"; "within a week" does not)

    def sentence(self) -> str:
        span = plural(self.number, self.unit)
        if self.half_lives:
            which = f", whichever is {self.which}" if self.which else ""
            span = f"{span} (or {self.half_lives} half-lives of the drug{which})"
        if self.limit:
            return f"{self.limit} {span} ago" if self.ago else f"{self.limit} {span} before {self.event}"
        if self.number == "1" and not self.half_lives and not self.digits:
            span = self.unit  # "in the last week", not "in the last 1 week"
        return f"in the {span} before {self.event}" if self.event else f"in the last {span}"


def _window(match: re.Match) -> Window | None:
    if not said_window(match):
        return None
    if match["unit1"] and not (match["last"] or match["a"]):
        return None  # "within year": not a span a sentence says
    event = None
    if match["event"]:
        event = event_in_words(match["event"])
        if event is None:
            return None
    if match["last"] and event is None and match["last"].strip().lower() == "prior":
        return None
    limit = None
    if match["limit"]:
        if event is None and not match["ago"]:
            return None
        limit = comparison_phrase(re.sub(r"\s+", " ", match["limit"].lower()).replace("fewer than", "less than"))
    elif match["ago"]:
        return None
    unit = (match["unit"] or match["unit1"]).lower()
    unit = _UNITS.get(unit, unit)
    which = {"greater": "longer", "less": "shorter"}.get(
        (match["which"] or "").lower(), (match["which"] or "").lower() or None
    )
    return Window(
        number=count(match["n"]) if match["n"] else "1",
        limit=limit,
        unit=unit,
        event=event,
        half_lives=count(match["hl"]) if match["hl"] else None,
        which=which,
        ago=bool(match["ago"]),
        digits=bool(match["n"] and match["n"][:1].isdigit()),
    )


# --- Treatments named in a sentence -------------------------------------------------------------------------------

# The endings drug names are made with (a sentence holding one may name a medicine the table does not list).
_DRUG_ENDINGS = (
    "mab",
    "tinib",
    "nib",
    "parin",
    "afil",
    "pril",
    "sartan",
    "olol",
    "statin",
    "conazole",
    "mycin",
    "cycline",
    "platin",
    "taxel",
    "rubicin",
    "navir",
    "prazole",
    "dronate",
    "lukast",
    "semide",
    "thiazide",
    "dipine",
    "gliptin",
    "glutide",
    "gliflozin",
    "triptan",
    "setron",
    "oxacin",
    "cillin",
    "zepam",
    "zolam",
    "profen",
    "coxib",
    "olone",
    "isone",
    "asone",
    "azosin",
    "ulosin",
    "steride",
    "limus",
    "lutamide",
    "relin",
    "barbital",
    "parib",
    "ciclib",
    "zomib",
)
_DRUG_WORD = r"[A-Za-z][a-z]{2,}(?:" + "|".join(ending for ending in _DRUG_ENDINGS if ending != "nib") + r"|[a-z]nib)\b"
_BRACKET = r"(?:\s*\((?:[A-Za-z0-9-]{2,12}|[A-Z][a-z]+)\s*[®™]?\))?(?:\s*[®™])?"  # "(NSAIDs)", "Viagra®", "(Accutane®)"
_ONE_ALTERNATIVES = (PLACED_PROCEDURE, spelling_pattern(), _DRUG_WORD)
_ONE = rf"(?:{'|'.join(_ONE_ALTERNATIVES)}){_BRACKET}"
# Each way a name is read, alone: a list takes the longest reading that the table knows ("surgery in the pelvic cavity", not
# the place-made "surgery in the pelvic").
_ONE_RES = tuple(re.compile(rf"(?:{alternative}){_BRACKET}", re.IGNORECASE) for alternative in _ONE_ALTERNATIVES)
# "any other form of immunosuppressive therapy" as well as "any kind of other ...".
_DETERMINER = (
    r"(?:(?:any|a|an|the|all)\s+)?(?:(?:other|another)\s+(?:kind|type|form)s?\s+of\s+|(?:(?:kind|type|form)s? of\s+)?"
    r"(?:(?:other|another)\s+)?)"
)
_SEPARATOR = r"\s*,\s*(?:and/or\s+|or\s+|and\s+)?|\s+(?:and/or|or|and)(?:\s+with)?\s+|\s*/\s*"
_LIST = rf"{_DETERMINER}{_ONE}(?:(?:{_SEPARATOR}){_DETERMINER}{_ONE})*"
LIST = _LIST  # a list of treatments, for the other families ("allergy to PDE5 inhibitors or nitrates")
_SEPARATOR_AT = re.compile(rf"(?:{_SEPARATOR})", re.IGNORECASE)
_SEPARATOR_RE = re.compile(rf"^(?:{_SEPARATOR})$", re.IGNORECASE)
_DETERMINER_RE = re.compile(rf"^{_DETERMINER}", re.IGNORECASE)


@lru_cache(maxsize=8192)
def treatments_in(text: str) -> tuple[tuple[Treatment, ...], str] | None:
    """The treatments a list names ("PDE5 inhibitors, nitrates or alpha blockers") and how they are joined."""
    found: list[Treatment] = []
    joiners: set[str] = set()
    position = 0
    text = text.strip()
    while position < len(text):
        rest = text[position:]
        determiner = _DETERMINER_RE.match(rest)
        other = bool(determiner and re.search(r"\b(?:other|another)\b", determiner.group(0), re.IGNORECASE))
        position += determiner.end() if determiner else 0
        ends = sorted({match.end() for one in _ONE_RES if (match := one.match(text, position))}, reverse=True)
        # The longest name the table knows that ends at a word edge, before a separator or the end.
        longest = next(
            (
                (end, item)
                for end in ends
                if (end == len(text) or not text[end].isalnum())
                and (end == len(text) or _SEPARATOR_AT.match(text, end))
                and (item := treatment(text[position:end])) is not None
            ),
            None,
        )
        if longest is None:
            return None
        end, item = longest
        if other:
            item = _other(item)
            if item is None:
                return None
        found.append(item)
        position = end
        if position >= len(text):
            break
        separator = re.match(rf"{_SEPARATOR}", text[position:], re.IGNORECASE)
        if not separator or not separator.group(0):
            return None
        word = separator.group(0).strip(" ,").lower()
        joiners.add("and" if word == "and" else "or")
        position += separator.end()
    if not found:
        return None
    if len(joiners) > 1:
        return None  # "A and B or C": which goes with which is not clear
    if len(found) > 1 and any(item.generic for item in found) and any(item.placed for item in found):
        return None  # "pelvic surgery or radiation": is the radiation pelvic too? Not clear
    return tuple(found), (joiners.pop() if joiners else "or")


def _other(item: Treatment) -> Treatment | None:
    """ "other anticoagulants" -> "other blood thinners (anticoagulants)"; "another live vaccine"."""
    if item.plain.startswith(("other ", "another ")):
        return item
    if " like " in item.plain or " such as " in item.plain:
        # "other phosphodiesterase Type 5 (PDE5) inhibitors" (NCT01996852, sample 11: WRONG): other than the study's
        # sildenafil; "other erection medicines like sildenafil" named the study drug as what is ruled out.
        item = Treatment(re.sub(r" (?:like|such as) [\w-]+(?: or [\w-]+)?(?= \(|$)", "", item.plain), item.kind)
    if item.plain.startswith(("a ", "an ")):
        return Treatment("another " + item.plain.split(" ", 1)[1], item.kind)
    if item.plain[:1].isupper():
        return None  # a name ("CAR-T cell therapy"): "other" of it is unclear
    return Treatment("other " + item.plain, item.kind)


def _listed(items: tuple[Treatment, ...], joiner: str) -> str:
    plain = [item.plain for item in items]
    if len(plain) == 1:
        return plain[0]
    return ", ".join(plain[:-1]) + f" {joiner} " + plain[-1]


# What a treatment was for, when a sentence says it ("for metastatic disease"), and how it is said.
_PURPOSES = {
    "metastatic disease": "cancer that has spread (metastatic disease)",
    "the metastatic setting": "cancer that has spread (the metastatic setting)",
    "metastatic setting": "cancer that has spread (the metastatic setting)",
    "metastatic cancer": "cancer that has spread (metastatic cancer)",
    "advanced disease": "advanced cancer (advanced disease)",
    "advanced or metastatic disease": "advanced cancer or cancer that has spread (advanced or metastatic disease)",
    "locally advanced or metastatic disease": "cancer that has grown nearby or spread (locally advanced or metastatic disease)",
    "the advanced setting": "advanced cancer (the advanced setting)",
    "ed": "erection problems (ED)",
    "erectile dysfunction": "erection problems (erectile dysfunction)",
    "prostate cancer": "prostate cancer",
    "cancer": "cancer",
    "any cancer": "any cancer",
    "any indication": "any reason",
    "any reason": "any reason",
    "this cancer": "this cancer",
    "this disease": "this illness",
    "the current disease": "this illness",
    "the disease under study": "this illness",
}
_PURPOSE = "|".join(re.escape(purpose).replace(r"\ ", r"\s+") for purpose in sorted(_PURPOSES, key=len, reverse=True))


def _purpose(text: str | None) -> str | None:
    return _PURPOSES.get(re.sub(r"\s+", " ", text.strip().lower())) if text else None


# --- Taking a treatment --------------------------------------------------------------------------------------------

Status = Literal[
    "now",
    "use",
    "before",
    "now-or-before",
    "alongside",
    "chronic",
    "regular",
    "daily",
    "recent",
    "ever",
    "planned",
    "scheduled",
    "now-or-planned",
    "before-or-planned",
    "needs",
]


class TreatmentUse(Fact):
    """A treatment taken or had: now, before, in a window, alongside the study's, planned, needed; or never."""

    treatments: tuple[Treatment, ...]
    joiner: Literal["or", "and"] = "or"
    status: Status
    window: Window | None = None
    negated: bool = False
    purpose: str | None = None  # "cancer that has spread (metastatic disease)"
    any_form: bool = False  # "nitrates in any form"
    examples: str | None = None  # "such as ketoconazole or itraconazole": what the source gives as examples
    during_study: bool = False  # "during the study": taken while in the study
    duration: str | None = None  # "for at least 3 days"

    def sentence(self) -> str:
        return with_examples(self._said(), self.examples)

    def _said(self) -> str:
        what = (
            ("any kind of " if self.any_form else "")
            + _listed(self.treatments, self.joiner)
            + (f" for {self.purpose}" if self.purpose else "")
        )
        kinds = {item.kind for item in self.treatments}
        kind = kinds.pop() if len(kinds) == 1 else "mixed" if "medicine" in kinds else "therapy"
        take, took, taken, taking = _VERBS[kind]
        window = f" {self.window.sentence()}" if self.window else ""
        them = "it" if len(self.treatments) == 1 and not _plural(self.treatments[0]) else "them"
        if self.during_study and self.status == "planned" and not self.negated:
            return f"You plan to {take} {what} during the study."
        if self.during_study:
            return f"You will {'not ' if self.negated else ''}{take} {what} during the study."
        if self.duration:
            return f"You have {'not ' if self.negated else ''}{taken} {what} {self.duration}{window}."
        if self.negated:
            if self.window:
                return f"You have not {taken} {what}{window}."
            if self.status == "now":
                return f"You are not {taking} {what} now." if kind != "device" else f"You do not have {what} now."
            if self.status == "alongside":
                return f"You do not {take} {what} at the same time as the study treatment."
            return f"You have never {taken} {what}."
        if self.window:
            if self.window.ago:
                return f"You {took} {what} {self.window.sentence()}."
            if self.status == "now-or-before":
                now = f"are {taking} {what} now" if kind != "device" else f"have {what} now"
                return f"You {now}, or {took} {them}{window}."
            return f"You {took} {what}{window}."
        now = f"You are {taking} {what} now." if kind != "device" else f"You have {what} now."
        if self.status == "now" and all(_OPERATION.search(item.plain) for item in self.treatments):
            # "Patients undergoing radical prostatectomy": an operation under way or planned; "now" would narrow it.
            now = f"You are {taking} {what}."
        return {
            "now": now,
            "use": f"You {take} {what}.",
            "before": f"You have {taken} {what} before.",
            "ever": f"You have {taken} {what}.",
            "now-or-before": f"{now[:-1]}, or have {taken} {them} before.",
            "alongside": f"You {take} {what} at the same time as the study treatment.",
            "chronic": f"You {take} {what} for a long time (chronic use).",
            "regular": f"You {take} {what} regularly.",
            "daily": f"You {take} {what} every day.",
            "recent": f"You {took} {what} recently.",
            "planned": f"You plan to {take} {what}.",
            "scheduled": f"You are scheduled to {take} {what}.",
            "now-or-planned": f"{now[:-1]}, or plan to.",
            "before-or-planned": f"You have {taken} {what}, or plan to.",
            "needs": f"You need {what}.",
        }[self.status]


# How each kind of treatment is had: take, took, (have) taken, (are) taking.
_OPERATION = re.compile(r"surgery|ectomy\b|operation|transplant", re.IGNORECASE)
_VERBS = {
    "medicine": ("take", "took", "taken", "taking"),
    "therapy": ("have", "had", "had", "having"),
    "device": ("have", "had", "had", "having"),
    "mixed": ("receive", "received", "received", "receiving"),
}


# The words before a treatment that say when it is (or was) taken, and how they read; tried in this order.
_USE_NOUN = r"(?:use|usage|treatment|therapy|administration|intake|exposure|receipt)"
_HAD = r"(?:received|taken|used|undergone|had|been treated with|treated with|exposed to|given)"
_HAVING = r"(?:receiving|taking|using|undergoing|on|being treated with)"
_STATUS_WORDS: tuple[tuple[str, Status], ...] = (
    (
        r"(?:current|present|ongoing)(?:ly)? or (?:prior|previous|past)(?: " + _USE_NOUN + r" (?:of|with|to))?"
        r"|(?:prior|previous|past) or (?:current|present|ongoing)(?: " + _USE_NOUN + r" (?:of|with|to))?"
        r"|(?:has |have )?(?:received |had )?(?:previous|prior) or current " + _USE_NOUN + r" (?:of|with)"
        r"|(?:a )?history of,? or (?:is |are )?(?:currently|current) " + _HAVING + r"(?: (?:treatment|therapy) with)?"
        r"|(?:a )?history (?:of )?or current(?: " + _USE_NOUN + r" (?:of|with))?"
        r"|(?:has |have )?" + _HAD + r",? or (?:is |are )?(?:currently )?" + _HAVING,
        "now-or-before",
    ),
    (
        r"(?:current|ongoing|present)(?:ly)? or planned(?: " + _USE_NOUN + r" (?:of|with))?"
        r"|(?:currently )?" + _HAVING + r" or (?:planning|planned|scheduled) to (?:receive|take|use|undergo|start)",
        "now-or-planned",
    ),
    (
        r"(?:has |have )?(?:received|undergone|had|taken),? or (?:plans?|planned|are planning|is planning) to "
        r"(?:receive|undergo|have|take),?",
        "before-or-planned",
    ),
    (
        r"(?:currently|presently) (?:taking|receiving|receive|receives|using|on|being treated with|undergoing|under)"
        r"(?: (?:treatment|therapy) with)?|(?:current|ongoing|present)"
        r"(?: "
        + _USE_NOUN
        + r" (?:of|with))?|(?:is |are )?(?:currently )?(?:taking|receiving|using|on|being treated with|undergoing)"
        r"(?: (?:treatment|therapy) with)?"
        # "Under administration of nitrate" (NCT00607282, translated): taking it now.
        r"|(?:currently )?under (?:administration|treatment|therapy) (?:of|with)",
        "now",
    ),
    (r"(?:concomitant|concurrent|simultaneous)(?: " + _USE_NOUN + r" (?:of|with))?", "alongside"),
    (r"(?:chronic|long-term|prolonged)(?: " + _USE_NOUN + r" (?:of|with))?", "chronic"),
    (r"regular(?: " + _USE_NOUN + r" (?:of|with))?", "regular"),
    (r"daily(?: " + _USE_NOUN + r" (?:of|with))?", "daily"),
    (
        r"recent(?: " + _USE_NOUN + r" (?:of|with))?|(?:has |have )?recently (?:received|taken|had|used|undergone)",
        "recent",
    ),
    (
        r"(?:is |are )?scheduled (?:to (?:receive|undergo|have|start)|for)",
        "scheduled",
    ),
    (
        r"(?:planned|anticipated)(?: " + _USE_NOUN + r" (?:of|with))?"
        r"|(?:plans?|planning|intends?|intending) to (?:receive|undergo|have|take|start|use)",
        "planned",
    ),
    (
        r"(?:requiring|requires?|needing|needs?|in need of|need for|the need for|(?:will )?require)"
        r"(?: (?:treatment|therapy) with)?",
        "needs",
    ),
    (
        r"(?:a |any )?(?:(?:previous|prior|past|known) )?(?:medical )?history of(?: "
        + _USE_NOUN
        + r" (?:of|with|to))?",
        "ever",
    ),
    (
        # "Has received prior therapy with an anti-PD-1 agent"
        r"(?:has |have |had )?(?:received|taken|undergone|had) (?:any )?(?:prior|previous)(?: "
        + _USE_NOUN
        + r" (?:of|with))?"
        r"|(?:any )?(?:prior|previous|past)(?: "
        + _USE_NOUN
        + r" (?:of|with|to))?|(?:has |have |had )?(?:been )?previously"
        r"(?: (?:received|taken|used|undergone|had|been treated with|treated with|exposed to|given))?",
        "before",
    ),
    (r"(?:any )?" + _USE_NOUN + r" (?:of|with|to)|(?<=who )(?:takes?|uses?)", "use"),
    (
        r"(?:has |have |had )?(?:received|taken|used|undergone|had|underwent|took|been treated with|been given|been exposed to)"
        r"|exposed to",
        "ever",
    ),
)
_STATUS = "|".join(f"(?P<s{index}>{pattern})" for index, (pattern, _) in enumerate(_STATUS_WORDS))


def _status_of(match: re.Match) -> Status | None:
    said = next((status for index, (_, status) in enumerate(_STATUS_WORDS) if match[f"s{index}"]), None)
    if said in ("use", "ever") and re.match(
        r"^(?:any )?(?:exposure|receipt)\b", (match["status"] or "").strip(), re.IGNORECASE
    ):
        said = "ever"  # "Exposure to X", "Receipt of X": had, at some time
    if said is None and match["suffix"]:
        said = "use"  # "Nitrate use", "Steroid therapy"
    return said


# The words before a list that say a device is had now, or a transplant was had ("Patients with a penile implant").
_HAS_NOW = re.compile(r"(?:\b(?:have|has|having|with)|\b(?:presence|possession) of)\s*$", re.IGNORECASE)


def _use(match: re.Match) -> TreatmentUse | None:
    listed = treatments_in(match["list"])
    if listed is None:
        return None
    items, joiner = listed
    window = _window(match) if said_window(match) else None
    if said_window(match) and window is None:
        return None
    status = _status_of(match)
    negated = bool(match["neg"])
    if match["naive"]:
        if negated or status is not None or window is not None:
            return None
        negated, status = True, "before"  # "Immunotherapy naïve": never had it
    during = bool(match["during"])
    duration = None
    if match["dn"] or match["dn2"]:
        number, unit = (match["dn"], match["du"]) if match["dn"] else (match["dn2"], match["du2"])
        unit = _UNITS.get(unit.lower(), unit.lower())
        phrase = comparison_phrase(re.sub(r"\s+", " ", match["dcmp"])) if match["dn"] else "at least"
        if phrase not in ("at least", "more than"):
            return None
        duration = f"for {phrase} {plural(count(number), unit)}"
    if status is None and not negated and window is None and not during and not duration:
        prefix = match.string[: match.start("list")]
        if _HAS_NOW.search(prefix) and all(item.kind == "device" for item in items):
            status = "now"  # "Have a penile implant", "Patients with a pacemaker"
        elif _HAS_NOW.search(prefix) and all("transplant" in item.plain for item in items):
            status = "ever"  # "Patients with organ transplantation": had one
        elif re.search(r"\b(?:presence|possession) of\s*$", prefix, re.IGNORECASE):
            return None
    if negated and status in (None, "use") and window is None and not duration and not during and not match["naive"]:
        # "no insulin therapy" says neither now nor ever (NCT06734546, exports8: WRONG as "You have never taken
        # insulin", where the study kept out only those on it): left in the study's words.
        return None
    if status is None:
        if window is None and not negated and not during and not duration:
            return None  # "Radiotherapy", "Warfarin": a name alone says neither taken nor when
        status = "ever"
    therapy = any(item.kind == "therapy" for item in items)
    if window is None and not negated and status == "use" and therapy and not during and not duration:
        return None  # "Radiotherapy to the pelvis": when is not said
    if window is not None and status in (
        "chronic",
        "regular",
        "daily",
        "alongside",
        "recent",
        "planned",
        "scheduled",
        "now-or-planned",
        "before-or-planned",
        "needs",
    ):
        return None  # "Chronic use of X within 4 weeks": two times in one sentence
    if during and (window is not None or duration or status not in ("use", "ever", "now", "alongside", "planned")):
        return None  # "Prior use of X during the study": which time is meant?
    if duration and status not in ("use", "ever", "before"):
        return None
    if duration and not negated and any(item.kind != "medicine" for item in items):
        return None  # "Kidney transplant for at least 6 months": had once, not taken for a time
    if during and re.search(r"\bcurrent", match["status"] or "", re.IGNORECASE):
        return None  # "current chemotherapy during the study": now, or during the study?
    if window is not None and window.ago and status not in ("ever", "before", "use"):
        return None
    if negated and status in (
        "chronic",
        "regular",
        "daily",
        "recent",
        "now-or-before",
        "planned",
        "scheduled",
        "now-or-planned",
        "before-or-planned",
        "needs",
    ):
        return None
    if negated and status in ("use", "ever"):
        status = "before"
    examples = None
    if match["examples"]:
        if len(items) != 1 or items[0].kind != "medicine" or items[0].plain[:1].islower() and _is_name(items[0]):
            return None  # examples of a list, or of a medicine named by its own name: whose are they?
        examples = _examples(match["examples"])
        if examples is None:
            return None
    return TreatmentUse(
        treatments=items,
        joiner=joiner,
        status=status,
        window=window,
        negated=negated,
        purpose=_purpose(match["purpose"]),
        # "Concomitant use of any form of organic nitrate" (NCT06264414, sample 44: LOSSY without it): before the list too
        any_form=bool(match["any_form"]) or bool(_ANY_FORM_BEFORE.match(match["list"])),
        examples=examples,
        during_study=during,
        duration=duration,
    )


_PLURAL_HEAD = re.compile(
    r"^[^(]*?\b(?:medicines|drugs|pills|thinners|blockers|inhibitors|antibiotics|antidepressants|steroids|hormones|factors|"
    r"vaccines|injections|products|supplements|relaxants|transfusions|shots|antibodies|stimulators|statins|nitrates|"
    r"opioids|antipsychotics|bisphosphonates|benzodiazepines|antihistamines|antivirals|analgesics)\b"
)


def _plural(item: Treatment) -> bool:
    """Is a treatment's plain name plural ("blood thinners (anticoagulants)")? Its pronoun is then "them"."""
    return bool(_PLURAL_HEAD.match(item.plain))


def _is_name(item: Treatment) -> bool:
    """A medicine named by its own name ("warfarin"), not a class ("blood thinners (anticoagulants)")."""
    return "(" not in item.plain and " " not in item.plain


_EXAMPLE_HEAD = re.compile(
    r"^\s*(?:\(\s*(?:e\.\s?g\.?|eg\.?|for example|such as|like)\s*[,:]?\s*(?P<inner>[^()]+?)\s*\)|,?\s+(?:such as|like|e\.\s?g\.)"
    r"\s+(?P<outer>.+?))\s*$",
    re.IGNORECASE,
)


def _examples(text: str) -> str | None:
    """ "(e.g. ketoconazole, itraconazole, etc.)" -> "ketoconazole or itraconazole": medicines named by their own name."""
    match = _EXAMPLE_HEAD.match(text)
    if match is None:
        return None
    inner = re.sub(r"\s*,?\s*(?:etc\.?|and others|and so on)\s*$", "", match["inner"] or match["outer"], flags=re.I)
    listed = treatments_in(inner)
    if listed is None or any(item.kind != "medicine" for item in listed[0]):
        return None
    if any(item.plain != _drug_case(item.plain) for item in listed[0]) or not all(
        _is_name(i) or "(" in i.plain and " " not in i.plain.split(" (")[0] for i in listed[0]
    ):
        return None
    return _listed(listed[0], "and")


_EXAMPLES = (
    r"\s*\(\s*(?:e\.\s?g\.?|eg\.?|for\s+example|such\s+as|like)\s*[,:]?\s*[^()]{2,200}?\)"
    r"|,?\s+(?:such\s+as|like|e\.\s?g\.)\s+[^()]{2,200}?"
)
EXAMPLES = _EXAMPLES  # for the other families ("allergy to PDE 5 inhibitors like sildenafil or tadalafil")


def with_examples(said: str, examples: str | None) -> str:
    """A sentence, then the examples its source gives ("Some examples are ketoconazole and itraconazole.")."""
    if not examples:
        return said
    some = "Some examples are" if re.search(r",| and | or ", examples) else "An example is"
    return f"{said} {some} {examples}."


def class_examples(items: tuple[Treatment, ...], text: str) -> str | None:
    """The examples a source gives of one class of medicines ("like sildenafil, vardenafil or tadalafil"), as said;
    None when they are not medicines named by their own names, or not of one class."""
    if len(items) != 1 or items[0].kind != "medicine" or _is_name(items[0]):
        return None
    return _examples(text)


_DURING = (
    r"\s*,?\s+(?:during|throughout|for\s+the\s+(?:whole\s+|entire\s+)?duration\s+of|while\s+(?:participating|taking\s+part)"
    r"\s+in|while\s+(?:on|in))\s+(?:the\s+)?(?:study|trial)(?:\s+(?:period|participation))?"
    r"|\s+during\s+(?:the\s+)?(?:study|trial)\s+participation|\s+during\s+participation\s+in\s+(?:the|this)\s+(?:study|trial)"
)
_DURATION = (
    rf"\s+for\s+(?P<dcmp>at\s+least|more\s+than|over|longer\s+than|a\s+minimum\s+of)\s+(?P<dn>{COUNT})\s*(?P<du>{_UNIT})"
    rf"|\s+for\s+(?P<dn2>{COUNT})\s*(?P<du2>{_UNIT})\s+or\s+(?:more|longer)"
)

_ANY_FORM_BEFORE = re.compile(r"any\s+(?:form|kind|type)s?\s+of\b", re.IGNORECASE)
# Sentences this reads are short: a longer one is not tried (the long ones cost the most to try).
_USE_PATTERN = (
    r"(?=.{0,260}$)(?:(?:any\s+|the\s+)?(?:patients?|subjects?|participants?|men|women|those|persons?|individuals?)\s+"
    r"(?:who\s+(?:are\s+|is\s+)?)?)?"
    r"(?P<neg>(?:no|not|never|without|has not|have not|has never|have never|did not|must not have|not be)\s+)?"
    rf"(?P<status>(?:{_STATUS})\s+)?"
    rf"(?P<list>{_LIST})"
    rf"(?P<examples>{_EXAMPLES})?"
    r"(?P<naive>(?:\s*-\s*|\s+)na[iï]ve)?"
    r"(?P<any_form>\s+(?:in|of)\s+any\s+(?:form|kind|type|preparation|route))?"
    r"(?P<suffix>\s+(?:use|usage|intake|therapy|treatment|administration|users?))?"
    rf"(?:\s+(?:for|in)\s+(?P<purpose>{_PURPOSE}))?"
    rf"(?:{_DURATION})?"
    rf"(?:\s*,?\s*{_WINDOW})?"
    rf"(?P<during>{_DURING})?"
)


# --- A medical reason not to have a treatment (a contraindication) ---------------------------------------------------

# Tests and procedures a contraindication names besides treatments, and how they are said.
_PROCEDURES = {
    "mri": "an MRI scan",
    "mri scan": "an MRI scan",
    "mri scans": "an MRI scan",
    "mri exam": "an MRI scan",
    "mri exams": "an MRI scan",
    "mri examination": "an MRI scan",
    "magnetic resonance imaging": "an MRI scan (magnetic resonance imaging)",
    "magnetic resonance imaging (mri)": "an MRI scan (magnetic resonance imaging)",
    "pet scan": "a PET scan",
    "pet": "a PET scan",
    "pet/ct": "a PET/CT scan",
    "ct scan": "a CT scan",
    "contrast": "contrast dye used in scans",
    "contrast agents": "contrast dye used in scans",
    "contrast media": "contrast dye used in scans",
    "contrast medium": "contrast dye used in scans",
    "iodinated contrast": "contrast dye used in scans (iodinated contrast)",
    "gadolinium": "gadolinium, a contrast dye used in MRI scans",
    "general anesthesia": "medicine that puts you to sleep for surgery (general anesthesia)",
    "general anaesthesia": "medicine that puts you to sleep for surgery (general anaesthesia)",
    "general anesthetic": "medicine that puts you to sleep for surgery (general anesthetic)",
    "general anaesthetic": "medicine that puts you to sleep for surgery (general anaesthetic)",
    "anesthesia": "medicine that stops pain or puts you to sleep for a procedure (anesthesia)",
    "anaesthesia": "medicine that stops pain or puts you to sleep for a procedure (anaesthesia)",
    "the study drug": "the study drug",
    "study drug": "the study drug",
    "the study drugs": "the study drugs",
    "study drugs": "the study drugs",
    "the study medication": "the study drug",
    "study medication": "the study drug",
    "the study treatment": "the study treatment",
    "study treatment": "the study treatment",
    "drugs used in the study": "the drugs used in the study",
    "the drugs used in the study": "the drugs used in the study",
}
_PROCEDURE = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(_PROCEDURES, key=len, reverse=True))
_LABEL = (
    r"(?:according\s+to|as\s+per|per|as\s+listed\s+in|as\s+stated\s+in|listed\s+in)\s+(?:the\s+)?(?:current\s+|local\s+)?"
    r"(?:approved\s+)?(?:smpc|spc|summary\s+of\s+product\s+characteristics|package\s+inserts?|prescribing\s+information|"
    r"product\s+labell?(?:ing)?|labell?(?:ing)?|product\s+information|local\s+label)"
)


class Contraindication(Fact):
    """A medical reason a treatment, test or procedure must not be given ("Contraindication to MRI")."""

    what: str
    kind: str  # "medicine": taken; else had
    negated: bool = False  # "No contraindication to ...": nothing rules it out
    label: str | None = None  # the reasons are those the drug's official information lists: "" or "current "

    def sentence(self) -> str:
        verb = "taking" if self.kind == "medicine" else "having"
        if self.negated:
            return f"No medical reason stops you from {verb} {self.what}."
        listed = f" listed in the drug's {self.label}official information" if self.label is not None else ""
        base = "take" if self.kind == "medicine" else "have"
        return f"For medical reasons{listed}, you must not {base} {self.what}."


def _contraindication(match: re.Match) -> Contraindication | None:
    said = re.sub(r"\s+", " ", match["what"].strip())
    procedure = _PROCEDURES.get(said.lower())
    if procedure is not None:
        what, kind = procedure, "test"
    else:
        listed = treatments_in(said)
        if listed is None:
            return None
        items, joiner = listed
        what = _listed(items, joiner)
        kinds = {item.kind for item in items}
        kind = "medicine" if kinds == {"medicine"} else "therapy"
    negated = bool(match["neg"])
    if negated and match["label"]:
        return None
    label = None
    if match["label"]:
        label = "current " if re.search(r"\bcurrent\b", match["label"], re.IGNORECASE) else ""
    return Contraindication(what=what, kind=kind, negated=negated, label=label)


_CONTRAINDICATION_PATTERN = (
    r"(?=.{0,200}$)(?:(?:patients?|subjects?|participants?)\s+(?:with|presenting|having|who\s+(?:have|has))\s+)?"
    r"(?P<neg>(?:no|without|free\s+of|absence\s+of)\s+)?(?:any\s+|a\s+|an\s+)?(?:medical\s+)?"
    r"(?:contra-?indications?|contraindicated)\s+(?:to|for|against|of|with)\s+"
    r"(?:(?:the\s+)?(?:use|usage|administration)\s+of\s+|(?:treatment|therapy)\s+with\s+|use\s+|using\s+|receiv(?:e|ing)\s+|"
    r"tak(?:e|ing)\s+|undergo(?:ing)?\s+)?"
    rf"(?P<what>{_PROCEDURE}|{_LIST})"
    r"(?:\s*®)?(?:\s+(?:use|usage|therapy|treatment|administration))?"
    rf"(?P<label>\s*,?\s*\(?\s*{_LABEL}\s*\)?)?"
)


# --- How a treatment worked before ------------------------------------------------------------------------------------


class TreatmentResponse(Fact):
    """How you responded to a treatment: "Non-responders to PDE5 inhibitors" -> "You have not responded to ..."."""

    what: str
    responded: bool
    well: bool = False  # "positive", "good", "favorable", "satisfactory" response
    past: bool = False  # "previously", "history of": said in the past tense
    known: bool = False

    def sentence(self) -> str:
        known = "You are known to have " if self.known else None
        if self.responded:
            well = " well" if self.well else ""
            if known:
                return f"{known}responded{well} to {self.what}."
            return f"You {'responded' if self.past else 'have responded'}{well} to {self.what}."
        if known:
            return f"{known}not responded to {self.what}."
        return f"You {'did not respond' if self.past else 'have not responded'} to {self.what}."


_GOOD = r"(?:positive|good|favou?rable|satisfactory)"
_RESPONSE_PATTERN = (
    r"(?=.{0,160}$)(?:(?:patients?|subjects?|participants?|men)\s+(?:who\s+)?)?"
    r"(?P<past>(?:a\s+)?(?:previous\s+|prior\s+|past\s+)?history\s+of\s+|(?:have\s+|has\s+)?previously\s+|previous\s+|prior\s+)?"
    r"(?P<known>known\s+)?"
    r"(?:"
    rf"(?P<good>{_GOOD}\s+)?(?P<yes>response|responders?|respondents?|responsive|(?:have\s+|has\s+)?responded"
    rf"(?P<goodly>\s+(?:well|favou?rably|satisfactorily))?|respond(?:ing)?(?P<goodly2>\s+(?:well|favou?rably|satisfactorily))?)"
    r"|(?P<no>non-?\s?responders?|non-?responsive|not\s+responsive|unresponsive(?:ness)?|no\s+response|not\s+responding|"
    r"(?:have\s+|has\s+|had\s+)?(?:not|failed\s+to)\s+respond(?:ed)?|did\s+not\s+respond|lack\s+of\s+response|no\s+responders?)"
    r")\s+(?:to|with)\s+(?:(?:the\s+)?(?:use\s+of|treatment\s+with|previous\s+treatment\s+with)\s+)?"
    rf"(?P<list>{_LIST})(?P<examples>{_EXAMPLES})?(?:\s*®)?(?:\s+(?:therapy|treatment|use))?"
)


def _response(match: re.Match) -> TreatmentResponse | None:
    listed = treatments_in(match["list"])
    if listed is None:
        return None
    items, joiner = listed
    if match["examples"]:
        return None
    yes = bool(match["yes"])
    well = bool(match["good"] or match["goodly"] or match["goodly2"])
    if not yes and well:
        return None
    if (
        yes
        and match["yes"].lower().startswith("respond")
        and not match["yes"].lower().startswith("responded")
        and (not match.string[: match.start("yes")].strip())
    ):
        return None  # "Respond to X": an order, not a state
    return TreatmentResponse(
        what=_listed(items, joiner), responded=yes, well=well, past=bool(match["past"]), known=bool(match["known"])
    )


# --- Stopping a treatment for the study -------------------------------------------------------------------------------


class StopsTreatment(Fact):
    """Agreeing (or not) to stop or not use treatments during the study."""

    what: str
    how: Literal["agree-not", "abstain", "agree-stop", "willing-stop", "willing-forgo", "unwilling-stop", "refuse-stop"]
    whole_study: bool = False  # "for the duration of the study", "during the study"

    def sentence(self) -> str:
        when = " during the study" if self.whole_study else ""
        return {
            "agree-not": f"You agree not to use {self.what}{when}.",
            "abstain": f"You will not use {self.what}{when}.",
            "agree-stop": f"You agree to stop using {self.what}{' for the whole study' if self.whole_study else ''}.",
            "willing-forgo": f"You are willing to go without {self.what}{' for the whole study' if self.whole_study else ''}.",
            "willing-stop": f"You are willing to stop using {self.what}{' for the whole study' if self.whole_study else ''}.",
            "unwilling-stop": f"You are not willing to stop using {self.what}{' for the whole study' if self.whole_study else ''}.",
            "refuse-stop": f"You refuse to stop using {self.what}{' for the whole study' if self.whole_study else ''}.",
        }[self.how]


_WHOLE_STUDY = (
    r"(?:during|throughout|for|over)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:(?:duration|course|length)\s+of\s+(?:the\s+|this\s+)?"
    r"(?:study|trial)|(?:study|trial)(?:\s+(?:duration|period|participation))?)"
    r"|while\s+(?:participating|taking\s+part|enrolled)\s+in\s+(?:the\s+|this\s+)?(?:study|trial)"
    r"|during\s+(?:their\s+)?participation\s+in\s+(?:the\s+|this\s+)?(?:study|trial)"
)
_STOP_PATTERN = (
    r"(?=.{0,200}$)(?:(?:patients?|subjects?|participants?|men)\s+(?:who\s+(?:are\s+)?)?)?"
    r"(?:(?P<agree_not>(?:must\s+)?agree(?:s)?\s+not\s+to\s+(?:use|take|receive|start))"
    r"|(?P<abstain>(?:must\s+)?abstain\s+from\s+(?:using|taking|the\s+use\s+of))"
    r"|(?P<agree_stop>(?:must\s+)?agree(?:s)?\s+to\s+(?:stop|suspend|discontinue)(?:\s+(?:using|taking))?)"
    r"|(?P<willing_forgo>(?:must\s+be\s+)?willing\s+to\s+(?:forgo|forego))"
    r"|(?P<willing_stop>(?:must\s+be\s+)?willing\s+to\s+(?:stop|suspend|discontinue|cease)(?:\s+(?:using|taking|use\s+of))?)"
    r"|(?P<unwilling_stop>(?:unwilling(?:ness)?|not\s+willing)\s+to\s+(?:stop|suspend|discontinue|forgo|forego|cease)"
    r"(?:\s+(?:using|taking|use\s+of))?)"
    r"|(?P<refuse_stop>refus(?:al|es?|ing)\s+to\s+(?:stop|suspend|discontinue)(?:\s+(?:using|taking))?))\s+"
    rf"(?P<list>(?:all\s+|any\s+)?{_LIST})(?:\s*®)?"
    rf"(?:\s+(?P<whole>{_WHOLE_STUDY}))?"
)


def _stops(match: re.Match) -> StopsTreatment | None:
    text = re.sub(r"^(?:all|any)\s+", "", match["list"].strip(), flags=re.IGNORECASE)
    listed = treatments_in(text)
    if listed is None:
        return None
    items, joiner = listed
    how = next(
        name
        for name in (
            "agree_not",
            "abstain",
            "agree_stop",
            "willing_forgo",
            "willing_stop",
            "unwilling_stop",
            "refuse_stop",
        )
        if match[name]
    )
    whole = bool(match["whole"])
    if how in ("agree_not", "abstain") and not whole and not re.search(r"\bother\b", match["list"], re.IGNORECASE):
        return None  # "Agree not to use nitrates": when? Only "other" treatments say the study's time
    quantifier = re.match(r"^(all|any)\s+", match["list"].strip(), re.IGNORECASE)
    what = _listed(items, joiner)
    if quantifier and not what.startswith(("another ", "any ", "all ")):
        what = f"{quantifier.group(1).lower()} {what}"  # "any other ED treatment": any of them
    return StopsTreatment(what=what, how=how.replace("_", "-"), whole_study=whole)


# --- A named medicine at a dose -----------------------------------------------------------------------------------------


class DrugDose(Fact):
    """A medicine at a dose: "aspirin more than 81 mg per day", "tadalafil 5 mg daily"."""

    drug: str
    phrase: str | None  # "more than", "at least"; None: the dose itself
    number: str
    unit: str
    per_day: bool
    status: Literal["now", "use", "window", "before"]
    window: Window | None = None
    duration: str | None = None
    # "Using tadalafil 5mg", no "currently" and no one said to be using it: under an inclusion list it may be the
    # study's own treatment (NCT05884957, sample 43: WRONG as "You are taking 5 mg of tadalafil now.").
    bare_use: bool = False

    def sentence_in(self, kind: str) -> str | None:
        return None if self.bare_use and kind == "inclusion" else self.sentence()

    def sentence(self) -> str:
        dose = f"{self.phrase + ' ' if self.phrase else ''}{self.number} {self.unit} of {self.drug}"
        dose += " a day" if self.per_day else ""
        if self.window:
            return f"You took {dose} {self.window.sentence()}."
        if self.duration:
            return f"You have taken {dose} {self.duration}."
        if self.status == "before":
            return f"You have taken {dose} before."
        return f"You are taking {dose} now." if self.status == "now" else f"You take {dose}."


_DOSE_UNIT = r"mg|mcg|µg|μg|g|iu|units?"
_PER_DAY = r"\s*(?:/\s*day|/\s*d\b|per\s+day|a\s+day|daily|once\s+daily|once\s+a\s+day|every\s+day)"
_DOSE_PATTERN = (
    r"(?=.{0,160}$)(?:(?:patients?|subjects?|participants?|men)\s+(?:who\s+)?(?:are\s+)?)?"
    r"(?P<status>(?:current(?:ly)?\s+)?(?:use\s+of|using|taking|on|treatment\s+with|receiving|intake\s+of|"
    r"(?:has\s+|have\s+)?(?:received|taken|used))\s+)?"
    r"(?:"
    rf"(?P<drug>{_LIST})\s*(?P<cmp>{COMPARISON})?\s*(?P<dose>{NUMBER})\s*(?P<dunit>{_DOSE_UNIT})\b(?P<perday>{_PER_DAY})?"
    rf"|(?P<cmp2>{COMPARISON})?\s*(?P<dose2>{NUMBER})\s*(?P<dunit2>{_DOSE_UNIT})\b\s*(?:of\s+)?(?P<drug2>{_LIST})(?P<perday2>{_PER_DAY})?"
    r")"
    rf"(?:{_DURATION})?"
    rf"(?:\s*,?\s*{_WINDOW})?"
)


def _drug_dose(match: re.Match) -> DrugDose | None:
    drug = match["drug"] or match["drug2"]
    listed = treatments_in(drug)
    if listed is None or len(listed[0]) != 1 or not _is_name(listed[0][0]):
        return None  # a dose is of one medicine named by its own name
    window = _window(match) if said_window(match) else None
    if said_window(match) and window is None:
        return None
    status_words = (match["status"] or "").strip().lower()
    duration = None
    if match["dn"] or match["dn2"]:
        number, unit = (match["dn"], match["du"]) if match["dn"] else (match["dn2"], match["du2"])
        unit = _UNITS.get(unit.lower(), unit.lower())
        phrase = comparison_phrase(re.sub(r"\s+", " ", match["dcmp"])) if match["dn"] else "at least"
        if phrase not in ("at least", "more than"):
            return None
        duration = f"for {phrase} {plural(count(number), unit)}"
    if not status_words and window is None and duration is None:
        return None  # "Aspirin 81 mg": taken, allowed or given by the study? Not said
    if window is not None and duration is not None:
        return None
    cmp = match["cmp"] or match["cmp2"]
    unit = (match["dunit"] or match["dunit2"]).lower()
    if unit.startswith("unit"):
        unit = "units"
    elif unit == "iu":
        unit = "IU"
    status = (
        "window"
        if window
        else "before"
        if re.search(r"received|taken|used", status_words)
        else "now"
        if status_words
        else "use"
    )
    if status == "before" and duration is None and window is None:
        return None
    return DrugDose(
        drug=listed[0][0].plain,
        phrase=comparison_phrase(cmp) if cmp else None,
        number=match["dose"] or match["dose2"],
        unit=unit,
        per_day=bool(match["perday"] or match["perday2"]),
        status=status,
        window=window,
        duration=duration,
        bare_use=status == "now" and match.start("status") == 0 and status_words in _BARE_USE,
    )


_BARE_USE = frozenset({"using", "taking", "on", "receiving", "use of", "intake of", "treatment with"})


# --- Lines of treatment ----------------------------------------------------------------------------------------------


class PriorLines(Fact):
    phrase: str | None
    number: str
    high: str | None = None  # "1 to 3 lines"
    what: str
    setting: str | None = None

    def sentence(self) -> str:
        lines = "line" if self.number == "1" and not self.high else "lines"
        phrase = f"{self.phrase} " if self.phrase else ""
        if self.high:
            phrase, lines = "", f"to {self.high} lines"
        setting = f" for {self.setting}" if self.setting else ""
        return f"You have had {phrase}{self.number} {lines} of {self.what}{setting} before."


_SETTINGS = {
    "metastatic disease": "cancer that has spread (metastatic disease)",
    "the metastatic setting": "cancer that has spread (the metastatic setting)",
    "metastatic setting": "cancer that has spread (the metastatic setting)",
    "advanced disease": "advanced cancer",
    "advanced or metastatic disease": "advanced cancer or cancer that has spread (metastatic disease)",
}


def _lines(match: re.Match) -> PriorLines | None:
    if match["generic"]:
        generic = match["generic"].lower()
        what = (
            "treatment that reaches the whole body (systemic therapy)"
            if generic.startswith("systemic")
            else "treatment"
        )
    else:
        listed = treatments_in(match["what"])
        if listed is None or len(listed[0]) != 1:
            return None
        what = listed[0][0].plain
    if match["high"] and (match["cmp"] or match["more"]):
        return None
    setting = None
    if match["setting"]:
        setting = _SETTINGS.get(re.sub(r"\s+", " ", match["setting"].strip().lower()))
        if setting is None:
            return None
    return PriorLines(
        phrase=comparison_phrase(match["cmp"]) if match["cmp"] else ("at least" if match["more"] else None),
        number=count(match["n"]),
        high=count(match["high"]) if match["high"] else None,
        what=what,
        setting=setting,
    )


# --- Steroid dose ------------------------------------------------------------------------------------------------------


class SteroidDose(Fact):
    """A steroid dose a day, said as prednisone's: "Chronic use of systemic corticosteroids (> 10 mg/day prednisone or
    equivalent) within 14 days of the first dose"."""

    phrase: str
    number: str
    unit: str
    status: Literal["now", "use", "window"]
    window: Window | None = None
    kind: Literal["", "systemic", "oral"] = ""
    chronic: bool = False
    equivalent: bool = True  # "or equivalent": another steroid at the same strength counts too

    def sentence(self) -> str:
        dose = prednisone_a_day(self.phrase, self.number, self.unit, equivalent=self.equivalent)
        medicine = {
            "": "steroid medicine",
            "systemic": "steroid medicine that reaches the whole body (systemic)",
            "oral": "steroid medicine by mouth (oral)",
        }[self.kind]
        chronic = "long-term (chronic) " if self.chronic else ""
        if self.window:
            return f"You took {chronic}{medicine} at {dose} {self.window.sentence()}."
        now = " now" if self.status == "now" else ""
        return f"You take {chronic}{medicine} at {dose}{now}."


def prednisone_a_day(phrase: str, number: str, unit: str = "mg", *, equivalent: bool = True) -> str:
    """ "more than 10 mg a day of prednisone (or an equally strong dose of another steroid)": a steroid dose, as studies give it."""
    return f"{phrase} {number} {unit} a day of prednisone" + (
        " (or an equally strong dose of another steroid)" if equivalent else ""
    )


_STEROID_PER_DAY = r"\s*(?:/\s*day|/\s*d\b|per\s+day|a\s+day|daily)"
_STEROID_DOSE = (
    r"(?P<status>(?:(?:current|ongoing)\s+)?(?P<chronic>chronic\s+)?(?:(?:use|usage)\s+of\s+|treatment\s+with\s+|receiving\s+|"
    r"taking\s+|therapy\s+with\s+)?)"
    r"(?:(?P<kind>systemic|oral)\s+)?(?:cortico)?steroids?(?:\s+(?:therapy|treatment|use))?\s*\(?\s*"
    r"(?:(?:at|with)\s+(?:a\s+)?(?:total\s+)?(?P<daily>daily\s+)?doses?\s+(?:of\s+)?)?"
    rf"(?P<cmp>{COMPARISON})\s*(?P<the_equivalent>the\s+equivalent\s+(?:of\s+)?)?(?P<dose>{NUMBER})\s*(?P<mg>mg)"
    rf"(?P<per_day>{_STEROID_PER_DAY})?\s*(?:of\s+)?(?:oral\s+)?prednis(?:one|olone)(?P<per_day2>{_STEROID_PER_DAY})?"
    r"(?P<equivalent>\s*(?:\(\s*or\s+(?:an?\s+)?equivalent\s*\)|,?\s*or\s+(?:its\s+|an?\s+|the\s+)?equivalent(?:s|\s+dose)?|"
    r"or\s+prednis(?:one|olone)\s+equivalents?|equivalents?))?"
    rf"(?P<per_day3>{_STEROID_PER_DAY})?\s*\)?"
    rf"(?:\s*,?\s*{_WINDOW})?"
)


def _dose(match: re.Match) -> SteroidDose | None:
    if not (match["daily"] or match["per_day"] or match["per_day2"] or match["per_day3"]):
        return None  # a dose with no time it is taken in: not a daily dose
    window = _window(match) if said_window(match) else None
    if said_window(match) and window is None:
        return None
    now = bool(re.search(r"current|ongoing|receiving|taking", match["status"], re.IGNORECASE))
    return SteroidDose(
        phrase=comparison_phrase(match["cmp"]),
        number=match["dose"],
        unit=match["mg"].lower(),
        status="window" if window else "now" if now else "use",
        window=window,
        kind=(match["kind"] or "").lower(),
        chronic=bool(match["chronic"]),
        equivalent=bool(match["equivalent"] or match["the_equivalent"]),
    )


# --- Time since a treatment ended ---------------------------------------------------------------------------------------


class TimeSince(Fact):
    """A wash-out to join: "At least 4 weeks since the last dose of chemotherapy"."""

    phrase: str
    number: str
    unit: str
    what: str
    medicine: bool

    def sentence(self) -> str:
        span = plural(self.number, self.unit)
        return f"It has been {self.phrase} {span} since you last {'took' if self.medicine else 'had'} {self.what}."


def _since(match: re.Match) -> TimeSince | None:
    listed = treatments_in(match["list"])
    if listed is None:
        return None
    items, joiner = listed
    if match["cmp"]:
        phrase = comparison_phrase(match["cmp"])
    elif re.search(r"\b(?:must\s+have\s+)?(?:elapsed|passed)\b", match[0], re.IGNORECASE):
        phrase = "at least"  # "4 weeks must have elapsed since ...": at least that long
    else:
        return None  # "6 months from the last regimen": at least, at most or exactly? Not said
    if phrase not in ("at least", "more than"):
        return None
    unit = _UNITS.get(match["unit"].lower(), match["unit"].lower())
    return TimeSince(
        phrase=phrase,
        number=count(match["n"]),
        unit=unit,
        what=_listed(items, joiner),
        medicine=all(item.kind == "medicine" for item in items),
    )


# --- Other studies ------------------------------------------------------------------------------------------------------


class OtherStudy(Fact):
    """Taking part in another study: now, or within a window."""

    now: bool = True
    window: Window | None = None
    drug: bool = False  # "an investigational drug study": a study testing a drug
    device: bool = False  # "... with any investigational drug or device"
    interventional: bool = False
    negated: bool = False
    named: str | None = None  # "avanafil": a study of a named treatment
    before: bool = False  # "Previous participation in ...": at some time before
    other: bool = True  # "another study"; False: "a study of avanafil" (the study's own drug, another study)
    planned: bool = False  # "current or planned participation": now, or about to join one
    during: bool = False  # "... or at any time during this study": being in one during this study counts too
    device_used: bool = False  # "... or has used an investigational device within 4 weeks ...": in the same window

    def sentence(self) -> str:
        kind = (
            f"{'another' if self.other else 'a'} study of {self.named}"
            if self.named
            else "another study testing a drug or device"
            if self.device
            else "another study testing a drug"
            if self.drug
            else "another study that tests a treatment"
            if self.interventional
            else "another study"
        )
        if self.before:
            return f"You have been in {kind} before."
        if self.negated:
            if self.window:
                return f"You have not been in {kind} {self.window.sentence()}."
            return f"You are not in {kind} now."
        if self.planned:
            return f"You are in {kind} now, or plan to join one."
        during = ", or will be in one during this study" if self.during else ""
        if self.device_used and self.window:
            during += f", or you have used a device that is still being tested {self.window.sentence()}"
        if self.window and self.now:
            return f"You are in {kind} now, or were in one {self.window.sentence()}{during}."
        if self.window:
            return f"You were in {kind} {self.window.sentence()}{during}."
        return f"You are in {kind} now{during}."


_STUDY = (
    r"(?:an?(?:ny)?\s+|the\s+)?(?P<other>other\s+|another\s+)?(?P<kind>(?:clinical\s+|intervention(?:al)?\s+|investigational\s+|"
    r"therapeutic\s+|research\s+|drug\s+|medical\s+|(?:investigational\s+)?drug\s+|treatment\s+|(?P<drug_or_device>drug\s+or\s+"
    r"(?:medical\s+)?device\s+))*)"
    r"(?:clinical\s+)?(?:research\s+)?(?:study|studies|trials?|investigations?|research(?:\s+stud(?:y|ies))?)(?:\s+protocols?)?"
    r"(?P<testing>\s+(?:of|with|involving|testing)\s+(?:an?y?\s+)?(?:other\s+)?(?:unapproved\s+)?(?:investigational|investigative|"
    r"experimental|research)\s+(?:drugs?|agents?|products?|"
    r"treatments?|therap(?:y|ies)|medications?)(?P<device>\s+or\s+(?:medical\s+)?devices?)?"
    rf"|\s+(?:of|with|investigating|testing)\s+(?P<named>{_LIST}))?"
)


def _other_study(match: re.Match) -> OtherStudy | None:
    window = _window(match) if said_window(match) else None
    if said_window(match) and window is None:
        return None
    kind = (match["kind"] or "").lower()
    # A study "testing a drug" only when the source says drug, medication or agent: an "investigational study", a
    # "therapeutic trial" or an "investigational product" may test a device or a procedure (said as "a treatment").
    testing = (match["testing"] or "").lower()
    drug = "drug" in kind or bool(re.search(r"drugs?|agents?|medications?", testing))
    interventional = bool(re.search(r"intervention|investigational|therapeutic", kind) or testing) and not drug
    negated = bool(match["neg"])
    device = bool(match["device"] or match["drug_or_device"])
    named = None
    if match["named"]:
        listed = treatments_in(match["named"])
        if listed is None or len(listed[0]) != 1 or not _is_name(listed[0][0]):
            return None
        named = listed[0][0].plain
    if match["device_used"] and (not said_window(match) or match["previous"] or match["planned"] or match["named"]):
        return None  # a device used: said only with the window it shares
    if match["previous"] and match["planned"]:
        return None
    if match["during"] and (match["previous"] or match["planned"] or match["named"] or match["neg"] or match["past"]):
        return None  # "... or at any time during this study" said only beside being in one now or lately
    if match["previous"]:
        # "Previous participation in any other study of avanafil": at some time before; with a window or a negation, the
        # sentence says more than this reads.
        if window is not None or negated or match["now"] or match["current_or"] or not (match["other"] or named):
            return None
        return OtherStudy(
            now=False,
            drug=drug,
            device=device,
            interventional=interventional,
            named=named,
            before=True,
            other=bool(match["other"]),
        )
    if named:
        return None
    if match["planned"]:
        if window is not None or negated:
            return None
        return OtherStudy(now=True, planned=True, drug=drug, device=device, interventional=interventional)
    if not (match["other"] or window or match["now"] or match["current_or"]):
        return None  # "Participation in a clinical trial": which one, and when, is not said
    if negated and match["current_or"]:
        return None
    said = OtherStudy(
        drug=drug, device=device, interventional=interventional, negated=negated, during=bool(match["during"])
    )
    if window is None:
        if match["past"] or match["now_or_past"]:
            return None  # "Participated in another study": when is not said
        return said
    # Within a window: "participation in" includes now; "participated in" is said of the past.
    now = bool(match["now"] or match["current_or"] or match["now_or_past"] or match["paren_now"]) or not match["past"]
    if match["device_used"] and negated:
        return None
    return said.model_copy(
        update={"now": now and not negated, "window": window, "device_used": bool(match["device_used"])}
    )


_OTHER_STUDY_PATTERN = (
    r"(?=.{0,200}$)(?:(?:patients?|subjects?|participants?)\s+(?:who\s+)?|(?:the\s+)?(?:patient|subject|participant)'s\s+)?"
    r"(?P<neg>(?:no|not|has not|have not)\s+)?"
    r"(?:(?:is|are)\s+(?=(?:currently|presently)\s))?"  # "Subject is currently enrolled in ..."
    r"(?:(?P<current_or>(?:current(?:ly)?|present)\s+or\s+(?:previous|prior|recent|past)\s+)"
    r"|(?P<planned>(?:current(?:ly)?|present|ongoing)\s+or\s+(?:planned|anticipated|intended|future)\s+)|(?P<now>(?:current(?:ly)?|concurrent|"
    r"simultaneous|ongoing|present(?:ly)?)\s+))?"
    r"(?P<previous>(?:previous(?:ly)?|prior)\s+)?"
    r"(?:(?P<now_or_past>(?:are |is )?currently participating in or (?:have|has) participated in\s+)"
    r"|(?:is |are )?(?:also )?(?:participation|participating|enrolled|enrolment|enrollment|involvement|taking part|participants|"
    r"(?:had\s+)?(?P<past>participated|took part|been enrolled|been in|been involved|was in|were in|enrolled)|inclusion)\s+in\s+)"
    + _STUDY
    # "... or has used an investigational device within 4 weeks prior to the first dose": the window holds for both.
    + r"(?P<device_used>\s+or\s+(?:has\s+|have\s+)?used\s+an?\s+investigational\s+(?:medical\s+)?device)?"
    # "(currently or within the last 30 days)": now, or within the window.
    + rf"(?:(?:(?P<paren_now>\s*\(\s*(?:currently|now)\s+or\s+)|\s*,?\s*){_WINDOW}(?(paren_now)\s*\)))?"
    r"(?P<during>\s+or\s+(?:at\s+any\s+time\s+|planned\s+participation\s+)?during\s+(?:this|the)\s+(?:study|trial))?"
)


class ThisStudyBefore(Fact):
    """ "Previous participation in this study": you have taken part in it before."""

    def sentence(self) -> str:
        return "You have taken part in this study before."


_THIS_STUDY_PATTERN = (
    r"(?=.{0,120}$)(?:(?:patients?|subjects?|participants?)\s+(?:who\s+)?)?"
    r"(?:(?:previous|prior|earlier)\s+(?:participation|enrol?lment|inclusion)\s+in|(?:has\s+|have\s+)?previously\s+(?:participated|"
    r"been\s+enrolled|taken\s+part)\s+in|(?:has\s+|have\s+)?(?:participated|been\s+enrolled|taken\s+part)\s+in)\s+"
    r"(?:this|the\s+(?:present|current))\s+(?:clinical\s+)?(?:study|trial)(?P<again>\s+(?:before|previously))?"
)


def _this_study(match: re.Match) -> ThisStudyBefore | None:
    said = match[0].lower()
    if not re.search(r"previous|prior|earlier|before", said):
        return None  # "Participated in this study": a report, or before? Not said
    return ThisStudyBefore()


RECOGNISERS = (
    recogniser(
        "this-study-before",
        ("this study", "this clinical study", "this trial", "this clinical trial", "present study", "current study"),
        _THIS_STUDY_PATTERN,
        _this_study,
    ),
    recogniser(
        "prior-lines",
        ("line", "regimen"),
        r"(?:at\s+a\s+minimum,\s*)?(?:(?:patients?|participants?|subjects?)\s+)?"
        rf"(?:(?:must\s+|should\s+)?(?:have\s+|has\s+)?(?:received|had|been\s+treated\s+with)\s+)?(?P<cmp>{COMPARISON})?\s*(?P<n>{COUNT})\s*"
        rf"(?:(?:to|-|–)\s*(?P<high>{COUNT})\s+)?(?P<more>or\s+more\s+)?(?:prior\s+|previous\s+|earlier\s+)?(?:lines?|regimens?)\s+of\s+"
        rf"(?:prior\s+)?(?:(?P<generic>(?:systemic\s+)?(?:therapy|therapies|treatments?))|(?P<what>{_LIST}))"
        r"(?:\s+(?:for|in)\s+(?P<setting>(?:the\s+)?(?:advanced\s+or\s+)?(?:metastatic|advanced)\s+(?:disease|setting)))?"
        r"(?:\s+before)?",
        _lines,
    ),
    recogniser(
        "steroid-dose",
        ("prednison",),
        _STEROID_DOSE,
        _dose,
    ),
    recogniser(
        "time-since-treatment",
        ("since", "elapsed", "passed", "days from", "weeks from", "months from"),
        rf"(?P<cmp>{COMPARISON})?\s*(?P<n>{COUNT})\s*(?P<unit>{_UNIT})\s+(?:must\s+have\s+(?:elapsed|passed)\s+)?"
        r"(?:have\s+)?(?:elapsed\s+|passed\s+)?(?:since|from)\s+(?:the\s+)?(?:last\s+(?:dose\s+of\s+)?|end\s+of\s+|completion\s+of\s+|"
        r"prior\s+|previous\s+|any\s+prior\s+)?"
        rf"(?P<list>{_LIST})",
        _since,
    ),
    recogniser(
        "other-study",
        ("study", "studies", "trial", "investigation", "research"),
        _OTHER_STUDY_PATTERN,
        _other_study,
    ),
    recogniser(
        "treatment-contraindication",
        ("contraindicat", "contra-indicat"),
        _CONTRAINDICATION_PATTERN,
        _contraindication,
    ),
    recogniser(
        "treatment-response",
        ("respon",),
        _RESPONSE_PATTERN,
        _response,
    ),
    recogniser(
        "stops-treatment",
        ("agree not", "agrees not", "abstain", "suspend", "stop", "discontinue", "forgo", "forego", "cease"),
        _STOP_PATTERN,
        _stops,
    ),
    recogniser("drug-dose", ("mg", "mcg", "µg", "μg", " g ", "iu", "unit"), _DOSE_PATTERN, _drug_dose),
    recogniser("treatment-use", (*trigger_words(), *_DRUG_ENDINGS), _USE_PATTERN, _use),
)
