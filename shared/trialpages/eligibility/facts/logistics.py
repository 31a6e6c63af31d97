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

from trialpages.eligibility.facts.base import COUNT, NUMBER, WHO, Fact, capitalised, count, plural, recogniser
from trialpages.eligibility.facts.conditions import Conditions, read_conditions
from trialpages.eligibility.facts.disease import MeasurableDisease
from trialpages.eligibility.facts.people import _DUTIES, _EFFECTS, FollowsStudy, _duties
from trialpages.eligibility.facts.treatment import _WINDOW, _window, treatments_in
from trialpages.eligibility.facts.treatment import Window as TreatmentWindow

# --- Who judges ---------------------------------------------------------------------------------------------------

Judge = Literal["your study doctor", "your doctor", "the study team"]
_JUDGES: tuple[tuple[str, Judge], ...] = (
    # "in the study physician's opinion" (NCT01766830, trialgpt reading: LOSSY as "your doctor")
    (r"(?:study|site|principal|enrolling)\s+(?:physician|doctor)", "your study doctor"),
    (r"physician|doctor|oncologist|surgeon|neurologist|cardiologist", "your doctor"),
    (r"researchers?|staff|research\s+team|study\s+team|radiolog", "the study team"),
    (r".", "your study doctor"),  # the investigator, the PI, the clinician, the examiner
)
_WHO_JUDGES = (
    r"(?:(?:the\s+)?(?:treating\s+|site\s+|principal\s+|clinical\s+|local\s+|study\s+|enrolling\s+|examining\s+|responsible\s+)*"
    r"(?:investigators?|(?:sub-?)?investigators?|pi|physicians?|doctors?|clinicians?|researchers?|examiners?|study\s+team|"
    r"research\s+team|medical\s+doctor|study\s+doctor|staff)(?:\s+(?:and|or)\s+(?:the\s+)?sponsor)?"
    r"(?:\s*/\s*(?:local\s+)?(?:radiology|radiologist))?)"  # "the local site investigator/radiology": the site's team
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
_JUDGE_START = re.compile(
    r"\b(?:in|based|according|per|as|judged|deemed|considered|at|determined|assessed|confirmed|evaluated|established|from)\b",
    re.IGNORECASE,
)


def _judge_of(text: str) -> Judge:
    lowered = text.lower()
    return next(judge for pattern, judge in _JUDGES if re.search(pattern, lowered))


def _without_judge(text: str) -> tuple[str, Judge | None, str]:
    """The sentence without its one judge phrase, who judges, and how ("thinks" or "finds")."""
    found = []
    end = 0
    for start in _JUDGE_START.finditer(text):  # a judge phrase starts with one of a few words: only there is it tried
        position = start.start()
        while position > end and text[position - 1] in " ,(":
            position -= 1
        if position < end:
            continue
        match = _JUDGE_RE.match(text, position)
        if match:
            found.append(match)
            end = match.end()
    if len(found) != 1:
        return text, None, ""
    match = found[0]
    judge = _judge_of(match["j_opinion"] or match["j_finding"])
    how = "thinks" if match["j_opinion"] else "finds"
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    return re.sub(r"\s+", " ", rest), judge, how


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
        # "will substantially increase the risk ..." (NCT01562210, sample 17: LOSSY without "much").
        r"(?:substantially|significantly)\s+(?:increase|raise)s?\s+(?:the\s+)?risks?\s+(?:associated\s+with|of)\s+"
        rf"(?:(?:the\s+)?(?:study|trial)\s+participation|participation\s+in\s+{_STUDY}|{_THEIR}participation\s+in\s+{_STUDY})",
        "make taking part much riskier for you",
    ),
    (
        r"(?:increase|raise)s?\s+(?:the\s+)?risks?\s+(?:associated\s+with|of)\s+"
        rf"(?:(?:the\s+)?(?:study|trial)\s+participation|participation\s+in\s+{_STUDY}|{_THEIR}participation\s+in\s+{_STUDY}|"
        rf"participating\s+in\s+{_STUDY})",
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
        rf"(?:compromise|jeopardi[sz]e|endanger|threaten|impact)s?\s+(?:(?:the\s+)?safety\s+of\s+{_PERSON}|{_THEIR}safety|"
        r"(?:the\s+)?patients?'?\s+safety|(?:the\s+)?patient\s+safety)"
        # "would make it unsafe for the subject to participate in this research study", "pose a risk to subject safety"
        rf"|makes?\s+it\s+unsafe\s+for\s+{_PERSON}\s+to\s+(?:participate|take\s+part)\s+in\s+{_STUDY}(?:\s+study)?"
        r"|poses?\s+a\s+risk\s+to\s+(?:the\s+)?(?:subject|patient|participant)(?:'s)?\s+safety(?:\s+during\s+the\s+(?:study|trial))?",
        "make taking part unsafe for you",
    ),
    (
        # "may put the patient at risk because of participation in the study", "puts the volunteer at risk for study participation"
        rf"(?:place|put)s?\s+{_PERSON}\s+at\s+risk\s+(?:because\s+of|for|by)\s+(?:(?:the\s+)?(?:study|trial)\s+participation|"
        rf"participation\s+in\s+{_STUDY})",
        "put you at risk if you take part",
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
        rf"completion\s+of\s+{_STUDY}",
        "keep you from finishing the study",
    ),
    (
        rf"(?:affect|compromise|limit)s?\s+{_THEIR}ability\s+to\s+complete\s+{_STUDY}",
        "make it hard for you to finish the study",
    ),
    (
        r"(?:prevent|preclude)s?\s+(?:the\s+)?completion\s+of\s+(?:the\s+)?study\s+(?:treatment|therapy)",
        "keep you from finishing the study treatment",
    ),
    (
        r"(?:prevent|preclude)s?\s+(?:the\s+)?completion\s+of\s+(?:treatment|therapy)",
        "keep you from finishing treatment",
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
    (
        r"does\s+not\s+allow\s+(?:the\s+)?(?:study\s+)?treatment\s+(?:according\s+to|as\s+(?:planned\s+)?(?:in|by))\s+the\s+protocol",
        "mean you cannot have the study treatment as planned",
    ),
    (
        r"compromises?\s+the\s+safety\s+or\s+compliance\s+of\s+(?:the\s+)?(?:subject|patient|participant)",
        "make taking part unsafe for you or make it hard for you to follow the study's rules",
    ),
    # Following the study.
    (
        rf"interfere\s+with\s+{_THEIR}ability\s+to\s+(?:provide|give)\s+(?:informed\s+)?consent\s+or\s+(?:to\s+)?comply\s+with\s+"
        r"(?:the\s+)?(?:study|protocol)\s+(?:instructions|procedures|requirements)",
        "make it hard for you to agree to take part or to follow the study's rules",
    ),
    (
        r"(?:limit|affect|compromise|impair|hamper|interfere\s+with|complicate|reduce|prevent|jeopardi[sz]e)s?\s+"
        r"(?:the\s+)?(?:patient'?s?\s+|subject'?s?\s+|participant'?s?\s+|their\s+)?(?:compliance|adherence|cooperation)"
        rf"(?:\s+(?:with|to)\s+{_DUTIES_OBJ}|\s+of\s+(?:the\s+)?(?:patient|subject)(?:\s+in\s+{_STUDY})?)?",
        "make it hard for you to follow the study's rules",
    ),
    (
        rf"(?:interfere|interferes)\s+with\s+{_THEIR}ability\s+to\s+(?:comply|cooperate)\s+with\s+{_DUTIES_OBJ}",
        "make it hard for you to follow the study's rules",
    ),
    (
        rf"(?:interfere|interferes)\s+with\s+(?:{_THEIR})?(?:cooperation|cooperating|compliance|complying|adherence)\s+"
        rf"(?:with|to)\s+{_DUTIES_OBJ}",
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
        r"(?:confound|confuse|affect|interfere\s+with|compromise|obscure|impair|complicate|hinder)s?\s+"
        + _RESULTS
        + r"|(?:impair|hinder|affect)s?\s+(?:the\s+)?data\s+collection(?:\s+for\s+(?:the\s+)?(?:study|procedure/study))?"
        r"|(?:interfere|interferes)\s+with\s+(?:the\s+)?(?:evaluation|assessment)\s+of\s+(?:the|this)\s+study",
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
        # "may interfere significantly with the subject's participation", "the participation of the subject in the study"
        rf"(?:interfere|interferes)\s+(?:significantly\s+)?with\s+(?:(?:{_THEIR})?(?:participation(?:\s+in\s+{_STUDY})?|"
        rf"study\s+participation)|(?:the\s+)?participation\s+of\s+{_PERSON}\s+in\s+{_STUDY})",
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


_DEGREE = re.compile(r"\b(?:significantly|seriously|substantially)$", re.IGNORECASE)


def _modal_of(words: str) -> str:
    modal = re.sub(r"\s+", " ", words.lower())
    modal = re.sub(r"\s+(?:potentially|significantly|seriously|substantially|possibly)$", "", modal)
    return _MODALS.get(modal, modal)


_BETWEEN_EFFECTS = re.compile(
    rf"\s*,\s*(?:or\s+|and/or\s+)?(?=(?:{_MODAL}\s+)?(?:{_EFFECT}))|\s+(?:or|and/or)\s+(?=(?:{_MODAL}\s+)?(?:{_EFFECT}))",
    re.IGNORECASE,
)
_MODAL_RE = re.compile(rf"({_MODAL})\s+", re.IGNORECASE)
Effects = tuple[tuple[str, str], ...]  # (modal or "" for the present, plain effect): "would", "put you at more risk"


def _effects_of(text: str) -> Effects | None:
    """ "would interfere with the study or might put the patient at risk" -> (("would", ...), ("might", ...)); None if any
    consequence is not known. A modal said once holds for the consequences after it."""
    text = text.strip().rstrip(" .;,")
    modal = ""
    participle = re.match(r"(?:(?P<pot>potentially|possibly)\s+)?(?P<ing>[a-z]+ing)\b", text, re.IGNORECASE)
    if participle and participle["ing"].lower() in _ING:
        modal = "might" if participle["pot"] else ""
        text = _ING[participle["ing"].lower()] + text[participle.end() :]
    effects: list[tuple[str, str]] = []
    for piece in _BETWEEN_EFFECTS.split(text):
        piece = piece.strip()
        own = _MODAL_RE.match(piece)
        if own:
            modal = _modal_of(own.group(1))
            # "will substantially increase the risk": the degree stays with the effect, which must say it (or is not read)
            degree = _DEGREE.search(own.group(1))
            piece = f"{degree.group(0)} {piece[own.end() :]}" if degree else piece[own.end() :]
        said = next((words for pattern, words in _EFFECT_RES if pattern.match(piece)), None)
        if said is None:
            return None
        if (modal, said) not in effects:
            effects.append((modal, said))
    return tuple(effects) or None


def _verbs(effects: Effects) -> str:
    said = []
    previous = None
    for modal, effect in effects:
        if modal:
            said.append(effect if modal == previous else f"{modal} {effect}")
        else:
            verb, _, rest = effect.partition(" ")
            said.append(f"{_THIRD.get(verb, verb + 's')} {rest}")
        previous = modal
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
    "abnormal": "abnormal",
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
    "clinical": "medical",  # "any other clinical condition": a medical one
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
    (r"co-?morbidit(?:y|ies)", "illness", True),  # another illness: said with "another"
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
        """Only a noun ("infection", "other illness"): after a first part, it shares that part's words."""
        return not (self.qualities or self.durations or self.kinds)

    @property
    def bare_noun(self) -> str:
        return ("other " if self.other else "") + (self.noun or "")

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
        words = (
            re.sub(r"\s+", " ", words)
            .strip()
            .replace("mental health illness", "mental illness")
            .replace("mental health disease", "mental illness")
        )
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
            if re.match(r"co-?morbid", match.group(0), re.IGNORECASE):
                part.other = True
            position = match.end()
        elif quality := _QUALITY_RE.match(text, position):
            word = re.sub(r"\s+", " ", quality.group(0).lower())
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
            position = quality.end()
        elif kind := _KIND_RE.match(text, position):
            if part.noun is not None:
                return None
            part.kinds.append(_KINDS[kind.group(0).lower()])
            position = kind.end()
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
            article = re.match(r"(?:any\s+|an?\s+)?", text[position:], re.IGNORECASE)  # matches, if only ""
            position += len(article.group(0)) if article else 0
        else:
            part.joiner = "," if joiner == "," else "and" if joiner.endswith("and") else "or" if joiner else ""
            position = join.end()
    if part.noun is None:
        return None
    parts.append(part)
    return parts, any(p.medical for p in parts)


def _what(parts: list[_Part], *, negated: bool = False) -> str | None:
    if negated:
        if len(parts) > 1 and not all(part.bare for part in parts[1:]):
            return None
        words = _joined([parts[0].words(), *(part.bare_noun for part in parts[1:])])
        return "no " + ("other " if parts[0].other and not words.startswith("other ") else "") + words
    if len(parts) > 1 and all(part.bare for part in parts[1:]):
        return parts[0].said([part.bare_noun for part in parts[1:]])
    return _joined([part.said() for part in parts])


_SERIOUS_QUALITIES = {
    "significant",
    "serious",
    "severe",
    "major",
    "life-threatening",
    "uncontrolled",
    "unstable",
    "active",
}


class JudgedCondition(Fact):
    """A condition (or a reason) that would, in the study doctor's judgement, put you at risk or harm the study."""

    what: str  # "another serious medical or mental health condition", "no significant other illness"
    medical: bool = True  # a condition you have; False: a reason or a situation ("There is ...")
    state: Literal["have", "have or have had", "known", "signs"] = "have"
    judge: Judge | None = None
    effects: Effects = ()  # none: the judge finds the condition itself ("Your study doctor thinks you have ...")

    def sentence(self) -> str:
        verb = {
            "have": "have",
            "have or have had": "have or have had",
            "known": "are known to have",
            "signs": "have signs of",
        }[self.state]
        if not self.effects:
            return f"{capitalised(self.judge or 'your study doctor')} thinks you {verb} {self.what}."
        if self.what.startswith("no "):
            thinks = f"{self.judge} thinks " if self.judge else ""
            return f"You have {self.what} that {thinks}{_verbs(self.effects)}."
        thinks = f"{self.judge} thinks " if self.judge else ""
        said = f"{self.what} that {thinks}{_verbs(self.effects)}"
        if not self.medical:
            return f"There is {said}."
        return f"You {verb} {said}."


_JUDGED_PREFIX = re.compile(
    r"^(?:(?:the\s+)?(?:patients?|subjects?|participants?|volunteers?|individuals?|persons?|people|men|women)\s+"
    r"(?:who\s+(?:have|has)\s+|(?P<known1>who\s+(?:are|is)\s+known\s+to\s+have\s+|known\s+to\s+have\s+)|with\s+|(?:has|have)\s+)"
    r"|(?:(?:must\s+)?(?:not\s+)?(?:has|have)\s+|with\s+))?(?P<no>no\s+)?"
    r"(?:(?P<present>(?:the\s+)?presence\s+of\s+)|(?P<evidence>(?:any\s+)?evidence\s+of\s+)|(?P<both>(?:a\s+)?(?:history\s+or\s+presence|presence\s+or\s+history|"
    r"current\s+or\s+(?:past|previous|prior)|(?:past|previous|prior)\s+or\s+current)\s+(?:of\s+)?)|(?P<known2>known\s+))?",
    re.IGNORECASE,
)
_CONNECTOR = re.compile(
    r"^(?P<thing>.+?)(?:\s*,?\s*(?:that|which|who)\s*,?\s*(?P<rest>.+)"
    r"|\s*,?\s+(?P<ing>(?:potentially\s+|possibly\s+)?(?:" + "|".join(_ING) + r")\b.+)"
    r"|\s*,?\s+(?P<likely>(?:likely|expected)\s+to\s+.+)"
    r"|\s+to\s+(?P<to>(?:interfere|increase|compromise|affect|prevent|preclude|limit|make|put|place)\b.+))$",
    re.IGNORECASE,
)


# A consequence starts with one of these verbs: a sentence without any (and without a judge) is not tried further.
_EFFECT_HINT = re.compile(
    r"\b(?:interfer|increas|rais|plac|put|expos|pos|compromis|jeopardi|endanger|threaten|preclud|prevent|prohibit|exclud|"
    r"hamper|affect|limit|lead|mak|render|contraindicat|impair|complicat|reduc|confound|obscur|hinder|keep|does\s+not\s+allow)",
    re.IGNORECASE,
)


_UNREAD_WORDS = re.compile(r"\b(?:e\.g|i\.e|such as|including|includ|except|unless|if|other than|etc)\b", re.IGNORECASE)


def _judged_condition(match: re.Match) -> JudgedCondition | None:
    if not _EFFECT_HINT.search(match.string) and not _JUDGE_START.search(match.string):
        return None
    text, judge, _ = _without_judge(match.string.strip().rstrip(" .;,"))
    if _UNREAD_WORDS.search(text):
        return None  # examples or exceptions this reader cannot list
    prefix = _JUDGED_PREFIX.match(text)
    state: Literal["have", "have or have had", "known", "signs"] = "have"
    negated = False
    if prefix:
        if re.search(r"\bnot\b", prefix.group(0), re.IGNORECASE):
            return None
        negated = bool(prefix["no"])
        if prefix["both"]:
            state = "have or have had"
        elif prefix["known1"] or prefix["known2"]:
            state = "known"
        elif prefix["evidence"]:
            state = "signs"
        text = text[prefix.end() :]
    split = _CONNECTOR.match(text)
    if split is None:
        return _judged_thing(text, judge, state, negated)
    if split["to"] and judge is None:
        return None  # "... to interfere": only after "deemed by the investigator"
    rest = split["rest"] or split["ing"] or split["likely"] or split["to"]
    if split["likely"]:
        rest = "is " + rest
    effects = _effects_of(rest)  # first: most sentences fail here, and it costs less than reading what is judged
    if effects is None:
        return None
    what, medical = _what_of(split["thing"], negated)
    if what is None or (state != "have" and (not medical or negated)) or (state == "signs" and not judge):
        return None
    return JudgedCondition(what=what, medical=medical, state=state, judge=judge, effects=effects)


def _what_of(thing: str, negated: bool) -> tuple[str | None, bool]:
    """What is judged, said plainly, and whether it is medical: the words above, or conditions the conditions family names."""
    read = _things(thing)
    if read is not None:
        parts, medical = read
        return _what(parts, negated=negated), medical
    named = read_conditions(thing)
    if (
        named is None
        or named.state != "has"
        or named.negated
        or named.serious
        or named.who
        or named.window
        or named.duration
        or named.at
        or named.needing
    ):
        return None, True
    listed = _joined(list(named.names), named.joiner)
    if negated:
        return None, True
    return listed, True


def _judged_thing(text: str, judge: Judge | None, state: str, negated: bool) -> JudgedCondition | None:
    """ "Any clinically significant laboratory abnormalities as judged by the investigator": the judge finds the thing itself."""
    if judge is None or negated or state not in ("have", "signs"):
        return None
    read = _things(text)
    if read is None:
        return None
    parts, medical = read
    if not medical or not any(_SERIOUS_QUALITIES & {q for q, _ in part.qualities} for part in parts):
        return None  # "Any condition, in the opinion of the investigator": nothing said of it
    what = _what(parts)
    return None if what is None else JudgedCondition(what=what, state=state, judge=judge)


# --- Judged not suitable ------------------------------------------------------------------------------------------


class Unsuitable(Fact):
    """The study doctor thinks you are not suitable for the study (for another reason, or for any reason)."""

    judge: Judge = "your study doctor"
    reason: Literal["", "another", "any"] = ""

    def sentence(self) -> str:
        reason = {"": "", "another": " for another reason", "any": ", for whatever reason"}[self.reason]
        return f"{capitalised(self.judge)} thinks you are not suitable for this study{reason}."


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
            return f"{capitalised(self.judge)} thinks {said}."
        return f"{capitalised(said)}."

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


_ANOTHER_GROUND = re.compile(r"\b(?:unsuitable|not\s+suitable|other\s+reasons?|inappropriate)\b", re.IGNORECASE)


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
    if _ANOTHER_GROUND.search(duties):
        # "unlikely to comply with the protocol or is unsuitable for any other reason" (NCT02792062, hint9: LOSSY, the
        # doctor's other grounds dropped): more than compliance.
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
        return f"{capitalised(self.judge)} {verb} {said[:1].lower()}{said[1:]}"

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


# --- What taking part asks of you: questionnaires, diaries, pills, follow-up ------------------------------------------

Ability = Literal[
    "", "able", "willing", "willing and able", "agree", "not able", "not willing", "not able or not willing"
]
_WHO_TAKES_PART = {
    "": "You",
    "partner": "Your partner",
    "sexual partner": "Your regular sexual partner",
    "parents": "You or your parents",
}


class TakesPart(Fact):
    """Able or willing to do something the study asks: "You are able to fill in questionnaires."

    Said as people.py says following the study ("You are willing and able to ...", "You are not able or not willing to
    ...")."""

    ability: Ability
    task: str  # "fill in questionnaires", "swallow tablets", "come to follow-up visits at 1, 3, 6 and 12 months"
    who: Literal["", "partner", "sexual partner", "parents"] = ""

    def sentence(self) -> str:
        who = _WHO_TAKES_PART[self.who]
        be = "is" if self.who in ("partner", "sexual partner") else "are"
        if self.ability == "agree":
            return f"{who} {'agrees' if be == 'is' else 'agree'} to {self.task}."
        if self.ability == "":
            return f"{who} can {self.task}."
        return f"{who} {be} {self.ability} to {self.task}."


_WHO_SUBJECT = (
    r"(?:(?:the\s+)?(?P<who>(?:regular\s+)?(?:sexual\s+)?partners?|patients?\s*/\s*parents|patients?|subjects?|participants?|"
    r"volunteers?|individuals?|men|women)\s+(?:who\s+|that\s+)?(?:(?:is|are|must\s+be|should\s+be|must|should|will\s+be)\s+)?)?"
)
_ABILITY = (
    r"(?:(?P<neg>(?:are\s+|is\s+)?(?:unable|unwilling|not\s+able|not\s+willing|incapable|inability|unwillingness|cannot|can\s?not|"
    r"could\s+not|not\s+capable)(?:\s*(?:,|or|and/or|and|/)\s*(?:unable|unwilling|not\s+able|not\s+willing|inability|"
    r"unwillingness|able|willing))?)\s+(?:to\s+|of\s+)?"
    r"|(?:(?:be|is|are|being)\s+)?(?P<able>(?:willing|able|capable|ready)(?:\s*(?:,|and|&|or|and/or)\s*(?:willing|able|capable))?)"
    r"\s+(?:to|of)\s+"
    r"|(?:(?:has|have)\s+)?(?:the\s+)?(?P<noun>(?:ability|willingness|capacity|capability)(?:\s+(?:and|or|and/or)\s+(?:the\s+)?"
    r"(?:ability|willingness|capacity|capability))?)\s+(?:to|of)\s+"
    r"|(?P<agree>(?:agree|agrees|must\s+agree)\s+to\s+|commitment\s+to\s+)"
    r"|(?P<can>can\s+))"
)
_QUESTIONNAIRE_WORDS = {
    "study": "",
    "patient": "",
    "protocol-required": "",
    "self-report": "",
    "self-reported": "",
    "brief": "short",
    "several": "several",
    "online": "online",
    "electronic": "electronic",
    "baseline": "",
}
_TASKS: tuple[tuple[str, str], ...] = (
    (
        r"(?:understand\s+and\s+)?(?:complete|completing|fill\s+(?:out|in)|filling\s+(?:out|in)|answer|answering)\s+"
        r"(?P<q_all>all\s+)?(?P<q_article>the\s+|a\s+)?(?P<q_mods>(?:(?:study|patient|self-report(?:ed)?|baseline|brief|several|online|"
        r"electronic|protocol-required)\s+)*)(?P<q_noun>questionnaires?|surveys?)(?P<q_lang>\s+in\s+(?:English|French|Spanish|German))?",
        "questionnaires",
    ),
    (
        r"(?:complete|keep|fill\s+(?:out|in)|maintain|use)\s+(?P<d_article>an?\s+|the\s+)?"
        r"(?P<d_mods>(?:(?:patient|subject|electronic|digital|paper|headache|daily|online)\s+)*)(?:diary|e-?diary)(?:\s+card)?",
        "diary",
    ),
    (
        r"swallow(?P<s_retain>(?:\s*,\s*|\s+and\s+)retain)?\s+(?P<s_what>(?:whole\s+)?(?:tablets?|capsules?|pills?)(?:\s*(?:/|or|and)\s*"
        r"(?:tablets?|capsules?|pills?))?|(?:the\s+)?oral\s+(?:medications?|medicines?|drugs?|tablets?)|(?:the\s+)?(?:oral\s+)?study\s+"
        r"(?:drug|medication|medicine|treatment|tablets?|capsules?)|drugs?\s+orally|medications?\s+orally)"
        r"(?P<s_schedule>\s+as\s+per\s+(?:the\s+)?dosing\s+schedule)?",
        "swallow",
    ),
    (
        r"(?:attend|come\s+to|return\s+for)\s+(?P<f_all>all\s+)?(?:the\s+)?(?:scheduled\s+|required\s+)?follow-?\s?up(?:\s+visits)?"
        r"(?P<f_when>\s+(?:at|after)\s+(?:\d+\s*,\s*)*\d+(?:\s+(?:and|or)\s+\d+)?\s+(?:weeks|months|years))?",
        "follow-up",
    ),
    (
        r"undergo\s+(?:a\s+)?follow-?\s?up\s+(?:for|of)\s+(?P<u_n>" + COUNT + r")\s+(?P<u_unit>years?|months?)",
        "follow-up-for",
    ),
    (r"(?:answer|respond)\s+(?:to\s+)?(?:the\s+)?follow-?\s?up\s+(?:phone\s+|telephone\s+)?calls", "calls"),
)
_TASK = "|".join(f"(?P<t{index}>{pattern})" for index, (pattern, _) in enumerate(_TASKS))
_TAKES_PART = rf"(?=.{{0,200}}$){_WHO_SUBJECT}{_ABILITY}(?:{_TASK})"


def _ability(match: re.Match) -> Ability | None:
    if match["neg"]:
        words = re.sub(r"\s+", " ", match["neg"].lower())
        able = bool(
            re.search(r"unable|not able|incapable|inability|cannot|can ?not|could not|not capable|\bable", words)
        )
        willing = bool(re.search(r"willing", words))
        if re.search(r"\band\b", words) and able and willing:
            return None  # "unable and unwilling": both, or either?
        return "not able or not willing" if able and willing else "not willing" if willing else "not able"
    if match["agree"]:
        return "agree"
    if match["can"]:
        return ""
    words = (match["able"] or match["noun"] or "").lower()
    able = bool(re.search(r"able|capab|abilit|capacit", words))
    willing = "willing" in words
    if re.search(r"\bor\b", words) and able and willing:
        return None  # "willing or able": not what the study asks of you, said plainly
    return "willing and able" if able and willing else "willing" if willing else "able"


def _task(match: re.Match) -> str | None:
    kind = next(kind for index, (_, kind) in enumerate(_TASKS) if match[f"t{index}"])
    understand = (
        "understand and " if re.match(r"understand", match[0][match.start("t0") :] if match["t0"] else "", re.I) else ""
    )
    if kind == "questionnaires":
        mods = [
            _QUESTIONNAIRE_WORDS[word.lower()] for word in re.findall(r"[a-z-]+", match["q_mods"] or "", re.IGNORECASE)
        ]
        said = [word for word in mods if word]
        plural_noun = match["q_noun"].lower().endswith("s")
        noun = "questionnaires" if plural_noun else "questionnaire"
        if "baseline" in (match["q_mods"] or "").lower():
            noun += " at the start of the study"
        article = (match["q_article"] or "").strip().lower()
        lead = "all the " if match["q_all"] else f"{article} " if article else ""
        if not plural_noun and not article:
            return None
        lang = match["q_lang"] or ""
        return f"{understand}fill in {lead}{' '.join(said) + ' ' if said else ''}{noun}{lang}"
    if kind == "diary":
        mods = [word.lower() for word in re.findall(r"[a-z]+", match["d_mods"] or "", re.IGNORECASE)]
        words = [
            {"digital": "electronic", "online": "electronic", "paper": "paper"}.get(w, w)
            for w in mods
            if w not in ("patient", "subject")
        ]
        if re.search(r"e-?diary", match[0], re.IGNORECASE) and "electronic" not in words:
            words.append("electronic")
        kinds = " ".join(dict.fromkeys(words))
        article = (
            "the" if (match["d_article"] or "").strip().lower() == "the" else "an" if kinds.startswith("e") else "a"
        )
        return f"keep {article} {kinds + ' ' if kinds else ''}diary"
    if kind == "swallow":
        what = re.sub(r"\s+", " ", match["s_what"].lower())
        if re.search(r"oral|orally", what) and not re.search(r"tablet|capsule|pill", what):
            thing = "the study medicine by mouth" if "study" in what else "medicines by mouth"
        elif "study" in what:
            thing = "the study " + ("tablets" if "tablet" in what else "capsules" if "capsule" in what else "medicine")
            if "oral" in what:
                thing += " by mouth"
        else:
            names = [n for n in ("tablets", "capsules", "pills") if n[:-1] in what]
            thing = ("whole " if "whole" in what else "") + _joined(names)
            if "oral" in what:
                thing += " by mouth"
        retain = " and keep them down" if match["s_retain"] else ""
        schedule = " as the study's dosing schedule asks" if match["s_schedule"] else ""
        return f"swallow {thing}{retain}{schedule}"
    if kind == "follow-up":
        when = re.sub(r"\s+", " ", (match["f_when"] or "").strip())
        return f"come to {'all the ' if match['f_all'] else 'the '}follow-up visits{' ' + when if when else ''}"
    if kind == "follow-up-for":
        return f"have follow-up check-ups for {plural(count(match['u_n']), match['u_unit'])}"
    if kind == "calls":
        return "answer the follow-up phone calls"
    return None


def _takes_part(match: re.Match) -> TakesPart | None:
    ability = _ability(match)
    task = _task(match)
    if ability is None or task is None:
        return None
    who_words = (match["who"] or "").lower()
    who: Literal["", "partner", "sexual partner", "parents"] = (
        "parents"
        if "parent" in who_words
        else "sexual partner"
        if "sexual" in who_words
        else "partner"
        if "partner" in who_words
        else ""
    )
    if ability == "" and who:
        return None
    return TakesPart(ability=ability, task=task, who=who)


class TroubleSwallowing(Fact):
    what: str  # "tablets or capsules"

    def sentence(self) -> str:
        return f"You have trouble swallowing {self.what}."


# --- Reading and writing ----------------------------------------------------------------------------------------------


class ReadsAndWrites(Fact):
    """Able to read and write (in a language), or not; and, when a study says so, not able to understand its forms."""

    can: bool
    language: str | None = None
    or_understand: str | None = None  # "the questionnaires or the diary": "... or you cannot understand ..."
    who: Literal["", "partner"] = ""

    def sentence(self) -> str:
        you = "your partner" if self.who == "partner" else "you"
        if self.can:
            language = f" {self.language}" if self.language else ""
            return f"{capitalised(you)} can read and write{language}."
        said = f"{capitalised(you)} cannot read or write"
        if self.or_understand:
            said += f", or {you} cannot understand {self.or_understand}"
        return said + "."


_LITERACY_LANGUAGE = r"(?P<lang>English|Spanish|French|German|Chinese|Italian|Dutch|Portuguese)(?:\s+or\s+(?P<lang2>English|Spanish|French|German))?"
_FORMS = (
    r"(?:the\s+|a\s+)?(?:(?:patient|subject|online)\s+)?(?:questionnaires?|diary|diaries|informed\s+consent\s+form)"
)
_LITERACY = (
    rf"{_WHO_SUBJECT}(?:"
    r"(?P<illiterate>illiterate|illiteracy|(?:unable|not\s+able|inability)\s+to\s+read\s+(?:or|and/or|and)\s+write)"
    r"(?:\s+(?:patients?|subjects?))?"
    rf"(?:\s*,?\s+or\s+(?:are\s+)?(?:unable|not\s+able)\s+to\s+understand\s+(?P<forms>{_FORMS}(?:\s*,\s*{_FORMS})*(?:\s*,?\s*or\s+{_FORMS})?))?"
    rf"|(?:be\s+)?literate(?:\s+in\s+{_LITERACY_LANGUAGE})?|{_LITERACY_LANGUAGE.replace('<lang', '<plang')}\s+literate"
    r"|(?:able\s+to|ability\s+to|can)\s+read\s+and\s+write)"
)


def _literacy(match: re.Match) -> ReadsAndWrites | None:
    who_words = (match["who"] or "").lower()
    if who_words and "partner" not in who_words and not re.match(r"patients?|subjects?|participants?", who_words):
        return None
    who: Literal["", "partner"] = "partner" if "partner" in who_words else ""
    if match["illiterate"]:
        forms = None
        if match["forms"]:
            pieces = re.split(r"\s*,\s*(?:or\s+)?|\s+or\s+", match["forms"].strip())
            said = []
            for piece in pieces:
                word = piece.lower()
                noun = (
                    "the consent form" if "consent" in word else "the diary" if "diar" in word else "the questionnaires"
                )
                if "online" in word:
                    noun = "the online questionnaires"
                said.append(noun)
            forms = _joined(list(dict.fromkeys(said)))
        return ReadsAndWrites(can=False, or_understand=forms, who=who)
    languages = [name for name in (match["lang"], match["lang2"], match["plang"], match["plang2"]) if name]
    return ReadsAndWrites(can=True, language=_joined(languages) if languages else None, who=who)


# --- Health insurance ------------------------------------------------------------------------------------------------


class Insurance(Fact):
    """Covered by health insurance: national health insurance ("affiliated to a social security scheme") or a plan."""

    kind: Literal["social security", "plan"]
    negated: bool = False
    french: bool = False
    similar: bool = False  # "or a similar scheme"
    entitled: bool = False  # "affiliation or entitlement"

    def sentence(self) -> str:
        if self.kind == "plan":
            return "You do not have health insurance." if self.negated else "You have health insurance."
        scheme = f"{'French ' if self.french else ''}national health insurance (social security)"
        if self.similar:
            scheme += " or a similar scheme"
        if self.entitled:
            return f"You are covered by, or have a right to, {scheme}."
        return f"You are {'not ' if self.negated else ''}covered by {scheme}."


_SOCIAL_SECURITY = r"(?:the\s+|a\s+)?(?P<french>French\s+)?social\s+security(?:\s+(?:scheme|system|regime|insurance))?"
_SIMILAR = (
    r"(?P<similar>\s*,?\s*or\s+(?:a\s+)?(?:beneficiar(?:y|ies)\s+of\s+a\s+similar\s+scheme|similar(?:\s+scheme)?))?"
)
_INSURANCE = (
    r"(?:(?:the\s+)?(?:patients?|individuals?|subjects?|participants?|persons?)\s+(?:must\s+be\s+|who\s+(?:is|are)\s+)?)?"
    rf"(?:(?P<neg>not\s+)?(?:affiliated|affiliation)(?:\s+or\s+(?:beneficiar(?:y|ies)|benefit(?:ing)?)(?:\s+from)?)?\s+"
    rf"(?:at|to|with|in)\s+(?:or\s+benefit\s+from\s+)?{_SOCIAL_SECURITY}{_SIMILAR}"
    rf"|{_SOCIAL_SECURITY.replace('<french>', '<french2>')}\s+(?:cover(?:age)?|affiliation)(?P<entitled>\s+or\s+entitlement)?"
    r"|(?P<plan>(?:insured\s+or\s+)?(?:affiliated\s+(?:to\s+|with\s+)?or\s+)?beneficiar(?:y|ies)\s+of\s+a\s+health\s+insurance\s+plan"
    r"|(?:covered\s+by|ha(?:s|ve)|with)\s+(?:a\s+)?health\s+insurance(?:\s+plan)?))"
)


def _insurance(match: re.Match) -> Insurance:
    if match["plan"]:
        return Insurance(kind="plan")
    return Insurance(
        kind="social security",
        negated=bool(match["neg"]),
        french=bool(match["french"] or match["french2"]),
        similar=bool(match["similar"]),
        entitled=bool(match["entitled"]),
    )


# --- Legal protection, prison ---------------------------------------------------------------------------------------


class LegalProtection(Fact):
    """Under a legal protection order (guardianship, curatorship), deprived of liberty, in prison, or unable by law to decide."""

    what: Literal[
        "guardianship",
        "protection",
        "liberty",
        "prison",
        "prison or custody",
        "prison or institution",
        "institution",
        "cannot decide",
        "limited decision",
        "decision capacity",
    ]
    orders: tuple[str, ...] = ()  # "guardianship", "curatorship": the orders the source names
    current: bool = False

    def sentence(self) -> str:
        named = f" ({_joined(list(self.orders))})" if self.orders else ""
        return {
            "guardianship": f"A court has put someone in charge of some or all of your decisions{named}.",
            "protection": f"You are under a legal order that protects adults who cannot fully look after their own affairs{named}.",
            "liberty": "A court or an official decision has taken away your freedom.",
            "prison": "You are in prison now." if self.current else "You are in prison.",
            "prison or custody": "You are in prison or held against your will.",
            "prison or institution": "You are in prison, or you are kept in an institution by law.",
            "institution": "You are kept in an institution by order of a court or an official.",
            "cannot decide": "By law, you cannot make your own decisions.",
            "limited decision": "By law, you cannot make your own decisions, or can make only some of them.",
            "decision capacity": "You are not fully able to make your own decisions.",
        }[self.what]


_ORDERS = {
    "guardianship": "guardianship",
    "curatorship": "curatorship",
    "tutorship": "tutorship",
    "trusteeship": "trusteeship",
}
_LEGAL = (
    r"(?:(?:the\s+)?(?:patients?|subjects?|participants?|individuals?|persons?|adults?)\s+(?:who\s+(?:is|are)\s+)?(?:an\s+adult\s+)?)?"
    r"(?:"
    r"(?P<orders>(?:(?:on|under)\s+)?(?:(?:legal|court)\s+)?(?:guardianship|curatorship|tutorship|trusteeship)"
    r"(?:\s*(?:/|,|or)\s*(?:(?:legal\s+)?guardianship|curatorship|tutorship|trusteeship))*)"
    r"|(?:under\s+)?court\s+protection\s*,\s*(?P<orders2>guardianship\s+or\s+curatorship)"
    r"|(?P<liberty>(?:who\s+(?:is|are)\s+)?deprived\s+of\s+(?:their\s+)?liberty(?:\s+by\s+(?:a\s+)?(?:judicial|court)\s+(?:or\s+administrative\s+)?"
    r"decision)?)"
    r"|(?P<protection>subject\s+to\s+(?:a\s+)?legal\s+protection(?:\s+measures?)?|under\s+(?:a\s+)?legal\s+protection(?:\s+measures?)?)"
    r"|(?P<current>currently\s+)?(?:an?\s+)?(?P<prison>prisoners?|in\s+prison|imprisoned|incarcerated)"
    r"|(?P<prison_custody>prisoners\s+or\s+(?:subjects|participants|patients)\s+who\s+are\s+involuntarily\s+incarcerated)"
    r"|(?P<prison_inst>(?:prisoners\s+or\s+(?:subjects|participants|patients)\s+who\s+are\s+legally\s+institutionali[sz]ed|"
    r"imprisoned\s+or\s+(?:is\s+|are\s+)?lawfully\s+kept\s+in\s+an\s+institution))"
    r"|(?P<institution>(?:who\s+(?:have|has)\s+been\s+)?committed\s+to\s+an\s+institution\s+by\s+(?:an\s+)?official\s+or\s+judicial\s+"
    r"order)"
    r"|(?P<cannot>legally\s+incapable|legal\s+incapacity)(?P<limited>\s+or\s+limited\s+legal\s+capacity)?"
    r"|(?P<capacity>(?:with\s+)?(?:diminished|impaired|reduced)\s+decision-?\s?making\s+capacity)"
    r")(?:\s+(?:patients?|subjects?|individuals?))?"
)


def _legal(match: re.Match) -> LegalProtection | None:
    if match["orders"]:
        words = match["orders"].lower()
        orders = tuple(dict.fromkeys(order for key, order in _ORDERS.items() if key in words))
        return LegalProtection(what="guardianship", orders=orders)
    if match["orders2"]:
        return LegalProtection(what="protection", orders=("court protection", "guardianship", "curatorship"))
    if match["liberty"]:
        if re.search(r"liberty\s*$", match["liberty"], re.IGNORECASE) and not re.search(
            r"decision", match.string, re.I
        ):
            return LegalProtection(what="liberty")
        return LegalProtection(what="liberty")
    if match["protection"]:
        return LegalProtection(what="protection")
    if match["prison"]:
        return LegalProtection(what="prison", current=bool(match["current"]))
    if match["prison_custody"]:
        return LegalProtection(what="prison or custody")
    if match["prison_inst"]:
        return LegalProtection(what="prison or institution")
    if match["institution"]:
        return LegalProtection(what="institution")
    if match["cannot"]:
        return LegalProtection(what="limited decision" if match["limited"] else "cannot decide")
    if match["capacity"]:
        return LegalProtection(what="decision capacity")
    return None


# --- Working for the study ------------------------------------------------------------------------------------------


class StudyStaff(Fact):
    """You work for (or are family of someone who works for, or depend on) the sponsor, the study doctor or the site."""

    roles: tuple[str, ...]  # "work for", "are related to", "depend on"
    of: tuple[str, ...]  # "the study doctor", "the study site", "the company running the study"
    family_too: bool = False  # "or members of their immediate family"
    involved: bool = False  # "directly involved in the study"
    may: bool = False  # "may be dependent"

    def sentence(self) -> str:
        of = _joined(list(self.of))
        involved = " and take part in running this study" if self.involved else ""
        roles = list(self.roles)
        if self.may:
            said = f"You may {roles[0].removeprefix('are ').replace('depend', 'depend')} {of}"
        elif len(roles) == 1:
            said = f"You {roles[0]} {of}{involved}"
        else:
            said = f"You {_joined(roles)} {of}{involved}"
        if self.family_too:
            said += ", or a close family member of yours does"
        if "depend on" in roles and not self.may:
            # Every patient depends on the study doctor for care: the rule means a tie of work or family (NCT02227251).
            said += " (for example, you work for them or are related to them)"
        return said + "."


_ORGANISATIONS: tuple[tuple[str, str], ...] = (
    (r"(?:the\s+)?(?:study\s+)?sponsor(?:ing\s+company)?", "the company or group running the study (the sponsor)"),
    (r"(?:the\s+)?(?:principal\s+|primary\s+)?investigators?", "the study doctor"),
    (r"(?:the\s+)?(?:clinical\s+|investigational\s+)?(?:study\s+)?(?:site|centre|center)", "the study site"),
    (r"(?:the\s+)?study\s+staff", "the study staff"),
    (r"(?:the\s+)?client", "the client"),
)
_ORGANISATION = "|".join(f"(?:{pattern})" for pattern, _ in _ORGANISATIONS)
_ORGANISATION_RES = tuple((re.compile(rf"(?:{pattern})$", re.IGNORECASE), said) for pattern, said in _ORGANISATIONS)
_ORGS = rf"(?P<orgs>(?:{_ORGANISATION})(?:\s*(?:,|/|or|and)\s*(?:{_ORGANISATION}))*)"
_STAFF = (
    r"(?:(?:the\s+)?(?:patients?|subjects?|participants?)\s+(?:who\s+(?:is|are)\s+|that\s+|with\s+)?)?(?:(?:is|are)\s+)?"
    r"(?:(?P<may>(?:who\s+)?(?:may|might)\s+be\s+)?(?P<dependent>dependent\s+on|dependency\s+on)"
    r"|(?:an?\s+)?(?P<relative_employee>relative\s+of\s+or\s+an\s+employee\s+of|employee\s+or\s+(?:a\s+)?relative\s+of)"
    r"|(?:an?\s+)?(?P<employee>employee\s+of)"
    r"|(?P<member>member\s+or\s+relative\s+of))\s+"
    + _ORGS
    + r"(?P<involved>\s+(?:who\s+(?:is|are)\s+)?directly\s+involved\s+in\s+(?:the|this)\s+(?:study|trial))?"
    r"(?P<family>\s*,?\s*or\s+(?:members\s+of\s+)?(?:their|his/her|his\s+or\s+her)\s+immediate\s+famil(?:y|ies)(?:\s+members?)?)?"
)


def _staff(match: re.Match) -> StudyStaff | None:
    orgs = []
    for piece in re.split(r"\s*(?:,|/|\bor\b|\band\b)\s*", match["orgs"].strip()):
        if not piece:
            continue
        said = next((words for regex, words in _ORGANISATION_RES if regex.fullmatch(piece)), None)
        if said is None:
            return None
        orgs.append(said)
    if re.search(r"\band\b", match["orgs"], re.IGNORECASE):
        return None
    if match["dependent"]:
        roles: tuple[str, ...] = ("depend on",)
    elif match["relative_employee"]:
        roles = ("work for", "are related to")
    elif match["employee"]:
        roles = ("work for",)
    else:
        roles = ("work with", "are related to")
    if match["member"] or match["involved"]:
        return None  # "staff directly involved in the study": who is involved, you or they, is not said plainly
    return StudyStaff(
        roles=roles,
        of=tuple(dict.fromkeys(orgs)),
        family_too=bool(match["family"]),
        involved=bool(match["involved"]),
        may=bool(match["may"]),
    )


# --- Having been in this study before ---------------------------------------------------------------------------------


class ThisStudyBefore(Fact):
    assigned: bool = False  # "randomized": put in a study group by chance

    def sentence(self) -> str:
        if self.assigned:
            return "You have already been put in a group of this study by chance."
        return "You have taken part in this study before."


_THIS_STUDY = r"(?:this|the\s+present|the\s+current|the\s+same)\s+(?:clinical\s+)?(?:study|trial)"
_BEFORE_IN_STUDY = (
    r"(?:(?:previous|prior)\s+(?P<a1>participation|enrol?ment|randomi[sz]ation)\s+(?:in|into)\s+"
    + _THIS_STUDY
    + r"|(?:previously|already)\s+(?P<a2>participated|enrolled|randomi[sz]ed|included|taken\s+part)\s+in(?:to)?\s+"
    + _THIS_STUDY
    + r"|(?:has\s+|have\s+)?(?:previously\s+|already\s+)?(?:been\s+)?(?P<a3>participated|enrolled|randomi[sz]ed)\s+in(?:to)?\s+"
    + _THIS_STUDY
    + r"\s+(?:before|previously))"
)


def _before_in_study(match: re.Match) -> ThisStudyBefore:
    word = (match["a1"] or match["a2"] or match["a3"] or "").lower()
    return ThisStudyBefore(assigned=word.startswith("randomi"))


# --- Giving blood ----------------------------------------------------------------------------------------------------


class BloodDonation(Fact):
    what: Literal["blood", "plasma", "blood or plasma", "blood or lost", "lost", "lost or blood"]
    amount: str | None = None  # "at least 400 mL"
    window: TreatmentWindow

    def sentence(self) -> str:
        amount = f" {self.amount}" if self.amount else ""
        when = self.window.sentence()
        if self.what == "blood":
            if amount:
                return f"You have given{amount} of blood {when}."
            return f"You have given blood {when}."
        if self.what == "blood or plasma":
            return f"You have given{amount + ' of' if amount else ''} blood or plasma {when}."
        if self.what == "plasma":
            return f"You have given plasma{(' (' + amount.strip() + ')') if amount else ''} {when}."
        if self.what == "lost":
            return f"You have lost{amount or ' a lot'} of blood {when}."
        if amount:
            return f"You have given or lost{amount} of blood {when}."
        return f"You have given blood, or lost a lot of blood, {when}."


_ML = rf"(?P<amount>(?:(?P<cmp>at\s+least|more\s+than|≥|>|over)\s*)?(?P<ml>{NUMBER})\s*(?:mL|ml|cc)(?P<more>\s+or\s+more)?)"
_DONATION = (
    r"(?:(?:the\s+)?(?:patients?|subjects?)\s+(?:with\s+)?)?(?:(?:a\s+)?history\s+of\s+)?"
    r"(?:(?P<blood>blood\s+donation|donation\s+of\s+blood|donated\s+blood)(?P<lost1>\s+or\s+(?:significant\s+)?blood\s+loss)?"
    r"(?P<or_plasma>\s+(?:or|and/or|/)\s+(?:plasma(?:\s+donation)?|of\s+plasma))?"
    r"|(?P<plasma>plasma\s+donation|donation\s+of\s+plasma|donated\s+plasma)"
    r"|(?P<lost>(?:significant\s+)?blood\s+loss)(?P<donation1>\s+or\s+blood\s+donation)?)"
    rf"(?:\s+(?:of\s+)?{_ML})?\s*,?\s*" + _WINDOW
)


def _donation(match: re.Match) -> BloodDonation | None:
    window = _window(match)
    if window is None or window.event is None and not match["last"]:
        return None
    amount = None
    if match["ml"]:
        cmp = (match["cmp"] or "").lower()
        phrase = "at least" if match["more"] or cmp in ("at least", "≥") else "more than" if cmp else None
        if phrase is None:
            return None
        amount = f"{phrase} {match['ml']} mL"
    if match["blood"]:
        if match["lost1"] and match["or_plasma"]:
            return None
        what: Literal["blood", "plasma", "blood or plasma", "blood or lost", "lost", "lost or blood"] = (
            "blood or lost" if match["lost1"] else "blood or plasma" if match["or_plasma"] else "blood"
        )
    elif match["plasma"]:
        what = "plasma"
    else:
        what = "lost or blood" if match["donation1"] else "lost"
    if what == "lost" and amount is None and not re.search(r"significant", match.string, re.I):
        return None
    return BloodDonation(what=what, amount=amount, window=window)


# --- Veins, phones, where you live ------------------------------------------------------------------------------------


class Veins(Fact):
    good: bool

    def sentence(self) -> str:
        if self.good:
            return "Your veins are good enough for taking blood samples."
        return "Your veins are hard to use for blood tests or a drip (poor venous access)."


_VEINS = (
    r"(?P<good>(?:have\s+)?(?:adequate|sufficient|good)\s+venous\s+access(?:\s+(?:sufficient\s+)?to\s+allow\s+blood\s+sampling)?"
    r"|venous\s+access\s+sufficient\s+to\s+allow\s+(?:repeated\s+)?blood\s+sampling)"
    r"|(?P<poor>poor|difficult|inadequate|insufficient)\s+venous\s+access"
)


class Devices(Fact):
    """What you own or can use: "a smartphone, tablet or computer with an internet connection"."""

    things: str
    joiner: Literal["or", "and"] = "or"
    # "Access to a smartphone" (NCT04853849, exports1: LOSSY as "You have a smartphone"): one you may borrow counts.
    access: bool = False

    def sentence(self) -> str:
        return f"You have access to {self.things}." if self.access else f"You have {self.things}."


_THINGS: tuple[tuple[str, str], ...] = (
    (r"(?:a\s+)?smart\s?phones?", "smartphone"),
    (r"(?:a\s+)?(?:mobile|cell(?:ular)?)\s+phones?", "mobile phone"),
    (r"(?:a\s+)?(?:tele)?phones?", "phone"),
    (r"(?:a\s+)?tablets?", "tablet"),
    (r"(?:a\s+)?laptop\s*/\s*computer", "computer"),
    (r"(?:a\s+)?laptops?", "laptop"),
    (r"(?:a\s+)?computers?", "computer"),
)
_THING = "|".join(f"(?:{pattern})" for pattern, _ in _THINGS)
_THING_RES = tuple((re.compile(rf"(?:{pattern})$", re.IGNORECASE), said) for pattern, said in _THINGS)
_DEVICES_OWNED = (
    r"(?:(?:the\s+)?(?:patients?|participants?|subjects?)\s+)?(?:(?:must\s+)?(?:have|has|own|owns)\s+|(?:in\s+possession\s+of)\s+|(?P<access>access\s+to\s+))"
    rf"(?P<things>(?:{_THING})(?:\s*(?:,|or|and/or|and)\s*(?:{_THING}))*)"
    r"(?P<internet>\s+with\s+(?:an?\s+)?internet(?:\s+connection|\s+access)?)?"
    r"|(?P<email>access\s+to\s+(?:an?\s+)?e-?mail(?:\s+address)?)"
    r"|(?P<internet_only>internet-using|(?:have\s+|has\s+)?access\s+to\s+the\s+internet)"
)


def _devices(match: re.Match) -> Devices | None:
    if match["email"]:
        return Devices(things="an email address you can use")
    if match["internet_only"]:
        return Devices(things="access to the internet")
    text = match["things"]
    if re.search(r"\band\b(?!/)", text, re.IGNORECASE):
        return None
    names = []
    for piece in re.split(r"\s*(?:,|\bor\b|\band/or\b)\s*", text.strip()):
        if not piece:
            continue
        said = next((words for regex, words in _THING_RES if regex.fullmatch(piece)), None)
        if said is None:
            return None
        names.append(said)
    things = _a(_joined(names))
    if match["internet"]:
        things += " that can connect to the internet"
    return Devices(things=things, access=bool(match["access"]))


class LivesIn(Fact):
    """Where you live, or how far: "You live in the USA or Canada.", "You live too far away to come to follow-up visits."."""

    said: str

    def sentence(self) -> str:
        return self.said


_PLACE = (
    r"(?P<place>(?:the\s+)?(?:USA|US|U\.S\.|United\s+States|Canada|France|Germany|Spain|Italy|China|Japan|Korea|Denmark|"
    r"Sweden|Norway|Netherlands|Belgium|UK|United\s+Kingdom|Australia)(?:\s+(?:or|and)\s+(?:the\s+)?(?:USA|US|United\s+States|Canada))?)"
)
_LIVES = (
    r"(?:(?:the\s+)?(?:patients?|participants?|subjects?|men|women)\s+)?(?:"
    rf"(?P<live>live|lives|living|reside|resides|residing)\s+in\s+{_PLACE}"
    rf"|(?P<outside>live|lives|living|reside|resides|residing)\s+outside\s+(?:of\s+)?{_PLACE.replace('<place>', '<place2>')}"
    r"|(?P<geo>geographically\s+inaccessible\s+for\s+(?:the\s+)?follow-?\s?up(?:\s+visits)?(?:\s+required\s+by\s+(?:the\s+)?protocol)?)"
    r"|(?P<barrier>unavailable\s+for\s+follow-?\s?up\s*\(\s*geographic(?:al)?\s+barriers?\s*\))"
    r"|(?P<travel>planned\s+travel\s+during\s+the\s+study|plan(?:s|ning)?\s+to\s+travel\s+during\s+the\s+study)"
    r")"
)


def _lives(match: re.Match) -> LivesIn | None:
    if match["live"] or match["outside"]:
        place = re.sub(r"\s+", " ", (match["place"] or match["place2"]).strip())
        place = re.sub(r"^the ", "the ", place, flags=re.IGNORECASE)
        if re.fullmatch(r"(?:the )?united states", place, re.IGNORECASE):
            place = "the United States"
        return LivesIn(said=f"You live {'outside' if match['outside'] else 'in'} {place}.")
    if match["geo"]:
        return LivesIn(said="You live too far away to come to the study's follow-up visits.")
    if match["barrier"]:
        return LivesIn(said="You cannot come to follow-up visits because of where you live.")
    if match["travel"]:
        return LivesIn(said="You plan to travel during the study.")
    return None


class Available(Fact):
    """Free to come to the study's visits: "Availability for follow up visits"."""

    what: str  # "the follow-up visits", "the study's visits and procedures", "the whole study"
    likely: bool = False

    def sentence(self) -> str:
        if self.likely:
            return f"You are likely to come back for {self.what}."
        if self.what == "the whole study":
            return "You are free to take part for the whole study."
        return f"You are free to come to {self.what}."


_AVAILABLE = (
    r"(?:(?:the\s+)?(?:patients?|participants?|subjects?)\s+(?:must\s+be\s+|is\s+|are\s+)?)?"
    r"(?:(?:be\s+)?(?:available|availability)\s+for\s+(?P<what>(?:all\s+)?(?:the\s+)?(?:follow-?\s?up\s+visits|"
    r"protocol-specified\s+visits\s+and\s+procedures|study\s+visits|scheduled\s+visits))"
    r"|(?:be\s+)?available\s+to\s+participate\s+for\s+the\s+(?:planned\s+)?duration\s+of\s+the\s+study"
    r"|(?P<likely>be\s+likely\s+to\s+return\s+for\s+(?P<what2>all\s+(?:the\s+)?follow-?\s?up\s+visits)))"
)


def _available(match: re.Match) -> Available | None:
    words = (match["what"] or match["what2"] or "").lower()
    if match["likely"]:
        return Available(what="all the follow-up visits", likely=True)
    if not words:
        return Available(what="the whole study")
    if "follow" in words:
        return Available(what="all the follow-up visits" if "all" in words else "the follow-up visits")
    if "protocol-specified" in words:
        return Available(what="the study visits and have the study procedures")
    return Available(what="all the study visits" if "all" in words else "the study visits")


class DrugScreen(Fact):
    """A positive test for drugs of abuse or alcohol."""

    tests: str  # "a urine test for drugs", "a breath test for alcohol"
    at: str = ""

    def sentence(self) -> str:
        return f"Your {self.tests}{self.at} is positive."


_DRUG_SCREEN = (
    r"(?:(?:the\s+)?(?:subjects?|patients?)\s+(?:has\s+|with\s+)?(?:a\s+)?)?(?:positive\s+)?"
    r"(?:(?P<urine>urine\s+drug\s+(?:screen(?:ing)?|test)(?:\s*\(UDS\))?|urine\s+drugs?\s+of\s+abuse\s+test|drug\s+screen)"
    r"|(?P<breath>(?:breath\s+)?alcohol\s+(?:breath\s+)?test|breath\s+test\s+for\s+alcohol))"
    r"(?:\s+(?:result\s+)?(?:is\s+)?positive)?(?P<at>\s+at\s+screening)?"
)


def _drug_screen(match: re.Match) -> DrugScreen | None:
    if not re.search(r"positive", match.string, re.IGNORECASE):
        return None
    tests = "urine drug test" if match["urine"] else "breath test for alcohol"
    return DrugScreen(tests=tests, at=" at your first study visit" if match["at"] else "")


# --- Following the study: the wordings people.py's reader leaves ------------------------------------------------------


class FollowsAndAvailable(FollowsStudy):
    """Following the study (people.py's fact), with what a source adds: that you say so, that you are free throughout."""

    stated: bool = False  # "Stated willingness": you say you are willing
    available: bool = False  # "and availability for the duration of the study"

    def sentence(self) -> str:
        said = super().sentence()
        if self.stated:
            said = "You say you " + said.removeprefix("You ")
        if self.available:
            said = (
                said.removesuffix(".") + ", and that you are free for the whole study."
                if self.stated
                else (said.removesuffix(".") + ", and you are free for the whole study.")
            )
        return said


# Duties people.py's table does not name, in the words it does ("follow-up requirements" are its follow-up visits).
_DUTY_SPELLINGS: tuple[tuple[str, str], ...] = (
    (
        r"(?:all\s+)?(?:the\s+)?follow-?\s?up(?:\s+study)?\s+(?:requirements|procedures|schedule)|(?:all\s+)?follow-?\s?up\s+required\s+"
        r"study\s+visits|(?:the\s+)?specified\s+follow-?\s?up\s+schedule",
        "follow-up visits",
    ),
    (
        r"(?:the\s+)?study\s+and\s+follow-?\s?up\s+procedures|(?:the\s+)?trial\s+and\s+follow-?\s?up\s+procedures",
        "study procedures",
    ),
    (r"(?:the\s+)?scheme\s+of\s+visits(?:\s+according\s+to\s+(?:the\s+)?protocol)?", "visits"),
    (r"(?:the\s+)?(?:study\s+)?treatments\b", "treatment plan"),
    (r"follow-?\s?up\b", "follow-up"),
)
_DUTIES_RE = re.compile(_DUTIES, re.IGNORECASE)
_DUTY_SPELLING_RES = tuple((re.compile(pattern, re.IGNORECASE), said) for pattern, said in _DUTY_SPELLINGS)
_FOLLOWS_MORE = (
    rf"(?=.{{0,220}}$)(?P<stated>stated\s+)?{_WHO_SUBJECT}(?:the\s+)?{_ABILITY}"
    r"(?:comply|adhere|abide|conform|cooperate)\s+(?:with|to|by)\s+(?P<duties>[^,;()]+?)"
    r"(?P<during>\s+(?:for|during|throughout)\s+the\s+(?:entire\s+|whole\s+)?(?:length|duration|course)\s+of\s+the\s+(?:study|trial))?"
    r"(?P<available>\s+and\s+(?:(?:be\s+)?available|availability)\s+for\s+the\s+(?:entire\s+|whole\s+)?duration\s+of\s+the\s+(?:study|trial))?"
)


def _follows_more(match: re.Match) -> FollowsStudy | None:
    ability = _ability(match)
    if (
        ability is None
        or ability == ""
        or match["who"]
        and not re.match(r"patients?|subjects?|participants?", match["who"], re.I)
    ):
        return None
    duties = match["duties"]
    if re.fullmatch(
        r"(?:the\s+)?instructions?\s+of\s+the\s+investigator|(?:the\s+)?investigator'?s\s+instructions", duties, re.I
    ):
        what: str | None = "follow the study doctor's instructions"
    else:
        for regex, said in _DUTY_SPELLING_RES:
            duties = regex.sub(said, duties)
        if not _DUTIES_RE.fullmatch(duties.strip()):
            return None  # a duty people.py's table does not name ("registry requirements to document ...")
        what = _duties(duties, "comply")
    if what is None:
        return None
    if ability == "agree" and match["stated"]:
        return None
    common = {
        "willing": ability in ("willing", "willing and able"),
        "able": ability in ("able", "willing and able"),
        "negation": ability if ability.startswith("not") else "",
        "what": what,
        "during": bool(match["during"]),
    }
    if match["stated"] or match["available"]:
        if ability.startswith("not"):
            return None
        return FollowsAndAvailable(**common, stated=bool(match["stated"]), available=bool(match["available"]))
    return FollowsStudy(**common)


# --- Other things the study doctor judges -----------------------------------------------------------------------------


class JudgedSaid(Fact):
    """A judgement said whole, in a few set forms."""

    said: str

    def sentence(self) -> str:
        return self.said


_JUDGED_FORMS: tuple[tuple[str, str], ...] = (
    (
        r"(?:men|patients|subjects|women)\s+deemed\s+not\s+healthy\s+enough\s+to\s+(?:participate\s+in|engage\s+in|have)\s+sexual\s+"
        r"(?:activity|intercourse)",
        "You are judged not healthy enough to have sex.",
    ),
    (
        r"any\s+health\s+history\s+or\s+laboratory\s+result\s+that\s+indicates\s+to\s+the\s+principal\s+investigator\s+that\s+the\s+"
        r"(?:subject|patient)\s+has\s+a\s+significant\s+medical\s+condition\s+and\s+should\s+not\s+participate\s+in\s+the\s+study",
        "Your health history or a lab test result shows your study doctor that you have a significant medical condition and "
        "should not take part in the study.",
    ),
    (
        r"(?:(?:the\s+)?(?:patient|subject|participant)\s+is\s+|participation\s+in\s+|(?P<now>currently\s+)?participating\s+in\s+)"
        r"(?:currently\s+)?(?:participating\s+in\s+)?another\s+(?:clinical\s+)?(?:study|trial)\s+that\s+may\s+interfere\s+with\s+the\s+"
        r"results\s+or\s+conclusions\s+of\s+this\s+(?:study|trial)",
        "You are in another study that might make this study's results hard to understand.",
    ),
    (
        r"(?:additional|other)\s+(?:inclusion\s+and\s+exclusion\s+)?criteria\s+apply\s*,\s*please\s+contact\s+the\s+investigator\s+for\s+"
        r"more\s+information",
        "The study has more rules than the ones listed here. Ask the study team for details.",
    ),
    (
        r"other\s+protocol-?\s?defined\s+inclusion\s*/\s*exclusion\s+criteria\s+(?:may\s+)?apply",
        "The study has more rules than the ones listed here, set out in its plan (protocol).",
    ),
    (
        r"(?:patients?|participants?|subjects?)\s+who\s+(?:is|are)\s+difficult\s+to\s+participate\s+in\s+the\s+(?:trial|study)"
        r"\s+according\s+to\s+(?:the\s+)?investigator'?s\s+decision",
        "Your study doctor thinks it would be hard for you to take part in this study.",
    ),
    (
        r"foreseeable\s+poor\s+(?:compliance|adherence)\s+(?:to|with)\s+the\s+study\s+procedures",
        "You are unlikely to follow the study's visits, tests and rules well.",
    ),
    # A note at the foot of the list (NCT02503306 and three more; "a participant's" in NCT06716424), not a reason of its own.
    (
        r"the\s+above\s+information\s+is\s+not\s+intended\s+to\s+contain\s+all\s+considerations\s+relevant\s+to\s+"
        r"(?:a|the)\s+(?:(?:patient|participant|subject)['’]?s\s+)?potential\s+participation\s+in\s+a\s+clinical\s+trial",
        "This list may not hold everything that decides whether you can join.",
    ),
)
_JUDGED_FORM = "|".join(f"(?P<f{index}>{pattern})" for index, (pattern, _) in enumerate(_JUDGED_FORMS))


def _judged_form(match: re.Match) -> JudgedSaid:
    said = next(words for index, (_, words) in enumerate(_JUDGED_FORMS) if match[f"f{index}"])
    return JudgedSaid(said=said)


class NoneListed(Fact):
    """ "None", "Nil", "N/A": a list the study left empty, which would read as a criterion named "None"."""

    def sentence(self) -> str:
        return "The study lists none."


_NONE_LISTED = r"-?\s*(?:none|nil|n\s*/\s*a|not\s+applicable)"


RECOGNISERS = (
    recogniser(
        "judged-by",
        ("investigator", "physician", "clinician", "researcher", "examiner", "the pi", "doctor", "oncologist"),
        r"(?=.{8,400}$).+",
        _judged_by,
    ),
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
            "investigator",
            "physician",
            "clinician",
            "researcher",
            "examiner",
            "the pi",
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
    recogniser(
        "takes-part",
        ("questionnaire", "survey", "diary", "swallow", "follow-up", "follow up", "followup"),
        _TAKES_PART,
        _takes_part,
    ),
    recogniser(
        "takes-part",
        ("swallow",),
        r"(?:(?:patients?|subjects?)\s+(?:with\s+)?)?(?:difficulty|difficulties|trouble)\s+(?:in\s+)?swallowing\s+"
        r"(?P<what>tablets?\s*(?:/|or)\s*capsules?|tablets?|capsules?|pills?)",
        lambda m: TroubleSwallowing(what="tablets or capsules" if re.search(r"/|or", m["what"]) else m["what"].lower()),
    ),
    recogniser("reads-and-writes", ("literate", "literacy", "read and write", "read or write"), _LITERACY, _literacy),
    recogniser("health-insurance", ("social security", "insurance", "insured"), _INSURANCE, _insurance),
    recogniser(
        "legal-protection",
        (
            "guardianship",
            "curatorship",
            "tutorship",
            "trusteeship",
            "liberty",
            "legal protection",
            "prison",
            "incarcerat",
            "institution",
            "legally incapable",
            "legal incapacity",
            "decision",
        ),
        _LEGAL,
        _legal,
    ),
    recogniser("study-staff", ("employee", "relative", "dependen", "staff"), _STAFF, _staff),
    recogniser(
        "this-study-before",
        ("this study", "this trial", "this clinical", "present study", "same study"),
        _BEFORE_IN_STUDY,
        _before_in_study,
    ),
    recogniser(
        "blood-donation",
        ("blood donation", "donation of blood", "donated blood", "plasma", "blood loss"),
        _DONATION,
        _donation,
    ),
    recogniser("veins", ("venous access",), _VEINS, lambda m: Veins(good=bool(m["good"]))),
    recogniser(
        "phone-internet", ("phone", "tablet", "computer", "laptop", "internet", "mail"), _DEVICES_OWNED, _devices
    ),
    recogniser("where-you-live", ("live", "living", "resid", "geographic", "travel"), _LIVES, _lives),
    recogniser("available", ("availab",), _AVAILABLE, _available),
    recogniser(
        "drug-screen",
        ("drug screen", "drug test", "alcohol test", "breath", "drugs of abuse"),
        _DRUG_SCREEN,
        _drug_screen,
    ),
    recogniser(
        "follows-study-more",
        ("comply", "adhere", "abide", "conform", "cooperate"),
        _FOLLOWS_MORE,
        _follows_more,
    ),
    recogniser(
        "judged-said",
        (
            "deemed not healthy",
            "indicates to the principal",
            "another study",
            "another clinical",
            "criteria apply",
            "difficult to participate",
            "foreseeable",
            "above information",
        ),
        _JUDGED_FORM,
        _judged_form,
    ),
    recogniser("none-listed", ("none", "nil", "n/a", "not applicable"), _NONE_LISTED, lambda match: NoneListed()),
)
