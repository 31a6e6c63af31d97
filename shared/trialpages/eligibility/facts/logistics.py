"""Taking part: the study doctor's judgement, what taking part asks of you, and medical reasons you cannot have a treatment.

- The study doctor's judgement, in the many ways studies word it: a condition that "in the opinion of the
  investigator would interfere with the study" ("You have another serious medical condition that your study
  doctor thinks would put you at more risk."), "deemed unsuitable by the investigator", "unlikely to comply",
  and a sentence another recogniser reads with the judge named after it ("Clinically significant penile
  deformity in the opinion of the investigator"). The consequences are people.py's table, with more wordings.
- Logistics and abilities: being available for the visits and follow-up, living near the site or in a
  country, a phone or internet, questionnaires and diaries, reading and writing, swallowing pills, veins for
  blood draws, health insurance or social security, legal protection (guardianship), prison, working for the
  sponsor or the site, having been in this study before, giving blood.
- Contraindications: "Any contraindication to sildenafil / to MRI / to general anesthesia" is a medical
  reason you must not have it ("You have a medical reason not to take sildenafil.").

Each reader takes a sentence whole or not at all: an example it cannot list ("e.g."), an exception, a
condition ("if"), a second clause it does not know, and the sentence stays in the study's own words.
"""

from __future__ import annotations

import re
from typing import Literal

from trialpages.eligibility.facts.base import WHO, Fact, recogniser
from trialpages.eligibility.facts.conditions import Conditions
from trialpages.eligibility.facts.disease import MeasurableDisease
from trialpages.eligibility.facts.people import _EFFECTS, FollowsStudy, _duties
from trialpages.eligibility.facts.treatment import treatments_in

# --- Who judges ---------------------------------------------------------------------------------------------------

Judge = Literal["your study doctor", "your doctor", "the study team"]
_JUDGES: tuple[tuple[str, Judge], ...] = (
    (r"physician|doctor|oncologist|surgeon|neurologist|cardiologist", "your doctor"),
    (r"researchers?|staff|research\s+team|study\s+team", "the study team"),
    (r".", "your study doctor"),  # the investigator, the PI, the clinician, the examiner
)
_WHO_JUDGES = (
    r"(?:(?:the\s+)?(?:treating\s+|site\s+|principal\s+|clinical\s+|local\s+|study\s+|enrolling\s+|examining\s+|responsible\s+)*"
    r"(?:investigators?|(?:sub-?)?investigators?|pi|physicians?|doctors?|clinicians?|researchers?|examiners?|study\s+team|"
    r"research\s+team|medical\s+doctor|study\s+doctor|staff)(?:\s+(?:and|or)\s+(?:the\s+)?sponsor)?)"
)
_WHOSE = r"(?:the\s+)?(?:treating\s+|site\s+|principal\s+|local\s+|study\s+)*(?:investigators?|pi|physicians?|clinicians?|researchers?)'?s?'?"
# "in the opinion of the investigator", "as judged by the PI", "per the investigator's judgement", "at the discretion of ...":
# a judge named with how they judge ("thinks": an opinion; "finds": an assessment).
_JUDGE = (
    r"(?P<j_opinion>in\s+the\s+(?:opinion|judge?ments?|view|estimation|consideration|point\s+of\s+view)\s+of\s+"
    + _WHO_JUDGES
    + r"|in\s+"
    + _WHOSE
    + r"\s+(?:opinion|judge?ment|view|consideration|point\s+of\s+view)"
    + r"|(?:based\s+on\s+|according\s+to\s+|per\s+)(?:the\s+)?(?:opinion|judge?ment)\s+of\s+"
    + _WHO_JUDGES
    + r"|(?:based\s+on|according\s+to|per|from)\s+"
    + _WHOSE
    + r"\s+(?:opinion|judge?ment|point\s+of\s+view|decision)"
    + r"|(?:as\s+)?(?:judged|deemed|considered)\s+by\s+"
    + _WHO_JUDGES
    + r"|(?:at|per)\s+(?:the\s+)?(?:discretion\s+of\s+"
    + _WHO_JUDGES
    + r"|"
    + _WHOSE
    + r"\s+discretion)"
    + r"|according\s+to\s+"
    + _WHO_JUDGES
    + r")"
    + r"|(?P<j_finding>(?:as\s+)?(?:determined|assessed|confirmed|evaluated|established)\s+by\s+"
    + _WHO_JUDGES
    + r"(?:\s+assessment)?|(?:per|according\s+to|based\s+on)\s+(?:the\s+)?"
    + _WHOSE
    + r"\s+assessment"
    + r"|(?:per|based\s+on)\s+"
    + _WHO_JUDGES
    + r"\s+assessment)"
)
_JUDGE_RE = re.compile(rf"\s*,?\s*(?P<open>\()?\s*(?:{_JUDGE})\s*(?(open)\))\s*,?\s*", re.IGNORECASE)


def _judge_of(text: str) -> Judge:
    lowered = text.lower()
    return next(judge for pattern, judge in _JUDGES if re.search(pattern, lowered))


def _without_judge(text: str) -> tuple[str, Judge | None, str]:
    """The sentence without its one judge phrase, who judges, and how ("thinks" or "finds")."""
    found = list(_JUDGE_RE.finditer(text))
    if len(found) != 1:
        return text, None, ""
    match = found[0]
    judge = _judge_of(match["j_opinion"] or match["j_finding"])
    how = "thinks" if match["j_opinion"] else "finds"
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    return re.sub(r"\s+", " ", rest), judge, how


def _judge_said(judge: Judge | None, how: str = "thinks") -> str:
    """ "your study doctor thinks", mid-sentence."""
    if judge is None:
        return ""
    return f"{judge} {how}s" if how == "find" else f"{judge} {how}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _joined(members: list[str], joiner: str = "or") -> str:
    if len(members) == 1:
        return members[0]
    return ", ".join(members[:-1]) + f" {joiner} " + members[-1]


_ARTICLE_VOWEL = re.compile(r"^(?:[aeio]|u(?!ni|s[eu]))", re.IGNORECASE)


def _a(words: str) -> str:
    return ("an " if _ARTICLE_VOWEL.match(words) else "a ") + words


# --- A condition the study doctor judges --------------------------------------------------------------------------

_PERSON = (
    r"(?:(?:the\s+|a\s+)?(?:patients?|subjects?|participants?|volunteers?|persons?|individuals?|candidates?)|them|him|her|"
    r"him\s+or\s+her|him/her|you)"
)
_THEIR = (
    r"(?:(?:the\s+|a\s+)?(?:patient|subject|participant|volunteer|person|individual)s?'?(?:s)?'?\s+|his\s+or\s+her\s+|his/her\s+|"
    r"their\s+|your\s+|the\s+)?"
)
_STUDY = r"(?:the\s+|this\s+|a\s+)?(?:clinical\s+)?(?:study|trial|research|protocol|clinical\s+investigation)"
_RESULTS = (
    r"(?:the\s+)?(?:(?:study|trial)\s+)?(?:results|data|findings|outcomes?|assessments?|evaluations?|analysis|endpoints?)"
    r"(?:\s+(?:or|and|and/or)\s+(?:the\s+)?(?:conclusions|data|results|outcomes?|evaluations?|assessments?))?"
    rf"(?:\s+(?:of|in|from)\s+{_STUDY})?"
)
_DUTIES_OBJ = (
    rf"(?:(?:the\s+)?(?:study|trial|protocol|research)(?:[- ](?:related|specific|required))?\s+(?:requirements?|procedures?|"
    rf"protocol|schedule|visits|instructions)|{_STUDY}|(?:the\s+)?(?:requirements|procedures)(?:\s+of\s+{_STUDY})?|"
    r"(?:the\s+)?(?:study|protocol)\s+(?:requirements\s+and\s+)?procedures)"
)
# More consequences than people.py's table reads, tried first: (pattern, what it would do, said after "would").
_MORE_EFFECTS: tuple[tuple[str, str], ...] = (
    # Safety and risk.
    (
        r"(?:increase|raise)s?\s+(?:the\s+)?risks?\s+(?:associated\s+with|of)\s+(?:(?:the\s+)?(?:study|trial)\s+participation|"
        rf"participation\s+in\s+{_STUDY}|{_THEIR}participation\s+in\s+{_STUDY})\s+or\s+(?:the\s+)?(?:investigational\s+product|"
        r"study\s+(?:drug|treatment|intervention|medication)|study\s+drug)\s+administration",
        "make taking part or taking the study drug riskier for you",
    ),
    (
        r"(?:(?:substantially|significantly)\s+)?(?:increase|raise)s?\s+(?:the\s+)?risks?\s+(?:associated\s+with|of)\s+"
        rf"(?:(?:the\s+)?(?:study|trial)\s+participation|participation\s+in\s+{_STUDY}|{_THEIR}participation\s+in\s+{_STUDY})",
        "make taking part riskier for you",
    ),
    (
        rf"(?:increase|raise)s?\s+(?:the\s+)?(?:{_THEIR}|patients\s+)?risk(?:\s+(?:to|for)\s+{_PERSON})?"
        r"|(?:lead\s+to|result\s+in)\s+(?:an?\s+)?increased\s+risk\s+(?:for|to)\s+" + _PERSON,
        "put you at more risk",
    ),
    (
        rf"(?:place|put|expose)s?\s+{_PERSON}\s+(?:at|to|in)\s+(?:an?\s+)?(?:unacceptable|undue|significant|high)\s+risk"
        rf"(?:\s+(?:for|of)\s+(?:study\s+participation|participation\s+in\s+{_STUDY}))?",
        "put you at too much risk",
    ),
    (rf"(?:place|put|expose)s?\s+{_PERSON}\s+at\s+risk|poses?\s+a\s+risk\s+to\s+{_PERSON}", "put you at risk"),
    (
        rf"(?:compromise|jeopardi[sz]e|endanger|threaten)s?\s+(?:(?:the\s+)?safety\s+of\s+{_PERSON}|{_THEIR}safety|"
        r"(?:the\s+)?patients?'?\s+safety|(?:the\s+)?patient\s+safety)",
        "make taking part unsafe for you",
    ),
    (
        r"(?:preclude|prevent)s?\s+(?:the\s+)?(?:patient'?s?\s+|subject'?s?\s+|participant'?s?\s+)?safe\s+participation"
        rf"(?:\s+in\s+{_STUDY})?",
        "keep you from taking part safely",
    ),
    # Taking part.
    (
        r"(?:preclude|prevent|prohibit|exclude)s?\s+(?:the\s+)?(?:patient'?s?\s+|subject'?s?\s+|participant'?s?\s+)?(?:full\s+)?"
        rf"(?:study\s+)?participation(?:\s+in\s+{_STUDY})?|(?:prevent|keep)s?\s+{_PERSON}\s+from\s+(?:participating|taking\s+part)"
        rf"\s+in\s+{_STUDY}",
        "keep you from taking part",
    ),
    (
        rf"(?:compromise|hamper|affect|limit|interfere\s+with)s?\s+{_THEIR}(?:ability\s+to\s+participate|participation)\s+(?:in|on)"
        rf"\s+{_STUDY}",
        "make it hard for you to take part",
    ),
    (
        rf"(?:prevent|keep)s?\s+{_PERSON}\s+from\s+completing\s+{_STUDY}|(?:prevent|preclude)s?\s+(?:the\s+)?(?:successful\s+)?"
        rf"completion\s+of\s+{_STUDY}|(?:affect|compromise|limit)s?\s+{_THEIR}ability\s+to\s+complete\s+{_STUDY}",
        "keep you from finishing the study",
    ),
    (
        r"(?:prevent|preclude)s?\s+(?:the\s+)?completion\s+of\s+(?:the\s+)?(?:study\s+)?(?:treatment|therapy)",
        "keep you from finishing the study treatment",
    ),
    (
        rf"(?:lead|leads)\s+to\s+(?:an?\s+)?early\s+withdrawal\s+from\s+{_STUDY}",
        "make you leave the study early",
    ),
    (
        r"(?:make|makes|render|renders)\s+(?:the\s+)?(?:patient|subject|participant|volunteer|him|her|them|him\s+or\s+her)\s+"
        r"(?:unsuitable|inappropriate|ineligible)\s+for\s+(?:the\s+|this\s+)?(?:study|trial|participation|inclusion|enrol?lment|"
        r"entry\s+into\s+(?:the|this)\s+(?:study|trial)|participation\s+in\s+(?:the|this)\s+(?:study|trial))",
        "make you unsuitable for this study",
    ),
    (
        r"contraindicates?\s+(?:the\s+)?(?:patient'?s?\s+|subject'?s?\s+|participant'?s?\s+|their\s+|his/her\s+)?participation"
        rf"(?:\s+in\s+{_STUDY})?",
        "be a medical reason for you not to take part",
    ),
    (
        r"contraindicates?\s+(?:the\s+)?administration\s+of\s+(?:the\s+)?(?:study|investigational)\s+(?:medication|drug|"
        r"treatment|product)",
        "be a medical reason for you not to take the study drug",
    ),
    # Following the study.
    (
        r"(?:limit|affect|compromise|impair|hamper|interfere\s+with|complicate|reduce|prevent)s?\s+"
        r"(?:the\s+)?(?:patient'?s?\s+|subject'?s?\s+|participant'?s?\s+|their\s+)?(?:compliance|adherence|cooperation)"
        rf"(?:\s+(?:with|to)\s+{_DUTIES_OBJ}|\s+of\s+(?:the\s+)?(?:patient|subject)(?:\s+in\s+{_STUDY})?)?",
        "make it hard for you to follow the study's rules",
    ),
    (
        rf"(?:interfere|interferes)\s+with\s+{_THEIR}ability\s+to\s+(?:comply|cooperate)\s+with\s+{_DUTIES_OBJ}",
        "make it hard for you to follow the study's rules",
    ),
    (
        rf"(?:interfere|interferes)\s+with\s+(?:{_THEIR})?(?:cooperation|compliance|adherence)\s+(?:with|to)\s+{_DUTIES_OBJ}",
        "make it hard for you to follow the study's rules",
    ),
    (r"(?:interfere|interferes)\s+with\s+(?:the\s+)?follow-?up", "get in the way of the follow-up visits"),
    (
        r"(?:complicate|hamper|impair)s?\s+(?:the\s+)?communication\s+with\s+(?:the\s+)?(?:researchers?|investigators?|study\s+"
        r"(?:team|staff))",
        "make it hard for you to talk with the study team",
    ),
    # The study's results.
    (
        r"(?:confound|affect|interfere\s+with|compromise|obscure|impair|complicate|hinder)s?\s+(?:the\s+)?(?:interpretation|"
        r"analysis|evaluation|assessment|integrity|reliability)\s+of\s+" + _RESULTS,
        "make the study's results hard to understand",
    ),
    (
        r"(?:confound|affect|interfere\s+with|compromise|obscure|impair|complicate|hinder)s?\s+"
        + _RESULTS
        + r"|(?:impair|hinder|affect)s?\s+(?:the\s+)?data\s+collection|(?:interfere|interferes)\s+with\s+(?:the\s+)?"
        r"(?:evaluation|assessment)\s+of\s+(?:the|this)\s+study",
        "make the study's results hard to understand",
    ),
    (
        r"(?:interfere|interferes)\s+with\s+(?:the\s+)?(?:assessment|evaluation)\s+of\s+(?:the\s+)?safety\s+or\s+efficacy\s+of\s+"
        r"(?:the\s+)?study\s+(?:treatment|drug|intervention)",
        "make it hard to tell how safe the study treatment is or how well it works",
    ),
    (
        r"(?:interfere|interferes)\s+with\s+(?:the\s+)?(?:study\s+)?(?:treatment|therapy|intervention)",
        "get in the way of the study treatment",
    ),
    (
        rf"(?:interfere|interferes)\s+with\s+(?:{_THEIR})?(?:participation\s+in\s+{_STUDY}|study\s+participation)",
        "get in the way of you taking part",
    ),
)
_ALL_EFFECTS = _MORE_EFFECTS + _EFFECTS
_EFFECT = "|".join(f"(?:{pattern})" for pattern, _ in _ALL_EFFECTS)
_EFFECT_RES = tuple((re.compile(rf"^(?:{pattern})$", re.IGNORECASE), words) for pattern, words in _ALL_EFFECTS)
_MODAL = (
    r"(?:would|could|may|might|will|can|should|(?:is|are)\s+likely\s+to|(?:is|are)\s+expected\s+to|(?:is|are)\s+able\s+to)"
    r"(?:\s+(?:potentially|significantly|seriously|substantially|possibly))?"
)
_MODALS = {
    "may": "might",
    "will": "would",
    "can": "could",
    "should": "would",
    "are likely to": "is likely to",
    "is expected to": "is likely to",
    "are expected to": "is likely to",
    "is able to": "could",
    "are able to": "could",
}
_ING = {
    "interfering": "interfere",
    "limiting": "limit",
    "hampering": "hamper",
    "compromising": "compromise",
    "precluding": "preclude",
    "preventing": "prevent",
    "affecting": "affect",
    "leading": "lead",
    "making": "make",
    "confounding": "confound",
    "increasing": "increase",
    "jeopardizing": "jeopardize",
    "jeopardising": "jeopardise",
    "endangering": "endanger",
    "contraindicating": "contraindicate",
    "impairing": "impair",
    "placing": "place",
    "putting": "put",
}
_THIRD = {"have": "has", "make": "makes", "put": "puts", "get": "gets", "keep": "keeps", "be": "is"}


def _effects_of(text: str) -> tuple[str, tuple[str, ...]] | None:
    """ "would interfere with the study or put the patient at risk" -> ("would", (plain effects)); None if any is unknown."""
    text = text.strip().rstrip(" .;,")
    modal = ""
    participle = re.match(r"(?:(?P<pot>potentially|possibly)\s+)?(?P<ing>[a-z]+ing)\b", text, re.IGNORECASE)
    if participle and participle["ing"].lower() in _ING:
        modal = "might" if participle["pot"] else ""
        text = _ING[participle["ing"].lower()] + text[participle.end() :]
    else:
        said = re.match(rf"({_MODAL})\s+", text, re.IGNORECASE)
        if said:
            modal = re.sub(r"\s+", " ", said.group(1).lower())
            modal = re.sub(r"\s+(?:potentially|significantly|seriously|substantially|possibly)$", "", modal)
            modal = _MODALS.get(modal, modal)
            text = text[said.end() :]
    effects: list[str] = []
    pieces = re.split(
        rf"\s*,\s*(?:or\s+|and/or\s+)?(?=(?:{_MODAL}\s+)?(?:{_EFFECT}))|\s+(?:or|and/or)\s+(?=(?:{_MODAL}\s+)?(?:{_EFFECT}))",
        text,
        flags=re.IGNORECASE,
    )
    for piece in pieces:
        piece = piece.strip()
        own = re.match(rf"({_MODAL})\s+", piece, re.IGNORECASE)
        if own:
            piece_modal = _MODALS.get(
                re.sub(r"\s+", " ", own.group(1).lower()), re.sub(r"\s+", " ", own.group(1).lower())
            )
            piece_modal = re.sub(r"\s+(?:potentially|significantly|seriously|substantially|possibly)$", "", piece_modal)
            if modal and piece_modal != modal:
                return None
            modal = piece_modal
            piece = piece[own.end() :]
        said = next((words for pattern, words in _EFFECT_RES if pattern.match(piece)), None)
        if said is None:
            return None
        if said not in effects:
            effects.append(said)
    if not effects:
        return None
    return modal, tuple(effects)


def _verbs(modal: str, effects: tuple[str, ...]) -> str:
    said = []
    for effect in effects:
        if modal:
            said.append(f"{modal} {effect}")
        else:
            verb, _, rest = effect.partition(" ")
            said.append(f"{_THIRD.get(verb, verb + 's')} {rest}")
    if modal and len(said) > 1:
        said = [said[0]] + [item.removeprefix(modal + " ") for item in said[1:]]
    return _joined(said)


# What is judged: "any other serious medical or psychiatric condition", "a laboratory abnormality", "psychiatric illness/social
# situations". Words before the noun, in their plain form: qualities, kinds, and the noun.
_QUALITIES = {
    "clinically significant": "significant",
    "clinically relevant": "significant",
    "medically significant": "significant",
    "significant": "significant",
    "serious": "serious",
    "severe": "severe",
    "major": "major",
    "life-threatening": "life-threatening",
    "uncontrolled": "uncontrolled",
    "unstable": "unstable",
    "active": "active",
    "known": "known",
    "underlying": "underlying",
    "current": "current",
    "existing": "",
    "other": "other",
    "additional": "other",
    "further": "other",
    "concurrent": "other",
    "concomitant": "other",
    "intercurrent": "other",
    "co-existing": "other",
    "coexisting": "other",
    "comorbid": "other",
    "co-morbid": "other",
}
_DURATIONS = {"acute": "sudden", "chronic": "long-term"}
_KINDS = {
    "medical": "medical",
    "surgical": "surgical",
    "physical": "physical",
    "psychiatric": "mental health",
    "psychological": "mental health",
    "mental": "mental health",
    "emotional": "emotional",
    "social": "social",
    "sociological": "social",
    "familial": "family",
    "family": "family",
    "neurological": "brain and nerve",
    "neurologic": "brain and nerve",
    "cognitive": "memory and thinking",
    "cardiovascular": "heart and blood vessel",
    "substance abuse": "addiction",
    "substance use": "addiction",
    "behavioral": "behavior",
    "behavioural": "behavior",
    "disabling": "disabling",
    "pain": "pain",
}
# Nouns: (spelling, plain, medical: said "You have ..."; else "There is ...").
_NOUNS: tuple[tuple[str, str, bool], ...] = (
    (r"conditions?(?:\(s\))?", "condition", True),
    (r"illness(?:es)?(?:\(es\))?", "illness", True),
    (r"diseases?", "disease", True),
    (r"infections?", "infection", True),
    (r"diagnos[ie]s", "diagnosis", True),
    (r"disorders?", "disorder", True),
    (r"problems?", "problem", True),
    (r"abnormalit(?:y|ies)", "abnormal finding", True),
    (r"findings?", "finding", True),
    (r"co-?morbidit(?:y|ies)", "other illness", True),
    (r"situations?", "situation", False),
    (r"circumstances?", "circumstance", False),
    (r"factors?", "reason", False),
    (r"reasons?", "reason", False),
    (r"causes?", "reason", False),
    (r"behaviou?rs?", "behavior", True),
    (r"limitations?", "limitation", True),
    # Named findings, said whole.
    (
        r"(?:laboratory|lab)\s+abnormalit(?:y|ies)|abnormal\s+(?:laboratory|lab)\s+(?:values?|parameters?|results?|tests?|findings?)",
        "abnormal lab test result",
        True,
    ),
    (r"abnormal\s+vital\s+signs", "abnormal vital sign", True),
    (
        r"abnormal\s+physical\s+exam(?:ination)?|abnormalit(?:y|ies)\s+(?:of|on|in)\s+(?:the\s+)?physical\s+exam(?:ination)?"
        r"|physical\s+exam(?:ination)?\s+findings?|findings?\s+(?:on|in|at)\s+(?:the\s+)?physical\s+exam(?:ination)?",
        "abnormal result on your physical exam",
        True,
    ),
    (
        r"(?:ECG|electrocardiogram)\s+abnormalit(?:y|ies)|abnormalit(?:y|ies)\s+(?:in|on|of)\s+the\s+(?:12-lead\s+)?"
        r"electrocardiogram\s*\((?:ECG)\)|abnormal\s+(?:ECG|electrocardiogram)",
        "abnormal heart tracing (ECG)",
        True,
    ),
    (r"organ\s+system\s+dysfunctions?", "organ problem", True),
    (r"pain\s+syndromes?", "pain condition", True),
)
_NOUN_RES = tuple(
    (re.compile(rf"(?:{pattern})\b", re.IGNORECASE), plain, medical) for pattern, plain, medical in _NOUNS
)
_QUALITY_RE = re.compile(
    r"(?:" + "|".join(sorted((re.escape(q) for q in (*_QUALITIES, *_DURATIONS)), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_KIND_RE = re.compile(
    r"(?:" + "|".join(sorted((re.escape(k) for k in _KINDS), key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_JOIN_RE = re.compile(r"\s*(?:,\s*(?:or\s+|and/or\s+|and\s+)?|/|\s(?:or|and/or|and)\s)\s*", re.IGNORECASE)


class _Part:
    def __init__(self) -> None:
        self.qualities: list[
            tuple[str, str]
        ] = []  # (plain quality, what joins it to the one before: "", ",", "or", "and")
        self.durations: list[str] = []
        self.kinds: list[str] = []
        self.noun: str | None = None
        self.medical = True
        self.other = False
        self.joiner = ""  # what joins the last word read to the next

    @property
    def bare(self) -> bool:
        return not (self.qualities or self.durations or self.kinds or self.other)

    def words(self) -> str:
        lead = ""
        for quality, joiner in self.qualities:
            if not quality:
                continue
            lead += (
                (f" {joiner} " if joiner in ("or", "and") else ", " if joiner == "," else " ") + quality
                if lead
                else quality
            )
        words = " ".join([lead, _joined(list(dict.fromkeys(self.kinds))) if self.kinds else "", self.noun or ""])
        words = re.sub(r"\s+", " ", words).strip().replace("mental health illness", "mental illness")
        if self.durations:
            words += f" ({_joined(list(dict.fromkeys(self.durations)))})"
        return words

    def said(self, nouns: list[str] | None = None) -> str:
        """With its article; `nouns`: bare nouns after it that share its words ("severe disease, infection or other illness")."""
        words = self.words()
        if nouns:
            words = _joined([words, *nouns])
        if self.other or words.startswith("other "):
            return "another " + words.removeprefix("other ")
        return _a(words)


def _things(text: str) -> tuple[list[_Part], bool] | None:
    """The parts of what is judged, or None when a word is not known; and whether they are medical ("You have ...")."""
    parts: list[_Part] = []
    part = _Part()
    position = 0
    text = text.strip()
    text = re.sub(r"^(?:any|an?|the)\s+(?:kind\s+of\s+|type\s+of\s+)?", "", text, flags=re.IGNORECASE)
    while position < len(text):
        if noun := next(
            ((m, plain, medical) for regex, plain, medical in _NOUN_RES if (m := regex.match(text, position))), None
        ):
            match, plain, medical = noun
            if part.noun is not None:
                return None
            part.noun, part.medical = plain, medical
            position = match.end()
        elif match := _QUALITY_RE.match(text, position):
            word = re.sub(r"\s+", " ", match.group(0).lower())
            if part.noun is not None:
                return None
            if word in _DURATIONS:
                part.durations.append(_DURATIONS[word])
            elif _QUALITIES[word] == "other":
                if part.kinds:
                    part.kinds.append("other")
                else:
                    part.other = True
            elif part.kinds:
                return None  # a quality after a kind ("medical serious condition")
            else:
                part.qualities.append((_QUALITIES[word], part.joiner))
            position = match.end()
        elif match := _KIND_RE.match(text, position):
            if part.noun is not None:
                return None
            part.kinds.append(_KINDS[match.group(0).lower()])
            position = match.end()
        else:
            return None
        join = _JOIN_RE.match(text, position) or re.compile(r"\s+").match(text, position)
        if position >= len(text):
            break
        if join is None:
            return None
        joiner = join.group(0).strip().lower()
        if part.noun is not None:
            if joiner in ("", "and"):
                return None  # "condition and illness": both, or either? not said plainly
            parts.append(part)
            part = _Part()
            position = join.end()
            position += len(re.match(r"(?:any\s+|an?\s+)?", text[position:], re.IGNORECASE).group(0))
        else:
            part.joiner = "," if joiner == "," else "and" if joiner.endswith("and") else "or" if joiner else ""
            position = join.end()
    if part.noun is None:
        return None
    parts.append(part)
    if any(p.medical for p in parts) and not all(p.medical for p in parts):
        return None  # "a condition or a situation": not one kind of thing to say of you
    return parts, parts[0].medical


def _what(parts: list[_Part]) -> str:
    if len(parts) > 1 and all(part.bare for part in parts[1:]):
        return parts[0].said([part.noun or "" for part in parts[1:]])
    return _joined([part.said() for part in parts])


class JudgedCondition(Fact):
    """A condition (or a reason) that would, in the study doctor's judgement, put you at risk or harm the study."""

    what: str  # "another serious medical or mental health condition"
    medical: bool = True  # a condition you have; False: a reason or a situation ("There is ...")
    state: Literal["have", "have or have had", "known"] = "have"
    judge: Judge | None = None
    modal: str = "would"
    effects: tuple[str, ...]

    def sentence(self) -> str:
        thinks = f"{self.judge} thinks " if self.judge else ""
        said = f"{self.what} that {thinks}{_verbs(self.modal, self.effects)}"
        if not self.medical:
            return f"There is {said}."
        verb = {"have": "have", "have or have had": "have or have had", "known": "are known to have"}[self.state]
        return f"You {verb} {said}."


_JUDGED_PREFIX = re.compile(
    r"^(?:(?:the\s+)?(?:patients?|subjects?|participants?|volunteers?|individuals?|persons?|people|men|women)\s+"
    r"(?:who\s+(?:have|has)\s+|(?P<known1>who\s+(?:are|is)\s+known\s+to\s+have\s+|known\s+to\s+have\s+)|with\s+|(?:has|have)\s+)"
    r"|(?:(?:must\s+)?(?:not\s+)?(?:has|have)\s+|with\s+))?"
    r"(?:(?P<present>(?:the\s+)?presence\s+of\s+)|(?P<both>(?:a\s+)?(?:history\s+or\s+presence|presence\s+or\s+history|"
    r"current\s+or\s+(?:past|previous|prior)|(?:past|previous|prior)\s+or\s+current)\s+(?:of\s+)?)|(?P<known2>known\s+))?",
    re.IGNORECASE,
)
_CONNECTOR = re.compile(
    r"^(?P<thing>.+?)(?:\s*,?\s*(?:that|which|who)\s*,?\s*(?P<rest>.+)"
    r"|\s*,?\s+(?P<ing>(?:potentially\s+|possibly\s+)?(?:" + "|".join(_ING) + r")\b.+)"
    r"|\s*,?\s+(?P<likely>(?:likely|expected)\s+to\s+.+))$",
    re.IGNORECASE,
)


def _judged_condition(match: re.Match) -> JudgedCondition | None:
    text, judge, _ = _without_judge(match.string.strip().rstrip(" .;,"))
    if re.search(r"\b(?:e\.g|i\.e|such as|including|includ|except|unless|if|other than|etc)\b", text, re.IGNORECASE):
        return None  # examples or exceptions this reader cannot list
    prefix = _JUDGED_PREFIX.match(text)
    state: Literal["have", "have or have had", "known"] = "have"
    if prefix:
        if re.match(r"(?:must\s+)?not\b", prefix.group(0).strip(), re.IGNORECASE) or re.search(
            r"\bnot\b", prefix.group(0), re.IGNORECASE
        ):
            return None
        if prefix["both"]:
            state = "have or have had"
        elif prefix["known1"] or prefix["known2"]:
            state = "known"
        text = text[prefix.end() :]
    split = _CONNECTOR.match(text)
    if split is None:
        return None
    read = _things(split["thing"])
    if read is None:
        return None
    parts, medical = read
    rest = split["rest"] or split["ing"] or split["likely"]
    if split["likely"]:
        rest = "is " + rest
    # A judge said inside the clause, after its connector ("that, in the opinion of the investigator, would ...") was taken
    # out above; a second judge phrase is not read.
    effects = _effects_of(rest)
    if effects is None:
        return None
    modal, said = effects
    if not medical and state != "have":
        return None
    return JudgedCondition(what=_what(parts), medical=medical, state=state, judge=judge, modal=modal, effects=said)


# --- Judged not suitable ------------------------------------------------------------------------------------------


class Unsuitable(Fact):
    """The study doctor thinks you are not suitable for the study (for another reason, or for any reason)."""

    judge: Judge = "your study doctor"
    reason: Literal["", "another", "any"] = ""

    def sentence(self) -> str:
        reason = {"": "", "another": " for another reason", "any": ", for whatever reason"}[self.reason]
        return f"{_capital(self.judge)} thinks you are not suitable for this study{reason}."


_NOT_SUITABLE = r"(?:unsuitable|inappropriate|not\s+suitable|not\s+appropriate|ineligible|unfit|not\s+eligible)"
_FOR_STUDY = (
    r"(?:\s+(?:for|to|in)\s+(?:participate\s+in\s+|participating\s+in\s+|attending\s+in\s+|enter\s+|join\s+)?(?:the|this)\s+"
    r"(?:clinical\s+)?(?:study|trial|research|clinical\s+study)|\s+(?:for|to)\s+(?:study\s+participation|participation(?:\s+in\s+"
    r"(?:the|this)\s+(?:study|trial))?|inclusion|enrol?lment|the\s+study\s+participation)|\s+to\s+participate(?:\s+in\s+(?:the|this)\s+"
    r"(?:clinical\s+)?(?:study|trial))?)"
)


def _reason(number: int) -> str:
    return (
        rf"(?:\s*,?\s*(?:for|by|based\s+on|due\s+to|because\s+of)\s+(?:any\s+)?(?P<other_reason{number}>other|another)\s+reasons?"
        r"|\s*,?\s*for\s+any\s+(?:other\s+)?reason)?"
    )


_BY = rf"(?:\s*,?\s*(?:by|according\s+to|as\s+assessed\s+by|as\s+determined\s+by)\s+(?P<by>{_WHO_JUDGES}))?"
_UNSUITABLE = (
    r"(?:(?P<otherwise0>other\s+)?(?:patients?|subjects?|participants?|persons?|individuals?|men|women|a\s+person)\s+"
    r"(?:who\s+(?:(?:is|are|was|were)\s+)?|whose\s+participation\s+is\s+)?)?(?:be\s+|is\s+|are\s+)?"
    r"(?:(?:deemed|judged|considered|assessed|found|viewed|regarded)\s+(?:by\s+(?P<by0>" + _WHO_JUDGES + r")\s+)?"
    r"(?:to\s+be\s+|as\s+(?:being\s+)?)?|to\s+be\s+|as\s+|(?=otherwise))?"
    rf"(?P<otherwise>otherwise\s+)?{_NOT_SUITABLE}{_FOR_STUDY}?{_BY}{_reason(1)}"
    # "The investigator considered it inappropriate to participate in the study"
    rf"|(?:the\s+)?(?P<who2>{_WHO_JUDGES})\s+(?:consider|considers|considered|judge|judges|judged|believe|believes|deem|deems|"
    r"deemed|think|thinks)\s+(?:that\s+)?(?:the\s+)?(?:patient|subject|participant|it|he\s*/\s*she|he\s+or\s+she)\s+"
    rf"(?:is\s+|to\s+be\s+|as\s+)?{_NOT_SUITABLE}{_FOR_STUDY}{_reason(2)}"
    # "Other factors that the investigator considered inappropriate for the study", "Other circumstances deemed inappropriate
    # by the investigator", "Other causes which are not suitable for the trial".
    r"|(?:there\s+(?:are|were)\s+)?(?:any\s+)?(?P<other3>other|another)\s+(?:factors?|circumstances?|causes?|reasons?|situations?)\s*,?\s*"
    rf"(?:(?:that|which)\s+(?:(?:the\s+)?(?P<who3>{_WHO_JUDGES})\s+(?:consider|considers|considered|judge|judges|judged|believe|"
    r"believes|deem|deems|deemed|regard|regards)\s+(?:to\s+be\s+|as\s+)?|(?:are|is|were)\s+)|(?:deemed|judged|considered)\s+)?"
    rf"{_NOT_SUITABLE}(?:{_FOR_STUDY})?{_BY.replace('<by>', '<by3>')}"
    # "The investigator believes that there are other factors that are not suitable for participating in this trial"
    rf"|(?:the\s+)?(?P<who4>{_WHO_JUDGES})\s+(?:believes?|considers?|thinks?)\s+(?:that\s+)?there\s+(?:are|is)\s+(?:any\s+)?"
    rf"(?P<other4>other\s+)?(?:factors?|reasons?|circumstances?)\s+(?:that|which)\s+(?:are|is)\s+{_NOT_SUITABLE}{_FOR_STUDY}"
)


def _unsuitable(match: re.Match, judge: Judge | None) -> Unsuitable | None:
    named = next((match[group] for group in ("by0", "by", "by3", "who2", "who3", "who4") if match[group]), None)
    if named and judge:
        return None  # two judges
    if named:
        judge = _judge_of(named)
    if judge is None:
        if not re.search(r"deemed|judged|considered|assessed|regarded|viewed", match.string, re.IGNORECASE):
            return None  # "Patients not suitable for ...": said of the person, not a judgement; and not this study's
        judge = "the study team"
    other = bool(
        match["otherwise"]
        or match["otherwise0"]
        or match["other_reason1"]
        or match["other_reason2"]
        or match["other3"]
        or match["other4"]
    ) or bool(re.search(r"\bfor any other reason", match.string, re.IGNORECASE))
    reason: Literal["", "another", "any"] = (
        "another" if other else "any" if re.search(r"\bany reason\b", match.string, re.IGNORECASE) else ""
    )
    return Unsuitable(judge=judge, reason=reason)


def _judged_recogniser(name: str, triggers: tuple[str, ...], pattern: str, build):
    """A recogniser that reads a sentence with its judge phrase ("in the opinion of the investigator") taken out: `build`
    gets the match of `pattern` on the rest and who judges."""
    whole = re.compile(rf"^\s*{WHO}(?:{pattern})\s*[.;:,；。，]?\s*$", re.IGNORECASE)

    def read(match: re.Match) -> Fact | None:
        text, judge, _ = _without_judge(match.string.strip())
        rest = whole.match(text)
        return build(rest, judge) if rest else None

    return recogniser(name, triggers, r"(?=.{4,600}$).+", read)


# --- Following the study, as the study doctor expects ---------------------------------------------------------------


class Compliance(Fact):
    """Whether you are expected to do what the study asks: "unlikely to comply with the study procedures"."""

    judge: Judge | None = None
    how: Literal["unlikely", "not likely", "would not", "might not", "history"]
    what: str  # "follow the study's visits, tests and rules"

    def sentence(self) -> str:
        if self.how == "history":
            return f"In the past, you have not {self._past()}."
        said = {
            "unlikely": f"you are unlikely to {self.what}",
            "not likely": f"you are not likely to {self.what}",
            "would not": f"you would not {self.what}",
            "might not": f"you might not {self.what}",
        }[self.how]
        if self.judge:
            return f"{_capital(self.judge)} thinks {said}."
        return f"{_capital(said)}."

    def _past(self) -> str:
        verb, _, rest = self.what.partition(" ")
        return {"follow": "followed", "take": "taken", "come": "come"}.get(verb, verb) + " " + rest


_COMPLY = r"(?:comply|be\s+compliant|be\s+adherent|adhere|cooperate)\s+(?:with|to)"
_COMPLIANCE = (
    # "Any condition or behavior that indicates to the Principal Investigator that the subject is unlikely to be compliant with ..."
    r"(?:(?:any\s+)?(?:condition|behaviou?r|evidence|suspicion|reason)(?:\s+or\s+(?:condition|behaviou?r|evidence|suspicion))?\s+"
    rf"(?:that|which)\s+(?:indicates?|suggests?)\s+to\s+(?:the\s+)?(?P<to>{_WHO_JUDGES})\s+that\s+(?:the\s+)?"
    r"(?:subject|patient|participant)\s+(?:is\s+|would\s+|might\s+|may\s+)?)?"
    r"(?:(?:patients?|subjects?|participants?)\s+(?:who\s+|that\s+|which\s+)?(?:(?:is|are)\s+)?)?"
    r"(?:(?P<unlikely>(?:is\s+|are\s+)?(?:unlikely|not\s+likely)\s+to\s+)(?:" + _COMPLY + r")"
    r"|(?P<modal>would|will|may|might|could)\s+(?:not\s+(?:be\s+able\s+to\s+)?(?:comply|adhere|cooperate)\s+(?:with|to)"
    r"|be\s+non-?\s?compliant\s+(?:with|to))"
    r"|(?P<history>(?:a\s+)?history\s+of\s+(?:poor|non-?\s?)\s*(?:compliance|adherence)\s+(?:with|to))"
    r")\s+(?P<duties>.+)"
)
_MEDICAL_DUTIES = re.compile(
    r"^(?:(?:the\s+)?(?:medical\s+)?(?:treatment|therapy|medication|medical\s+regimens?|treatment\s+regimens?|medical\s+"
    r"treatment|medical\s+advice))$",
    re.IGNORECASE,
)


def _compliance(match: re.Match, judge: Judge | None) -> Compliance | None:
    if match["to"]:
        if judge:
            return None
        judge = _judge_of(match["to"])
    duties = match["duties"].strip()
    if match["history"]:
        if judge or not _MEDICAL_DUTIES.match(duties):
            return None
        return Compliance(how="history", what="follow your medical treatment as prescribed")
    if _MEDICAL_DUTIES.match(duties):
        return None
    what = _duties(
        re.sub(r"\s+(?:and|or)\s+(?=(?:the\s+)?(?:study\s+)?(?:visits|procedures|requirements))", ", ", duties),
        "comply",
    )
    if what is None:
        return None
    if match["unlikely"]:
        how = "not likely" if re.search(r"\bnot\b", match["unlikely"], re.IGNORECASE) else "unlikely"
    else:
        how = "might not" if match["modal"].lower() in ("may", "might", "could") else "would not"
    if how not in ("unlikely", "not likely") and judge is None:
        return None  # "Patients who may not comply": whose view is it? said as the source says it
    return Compliance(judge=judge, how=how, what=what)


# --- A sentence another recogniser reads, with the study doctor's judgement on it ------------------------------------


class JudgedBy(Fact):
    """ "Clinically significant penile deformity in the opinion of the investigator": the fact, and who judges it."""

    fact: Fact
    judge: Judge
    how: Literal["thinks", "finds"] = "thinks"

    def sentence(self) -> str:
        said = self.fact.sentence()
        if "your doctor considers serious" in said:
            return said.replace("your doctor considers serious", f"{self.judge} considers serious")
        verb = "thinks" if self.how == "thinks" else "finds that"
        return f"{_capital(self.judge)} {verb} {said[:1].lower()}{said[1:]}"

    def sentence_in(self, kind: str) -> str | None:
        inner = self.fact.sentence_in(kind)
        return None if inner is None else self.sentence()


def _judged_by(match: re.Match) -> JudgedBy | None:
    from trialpages.eligibility.facts import recognise  # the other recognisers read what is judged

    text, judge, how = _without_judge(match.string.strip().rstrip(" .;,"))
    if judge is None or len(text) < 4:
        return None
    read = recognise(text)
    if read is None:
        return None
    fact = read[1]
    if isinstance(fact, Conditions):
        if fact.state in ("diagnosed", "documented", "documented had") or fact.who:
            return None  # "A doctor has found ...", "Your medical records show ...": a judge of their own
    elif not isinstance(fact, FollowsStudy | MeasurableDisease):
        return None
    said = fact.sentence()
    if not said.startswith("You ") or ("your doctor" in said and not (isinstance(fact, Conditions) and fact.serious)):
        return None
    return JudgedBy(fact=fact, judge=judge, how=how)


# --- A medical reason you cannot have a treatment or a test ---------------------------------------------------------

# Tests and procedures the treatment table does not name, each with how it is said after "have".
_PROCEDURES: tuple[tuple[str, str], ...] = (
    (
        r"(?:an?\s+)?(?P<term>multi-?parametric\s+MRI)(?:\s+(?:exams?|examinations?|scans?))?",
        "a detailed MRI scan ({term})",
    ),
    (
        r"(?:an?\s+)?(?:(?:MRI|MR)(?:\s+(?:exams?|examinations?|scans?|imaging|procedures?))?"
        r"|magnetic\s+resonance\s+(?:imaging|imagery|exams?|examinations?|scans?)(?:\s*\((?:MRI|MR)\))?"
        r"|resonance\s+magnetic\s+imagery(?:\s*\(RMI\))?)",
        "an MRI scan",
    ),
    (r"(?:an?\s+)?PET(?:[-/ ]CT)?(?:\s+(?:scans?|exams?|examinations?|imaging))?", "a PET scan"),
    (
        r"(?:an?\s+)?(?P<term>(?:18F-FDG|FDG|PSMA)\s+PET(?:[-/ ]CT)?)(?:\s+(?:scans?|exams?|examinations?|imaging))?",
        "a PET scan ({term})",
    ),
    (r"(?:an?\s+)?(?:CT|computed\s+tomography)\s+(?:scans?\s+)?with\s+contrast", "a CT scan with contrast dye"),
    (r"(?:the\s+)?(?:contrast\s+(?:agents?|media|medium|dye)|iodinated\s+contrast)", "contrast dye"),
    (r"(?:(?:the|a)\s+)?general\s+an(?:a)?esthe(?:sia|tics?)", "general anesthesia"),
    (r"(?:(?:the|a)\s+)?local\s+an(?:a)?esthe(?:sia|tics?)", "local anesthesia"),
    (r"(?:(?:the|an?)\s+)?an(?:a)?esthe(?:sia|tics?)", "anesthesia"),
    (r"surgery\s+under\s+general\s+an(?:a)?esthe(?:sia|tics?)", "surgery under general anesthesia"),
    (r"(?:robotic|robot-assisted)\s+surgery", "robotic surgery"),
    (r"(?:an?\s+)?exercise\s+(?:testing|tests?)", "an exercise test"),
    (r"(?:a\s+)?biops(?:y|ies)", "a biopsy"),
)
_STUDY_TREATMENTS: tuple[tuple[str, str], ...] = (
    (
        r"(?:the\s+|any\s+(?:of\s+)?(?:the\s+)?)?(?:study|trial|investigational)\s+(?:drugs?|medications?|medicines?|products?)"
        r"|(?:the\s+)?drugs?\s+used\s+in\s+(?:the|this)\s+(?:study|trial)|(?:the\s+)?(?:IMP|IP)",
        "the study drug",
    ),
    (
        r"(?:the\s+|any\s+(?:of\s+)?(?:the\s+)?)?(?:study|trial)\s+(?:treatments?|therap(?:y|ies)|treatment\s+regimens?|"
        r"interventions?)",
        "the study treatment",
    ),
)
_PROCEDURE_RES = tuple((re.compile(rf"(?:{pattern})$", re.IGNORECASE), said) for pattern, said in _PROCEDURES)
_STUDY_TREATMENT_RES = tuple(
    (re.compile(rf"(?:{pattern})$", re.IGNORECASE), said) for pattern, said in _STUDY_TREATMENTS
)


def _can_have(text: str) -> str | None:
    """What a contraindication is to, as what you would do: "take sildenafil", "have an MRI scan", "take cisplatin or have
    radiation therapy"; None when a name is not known."""
    text = re.sub(r"\s+", " ", text.strip(" ,"))
    text = re.sub(
        r"^(?:the\s+)?(?:use\s+of|treatment\s+with|therapy\s+with|administration\s+of|receiv(?:e|ing)|use|"
        r"undergo(?:ing)?|taking|take)\s+",
        "",
        text,
        flags=re.IGNORECASE,
    )
    text = re.sub(
        r"\s+(?:use|usage|therapy|treatment|administration|medical\s+treatment)$", "", text, flags=re.IGNORECASE
    )
    said = next((words for regex, words in _STUDY_TREATMENT_RES if regex.fullmatch(text)), None)
    if said:
        return ("take " if said.endswith("drug") else "have ") + said
    for regex, words in _PROCEDURE_RES:
        if found := regex.fullmatch(text):
            return "have " + words.format(**found.groupdict())
    listed = treatments_in(text)
    if listed is None:
        return None
    items, joiner = listed
    verbs = [("take " if item.kind == "medicine" else "have ") + item.plain for item in items]
    if all(item.kind == "medicine" for item in items):
        return "take " + _joined([item.plain for item in items], joiner)
    return _joined(verbs, joiner)


class Contraindication(Fact):
    """A medical reason you must not have a treatment or a test: "Contraindication to sildenafil"."""

    what: str  # "take sildenafil", "have an MRI scan"
    negated: bool = False  # "No contraindication to ...": you have no such reason
    other: bool = False
    known: bool = False
    label: str | None = None  # as the medicine's official information lists them: "", "current"

    def sentence(self) -> str:
        reason = "another medical reason" if self.other else "a medical reason"
        its = "their" if " or " in self.what or " and " in self.what else "its"
        label = f", as listed in {its} {self.label + ' ' if self.label else ''}official prescribing information"
        label = label if self.label is not None else ""
        if self.negated:
            return f"You have no {'other ' if self.other else ''}medical reason not to {self.what}{label}."
        known = "are known to have" if self.known else "have"
        return f"You {known} {reason} not to {self.what}{label}."


_LABEL = (
    r"(?P<label>\s*,?\s*\(?(?:according\s+to|per|as\s+per|as\s+described\s+in|as\s+listed\s+in|listed\s+in|in)\s+(?:the\s+)?"
    r"(?:current\s+|local\s+|approved\s+)?(?:SPC|SmPC|label|product\s+label|prescribing\s+information|package\s+insert|"
    r"summary\s+of\s+product\s+characteristics|local\s+product\s+document(?:\s*\(LPD\))?)\)?)?"
)
_CONTRA_WORD = r"contra-?\s?indications?"
_CONTRAINDICATION = (
    r"(?:(?:patients?|subjects?|participants?)\s+(?:with|presenting|who\s+(?:have|has))\s+|(?:the\s+)?presence\s+of\s+)?"
    r"(?P<neg>no\s+|without\s+(?:any\s+)?)?(?:(?:a|an|any)\s+)?(?P<known>known\s+)?(?:(?P<other>other|another)\s+)?"
    r"(?:(?:medical|general)\s+)?"
    rf"(?:{_CONTRA_WORD}\s+(?:to|for|of|against|with)\s+(?:the\s+)?(?P<what>[^()]+?){_LABEL}"
    rf"|(?P<what2>MRI|PET|MR)\s+{_CONTRA_WORD})"
    rf"|(?:patients?|subjects?|participants?)\s+(?:who\s+are\s+)?contra-?indicated\s+(?:for|to)\s+(?P<what3>[^()]+?){_LABEL.replace('<label>', '<label3>')}"
)


def _contraindication(match: re.Match) -> Contraindication | None:
    what = match["what"] or match["what2"] or match["what3"]
    if re.search(
        r"\b(?:e\.g|i\.e|such\s+as|including|etc|if|unless|except|due\s+to|because)\b", match.string, re.IGNORECASE
    ):
        return None
    said = _can_have(what)
    if said is None:
        return None
    return Contraindication(
        what=said,
        negated=bool(match["neg"]),
        other=bool(match["other"]),
        known=bool(match["known"]),
        label=(
            ("current" if re.search(r"\bcurrent\b", label, re.IGNORECASE) else "")
            if (label := match["label"] or match["label3"])
            else None
        ),
    )


# --- MRI scans, and devices in the body ------------------------------------------------------------------------------


class CannotHave(Fact):
    """Not able to have a test ("Patients unable to undergo an MRI"), or afraid of closed spaces."""

    what: str  # "an MRI scan"
    how: Literal["cannot", "not able", "not willing", "not able or not willing", "will not"] = "cannot"

    def sentence(self) -> str:
        if self.how == "cannot":
            return f"You cannot have {self.what}."
        if self.how == "not able or not willing":
            return f"You cannot or will not have {self.what}."
        return f"You are {self.how} to have {self.what}."


_CANNOT_HAVE = (
    r"(?:(?:the\s+)?(?:patients?|subjects?|participants?)\s+(?:who\s+)?(?:(?:is|are)\s+)?)?"
    r"(?P<how>unable|not\s+able|cannot|can\s?not|inability|unwilling|not\s+willing|unwillingness|unable\s+or\s+unwilling|"
    r"inability\s+or\s+unwillingness)\s+(?:to\s+)?(?:undergo|have|take|tolerate|perform|complete)\s+(?P<what>.+)"
)


def _cannot_have(match: re.Match) -> CannotHave | None:
    what = next(
        (
            words.format(**found.groupdict())
            for regex, words in _PROCEDURE_RES
            if (found := regex.fullmatch(match["what"].strip()))
        ),
        None,
    )
    if what is None or "scan" not in what:
        return None
    how = re.sub(r"\s+", " ", match["how"].lower())
    able = bool(re.search(r"unable|not able|cannot|can ?not|inability", how))
    willing = "willing" in how
    said: Literal["cannot", "not able", "not willing", "not able or not willing", "will not"] = (
        "not able or not willing" if able and willing else "not willing" if willing else "cannot"
    )
    if re.search(r"\btolerate\b", match.string, re.IGNORECASE):
        return None
    return CannotHave(what=what, how=said)


class Claustrophobia(Fact):
    def sentence(self) -> str:
        return "You have a strong fear of closed or small spaces (claustrophobia)."


class ImplantedDevice(Fact):
    """A device in the body: a pacemaker, a defibrillator, a metal implant."""

    devices: tuple[str, ...]  # "a pacemaker", "a defibrillator"
    joiner: Literal["or", "and"] = "or"
    current: bool = False

    def sentence(self) -> str:
        now = " now" if self.current else ""
        return f"You have {_joined(list(self.devices), self.joiner)}{now}."


_DEVICES: tuple[tuple[str, str], ...] = (
    (r"(?:an?\s+)?(?:(?:permanent|implanted|cardiac|heart)\s+)*pace-?makers?", "a pacemaker"),
    (
        r"(?:an?\s+)?(?:(?:implant(?:ed|able)|internal|cardiac|automatic)\s+)*(?:cardioverter[- ])?defibrillators?(?:\s*\(ICDs?\))?",
        "a defibrillator",
    ),
    (r"(?:an?\s+)?(?:implanted\s+)?(?:neuro-?stimulators?|nerve\s+stimulators?)", "a nerve stimulator"),
    (r"(?:an?\s+)?cochlear\s+implants?", "a cochlear implant (a hearing device put in the ear)"),
)
_DEVICE = "|".join(f"(?:{pattern})" for pattern, _ in _DEVICES)
_DEVICE_RES = tuple((re.compile(rf"(?:{pattern})$", re.IGNORECASE), said) for pattern, said in _DEVICES)
_IMPLANTED = (
    r"(?:(?:the\s+)?(?:patients?|subjects?|participants?)\s+(?:with|who\s+(?:have|has|are)|using)\s+|(?:the\s+)?presence\s+of\s+|"
    r"(?P<current>currently\s+(?:having|has|have)\s+)|(?:an?\s+)?condition\s+with\s+)?"
    rf"(?P<devices>(?:{_DEVICE})(?:\s*(?:,|/|or|and|and/or)\s*(?:{_DEVICE}))*)(?:\s+(?:users?|implantation|carriers?|patients))?"
)


def _implanted(match: re.Match) -> ImplantedDevice | None:
    pieces = re.split(r"\s*(?:,\s*(?:or|and)?|/|\bor\b|\band/or\b|\band\b)\s*", match["devices"].strip())
    joiners = set(re.findall(r"\b(and|or)\b|/", match["devices"].lower()))
    if "and" in joiners:
        return None  # "pacemaker and defibrillator": both, or either?
    devices = []
    for piece in filter(None, (p.strip() for p in pieces)):
        said = next((words for regex, words in _DEVICE_RES if regex.fullmatch(piece)), None)
        if said is None:
            return None
        if said not in devices:
            devices.append(said)
    if re.search(r"implantation", match.string, re.IGNORECASE):
        return None  # "Pacemaker implantation": the operation, or having one?
    return ImplantedDevice(devices=tuple(devices), current=bool(match["current"]))


RECOGNISERS = (
    recogniser(
        "doctor-judges-condition",
        (
            "interfer",
            "risk",
            "safety",
            "confound",
            "complian",
            "adherence",
            "cooperation",
            "preclud",
            "unsuitable",
            "inappropriate",
            "ineligible",
            "interpretation",
            "participation",
            "jeopardi",
            "compromis",
            "endanger",
            "hamper",
            "contraindicate",
            "prevent",
            "withdrawal",
            "communication",
            "completion",
            "completing",
        ),
        r"(?=.{8,600}$).+",
        _judged_condition,
    ),
    _judged_recogniser(
        "judged-unsuitable",
        ("unsuitable", "inappropriate", "not suitable", "ineligible", "unfit", "not appropriate", "not eligible"),
        _UNSUITABLE,
        _unsuitable,
    ),
    _judged_recogniser(
        "unlikely-to-comply",
        ("comply", "compliant", "adhere", "adherence", "compliance", "cooperate"),
        _COMPLIANCE,
        _compliance,
    ),
    recogniser(
        "judged-by",
        ("investigator", "physician", "clinician", "researcher", "examiner", "the pi", "doctor", "oncologist"),
        r"(?=.{8,400}$).+",
        _judged_by,
    ),
    recogniser(
        "contraindication",
        ("contraindicat", "contra-indicat", "contra indicat"),
        _CONTRAINDICATION,
        _contraindication,
    ),
    recogniser("cannot-have-scan", ("mri", "magnetic", "pet", "mr "), _CANNOT_HAVE, _cannot_have),
    recogniser(
        "claustrophobia",
        ("claustroph",),
        r"(?:(?:confinement\s+anxiety\s*/\s*)?claustrophobia|claustrophobic(?:\s+(?:patients?|subjects?|participants?))?|"
        r"(?:patients?|subjects?)\s+(?:who\s+are\s+)?claustrophobic)",
        lambda m: Claustrophobia(),
    ),
    recogniser("implanted-device", ("pacemaker", "pace-maker", "defibrillator", "stimulator"), _IMPLANTED, _implanted),
)
