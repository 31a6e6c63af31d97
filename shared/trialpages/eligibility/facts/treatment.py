"""Treatments: which ones, when ("within 4 weeks before the first dose"), how many lines, what dose, other studies.

Every treatment a sentence names must be one the plain-names table knows (treatment_names), or a
medicine named by its own name; a sentence with any other word in its list stays in the study's
words. The time a window counts from is said in plain words from a short list of the events
studies count from; a window counted from anything else is not read.
"""

from __future__ import annotations

import re
from typing import Literal

from trialpages.eligibility.comparators import COMPARISON, comparison_phrase
from trialpages.eligibility.facts.base import COUNT, NUMBER, Fact, count, plural, recogniser
from trialpages.eligibility.facts.treatment_names import Treatment, spelling_pattern, treatment, trigger_words

# What a window counts from, in the order tried, and how it is said ("before you join the study").
_EVENTS: tuple[tuple[str, str], ...] = (
    (
        r"(?:the )?(?:signing (?:of )?(?:the )?)?(?:written )?(?:informed )?consent(?: form)?(?: signature)?|(?:the )?icf signature"
        r"|signing (?:the )?icf",
        "you sign the consent form",
    ),
    (
        r"(?:the )?(?:first|1st|initial) (?:dose|administration|day of (?:study )?(?:treatment|dosing))(?: of (?:the )?(?:study|trial)"
        r" (?:drug|treatment|medication|intervention|therapy|product))?|(?:the )?(?:first|1st|initial) (?:study|trial) (?:dose|drug "
        r"dose|treatment|medication)|(?:the )?(?:start|initiation|beginning) of (?:the )?(?:study|trial|protocol) (?:treatment|therapy|"
        r"drug|medication|intervention)|(?:starting|initiating|initiation of|beginning) (?:the )?(?:study|trial|protocol) (?:treatment|"
        r"therapy|drug|medication|intervention)|(?:the )?(?:study|trial|protocol) (?:treatment|therapy|drug|intervention)"
        r"(?: (?:start|initiation))?|(?:study |treatment )?day 1|(?:study )?treatment day 1|cycle 1,? day 1|c1d1"
        r"|(?:the )?first (?:day of )?cycle|(?:the )?study (?:intervention|drug|treatment) administration",
        "you start the study treatment",
    ),
    (r"(?:the )?randomi[sz]ation", "you are assigned to a study group"),
    (
        r"(?:the )?(?:study )?(?:enrol?lment|registration|entry|inclusion)(?: (?:in|into|to) (?:the )?(?:study|trial))?"
        r"|(?:entering|entry into|enrolling in|joining|participation in) (?:the )?(?:study|trial)|(?:the )?(?:start|beginning|initiation)"
        r" of (?:the )?(?:study|trial)|(?:the )?(?:study|trial) (?:start|initiation|entry)|study participation",
        "you join the study",
    ),
    (
        r"(?:the )?screening(?: visit| period| assessments?)?|(?:the )?(?:visit 1|first (?:study )?visit|screening visit \(visit 1\))",
        "your first study visit",
    ),
    (r"(?:the )?baseline(?: visit| examination| assessment)?", "the start of the study (baseline)"),
)
_EVENT = "|".join(f"(?:{pattern})" for pattern, _ in _EVENTS)
_EVENT_RES = tuple((re.compile(rf"^(?:{pattern})$", re.IGNORECASE), words) for pattern, words in _EVENTS)
_BEFORE = r"(?:before|prior to|preceding|of|from|before the start of|prior to the start of)"


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
# "within 28 days or 5 half-lives (whichever is longer) before the first dose".
_WINDOW = (
    rf"(?:(?:within|in|during|over)\s+(?:the\s+)?(?P<last>(?:last|past|previous|preceding|prior)\s+)?"
    r"|(?P<limit>at\s+most|less\s+than|no\s+more\s+than|fewer\s+than)\s+(?=[^,;]*?\s(?:before|prior\s+to|preceding)\s))"
    rf"(?P<n>{COUNT})"
    rf"(?:\s*\(\d+\))?\s*(?P<unit>{_UNIT})"
    rf"(?:\s*,?\s*(?:or|and/or)\s+(?P<hl>{COUNT})\s*(?:half[- ]lives|half[- ]life|times the half[- ]life)"
    r"(?:\s+of\s+the\s+(?:drug|agent|medication|product|therapy|treatment|compound))?"
    r"(?:\s*,?\s*\(?\s*whichever\s+is\s+(?P<which>longer|shorter|greater|less)\s*\)?)?)?"
    rf"(?:\s*,?\s*{_BEFORE}\s+(?P<event>{_EVENT}))?"
)


class Window(Fact):
    """How recent: "in the 4 weeks before you start the study treatment", "in the last 6 months"."""

    number: str
    unit: str
    limit: str | None = None  # "at most", "less than": "at most 4 weeks before ..."
    event: str | None = None  # in words ("you join the study"); None: counted back from now
    half_lives: str | None = None
    which: str | None = None  # "longer" or "shorter" of the two

    def sentence(self) -> str:
        span = plural(self.number, self.unit)
        if self.half_lives:
            which = f", whichever is {self.which}" if self.which else ""
            span = f"{span} (or {self.half_lives} half-lives of the drug{which})"
        if self.limit:
            return f"{self.limit} {span} before {self.event}"
        return f"in the {span} before {self.event}" if self.event else f"in the last {span}"


def _window(match: re.Match) -> Window | None:
    if not match["n"]:
        return None
    event = None
    if match["event"]:
        event = event_in_words(match["event"])
        if event is None:
            return None
    if match["last"] and event is None and match["last"].strip().lower() == "prior":
        return None
    limit = None
    if match["limit"]:
        if event is None:
            return None
        limit = comparison_phrase(re.sub(r"\s+", " ", match["limit"].lower()).replace("fewer than", "less than"))
    unit = _UNITS.get(match["unit"].lower(), match["unit"].lower())
    which = {"greater": "longer", "less": "shorter"}.get(
        (match["which"] or "").lower(), (match["which"] or "").lower() or None
    )
    return Window(
        number=count(match["n"]),
        limit=limit,
        unit=unit,
        event=event,
        half_lives=count(match["hl"]) if match["hl"] else None,
        which=which,
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
)
_DRUG_WORD = r"[A-Za-z][a-z]{2,}(?:" + "|".join(ending for ending in _DRUG_ENDINGS if ending != "nib") + r"|[a-z]nib)\b"
_ONE = rf"(?:{spelling_pattern()}|{_DRUG_WORD})(?:\s*\((?:[A-Za-z0-9-]{{2,12}}|[A-Z][a-z]+)\))?"
_DETERMINER = r"(?:(?:any|a|an|the|all)\s+)?(?:(?:kind|type|form)s? of\s+)?(?:(?:other|another)\s+)?"
_SEPARATOR = r"\s*,\s*(?:and/or\s+|or\s+|and\s+)?|\s+(?:and/or|or|and)\s+|\s*/\s*"
_LIST = rf"{_DETERMINER}{_ONE}(?:(?:{_SEPARATOR}){_DETERMINER}{_ONE})*"
LIST = _LIST  # a list of treatments, for the other families ("allergy to PDE5 inhibitors or nitrates")
_ONE_RE = re.compile(_ONE, re.IGNORECASE)
_SEPARATOR_RE = re.compile(rf"^(?:{_SEPARATOR})$", re.IGNORECASE)
_DETERMINER_RE = re.compile(rf"^{_DETERMINER}", re.IGNORECASE)


def treatments_in(text: str) -> tuple[tuple[Treatment, ...], str] | None:
    """The treatments a list names ("PDE5 inhibitors, nitrates or alpha blockers") and how they are joined."""
    found: list[Treatment] = []
    joiners: set[str] = set()
    position = 0
    text = text.strip()
    while position < len(text):
        rest = text[position:]
        determiner = _DETERMINER_RE.match(rest)
        other = bool(determiner and re.search(r"\b(?:other|another)\s+$", determiner.group(0), re.IGNORECASE))
        position += determiner.end() if determiner else 0
        match = _ONE_RE.match(text, position)
        if not match:
            return None
        # The longest table name that ends at a word edge.
        end = match.end()
        item = treatment(text[position:end])
        if item is None:
            return None
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

Status = Literal["now", "use", "before", "now-or-before", "alongside", "chronic", "regular", "daily", "recent", "ever"]


class TreatmentUse(Fact):
    """A treatment taken or had: now, before, in a window, alongside the study's; or never."""

    treatments: tuple[Treatment, ...]
    joiner: Literal["or", "and"] = "or"
    status: Status
    window: Window | None = None
    negated: bool = False
    purpose: str | None = None  # "cancer that has spread (metastatic disease)"
    any_form: bool = False  # "nitrates in any form"

    def sentence(self) -> str:
        what = (
            ("any kind of " if self.any_form else "")
            + _listed(self.treatments, self.joiner)
            + (f" for {self.purpose}" if self.purpose else "")
        )
        kinds = {item.kind for item in self.treatments}
        kind = kinds.pop() if len(kinds) == 1 else "mixed" if "medicine" in kinds else "therapy"
        take, took, taken, taking = _VERBS[kind]
        window = f" {self.window.sentence()}" if self.window else ""
        them = "it" if len(self.treatments) == 1 else "them"
        if self.negated:
            if self.window:
                return f"You have not {taken} {what}{window}."
            if self.status == "now":
                return f"You are not {taking} {what} now." if kind != "device" else f"You do not have {what} now."
            if self.status == "alongside":
                return f"You do not {take} {what} at the same time as the study treatment."
            return f"You have never {taken} {what}."
        if self.window:
            if self.status == "now-or-before":
                now = f"are {taking} {what} now" if kind != "device" else f"have {what} now"
                return f"You {now}, or {took} {them}{window}."
            return f"You {took} {what}{window}."
        now = f"You are {taking} {what} now." if kind != "device" else f"You have {what} now."
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
        }[self.status]


# How each kind of treatment is had: take, took, (have) taken, (are) taking.
_VERBS = {
    "medicine": ("take", "took", "taken", "taking"),
    "therapy": ("have", "had", "had", "having"),
    "device": ("have", "had", "had", "having"),
    "mixed": ("receive", "received", "received", "receiving"),
}


# The words before a treatment that say when it is (or was) taken, and how they read; tried in this order.
_USE_NOUN = r"(?:use|usage|treatment|therapy|administration|intake|exposure|receipt)"
_STATUS_WORDS: tuple[tuple[str, Status], ...] = (
    (
        r"(?:current|present|ongoing)(?:ly)? or (?:prior|previous|past)(?: " + _USE_NOUN + r" (?:of|with|to))?"
        r"|(?:prior|previous|past) or (?:current|present|ongoing)(?: " + _USE_NOUN + r" (?:of|with|to))?",
        "now-or-before",
    ),
    (
        r"(?:currently|presently) (?:taking|receiving|receive|receives|using|on|being treated with|undergoing)"
        r"(?: (?:treatment|therapy) with)?|(?:current|ongoing|present)"
        r"(?: "
        + _USE_NOUN
        + r" (?:of|with))?|(?:is |are )?(?:currently )?(?:taking|receiving|using|on|being treated with)",
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
        r"(?:a |any )?(?:(?:previous|prior|past|known) )?(?:medical )?history of(?: "
        + _USE_NOUN
        + r" (?:of|with|to))?",
        "ever",
    ),
    (
        r"(?:any )?(?:prior|previous|past)(?: "
        + _USE_NOUN
        + r" (?:of|with|to))?|(?:has |have |had )?(?:been )?previously"
        r"(?: (?:received|taken|used|undergone|had|been treated with|treated with|exposed to|given))?",
        "before",
    ),
    (r"(?:any )?" + _USE_NOUN + r" (?:of|with|to)", "use"),
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


def _use(match: re.Match) -> TreatmentUse | None:
    listed = treatments_in(match["list"])
    if listed is None:
        return None
    items, joiner = listed
    window = _window(match) if match["n"] else None
    if match["n"] and window is None:
        return None
    status = _status_of(match)
    negated = bool(match["neg"])
    if status is None:
        if window is None and not negated:
            return None  # "Radiotherapy", "Warfarin": a name alone says neither taken nor when
        status = "ever"
    therapy = any(item.kind == "therapy" for item in items)
    if window is None and not negated and status == "use" and therapy:
        return None  # "Radiotherapy to the pelvis": when is not said
    if window is not None and status in ("chronic", "regular", "daily", "alongside", "recent"):
        return None  # "Chronic use of X within 4 weeks": two times in one sentence
    if negated and status in ("chronic", "regular", "daily", "recent", "now-or-before"):
        return None
    if negated and status in ("use", "ever"):
        status = "before"
    return TreatmentUse(
        treatments=items,
        joiner=joiner,
        status=status,
        window=window,
        negated=negated,
        purpose=_purpose(match["purpose"]),
        any_form=bool(match["any_form"]),
    )


# Sentences this reads are short: a longer one is not tried (the long ones cost the most to try).
_USE_PATTERN = (
    r"(?=.{0,220}$)(?:(?:any\s+)?(?:patients?|subjects?|participants?)\s+(?:who\s+)?)?"
    r"(?P<neg>(?:no|not|never|without|has not|have not|has never|have never|did not|must not have)\s+)?"
    rf"(?P<status>(?:{_STATUS})\s+)?"
    rf"(?P<list>{_LIST})"
    r"(?P<any_form>\s+(?:in|of)\s+any\s+(?:form|kind|type|preparation|route))?"
    r"(?P<suffix>\s+(?:use|usage|intake|therapy|treatment|administration|users?))?"
    rf"(?:\s+(?:for|in)\s+(?P<purpose>{_PURPOSE}))?"
    rf"(?:\s*,?\s*{_WINDOW})?"
)


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
    phrase: str
    number: str
    unit: str
    status: Literal["now", "use", "window"]
    window: Window | None = None

    def sentence(self) -> str:
        dose = f"{self.phrase} {self.number} {self.unit} a day of prednisone or the same dose of another steroid"
        if self.window:
            return f"You took {dose} {self.window.sentence()}."
        return f"You {'take' if self.status == 'use' else 'take'} {dose}{' now' if self.status == 'now' else ''}."


def _dose(match: re.Match) -> SteroidDose | None:
    window = _window(match) if match["n"] else None
    if match["n"] and window is None:
        return None
    now = bool(re.search(r"current|ongoing|receiving|taking", match[0], re.IGNORECASE))
    return SteroidDose(
        phrase=comparison_phrase(match["cmp"]),
        number=match["dose"],
        unit=match["mg"].lower(),
        status="window" if window else "now" if now else "use",
        window=window,
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

    def sentence(self) -> str:
        kind = (
            "another study testing a drug or device"
            if self.device
            else "another study testing a drug"
            if self.drug
            else "another study that tests a treatment"
            if self.interventional
            else "another study"
        )
        if self.negated:
            if self.window:
                return f"You have not been in {kind} {self.window.sentence()}."
            return f"You are not in {kind} now."
        if self.window and self.now:
            return f"You are in {kind} now, or were in one {self.window.sentence()}."
        if self.window:
            return f"You were in {kind} {self.window.sentence()}."
        return f"You are in {kind} now."


_STUDY = (
    r"(?:an?(?:ny)?\s+|the\s+)?(?P<other>other\s+|another\s+)?(?P<kind>(?:clinical\s+|interventional\s+|investigational\s+|"
    r"therapeutic\s+|research\s+|drug\s+|medical\s+|(?:investigational\s+)?drug\s+|treatment\s+)*)"
    r"(?:clinical\s+)?(?:research\s+)?(?:study|studies|trials?|investigations?|research(?:\s+stud(?:y|ies))?)"
    r"(?P<testing>\s+(?:of|with|involving|testing)\s+(?:an?y?\s+)?(?:investigational|experimental)\s+(?:drugs?|agents?|products?|"
    r"treatments?|therap(?:y|ies)|medications?)(?P<device>\s+or\s+(?:medical\s+)?devices?)?)?"
)


def _other_study(match: re.Match) -> OtherStudy | None:
    window = _window(match) if match["n"] else None
    if match["n"] and window is None:
        return None
    if not (match["other"] or window or match["now"] or match["current_or"]):
        return None  # "Participation in a clinical trial": which one, and when, is not said
    kind = (match["kind"] or "").lower()
    drug = bool(re.search(r"drug|investigational|therapeutic", kind)) or bool(match["testing"])
    interventional = "interventional" in kind and not drug
    negated = bool(match["neg"])
    if negated and match["current_or"]:
        return None
    if window is None:
        if match["past"]:
            return None  # "Participated in another study": when is not said
        return OtherStudy(
            now=True, drug=drug, device=bool(match["device"]), interventional=interventional, negated=negated
        )
    # Within a window: "participation in" includes now; "participated in" is said of the past.
    now = bool(match["now"] or match["current_or"]) or not match["past"]
    return OtherStudy(
        now=now and not negated,
        window=window,
        drug=drug,
        device=bool(match["device"]),
        interventional=interventional,
        negated=negated,
    )


_OTHER_STUDY_PATTERN = (
    r"(?=.{0,200}$)(?:(?:patients?|subjects?|participants?)\s+(?:who\s+)?)?"
    r"(?P<neg>(?:no|not|has not|have not)\s+)?"
    r"(?:(?P<current_or>(?:current(?:ly)?|present)\s+or\s+(?:previous|prior|recent|past)\s+)|(?P<now>(?:current(?:ly)?|concurrent|"
    r"simultaneous|ongoing|present(?:ly)?)\s+))?"
    r"(?:(?:is |are )?(?:participation|participating|enrolled|enrolment|enrollment|involvement|taking part|"
    r"(?P<past>participated|took part|been enrolled|been in|been involved|was in|were in|enrolled)|inclusion)\s+in\s+)"
    + _STUDY
    + rf"(?:\s*,?\s*{_WINDOW})?"
)


RECOGNISERS = (
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
        r"(?P<status>(?:current |ongoing |chronic |current chronic )?(?:use of |treatment with |receiving |taking |therapy with )?)"
        r"(?:(?:systemic |oral )?(?:cortico)?steroids?(?: therapy| treatment)?(?: at a dose(?: of)?| with a dose)?\s*\(?\s*)?"
        rf"(?P<cmp>{COMPARISON})\s*(?P<dose>{NUMBER})\s*(?P<mg>mg)\s*(?:/\s*day|per day|a day|daily)\s*(?:of\s+)?"
        r"(?:oral\s+)?prednis(?:one|olone)(?:\s*(?:\(\s*or\s+(?:an?\s+)?equivalent\s*\)|or\s+(?:its\s+|an?\s+|the\s+)?equivalent(?:s| dose)?|"
        r"equivalents?))\)?"
        rf"(?:\s*,?\s*{_WINDOW})?",
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
    recogniser("treatment-use", (*trigger_words(), *_DRUG_ENDINGS), _USE_PATTERN, _use),
)
