"""Side effects of earlier treatment that have not gone away: "Persistent clinically significant toxicity from prior
chemotherapy that is Grade 2 or higher", "Patients must have recovered from all toxicities related to prior systemic
therapies to grade ≤1", "Presence of an acute or chronic toxicity resulting from prior anti-cancer treatment, with the
exception of alopecia or nail changes, that has not resolved to Grade at most 1, as determined by NCI CTCAE v 5.0".

Three patterns read the common wordings whole; a fourth reader takes a sentence in parts: the grading scale named (kept
with its version), the side effects that do not count, when it is judged, then what is left must be one of the ways
studies say it. A side effect with no plain name here, an exception the study doctor judges, or anything else left over
keeps the sentence in the study's words.
"""

from __future__ import annotations

import re
from typing import Literal

from trialpages.eligibility.facts import treatment as _treatment
from trialpages.eligibility.facts.base import Fact, recogniser
from trialpages.eligibility.facts.treatment import event_in_words
from trialpages.eligibility.leads import joined

_GRADE_WORDS = {0: "none", 1: "mild", 2: "moderate", 3: "severe", 4: "life-threatening"}
_HARM = r"(?P<harm>toxicit(?:y|ies)|side\s+effects?|adverse\s+(?:events?|reactions?|effects?)|aes?|toxic\s+effects?)"
_EARLIER = r"(?:any\s+)?(?:the\s+)?(?:prior|previous|earlier|past)\s+(?P<what>[^;:()]{3,60}?)"
# The grading scale, as studies name it ("NCI CTCAE", "Common Terminology Criteria for Adverse Events (CTCAE)").
_CTCAE = (
    r"(?:(?:the\s+)?(?:national\s+cancer\s+institute\s+|nci\s+)?common\s+terminology\s+criteria\s+(?:for|of)\s+adverse\s+events"
    r"(?:\s*[\[(]\s*(?:nci[- ]?)?ctcae\s*[\])])?|(?:nci[- ]?)?ctcae?)"
)
_CTCAE_WORDS = rf"(?:{_CTCAE}(?:\s*v(?:ersion)?\.?\s*\d(?:\.\d+)?)?\s*)"
_GRADE_AT = (
    rf"\(?\s*{_CTCAE_WORDS}?grade\s*(?P<cmp>at\s+least|more\s+than|greater\s+than|higher\s+than)\s*(?P<n>[0-4])\s*\)?"
    rf"|\(?\s*{_CTCAE_WORDS}?grade\s*(?P<n2>[0-4])\s+or\s+(?:higher|greater|above|more)\s*\)?"
)


class LastingSideEffects(Fact):
    """Side effects of earlier treatment that have not gone away: "You still have side effects (toxicities) from earlier
    cancer treatment."; or, said of recovery, "You have not recovered ... to grade 1 or better"."""

    what: str  # "cancer treatment", "chemotherapy"
    term: str | None = None  # "toxicities": the study's word, kept
    grade: int | None = None
    phrase: Literal["at least", "more than"] | None = None
    serious: bool = False
    recovered_to: int | None = None  # "has not recovered to grade 1 or better"
    acute: bool = False
    except_hair_loss: bool = False  # "excluding alopecia"
    version: str | None = None  # the CTCAE version the grades are from
    recovery: bool = False  # said of recovery ("has not recovered from ..."), with or without a grade
    negated: bool = True  # False: "must have recovered"
    # Read by _lingering (the sentence in parts), with the source's own way of comparing kept for the numbers check:
    chronic: bool = False  # "acute or chronic toxicity"
    # None: read whole by a pattern, said under any list; else read in parts, the source's way said again
    spoken: Literal["above grade", "grade or worse", "grade or lower", "at most grade", "grade 0 or 1"] | None = None
    exceptions: tuple[str, ...] = ()  # plain names of the side effects that do not count
    or_baseline: bool = False  # "... to grade 1 or baseline": or back to how you were before
    when: str | None = None  # "you start the study treatment"
    reversible: bool = False  # "reversible toxicity": only side effects that can still get better

    def sentence(self) -> str:
        said = self._said()
        if self.exceptions:
            said += ", except " + joined(list(self.exceptions), "or")
        if self.when:
            said += f", by the time {self.when}" if self.recovery else f", when {self.when}"
        return said + "."

    def sentence_in(self, kind: str) -> str | None:
        if self.spoken is None:
            return self.sentence()
        # Read in parts: said only under the list it is worded for (a requirement, or a reason to be left out).
        return self.sentence() if kind == ("exclusion" if self.negated else "inclusion") else None

    def _said(self) -> str:
        term = f" ({self.term})" if self.term else ""
        acute = "acute or chronic " if self.acute and self.chronic else "acute " if self.acute else ""
        if self.recovered_to is not None or self.recovery:
            verb = "have not recovered" if self.negated else "have recovered"
            to = ""
            if self.recovered_to is not None:
                words = _GRADE_WORDS[self.recovered_to]
                to = {
                    "at most grade": f" to at most grade {self.recovered_to} ({words} or better)",
                    "grade 0 or 1": " to grade 0 or 1 (none or mild)",
                }.get(self.spoken or "", f" to grade {self.recovered_to} or lower ({words} or better)")
                if self.version:
                    to += f" on the CTCAE version {self.version} scale"
            if self.or_baseline:
                to += ", or to how you were before it"
            return f"You {verb} from the {acute}side effects{term} of earlier {self.what}{to}"
        parts = ["have not gone away"]
        if self.reversible:
            parts.append("could still get better (reversible)")
        if self.grade is not None:
            words = _GRADE_WORDS[self.grade]
            parts.append(
                f"are above grade {self.grade} (worse than {words})"
                if self.spoken == "above grade"
                else f"are grade {self.grade} or worse ({words} or worse)"
                if self.spoken == "grade or worse"
                else f"are grade {self.grade} or higher ({words} or worse)"
                if self.phrase == "at least"
                else f"have a grade above {self.grade} (worse than {words})"
            )
            if self.spoken and self.version:
                parts[-1] += f" on the CTCAE version {self.version} scale"
        if self.serious:
            parts.append("your doctor considers serious")
        unless = ", except hair loss (alopecia)" if self.except_hair_loss else ""
        return f"You have {acute}side effects{term} from earlier {self.what} that {' and that '.join(parts)}{unless}"


def _harm_term(word: str) -> str | None:
    lowered = " ".join(word.lower().split())
    if lowered.startswith("side effect"):
        return None
    return {
        "toxicity": "toxicities",
        "aes": "adverse events",
        "ae": "adverse events",
        "adverse event": "adverse events",
    }.get(lowered, lowered)


def _earlier(text: str) -> str | None:
    """The earlier treatment, plainly: "anti-cancer therapy" -> "cancer treatment"; "therapy" -> "treatment"."""
    text = " ".join(text.split())
    if re.fullmatch(r"(?:therapy|therapies|treatment|treatments)", text, re.IGNORECASE):
        return "treatment"
    if re.fullmatch(
        r"(?:anti[\s-]?(?:cancer|tumou?r|neoplastic)|cancer)\s+(?:therapy|therapies|treatment|treatments)",
        text,
        re.IGNORECASE,
    ):
        return "cancer treatment"
    listed = _treatment.treatments_in(text)
    if listed is None:
        return None
    items, joiner = listed
    if any(item.kind != "therapy" or item.plain.startswith(("a ", "an ")) for item in items):
        return None
    return joined([item.plain for item in items], joiner)


def _side_effects_after(match: re.Match) -> LastingSideEffects | None:
    """ "Persistent clinically significant toxicity from prior chemotherapy that is Grade 2 or higher"."""
    if match["n"] or match["n2"]:
        return None  # a grade twice
    what = _earlier(match["what"])
    if what is None or not match["lasting"]:
        return None
    grade = int(match["n_"] or match["n2_"])
    phrase = "at least" if match["n2_"] or (match["cmp_"] or "").lower().startswith("at") else "more than"
    return LastingSideEffects(
        what=what,
        term=_harm_term(match["harm"]),
        grade=grade,
        phrase=phrase,
        serious=bool(match["serious"]),
        acute=bool(match["acute"]),
        except_hair_loss=bool(match["except"]),
    )


def _not_resolved(match: re.Match) -> LastingSideEffects | None:
    """ "Toxicity not yet recovered from previous anti-tumor therapies": side effects that still last."""
    what = _earlier(match["what"] or match["what2"])
    if what is None:
        return None
    return LastingSideEffects(what=what, term=_harm_term(match["harm"] or match["harm2"]))


def _recovered(match: re.Match) -> LastingSideEffects | None:
    """ "Participant has not recovered to grade 1 or better from related side effects of prior anti cancer therapy"."""
    to = match["to"] or match["to2"] or match["to3"]
    if sum(bool(match[key]) for key in ("to", "to2", "to3")) > 1:
        return None
    what = _earlier(match["what"])
    if what is None:
        return None
    return LastingSideEffects(
        what=what,
        term=_harm_term(match["harm"]),
        recovered_to=int(to) if to else None,
        recovery=True,
        acute=bool(match["acute"]),
        version=match["version"],
        negated=bool(match["neg"]),
    )


def _side_effects(match: re.Match) -> LastingSideEffects | None:
    what = _earlier(match["what"])
    if what is None:
        return None
    term = _harm_term(match["harm"])
    grade = phrase = None
    if match["n"]:
        grade = int(match["n"])
        phrase = "at least" if match["cmp"].lower().startswith("at") else "more than"
    elif match["n2"]:
        grade, phrase = int(match["n2"]), "at least"
    if match["to"]:
        if grade is not None:
            return None
        return LastingSideEffects(what=what, term=term, recovered_to=int(match["to"]), negated=bool(match["neg"]))
    if not match["lasting"]:
        return None  # side effects alone: which ones, and whether they still last, is not said
    return LastingSideEffects(
        what=what,
        term=term,
        grade=grade,
        phrase=phrase,
        serious=bool(match["serious"]),
        acute=bool(match["acute"]),
        except_hair_loss=bool(match["except"]),
    )


# --- Read in parts: the scale, the side effects that do not count, when, then one of the ways studies say it ----------
_VERSION = r"(?:\[\s*)?(?:v(?:ersion)?\s*\.?\s*)(?P<version>\d(?:\.\d{1,2})?)(?:\s*\])?"
# The scale, with what may introduce it and a repeat of it in brackets: "(based on NCI CTCAE v5.0)", "as determined by NCI
# CTCAE v 5.0", "per CTCAE", "National Cancer Institute Common Terminology Criteria for Adverse Events version 5.0 (NCI
# CTCAE v5.0)".
_SCALE = re.compile(
    rf"\s*,?\s*(?P<open>\()?\s*(?:(?:per|based\s+on|as\s+determined\s+by|according\s+to|by|as\s+defined\s+by)\s+)?{_CTCAE}"
    rf"(?:\s*{_VERSION})?(?:\s*\(\s*{_CTCAE}(?:\s*v(?:ersion)?\s*\.?\s*\d(?:\.\d{{1,2}})?)?\s*\))?\s*(?(open)\))",
    re.IGNORECASE,
)
# Side effects a study lets stay, in plain words; a grade said with one keeps it.
_SPARED: tuple[tuple[str, str], ...] = (
    (r"alopecia", "hair loss (alopecia)"),
    (r"hair\s+loss", "hair loss"),
    (r"fatigue", "tiredness (fatigue)"),
    (r"nail\s+changes", "nail changes"),
    (r"(?:hyper)?pigmentation|skin\s+pigmentation", "darker skin (hyperpigmentation)"),
    (r"vitiligo", "vitiligo"),
    (r"nausea", "nausea"),
    (r"(?:lack|loss)\s+of\s+appetite", "loss of appetite"),
    (
        r"grade\s+2\s+(?:peripheral\s+|sensory\s+)?neuropathy|(?:peripheral\s+)?neuropathy\s+(?:of\s+)?grade\s+(?:at\s+most\s+)?2"
        r"|grade\s+at\s+most\s+2\s+(?:peripheral\s+|sensory\s+)?neuropathy",
        "nerve damage (neuropathy) of grade 2 or less",
    ),
    (r"grade\s+2\s+neurotoxicity", "nerve damage of grade 2 (neurotoxicity)"),
)
_SPARED_RES = tuple((re.compile(rf"^(?:{pattern})$", re.IGNORECASE), plain) for pattern, plain in _SPARED)
_EXCEPT = re.compile(
    r"\s*,?\s*(?P<open>\()?\s*(?:with\s+the\s+exception\s+of|except(?:\s+for)?|excluding|other\s+than)\s+(?P<list>[^()]+?)"
    r"\s*(?(open)\))\s*(?=,|$|\s+(?:that|which|at|before|prior)\b)",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\s*,?\s*(?:at\s+the\s+time\s+of|at|before|prior\s+to|by\s+the\s+time\s+of)\s+(?P<event>(?:the\s+)?(?:start(?:ing)?\s+(?:of\s+)?"
    r"(?:the\s+)?study\s+(?:treatment|drug|therapy)|first\s+dose\s+of\s+(?:the\s+)?study\s+(?:treatment|drug)|randomi[sz]ation|"
    r"enrol?lment|screening|study\s+entry|day\s+1)|date\s+of\s+(?P<date_of>enrol?lment|randomi[sz]ation))\s*$",
    re.IGNORECASE,
)
_FROM = r"(?:from|due\s+to|of|resulting\s+from|related\s+to|caused\s+by|associated\s+with)"
_MORE = r"(?:greater\s+than|more\s+than|higher\s+than|above|exceeding|worse\s+than)"
_AT_LEAST = r"(?:at\s+least|greater\s+than\s+or\s+equal\s+to|equal\s+to\s+or\s+greater\s+than)"
# What is left once the scale, the exceptions and the time are taken out: (pattern, how the grade is said).
# "... to Grade at most 1", "to grade 1 or less", "to grade 0 or 1", "to at most Grade 1", "or baseline".
_DOWN_TO = (
    r"to\s+(?:grade\s+(?:at\s+most\s+(?P<or_less>[0-4])|(?P<or_less2>[0-4])\s+or\s+(?:less|lower|better|below)|0\s+or\s+(?P<zero_or>1))"
    r"|at\s+most\s+grade\s+(?P<at_most>[0-4]))(?P<baseline>\s+or\s+(?:to\s+)?baseline)?"
)
_LASTING_WORDS = r"(?P<lasting>acute\s+(?:or|and/or)\s+chronic\s+|acute\s+)?"
_CORES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # "Unresolved toxicity greater than grade 1 from prior therapy", "... toxicities from prior therapy greater than grade 1"
        rf"^(?:any\s+)?(?:unresolved|persistent|residual|ongoing)\s+{_HARM}\s+{_FROM}\s+{_EARLIER}\s*,?\s*"
        rf"(?:(?P<more>{_MORE})|(?P<least>{_AT_LEAST}))\s+grade\s+(?P<grade>[0-4])$",
        rf"^(?:any\s+)?(?:unresolved|persistent|residual|ongoing)\s+{_HARM}\s+(?:(?P<more>{_MORE})|(?P<least>{_AT_LEAST}))\s+"
        rf"grade\s+(?P<grade>[0-4])\s+{_FROM}\s+{_EARLIER}$",
        rf"^(?:any\s+)?(?:unresolved|persistent|residual|ongoing)\s+(?:(?P<more>{_MORE})|(?P<least>{_AT_LEAST}))\s+grade\s+"
        rf"(?P<grade>[0-4])\s+(?P<reversible>reversible\s+)?{_HARM}\s+{_FROM}\s+{_EARLIER}$",
        # "Unresolved toxicities from prior anti-tumor therapy not recovered to at most Grade 1", "Presence of an acute or
        # chronic toxicity resulting from prior anti-cancer treatment that has not resolved to Grade at most 1"
        rf"^(?:(?:the\s+)?presence\s+of\s+(?:an?\s+|any\s+)?|any\s+)?(?:unresolved\s+|residual\s+|persistent\s+)?{_LASTING_WORDS}"
        rf"{_HARM}\s+{_FROM}\s+{_EARLIER}\s*,?\s*(?:that\s+(?:has|have)\s+|which\s+(?:has|have)\s+)?"
        rf"not\s+(?:yet\s+)?(?:been\s+)?(?:resolved|recovered)\s+{_DOWN_TO}$",
        # "Has not recovered from AEs due to previous therapy to at most Grade 1 or baseline"
        rf"^(?:(?:has|have)\s+)?not\s+(?:yet\s+)?recovered\s+from\s+(?:any\s+|all\s+)?{_LASTING_WORDS}{_HARM}\s+{_FROM}\s+"
        rf"{_EARLIER}\s+{_DOWN_TO}$",
        # As requirements: "Recovered from any previous therapy related toxicity to at most Grade 1", "Resolution of all
        # acute toxic effects of prior anti-cancer therapy to Grade 1 or less", "recovered from all AEs due to previous
        # anticancer therapies to at most Grade 1"
        rf"^(?P<recovered>(?:has\s+|have\s+)?recovered)\s+from\s+(?:any|all)\s+(?:previous|prior)\s+(?P<what>therapy)[- ]related\s+"
        rf"{_LASTING_WORDS}{_HARM}\s+{_DOWN_TO}$",
        rf"^(?:(?P<recovered>(?:has\s+|have\s+)?recovered)\s+from|(?P<resolution>resolution|recovery)\s+(?:of|from))\s+(?:any|all)\s+"
        rf"{_LASTING_WORDS}{_HARM}\s+{_FROM}\s+{_EARLIER}\s+{_DOWN_TO}$",
    )
)


def _plain_exceptions(listed: str) -> tuple[str, ...] | None:
    members = [
        m.strip() for m in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", listed.strip(" .,;")) if m.strip()
    ]
    plain: list[str] = []
    for member in members:
        said = next((words for pattern, words in _SPARED_RES if pattern.match(member)), None)
        if said is None:
            return None  # a side effect with no plain name here, or one the study doctor judges
        if said not in plain:
            plain.append(said)
    return tuple(plain) or None


def _lingering(match: re.Match) -> LastingSideEffects | None:
    """ "Presence of an acute or chronic toxicity resulting from prior anti-cancer treatment, with the exception of alopecia
    or nail changes, that has not resolved to Grade at most 1, as determined by NCI CTCAE v 5.0" """
    text = re.sub(r"\s+", " ", match["sentence"]).strip(" .;,")
    versions = []
    for found in list(_SCALE.finditer(text))[::-1]:
        if found["version"]:
            versions.append(found["version"])
        text = re.sub(r"\s+", " ", text[: found.start()] + " " + text[found.end() :]).strip()
    if len(set(versions)) > 1:
        return None
    exceptions: tuple[str, ...] = ()
    spared = list(_EXCEPT.finditer(text))
    if len(spared) > 1:
        return None
    if spared:
        listed = _plain_exceptions(spared[0]["list"])
        if listed is None:
            return None
        exceptions = listed
        text = re.sub(r"\s+", " ", text[: spared[0].start()] + " " + text[spared[0].end() :]).strip(" ,")
    when = None
    timed = _TIME.search(text)
    if timed:
        when = event_in_words(timed["event"] or timed["date_of"])
        if when is None:
            return None
        text = text[: timed.start()].strip(" ,")
    read = next((found for found in (core.match(text) for core in _CORES) if found), None)
    if read is None:
        return None
    groups = read.groupdict()
    what = _earlier(read["what"])
    if what is None:
        return None
    lasting = re.sub(r"\s+", " ", (groups.get("lasting") or "").lower()).strip()
    said = {
        "what": what,
        "term": _harm_term(read["harm"]),
        "acute": lasting.startswith("acute"),
        "chronic": lasting.endswith("chronic"),
        "version": versions[0] if versions else None,
        "exceptions": exceptions,
        "when": when,
        "reversible": bool(groups.get("reversible")),
    }
    if groups.get("grade"):
        grade = int(groups["grade"])
        spoken = "grade or worse" if groups.get("least") else "above grade"
        phrase = "at least" if groups.get("least") else "more than"
        return LastingSideEffects(**said, grade=grade, phrase=phrase, spoken=spoken)
    recovered = bool(groups.get("recovered") or groups.get("resolution"))
    said_to: Literal["grade or lower", "at most grade", "grade 0 or 1"]
    if groups.get("or_less") or groups.get("or_less2"):
        to, said_to = int(groups.get("or_less") or groups["or_less2"]), "grade or lower"
    elif groups.get("zero_or"):
        to, said_to = 1, "grade 0 or 1"
    else:
        to, said_to = int(groups["at_most"]), "at most grade"
    return LastingSideEffects(
        **said,
        recovered_to=to,
        recovery=True,
        negated=not recovered,
        or_baseline=bool(groups.get("baseline")),
        spoken=said_to,
    )


# The sentence is read by _lingering in parts, so the pattern only takes it whole (the subject WHO reads excepted).
_WHOLE = r"(?=.{0,400}$)(?P<sentence>.*?(?:toxicit|adverse|toxic|side\s+effect|\bAEs?\b).*?)"

RECOGNISERS = (
    recogniser(
        "lasting-side-effects",
        ("toxicit", "side effect", "adverse event", "toxic effect"),
        r"(?:(?:any|the)\s+)?(?P<lasting>persistent|persistence\s+of|ongoing|unresolved|residual|lasting)?\s*(?:(?:any|the)\s+)?"
        r"(?P<serious>clinically\s+(?:significant|relevant)\s+)?(?:treatment[- ]related\s+|(?P<acute>acute\s+))?"
        + _HARM
        + rf"(?:\s*{_GRADE_AT})?\s+(?:caused\s+by|from|resulting\s+from|related\s+to|due\s+to|of)\s+{_EARLIER}"
        rf"(?:\s+(?:that\s+is\s+|of\s+)?(?:{_GRADE_AT.replace('P<cmp>', 'P<cmp_>').replace('P<n>', 'P<n_>').replace('P<n2>', 'P<n2_>')}))?"
        r"(?:\s*,?\s*\(?\s*(?:excluding|except(?:\s+for)?|with\s+the\s+exception\s+of|other\s+than)\s+(?P<except>alopecia|hair\s+loss)"
        r"\s*\)?)?(?P<to>)(?P<neg>)",
        lambda m: _side_effects(m) if not (m["n_"] or m["n2_"]) else _side_effects_after(m),
    ),
    recogniser(
        "lasting-side-effects",
        ("recovered", "resolved", "alleviated"),
        r"(?:(?:any|the)\s+)?"
        + _HARM
        + r"\s+(?:of|from)\s+"
        + _EARLIER
        + r"\s+(?:has|have)\s+not\s+been\s+(?:alleviated|resolved)"
        r"|(?:(?:any|the)\s+)?"
        + _HARM.replace("P<harm>", "P<harm2>")
        + r"\s+(?:that\s+(?:has|have)\s+)?not\s+(?:yet\s+)?"
        r"(?:recovered|resolved)\s+from\s+" + _EARLIER.replace("P<what>", "P<what2>"),
        lambda m: _not_resolved(m),
    ),
    recogniser(
        "lasting-side-effects",
        ("recovered",),
        r"(?P<neg>(?:has\s+|have\s+)?not\s+)?(?:(?:must|should)\s+(?:have\s+)?)?(?:adequately\s+|fully\s+)?recovered\s+"
        r"(?:to\s+grade\s+(?P<to>[0-4])\s+or\s+better\s+|to\s+grade\s+at\s+most\s+(?P<to2>[0-4])\s+)?from\s+"
        r"(?:the\s+)?(?:all\s+)?(?:related\s+)?(?P<acute>acute\s+)?"
        + _HARM
        + r"\s+(?:of|from|caused\s+by|related\s+to|due\s+to)\s+"
        + _EARLIER
        + r"(?:\s+to\s+grade\s+(?:at\s+most\s+)?(?P<to3>[0-4]))?"
        r"(?:\s*\(\s*(?:nci\s+)?common\s+terminology\s+criteria\s+for\s+adverse\s+events\s*\[?\s*(?:nci[- ])?ctcae\s*\]?"
        r"\s*(?:v(?:ersion)?\.?\s*(?P<version>\d(?:\.\d+)?))?\s*\))?(?P<lasting>)(?P<serious>)(?P<n>)(?P<n2>)(?P<cmp>)",
        lambda m: _recovered(m),
    ),
    recogniser(
        "lasting-side-effects",
        ("toxicit", "adverse event", "adverse reaction", "toxic effect", "side effect", "aes"),
        _WHOLE,
        _lingering,
    ),
)
