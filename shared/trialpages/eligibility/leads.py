"""What a lead-in says about the items under it ("History of the following:", "Concomitant medication:").

A lead-in gives its children a verb: under "History of any of the following:" the child "Renal
failure" means "You have had renal failure". `frame_of` finds that verb when the lead-in is one
of the common kinds; a short list of children is then said in one sentence ("You have had any of
these: renal failure, stroke or heart failure.").
"""

from __future__ import annotations

import re

_THE_FOLLOWING = (
    r"(?:\s+(?:any|all|one|either|each)(?:\s+(?:one|1))?(?:\s+of)?)?(?:\s+the)?\s+(?:following|below|these)"
    r"(?:\s+[a-z-]+){0,3}"
)
_FRAMES: tuple[tuple[re.Pattern, str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), verb)
    for pattern, verb in (
        (
            r"^(?:(?:previous|prior|past) or (?:current|present|concurrent)|(?:current|present) or (?:previous|prior|past)|"
            r"history or presence|presence or history)(?: of)?(?:\s+(?:medical\s+)?(?:conditions?|diseases?|disorders?|"
            r"illness(?:es)?|history))?" + f"(?:{_THE_FOLLOWING})?$",
            "You have or have had",
        ),
        (
            r"^(?:(?:a |any |known |documented |significant |relevant )?(?:past |prior |previous )?(?:medical )?history of|"
            r"(?:has|have|had) a history of|with a history of)"
            + f"(?:{_THE_FOLLOWING})?(?:\\s+(?:conditions|diseases|disorders))?$",
            "You have had",
        ),
        (
            r"^(?:(?:patients|subjects|participants|people) with|presence of|suffering from|(?:current|active|known)|"
            r"(?:significant |serious |major )?(?:medical |concomitant )?(?:conditions?|diseases?|disorders?|illness(?:es)?|"
            r"co-?morbidit(?:y|ies)))" + f"(?:{_THE_FOLLOWING})?(?:\\s+(?:conditions|diseases|disorders|illnesses))?$",
            "You have",
        ),
        (
            r"^(?:(?:concomitant|current|concurrent|ongoing|chronic|regular)\s+)?(?:use of|treatment with|therapy with|intake of|"
            r"taking|using|receiving|administration of)"
            + f"(?:{_THE_FOLLOWING})?(?:\\s+(?:medications?|medicines?|drugs?|agents?|"
            r"therapies|treatments?))?$",
            "You take",
        ),
        (
            r"^(?:(?:concomitant|current|concurrent|prohibited|excluded|forbidden|restricted|not allowed)\s+)(?:medications?|medicines?|"
            r"drugs?|therapy|therapies|treatments?)(?:\s+(?:not allowed|prohibited|excluded))?"
            + f"(?:{_THE_FOLLOWING})?$",
            "You take",
        ),
        (
            r"^(?:(?:prior|previous|past)\s+)(?:treatment|therapy|exposure)\s+(?:with|to)" + f"(?:{_THE_FOLLOWING})?$",
            "You have been treated with",
        ),
    )
)
_SUBJECT = re.compile(
    r"^(?:the )?(?:patients?|subjects?|participants?|individuals?|people)\s+(?:who\s+)?(?:must\s+not\s+|"
    r"(?:currently\s+)?(?:have|has|are|is)\s+)?",
    re.IGNORECASE,
)


# Failing a common kind, what the lead-in is about: conditions are had, medicines taken.
_TOPICS = (
    (
        re.compile(
            r"\b(?:conditions?|diseases?|disorders?|illness(?:es)?|contraindications?|co-?morbidit(?:y|ies)|symptoms?|"
            r"syndromes?|infections?)\b",
            re.IGNORECASE,
        ),
        "You have",
    ),
    (re.compile(r"\b(?:medications?|medicines?|drugs?|agents?|inhibitors?|inducers?)\b", re.IGNORECASE), "You take"),
)


def frame_of(lead: str) -> str | None:
    """The verb the lead-in gives its children ("You have had"), or None when it is not a common kind."""
    core = re.sub(r"[\s:.;,]+$", "", lead.strip())
    core = re.sub(r"^(?:[A-Za-z]\)|\d+[.)])\s*", "", core)  # "A) Previous or current medical conditions"
    core = re.sub(r"^(?:the )?following\s+", "", core, flags=re.IGNORECASE)
    for candidate in (core, _SUBJECT.sub("", core)):
        for pattern, verb in _FRAMES:
            if pattern.match(candidate):
                return verb
    if re.search(
        r"\d|\b(?:history|prior|previous|past|had|within|during|since|before|after|days?|weeks?|months?|years?)\b",
        core,
        re.IGNORECASE,
    ):
        return None  # a time, a number or a history the verb would have to carry: left to the lead-in's words
    for pattern, verb in _TOPICS:
        if pattern.search(core):
            return verb
    return None


def joined(members: list[str], joiner: str) -> str:
    """ "a, b or c" (joiner "or"), "a, b and c"."""
    if len(members) == 1:
        return members[0]
    return ", ".join(members[:-1]) + f" {joiner} " + members[-1]


def with_article(member: str) -> str:
    """ "bleeding disorder" -> "a bleeding disorder" after a lead-in's verb ("You have or have had ..."), for a singular
    noun that needs one (NCT00693056: "You have or have had bleeding disorder" read as broken English)."""
    bracket = re.search(r"\s*\([^()]*\)$", member)
    if bracket and bracket.start() > 0:  # "anticoagulant (not counting antiplatelet agents)": the head takes it
        return with_article(member[: bracket.start()]) + member[bracket.start() :]
    words = member.split()
    if not words or len(words) > 5 or words[0].lower() in _DETERMINERS or not words[0].isalpha():
        return member
    if not _COUNTABLE.fullmatch(re.sub(r"[^\w-]+$", "", words[-1]).lower()) or any(
        w.lower() in ("or", "and") for w in words
    ):
        return member
    article = (
        "an"
        if words[0][0].lower() in "aeio" or (words[0][0].lower() == "u" and not words[0].lower().startswith("un"))
        else "a"
    )
    return f"{article} {member}"


_DETERMINERS = frozenset(
    {"a", "an", "the", "any", "some", "no", "other", "another", "your", "their", "his", "her", "its"}
)
# Singular heads that need an article ("a bleeding disorder", "an injury"), not mass nouns ("heart disease", "surgery").
_COUNTABLE = re.compile(
    r"disorder|injury|infection|tumou?r|implant|deformity|fracture|ulcer|transplant|abnormality|malformation|lesion|"
    r"aneurysm|stroke|attack|prostatectomy|operation|allergy|defect|fistula|hernia|embolism|thrombosis|anticoagulant"
)
