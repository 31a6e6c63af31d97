"""Sexual health and urology: relationships and sexual activity, erection problems, erection medicines, the penis.

The criteria of erectile dysfunction, Peyronie's disease and prostate surgery studies, read whole:
- a relationship: "Stable heterosexual relationship for more than 3 months" -> "You have been in a stable
  relationship with a partner of the opposite sex for more than 3 months.";
- sexual activity and attempts at intercourse ("at least 4 attempts during the 4-week run-in period");
- a partner ("Presence of a female sexual partner");
- erection problems with their cause, how long, how severe and by whose definition (the plain name is
  the conditions family's: "trouble getting or keeping an erection");
- how someone responded to erection medicines (PDE5 inhibitors), and agreeing to stop other treatment
  for erection problems during the study;
- conditions that rule out sexual activity, and penis conditions with what they do ("... that negatively
  influences sexual activity").
Each reader knows every word it accepts; a sentence with anything else (an exception it cannot place, a
condition, a second clause) is not read and stays in the study's own words. Score bands (IIEF, SHIM) and
PSA are the scores and labs families'; named treatments and conditions come from their tables.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from trialpages.eligibility.comparators import COMPARISON, comparison_phrase
from trialpages.eligibility.facts.base import COUNT, Fact, count, plural, recogniser
from trialpages.eligibility.facts.condition_names import lay_name
from trialpages.eligibility.facts.treatment import LIST, treatments_in

# --- Shared pieces: who a sentence is about, how long, from when ------------------------------------------------

# A subject the sentence may start with, beyond the common ones (`WHO` in base.py reads "Patients with").
_SUBJECT = (
    r"(?:(?:the |all |any )?(?:(?:male |test |study |adult )?(?:patients?|subjects?|participants?|individuals?|"
    r"volunteers?|persons?|people|candidates?)|men|males?|man)\s+)"
)
_MAN = re.compile(r"\b(?:men|males?|man)\b", re.IGNORECASE)


def _said_man(match: re.Match, group: str) -> bool:
    """Does the sentence's own subject, before `group`, say the reader is a man ("Men in a stable ...")?"""
    return bool(_MAN.search(match.string[: match.start(group)]))


def _stated(match: re.Match, *groups: str) -> bool:
    """Do any words come before the first of `groups` that matched (a subject, "history of", "presence of")? A bare
    name ("Penile trauma") says nothing of when: under a lead-in ("No history of:") the lead-in says it."""
    first = min((match.start(group) for group in groups if match[group] is not None), default=match.end())
    return bool(match.string[:first].strip())


class _Stated(Fact):
    stated: bool = True  # False: a bare name, whose state a lead-in above it may set

    @property
    def bare(self) -> bool:
        return not self.stated


# The events a time is counted back from, and how they are said.
_EVENTS: tuple[tuple[str, str], ...] = (
    (r"(?:the )?screening(?: visit)?|(?:study )?visit 1|the first (?:study )?visit", "your first study visit"),
    (
        r"(?:the )?(?:study )?(?:enrol?ment|enrol?lment|entry|inclusion|randomi[sz]ation)(?: (?:in|into) (?:the )?study)?"
        r"|(?:entering|entry into|joining|participation in) (?:the |this )?study|(?:the )?start of (?:the )?study|study start",
        "you join the study",
    ),
    (r"(?:signing )?(?:the )?(?:informed )?consent", "you sign the consent form"),
    (
        r"(?:the )?(?:start of )?(?:study )?treatment(?: start)?|(?:the )?first (?:study )?dose",
        "you start the study treatment",
    ),
    (r"(?:the )?baseline(?: visit)?", "the start of the study (baseline)"),
)
_EVENT = "|".join(f"(?:{pattern})" for pattern, _ in _EVENTS)
_EVENT_RES = tuple((re.compile(rf"(?:{pattern})$", re.IGNORECASE), words) for pattern, words in _EVENTS)


def _event(text: str | None) -> str | None:
    if not text:
        return None
    text = " ".join(text.split())
    return next((words for pattern, words in _EVENT_RES if pattern.match(text)), None)


_UNIT = r"days?|weeks?|months?|month's|years?|yrs?"


def _unit(word: str) -> str:
    word = word.lower().rstrip("'s")
    return {"yr": "year", "mont": "month"}.get(word, word)


class Duration(BaseModel):
    """How long something has lasted: "for at least 6 months", "for more than 6 months, but not more than 5 years"."""

    model_config = ConfigDict(frozen=True)
    phrase: str | None  # "at least", "more than"; None: "for 6 months"
    number: str
    unit: str
    past: bool = False  # "for the past 6 months"
    high_phrase: str | None = None  # "less than", "at most": the upper end of a range
    high_number: str | None = None
    high_unit: str | None = None
    event: str | None = None  # in words: "you join the study"

    def said(self) -> str:
        span = plural(self.number, self.unit)
        phrase = f"{self.phrase} " if self.phrase else ""
        said = f"for {phrase}the past {span}" if self.past else f"for {phrase}{span}"
        if self.high_number:
            high = {"at most": "not more than"}.get(self.high_phrase or "", self.high_phrase)
            said += f", but {high} {plural(self.high_number, self.high_unit or self.unit)}"
        if self.event:
            said += f" before {self.event}"
        return said


_HIGH = r"not more than|no more than|no longer than|not longer than|less than|fewer than|at most|up to|not exceeding"
_DURATION = (
    r"(?:(?:for|of|lasting(?: for)?|present for|evident for|ongoing for|with a duration of|since|from)\s+)?"
    rf"(?:(?P<cmp>{COMPARISON}|longer than)\s*)?(?P<past>the (?:past|last)\s+)?"
    rf"(?P<n>{COUNT})(?:\s*\(\s*\d+\s*\))?[\s-]*(?P<unit>{_UNIT})"
    r"(?P<more>\s+or\s+(?:more|longer|greater))?(?:'?\s+(?:duration|in duration))?"
    rf"(?:\s*,?\s*(?:and|but)\s+(?P<hcmp>{_HIGH})\s+(?P<hn>{COUNT})[\s-]*(?P<hunit>{_UNIT}))?"
    rf"(?:\s+(?:before|prior to|preceding)\s+(?P<event>{_EVENT}))?"
)


def _duration(match: re.Match, prefix: str = "") -> Duration | None:
    """The duration a match of `_DURATION` (its groups named with `prefix`) says; None when not said plainly."""

    def group(name: str) -> str | None:
        return match[prefix + name]

    def required(name: str) -> str:  # the number and its unit: `_DURATION` has no match without them
        value = group(name)
        if value is None:
            raise ValueError(f"a duration without its {name!r}: {match[0]!r}")
        return value

    said = match[0].strip().lower() if match[0] else ""
    phrase = None
    if cmp := group("cmp"):
        phrase = "more than" if cmp.lower() == "longer than" else comparison_phrase(cmp)
    if group("more"):
        if phrase:
            return None
        phrase = "at least"
    if phrase in ("less than", "at most") and not group("hn"):
        return None  # "ED for less than 6 months": a limit, said by the comparison alone; not read here
    if not (phrase or said.startswith(("for ", "of ", "lasting", "present", "evident", "ongoing", "with a dur"))):
        return None  # "6 months" alone: how long, or when? Not said
    event = None
    if group("event"):
        event = _event(group("event"))
        if event is None:
            return None
    high = None
    if hcmp := group("hcmp"):
        high = comparison_phrase(
            {"no longer than": "no more than", "not longer than": "not more than"}.get(hcmp.lower(), hcmp)
        )
        if high not in ("at most", "less than"):
            return None
    return Duration(
        phrase=phrase,
        number=count(required("n")),
        unit=_unit(required("unit")),
        past=bool(group("past")),
        high_phrase=high,
        high_number=count(high_number) if (high_number := group("hn")) else None,
        high_unit=_unit(high_unit) if (high_unit := group("hunit")) else None,
        event=event,
    )


def _named(pattern: str, prefix: str) -> str:
    """A pattern with its named groups renamed (`prefix` + name), to be used twice in one expression."""
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{prefix}{m[1]}>", pattern)


# --- A relationship ---------------------------------------------------------------------------------------------


class Relationship(Fact):
    """In a relationship: how stable, with whom, for how long, and whether it will last through the study."""

    kinds: tuple[str, ...] = ()  # "stable", "steady", "established", "continuous", "committed"
    sexual: bool = False
    opposite_sex: bool = False  # "heterosexual"
    one_partner: bool = False  # "monogamous"
    woman: bool = False  # "with a female partner"
    same: bool = False  # "with the same partner"
    single: str | None = None  # "with a single partner": "one"; "with 1 partner": "1"
    duration: Duration | None = None
    negated: bool = False
    active: bool = False  # "Sexually active, in a stable ..."
    man: bool = False
    stays: Literal["plan", "will", "willing", "expect"] | None = None  # it lasts through the study

    def sentence(self) -> str:
        kinds = ", ".join(self.kinds)
        words = " ".join(filter(None, (kinds, "sexual" if self.sexual else "", "relationship")))
        article = "an" if words[:1] in "aeiou" else "a"
        noun = "woman" if self.woman else "partner of the opposite sex" if self.opposite_sex else "partner"
        if self.same:
            partner = f" {'only ' if self.one_partner else ''}with the same {noun}"
        elif self.one_partner:
            partner = f" with only one {noun}"
        elif self.single:
            partner = f" with {self.single} {noun}"
        elif self.woman or self.opposite_sex:
            partner = f" with a {noun}"
        else:
            partner = ""
        said = f"{article} {words}{partner}"
        man = self.man or (self.woman and self.opposite_sex)
        if self.negated:
            head = "You are a man who is not in" if man else "You are not in"
            sentence = f"{head} {said}."
        elif self.duration:
            if self.active:
                head = (
                    "You are a sexually active man who has been in"
                    if man
                    else "You are sexually active and have been in"
                )
            else:
                head = "You are a man who has been in" if man else "You have been in"
            sentence = f"{head} {said} {self.duration.said()}."
        else:
            if self.active:
                head = "You are a sexually active man in" if man else "You are sexually active and in"
            else:
                head = "You are a man in" if man else "You are in"
            sentence = f"{head} {said}."
        stays = {
            "plan": " You plan to stay in this relationship during the study.",
            "will": " You will stay in this relationship during the study.",
            "willing": " You are willing to stay in this relationship during the study.",
            "expect": " You expect to have the same partner during the whole study.",
        }
        return sentence + (stays[self.stays] if self.stays else "")


_KIND_WORDS = {
    "stable": "stable",
    "steady": "steady",
    "established": "established",
    "continuous": "continuous",
    "committed": "committed",
    "long-term": "long-term",
    "regular": "regular",
}
_RELATION_WORD = (
    r"stable|steady|established|continuous|committed|long-term|regular|monogamous|heterosexual|hetero-\s*sexual|sexual"
    r"|\(primary\)"
)
_RELATIONSHIP = (
    r"(?P<active>sexually active(?: and|,)?\s+(?:(?:is|are|be)\s+)?)?"
    r"(?P<neg>not\s+)?"
    r"(?:(?:currently|presently)\s+)?"
    r"(?:(?:must\s+|should\s+|will\s+)?(?:be|is|are|was|were|has been|have been|had been|who (?:is|are|has been|have been"
    r"|had been))\s+)?"
    r"(?:(?:currently|presently)\s+)?"
    r"(?:(?:involved|living|engaged)\s+)?"
    r"(?P<verb>in|within|(?:who\s+)?(?:have|has|had))?\s*"
    r"(?:an?\s+)?"
    rf"(?P<words>(?:(?:{_RELATION_WORD})(?:\s*,\s*|\s+and\s+|\s+))*)"
    r"relationships?"
    r"(?:\s+with\s+(?P<partner>(?:an?|one|1|the same|a single|their|his)\s+(?:(?:adult\s+)?female\s+|consistent\s+)?"
    r"(?:sexual\s+)?(?:partners?|woman|female))|(?P<theirs>\s+with\s+(?:their|his)\s+(?:female\s+)?partners?))?"
    rf"(?:\s*,?\s*{_DURATION})?"
    r"(?P<stays>\s*,?\s*(?:and\s+)?(?:(?:plans?|intends?) to maintain (?:this|the) relationship|will continue|"
    r"(?:is\s+|are\s+)?willing to maintain (?:this|the) relationship|anticipates? having the same partner)"
    r"(?:\s+(?:for the duration of|throughout|during|for all)\s+the study)?|\s+and\s+during\s+the\s+study)?"
)


def _relationship(match: re.Match) -> Relationship | None:
    words = [w.lower() for w in re.findall(r"[a-z]+(?:-\s*[a-z]+)?|\(primary\)", match["words"] or "", re.I)]
    if "(primary)" in words:
        return None
    if (match["verb"] or "").lower().startswith(("who", "ha")) and not words:
        return None  # "have a relationship": about what, is not said
    kinds = tuple(dict.fromkeys(_KIND_WORDS[w] for w in words if w in _KIND_WORDS))
    hetero = any(w.replace(" ", "").replace("-", "") == "heterosexual" for w in words)
    partner = (match["partner"] or "").lower()
    if match["theirs"]:
        partner = "their partner"
    woman = "female" in partner or "woman" in partner
    if match["neg"] and (match["n"] or match["stays"] or match["active"]):
        return None  # "not in a relationship for 6 months": which part is denied is not clear
    duration = None
    if match["n"]:
        duration = _duration(match)
        if duration is None:
            return None
    if "consistent" in partner:
        return None
    stays = None
    if match["stays"]:
        said = match["stays"].lower()
        stays = (
            "plan"
            if "plan" in said or "intend" in said
            else "willing"
            if "willing" in said
            else "expect"
            if "anticipat" in said
            else "will"
        )
        if stays != "expect" and "during the study" not in said and not re.search(r"duration|throughout", said):
            return None
    return Relationship(
        kinds=kinds,
        sexual="sexual" in words,
        opposite_sex=hetero,
        one_partner="monogamous" in words,
        woman=woman,
        same="same" in partner,
        single="1" if partner.startswith("1 ") else "one" if re.match(r"(?:a single|one)\b", partner) else None,
        duration=duration,
        negated=bool(match["neg"]),
        active=bool(match["active"]),
        man=_said_man(match, "words"),
        stays=stays,
    )


# --- Sexual activity, and attempts at intercourse --------------------------------------------------------------------


class SexuallyActive(Fact):
    negated: bool = False
    man: bool = False
    woman_partner: bool = False  # "with a female partner"
    window: Duration | None = None  # "in the last 30 days (before ...)": a past span, said with `said_back`

    def sentence(self) -> str:
        partner = " with a woman" if self.woman_partner else ""
        if self.window:
            span = plural(self.window.number, self.window.unit)
            if self.window.event:
                when = f"in the {span} before {self.window.event}"
            else:
                when = f"in the last {span if self.window.number != '1' else self.window.unit}"
            return f"You have {'not ' if self.negated else ''}been sexually active{partner} {when}."
        if self.man:
            return f"You are a{' not' if self.negated else ''} sexually active man{partner}.".replace("a not", "not a")
        return f"You are {'not ' if self.negated else ''}sexually active{partner}."


_ACTIVE = (
    r"(?:to\s+be\s+|be\s+|is\s+|are\s+)?(?P<neg>not\s+|never\s+)?(?:(?:currently|presently)\s+)?"
    r"(?:(?P<active>sexually\s+active)(?P<who>\s+(?:men|males?|patients?|subjects?|participants?|individuals))?"
    r"|(?:has\s+|have\s+)?had\s+(?:sexual\s+activity|sex))"
    r"(?:\s+with\s+(?P<partner>(?:an?|their|his)\s+(?:female\s+)?(?:sexual\s+)?partners?|women))?"
    rf"(?:\s+(?:in|within|during)\s+(?:the\s+)?(?P<last>last|past|previous)\s+(?:(?P<n>{COUNT})\s*)?(?P<unit>days?|weeks?|months?)"
    rf"(?:\s+(?:before|prior to)\s+(?P<event>{_EVENT}))?)?"
)


def _sexually_active(match: re.Match) -> SexuallyActive | None:
    partner = (match["partner"] or "").lower()
    if partner and "female" not in partner and partner != "women":
        return None  # "with a partner": nothing more than sexually active; "with their partners": whose?
    window = None
    if match["unit"]:
        if match["n"] is None and match["unit"].lower().endswith("s"):
            return None  # "in the last months": how many is not said
        event = _event(match["event"]) if match["event"] else None
        if match["event"] and event is None:
            return None
        window = Duration(phrase=None, number=count(match["n"] or "1"), unit=_unit(match["unit"]), event=event)
    elif not match["active"]:
        return None  # "Had sexual activity": when is not said
    if match["neg"] and not match["active"]:
        return None
    return SexuallyActive(
        negated=bool(match["neg"]),
        man=bool(match["who"] and _MAN.search(match["who"])) or _said_man(match, "active")
        if match["active"]
        else False,
        woman_partner=bool(partner),
        window=window,
    )


class Attempts(BaseModel):
    """Attempts at intercourse: how many, on how many days, with whom, how often, during which part of the study."""

    model_config = ConfigDict(frozen=True)
    what: str  # "sexual intercourse", "vaginal intercourse", "sex"
    phrase: str | None  # "at least", "more than"
    number: str
    days: str | None = None  # on how many different days
    partner: str | None = None  # "your partner", "your female partner"
    every: str | None = None  # "a month", "every 4 weeks"
    period: str | None = None  # "during the 4-week run-in period"
    without_medicine: bool = False

    def said(self) -> str:
        if self.number == "1":
            times = "once"
        elif self.number == "2":
            times = "twice"
        else:
            times = f"{self.number} times"
        said = f"have {self.what} {self.phrase + ' ' if self.phrase else ''}{times}"
        if self.days:
            said += f" on {self.days} different days"
        if self.partner:
            said += f" with {self.partner}"
        if self.every:
            said += f" {self.every}"
        if self.period:
            said += f" {self.period}"
        if self.without_medicine:
            said += ", without medicine"
        return said


_WHAT = {
    "intercourse": "sexual intercourse",
    "intercourses": "sexual intercourse",
    "sexual intercourse": "sexual intercourse",
    "sexual intercourses": "sexual intercourse",
    "vaginal intercourse": "vaginal intercourse",
    "sexual vaginal intercourse": "vaginal intercourse",
    "penetrative intercourse": "penetrative sex",
    "penetrative sexual intercourse": "penetrative sex",
    "sexual activity": "sex",
    "sex": "sex",
}
_PERIODS = (
    (
        r"during (?:the |this )?(?P<weeks>\S+)[\s-]week (?:untreated |open-label |free )?run-in (?:period|phase)",
        "during the {weeks}-week run-in period",
    ),
    (r"during (?:the |this )?(?:untreated |open-label |free )?run-in (?:period|phase)", "during the run-in period"),
    (r"during (?:the |this )?untreated baseline period", "during the baseline period, when you have no treatment"),
    (r"during (?:each|every) treatment period", "during each treatment period"),
    (
        r"during (?:the |this )?(?P<weeks>\S+)[\s-]week (?:therapeutic|treatment) (?:period|phase)",
        "during the {weeks}-week treatment period",
    ),
    (
        r"during (?P<weeks>\S+) weeks'? (?:untreated |free )?run-in (?:period|phase)",
        "during the {weeks}-week run-in period",
    ),
    (r"during (?:the )?screening (?:period|phase)", "during the screening period"),
    (r"during the study and (?:the )?follow-?up", "during the study and the follow-up"),
    (
        r"(?:for (?:the )?duration of|during|throughout|over the course of|while participating in|during participation in)"
        r" (?:the |this )?(?:study|trial)(?: period| duration)?",
        "during the study",
    ),
)
_PERIOD = "|".join(f"(?:{pattern})" for pattern, _ in _PERIODS).replace("(?P<weeks>", "(?:")
_PERIOD_RES = tuple((re.compile(rf"(?:{pattern})$", re.IGNORECASE), words) for pattern, words in _PERIODS)


def _period(text: str) -> str | None:
    text = " ".join(text.split())
    for pattern, words in _PERIOD_RES:
        match = pattern.match(text)
        if match is None:
            continue
        if "weeks" in pattern.groupindex:
            weeks = count(match["weeks"].lower())
            return words.format(weeks=weeks) if weeks.isdigit() else None
        return words
    return None


_SEX_WORDS = r"(?:(?:sexual|vaginal|penetrative)\s+)*(?:intercourses?|activity|sex)"
_ATTEMPTS = (
    rf"(?:(?:make|made|complete|have)\s+)?(?:(?P<cmp1>{COMPARISON})\s*)?(?P<n1>{COUNT})(?:\s*\(\d+\))?\s+"
    rf"(?P<noun1>sexual\s+(?:intercourse\s+)?)?attempts?(?:\s+(?:at|of)\s+(?P<what1>{_SEX_WORDS}))?"
    rf"|(?:attempt|try\s+to\s+have|have|having|engage\s+in)\s+(?P<what2>{_SEX_WORDS})"
    rf"\s+(?:(?P<cmp2>{COMPARISON})\s*)?(?P<n2>{COUNT}|twice|once)(?:\s*\(\d+\))?(?:\s+times?)?"
)
_ATTEMPTS_TAIL = (
    rf"(?:\s+(?:on|in|at)\s+(?P<days>{COUNT})\s+(?:separate|different)\s+days)?"
    r"(?:\s*,?\s+with\s+(?P<partner>(?:the|his|their|a|her)\s+(?:female\s+)?(?:sexual\s+)?(?:study\s+)?partner))?"
    rf"(?:\s+(?P<every>(?:per|a|each|every)\s+(?:(?P<en>{COUNT})\s+)?(?:weeks?|months?)))?"
    rf"(?:\s*,?\s+(?P<period>{_PERIOD}))?"
    r"(?P<without>\s*,?\s+without (?:any )?medication)?"
)


def _attempts(match: re.Match, *, timed: bool = True) -> Attempts | None:
    """The attempts a match says; `timed`: they must say over what time (a bare "at least 4 attempts" says too little,
    "The subject must make at least four attempts" says a rule of the study whole)."""
    index = "1" if match["n1"] else "2"
    if index == "1":
        words = match["what1"] or (
            "sex" if match["noun1"] and "intercourse" not in match["noun1"].lower() else "intercourse"
        )
    else:
        words = match["what2"]
    what = _WHAT.get(" ".join(words.lower().split()))
    if what is None:
        return None
    number = match[f"n{index}"].lower()
    number = {"twice": "2", "once": "1"}.get(number, count(number))
    if not number.isdigit():
        return None
    phrase = comparison_phrase(match[f"cmp{index}"]) if match[f"cmp{index}"] else None
    if phrase not in (None, "at least", "more than"):
        return None
    partner = None
    if match["partner"]:
        partner = "your female partner" if "female" in match["partner"].lower() else "your partner"
    every = None
    if match["every"]:
        unit = "week" if "week" in match["every"].lower() else "month"
        every = f"every {count(match['en'])} {unit}s" if match["en"] and count(match["en"]) != "1" else f"a {unit}"
    period = None
    if match["period"]:
        period = _period(match["period"])
        if period is None:
            return None
    if timed and not (every or period or match["days"]):
        return None  # "at least 4 attempts": over what time is not said
    return Attempts(
        what=what,
        phrase=phrase,
        number=number,
        days=count(match["days"]) if match["days"] else None,
        partner=partner,
        every=every,
        period=period,
        without_medicine=bool(match["without"]),
    )


AttemptLead = Literal["agree", "willing", "able", "must", "will", "unwilling", "no intention", "do"]


class AttemptsFact(Fact):
    """ "Agree to make at least 4 attempts at intercourse per month": what the reader agrees or is able to do."""

    lead: AttemptLead
    attempts: Attempts

    def sentence(self) -> str:
        if self.lead == "do":
            return f"You try to {self.attempts.said()}."
        lead = {
            "agree": "You agree to try to",
            "willing": "You are willing to try to",
            "able": "You are able to try to",
            "must": "You must try to",
            "will": "You will try to",
            "unwilling": "You are not willing to try to",
            "no intention": "You do not plan to try to",
        }[self.lead]
        return f"{lead} {self.attempts.said()}."


_ATTEMPT_LEAD = (
    r"(?:(?P<lead>(?:(?:is|are|be)\s+)?(?:willing|prepared)\s+to|willingness\s+(?:to|for)"
    r"|(?:(?:is|are|be)\s+)?able(?:\s+and\s+willing)?\s+to|(?:agrees?|agreed|agreement)\s+to"
    r"|(?:must|will|should)(?:\s+be\s+(?:willing|able)\s+to)?|(?:is\s+|are\s+)?(?:expected|required)\s+to"
    r"|unwilling(?:ness)?(?:\s+of\s+the\s+(?:subject|patient))?\s+to(?:\s+agree\s+to)?|not\s+willing\s+to"
    r"|(?:who\s+)?(?:has|have|had)\s+no\s+intention\s+of)\s+"
    r"|(?P<bare>(?=make\b|attempt\b|(?:a\s+)?minimum\b|at\s+least\b)))"
)


def _attempts_fact(match: re.Match) -> AttemptsFact | None:
    attempts = _attempts(match, timed=match["bare"] is not None or match["lead"] is None)
    if attempts is None:
        return None
    lead = " ".join((match["lead"] or "").lower().split())
    said: AttemptLead
    if match["bare"] is not None:
        said = "must" if re.match(r"make|attempt", match.string[match.end("bare") :].strip(), re.I) else "do"
    elif "no intention" in lead:
        said = "no intention"
    elif "unwilling" in lead or lead.startswith("not willing"):
        said = "unwilling"
    elif "willing" in lead or "prepared" in lead:
        said = "willing"
    elif "able" in lead:
        said = "able"
    elif "agree" in lead:
        said = "agree"
    elif lead.startswith(("must", "expected", "required", "should", "is ", "are ")):
        said = "must"
    else:
        said = "will"
    return AttemptsFact(lead=said, attempts=attempts)


# --- Erection problems: cause, how long, how severe, by whose definition ------------------------------------------

_ED_NAME = "trouble getting or keeping an erection"

# The cause said in an adjective before the name, and how it is said after it ("It is caused by poor blood flow.").
_CAUSE_WORDS = {
    "vasculogenic": "It is caused by poor blood flow.",
    "vascular": "It is caused by poor blood flow.",
    "arteriogenic": "It is caused by poor blood flow in the arteries.",
    "artheriogenic": "It is caused by poor blood flow in the arteries.",
    "venogenic": "It is caused by blood flowing out of the penis too fast.",
    "veno-occlusive": "It is caused by blood flowing out of the penis too fast.",
    "organic": "It has a physical cause.",
    "non-organic": "It does not have a physical cause.",
    "psychogenic": "It is caused by stress or emotions.",
    "psychological": "It is caused by stress or emotions.",
    "neurogenic": "It is caused by nerve damage.",
    "situational": "It happens only in some situations.",
    "non-vasculogenic": "It is not caused by poor blood flow.",
    "non-vascular": "It is not caused by poor blood flow.",
    "drug related": "It is caused by a medicine or drug.",
    "drug-related": "It is caused by a medicine or drug.",
    "drug-induced": "It is caused by a medicine or drug.",
    "post-prostatectomy": "It started after surgery to remove the prostate (prostatectomy).",
    "post-radical prostatectomy": "It started after surgery to remove the whole prostate (radical prostatectomy).",
    "postoperative": "It started after surgery.",
    "post-operative": "It started after surgery.",
}
_HOW_MUCH = {
    "mainly": "mainly",
    "predominantly": "mainly",
    "predominately": "mainly",
    "primarily": "mainly",
    "purely": "only",
    "pure": "only",
    "solely": "only",
}
# What a cause phrase names ("due to spinal cord injury"), in plain words.
_CAUSES = {
    "spinal cord injury": "a spinal cord injury",
    "traumatic spinal cord injury": "a spinal cord injury",
    "spinal cord injury (sci)": "a spinal cord injury (SCI)",
    "traumatic spinal cord injury (sci)": "a spinal cord injury (SCI)",
    "spinal injury": "a spinal injury",
    "radical prostatectomy": "surgery to remove the whole prostate (radical prostatectomy)",
    "prostatectomy": "surgery to remove the prostate (prostatectomy)",
    "pelvic trauma": "an injury to the pelvis",
    "psychogenic factors": "stress or emotions",
    "psychological factors": "stress or emotions",
    "hormone disorders": "a hormone problem",
    "hormonal disorders": "a hormone problem",
    "hormonal factors": "a hormone problem",
    "endocrine disorders": "a hormone problem",
    "endocrine disease": "a hormone disease",
    "endocrine or metabolic disease": "a hormone or metabolism disease",
    "organic disease": "a physical illness",
    "structural abnormality of the penis": "a problem with the structure of the penis",
    "diabetes": "diabetes",
    "diabetes mellitus": "diabetes",
    "type 2 diabetes": "type 2 diabetes",
    "drug therapy": "a medicine",
    "drug treatment": "a medicine",
    "radiation therapy": "radiation therapy",
    "radiotherapy": "radiation therapy",
    "peyronie's disease": "Peyronie's disease",
    "neurogenic or endocrine cause": "a nerve or hormone problem",
    "neurogenic or endocrine disorders": "a nerve or hormone problem",
    "spinal cord injury or radical prostatectomy": "a spinal cord injury or surgery to remove the whole prostate "
    "(radical prostatectomy)",
    "genitourinary surgery and lower abdominal surgery": "surgery on the genital or urinary organs and lower belly "
    "surgery",
    "surgery": "surgery",
    "ebrt for prostate cancer": "radiation therapy for prostate cancer (EBRT)",
    "radiation therapy for prostate cancer": "radiation therapy for prostate cancer",
    "radiotherapy for prostate cancer": "radiation therapy for prostate cancer",
}
_CAUSE_VERB = (
    r"(?P<how>(?:primarily|mainly|solely|only|predominantly|predominately)\s+)?"
    r"(?P<verb>due\s+(?:(?:primarily|mainly|solely|only)\s+)?to|caused\s+by|induced\s+by|as\s+a\s+result\s+of|resulting\s+from|secondary\s+to|attributed\s+to"
    r"|following|after|subsequent\s+to|from)"
    r"(?P<how2>\s+(?:primarily|mainly|solely|only))?"
)
_ORIGIN = (
    r"(?:of|with|having|due\s+to)\s+(?:an?\s+|any\s+)?(?P<origin>vascular|organic|psychological|psychogenic|neurogenic|non-vascular"
    r"|organic,\s*psychogenic,?\s*or\s+mixed|organic,\s*psychogenic\s+and\s+mixed|various|variable(?:\s+and/or\s+multifactorial)?"
    r"|any)\s+(?:origin|etiology|aetiology|etiologies|cause|causes|etiological classification)"
    r"(?P<origin_list>\s*\((?:organic,\s*psychogenic,?\s*(?:or|and)\s+mixed)\))?"
)
_DEFINITION_TEXT = (
    r"(?:the\s+|an\s+)?(?P<consistent>consistent\s+|persistent\s+)?inability\s+to\s+(?:achieve|attain|obtain|get)"
    r"\s*(?P<and>and/or|and|or)\s*(?:maintain|keep)\s+(?:an?\s+)?(?:penile\s+)?erection(?:\s+of\s+the\s+penis)?"
    r"\s+(?:sufficient|adequate|firm\s+enough)\s+(?:for|to\s+permit|to\s+complete|to\s+allow|to\s+have)\s+(?:a\s+)?"
    r"satisfactory\s+sexual\s+(?:intercourse|performance|activity)"
    r"|(?P<change>(?:a\s+)?consistent\s+change\s+in\s+the\s+quality\s+of\s+erection\s+that\s+adversely\s+affects\s+the\s+"
    r"(?:patient|subject)'s\s+satisfaction\s+with\s+sexual\s+intercourse)"
)
_NIH = r"(?:the\s+)?(?:1992\s+|1993\s+)?(?:US\s+)?(?:NIH|National\s+Institutes?\s+of\s+Health(?:\s+\(NIH\))?)(?:\s+Consensus)?(?:\s+(?:Statement|statement|definition|Definition|Conference|consensus\s+report|report))?(?:\s+(?:1992|1993))?"
_DEFINED = (
    r"(?P<def>"
    r",?\s*(?:as\s+)?(?:(?:clinically\s+)?defined\s+(?:by|according\s+to)|according\s+to)\s+(?P<nih>" + _NIH + r")"
    r"(?:\s*\(\s*(?:" + _DEFINITION_TEXT.replace("(?P<", "(?P<n") + r")\s*\))?"
    r"|,?\s*\(?\s*(?:ED\s*[:,]\s*)?(?:clinically\s+)?defined\s+as\s+(?:"
    + _DEFINITION_TEXT.replace("(?P<", "(?P<d")
    + r")\s*\)?"
    r"|\s*\(\s*(?:" + _DEFINITION_TEXT.replace("(?P<", "(?P<p") + r")\s*\)"
    r")"
)
_JUDGES = (
    (
        r"as\s+determined\s+by\s+(?:the\s+)?(?:study\s+)?investigator|as\s+assessed\s+by\s+the\s+investigator",
        "The study doctor decides this.",
    ),
    (
        r"according\s+to\s+(?:the\s+)?physician(?:'s)?\s+judg(?:e)?ment|at\s+the\s+discretion\s+of\s+the\s+physician"
        r"|based\s+(?:up)?on\s+expert\s+clinician\s+opinion|in\s+the\s+opinion\s+of\s+the\s+(?:physician|doctor)",
        "A doctor decides this.",
    ),
    (r"based\s+on\s+(?:the\s+patient's\s+)?(?:clinical|medical)\s+history", "This is based on your medical history."),
    (r"based\s+on\s+(?:the\s+patient's\s+)?sexual\s+history", "This is based on your sexual history."),
    (
        r"based\s+on\s+a\s+physician's\s+diagnosis|(?:and\s+)?(?:the\s+diagnosis\s+of\s+ED\s+has\s+to\s+be\s+)?confirmed\s+by\s+a\s+"
        r"(?:physician|doctor)",
        "A doctor has confirmed this.",
    ),
)
_JUDGE = "|".join(f"(?P<j{index}>{pattern})" for index, (pattern, _) in enumerate(_JUDGES))
_SEVERITY = (
    r"mild\s+and\s+moderate|mild,?\s+moderate,?\s+or\s+severe|mild\s+to\s+moderate|moderate\s+to\s+severe|mild\s+to\s+severe|mild-to-moderate"
    r"|moderate-to-severe|severe\s+or\s+moderate|moderate\s+or\s+severe|mild\s+or\s+moderate|mild|moderate|severe"
)
_CAUSE_ADJ = "|".join(sorted((re.escape(word) for word in _CAUSE_WORDS), key=len, reverse=True))

EdState = Literal["has", "had", "diagnosed", "documented", "self-reported", "known or suspected", "known", "developed"]


class ErectionProblem(_Stated):
    """Trouble getting or keeping an erection, with what the sentence says of it."""

    state: EdState = "has"
    man: bool = False
    severity: str | None = None  # "mild to moderate"; "any"
    duration: Duration | None = None
    cause: str | None = None  # a sentence: "It is caused by poor blood flow."
    definition: str | None = None  # a sentence: "This means you cannot get or keep ..."
    nih: bool = False  # "as defined by the NIH"
    judge: str | None = None  # "A doctor decides this."
    share: str | None = None  # "more than 50%": how often it happens
    at: str | None = None
    after: str | None = None  # it started after this ("Developed ED after surgery")
    score: Fact | None = None  # a score band (the scores family's fact): "Your IIEF-5 score is less than 22."
    score_defines: bool = False  # "defined as an IIEF score ...": the score is what the name means here
    questionnaire: str | None = None  # "the IIEF questionnaire": how it is measured

    def sentence(self) -> str:
        severity = f"{self.severity} " if self.severity and self.severity != "any" else ""
        name = f"{severity}{_ED_NAME}"
        timed = self.duration is not None
        have = "have had" if timed or self.state == "had" else "have"
        if self.state == "developed":
            first = f"You started having {name} after {self.after}"
        elif self.state == "diagnosed":
            first = f"A doctor has found that you {have} {name}"
        elif self.state == "documented":
            first = f"Your medical records show that you {have} {name}"
        elif self.state == "self-reported":
            first = f"You say you {have} {name}"
        elif self.state in ("known or suspected", "known"):
            thought = " or thought" if self.state == "known or suspected" else ""
            first = f"You are known{thought} to {'have had' if timed else 'have'} {name}"
        elif self.man:
            first = f"You are a man who {'has had' if timed or self.state == 'had' else 'has'} {name}"
        else:
            first = f"You {have} {name}"
        if self.man and self.state not in ("has", "had"):
            first = "You are a man. " + first
        cause = self.cause
        if cause and self.state == "has" and not (self.man or self.duration or self.at) and cause.startswith("It is "):
            # One sentence: under "You cannot join if", "You have trouble getting ... ." alone reads as if the trouble
            # itself kept you out, where the cause does (NCT00809471).
            first, cause = f"Your {name} is {cause.removeprefix('It is ').rstrip('.')}", None
        parts = [first + (f" {self.duration.said()}" if self.duration else "") + (f" {self.at}" if self.at else "")]
        parts[0] += "."
        if self.severity == "any":
            parts.append("It can be mild, moderate or severe.")
        if cause:
            parts.append(cause)
        if self.share:
            parts.append(f"It happens in {self.share} of the times you have sexual intercourse.")
        if self.definition and self.nih:
            parts.append("By the NIH's definition, t" + self.definition[1:])
        elif self.definition:
            parts.append(self.definition)
        elif self.nih:
            parts.append("This follows the NIH's definition of erectile dysfunction.")
        if self.score is not None:
            said = self.score.sentence()
            parts.append(f"This means {said[:1].lower()}{said[1:]}" if self.score_defines else said)
        if self.questionnaire:
            parts.append(f"This is measured with {self.questionnaire}.")
        if self.judge:
            parts.append(self.judge)
        return " ".join(parts)


_ED = (
    r"(?=.*?(?:\b(?-i:ED)\b|erectile|impotence))"
    r"(?P<at_first>at\s+screening\s*,?\s*)?"
    r"(?P<state>(?:(?:is|are)\s+)?(?:currently\s+)?(?:suffering|suffers)\s+from\s+"
    r"|(?:(?:with|have|has|had)\s+)?(?:an?\s+)?(?P<hist>(?:(?:medical|clinical|documented|confirmed|established|self-reported"
    r"|previous)\s+)*(?:history|diagnosis))\s+of\s+(?P<self>self-reported\s+)?"
    r"|(?:(?:have|has)\s+been\s+)?(?:clinically\s+)?diagnosed\s+(?:with|as)\s+(?:an?\s+)?"
    r"|(?:diagnosed\s+and\s+)?confirmed\s+"
    r"|(?:presence|existence)\s+of\s+|complain(?:ing|s)?\s+of\s+|(?:a\s+)?(?:report\s+of\s+)?complaints?\s+of\s+"
    r"|known\s+or\s+suspected\s+|known\s+|develop(?:ed|s)?\s+|having\s+)?"
    r"(?P<lead>(?:(?P<lmin>(?:a\s+)?minimum\s+(?:of\s+)?|at\s+least\s+(?:a\s+)?))?(?P<ln>" + COUNT + r")[\s-]*"
    r"(?P<lunit>months?|years?)(?P<lmore>\s+or\s+longer)?\s+(?:history\s+|diagnosis\s+|duration\s+)?of\s+)?"
    r"(?:an?\s+(?=mild|moderate|severe))?(?P<severity>(?:" + _SEVERITY + r")\s+)?"
    r"(?P<how>(?:mainly|predominantly|predominately|primarily|purely|pure|chronic)\s+)?"
    r"(?P<adj>(?:" + _CAUSE_ADJ + r")\s+)?"
    r"(?P<name>erectile\s+dysfunction(?:\s*\(\s*(?-i:ED)\s*\))?|(?-i:ED)(?:\s*\(\s*erectile\s+dysfunction\s*\))?|impotence"
    r"|erectile\s+disorder)"
    r"(?P<tail>.*)"
)
_CAUSE_NAMES = "|".join(re.escape(cause).replace(r"\ ", r"\s+") for cause in sorted(_CAUSES, key=len, reverse=True))
_LEAD_SPACE = r"\s*,?\s*"
_TAIL_PARTS = {
    "duration": re.compile(_LEAD_SPACE + _DURATION, re.IGNORECASE),
    "cause": re.compile(_LEAD_SPACE + _CAUSE_VERB + r"\s+(?:an?\s+)?(?P<cause>" + _CAUSE_NAMES + r")\b", re.IGNORECASE),
    "origin": re.compile(_LEAD_SPACE + _ORIGIN, re.IGNORECASE),
    "definition": re.compile(_DEFINED, re.IGNORECASE),
    "any": re.compile(_LEAD_SPACE + r"of\s+any\s+severity", re.IGNORECASE),
    "share": re.compile(
        _LEAD_SPACE + r"in\s+(?P<cmp>more\s+than|over)\s+50%\s+of\s+(?:sexual\s+)?intercourses?", re.IGNORECASE
    ),
    "at": re.compile(_LEAD_SPACE + r"at\s+(?P<at>screening|baseline)", re.IGNORECASE),
    "event": re.compile(r"\s+(?:before|prior\s+to)\s+(?P<event>" + _EVENT + r")", re.IGNORECASE),
    "judge": re.compile(_LEAD_SPACE + r"(?:" + _JUDGE + r")", re.IGNORECASE),
    # A score band, read by the scores family: "(IIEF-5 score less than 22)", "with an IIEF-EF score of 11 to 25".
    "score": re.compile(
        r"\s*\(\s*(?:(?P<bhow>defined\s+as)\s+(?:an?\s+)?)?(?P<score>(?:IIEF|SHIM|EHS|International\s+Index|score)[^()]{3,80}?)\s*\)"
        r"|\s*(?:,\s*|\s+)(?:(?P<how>with|and|defined\s+as|confirmed\s+by|as\s+defined\s+by)\s+)?"
        r"(?:an?\s+|a\s+baseline\s+|baseline\s+)?"
        r"(?P<score2>(?:IIEF|SHIM|EHS|International\s+Index)[^;()]{3,80}?(?:\s*\([^()]{2,40}\))?[^;()]{0,30}?)(?=$|\s*[,;])",
        re.IGNORECASE,
    ),
    "questionnaire": re.compile(
        r"\s*\(?\s*,?\s*(?:by|according\s+to|based\s+(?:on|of)|using|(?:determined|assessed)\s+(?:by\s+using|by|with))\s+(?:the\s+)?"
        r"(?P<questionnaire>IIEF(?:-5|-EF)?|International\s+Index\s+of\s+Erectile\s+(?:Function|Dysfunction)(?:\s*\(IIEF(?:-5)?\))?)"
        r"(?:\s+(?:questionnaire|scores?))?\s*\)?",
        re.IGNORECASE,
    ),
}
_ORIGINS = {
    "vascular": "It is caused by poor blood flow.",
    "organic": "It has a physical cause.",
    "psychological": "It is caused by stress or emotions.",
    "psychogenic": "It is caused by stress or emotions.",
    "neurogenic": "It is caused by nerve damage.",
    "non-vascular": "It is not caused by poor blood flow.",
}
_ANY_CAUSE = "It can have any cause: physical, emotional or both."


def _tail(text: str) -> dict[str, re.Match] | None:
    """Each part of what follows the name, read at most once, in any order; None unless all of it is read."""
    found: dict[str, re.Match] = {}
    position = 0
    text = text.rstrip(" .;,")
    while position < len(text):
        for name, pattern in _TAIL_PARTS.items():
            if name in found:
                continue
            match = pattern.match(text, position)
            if match and match.end() > position:
                found[name] = match
                position = match.end()
                break
        else:
            return None
    return found


def _definition(match: re.Match) -> tuple[str | None, bool]:
    """(what the definition says, in a sentence; is it the NIH's)."""
    groups = {
        name[1:]: value for name, value in match.groupdict().items() if value and name[0] in "ndp" and name != "def"
    }
    nih = bool(match["nih"])
    if groups.get("change"):
        return "This means your erections have changed in a lasting way that makes sex less satisfying for you.", nih
    if not any(key in groups for key in ("and", "consistent")):
        return None, nih
    joiner = "and" if groups.get("and", "").lower() == "and" else "or"
    if groups.get("consistent"):
        return f"This means you keep failing to get {joiner} keep an erection firm enough for satisfying sex.", nih
    return f"This means you cannot get {joiner} keep an erection firm enough for satisfying sex.", nih


def _erection_problem(match: re.Match) -> ErectionProblem | None:
    tail = _tail(match["tail"])
    if tail is None:
        return None
    state_words = " ".join((match["state"] or "").lower().split())
    state: EdState = "has"
    if "suspected" in state_words:
        state = "known or suspected"
    elif state_words.startswith("known"):
        state = "known"
    elif "develop" in state_words:
        state = "developed"
    elif "self-reported" in state_words or match["self"] or "complain" in state_words:
        state = "self-reported"
    elif "documented" in state_words:
        state = "documented"
    elif "diagnos" in state_words or "confirmed" in state_words:
        state = "diagnosed"
    elif "history" in state_words:
        state = "had"
    if "diagnosis" in (match["lead"] or "").lower() and state in ("has", "had"):
        state = "diagnosed"  # "6 months or longer diagnosis of ED"
    if state in ("known", "known or suspected") and (match["adj"] or "cause" in tail or "origin" in tail):
        return None  # "suspected vasculogenic ED": the cause is what is suspected
    duration = None
    if match["ln"]:
        phrase = "at least" if match["lmin"] or match["lmore"] else None
        duration = Duration(phrase=phrase, number=count(match["ln"]), unit=_unit(match["lunit"]))
    if "duration" in tail:
        if duration is not None:
            return None
        duration = _duration(tail["duration"])
        if duration is None:
            return None
    if "event" in tail:
        if duration is None or duration.event is not None or list(tail).index("event") != len(tail) - 1:
            return None  # "prior to enrollment": of a duration said just before it
        duration = duration.model_copy(update={"event": _event(tail["event"]["event"])})
    severity = " ".join(match["severity"].lower().split()).replace("-", " ") if match["severity"] else None
    severity = {"severe or moderate": "moderate or severe", "mild and moderate": "mild or moderate"}.get(
        severity or "", severity
    )
    if "any" in tail:
        if severity:
            return None
        severity = "any"
    cause = None
    how = (match["how"] or "").strip().lower()
    if how == "chronic":
        return None
    if match["adj"]:
        cause = _CAUSE_WORDS[" ".join(match["adj"].lower().split())]
        if how:
            cause = _with_how(cause, _HOW_MUCH[how])
            if cause is None:
                return None
    elif how:
        return None
    if "cause" in tail:
        if cause is not None:
            return None
        found = tail["cause"]
        verb = " ".join(found["verb"].lower().split())
        plain = _CAUSES[" ".join(found["cause"].lower().split())]
        inside = re.search(r"\b(primarily|mainly|solely|only)\b", verb)
        much = (found["how"] or found["how2"] or (inside[1] if inside else "")).strip().lower()
        verb = re.sub(r"\s+(?:primarily|mainly|solely|only)\b", "", verb)
        started_after = verb in ("following", "after", "subsequent to")
        cause = f"It started after {plain}." if started_after else f"It is caused by {plain}."
        if much:
            cause = _with_how(cause, {"only": "only", "solely": "only"}.get(much, "mainly"))
            if cause is None:
                return None
        if state == "developed" and not started_after:
            return None
    elif state == "developed":
        return None
    if "origin" in tail:
        if cause is not None:
            return None
        origin = " ".join(tail["origin"]["origin"].lower().split())
        if origin in _ORIGINS:
            cause = _ORIGINS[origin]
        elif origin.startswith("variable"):
            cause = "It can have one or more causes of any kind."
        elif origin == "any" and not tail["origin"]["origin_list"]:
            cause = "It can have any cause."
        elif origin.startswith("organic") or origin in ("any", "various"):
            cause = _ANY_CAUSE
        else:
            return None
    definition, nih = (None, False)
    if "definition" in tail:
        definition, nih = _definition(tail["definition"])
        if definition is None and not nih:
            return None
    judge = None
    if "judge" in tail:
        judge = next(said for index, (_, said) in enumerate(_JUDGES) if tail["judge"][f"j{index}"])
    share = None
    if "share" in tail:
        share = "more than 50%"
    at = "at the first study visit" if match["at_first"] else None
    if "at" in tail:
        if at:
            return None
        at = "at the first study visit" if tail["at"]["at"].lower() == "screening" else "at the start of the study"
    score = None
    score_defines = False
    if "score" in tail:
        from trialpages.eligibility.facts import recognise  # the score band is the scores family's

        found = tail["score"]
        read = recognise((found["score"] or found["score2"]).strip())
        if read is None or read[0] != "score-limit":
            return None
        score = read[1]
        how = found["how"] or found["bhow"] or ""
        score_defines = bool(re.match(r"defined|as\s+defined", how, re.I))
    questionnaire = None
    if "questionnaire" in tail:
        version = re.search(r"IIEF-?(\d+|EF)", tail["questionnaire"]["questionnaire"], re.IGNORECASE)
        questionnaire = f"the IIEF-{version[1].upper()} questionnaire" if version else "the IIEF questionnaire"
    after = None
    if state == "developed":
        if cause is None:  # "developed" is read only with the cause it started after (above)
            raise ValueError(f"developed, but from no cause: {match[0]!r}")
        after = cause.removeprefix("It started after ").rstrip(".")  # "Developed ED after surgery"
        cause = None
    return ErectionProblem(
        state=state,
        man=_said_man(match, "name"),
        severity=severity,
        duration=duration,
        cause=cause,
        definition=definition,
        nih=nih,
        judge=judge,
        share=share,
        at=at,
        after=after,
        score=score,
        score_defines=score_defines,
        questionnaire=questionnaire,
        stated=_stated(match, "at_first", "state", "lead", "severity", "how", "adj", "name"),
    )


def _with_how(cause: str, how: str) -> str | None:
    """ "It is caused by X." -> "It is mainly caused by X."; other sentences do not take it."""
    if cause.startswith("It is caused by "):
        return f"It is {how} caused by " + cause.removeprefix("It is caused by ")
    return None


# --- Erection medicines: how they worked ------------------------------------------------------------------------

# PDE5 inhibitor spellings the treatment table does not hold, read as the class.
_PDE5 = re.compile(
    r"(?:oral\s+|marketed\s+|approved\s+)?(?P<term>PDE5-inhibitors?|PDE-5-inhibitors?|iPDE-?5|IPDE-?5|iPDE|PDE\s?V\s+inhibitors?|PDE5Is|PDE5-Is"
    r"|PDE5is|PDE5s|PDE-5s|PDE5'?s|PDE5\s+\(Phosphodiesterase\s+(?:type\s+)?5\)\s+inhibitors?|5-?phosphodiesterase\s+inhibitors?"
    r"|PDE\s?5\s+inhibitors?|PDE-5\s+inhibitors?|PDE5I|PDE5i|PDE-5i|PDE5-I|phosphodiesterase(?:-|\s+type\s+|\s+)5\s+inhibitors?)"
    r"(?:\s+(?:treatments?|therapy|therapies|drugs?|medications?))?$",
    re.IGNORECASE,
)


def _medicines(text: str) -> tuple[str, bool] | None:
    """The plain words of a list of medicines ("PDE5 inhibitors", "Viagra, Cialis or Levitra"), and whether it is a
    class (plural, "erection medicines like sildenafil (...)") rather than named drugs."""
    text = " ".join(text.split())
    # "Phosphodiesterase Type 5 (PDE5) inhibitors": the bracketed abbreviation is the term quoted.
    text = re.sub(
        r"^phosphodiesterase[\s-]*(?:type[\s-]*)?5\s*\((PDE-?\s?5)\)\s*(inhibitors?)$",
        r"\1 \2",
        text,
        flags=re.IGNORECASE,
    )
    match = _PDE5.match(text)
    if match:
        return f"erection medicines like sildenafil ({match['term']})", True
    listed = treatments_in(text)
    if listed is None:
        trimmed = re.sub(r"\s+(?:treatments?|therapy|therapies)$", "", text, flags=re.IGNORECASE)
        listed = treatments_in(trimmed) if trimmed != text else None
    if listed is None:
        return None
    items, joiner = listed
    if any(item.kind == "device" for item in items):
        return None
    plain = [item.plain for item in items]
    said = plain[0] if len(plain) == 1 else ", ".join(plain[:-1]) + f" {joiner} " + plain[-1]
    return said, len(items) == 1 and (items[0].plain[:1].islower() and " " in items[0].plain)


_MARKS = re.compile(r"\s*[®™]")
Response = Literal["yes", "no", "partly", "not enough", "failed"]


class MedicineResponse(Fact):
    """How erection medicines worked: "Positive response to PDE5i", "Non-responders to sildenafil"."""

    medicines: str
    response: Response
    any_one: bool = False  # "any PDE5 inhibitor": at least one of them
    examples: str | None = None  # "such as Viagra, Cialis or Levitra"
    known: bool = False
    purpose: bool = False  # "for therapy of ED"
    highest_dose: bool = False  # "even at the highest dose"

    def sentence(self) -> str:
        medicines = self.medicines
        if self.examples:
            medicines = medicines.replace("erection medicines like sildenafil (", "erection medicines (")
            medicines += f" such as {self.examples}"
        what = f"at least one of the {medicines}" if self.any_one else medicines
        dose = ", even at the highest dose" if self.highest_dose else ""
        if self.response == "failed":
            purpose = " for erection problems" if self.purpose else ""
            return f"Treatment with {what}{purpose} has failed for you again and again{dose}."
        if self.response == "no" and not self.known:
            # "Have previously failed to respond to PDE-5 inhibitors" (NCT00282607, sample 23: LOSSY as "You have not
            # responded to ..."): a man who never took one could read himself in; it says they were tried.
            they = "it" if self.any_one or not _SEVERAL.search(medicines) else "they"
            return f"You have taken {what}{dose}, and {they} did not work for you."
        said = {
            "yes": "have responded to",
            "no": "have not responded to",
            "partly": "have responded only partly to",
            "not enough": "have not responded well enough to",
        }[self.response]
        if self.known:
            said = {
                "yes": "are known to have responded to",
                "no": "are known not to have responded to",
                "partly": "are known to have responded only partly to",
                "not enough": "are known not to have responded well enough to",
            }[self.response]
        return f"You {said} {what}{dose}."


_SEVERAL = re.compile(r"\b(?:medicines|inhibitors|drugs|treatments)\b|,|\bor\b|\band\b")
_THE_LIST = rf"(?P<list>(?:any\s+)?(?:{LIST}|[^;()]{{2,80}}?))"
_EXAMPLES = r"(?:\s*,?\s*\(?(?:such\s+as|like|e\.g\.,?|eg,?|including)\s+(?P<examples>[^;()]{2,80}?)\)?)?"
_DOSE = r"(?P<dose>\s*,?\s*(?:even\s+)?(?:at|with)\s+(?:the\s+)?(?:maximum|maximal|highest)\s+(?:approved\s+|recommended\s+|tolerated\s+)?dos(?:e|age))?"
_RESPONSE = (
    r"(?P<known>(?:(?:a\s+)?(?:history|record)\s+of\s+)|known\s+|previous(?:ly)?\s+|prior\s+|past\s+)?"
    r"(?:(?P<pos>(?:positive|good|satisfactory|favou?rable|adequate)\s+(?:response|effect|reaction)s?\s+(?:to|of|with)\s+"
    r"|responders?\s+to\s+|(?:who\s+)?respond(?:s|ed)?\s+(?:favou?rably\s+|well\s+)?to\s+)"
    r"|(?P<neg>(?:negative|no|lack\s+of)\s+response\s+to\s+|non-?\s*responders?\s+to\s+|no\s+responders?\s+to\s+"
    r"|(?:not\s+responsive|unresponsive(?:ness)?|not\s+responding|non-?responsive(?:ness)?)\s+to\s+"
    r"|(?:(?:who\s+)?(?:have|has)\s+)?(?:failed\s+to\s+respond|not\s+responded|did\s+not\s+respond|do\s+not\s+respond|does\s+not\s+respond)\s+to\s+"
    r"|(?:prior\s+)?ineffective\s+treatment\s+with\s+)"
    r"|(?P<partly>(?:partial|incomplete)\s+response\s+to\s+)"
    r"|(?P<enough>(?:poor|inadequate|insufficient|suboptimal|an\s+insufficient)\s+response\s+to\s+)"
    r"|(?P<failed>consistent\s+treatment\s+failure\s+with\s+))"
    r"(?:(?:previous\s+|prior\s+)?(?:treatment|therapy)\s+with\s+)?"
    + _THE_LIST
    + _EXAMPLES
    + r"(?P<purpose>\s+for\s+(?:the\s+)?(?:therapy|treatment)\s+of\s+(?:ED|erectile\s+dysfunction))?"
    + _DOSE
    + r"(?:\s+(?:therapy|treatment))?"
    + r"|(?P<list2>[^,;()]{2,60}?)\s+(?P<pos2>responders?|responsive)"
)


def _response(match: re.Match) -> MedicineResponse | None:
    text = _MARKS.sub("", match["list"] if match["list"] is not None else match["list2"])
    any_one = False
    if re.match(r"any\s+", text, re.IGNORECASE):
        any_one = True
        text = text[4:]
    read = _medicines(text)
    if read is None:
        return None
    medicines, is_class = read
    if any_one and not is_class:
        return None
    examples = None
    if match["examples"]:
        listed = treatments_in(_MARKS.sub("", match["examples"]).rstrip(" ."))
        if listed is None or not all(item.kind == "medicine" for item in listed[0]):
            return None
        names = [item.plain for item in listed[0]]
        examples = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" {listed[1]} " + names[-1]
    if match["pos"] or match["pos2"]:
        response: Response = "yes"
    elif match["neg"]:
        response = "no"
    elif match["partly"]:
        response = "partly"
    elif match["enough"]:
        response = "not enough"
    else:
        response = "failed"
    known = (match["known"] or "").strip().lower() == "known"
    if known and response == "failed":
        return None
    if match["purpose"] and response != "failed":
        return None
    return MedicineResponse(
        medicines=medicines,
        response=response,
        any_one=any_one,
        examples=examples,
        known=known,
        purpose=bool(match["purpose"]),
        highest_dose=bool(match["dose"]),
    )


# --- Other treatment for erection problems during the study ---------------------------------------------------------

_ED_TREATMENT = (
    r"(?P<all>all\s+|any\s+)?(?P<other>other\s+|alternative\s+|additional\s+|non-?\s*study\s+)?"
    r"(?:(?P<kind1>(?:ED|erectile\s+dysfunction)\s+(?:treatments?|therap(?:y|ies)|medications?|medicines?|drugs?))"
    r"|(?P<kind2>(?:treatments?|therap(?:y|ies)|medications?|medicines?|drugs?)(?:\s+or\s+(?:treatments?|therap(?:y|ies)))?)"
    r"\s+(?:for|against|to\s+treat)\s+(?:the\s+)?(?:ED|erectile\s+dysfunction))"
)


class StopsTreatment(Fact):
    """Agreeing to use no other treatment for erection problems, or to stop it, during the study (or refusing to)."""

    lead: Literal["agree", "willing", "will", "unwilling", "refuse"]
    action: Literal["not use", "stop"]
    what: str  # "any other treatment for erection problems"
    period: str | None = None  # "during the study"
    except_study: bool = False  # "except the assigned study treatments"

    def sentence(self) -> str:
        period = f" {self.period}" if self.period else ""
        if self.except_study:
            period += ", except the treatment the study gives you"
        if self.lead == "unwilling":
            action = "stop using" if self.action == "stop" else "go without"
            return f"You are not willing to {action} {self.what}{period}."
        if self.lead == "refuse":
            action = "stop using" if self.action == "stop" else "go without"
            return f"You refuse to {action} {self.what}{period}."
        head = {"agree": "You agree", "willing": "You are willing", "will": "You will"}[self.lead]
        if self.action == "stop":
            return (
                f"{head} to stop using {self.what}{period}."
                if self.lead != "will"
                else f"You will stop using {self.what}{period}."
            )
        if self.lead == "will":
            return f"You will not use {self.what}{period}."
        if self.lead == "willing":
            return f"You are willing to go without {self.what}{period}."
        return f"{head} not to use {self.what}{period}."


_STOP_LEAD = (
    r"(?:(?P<agree>(?:must\s+)?(?:agrees?|agreed|agreement|commit(?:s|ment)?|accepts?)(?:\s+(?:not\s+)?to)?"
    r"|(?P<willing>(?:(?:is|are|be)\s+)?willing(?:ness)?\s+to|(?:who\s+)?(?:is|are)\s+willing\s+to)"
    r"|(?P<unwilling>unwilling(?:ness)?\s+to|not\s+willing\s+to|(?:who\s+)?(?:is|are)\s+unwilling\s+to)"
    r"|(?P<refuse>refus(?:al|es?|ing)\s+to))\s+)?"
)
_STOP_VERB = (
    r"(?P<neg>not\s+)?(?:(?P<stop>stop(?:\s+(?:using|taking))?|suspend|cease(?:\s+(?:use\s+of|using))?|discontinue)"
    r"|(?P<avoid>use|take|abstain\s+from(?:\s+(?:using|taking))?|forego|forgo|avoid(?:\s+(?:using|taking))?"
    r"|stay\s+away\s+from|refrain\s+from(?:\s+(?:using|taking))?))\s+"
)


def _stops(match: re.Match) -> StopsTreatment | None:
    negated = bool(match["neg"])
    if match["agree"] and re.search(r"\bnot\s+to$", match["agree"], re.IGNORECASE):
        negated = True
    if match["stop"]:
        if negated:
            return None
        action = "stop"
    else:
        verb = match["avoid"].lower()
        if verb.startswith(("use", "take")) and not negated:
            return None  # "agree to use other ED treatment"
        if not verb.startswith(("use", "take")) and negated:
            return None
        action = "not use"
    if (match["unwilling"] or match["refuse"]) and negated:
        return None
    lead = (
        "unwilling"
        if match["unwilling"]
        else "refuse"
        if match["refuse"]
        else "willing"
        if match["willing"]
        else "agree"
        if match["agree"]
        else "will"
    )
    medicine = bool(re.search(r"medic|drug", (match["kind1"] or match["kind2"] or ""), re.IGNORECASE))
    both = bool(match["kind2"] and re.search(r"\bor\b", match["kind2"], re.IGNORECASE))
    noun = "medicines or other treatment" if both else "medicines" if medicine else "treatment"
    det = (match["all"] or "").strip().lower()
    other = "other " if match["other"] else ""
    if action == "stop" and det == "any":
        det = "all"  # "stop any other medications": all of them
    if action == "not use":
        what = f"any {other}{noun} for erection problems" if det or other else f"{noun} for erection problems"
    else:
        what = (
            f"all {other}{noun} for erection problems" if det == "all" else f"your {other}{noun} for erection problems"
        )
    if match["other"] and match["other"].lower().startswith("non"):
        return None
    period = _period(match["period"]) if match["period"] else None
    if match["period"] and period is None:
        return None
    if action == "stop" and period is None:
        return None  # "stop ED therapy": for how long is not said
    return StopsTreatment(lead=lead, action=action, what=what, period=period, except_study=bool(match["study_ones"]))


# --- A partner ------------------------------------------------------------------------------------------------------


class Partner(Fact):
    """Having a (steady, female, sexual) partner, for how long; or not having one."""

    kind: str | None = None  # "steady", "stable", "regular"
    sexual: bool = False
    woman: bool = False
    negated: bool = False
    current: bool = False
    duration: Duration | None = None
    throughout: str | None = None  # "during the whole study" ("throughout the study"), "during the study"
    willing: Attempts | None = None  # "who is willing to engage in sexual activity more than twice per month ..."

    def sentence(self) -> str:
        words = " ".join(filter(None, (self.kind, "sexual" if self.sexual else "", "partner")))
        if self.negated:
            current = " now" if self.current else ""
            return f"You do not have a {words}{current}."
        woman = " who is a woman" if self.woman else ""
        if self.duration:
            return f"You have had the same {words}{woman} {self.duration.said()}."
        if self.willing:
            return f"You have a {words}{woman} who is willing to {self.willing.said()}."
        throughout = f" {self.throughout}" if self.throughout else ""
        return f"You have a {words}{woman}{throughout}."


_PARTNER_KINDS = {
    "stable": "stable",
    "steady": "steady",
    "consistent": "steady",
    "constant": "steady",
    "regular": "regular",
    "permanent": "steady",
    "fixed": "steady",
    "established": "steady",
    "current": "",
}
_PARTNER = (
    r"(?:(?P<neg>(?:does\s+not|do\s+not|doesn't)\s+have|without|no)\s+(?:an?\s+)?"
    r"|(?:(?:presence\s+of|(?:have|has|having|with))\s+)?(?:an?\s+)?)"
    r"(?P<kind>(?:stable|steady|consistent|constant|regular|permanent|fixed|established|current)\s+)?(?P<woman>female\s+)?"
    r"(?P<sexual>(?:sexual|sex)\s+)?partner"
    r"(?:\s*,?\s*(?:(?:for|of)\s+)?(?:(?P<cmp>at\s+least|more\s+than|over)\s+)?(?P<n>"
    + COUNT
    + r")\s*(?P<unit>months?|years?))?"
    r"(?P<throughout>\s+throughout\s+the\s+study|\s+during\s+the\s+(?:study|experimental\s+period))?"
    r"(?:\s+who\s+is\s+willing\s+to\s+(?:engage\s+in|have)\s+(?P<what2>sexual\s+activity|sex|sexual\s+intercourse)"
    r"\s+(?:(?P<cmp2>more\s+than|at\s+least)\s+)?(?P<n2>twice|once|" + COUNT + r")(?:\s+times?)?"
    r"(?:\s+(?P<every>(?:per|a|each|every)\s+(?:(?P<en>" + COUNT + r")\s+)?(?:weeks?|months?)))?"
    r"(?:\s*,?\s+(?P<period>" + _PERIOD + r"))?"
    r"(?P<without>)(?P<days>)(?P<partner>))?"
)


def _partner(match: re.Match) -> Partner | None:
    kind = _PARTNER_KINDS.get((match["kind"] or "").strip().lower()) if match["kind"] else None
    negated = bool(match["neg"])
    said_before = match.string[
        : match.start("kind") if match["kind"] else match.start("sexual") if match["sexual"] else match.end()
    ]
    if not negated and not re.search(r"\b(?:presence|have|has|having|with)\b", said_before, re.IGNORECASE) and not kind:
        return None  # "Partner": having one is not said
    if negated and (match["n"] or match["throughout"] or match["n2"]):
        return None
    duration = None
    if match["n"]:
        phrase = comparison_phrase(match["cmp"]) if match["cmp"] else None
        if phrase is None and "of" not in match[0].lower().split():
            return None
        duration = Duration(phrase=phrase, number=count(match["n"]), unit=_unit(match["unit"]))
    willing = None
    if match["n2"]:
        if duration or match["throughout"]:
            return None
        number = {"twice": "2", "once": "1"}.get(match["n2"].lower(), count(match["n2"]))
        every = None
        if match["every"]:
            unit = "week" if "week" in match["every"].lower() else "month"
            every = f"every {count(match['en'])} {unit}s" if match["en"] and count(match["en"]) != "1" else f"a {unit}"
        period = _period(match["period"]) if match["period"] else None
        if match["period"] and period is None:
            return None
        willing = Attempts(
            what=_WHAT[" ".join(match["what2"].lower().split())],
            phrase=comparison_phrase(match["cmp2"]) if match["cmp2"] else None,
            number=number,
            every=every,
            period=period,
        )
    return Partner(
        kind=kind or None,
        sexual=bool(match["sexual"]),
        woman=bool(match["woman"]),
        negated=negated,
        current=(match["kind"] or "").strip().lower() == "current",
        duration=duration,
        throughout=(
            None
            if not match["throughout"]
            else "during the whole study"
            if "throughout" in match["throughout"].lower()
            else "during the study"
        ),
        willing=willing,
    )


class PartnerPregnant(Fact):
    """A partner who is pregnant, breastfeeding or trying to get pregnant."""

    states: tuple[str, ...]  # "pregnant", "breastfeeding", "trying to get pregnant"
    during: bool = False  # "during the study"

    def sentence(self) -> str:
        states = list(self.states)
        said = states[0] if len(states) == 1 else ", ".join(states[:-1]) + " or " + states[-1]
        during = " during the study" if self.during else ""
        return f"Your partner is {said}{during}."


_PREGNANT_WORDS = {
    "pregnant": "pregnant",
    "nursing": "breastfeeding",
    "lactating": "breastfeeding",
    "breastfeeding": "breastfeeding",
    "breast-feeding": "breastfeeding",
    "trying to conceive": "trying to get pregnant",
    "trying to become pregnant": "trying to get pregnant",
    "planning to become pregnant": "planning to get pregnant",
}
_STATES = r"pregnant|nursing|lactating|breast-?feeding|trying\s+to\s+conceive|trying\s+to\s+become\s+pregnant|planning\s+to\s+become\s+pregnant"
_PARTNER_PREGNANT = (
    r"(?:(?:patient'?s|subject'?s|his|their|the)\s+)?(?:female\s+)?(?:sexual\s+|sex\s+)?partners?\s+(?:is|are)\s+(?:an?\s+)?"
    r"(?P<states>(?:" + _STATES + r")(?:\s*(?:,|/|or|and/or)\s*(?:" + _STATES + r"))*)(?:\s+female)?"
    r"(?P<during>\s+during\s+the\s+(?:study|trial)(?:\s+period)?)?"
    r"|(?P<states2>(?:" + _STATES + r")(?:\s*(?:,|/|or|and/or)\s*(?:" + _STATES + r"))*)\s+(?:sexual\s+)?partners?"
)


def _partner_pregnant(match: re.Match) -> PartnerPregnant | None:
    words = match["states"] or match["states2"]
    found = re.findall(_STATES, words, re.IGNORECASE)
    if re.search(r"\band\b(?!/)", words, re.IGNORECASE):
        return None
    states = tuple(
        dict.fromkeys(
            _PREGNANT_WORDS[" ".join(word.lower().replace("breast-feeding", "breastfeeding").split())] for word in found
        )
    )
    return PartnerPregnant(states=states, during=bool(match["during"]))


# --- Conditions that rule out sexual activity, and what a condition of the penis does -------------------------------

# The conditions these sentences name (in the study's words), as said after "You have".
_AFFECTING = {
    "cardiovascular conditions": "a heart or blood vessel condition",
    "cardiovascular condition": "a heart or blood vessel condition",
    "cardiovascular disease": "heart or blood vessel disease",
    "cardiovascular disorder": "a heart or blood vessel disorder",
    "any cardiovascular disorder": "a heart or blood vessel disorder",
    "any underlying cardiovascular condition": "a heart or blood vessel condition",
    "significant cardiovascular disease": "serious heart or blood vessel disease",
    "cardiac disease": "heart disease",
    "heart disease": "heart disease",
    "any conditions": "a health condition",
    "a medical condition": "a health condition",
    "peyronie's disease or penile curvature": "Peyronie's disease or a bent penis",
    "penile curvature": "a bent penis",
    "penile deformity": "an abnormal shape of the penis",
    "genital deformities or other disorders": "a problem with the shape of the genitals or another disorder",
}
# What a condition does, as said after "that".
_EFFECTS = (
    (r"(?:that\s+|which\s+)?prevents?\s+(?:any\s+)?sexual\s+activity", "keeps you from sexual activity"),
    (
        r"(?:that\s+|which\s+)?prevents?\s+(?:sexual\s+)?intercourse(?:\s+with\s+(?:partners|a\s+partner))?",
        "keeps you from having sexual intercourse",
    ),
    (
        r"(?:that\s+|which\s+)?(?:would\s+)?preclude\s+(?:safe\s+)?sexual\s+activity",
        "would keep you from sexual activity",
    ),
    (
        r"(?:that\s+|which\s+)?(?:interfering|interferes)\s+with\s+sexual\s+activity",
        "gets in the way of sexual activity",
    ),
    (r"(?:that\s+|which\s+)?negatively\s+influences?\s+sexual\s+activity", "gets in the way of sexual activity"),
    (
        r"(?:that\s+|which\s+)?contra-?\s?indicat(?:es|ing)\s+(?:any\s+)?sexual\s+activity",
        "means sexual activity is not safe for you",
    ),
    (
        r"(?:that\s+|which\s+)?makes\s+sexual\s+intercourse\s+difficult\s+or\s+impossible",
        "makes sexual intercourse hard or impossible",
    ),
)
_EFFECT = "|".join(f"(?P<e{index}>{pattern})" for index, (pattern, _) in enumerate(_EFFECTS))
_AFFECTING_NAMES = "|".join(
    re.escape(name).replace(r"\ ", r"\s+").replace("'", "['’]") for name in sorted(_AFFECTING, key=len, reverse=True)
)


class SexNotAdvised(_Stated):
    """A condition that rules out or gets in the way of sexual activity; or sexual activity not advised at all."""

    condition: str | None = None  # "a heart or blood vessel condition"; None: no condition named
    effect: str | None = None  # "keeps you from sexual activity"
    had: bool = False
    judged: bool = False  # "deemed": the study doctor's view
    man: bool = False

    def sentence(self) -> str:
        if self.condition is None:
            if self.judged and self.man:
                return "You are a man, and the study doctor thinks you are not healthy enough for sexual activity."
            if self.judged:
                return "The study doctor thinks you are not healthy enough for sexual activity."
            return "Sexual activity is not advised for you."
        if self.man:
            return f"You are a man who {'has had' if self.had else 'has'} {self.condition} that {self.effect}."
        verb = "have had" if self.had else "have"
        return f"You {verb} {self.condition} that {self.effect}."


_SEX_NOT_ADVISED = (
    r"(?:(?:the\s+)?(?:presence\s+of|(?:who\s+)?had|having)\s+(?:an?\s+)?)?(?P<condition>"
    + _AFFECTING_NAMES
    + r")\s*,?\s+(?:"
    + _EFFECT
    + r")"
    r"|(?:for|in)\s+whom\s+sexual\s+activity\s+is\s+(?:inadvisable|not\s+indicated|not\s+advisable)"
    r"|(?P<deemed>deemed|judged)\s+not\s+healthy\s+enough\s+(?:to\s+participate\s+in|for)\s+sexual\s+activity"
)


def _sex_not_advised(match: re.Match) -> SexNotAdvised | None:
    man = bool(
        _MAN.search(
            match.string[: match.start()]
            + match.string[
                : (match.start("condition") if match["condition"] else match.start("deemed") if match["deemed"] else 0)
            ]
        )
    )
    if match["condition"] is None:
        return SexNotAdvised(judged=bool(match["deemed"]), man=man)
    condition = _AFFECTING[" ".join(match["condition"].lower().replace("’", "'").split())]
    effect = next(said for index, (_, said) in enumerate(_EFFECTS) if match[f"e{index}"])
    had = bool(re.search(r"\bhad\b", match.string[: match.start("condition")], re.IGNORECASE))
    return SexNotAdvised(condition=condition, effect=effect, had=had, man=man, stated=_stated(match, "condition"))


# --- Low sex hormones; a cause other than blood flow ---------------------------------------------------------------


class Hypogonadism(_Stated):
    treated: bool
    shown_by: str | None = None

    testosterone: bool = False  # "testosterone deficiency"

    def sentence(self) -> str:
        name = (
            "low testosterone (testosterone deficiency)"
            if self.testosterone
            else "low sex hormone levels (hypogonadism)"
        )
        said = f"{name} that are being treated" if self.treated else f"untreated {name}"
        shown = f" This is shown by {self.shown_by}." if self.shown_by else ""
        return f"You have {said}.{shown}"


_HYPOGONADISM = (
    r"(?P<state>untreated|treated)\s+(?:hypogonadism|testosterone\s+deficiency)"
    r"(?:\s+as\s+(?:demonstrated|shown|evidenced)\s+by\s+(?P<shown>abnormal\s+(?:serum\s+)?testosterone\s+levels|low\s+(?:serum\s+)?testosterone(?:\s+levels?)?))?"
)


def _hypogonadism(match: re.Match) -> Hypogonadism:
    shown = match["shown"]
    said = None
    if shown:
        said = "abnormal testosterone levels" if shown.lower().startswith("abnormal") else "low testosterone levels"
    return Hypogonadism(
        treated=match["state"].lower() == "treated",
        shown_by=said,
        testosterone="deficiency" in match[0].lower(),
        stated=_stated(match, "state"),
    )


class OtherCause(Fact):
    """ "Any cause of ED other than vascular related": erection problems from a cause other than blood flow."""

    def sentence(self) -> str:
        return f"Your {_ED_NAME} has a cause other than poor blood flow."


_OTHER_CAUSE = (
    r"(?:any\s+|another\s+)?(?:cause|reason|etiology)\s+(?:of|for)\s+(?:(?-i:ED)|erectile\s+dysfunction)\s+"
    r"(?:other\s+than\s+|except\s+(?:for\s+)?)(?:of\s+)?(?:vascular|vasculogenic)(?:\s+(?:related|etiology|disorder|disease|cause|origin))?"
)


# --- Conditions of the penis: which, how serious, with examples and what they do -------------------------------------

# Names the conditions table does not hold, as said after "You have" (an event: "You have had"); the table's names
# ("Peyronie's disease", "penile curvature", "priapism") are read from it.
_PENIS_NAMES: dict[str, tuple[str, bool]] = {
    "penile lesions": ("sores on the penis", False),
    "lesions on the penis": ("sores on the penis", False),
    "penile trauma": ("an injury to the penis", True),
    "penile injury": ("an injury to the penis", True),
    "trauma to the penis": ("an injury to the penis", True),
    "penile surgery": ("surgery on the penis", True),
    "penile surgeries": ("surgery on the penis", True),
    "penile vascular surgery": ("surgery on the blood vessels of the penis", True),
    "penile vascular procedures": ("surgery on the blood vessels of the penis", True),
    "penile prosthetic implant": ("a penile implant", False),
    "penile prosthesis implantation": ("surgery to put in a penile implant", True),
    "penile implant surgery": ("surgery to put in a penile implant", True),
    "penile disease": ("a disease of the penis", False),
    "penis deformities": ("an abnormal shape or structure of the penis", False),
    "penile anatomy abnormalities": ("an abnormal shape or structure of the penis", False),
    "penis anatomic abnormalities": ("an abnormal shape or structure of the penis", False),
    "penile anatomic abnormalities": ("an abnormal shape or structure of the penis", False),
    "penile anatomical malformations": ("an abnormal shape or structure of the penis", False),
    "penile anatomical deformation": ("an abnormal shape or structure of the penis", False),
    "anatomic malformations of the penis": ("an abnormal shape or structure of the penis", False),
    "anatomic malformation of the penis": ("an abnormal shape or structure of the penis", False),
    "structural abnormalities of the penis": ("an abnormal shape or structure of the penis", False),
    "anatomical deformities of penis": ("an abnormal shape or structure of the penis", False),
    "anatomical deformation of the penis": ("an abnormal shape or structure of the penis", False),
    "penile anatomical dysfunction": ("an abnormal shape or structure of the penis", False),
    "penile plaque": ("a hard lump (plaque) in the penis", False),
    "palpable plaque": ("a hard lump (plaque) you can feel in the penis", False),
    "curvature": ("a bent penis", False),
    "severe penile fibrosis": ("severe scar tissue in the penis", False),
    "cavernosal fibrosis": ("scar tissue inside the penis", False),
    "angulation": ("a bend in the penis", False),
    "ischemic priapism": ("priapism caused by trapped blood (ischemic priapism)", True),
    "penile abrasions": ("scrapes on the penis", False),
    "prior penile surgery": ("surgery on the penis", True),
}
_TABLE_NAMES = (
    "peyronie's disease",
    "peyronie disease",
    "peyronies disease",
    "peyronie's",
    "penile curvature",
    "penile fibrosis",
    "penile deformity",
    "penile deformities",
    "penile anatomical abnormality",
    "penile anatomical abnormalities",
    "penile anatomical deformity",
    "penile anatomical deformities",
    "penile anatomical defects",
    "anatomical deformity of the penis",
    "anatomical deformities of the penis",
    "anatomical malformation of the penis",
    "anatomical malformations of the penis",
    "penile malformation",
    "penile abnormality",
    "penile abnormalities",
    "anatomical abnormalities of the penis",
    "penile fracture",
    "penile implant",
    "penile prosthesis",
    "penile implants",
    "penile prostheses",
    "inflatable penile prosthesis",
    "priapism",
    "penile cancer",
)
_PENIS_ITEM = "|".join(
    re.escape(name).replace(r"\ ", r"\s+").replace("'", "['’]?\\s?")
    for name in sorted({*_PENIS_NAMES, *_TABLE_NAMES}, key=len, reverse=True)
)
_PENIS_QUALIFIER = r"clinically\s+significant|significant|clinically\s+evident|severe|congenital\s+or\s+acquired"
_ONE_PENIS = rf"(?:(?:{_PENIS_QUALIFIER})\s+)?(?:{_PENIS_ITEM})"
_PENIS_SEP = r"\s*,\s*(?:or\s+)?|\s+or\s+|\s+and/or\s+|\s*/\s*"
_PENIS_LIST = rf"{_ONE_PENIS}(?:(?:{_PENIS_SEP}){_ONE_PENIS})*"
_PENIS_EFFECTS = (
    (
        r"(?:that|which)\s*,?\s*(?:in\s+the\s+(?:opinion\s+of\s+the\s+investigator|investigator'?s\s+opinion)\s*,?\s*)?"
        r"would\s+significantly\s+impair\s+erectile\s+function",
        "that would make it much harder to get an erection",
    ),
    (
        r"(?:that|which)\s*,?\s*(?:in\s+the\s+(?:opinion\s+of\s+the\s+investigator|investigator'?s\s+opinion)\s*,?\s*)?"
        r"would\s+significantly\s+impair\s+sexual\s+performance",
        "that would make sex much harder",
    ),
    (r"that\s+affects\s+penetrative\s+intercourse\s+to\s+any\s+degree", "that makes penetrative sex harder in any way"),
)
_PENIS_EFFECT = "|".join(f"(?P<pe{index}>{pattern})" for index, (pattern, _) in enumerate(_PENIS_EFFECTS))
_PENIS = (
    r"(?=.*?(?:penil|penis|peyron|priapism|angulation))"
    r"(?P<state>(?:a\s+)?(?:medical\s+)?history\s+of\s+(?:an?\s+)?|(?:any\s+|an?\s+)?(?:previous|prior|past)\s+"
    r"|(?:the\s+)?presence\s+of\s+(?:an?\s+)?|known\s+|(?:have|has|having|with)\s+(?:an?\s+)?|(?:an?\s+)?)"
    rf"(?P<items>{_PENIS_LIST})"
    rf"(?:\s*,?\s*\(?\s*(?:e\.g\.?|eg\.?|ex:|such\s+as|including)\s*,?\s*(?P<examples>{_PENIS_LIST})(?:\s*,?\s*etc\.?)?\s*\)?)?"
    rf"(?:\s*,?\s*(?:{_PENIS_EFFECT}))?"
    r"(?P<judge>\s*,?\s*in\s+the\s+(?:opinion\s+of\s+the\s+investigator|investigator'?s\s+opinion))?"
)
_ONE_PENIS_RE = re.compile(rf"(?P<q>(?:{_PENIS_QUALIFIER})\s+)?(?P<name>{_PENIS_ITEM})", re.IGNORECASE)


def _penis_items(text: str) -> tuple[list[tuple[str, bool]], str] | None:
    """Each condition's plain words (with its own qualifier) and whether it is an event; and how they are joined."""
    items: list[tuple[str, bool]] = []
    joiners = set()
    position = 0
    while position < len(text):
        match = _ONE_PENIS_RE.match(text, position)
        if match is None:
            return None
        key = " ".join(match["name"].lower().replace("’", "'").split())
        key = re.sub(r"peyronie'?s?\s*'?s?\s+disease|peyronie'?s$", "peyronie's disease", key)
        if key in _PENIS_NAMES:
            plain, event = _PENIS_NAMES[key]
        else:
            name = lay_name(key)
            if name is None:
                return None
            plain, event = name.said(), name.event
        qualifier = " ".join((match["q"] or "").lower().split())
        if qualifier in ("clinically significant", "significant"):
            plain += " that your doctor considers serious"
        elif qualifier == "clinically evident":
            plain += " that a doctor can see"
        elif qualifier == "severe":
            if plain.startswith(("severe", "priapism")) or "(" in plain:
                return None
            article = re.match(r"^an?\s+", plain)
            plain = ("a severe " if article else "severe ") + plain[article.end() if article else 0 :]
        elif qualifier:
            return None
        if plain not in (said for said, _ in items):
            items.append((plain, event))
        position = match.end()
        separator = re.match(_PENIS_SEP, text[position:], re.IGNORECASE)
        if position < len(text):
            if separator is None or not separator.group(0):
                return None
            word = separator.group(0).strip(" ,").lower()
            joiners.add(word or ",")
            position += separator.end()
    if joiners - {"or", "and/or", ",", "/"} or joiners == {","}:
        return None  # "X and Y": both, or either?; "X, Y": commas alone do not say
    qualified = [" that " in plain or plain.startswith(("a severe", "severe")) for plain, _ in items]
    if len(items) > 1 and qualified[0] and not all(qualified):
        return None  # "Clinically evident lesions, abrasions or deformities": do the others share the word?
    return items, "or"


def _listed_or(said: list[str]) -> str:
    if len(said) == 1:
        return said[0]
    separator = ", or " if any(" that " in item for item in said) else " or "
    return ", ".join(said[:-1]) + separator + said[-1]


class PenisCondition(_Stated):
    """Conditions of the penis, with their state, examples, what they do and who judges."""

    items: tuple[str, ...]
    state: Literal["has", "had", "has or had", "known"] = "has"
    examples: tuple[str, ...] = ()
    including: bool = False  # "including X": X is one of them, not only an example
    effect: str | None = None
    judged: bool = False

    def sentence(self) -> str:
        verb = {"has": "have", "had": "have had", "has or had": "have or have had", "known": "are known to have"}[
            self.state
        ]
        said = _listed_or(list(self.items))
        if self.examples:
            said += f", {'including' if self.including else 'such as'} {_listed_or(list(self.examples))}"
            if self.effect:
                said += ","
        if self.effect:
            said += f" {self.effect}"
        judged = ", in the study doctor's opinion" if self.judged else ""
        if self.judged and "your doctor considers serious" in said and not self.effect:
            said, judged = said.replace("your doctor considers serious", "the study doctor considers serious"), ""
        return f"You {verb} {said}{judged}."


def _penis(match: re.Match) -> PenisCondition | None:
    read = _penis_items(match["items"])
    if read is None:
        return None
    items, _ = read
    examples: list[tuple[str, bool]] = []
    including = False
    if match["examples"]:
        found = _penis_items(match["examples"])
        if found is None:
            return None
        examples = found[0]
        including = bool(re.search(r"\bincluding\s*,?\s*" + re.escape(match["examples"][:8]), match[0], re.I))
    state_words = (match["state"] or "").lower()
    events = {event for _, event in items}
    if "history" in state_words or re.search(r"previous|prior|past", state_words):
        state = "had"
    elif state_words.startswith("known"):
        state = "known"
    elif re.search(r"presence|have|has|having|with", state_words):
        if events == {True}:
            return None  # "presence of penile trauma": of a past event, unclear
        state = "has"
    elif events == {True}:
        state = "had"
    elif events == {False}:
        state = "has"
    else:
        return None
    if state == "has" and True in events:
        return None
    effect = None
    for index, (_, said) in enumerate(_PENIS_EFFECTS):
        if match[f"pe{index}"]:
            effect = said
    judged = bool(match["judge"]) or bool(re.search(r"investigator", (match["pe0"] or "") + (match["pe1"] or ""), re.I))
    return PenisCondition(
        items=tuple(plain for plain, _ in items),
        state=state,
        examples=tuple(plain for plain, _ in examples),
        including=including,
        effect=effect,
        judged=judged,
        stated=bool((match["state"] or "").strip()) or _stated(match, "state", "items"),
    )


# --- Prostate surgery: which, whether done or to come, when ------------------------------------------------------------

_PROCEDURE_WORD = (
    r"open|laparoscopic|robotic(?:[- ]assisted)?|robot[- ]assisted|curative|elective|perineal|bilateral|unilateral|full"
    r"|partial|non-?|nerve[- ]\s*sparing|nerve|sparing|radical|total|simple"
)
_PROSTATECTOMY = (
    r"(?P<term>(?:(?:" + _PROCEDURE_WORD + r")(?:\s+|-|/)(?:(?:or|and/or)\s+)?)*"
    r"(?:prostatectomy|(?-i:RARP|RALP|RP|NSRP|BNSRP))(?:\s+(?:procedure|surgery))?(?:\s*\((?-i:[A-Z]{2,6})\))?)"
    r"(?P<nerves>\s*,?\s+(?:with|applying)\s+(?:(?:a|the)\s+)?(?:bilateral\s+|unilateral\s+)?(?:full\s+)?nerve[- ]sparing"
    r"(?:\s+(?:technique|procedure))?(?:\s*\((?:unilateral\s+or\s+bilateral|bilateral\s+or\s+unilateral)\))?)?"
)
_FOR_CANCER = (
    r"(?P<cancer>\s+(?:for|due\s+to|because\s+of)\s+(?P<extent>(?:localized|localised|organ-confined|clinically\s+localized)"
    r"(?:\s*,\s*non-metastatic)?\s+)?prostate\s+cancer(?P<nomet>\s+without\s+metastasis)?)?"
)


def _procedure(term: str, nerves: str = "") -> str | None:
    """The plain words of a prostate surgery as written ("bilateral nerve-sparing radical prostatectomy")."""
    words = " ".join(term.split())
    lowered = (words + " " + nerves).lower()
    if re.search(r"\b(?:rarp|ralp|rp|nsrp|bnsrp)\b", words.lower()) and not re.search(r"prostatectomy", words.lower()):
        radical = True
    else:
        radical = bool(re.search(r"\b(?:radical|total)\b", lowered))
    simple = "simple" in lowered
    if simple and radical:
        return None
    nerve = None
    if "nerve" in lowered or "nsrp" in lowered:
        if re.search(r"non[- ]?\s*nerve|non-?/", lowered):
            if re.search(r"unilateral|(?<!non )nerve[- ]sparing\s+or|or\s+nerve[- ]sparing", lowered):
                return None  # "non- or nerve-sparing": either
            nerve = "without keeping the nerves for erections"
        elif re.search(r"bilateral", lowered) and re.search(r"unilateral", lowered):
            nerve = "keeping the nerves for erections on one or both sides"
        elif ("bilateral" in lowered or "bnsrp" in lowered) and re.search(r"\bfull\b", lowered):
            # "bilateral full nerve sparing" (NCT05363644, sample 30: LOSSY without "full"): partial sparing excluded
            nerve = "keeping all the nerves for erections on both sides"
        elif "bilateral" in lowered or "bnsrp" in lowered:
            nerve = "keeping the nerves for erections on both sides"
        elif "unilateral" in lowered:
            nerve = "keeping the nerves for erections on one side"
        elif "partial" in lowered:
            nerve = "keeping some of the nerves for erections"
        else:
            nerve = "keeping the nerves for erections"
    elif re.search(r"\b(?:bilateral|unilateral|partial|full|sparing|non)\b", lowered):
        return None
    base = (
        "surgery to remove the whole prostate"
        if radical
        else "surgery to remove the inner part of the prostate"
        if simple
        else "surgery to remove the prostate"
    )
    shown = words[:1].lower() + words[1:] if words[:1].isupper() and words[1:2].islower() else words
    shown = re.sub(r"\s*\((\w+)\)$", r", \1", shown)  # "(BNSRP)" inside the brackets: "..., BNSRP"
    return f"{base}{', ' + nerve + ',' if nerve else ''} ({shown})".replace(", (", " (")


class ProstateSurgery(Fact):
    """Surgery to remove the prostate: done, under way or to come, and when."""

    procedure: str  # "surgery to remove the whole prostate (radical prostatectomy)"
    when: Literal["planned", "undergoing", "had", "planned or had", "advised"]
    ago: str | None = None  # "at least 12 months ago", "18 to 36 months ago"
    cancer: bool = False
    cancer_inside: bool = False  # "for localized prostate cancer": the cancer has not spread beyond the prostate
    man: bool = False
    negated: bool = False

    def sentence(self) -> str:
        cancer = " for prostate cancer" + (" that has not spread beyond the prostate" if self.cancer_inside else "")
        what = self.procedure + (cancer if self.cancer else "")
        ago = f" {self.ago}" if self.ago else ""
        if self.negated:
            return f"You have never had {what}."
        verb = {
            "planned": "are going to have",
            "undergoing": "are having",
            "had": "have had" if not self.ago else "had",
            "planned or had": "have had, or are about to have,",
            "advised": "are advised to have",
        }[self.when]
        subject = "You are a man who" if self.man else "You"
        if self.man:
            verb = {
                "are going to have": "is going to have",
                "are having": "is having",
                "have had": "has had",
                "are advised to have": "is advised to have",
            }.get(verb, verb.replace("have had, or are", "has had, or is"))
        return f"{subject} {verb} {what}{ago}."


_SURGERY_WHEN = (
    r"(?P<neg>no\s+(?:prior|previous|history\s+of)\s+)?"
    r"(?:(?P<planned>(?:(?:is|are)\s+)?(?:scheduled|planned|planning|planning\s+to\s+undergo)(?:\s+(?:to\s+undergo|for))?"
    # A bare "Undergo radical prostatectomy ..." says no time: in NCT06152146 (sample 47, WRONG as "You are going to
    # have") the men had had it six weeks before; it stays in the study's words.
    r"|(?:will|to)\s+undergo)\s+"
    r"|(?P<advised>(?:with\s+)?(?:an\s+)?indication\s+for|candidates?\s+for)\s+"
    r"|(?P<undergoing>(?:who\s+)?(?:is\s+|are\s+)?undergoing)\s+"
    r"|(?P<either>must\s+have\s+had\s+\(or\s+be\s+about\s+to\s+undergo\))\s+"
    r"|(?P<had>(?:who\s+)?(?:must\s+)?(?:underwent|(?:have|has|had)\s+undergone|had|have\s+had|has\s+had)"
    r"|(?:a\s+)?(?:medical\s+)?history\s+of|previous|prior|past|post|status-post|after|(?:who\s+)?received)[\s-]+)?"
    r"(?:(?:an?|the)\s+)?"
)
_AGO = (
    r"(?P<ago>\s+(?:(?P<acmp>at\s+least|more\s+than|less\s+than|over)\s+(?P<an>"
    + COUNT
    + r")\s*(?P<aunit>months?|years?)\s+ago"
    r"|(?:between\s+)?(?P<lo>\d+)\s*(?:and|to|-)\s*(?P<hi>\d+)\s*(?P<runit>months?|years?)\s+(?:ago|(?P<start>prior\s+to\s+study\s+commencement))"
    r"|within\s+(?P<wlo>\d+)\s*(?:and|to|-)\s*(?P<whi>\d+)\s*(?P<wunit>months?|years?)))?"
)


def _prostate_surgery(match: re.Match) -> ProstateSurgery | None:
    procedure = _procedure(match["term"], match["nerves"] or "")
    if procedure is None:
        return None
    if match["planned"]:
        when = "planned"
    elif match["undergoing"]:
        when = "undergoing"
    elif match["either"]:
        when = "planned or had"
    elif match["advised"]:
        when = "advised"
    elif match["had"] or match["neg"]:
        when = "had"
    else:
        return None  # "Radical prostatectomy": done, or to come? Not said
    ago = None
    if match["ago"]:
        if when != "had" or match["neg"]:
            return None
        if match["an"]:
            ago = f"{comparison_phrase(match['acmp'])} {plural(count(match['an']), match['aunit'])} ago"
        elif match["lo"]:
            ago = f"{match['lo']} to {match['hi']} {_unit(match['runit'])}s " + (
                "before the study started" if match["start"] else "ago"
            )
        else:
            ago = f"{match['wlo']} to {match['whi']} {_unit(match['wunit'])}s ago"
    if re.match(r"(?:after|post)\b", match["had"] or "", re.IGNORECASE) and ago:
        return None
    return ProstateSurgery(
        procedure=procedure,
        when=when,
        ago=ago,
        cancer=bool(match["cancer"]),
        cancer_inside=bool(match["extent"] or match["nomet"]),
        man=_said_man(match, "term"),
        negated=bool(match["neg"]),
    )


class TimeSinceSurgery(Fact):
    """ "Time since prostatectomy must be at least 9 months", "RP performed less than 60 days before screening"."""

    procedure: str
    phrase: str
    number: str
    unit: str
    event: str | None = None  # "your first study visit": counted back from it

    def sentence(self) -> str:
        span = plural(self.number, self.unit)
        if self.event:
            return f"You had {self.procedure} {self.phrase} {span} before {self.event}."
        return f"It has been {self.phrase} {span} since you had {self.procedure}."


_TIME_SINCE_SURGERY = (
    r"(?:time\s+since\s+" + _PROSTATECTOMY.replace("(?P<", "(?P<a") + r"\s+(?:must\s+be|is|of)\s+"
    r"(?P<cmp>at\s+least|more\s+than|over)\s+(?P<n>" + COUNT + r")\s*(?P<unit>days?|weeks?|months?|years?|month)"
    r"|"
    + _PROSTATECTOMY.replace("(?P<", "(?P<b")
    + r"\s+(?:performed|done)\s+(?P<bcmp>less\s+than|more\s+than|at\s+least)\s+"
    r"(?P<bn>" + COUNT + r")\s*(?P<bunit>days?|weeks?|months?)\s+(?:before|prior\s+to)\s+(?P<event>" + _EVENT + r")"
    r"|(?P<cmp3>more\s+than|at\s+least|over)\s+(?P<n3>"
    + COUNT
    + r")\s*(?P<unit3>months?|years?)\s+(?:after|since|post)\s+"
    + _PROSTATECTOMY.replace("(?P<", "(?P<c")
    + r")"
)


def _time_since_surgery(match: re.Match) -> TimeSinceSurgery | None:
    prefix = "a" if match["aterm"] else "b" if match["bterm"] else "c"
    procedure = _procedure(match[f"{prefix}term"], match[f"{prefix}nerves"] or "")
    if procedure is None:
        return None
    if prefix == "b":
        event = _event(match["event"])
        if event is None:
            return None
        return TimeSinceSurgery(
            procedure=procedure,
            phrase=comparison_phrase(match["bcmp"]),
            number=count(match["bn"]),
            unit=_unit(match["bunit"]),
            event=event,
        )
    number, unit, cmp = (
        (match["n"], match["unit"], match["cmp"]) if prefix == "a" else (match["n3"], match["unit3"], match["cmp3"])
    )
    return TimeSinceSurgery(procedure=procedure, phrase=comparison_phrase(cmp), number=count(number), unit=_unit(unit))


class PastProcedures(Fact):
    """ "History of radical prostatectomy or extensive pelvic surgery": surgeries and injuries had in the past."""

    items: tuple[str, ...]
    ever: bool = False
    man: bool = False

    def sentence(self) -> str:
        listed = _listed_or(list(self.items))
        ever = " at any time" if self.ever else ""
        if self.man:
            return f"You are a man who has had {listed}{ever}."
        return f"You have had {listed}{ever}."


# Surgeries and injuries these lists name that the treatment and condition tables do not.
_PAST_NAMES = {
    "extensive pelvic surgery": "major surgery in the pelvis (extensive pelvic surgery)",
    "radical pelvic surgery": "major surgery in the pelvis (radical pelvic surgery)",
    "other radical pelvic surgery": "other major surgery in the pelvis (radical pelvic surgery)",
    "other pelvic surgery": "other surgery in the pelvis",
    "other extensive pelvic surgery": "other major surgery in the pelvis (extensive pelvic surgery)",
    "pelvic cancer surgery": "surgery for cancer in the pelvis",
    "pelvic radiation": "radiation therapy to the pelvis",
    "penile vascular surgery": "surgery on the blood vessels of the penis",
    "penile surgery": "surgery on the penis",
    "pelvic or abdominal radiation therapy": "radiation therapy to the pelvis or belly",
    "pelvic or abdominal radiotherapy": "radiation therapy to the pelvis or belly",
    "radiotherapy treatment of the pelvic region": "radiation therapy to the pelvis",
    "radiation therapy of the pelvic region": "radiation therapy to the pelvis",
    "pelvic surgery (including radical prostatectomy)": "surgery in the pelvis, including surgery to remove the whole "
    "prostate (radical prostatectomy)",
    "spinal injury": "a spinal injury",
    "spinal cord injury": "a spinal cord injury",
    "non nerve-sparing radical prostatectomy": "surgery to remove the whole prostate without keeping the nerves for "
    "erections (non nerve-sparing radical prostatectomy)",
}
# Names of one surgery or injury that the other families' tables read alone: a list of them is read here, not one.
_SINGLE_NAMES = frozenset({"spinal injury", "spinal cord injury", "pelvic radiation", "penile surgery"})
_PAST = (
    r"(?P<state>(?:a\s+)?(?:medical\s+)?history\s+of|previous|prior|past|(?:who\s+)?(?:had|have\s+had|has\s+had|underwent))\s+"
    r"(?:an?\s+)?(?P<items>[^;:]{3,160}?)(?P<ever>\s+ever)?"
)


def _past_item(text: str) -> str | None:
    key = " ".join(text.lower().split())
    key = re.sub(r"^(?:an?|the)\s+", "", key)
    if key in _PAST_NAMES:
        return _PAST_NAMES[key]
    surgery = re.fullmatch(_PROSTATECTOMY, text.strip(), re.IGNORECASE)
    if surgery:
        return _procedure(surgery["term"], surgery["nerves"] or "")
    name = lay_name(key)
    if name is not None and name.event:
        return name.said()
    return None


def _past_procedures(match: re.Match) -> PastProcedures | None:
    whole = " ".join(match["items"].lower().split())
    if whole in _PAST_NAMES and whole not in _SINGLE_NAMES:
        return PastProcedures(items=(_PAST_NAMES[whole],), ever=bool(match["ever"]), man=_said_man(match, "items"))
    parts = [part for part in re.split(r"\s*,\s*(?:or\s+)?|\s+or\s+", match["items"]) if part]
    if len(parts) < 2 or not re.search(r"\bor\b", match["items"]) or "(" in match["items"]:
        return None  # one alone is the treatment and conditions families'; a list needs its "or"
    items = []
    for part in parts:
        said = _past_item(part)
        if said is None:
            return None
        items.append(said)
    return PastProcedures(items=tuple(items), ever=bool(match["ever"]), man=_said_man(match, "items"))


# --- A condition that affects erections ---------------------------------------------------------------------------------


class AffectsErections(_Stated):
    """ "Neurological disease which affects erectile function": a condition (read by the conditions family) and its
    effect on erections, with its examples and who judges."""

    condition: str  # the conditions family's sentence, without its stop: "You have a disease of the brain or nerves"
    examples: str | None = None
    effect: str  # "affects your erections"
    judged: bool = False

    def sentence(self) -> str:
        examples = f", such as {self.examples}," if self.examples else ""
        judged = ", in the study doctor's opinion" if self.judged else ""
        return f"{self.condition}{examples} that {self.effect}{judged}."


_AFFECTS = (
    r"(?P<head>[^;:()]{3,100}?)"
    r"(?:\s*,?\s*(?:such\s+as|e\.g\.,?|including)\s+(?P<examples>[^;:()]{3,80}?))?"
    r"\s*,?\s+(?:which|that)\s+(?P<modal>may\s+|can\s+|could\s+)?(?P<badly>negatively\s+)?"
    r"(?P<verb>affects?|effects?|impacts?|interferes?\s+with)\s+(?:the\s+)?(?:erectile\s+functions?|erections?)"
    r"(?P<judge>\s*,?\s*\(?\s*at\s+the\s+discretion\s+of\s+the\s+investigator\s*\)?)?"
)


def _affects(match: re.Match) -> AffectsErections | None:
    from trialpages.eligibility.facts.conditions import read_conditions

    head = match["head"]
    fact = read_conditions(head, match.string[: match.start("head")])
    if fact is None or fact.state not in ("has", "had") or fact.negated or fact.serious:
        return None
    if fact.window or fact.duration or fact.at or fact.needing or len(fact.names) > 1 and fact.joiner != "or":
        return None
    condition = fact.sentence().rstrip(".")
    examples = None
    if match["examples"]:
        listed = read_conditions(match["examples"])
        if listed is None or listed.state != "has" or listed.window or listed.duration or listed.joiner != "or":
            return None
        examples = _listed_or(list(listed.names))
    verb = "harm" if match["badly"] else "affect"
    if match["modal"]:
        effect = f"{match['modal'].strip().lower()} {verb} your erections"
    else:
        effect = f"{verb} your erections" if _plural_names(head) else f"{verb}s your erections"
    return AffectsErections(
        condition=condition,
        examples=examples,
        effect=effect,
        judged=bool(match["judge"]),
        stated=_stated(match, "head"),
    )


def _plural_names(text: str) -> bool:
    """Is the last condition `text` names a plural one ("diseases")? The verb after it agrees with it."""
    from trialpages.eligibility.facts.condition_names import TOKEN, name_at

    tokens = TOKEN.findall(text)
    last = None
    for start in range(len(tokens)):
        found = name_at(tokens, start)
        if found is not None:
            last = found[0]
    return bool(last and last.plural)


# --- Smaller facts of sexual health: required attempts, a heterosexual man, erections, premature ejaculation, desire --


class SexualHealth(Fact):
    """One of a few fixed statements, each read from its own wording (see `_FIXED`)."""

    said: str
    only_in: str | None = None  # "... will also be excluded": says its own list

    def sentence(self) -> str:
        return self.said

    def sentence_in(self, kind: str) -> str | None:
        return None if self.only_in and kind != self.only_in else self.said


# Each wording, and what it says. Written whole: a word more or less and the sentence is not read.
_FIXED: tuple[tuple[str, str], ...] = (
    (
        r"(?:must\s+)?be\s+able\s+to\s+make\s+(?:the\s+)?(?:minimum\s+)?required\s+(?:number\s+of\s+)?(?:sexual\s+)?"
        r"(?:intercourse\s+)?attempts",
        "You are able to make the number of attempts at sexual intercourse that the study asks for.",
    ),
    (
        r"(?:must\s+)?be\s+willing\s+to\s+make\s+the\s+required\s+number\s+of\s+(?:sexual\s+)?(?:intercourse\s+)?attempts",
        "You are willing to make the number of attempts at sexual intercourse that the study asks for.",
    ),
    (r"heterosexual\s+(?:males?|men)", "You are a man who is heterosexual (attracted to women)."),
    (
        r"(?:unable|not\s+able)\s+to\s+(?:develop|achieve|get|have)\s+(?:an\s+)?erections?\s+(?:sufficient|firm\s+enough|adequate)"
        r"\s+for\s+(?:sexual\s+)?intercourse",
        "You cannot get an erection firm enough for sexual intercourse.",
    ),
    (
        r"(?:with\s+)?premature\s+ejaculation\s+as\s+(?:their|his|the)\s+(?:main|primary)\s+(?:sexual\s+)?(?:complaint|problem)",
        "Premature ejaculation is your main sexual problem.",
    ),
    (
        r"premature\s+ejaculation\s+as\s+determined\s+by\s+(?:the\s+)?investigator(?:'s)?\s+assessment",
        "You have premature ejaculation. The study doctor decides this.",
    ),
    (
        r"premature\s+ejaculation\s+according\s+to\s+the\s+International\s+Society\s+(?:of|for)\s+Sexual\s+Medicine\s+\(ISSM\)"
        r"\s+(?:criteria|definition)",
        "You have premature ejaculation, as defined by the International Society for Sexual Medicine (ISSM).",
    ),
    (
        r"(?:a\s+)?history\s+of\s+intravaginal\s+ejaculatory\s+latency\s+time\s+\(IELT\)\s+of\s+less\s+than\s+2\s+minutes\s+"
        r"in\s+at\s+least\s+3\s+out\s+of\s+4\s+events",
        "In at least 3 out of 4 times you had sex, you ejaculated less than 2 minutes after entering the vagina "
        "(your IELT was less than 2 minutes).",
    ),
    (r"(?:who\s+are\s+)?sexually\s+inactive", "You are not sexually active."),
    (
        r"(?:who\s+are\s+)?using\s+tadalafil\s+as\s+a\s+treatment\s+for\s+BPH\s*\(\s*Benign\s+Prostatic\s+Hyperplasia\s*\)"
        r"(?:\s+will\s+also\s+be\s+excluded)?",
        "You take tadalafil to treat an enlarged prostate (benign prostatic hyperplasia, BPH).",
    ),
    (
        # "adult" is kept: the partner must be one (NCT02798159, sample 15: LOSSY without it).
        r"anticipates?\s+(?:having\s+)?the\s+same\s+adult\s+female\s+sexual\s+partner\s+(?:for|during)\s+the\s+study",
        "You expect to have the same adult female sexual partner during the whole study.",
    ),
    (
        r"anticipates?\s+(?:having\s+)?the\s+same\s+female\s+sexual\s+partner\s+(?:for|during)\s+the\s+study",
        "You expect to have the same female sexual partner during the whole study.",
    ),
    (
        r"anticipates?\s+a\s+monogamous\s+(?:female\s+sexual\s+)?relationship(?:\s+with\s+a\s+female\s+sexual\s+partner)?",
        "You expect to have a sexual relationship with only one woman.",
    ),
    (r"not\s+interested\s+in\s+sexual\s+activity", "You are not interested in sexual activity."),
    (
        r"(?:(?:patient\s+)?unwillingness|unwilling)\s+to\s+engage\s+in\s+sexual\s+activity",
        "You are not willing to have sex.",
    ),
    (r"preserved\s+libido", "You still have your sex drive."),
    (r"(?:with\s+)?normal\s+to\s+high\s+libido", "Your sex drive is normal or high."),
    (r"(?:with\s+)?normal\s+libido", "Your sex drive is normal."),
    (
        r"(?:with\s+)?(?:decreased|low|reduced)\s+libido\s+according\s+to\s+self-report",
        "You say your sex drive is low.",
    ),
)
_FIXED_PATTERN = "|".join(f"(?P<f{index}>{pattern})" for index, (pattern, _) in enumerate(_FIXED))


def _fixed(match: re.Match) -> SexualHealth:
    group = next(f"f{index}" for index in range(len(_FIXED)) if match[f"f{index}"] is not None)
    said = _FIXED[int(group[1:])][1]
    if _MAN.search(match.string[: match.start(group)]) and "man" not in said.split():
        said = "You are a man. " + said  # "Men with normal libido": the subject says who
    only_in = "exclusion" if re.search(r"\bwill\s+also\s+be\s+excluded\b", match[group], re.IGNORECASE) else None
    return SexualHealth(said=said, only_in=only_in)


# --- Two facts in one sentence: an age and an erection problem; being sexually active and agreeing to a rule -----------


class Together(Fact):
    """Two facts one sentence states together ("Men aged 19 to 70 with ED for at least 6 months"), said one after the
    other. Both must hold, so under an exclusion list (where a reader takes items as "any of these") it is not said."""

    facts: tuple[Fact, ...]
    anywhere: bool = False  # an age and a condition: a person's description, the same under either list

    def sentence(self) -> str:
        return " ".join(fact.sentence() for fact in self.facts)

    def sentence_in(self, kind: str) -> str | None:
        if kind != "inclusion" and not self.anywhere:
            return None
        said = [fact.sentence_in(kind) for fact in self.facts]
        sentences = [sentence for sentence in said if sentence is not None]
        return None if len(sentences) != len(said) else " ".join(sentences)


_WITH = re.compile(
    r"\s*,?\s+(?=(?:with|suffering\s+from|diagnosed\s+with|who\s+(?:have|has|had)|had)\s)", re.IGNORECASE
)
_AGES = ("age-range", "age-minimum")


def _age_and_problem(match: re.Match) -> Together | None:
    """An age (the people family reads it) then an erection problem (read here), split at "with"."""
    from trialpages.eligibility.facts import recognise  # the package's reader: the age is another family's

    text = match.string
    for cut in _WITH.finditer(text):
        rest = re.sub(r"^who\s+(?:have|has)\s+", "have ", text[cut.end() :], flags=re.IGNORECASE)
        second = _ED_RE.match(rest)  # the erection problem first: it is the cheaper test, and the rarer
        fact = _erection_problem(second) if second else None
        if fact is None:
            continue
        first = recognise(text[: cut.start()])
        if first is not None and first[0] in _AGES:
            return Together(facts=(first[1], fact), anywhere=True)
    return None


_AND = re.compile(r"\s*,?\s+and\s+|\s*,\s+", re.IGNORECASE)
_PAIR_FIRST = ("sexually-active", "relationship", "partner")
_PAIR_SECOND = ("stops-ed-treatment", "intercourse-attempts", "relationship", "partner", "sexually-active")


def _pair(match: re.Match) -> Together | None:
    """ "Sexually active and agree to suspend all ED therapy for the duration of study": two of this family's facts."""
    text = match.string
    for cut in _AND.finditer(text):
        if not re.search(r"sexually\s+active|relationship|partner", text[: cut.start()], re.IGNORECASE):
            continue
        first = _read_one(text[: cut.start()], _PAIR_FIRST)
        second = _read_one(text[cut.end() :], _PAIR_SECOND) if first else None
        if first and second:
            return Together(facts=(first, second))
    return None


def _read_one(text: str, names: tuple[str, ...]) -> Fact | None:
    for item in RECOGNISERS:
        if item.name in names and (found := item.pattern.match(text)) and (fact := item.build(found)) is not None:
            return fact
    return None


_ED_RE = re.compile(rf"^\s*(?:{_SUBJECT})?(?:(?:with|have|has)\s+)?{_ED}\s*[.;,]?\s*$", re.IGNORECASE)

# "ED" inside words ("treated") is everywhere: its triggers are the name with what is around it.
_ED_TRIGGERS = (
    "erectile",
    "impotence",
    " ed",
    "(ed",
    *(f"ed {word}" for word in ("due", "as", "caused", "induced", "following", "after", "of", "for", "secondary", "(")),
)

RECOGNISERS: tuple = ()  # filled below; `_pair` reads its halves with the ones listed there
RECOGNISERS = (
    recogniser(
        "sexual-health",
        (
            "attempts",
            "heterosexual",
            "erection",
            "ejaculat",
            "sexually inactive",
            "sexual activity",
            "libido",
            "anticipate",
            "tadalafil as",
        ),
        rf"(?:{_SUBJECT})?(?:{_FIXED_PATTERN})",
        _fixed,
    ),
    recogniser("affects-erections", ("erectile function", "erection"), rf"(?:{_SUBJECT})?{_AFFECTS}", _affects),
    recogniser(
        "past-procedures",
        (
            "prostatectom",
            "pelvic surgery",
            "spinal injury",
            "spinal cord injury",
            "penile vascular",
            "radiation",
            "radiother",
        ),
        rf"(?:{_SUBJECT}(?:who\s+)?)?{_PAST}",
        _past_procedures,
    ),
    recogniser(
        "prostate-surgery",
        ("prostatectom", "rarp", "ralp", "nsrp", " rp", "(rp", "rp "),
        rf"(?:{_SUBJECT}(?:who\s+)?)?{_SURGERY_WHEN}{_PROSTATECTOMY}{_FOR_CANCER}{_AGO}",
        _prostate_surgery,
    ),
    recogniser(
        "prostate-surgery",
        ("prostatectom", "rarp", "ralp", " rp", "(rp", "rp "),
        rf"(?:{_SUBJECT})?{_TIME_SINCE_SURGERY}",
        _time_since_surgery,
    ),
    recogniser(
        "penis-condition", ("penil", "penis", "peyron", "priapism", "angulation"), rf"(?:{_SUBJECT})?{_PENIS}", _penis
    ),
    recogniser("partner", ("partner",), rf"(?:{_SUBJECT})?{_PARTNER}", _partner),
    recogniser(
        "partner-pregnant", ("partner",), rf"(?:{_SUBJECT}(?:with\s+)?)?(?:{_PARTNER_PREGNANT})", _partner_pregnant
    ),
    recogniser(
        "sex-not-advised",
        ("sexual activity", "intercourse"),
        rf"(?:{_SUBJECT})?(?:{_SEX_NOT_ADVISED})",
        _sex_not_advised,
    ),
    recogniser("hypogonadism", ("hypogonadism", "testosterone deficiency"), _HYPOGONADISM, _hypogonadism),
    recogniser("erection-problem", ("other than", "except"), rf"(?:{_SUBJECT})?{_OTHER_CAUSE}", lambda m: OtherCause()),
    recogniser(
        "medicine-response",
        ("respon", "ineffective", "treatment failure"),
        rf"(?:{_SUBJECT})?(?:{_RESPONSE})",
        _response,
    ),
    recogniser(
        "stops-ed-treatment",
        ("ed treatment", "ed therap", "ed medic", "ed drug", "for ed", "erectile dysfunction", "to treat ed"),
        rf"(?:{_SUBJECT})?{_STOP_LEAD}{_STOP_VERB}{_ED_TREATMENT}"
        r"(?P<study_ones>\s*,?\s*except\s+(?:for\s+)?the\s+(?:assigned\s+)?study\s+treatments?\s*,?)?"
        rf"(?:\s*,?\s+(?P<period>{_PERIOD}))?",
        _stops,
    ),
    recogniser(
        "erection-problem",
        _ED_TRIGGERS,
        rf"(?:{_SUBJECT})?{_ED}",
        _erection_problem,
    ),
    recogniser("age-and-erection-problem", _ED_TRIGGERS, r"(?=.*?\b(?:age|aged|years?|old)\b).+", _age_and_problem),
    recogniser("urology-pair", ("sexually active", "relationship", "partner"), r".+\band\b.+", _pair),
    recogniser("relationship", ("relationship",), rf"(?:{_SUBJECT})?{_RELATIONSHIP}", _relationship),
    recogniser(
        "sexually-active",
        ("sexually active", "sexual activity", "had sex"),
        rf"(?:{_SUBJECT})?{_ACTIVE}",
        _sexually_active,
    ),
    recogniser(
        "intercourse-attempts",
        ("attempt", "intercourse", "sexual activity"),
        rf"(?:{_SUBJECT})?{_ATTEMPT_LEAD}(?:{_ATTEMPTS}){_ATTEMPTS_TAIL}",
        _attempts_fact,
    ),
)
