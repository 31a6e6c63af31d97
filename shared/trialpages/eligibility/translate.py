"""translate_eligibility: the registry's eligibility module -> plain-English items, each linked to its source.

Pure and deterministic. Each original criterion is the source of at least one plain item. A
long criterion is cut into sentences (never where the next part qualifies the one before);
each sentence is rewritten by a rule for its type when one matches it whole, else reworded
conservatively: addressed to the reader, plain words for jargon, comparisons in words. Every
rewrite is checked (fidelity.faithful: numbers, units, comparisons, negations); one that fails
gives way to the next more literal one, down to the original with its comparisons in words.
"""

from __future__ import annotations

import re

from trialpages.eligibility.comparators import comparators_in_words
from trialpages.eligibility.facts import at_a_glance_facts
from trialpages.eligibility.fidelity import faithful
from trialpages.eligibility.first_letters import PatternsByOpening
from trialpages.eligibility.folded import FoldedPattern
from trialpages.eligibility.glossary import plain_words, terms_in
from trialpages.eligibility.model import AtAGlance, Criterion, PlainEligibility, PlainItem
from trialpages.eligibility.parse import parse_criteria
from trialpages.eligibility.rules import apply_rules
from trialpages.eligibility.segments import item_sources

_NAMES = {"Karnofsky", "Lansky"}  # a name keeps its capital after "You have"
_SEX = {"ALL": "All sexes", "FEMALE": "Female only", "MALE": "Male only"}

# "Patients with X" -> "You have X": the subject a criterion starts with becomes the reader.
_SUBJECT = r"(?:the |a |any |all )?(?:patients?|subjects?|participants?|individuals?|persons?|people|candidates?)"
_TO_YOU = (
    (
        re.compile(
            rf"^(?:{_SUBJECT}\s+(?:with|who have|has|have|had)\s+)?(?:an?\s+)?known\s+(?:past\s+|previous\s+|prior\s+)?"
            r"(?:medical\s+)?history of\s+",
            re.I,
        ),
        "You are known to have had ",
    ),
    (
        re.compile(
            rf"^(?:{_SUBJECT}\s+(?:with|who have|has|have|had)\s+)?(?:an?\s+)?(?:past\s+|previous\s+|prior\s+|known\s+)?"
            r"(?:medical\s+)?history of\s+",
            re.I,
        ),
        "You have had ",
    ),
    (
        re.compile(
            rf"^{_SUBJECT}\s+(?:(?:must|should|will) )?(?:have|has|had|with|who (?:have|has))\s+(?:an?\s+)?", re.I
        ),
        "You have ",
    ),
    (re.compile(rf"^{_SUBJECT}\s+who (?:had|previously had)\s+", re.I), "You had "),
    (re.compile(rf"^{_SUBJECT}\s+(?:(?:must|should|will) be|who are|who is|is|are)\s+", re.I), "You are "),
    (
        re.compile(
            rf"^{_SUBJECT}\s+(?:(?:must|should|will) )?(?:who )?(?P<verb>(?:agree|consent|receive|take|use|understand|"
            rf"live|speak|read|undergo|require|need|smoke)s?)\b\s*",
            re.I,
        ),
        None,
    ),
    (re.compile(r"^(?:must |should )?(?:have|has)\s+(?:an?\s+)?(?=\w)", re.I), "You have "),
    (re.compile(r"^(?:must |should )?(?:be|is|are)\s+(?=\w)", re.I), "You are "),
    (re.compile(r"^(?=(?:willing|able|unable|unwilling)\b)", re.I), "You are "),
    # Criteria written as a noun phrase ("Use of nitrates", "Prior chemotherapy"): said to the reader.
    (re.compile(r"^(?:current|concurrent|ongoing|concomitant) use of\s+", re.I), "You now use "),
    (re.compile(r"^(?:prior|previous|past) use of\s+", re.I), "You have used "),
    (re.compile(r"^use of\s+", re.I), "You use "),
    (re.compile(r"^(?:prior|previous) treatment with\s+", re.I), "You have been treated with "),
    (
        re.compile(r"^treatment with\s+(?=.*\b(?:within|prior to|before|in the (?:last|past))\b)", re.I),
        "You have been treated with ",
    ),
    (
        re.compile(
            r"^any (?:prior|previous)\s+(?=[\w /,-]{0,40}?\b(?:therapy|therapies|treatments?|chemotherapy|radiotherapy|"
            r"radiation|surgery|surgeries|immunotherapy)\b)",
            re.I,
        ),
        "You have had any ",
    ),
    (
        re.compile(
            r"^(?:prior|previous)\s+(?=[\w /,-]{0,40}?\b(?:therapy|therapies|treatments?|chemotherapy|radiotherapy|"
            r"radiation|surgery|surgeries|resection|transplant\w*|immunotherapy)\b)",
            re.I,
        ),
        "You have had ",
    ),
    (re.compile(r"^known or suspected\s+(?!to\b)", re.I), "You are known or thought to have "),
    (re.compile(r"^known\s+(?!to\b|or\b)", re.I), "You are known to have "),
    (re.compile(r"^recent\s+", re.I), "You have had recent "),
    # A disease named with its adjective ("Severe renal impairment"): "You have severe ...", the
    # adjective kept as it is; not for an act ("Chronic use of ...", "Active smoker").
    (
        re.compile(
            r"^(?=(?:severe|serious|significant|major|chronic|unstable|untreated|acute|unresolved|uncontrolled|"
            r"poorly controlled|symptomatic|clinically significant|ongoing|active)\s+(?!use\b|treatment|therapy|"
            r"exposure|particip|enrol|smok|drink|dose|duty|surg|operation|procedure|or\b|and\b))",
            re.I,
        ),
        "You have ",
    ),
    (re.compile(r"^(?:current|active) smokers?\b", re.I), "You are a current smoker"),
    (re.compile(r"^inability to\s+", re.I), "You are not able to "),
    (re.compile(r"^(?:not willing|unwilling) to\s+", re.I), "You are not willing to "),
    (re.compile(r"^willingness to\s+", re.I), "You are willing to "),
    (re.compile(r"^ability to\s+", re.I), "You are able to "),
    (re.compile(r"^(?:has |have )?received\s+", re.I), "You have had "),
    (re.compile(r"^(?:has been |have been )?diagnosed with\s+", re.I), "You have been diagnosed with "),
    (re.compile(r"^(?:currently )?taking\s+", re.I), "You are taking "),
    (re.compile(r"^(?:currently )?receiving\s+", re.I), "You are getting "),
    (re.compile(r"^(?:currently )?(?:enrolled|participating) in\s+", re.I), "You are taking part in "),
    (re.compile(r"^(?:suffering|suffer) from\s+", re.I), "You have "),
    (re.compile(r"^(?:the )?presence of\s+", re.I), "You have "),
    (re.compile(r"^(?:any )?evidence of\s+", re.I), "You have signs of "),
)
# A subject with its own verb later on ("Patients with X are eligible") or a clause about the people
# ("... who are") is left as written; a verb in a clause about the thing ("X that is ...") is not.
_SECOND_VERB = FoldedPattern(
    r"\bwho\b|(?<!that )(?<!which )\b(?:are|is|will be|may be|can be|must be|should be|were|was|must|should)\b"
)


def ages_in_words(module: dict) -> str:
    low, high = module.get("minimumAge"), module.get("maximumAge")
    if low and high:
        return f"{low} to {high}"
    if low:
        return f"{low} or older"
    if high:
        return f"Up to {high}"
    return "Any age (no limit given)"


# Only the subjects that can start with the text's first two letters are tried.
_TO_YOU_BY_OPENING = PatternsByOpening([pattern.pattern for pattern, _ in _TO_YOU])


def addressed_to_you(text: str) -> str:
    """The criterion's subject ("Patients with", "Subject is", "Have") as the reader ("You have", "You are")."""
    for index in _TO_YOU_BY_OPENING.at(text):
        pattern, replacement = _TO_YOU[index]
        match = pattern.match(text)
        if not match:
            continue
        rest = text[match.end() :]
        if _SECOND_VERB.search(rest):
            return text
        first = rest.split(" ", 1)[0]
        if rest[:1].isupper() and not first.isupper() and first not in _NAMES:
            rest = rest[:1].lower() + rest[1:]
        if replacement is None:
            verb = match["verb"].lower()
            return f"You {verb[:-1] if verb.endswith('s') and not verb.endswith('ss') else verb} {rest}".rstrip()
        return replacement + rest
    return text


def conservative(segment: str) -> str:
    """The sentence reworded without a rule: to the reader, plain words, comparisons in words."""
    return comparators_in_words(plain_words(addressed_to_you(segment.strip()))).strip().rstrip(".;:, ")


def plain_sentence(segment: str) -> tuple[str, str | None]:
    """(plain sentence, the rule that wrote it or None); always faithful to `segment`."""
    ruled = apply_rules(segment)
    if ruled and faithful(segment, ruled[1]):
        return _sentence(ruled[1]), ruled[0]
    reworded = conservative(segment)
    if faithful(segment, reworded):
        return _sentence(reworded), None
    return _sentence(comparators_in_words(segment.strip()).rstrip(".;:, ")), None


_SPACES = re.compile(r"\s{2,}")


def _sentence(text: str) -> str:
    text = _SPACES.sub(" ", text).strip().rstrip(".;:, ")
    return text[:1].upper() + text[1:]


def plain_items(criterion: Criterion) -> list[PlainItem]:
    items = []
    for segment in item_sources(criterion.text, criterion.kind):
        text, rule = plain_sentence(segment)
        if text:
            items.append(
                PlainItem(kind=criterion.kind, text=text, source_ids=[criterion.id], terms=terms_in(text), rule=rule)
            )
    return items or [PlainItem(kind=criterion.kind, text=criterion.text, source_ids=[criterion.id])]


def translate_eligibility(eligibility_module: dict | None) -> PlainEligibility:
    module = eligibility_module or {}
    parsed = parse_criteria(module.get("eligibilityCriteria"))
    items: dict[str, list[PlainItem]] = {"inclusion": [], "exclusion": [], "other": []}
    for criterion in parsed.all_criteria():
        items[criterion.kind].extend(plain_items(criterion))
    volunteers = module.get("healthyVolunteers")
    glance = AtAGlance(
        ages=ages_in_words(module),
        sex=_SEX.get(module.get("sex") or "", "Not provided"),
        healthy_volunteers={True: "Accepted", False: "Not accepted"}.get(volunteers, "Not provided"),
        facts=at_a_glance_facts(items["inclusion"]),
    )
    return PlainEligibility(at_a_glance=glance, **items)
