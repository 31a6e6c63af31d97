"""Other health conditions, named with a state and a time: "History of myocardial infarction within 6 months".

One reader (`read_conditions`) takes a sentence that names one or more conditions from the plain-name
table (condition_names.py) and says what the sentence says about them:
- its state: you have them, have had them, have or have had them, are known to have them, may have
  them, a doctor has found them, there are signs of them ("evidence of"), or not ("No history of");
- each condition's own words: active, uncontrolled, severe, symptomatic, chronic, unstable ...;
- "clinically significant": a doctor's judgement, said as one ("that your doctor considers serious");
- a time window and what it counts from ("within 6 months before randomization"), or how long it
  has lasted ("for at least 6 months");
- how the conditions are joined ("or", "and"): a list joined by commas alone, or by both, is not read.
Any word it does not know (an exception, a cause, an example, a condition not in the table) and the
sentence is not read: it stays in the study's own words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from trialpages.eligibility.comparators import COMPARISON, comparison_phrase
from trialpages.eligibility.facts.base import COUNT, NUMBER, WHO, Fact, count, plural, recogniser, said_at
from trialpages.eligibility.facts.condition_names import (
    SHORT_ABBREVIATIONS,
    TOKEN,
    LayName,
    lay_name,
    name_at,
    names_any,
    short_triggers,
    trigger_words,
    words_of_names,
)

State = Literal[
    "has",
    "had",
    "has or had",
    "current or had",
    "current",
    "recent",
    "known",
    "known had",
    "known or suspected",
    "suspected",
    "documented",
    "documented had",
    "signs",
    "diagnosed",
    "current diagnosed",
    "diagnosed had",
    "diagnosed or suspected",
    "had or signs",
    "also",
    "recovering",
]
# How each state is said: (to "you", to "a man who"/"a woman who").
_SAID: dict[State, tuple[str, str]] = {
    "has": ("have", "has"),
    "had": ("have had", "has had"),
    "has or had": ("have or have had", "has or has had"),
    "current or had": ("currently have or have had", "currently has or has had"),
    "current": ("currently have", "currently has"),
    "recent": ("have recently had", "has recently had"),
    "known": ("are known to have", "is known to have"),
    "known had": ("are known to have had", "is known to have had"),
    "known or suspected": ("are known or thought to have", "is known or thought to have"),
    "suspected": ("are thought to have", "is thought to have"),
    "signs": ("have signs of", "has signs of"),
    "had or signs": ("have had or have signs of", "has had or has signs of"),
    "also": ("also have", "also has"),
    "recovering": ("are recovering from", "is recovering from"),
}
_NOT_SAID: dict[State, tuple[str, str]] = {
    "has": ("do not have", "does not have"),
    "had": ("have never had", "has never had"),
    "has or had": ("do not have and have never had", "does not have and has never had"),
    "current": ("do not currently have", "does not currently have"),
    "known": ("are not known to have", "is not known to have"),
    "known had": ("are not known to have had", "is not known to have had"),
    "signs": ("have no signs of", "has no signs of"),
}


class Window(BaseModel):
    """A time back from an event: "within 6 months before randomization"; no event: back from now."""

    model_config = ConfigDict(frozen=True)
    number: str
    unit: str
    event: str | None = None  # in words: "you join the study"

    digits: bool = False  # the number was written in digits ("within 1 year"): said as written

    def said(self) -> str:
        one = self.number == "1" and not self.digits  # "within the past year", "within one year": "in the last year"
        span = self.unit.rstrip("s") if one else plural(self.number, self.unit)
        return f"in the {span} before {self.event}" if self.event else f"in the last {span}"


class Duration(BaseModel):
    """How long a condition has lasted: "for at least 6 months"."""

    model_config = ConfigDict(frozen=True)
    phrase: str | None  # "at least", "more than" ...; None: "for 6 months"
    number: str
    unit: str
    past: bool = False  # "for the past 6 months"

    def said(self) -> str:
        if self.past:
            return f"for the past {plural(self.number, self.unit)}"
        return f"for {self.phrase + ' ' if self.phrase else ''}{plural(self.number, self.unit)}"


class Conditions(Fact):
    """One or more named health conditions, what the sentence says of them, and when."""

    names: tuple[str, ...]  # each plain name with its own words ("uncontrolled high blood pressure")
    # Events named beside conditions one has ("heart failure, ..., myocardial infarction"): "or you have had ..."
    had_names: tuple[str, ...] = ()
    # How the names are joined; "," a bare list ("COPD, CHF, diabetes"): any one of them only under an exclusion list.
    joiner: Literal["or", "and", ","] = "or"
    state: State = "has"
    negated: bool = False
    serious: bool = False  # "clinically significant": the doctor's judgement
    who: Literal["man", "woman"] | None = None
    window: Window | None = None
    duration: Duration | None = None
    at: str | None = None  # "at screening": when it is looked for
    place: str | None = None  # "in the area to be treated": where on the body
    needing: str | None = None  # "systemic treatment": what the (single) condition needs
    plural: bool = False  # the single condition's name is plural ("infections that need ...")
    stated: bool = True  # the sentence says the state itself; False: a bare name ("Hypertension")
    judge: bool = False  # "in the opinion of the investigator": the study doctor judges "significant"
    examples: tuple[str, ...] = ()  # "such as bipolar disorder or psychosis": plain names of the examples
    examples_word: Literal["such as", "including"] = "such as"  # "including" names members it covers for sure
    examples_joiner: Literal["or", "and"] = "or"
    clause: str | None = None  # said after the (single) name: "that is not well controlled by treatment"
    need_past: bool = False  # "that required steroids": the need was in the past
    need_window: Window | None = None  # "that has required systemic treatment in the past 2 years"

    @property
    def bare(self) -> bool:
        """A bare name says nothing of when: under a lead-in ("History of the following:") the lead-in says it, so
        "You have ..." would be wrong there."""
        return not self.stated

    def sentence_in(self, kind: str) -> str | None:
        if self.joiner == "," and kind != "exclusion":
            return None  # a bare list: all of them, or any one? Only an exclusion list says "any"
        return self.sentence()

    def sentence(self) -> str:
        listed = _joined(list(self.names), "or" if self.joiner == "," else self.joiner)
        if self.place:
            listed += f" {self.place}"
        if self.clause:
            listed += f" {self.clause}"
        if self.needing:
            in_past = self.state in ("had", "known had")
            if self.need_window or (self.need_past and not in_past and not self.window):
                verb = "have needed" if self.plural else "has needed"
            elif self.need_past:
                verb = "needed"
            else:
                verb = (
                    "needed"
                    if self.state in ("had", "known had") or self.window
                    else "need"
                    if self.plural
                    else "needs"
                )
            listed += f" that {verb} {self.needing}"
            if self.need_window:
                listed += f" {self.need_window.said()}"
        serious = (
            " that the study doctor considers serious"
            if self.judge and self.serious
            else " that your doctor considers serious"
            if self.serious
            else ""
        )
        when = "".join(f" {part.said()}" for part in (self.window, self.duration) if part is not None)
        # "Recovering from cancer within 12 months prior to enrollment": a recovery at some time in that window.
        recovered_within = self.state == "recovering" and self.window is not None
        if recovered_within:
            when = f" at some time{when}"
        at = f" {self.at}" if self.at else ""
        if self.judge and not self.serious:
            at += ", in the study doctor's opinion"
        if self.examples:
            serious += f", {self.examples_word} {_joined(list(self.examples), self.examples_joiner)}"
            if when or at:
                serious += ","
        if self.state in ("diagnosed", "current diagnosed"):
            now = "currently " if self.state == "current diagnosed" else ""
            return f"A doctor has found that you {now}have {listed}{serious}{when}{at}."
        if self.state == "diagnosed had":  # "Previous diagnosis of osteoporosis"
            return f"A doctor has found in the past that you have {listed}{serious}{at}."
        if self.state == "diagnosed or suspected":
            return f"A doctor has found, or thinks, that you have {listed}{serious}{at}."
        if self.state in ("documented", "documented had"):
            had = " had" if self.state == "documented had" else ""
            return f"Your medical records show that you have{had} {listed}{serious}{when}{at}."
        said = (_NOT_SAID if self.negated else _SAID)[self.state]
        verb = said[0] if self.who is None else said[1]
        if recovered_within:
            verb = "have been recovering from" if self.who is None else "has been recovering from"
        if self.negated and self.state == "had" and (self.window or self.duration):
            verb = "have not had" if self.who is None else "has not had"
        subject = "You" if self.who is None else f"You are a {self.who} who"
        if self.had_names:
            return f"{subject} {verb} {listed}, or you have had {_joined(list(self.had_names), 'or')}."
        if serious and len(self.names) > 1 and not self.examples and not self.needing and not self.clause:
            # "Significant active systemic or localized infection" (NCT01601353, sample 16: LOSSY): said after the
            # last name, "that your doctor considers serious" read as about that one only; it holds for each.
            judge = "the study doctor" if self.judge else "your doctor"
            return f"{subject} {verb} {listed}{when}{at}, and {judge} considers it serious."
        if serious and self.window is not None and not self.examples:
            # "Significant renal insufficiency within the last 6 months": the time first, the doctor's judgement last.
            return f"{when.strip()[:1].upper()}{when.strip()[1:]}, {subject.lower()} {verb} {listed}{serious}{at}."
        return f"{subject} {verb} {listed}{serious}{when}{at}."


def _joined(members: list[str], joiner: str) -> str:
    if len(members) == 1:
        return members[0]
    return ", ".join(members[:-1]) + f" {joiner} " + members[-1]


# --- Reading a sentence -------------------------------------------------------------------------------

# Words of the state before the first name, by what they say.
_STATE_WORDS = {
    "history": "had",
    "past": "had",
    "prior": "had",
    "previous": "had",
    "previously": "had",
    "had": "had",
    "former": "had",
    "current": "now",
    "currently": "now",
    "ongoing": "now",
    "present": "has",
    "presence": "has",
    "existence": "has",
    "has": "has",
    "have": "has",
    "suffering": "has",
    "existing": "has",
    "having": "has",
    "known": "known",
    "suspected": "suspected",
    "documented": "documented",
    "evidence": "signs",
    "signs": "signs",
    "diagnosis": "diagnosed",
    "diagnosed": "diagnosed",
    "recent": "recent",
    "recently": "recent",
    "pre-existing": "has",
    "preexisting": "has",
    "suffered": "had",
    "experienced": "had",
    # Another condition beside the one studied ("concomitant", "concurrent"): "also", never "current".
    "concomitant": "also",
    "concurrent": "also",
    "coexisting": "also",
    "co-existing": "also",
    "coexistent": "also",
    "co-existent": "also",
    "recovering": "recovering",
}
# Words that only join state words, each allowed only before (or after) the words it joins.
_BEFORE_STATE = {"or", "and", "and/or", "be", "been", "is", "are", "must", "should", "do", "does", "did", "will"}
_JOINING = {
    # the word before
    "of": {"history", "evidence", "diagnosis", "presence", "existence", "absence", "signs", "free", "suspicion"},
    "from": {"suffering", "suffered", "free", "recovering"},
    "with": {"diagnosed"},
    "to": {"known"},
}
_BEFORE_HISTORY = {
    "personal": {"history"},
    "clinical": {"history", "diagnosis", "evidence"},
    "medical": {"history", "diagnosis"},
    "confirmed": {"diagnosis"},
    "established": {"diagnosis"},
}
_NEGATIONS = {"no", "not", "never", "without", "absence", "free", "none"}

# A condition's own words, as said before its plain name ("" : a word the reader knows but does not say).
_QUALIFIERS = {
    "active": "active",
    "uncontrolled": "uncontrolled",
    "poorly controlled": "poorly controlled",
    "inadequately controlled": "poorly controlled",
    "medically uncontrolled": "uncontrolled",
    "uncontrollable": "uncontrollable",
    "severe": "severe",
    "serious": "serious",
    "moderate": "moderate",
    "mild": "mild",
    "moderate or severe": "moderate or severe",
    "moderate to severe": "moderate to severe",
    "moderate-to-severe": "moderate to severe",
    "moderate-severe": "moderate to severe",
    "mild to moderate": "mild to moderate",
    "mild-to-moderate": "mild to moderate",
    "mild to severe": "mild to severe",
    "chronic": "long-term",
    "acute": "acute",
    "symptomatic": "symptomatic",
    "untreated": "untreated",
    "unstable": "unstable",
    "life-threatening": "life-threatening",
    "life threatening": "life-threatening",
    "life- threatening": "life-threatening",
    "recurrent": "repeated",
    "progressive": "progressive",
    # The extent of a cancer, said as written (the glossary explains them).
    "metastatic": "metastatic",
    "locally advanced": "locally advanced",
    "locally-advanced": "locally advanced",
    "advanced": "advanced",
    "unresectable": "unresectable",
    "relapsed": "relapsed",
    "refractory": "refractory",
    "invasive": "invasive",
    "early": "early",
    "non-squamous": "non-squamous",
    "nonsquamous": "non-squamous",
    "squamous": "squamous",
    "stable": "stable",
    "controlled": "controlled",
    "well controlled": "well-controlled",
    "well-controlled": "well-controlled",
    "treated": "treated",
    "new-onset": "new",
    "new onset": "new",
    "underlying": "",  # "underlying medical conditions": the conditions you have
    "other": "other",  # "other neurological disorders": "other diseases of the brain or nerves", "another ..."
}
# The extent of a cancer: said only of a cancer.
_CANCER_EXTENT = {"metastatic", "locally advanced", "unresectable", "invasive", "non-squamous", "squamous"}
_CANCER_NAME = re.compile(r"cancer|tumou?r|carcinoma|lymphoma|leukemia|myeloma|NSCLC|SCLC|melanoma|malignan", re.I)
# Said after a single name instead: (singular, plural).
_AFTER = {
    "symptomatic": ("that causes symptoms", "that cause symptoms"),
    "uncontrolled": ("that is not controlled", "that are not controlled"),
}
# Words an event (a heart attack) can take; the others describe a lasting state.
_EVENT_QUALIFIERS = {"severe", "serious", "life-threatening", "repeated", "acute"}
_SERIOUS = re.compile(r"^(?:clinically (?:significant|important|relevant)|medically significant|significant)\s+", re.I)
# Each qualifier's first word (before any hyphen) -> its spellings, longest first.
_QUALIFIERS_BY_FIRST: dict[str, list[str]] = {}
for _spelling in sorted(_QUALIFIERS, key=len, reverse=True):
    _QUALIFIERS_BY_FIRST.setdefault(_spelling.split()[0].split("-", 1)[0], []).append(_spelling)

_EVENT = (
    r"(?P<event>(?:the )?(?:first|1st|initial) (?:study )?(?:dose|administration)(?: of (?:the )?(?:study|investigational) "
    r"(?:drug|treatment|medication|intervention|therapy|product))?|(?:the )?start of (?:the )?(?:study )?(?:treatment|therapy|"
    r"drug)|(?:starting |initiation of |initiating )(?:the )?study (?:treatment|therapy|drug)|study (?:treatment |therapy |drug )?"
    r"(?:start|entry|initiation|day 1)|(?:the )?(?:study )?(?:enrol?lment|enrolment)|entry (?:into|in) (?:the )?study|"
    r"(?:the )?randomi[sz]ation|registration|inclusion|(?:the )?screening(?: visit)?|visit 1|(?:the )?baseline(?: visit)?|"
    r"(?:the )?enrol?lment (?:into|in) (?:the |this )?(?:study|trial)|starting the study|"
    r"(?:cycle 1,? )?day 1|c1d1|(?:signing (?:the )?|signature of (?:the )?)?(?:informed )?consent(?: form)?)"
)
_EVENTS = (
    ("enrol", "you join the study"),
    ("randomi", "you join the study"),
    ("registration", "you join the study"),
    ("entry", "you join the study"),
    ("inclusion", "you join the study"),
    ("screening", "the first study visit"),
    ("visit 1", "study visit 1"),
    ("baseline", "the start of the study (baseline)"),  # not its first visit (see base.said_at)
    ("consent", "you agree to take part"),
    ("study drug", "your first study treatment"),
    ("study treatment", "your first study treatment"),
    ("study therapy", "your first study treatment"),
    ("study initiation", "you start the study"),
    ("study start", "you start the study"),
    ("starting the study", "you start the study"),
)
_UNIT = r"(?P<unit>days?|weeks?|months?|years?)"
_WINDOW = re.compile(
    rf"\s+(?:(?:with)?in|during|over)\s+(?:the\s+)?(?P<last>(?:last|past|previous|prior|preceding)\s+)?(?:(?P<n>{COUNT})\s*)?"
    rf"{_UNIT}(?:\s+(?:before|prior to|preceding|of|from)\s+{_EVENT}|\s+prior)?$",
    re.IGNORECASE,
)
_DURATION = re.compile(
    rf"\s+(?:(?:for|of|lasting|with a duration of|present for|since)\s+)?(?:(?P<past>the (?:past|last) )|(?P<cmp>{COMPARISON})\s*)?"
    rf"(?P<n>{COUNT})[\s-]*{_UNIT}(?P<more>\s+or (?:more|longer|greater))?(?:'?\s+(?:duration|in duration))?$",
    re.IGNORECASE,
)
_LEADING_DURATION = re.compile(
    rf"^(?:(?:a )?(?:minimum(?: of)?|(?P<cmp>{COMPARISON}))\s*)?(?:an? )?(?P<n>{COUNT})[\s-]*(?P<unit>days?|weeks?|months?|years?)"
    r"(?P<more>\s+or (?:more|longer))?\s+(?:history|duration)\s+of\s+",
    re.IGNORECASE,
)
# What a condition needs: "requiring systemic therapy" -> "systemic treatment".
_NEEDS = (
    (r"systemic (?:therapy|treatment)|systemic antimicrobial (?:therapy|treatment)", "systemic treatment"),
    (
        r"systemic (?:corticosteroids|steroids|steroid (?:therapy|treatment)|corticosteroid (?:therapy|treatment))",
        "systemic steroids",
    ),
    (
        r"(?:corticosteroids|steroids|steroid (?:therapy|treatment|medication)|corticosteroid (?:therapy|treatment))",
        "steroids",
    ),
    (
        r"systemic immunosuppress(?:ion|ive (?:therapy|treatment|drugs|medication))(?: therapy)?",
        "systemic treatment to suppress the immune system",
    ),
    (r"anti-?arrhythmic (?:treatment|therapy|drugs|medication|medicines)", "medicine to control the heart rhythm"),
    (
        r"(?:iv|intravenous|parenteral) (?:antibiotics|antibiotic therapy|antibiotic treatment),? (?:antivirals|antiviral therapy),? "
        r"or (?:antifungals|antifungal therapy)",
        "antibiotics, antivirals or antifungals through a vein (IV)",
    ),
    (
        r"parenteral (?:antibiotics|antibiotic therapy|antibiotic treatment)",
        "antibiotics by injection or through a vein",
    ),
    (r"(?:iv|intravenous) (?:antibiotics|antibiotic therapy|antibiotic treatment)", "antibiotics through a vein (IV)"),
    # "Systemic" rules out creams and drops: it stays, the glossary explains it.
    (r"systemic (?:antibiotics|antibiotic therapy|antibiotic treatment)", "systemic antibiotics"),
    (r"(?:antibiotics|antibiotic therapy|antibiotic treatment)", "antibiotics"),
    (r"(?:medical )?(?:treatment|therapy)", "treatment"),
    (r"hospitali[sz]ation", "a hospital stay"),
    (r"hemodialysis|haemodialysis", "hemodialysis"),
    (r"dialysis", "dialysis"),
    (r"drainage", "draining"),
    (r"(?:medication|medications|drug treatment)", "medicine"),
    (r"surgery|surgical treatment", "surgery"),
)
_NEEDING = re.compile(
    r",?\s+(?:(?P<past>that (?:has|have) required|which (?:has|have) required|that required|which required|that needed|"
    r"that (?:has|have) needed)|requiring|that requires?|which requires?|needing|that needs?)\s+(?P<need>"
    + "|".join(pattern for pattern, _ in _NEEDS)
    + r")$",
    re.IGNORECASE,
)
_AT = re.compile(
    r",?\s+at (?:the time of )?(?P<at>(?:the )?screening(?: visit)?|enrol?lment|study entry|baseline|randomi[sz]ation)$",
    re.IGNORECASE,
)


# Where on the body, said after the names: "Has a malignancy in the treatment area" (the area the study treats).
_PLACE = re.compile(
    r"\s+(?:in\s+(?:the\s+)?(?P<area>(?:intended\s+)?treatment\s+area|area\s+(?:to\s+be\s+treated|of\s+treatment)|treated\s+area)|"
    r"at\s+the\s+(?P<site>puncture|injection|needle)\s+site)$",
    re.IGNORECASE,
)

_SEPARATORS = {",", "or", "and", "and/or", "&"}


_WORD = re.compile(r"[a-z0-9]+")


def _vocabulary() -> frozenset[str]:
    """Every word the reader can read: in the table's names, its own word lists and its patterns. A sentence with
    any other word ("that", "investigator") cannot be read whole, and is set aside at once."""
    sources = [
        *words_of_names(),
        *_STATE_WORDS,
        *_BEFORE_STATE,
        *_JOINING,
        *_BEFORE_HISTORY,
        *_NEGATIONS,
        *_QUALIFIERS,
        *(word for words in _JOINING.values() for word in words),
        *(word for words in _BEFORE_HISTORY.values() for word in words),
        _EVENT,
        _WINDOW.pattern,
        _DURATION.pattern,
        _LEADING_DURATION.pattern,
        _AT.pattern,
        _PLACE.pattern,
        _SERIOUS.pattern,
        _NEEDING.pattern,
        _JUDGE.pattern,
        _CONTROLLED.pattern,
        _EXAMPLES.pattern,
        _NYHA_BEFORE.pattern,
        _NYHA_AFTER.pattern,
        _NYHA_BRACKET.pattern,
        _WHO_WORDS,
        COMPARISON,
        COUNT,
        "a an any the or and of within enrollment enrolment randomization randomisation hospitalization hospitalisation",
        "antiarrhythmic i ii iii iv",
    ]
    words = {word for source in sources for word in _WORD.findall(source.lower())}
    return frozenset(words | {word[:-1] for word in words if word.endswith("s")})  # "patients?" reads "patient" too


def _event(text: str | None) -> str | None:
    if not text:
        return None
    lowered = text.lower()
    return next((words for key, words in _EVENTS if key in lowered), "your first study treatment")


def read_conditions(text: str, who: str = "", *, split_events: bool = False) -> Conditions | None:
    """The conditions `text` names, with their state and time; None when any part of it is not understood.
    `split_events`: a list of conditions and events ("Congestive heart failure, ..., myocardial infarction") may be
    said in two clauses, for a reader that says the sentence whole."""
    body = text.strip().rstrip(" .;,")
    window = duration = at = None
    lowered = body.lower()
    judge = False
    if "investigator" in lowered and (match := _JUDGE.search(body)):
        judge, body = True, body[: match.start()].rstrip(" ,")
    examples = _examples(body) if _EXAMPLE_HINT.search(lowered) else None
    if examples is not None:
        if examples is False:
            return None
        body = examples.head
    timed = "day" in lowered or "week" in lowered or "month" in lowered or "year" in lowered
    if timed and (match := _LEADING_DURATION.match(body)):
        duration = _duration(match)
        body = "history of " + body[match.end() :]
    if not timed:
        pass
    elif match := _WINDOW.search(body):
        if match["n"] is None and (not match["last"] or match["unit"].lower().endswith("s")):
            return None  # "within months": no number to say
        window = Window(
            number=count(match["n"]) if match["n"] else "1",
            unit=match["unit"].lower(),
            event=_event(match["event"]),
            digits=bool(match["n"]) and match["n"][0].isdigit(),
        )
        body = body[: match.start()]
    elif duration is None and (match := _DURATION.search(body)) and _duration_lead(body[: match.start()], match):
        duration = _duration(match)
        body = body[: match.start()]
    if " at " in lowered and (match := _AT.search(body)):
        at = said_at(match["at"])
        body = body[: match.start()]
    place = None
    if ("area" in lowered or "site" in lowered) and (match := _PLACE.search(body)):
        place = "in the area to be treated" if match["area"] else "where the needle will go in"
        body = body[: match.start()]
    if examples is None and _EXAMPLE_HINT.search(body):  # "History of X, such as A or B, within 6 months"
        examples = _examples(body)
        if not examples:
            return None
        body = examples.head
    needing = need_window = None
    need_past = False
    if "requir" in lowered or "need" in lowered:
        match = _NEEDING.search(body)
        if match is None:
            return None
        needing = next(said for pattern, said in _NEEDS if re.fullmatch(pattern, match["need"], re.IGNORECASE))
        need_past = match["past"] is not None
        if window is not None and need_past and re.search(r"\b(?:has|have)\b", match["past"], re.IGNORECASE):
            need_window, window = window, None  # "that has required systemic treatment in the past 2 years"
        body = body[: match.start()]
    clause = None
    if "controlled" in lowered and (match := _CONTROLLED.search(body)):
        clause = match
        body = body[: match.start()]
    if at is None and " at " in lowered and (match := _AT.search(body)):
        at = said_at(match["at"])
        body = body[: match.start()]
    tokens = TOKEN.findall(body)
    negated, state, start = _state(tokens)
    if state is None:
        return None
    tokens = tokens[start:]
    serious = False
    rest = " ".join(tokens)
    if match := _SERIOUS.match(rest):
        # "Significant congestive heart failure (New York Heart Association class III or greater)" (NCT05649371,
        # sample 27: WRONG as "that your doctor considers serious"): a class, grade or stage says how serious.
        serious = not _SEVERITY_GIVEN.search(rest)
        tokens = TOKEN.findall(rest[match.end() :])
    listed = _names(tokens)
    if listed is None:
        return None
    names, joiner = listed
    if start == 0 and any(item.name.surgery for item in names):
        return None  # "Radical prostatectomy" alone (NCT00873665): done, under way or to come is not said
    more = needing is not None or clause is not None or examples is not None  # words said after the name
    fact = _fact(
        names, joiner, state, negated, serious, _who(who), window, duration, at, more=more, split_events=split_events
    )
    if fact is None:
        return None
    single = len(fact.names) == 1
    if (needing is not None or clause is not None or examples is not None) and (
        not single
        or fact.negated
        or ((needing is not None or clause is not None) and (" that " in fact.names[0] or " when " in fact.names[0]))
    ):
        # "infection or fever requiring treatment": what needs it is not said plainly; a name with its own clause
        # ("that causes symptoms") cannot take a second one; "no X such as Y": not said plainly.
        return None
    update: dict = {"judge": judge, "place": place}
    if place is not None and (needing is not None or clause is not None or examples is not None or fact.had_names):
        return None  # one thing said after the names at a time
    if needing is not None:
        if fact.state not in ("has", "had", "current", "known", "signs", "known had", "also"):
            return None
        update |= {"needing": needing, "plural": names[0].name.plural, "need_past": need_past}
        update["need_window"] = need_window
    if clause is not None:
        if fact.state not in ("has", "had", "current", "known", "known had") or names[0].name.event:
            return None
        plural = names[0].name.plural
        # "History of hypertension that is not controlled": "You have had ... that is not controlled", the history
        # and the present tense both kept (sample 28, NCT05366842: LOSSY as "You have ..." without the history).
        if clause["now"] or fact.state not in ("had", "known had"):
            verb = "are" if plural else "is"
        else:
            verb = "were" if plural else "was"
        how = "well " if clause["how"] else ""
        by = " by treatment" if clause["by"] else ""
        update["clause"] = f"that {verb} not {how}controlled{by}"
    if examples is not None:
        if (
            needing is not None
            or clause is not None
            or " that " in fact.names[0]
            or " when " in fact.names[0]
            or not _KIND_OF.search(" ".join(names[0].words))
        ):
            # Examples of a kind of condition only ("psychiatric disease, such as ..."): "priapism, such as sickle
            # cell anemia" names its causes, not kinds of it; after "that needs ..." they would read as treatments.
            return None
        update |= {
            "examples": examples.names,
            "examples_word": examples.word,
            "examples_joiner": examples.joiner,
        }
    fact = fact.model_copy(update=update)
    if start == 0 and not (who or window or duration or at or serious or needing or clause or examples):
        return fact.model_copy(update={"stated": False})
    return fact


# A plain name that ends in a cause or a clause ("caused by poor blood flow", "from diabetes", "that ..."), unless a
# bracketed term closes it ("eye damage from diabetes (diabetic retinopathy)").
_OPEN_TAIL = re.compile(r"\b(?:caused by|from|that(?! is not melanoma)|when|which|who)\b")
# A name that is a kind of condition, which examples can be of.
_KIND_OF = re.compile(
    r"(?:diseases?|disorders?|conditions?|illness(?:es)?|infections?|abnormalit(?:y|ies)|malformations?|deformit(?:y|ies)|"
    r"problems|dysfunction|impairment|insufficiency|patholog(?:y|ies)|malignanc(?:y|ies)|cancers?|tumou?rs?|injur(?:y|ies))$",
    re.IGNORECASE,
)
# The study doctor's judgement after a "clinically significant" condition.
_JUDGE = re.compile(
    r",?\s*\(?\s*(?:in the (?:opinion|judg?e?ment|view) of the (?:study |treating |principal )?(?:investigator|physician|doctor)s?"
    r"|in the (?:study )?investigator'?s'? (?:opinion|judg?e?ment)"
    r"|as (?:determined|judged|assessed|deemed|defined) by (?:the )?(?:study |treating |principal )?(?:investigator|physician|doctor)"
    r"|(?:as )?per (?:the )?investigator'?s?(?: (?:judg?e?ment|discretion|opinion))?"
    r"|at the (?:discretion of the investigator|investigator'?s discretion)"
    r"|according to the investigator(?:'?s (?:judg?e?ment|opinion))?)\s*\)?$",
    re.IGNORECASE,
)
# "Not controlled" said after a name: "Epilepsy not adequately controlled by treatment".
_CONTROLLED = re.compile(
    r",?\s+(?:(?:that|which) (?P<now>is|are) )?not (?P<how>adequately |well |properly |sufficiently )?controlled"
    r"(?P<by> (?:on|by|with) (?:the )?(?:treatment|therapy|medication|medications|medicines?|drugs?))?$",
    re.IGNORECASE,
)
# Examples of a condition ("such as", "e.g.") or members it covers ("including"), at the end of the sentence.
_EXAMPLE_HINT = re.compile(
    r"\b(?:such as|e\.?\s?g\b|eg\b|for example|for instance|including|incl\b|etc\b)", re.IGNORECASE
)
_EXAMPLES = re.compile(
    r",?\s*\(\s*(?P<word>e\.?\s?g\.?|eg|for example|for instance|such as|including|incl\.?)\s*[,:]?\s*"
    r"(?P<but>but not limited to\s*:?\s*)?(?P<inner>[^()]+?)(?:,?\s*etc\.?)?\s*\)$"
    r"|,?\s*\(\s*(?P<etc>[^()]+?),?\s*etc\.?\s*\)$"
    r"|,?\s+(?P<word2>such as|e\.?\s?g\.?|eg|for example|for instance|including)\s*[,:]?\s+"
    r"(?P<but2>but not limited to\s*:?\s*)?(?P<outer>[^()]+?)(?:,?\s*etc\.?)?$",
    re.IGNORECASE,
)


class _Examples:
    __slots__ = ("events", "head", "joiner", "names", "word")

    def __init__(self, head: str, names: tuple[str, ...], events: tuple[bool, ...], word: str, joiner: str) -> None:
        self.head, self.names, self.events, self.word, self.joiner = head, names, events, word, joiner

    def __bool__(self) -> bool:
        return True


def _examples(body: str) -> _Examples | Literal[False] | None:
    """The examples at the end of `body` ("..., such as bipolar disorder or psychosis"), each a name the table
    knows; None when there are none, False when they are there but not all understood."""
    match = _EXAMPLES.search(body)
    if match is None:
        return None
    word = (match["word"] or match["word2"] or "").lower()
    listed = match["inner"] or match["outer"] or match["etc"]
    head = body[: match.start()].rstrip(" ,")
    if not head or ";" in listed or ":" in listed:
        return False
    found = _named_list(TOKEN.findall(listed))
    if found is None:
        return False
    named, separators = found
    if (
        len(named) > 1
        and _PLACE_WORD.match(named[0].words[0])
        and any(_UNPLACED.fullmatch(" ".join(item.words)) for item in named[1:])
    ):
        # "Significant penile fibrosis, curvature or infection" (NCT00507286, sample 9: LOSSY): the infection is the
        # penis's too; said alone, "an infection" is any infection.
        return None
    if any(item.name.surgery for item in named):
        # "central nervous system disorders such as stroke, ... or a radical prostatectomy" (NCT01305083): a surgery is
        # no example of a disease; the sentence names it beside them.
        return False
    joiners = {part for separator in separators for part in separator.replace("and/or", "or").split()} - {","}
    names: list[str] = []
    for item in named:
        said = _said(item, single=len(named) == 1)
        if said is None:
            return False
        names.append(said)
    return _Examples(
        head,
        tuple(names),
        tuple(item.name.event for item in named),
        "including" if word.startswith("incl") else "such as",
        "and" if joiners == {"and"} else "or" if joiners <= {"or"} else "or",
    )


def _duration(match: re.Match) -> Duration:
    phrase = comparison_phrase(match["cmp"]) if match["cmp"] else ("at least" if match["more"] else None)
    if (
        match.re is _LEADING_DURATION
        and match["cmp"] is None
        and not match["more"]
        and "minimum" not in match[0].lower()
    ):
        phrase = None
    elif match.re is _LEADING_DURATION and "minimum" in match[0].lower():
        phrase = "at least"
    past = match.re is _DURATION and bool(match["past"])
    return Duration(phrase=phrase, number=count(match["n"]), unit=match["unit"].lower(), past=past)


def _duration_lead(before: str, match: re.Match) -> bool:
    """A trailing time is a duration only when a word says so ("for", "of", "lasting") or a comparison does."""
    said = match[0].strip().lower()
    return bool(before) and (
        said.startswith(("for ", "of ", "lasting ", "with a duration", "present for", "since "))
        or bool(match["cmp"])
        or bool(match["more"])
    )


def _who(text: str) -> Literal["man", "woman"] | None:
    lowered = text.lower()
    if re.search(r"\b(?:men|males?)\b", lowered):
        return "man"
    if re.search(r"\b(?:women|females?)\b", lowered):
        return "woman"
    return None


def _state(tokens: list[str]) -> tuple[bool, State | None, int]:
    """(negated, state, where the names start) from the words before the first name."""
    said: set[str] = set()
    negated = False
    words = [token.lower() for token in tokens]
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        previous = words[index - 1] if index else ""
        if word in _NEGATIONS:
            negated = True
        elif word in _STATE_WORDS:
            said.add(_STATE_WORDS[word])
        elif not _joins_state(word, previous, following):
            return negated, _state_of(said), index
    return negated, None, len(tokens)


def _joins_state(word: str, previous: str, following: str) -> bool:
    """Is `word` one that only joins the state words around it ("history of", "current or past")?"""
    return (
        word in ("a", "an", "any", "the")
        or (
            word in _BEFORE_STATE
            and (following in _STATE_WORDS or following in _NEGATIONS or following in _BEFORE_HISTORY)
        )
        or (word in _JOINING and previous in _JOINING[word])
        or (word in _BEFORE_HISTORY and following in _BEFORE_HISTORY[word])
    )


def _state_of(said: set[str]) -> State | None:
    if said <= {"has"}:
        return "has"
    if said == {"had"}:
        return "had"
    if said in ({"had", "has"},):
        return "has or had"
    if said in ({"had", "now"}, {"had", "now", "has"}):
        return "current or had"
    if said in ({"now"}, {"now", "has"}):
        return "current"
    if said in ({"recent"}, {"recent", "had"}):
        return "recent"
    if said in ({"known"}, {"known", "has"}):
        return "known"
    if said == {"known", "had"}:
        return "known had"
    if said in ({"known", "suspected"}, {"known", "suspected", "has"}):
        return "known or suspected"
    if said == {"suspected"}:
        return "suspected"
    if said in ({"documented"}, {"documented", "has"}):
        return "documented"
    if said == {"documented", "had"}:
        return "documented had"
    if said in ({"signs"}, {"signs", "has"}):
        return "signs"
    if said in ({"diagnosed"}, {"diagnosed", "has"}):
        return "diagnosed"
    if said == {"diagnosed", "had"}:
        return "diagnosed had"
    if said == {"diagnosed", "suspected"}:
        return "diagnosed or suspected"
    if said in ({"had", "signs"}, {"had", "signs", "has"}):
        return "had or signs"
    if said in ({"diagnosed", "now"}, {"diagnosed", "now", "has"}):
        return "current diagnosed"
    if said in ({"also"}, {"also", "has"}):
        return "also"
    if said == {"recovering"}:
        return "recovering"
    return None


class _Named:
    __slots__ = ("grade", "name", "qualifiers", "shared", "words")

    def __init__(self, name: LayName, qualifiers: list[str], words: list[str], shared: bool = False) -> None:
        self.name, self.qualifiers, self.words, self.shared = name, qualifiers, words, shared
        self.grade: str | None = None  # heart failure's NYHA class, as written: "II or higher"


# Heart failure's NYHA class, before the name ("NYHA class II or higher heart failure"), in brackets after it ("(NYHA
# Class II or above)") or after it ("of NYHA class III or IV", "> NYHA class II"). Numerals stay as written.
_CLASS = r"(?:iv|i{1,3}|[1-4])(?![a-z0-9])"
_NY = r"(?:new york heart association|nyha)(?:\s*[(\[]\s*nyha\s*[)\]])?"
_CLASS_WORD = (
    r"(?:(?:functional\s+)?(?:heart failure\s+|hf\s+)?(?:class(?:ification)?(?:\s+class)?|grade|stage)(?:\s+of)?\s*)"
)
_SPEC = (
    rf"(?P<cmp>≥|>=|>|at least|greater than|higher than|more than)?\s*(?:class\s*)?(?P<c1>{_CLASS})"
    rf"(?:\s*(?P<range>-|–|~|to|through)\s*(?:class\s*)?(?P<c2>{_CLASS})"
    rf"|(?P<list>(?:\s*,\s*{_CLASS})*\s*,?\s*(?:or|and|/)\s*(?:class\s*)?{_CLASS})"
    r"|\s+(?P<up>or (?:higher|greater|above|worse|more)|and (?:above|higher|greater|more)))?"
)
_NYHA_BEFORE = re.compile(rf"^{_NY}\s+{_CLASS_WORD}?{_SPEC}(?=\s|$)", re.IGNORECASE)
_NYHA_BRACKET = re.compile(
    rf"^\(\s*(?:(?:defined as\s+)?{_NY}\s+)?{_CLASS_WORD}?{_SPEC}(?:\s+(?:according to|by|as per|per)\s+(?:the\s+)?{_NY}"
    r"(?:\s+(?:classification|criteria))?)?\s*\)$",
    re.IGNORECASE,
)
_NYHA_AFTER = re.compile(
    rf"^(?:(?:of\s+)?{_NY}\s+{_CLASS_WORD}?{_SPEC}|(?P<cmp2>>|≥|greater than|higher than)\s*{_NY}\s+{_CLASS_WORD}?"
    rf"(?P<c3>{_CLASS}))(?=\s|$)",
    re.IGNORECASE,
)
_HEART_FAILURE = "heart failure"


def _grade(match: re.Match) -> str:
    """A NYHA class as the sentence says it: "II or higher", "higher than II", "III to IV", "II, III or IV"."""

    def numeral(text: str) -> str:
        return text.upper()

    if match.re is _NYHA_AFTER and match["c3"]:
        if match["cmp2"] == "≥":
            return f"{numeral(match['c3'])} or higher"
        return f"higher than {numeral(match['c3'])}"
    first = numeral(match["c1"])
    cmp = (match["cmp"] or "").lower()
    if cmp in ("≥", ">=", "at least"):
        return f"{first} or higher"
    if cmp:
        return f"higher than {first}"
    if match["range"]:
        return f"{first} to {numeral(match['c2'])}"
    if match["list"]:
        classes = [first, *(numeral(c) for c in re.findall(_CLASS, match["list"], re.IGNORECASE))]
        return ", ".join(classes[:-1]) + " or " + classes[-1]
    if match["up"]:
        return f"{first} or higher"
    return first


def _nyha_before(tokens: list[str], index: int) -> tuple[str, int] | None:
    if tokens[index].lower() not in ("nyha", "new"):
        return None
    text = " ".join(tokens[index : index + 12])
    match = _NYHA_BEFORE.match(text)
    if match is None:
        return None
    return _grade(match), index + len(TOKEN.findall(match[0]))


def _nyha_after(tokens: list[str], end: int) -> tuple[str, int] | None:
    if end >= len(tokens):
        return None
    if tokens[end].startswith("("):
        match = _NYHA_BRACKET.match(tokens[end])
        if match is None or not re.search(r"nyha|new york", tokens[end], re.IGNORECASE):
            return None  # "(class III or IV)": the class of what scale is not said
        return _grade(match), end + 1
    text = " ".join(tokens[end : end + 12])
    match = _NYHA_AFTER.match(text)
    if match is None:
        return None
    return _grade(match), end + len(TOKEN.findall(match[0]))


def _named_list(tokens: list[str]) -> tuple[list[_Named], list[str]] | None:
    """The named conditions and the separators between them; None unless every token is read."""
    named: list[_Named] = []
    separators: list[str] = []
    index = 0
    while index < len(tokens):
        if named:
            separator = []
            while index < len(tokens) and tokens[index].lower() in _SEPARATORS:
                separator.append(tokens[index].lower())
                index += 1
            if not separator or index >= len(tokens):
                return None
            separators.append(" ".join(separator))
        found = _one(tokens, index, named[-1] if named else None)
        if found is None:
            return None
        item, index = found
        named.append(item)
    if not named:
        return None
    return named, separators


# A place said before the first name of a list, which the bare names after it may share.
_PLACE_WORD = re.compile(
    r"(?:penile|renal|hepatic|cardiac|pulmonary|cerebral|spinal|pelvic|genital|urethral|prostatic|rectal|ocular|"
    r"gastrointestinal|intestinal|vesical|vaginal|testicular|scrotal)$",
    re.IGNORECASE,
)
_UNPLACED = re.compile(
    r"(?:active |acute |chronic |severe |significant )?(?:infections?|inflammation|pain|lesions?|tumou?rs?|injury|"
    r"injuries|bleeding|haemorrhage|hemorrhage|ulcers?|ulceration|deformity|deformities|trauma|fibrosis|"
    r"abnormalit(?:y|ies)|surgery|disease|disorders?|failure|insufficiency|dysfunction|impairment|cancer)",
    re.IGNORECASE,
)


def _names(tokens: list[str]) -> tuple[list[_Named], str] | None:
    """The named conditions and how they are joined; None unless every token is read."""
    found = _named_list(tokens)
    if found is None:
        return None
    named, separators = found
    if (
        len(named) > 1
        and _PLACE_WORD.match(named[0].words[0])
        and any(_UNPLACED.fullmatch(" ".join(item.words)) for item in named[1:])
    ):
        # "Significant penile fibrosis, curvature or infection" (NCT00507286, sample 9: LOSSY): the infection is the
        # penis's too; said alone, "an infection" is any infection.
        return None
    joiners = {
        word for separator in separators for word in separator.replace("and/or", "or").replace("&", "and").split()
    } - {","}
    joiner = "or"
    if len(named) > 1 and not joiners:
        joiner = ","  # a bare list: read as "any of them" only under an exclusion list
    elif len(named) > 1 and (joiners != {"or"} or "or" not in separators[-1]):
        # "and" ("Hypertension and diabetes": both, or either?), or "or" not at the last join: not said plainly.
        return None
    first, rest = named[0], named[1:]
    if first.qualifiers and any(not item.qualifiers for item in rest):
        # "Moderate liver or kidney failure" shares its words and its "moderate"; "Uncontrolled hypertension or
        # diabetes" may or may not mean uncontrolled diabetes: not said plainly.
        if not (first.shared or all(item.shared or _kinds_of_one(first, item) for item in rest)):
            return None
        for item in rest:
            item.qualifiers = item.qualifiers or list(first.qualifiers)
    for before, item in zip(named[1:], named[2:], strict=False):
        # "HIV, active hepatitis B or C": "C" shares "active hepatitis"; an unshared name after a qualified one may or
        # may not take its words.
        if before.qualifiers and not item.qualifiers:
            if not (before.shared or item.shared):
                return None
            item.qualifiers = list(before.qualifiers)
    return named, joiner


def _kinds_of_one(first: _Named, item: _Named) -> bool:
    """ "Active hepatitis B or hepatitis C": kinds of one disease, told apart by a letter, share the first's words."""
    one, other = first.name.noun.split(), item.name.noun.split()
    return (
        len(one) == len(other) == 2
        and one[0] == other[0]
        and all(len(word) == 1 and word.isupper() for word in (one[1], other[1]))
    )


def _one(tokens: list[str], start: int, before: _Named | None) -> tuple[_Named, int] | None:
    """One condition from `start`: its own words, then the longest name the table knows."""
    qualifiers: list[str] = []
    index = start
    while index < len(tokens) and tokens[index].lower() in ("a", "an", "any"):
        index += 1
    grade = None
    if found := _nyha_before(tokens, index):
        grade, index = found
    while index < len(tokens):
        longest = _longest_name(tokens, index)
        if longest is not None:
            name, end = longest
            name_end = end
            end = _abbreviation_after(tokens, end, name)
            if end > name_end and end < len(tokens):  # "human immunodeficiency virus (HIV) infection"
                longer = lay_name(" ".join([*tokens[index:name_end], tokens[end]]))
                if longer is not None:
                    name, end = longer, end + 1
            if grade is None and name.noun == _HEART_FAILURE and (after := _nyha_after(tokens, end)):
                grade, end = after
            if grade is not None and name.noun != _HEART_FAILURE:
                return None  # a NYHA class grades heart failure only
            named = _Named(name, qualifiers, tokens[index:end])
            named.grade = grade
            return named, end
        shared = _shared_head(tokens, index, before) if before is not None and not qualifiers else None
        shared = shared or _shared_tail(tokens, index, qualifiers)
        if shared is not None:
            return shared
        qualifier = _qualifier(tokens, index)
        if qualifier is None:
            return None
        word, index = qualifier
        qualifiers.append(word)
    return None


def _longest_name(tokens: list[str], start: int) -> tuple[LayName, int] | None:
    return name_at(tokens, start)


def _abbreviation_after(tokens: list[str], end: int, name: LayName) -> int:
    """A bracketed abbreviation of the same name ("myocardial infarction (MI)") says nothing more."""
    if end < len(tokens) and tokens[end].startswith("(") and lay_name(tokens[end][1:-1]) == name:
        return end + 1
    return end


def _shared_head(tokens: list[str], index: int, before: _Named) -> tuple[_Named, int] | None:
    """ "hepatitis B or C": the second name borrows the first one's head word ("hepatitis C")."""
    if any(word.lower() in _SEPARATORS for word in before.words):
        return None
    for keep in range(1, len(before.words)):
        head = before.words[:keep]
        for end in range(min(len(tokens), index + 3), index, -1):
            name = lay_name(" ".join([*head, *tokens[index:end]]))
            if name is not None and name != before.name:
                return _Named(name, [], [*head, *tokens[index:end]], shared=True), end
    return None


def _shared_tail(tokens: list[str], index: int, qualifiers: list[str]) -> tuple[_Named, int] | None:
    """ "kidney or liver disease", "cardiac, hepatic or renal dysfunction": a name borrows the last name's
    last words ("kidney disease")."""
    end = index
    while end < len(tokens) and tokens[end].lower() not in _SEPARATORS:
        end += 1
    if end == index or end - index > 3 or end + 1 >= len(tokens):
        return None
    last = None
    position = end
    while position < len(tokens) and last is None:  # the next piece that is a name on its own gives the words
        while position < len(tokens) and tokens[position].lower() in _SEPARATORS:
            position += 1
        piece_end = position
        while piece_end < len(tokens) and tokens[piece_end].lower() not in _SEPARATORS:
            piece_end += 1
        piece = tokens[position:piece_end]
        if len(piece) > 1 and not any(token.startswith("(") for token in piece) and lay_name(" ".join(piece)):
            last = piece
        elif len(piece) > 2 or not piece:
            return None
        position = piece_end
    if last is None:
        return None
    for keep in range(1, min(3, len(last) - 1) + 1):
        words = [*tokens[index:end], *last[-keep:]]
        name = lay_name(" ".join(words))
        if name is not None:
            return _Named(name, qualifiers, words, shared=True), end
    return None


def _qualifier(tokens: list[str], index: int) -> tuple[str, int] | None:
    """A condition's own word ("uncontrolled"), or words joined ("severe or uncontrolled", "untreated, severe")."""
    first = _one_qualifier(tokens, index)
    if first is None:
        return None
    said, index = first
    while index + 1 < len(tokens) and tokens[index].lower() in (",", "or", "and/or"):
        joiner = tokens[index].lower().replace("and/or", "or")
        following = _one_qualifier(tokens, index + 1)
        if following is None:
            break
        said = f"{said}{',' if joiner == ',' else ' or'} {following[0]}"
        index = following[1]
    return said, index


_STAGE = re.compile(
    r"^stage (?:[0-4]|i{1,3}|iv)[a-c]?(?:(?:/| or | to |-)(?:stage )?(?:[0-4]|i{1,3}|iv)[a-c]?)?$", re.IGNORECASE
)


def _one_qualifier(tokens: list[str], index: int) -> tuple[str, int] | None:
    for length in (4, 3, 2):  # a cancer's stage, as written: "stage IV", "stage IIIB or IV"
        said = " ".join(tokens[index : index + length])
        if _STAGE.match(said):
            return "stage" + said[5:].upper().replace(" OR ", " or ").replace(" TO ", " to ").replace(
                "STAGE", "stage"
            ), index + length
    spellings = _QUALIFIERS_BY_FIRST.get(tokens[index].lower().split("-", 1)[0])
    if not spellings:
        return None
    rest = " ".join(tokens[index : index + 3]).lower()
    for spelling in spellings:
        if rest == spelling or rest.startswith(spelling + " "):
            return _QUALIFIERS[spelling], index + len(spelling.split())
    return None


def _fact(
    named: list[_Named],
    joiner: str,
    state: State,
    negated: bool,
    serious: bool,
    who,
    window,
    duration,
    at,
    *,
    more: bool = False,
    split_events: bool = False,
) -> Conditions | None:
    events = [item.name.event for item in named]
    if (window is not None or duration is not None) and state == "has":
        state = "had"  # "Stroke or seizure within 6 months": had, both
    split = any(events) and not all(events) and state == "has"
    if split and not (split_events and joiner in ("or", ",") and not (negated or serious or who or at or more)):
        return None  # "hypertension or stroke": have one, have had the other; said in two clauses, or not at all
    if all(events) and state in ("has", "current", "known", "signs", "suspected", "known or suspected", "documented"):
        if state not in ("has", "known", "documented") or (negated and state != "has"):
            return None
        in_past: dict[State, State] = {"has": "had", "known": "known had", "documented": "documented had"}
        state = in_past[state]
    if (window is not None or duration is not None) and state == "has":
        state = "had"
    if window is not None and state not in (
        "had",
        "recent",
        "known had",
        "documented had",
        "has or had",
        "current or had",
        "recovering",
    ):
        return None
    if duration is not None and (state not in ("had",) or any(events) or negated or window is not None):
        return None
    if state == "recent" and window is None and not negated:
        pass
    if negated and (state not in _NOT_SAID or joiner != "or" or (who and state == "had" and not window)):
        return None
    if state == "also" and (any(events) or window is not None or duration is not None):
        return None  # "concomitant myocardial infarction": not said plainly
    if state in ("diagnosed had", "diagnosed or suspected") and (any(events) or duration is not None):
        return None  # "A doctor has found in the past that you have a stroke": an event is not had now
    if state == "had or signs" and at is not None:
        return None  # "History or evidence of X at screening": the visit is when signs are looked for, not the past
    if (
        state
        in ("diagnosed", "current diagnosed", "documented", "documented had", "diagnosed had", "diagnosed or suspected")
        and who
    ) or (serious and window is not None and state not in ("had", "known had")):
        return None
    names: list[str] = []
    had_names: list[str] = []
    for item in named:
        said = _said(item, single=len(named) == 1, more=more)
        if said is None:
            return None
        kept = had_names if split and item.name.event else names
        if said not in kept:  # "cancer or malignant tumor": one name
            kept.append(said)
    # "drug or substance abuse": "a problem with drugs" is inside "a problem with drugs or alcohol" (NCT01100021).
    names = [name for name in names if not any(other != name and other.startswith(name + " or ") for other in names)]
    if any(_OPEN_TAIL.search(name) and not name.endswith(")") for name in [*names, *had_names][:-1]):
        # "trouble getting an erection caused by poor blood flow, scar tissue ... or mental health conditions": the
        # names after one that ends in a cause would read as more causes
        return None
    return Conditions(
        names=tuple(names),
        had_names=tuple(had_names),
        joiner=joiner,
        state=state,
        negated=negated,
        serious=serious,
        who=who,
        window=window,
        duration=duration,
        at=at,
    )


_ADVERBS = {"severe": "severely", "mild": "mildly", "moderate": "moderately", "significant": "significantly"}
_DEGREE_JOINS = {"or", "to", "and"}


def _as_adverbs(qualifier: str) -> str | None:
    """ "moderate to severe" -> "moderately to severely"; None when a word is not a degree."""
    words = qualifier.replace("-", " ").split()
    if not words or words[0] not in _ADVERBS or words[-1] not in _ADVERBS:
        return None
    if not all(word in _ADVERBS or word in _DEGREE_JOINS for word in words):
        return None
    return " ".join(_ADVERBS.get(word, word) for word in words)


def _after_joined(qualifier: str, *, plural: bool) -> str | None:
    """ "uncontrolled or symptomatic" said after the name: "that is not controlled or causes symptoms"."""
    parts = qualifier.split(" or ")
    if len(parts) < 2 or any(part not in _AFTER for part in parts):
        return None
    said = [_AFTER[part][1 if plural else 0] for part in parts]
    return " or ".join([said[0], *(words.removeprefix("that ") for words in said[1:])])


_SEVERITY_GIVEN = re.compile(r"\b(?:class|grade|stage|NYHA)\s+(?:[0-5]|i{1,3}v?|iv|v)\b", re.IGNORECASE)


def _said(item: _Named, *, single: bool, more: bool = False) -> str | None:
    """A condition's plain name with its own words: before it ("uncontrolled high blood pressure") or after."""
    before: list[str] = []
    after: list[str] = []
    for qualifier in item.qualifiers:
        if item.name.degree and (adverbs := _as_adverbs(qualifier)):
            before.append(adverbs)  # "severe renal insufficiency": "severely reduced kidney function"
            continue
        if qualifier in _CANCER_EXTENT and not _CANCER_NAME.search(item.name.noun):
            return None  # "advanced mood disorder": words of a cancer's extent, about another condition
        if item.name.event and not set(re.split(r",? (?:or )?|, ", qualifier)) <= _EVENT_QUALIFIERS:
            return None
        if qualifier == "repeated" and not item.name.plural:
            return None  # "recurrent prostate cancer" came back; "recurrent infections" happen again and again
        if qualifier == "symptomatic" and single and " when " in item.name.noun and not before:
            return f"symptoms from {item.name.said()}"
        if (
            qualifier in _AFTER
            and single
            and not after
            and (
                item.name.fixed
                or qualifier == "symptomatic"
                or not (more or item.name.event or " that " in item.name.noun)
            )
        ):
            # "Uncontrolled diabetes": "diabetes that is not controlled", plainer than the word before it.
            after.append(_AFTER[qualifier][1 if item.name.plural else 0])
        elif single and not after and (joined := _after_joined(qualifier, plural=item.name.plural)):
            after.append(joined)  # "Uncontrolled or symptomatic hypercalcemia"
        elif item.name.fixed:
            return None
        else:
            before.append(qualifier)
    before = [word for word in before if word]
    if "other" in before:
        if before[0] != "other" or before.count("other") > 1 or item.grade:
            return None  # "severe other X": where "other" goes is not said plainly
        phrase = " ".join([*before[1:], item.name.noun])
        if item.name.article == "another":
            said = item.name.said(tuple(before[1:]))
        elif item.name.plural:
            said = f"other {phrase}"
        else:
            said = f"another {phrase}"  # "other active malignancy": "another active cancer"
        return f"{said} {after[0]}" if after else said
    said = item.name.said(tuple(before))
    if item.grade:
        said += f" of {'a ' if item.grade.startswith('higher') else ''}NYHA class {item.grade}"
    return f"{said} {after[0]}" if after else said


_WHO_PREFIX = re.compile(
    r"^\s*(?:(?:the |all |any )?(?:patients?|subjects?|participants?|individuals?|people|persons?|volunteers?|candidates?|"
    r"men|women|males?|females?)\s+(?:must\s+|should\s+|will\s+|shall\s+)?(?:have|has|had|with|who (?:have|has|had|are|is)|"
    r"are|is|be)\s+)",
    re.IGNORECASE,
)


_SHORT = re.compile(r"\b(?:" + "|".join(SHORT_ABBREVIATIONS) + r")\b")


_WHO_WORDS = WHO
_VOCABULARY = _vocabulary()


def _unread(text: str) -> set[str]:
    return set(_WORD.findall(text.lower())) - _VOCABULARY


def _abbreviated_conditions(match: re.Match) -> Conditions | None:
    return _conditions(match) if _SHORT.search(match["body"]) else None


def _conditions(match: re.Match) -> Conditions | None:
    return _conditions_of(match.string, match.start("body"), match.end("body"))


@lru_cache(maxsize=4096)
def _conditions_of(sentence: str, start: int, end: int) -> Conditions | None:
    """The conditions a sentence names from `start` (after its subject): the same sentence is read once (a page
    tries a criterion whole, then sentence by sentence, and many studies share their criteria)."""
    body = sentence[start:end]
    if not all(word.isdigit() for word in _unread(body)) or not names_any(body):
        return None
    said_before = sentence[:start]
    if re.search(r"\bhad\s*$", said_before, re.IGNORECASE):
        body = "had " + body  # "Subjects who had ...": the subject's words said the state
    return read_conditions(body, said_before if _WHO_PREFIX.match(said_before) else "", split_events=True)


class InfectionTest(Fact):
    """A positive test for an infection: "Positive HBsAg or HCV antibody at screening"."""

    tests: tuple[str, ...]  # "HIV", "hepatitis B (HBsAg test)" ...
    known: bool = False
    past: bool = False  # "history of a positive test"
    at: str | None = None

    bare: bool = False  # a bare list ("HIV, HCV, HBsAg"): any one of them only under an exclusion list

    def sentence_in(self, kind: str) -> str | None:
        return None if self.bare and kind != "exclusion" else self.sentence()

    def sentence(self) -> str:
        verb = "are known to have tested" if self.known else "have tested"
        past = " in the past" if self.past else ""
        at = f" {self.at}" if self.at else ""
        return f"You {verb} positive for {_joined(list(self.tests), 'or')}{past}{at}."


_TESTS = {
    "HIV": (
        "hiv",
        "human immunodeficiency virus",
        "human immunodeficiency virus (hiv)",
        "hiv antibody",
        "hiv antibodies",
        "hiv-1",
        "hiv-1/2",
        "hiv 1/2",
        "hiv-1 or -2",
        "hiv-1 or hiv-2",
        "hiv-1/2 antibodies",
        "hiv test",
        "anti-hiv",
        "human immunodeficiency (hiv) virus",
        "human immunodeficiency virus [hiv]",
        "human immunodeficiency virus antibody",
        "human immunodeficiency virus antibody (hiv)",
        "hiv-ab",
    ),
    "hepatitis B (HBsAg test)": (
        "hbsag",
        "hepatitis b surface antigen",
        "hepatitis b surface antigen (hbsag)",
        "hbs antigen",
        "hepatitis b surface antigen [hbsag]",
    ),
    "hepatitis B": ("hepatitis b", "hepatitis b virus", "hepatitis b virus (hbv)", "hbv", "hepatitis b (hbv)"),
    "hepatitis C": ("hepatitis c", "hepatitis c virus", "hepatitis c virus (hcv)", "hcv", "hepatitis c (hcv)"),
    "hepatitis C antibodies": (
        "hepatitis c antibody",
        "hepatitis c antibodies",
        "hcv antibody",
        "hcv antibodies",
        "anti-hcv",
        "hepatitis c antibody (hcv)",
        "hepatitis c antibodies (hcv)",
        "hcv ab",
        "hepatitis c virus antibody",
        "hepatitis c virus (hcv) antibody",
        "hepatitis c virus antibody (anti-hcv)",
        "hcv-ab",
    ),
    "hepatitis C virus in the blood (HCV RNA)": ("hcv rna", "hepatitis c virus rna", "hepatitis c rna"),
    "hepatitis B virus in the blood (HBV DNA)": ("hbv dna", "hepatitis b virus dna", "hepatitis b dna"),
    "syphilis": (
        "syphilis",
        "syphilis antibody",
        "syphilis test",
        "treponema pallidum antibody",
        "treponema pallidum antibody (anti-tp)",
        "anti-tp",
    ),
    "COVID-19": ("covid-19", "covid 19", "sars-cov-2", "covid"),
    "tuberculosis (TB)": (
        "tuberculosis",
        "tb",
        "quantiferon",
        "quantiferon-tb gold",
        "interferon gamma release assay",
        "interferon-gamma release assay (igra)",
        "igra",
        "tuberculin skin test",
        "ppd",
    ),
}
_TEST_NAMES = {spelling: plain for plain, spellings in _TESTS.items() for spelling in spellings}
_INFECTION_TEST = (
    r"(?P<q>(?:(?:a )?history of |prior |previous |known (?:to be )?)?)(?:(?:a |an )?positive (?:(?:screening |serology |"
    r"serological )?(?:tests?|testing|serology|screen|results?) )?(?:for |to |of )?|(?:sero)?positive (?:for|to) |"
    r"seropositivity (?:for|to) |tested positive for )"
    r"(?P<what>[^;:]{2,160}?)(?P<kind> tests?| test results?| antibod(?:y|ies)| serology)?"
    r"(?P<at> at (?:the )?screening(?: visit)?| at baseline)?"
)
# The name first: "HIV positive", "Known to be HIV-positive", "HCV antibody positive".
_POSITIVE_AFTER = (
    r"(?P<q>(?:(?:a )?history of |known (?:to be )?)?)(?P<what>[^;:]{2,200}?)(?P<kind>)(?:[- ]|\s*\+\s*)(?:sero)?positive"
    r"(?: status| patients| subjects| participants| individuals| result)?(?P<at> at (?:the )?screening(?: visit)?| at baseline)?"
)


def _infection_test(match: re.Match) -> InfectionTest | None:
    text = " ".join(match["what"].lower().split())
    parts = [
        re.sub(r" infections?$", "", part.strip())
        for part in re.split(r",? or |, |,? and/or |,? and ", text)
        if part.strip()
    ]
    # "HIV, HCV, HBsAg", "HBsAg, HCV antibody, syphilis antibody and HIV antibody": any one of them, said only under
    # an exclusion list (whether a requirement means all or any is not plain).
    bare = len(parts) > 1 and not re.search(r"\bor\b|and/or", text)
    tests: list[str] = []
    for part in parts:
        plain = _TEST_NAMES.get(part)
        if plain is None and tests and tests[-1].startswith("hepatitis") and re.fullmatch(r"[bc]", part):
            plain = f"hepatitis {part.upper()}"  # "hepatitis B or C"
        if plain is None:
            return None
        if plain not in tests:
            tests.append(plain)
    if match["kind"] and "antibod" in match["kind"].lower():
        if not all("antibod" in test or test == "HIV" for test in tests):
            # "HBsAg, HCV antibody, syphilis antibody and HIV antibody": the last name's own word, not the list's
            last = _TEST_NAMES.get(f"{parts[-1]} {match['kind'].strip().lower()}")
            if last is None or len(parts) < 2:
                return None
            return _tests_found(match, [*tests[:-1], last] if last not in tests[:-1] else tests[:-1], bare)
        tests = [f"{test} antibodies" if test == "HIV" else test for test in tests]
    return _tests_found(match, tests, bare)


def _tests_found(match: re.Match, tests: list[str], bare: bool) -> InfectionTest:
    q = match["q"].lower().strip()
    at = said_at(match["at"]) if match["at"] else None
    known = q.startswith("known")
    return InfectionTest(tests=tuple(tests), known=known, past=bool(q) and not known, at=at, bare=bare)


class HeartFailureClass(Fact):
    klass: str
    or_higher: bool
    klass2: str | None = None

    def sentence(self) -> str:
        if self.klass2:
            return f"You have heart failure of NYHA class {self.klass} or {self.klass2}."
        return f"You have heart failure of NYHA class {self.klass}{' or higher' if self.or_higher else ''}."


class BmiRange(Fact):
    low: str
    high: str
    unit: str | None
    note: str | None = None  # the study's own words for the range: "(normal to overweight, but not obese)"

    def sentence(self) -> str:
        note = f" {self.note}" if self.note else ""
        return f"Your BMI is {self.low} to {self.high}{' ' + self.unit if self.unit else ''}{note}."


# "BMI 18-30 kg/m2", "Body Mass Index (BMI) within the 18-34.9 kg/m2 range", "BMI interval: BMI between 22 to 30",
# "Body mass index (BMI) of 18.0 kilograms per meter squared (kg/m^2) through 32.0 kg/m^2, inclusive".
_BMI_UNIT = (
    r"(?:kg/m2|kg/m²|kg/m\^2|kilograms?\s+per\s+(?:square\s+)?met(?:er|re)s?(?:\s+squared)?"
    r"(?:\s*\((?:kg/m2|kg/m²|kg/m\^2)\))?)"
)
_BMI_RANGE = (
    r"(?:(?:bmi|body\s+mass\s+index)\s+interval\s*:\s*)?(?:(?:are|is|be)\s+between\s+an?\s+)?(?:bmi|body\s+mass\s+index)"
    r"(?:\s*\(bmi\))?(?:\s+(?:should|must)\s+be)?(?:\s+of|\s+between|\s+from|\s+in\s+the\s+range\s+of|\s+within\s+the)?\s*:?\s*"
    r"(?:bmi\s+between\s+)?"
    rf"(?P<low>{NUMBER})\s*(?:{_BMI_UNIT}\s*)?(?:-|–|~|to|and|through)\s*(?P<high>{NUMBER})\s*(?P<unit>{_BMI_UNIT})?"
    r"(?:\s+range)?(?:\s*,?\s*\(?(?:both\s+)?inclusive\)?|\s*\(including\s+the\s+critical\s+values?\))?"
    r"(?P<note>\s*\((?:normal|underweight|overweight)[a-z ,-]*\))?"
)


def _bmi_range(match: re.Match) -> BmiRange | None:
    if float(match["low"]) >= float(match["high"]):
        return None
    note = match["note"].strip() if match["note"] else None
    return BmiRange(low=match["low"], high=match["high"], unit="kg/m2" if match["unit"] else None, note=note)


_NYHA_CLASS = r"(?:i{1,3}v?|iv|[1-4])"

RECOGNISERS = (
    recogniser(
        "nyha",
        ("nyha", "new york heart"),
        r"(?:(?:symptomatic |congestive )?(?:heart|cardiac) failure (?:of |with )?)?(?:new york heart association|nyha)(?: \(nyha\))?"
        rf"(?: functional)? class(?:ification)? (?P<c>{_NYHA_CLASS})(?P<more> or (?:higher|greater|above|worse))?"
        rf"(?: (?:or|and|/) (?:class )?(?P<c2>{_NYHA_CLASS}))?(?: (?:congestive )?heart failure)?",
        lambda m: HeartFailureClass(
            klass=m["c"].upper(), or_higher=bool(m["more"]), klass2=m["c2"].upper() if m["c2"] else None
        ),
    ),
    recogniser("infection-test", ("positive", "seropositiv"), _INFECTION_TEST, _infection_test),
    recogniser("infection-test", ("positive",), _POSITIVE_AFTER, _infection_test),
    recogniser("condition", trigger_words(), r"(?P<body>[^;:]{2,300})", _conditions),
    # A sentence whose only name is a short abbreviation ("ED of more than 6 months"), in its own case.
    recogniser("condition", short_triggers(), r"(?P<body>[^;:]{2,300})", _abbreviated_conditions),
    recogniser("bmi-range", ("bmi", "body mass"), _BMI_RANGE, _bmi_range),
)
