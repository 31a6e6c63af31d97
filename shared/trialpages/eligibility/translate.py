"""translate_eligibility: the registry's eligibility module -> plain-English items that keep the criteria's structure.

Pure and deterministic. Each original criterion is the source of at least one plain item.

- Structure first: a lead-in and its children become a titled group ("Any one of these:"), an
  exception list stays under what it excepts, a cohort or part heading says whom its items are
  for. A child item names its lead-in as a source too: it translates both.
- Meaning next: a sentence a recogniser reads whole becomes a typed fact, and the fact writes the
  plain sentence (`form="rewritten"`); the rewrite must keep every number, unit, comparison,
  negation and qualifier of its source (fidelity.faithful) or it is not used.
- The rest is the study's own words, cleaned (`form="original-words"`): never a word swapped.
- Hard terms are explained once a page, at their first use.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable, Sequence

from trialpages.eligibility.cautioned_lines import (
    both_kinds_cautioned,
    cured_cancers_cautioned,
    cut_off_cautioned,
    unmarked_choices_cautioned,
)
from trialpages.eligibility.clean import grades_in_words, impossible_and_as_or, original_words, trailing_connector
from trialpages.eligibility.cohorts import alternative_diagnoses, cancer_diagnosed, neighbouring_pairs, other_ways_in
from trialpages.eligibility.facts import Fact, recognise
from trialpages.eligibility.facts.condition_names import lay_name, normal
from trialpages.eligibility.facts.labs import OrganFunction, lines_run_together
from trialpages.eligibility.fidelity import faithful
from trialpages.eligibility.glance import at_a_glance
from trialpages.eligibility.glossary import spelled_otherwise, terms_in
from trialpages.eligibility.group_lists import lists_for_groups
from trialpages.eligibility.leads import frame_of, joined, with_article
from trialpages.eligibility.model import (
    CriteriaSection,
    Criterion,
    Joins,
    Kind,
    ParsedCriteria,
    PlainEligibility,
    PlainItem,
)
from trialpages.eligibility.parse import (
    ENDS_WITH_AND,
    ENDS_WITH_OR,
    METHODS_OF_BIRTH_CONTROL,
    ONLY_OR,
    PART_MEMBER,
    joins_of,
    labelled_by_a_part,
    parse_criteria,
)
from trialpages.eligibility.sentences import (
    HIGHER_LIMIT_ALLOWED,
    LETTER_TOUCHING_WORD,
    THE_TEST_BEFORE,
    Sentence,
    list_members,
    sentences,
)

# A section heading that only says which list it is: the list's own heading says that already.
_GENERIC_HEADING = re.compile(
    r"^(?:key |main |general |other |additional |study |patient |participant |subject |specific |major )*"
    r"(?:non-?inclusion|inclusion|exclusion|eligibility)(?:\s*(?:/|and|&|or)\s*(?:inclusion|exclusion))?"
    r"(?: c(?:riteri|iteri|riter|rieri|ritier)\w*)?(?: for (?:all )?(?:the )?(?:study|patients|participants|subjects|trial))?"
    r"\s*:?$",
    re.IGNORECASE,
)
# "... as defined below:", "as follows:": words that only point at the list under a lead-in.
_POINTER = re.compile(
    r"\s*,?\s*(?:(?:as|which (?:is|are)) )?(?:defined|shown|evidenced|indicated|measured|determined|demonstrated|documented)"
    r"\s*(?:as|by)?(?:\s*(?:the|any of the|all of the|one of the) following(?: \w+){0,3}|\s*below)?\s*:?\s*$"
    r"|\s*,?\s*(?:as follows|as below|below|within the following (?:limits|parameters|benchmarks|ranges))\s*:?\s*$",
    re.IGNORECASE,
)
# A head that sets whom or when the rest of a criterion is for ("For women who can get pregnant: ...").
_SCOPE_HEAD = re.compile(
    # (Its brackets closed: "If currently using cholesterol lowering medications (for example: statins) ..." has none.)
    r"^(?P<head>(?:for|if|in|only for|applies to|exclusion from|excluded from)\b(?:[^:;.()]|\([^():;]*\)){3,90}):\s+"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# A second "If men:" after the first label's sentence ends: a part of its own.
_NEXT_SCOPE = re.compile(r"(?<=[.;])\s+(?=(?:for|if|only for)\s+[^:;.()]{3,40}:\s)", re.IGNORECASE)
# Words that offer a choice among the members of a list that follows.
_CHOICE = re.compile(
    r"\b(?:one of the following|any of the following|one or more of the following|at least one of the following|either)\b",
    re.IGNORECASE,
)
_ANY_SAID = re.compile(r"\b(?:any|either|one or more|at least (?:one|1)|one of)\b", re.IGNORECASE)


def translate_eligibility(
    eligibility_module: dict | None, *, about_cancer: bool = False, conditions: Sequence[str] = ()
) -> PlainEligibility:
    """The plain-English lists of a record's eligibility module. `about_cancer`: the study's conditions are cancers
    (its MeSH tree), so a patient who may join has one. `conditions`: the ones the record names, for the glossary's
    few senses that only the study's subject tells apart."""
    module = eligibility_module or {}
    parsed = parse_criteria(module.get("eligibilityCriteria"))
    lists: dict[Kind, list[PlainItem]] = {"inclusion": [], "exclusion": [], "other": []}
    for section in parsed.sections:
        if section.criteria:
            lists[section.kind].extend(_section_items(section))
    # In the words the page shows them (cleaned), as the exclusion items it is compared with are.
    inclusion_said = {
        _folded(original_words(criterion.text)) for criterion in parsed.all_criteria() if criterion.kind == "inclusion"
    }
    lists["inclusion"], pointers = _pointers_apart(lists["inclusion"])
    lists["exclusion"], more_pointers = _pointers_apart(lists["exclusion"])
    lists["other"] = _said_once(pointers + more_pointers) + lists["other"]
    lists["inclusion"], same_as_main = _main_study_pointers_apart(lists["inclusion"])
    lists["exclusion"], more_same_as_main = _main_study_pointers_apart(lists["exclusion"])
    lists["other"] = same_as_main + more_same_as_main + lists["other"]
    lists["exclusion"], requirements = _requirements_apart(lists["exclusion"], inclusion_said)
    lists["inclusion"], allowances = _allowances_apart(lists["inclusion"])
    if not any(section.kind == "exclusion" and section.criteria for section in parsed.sections):
        lists["inclusion"], reasons = _reasons_apart(lists["inclusion"], parsed)
        allowances = reasons + allowances
    lists["other"] = requirements + allowances + lists["other"]
    # A record without MeSH terms may still open its inclusion list on the cancer everyone who joins has.
    about_cancer = about_cancer or any(
        criterion.kind == "inclusion" and cancer_diagnosed(criterion.text) for criterion in parsed.all_criteria()
    )
    lists["exclusion"] = _earlier_episodes_in_their_words(lists["exclusion"], parsed)
    lists["exclusion"] = [_with_texts(item, _without_must_not) for item in lists["exclusion"]]
    # (not only where the record says no healthy volunteers: where it does not say, "Prior malignancy" in a study of
    # metastatic breast cancer read "You have had cancer", the study's own included, NCT02000622, hint6: WRONG)
    if about_cancer and module.get("healthyVolunteers") is not True:
        lists["exclusion"] = [_with_texts(item, _another_cancer) for item in lists["exclusion"]]
    glance = at_a_glance(module, lists["inclusion"])
    explained = _explain_once(
        list(glance.facts) + lists["inclusion"] + lists["exclusion"] + lists["other"],
        "; ".join([*conditions, "cancer"] if about_cancer else conditions),  # the senses a cancer study's subject picks
        spelled_otherwise(module.get("eligibilityCriteria") or ""),
    )
    return PlainEligibility(
        at_a_glance=glance.model_copy(update={"facts": explained[: len(glance.facts)]}),
        inclusion=explained[len(glance.facts) : len(glance.facts) + len(lists["inclusion"])],
        exclusion=explained[len(glance.facts) + len(lists["inclusion"]) : len(explained) - len(lists["other"])],
        other=explained[len(explained) - len(lists["other"]) :],
        more_criteria_elsewhere=bool(_MORE_CRITERIA_ELSEWHERE.search(module.get("eligibilityCriteria") or "")),
        inclusion_by_group=lists_for_groups(lists["inclusion"]),
        exclusion_by_group=lists_for_groups(lists["exclusion"]),
    )


def _with_texts(item: PlainItem, said: Callable[[PlainItem], str | None]) -> PlainItem:
    """The item and everything under it, each with the text `said` gives it (unchanged items are kept as they are)."""
    children = [_with_texts(child, said) for child in item.children]
    text = said(item)
    if text == item.text and all(map(operator.is_, children, item.children)):
        return item
    return item.model_copy(update={"text": text, "children": children})


def _without_must_not(item: PlainItem) -> str | None:
    """ "Participants must not have untreated CNS metastases." under "You cannot join if" says its reason through a
    double negative (NCT06561386, NCT05406817): the reason alone, in the study's words ("Untreated CNS metastases.")."""
    text = item.text
    if text is None or item.form != "original-words":
        return text
    return _reason_of(text, keep_state=False) or text


def _reason_of(text: str, *, keep_state: bool) -> str | None:
    """ "Patients must not have X" as the reason it gives ("X"); None if it is not said so. `keep_state`: "must not
    have had X" as "Had X" and "must not be X" as "Is X", for the recognisers to read as they read those."""
    found = _MUST_NOT.match(text)
    if found is None or _FOR_A_WINDOW.search(text, found.end()):
        # "Must not have received immunosuppressive agents for at least three months prior to enrollment" (NCT00841789,
        # trialgpt2: WRONG as "Received ... for at least three months ..."): without its "not", the window before
        # joining reads as how long the medicine was taken.
        return None
    if may_state := found["may_state"]:
        rest = text[found.end() :].strip()
        participle = may_state.split()[-1].lower()
        if may_state.lower().startswith("be"):
            return f"{participle.capitalize()} {rest}"  # "be receiving X": "Receiving X"
        return f"Had {participle} {rest}" if keep_state else f"Having {participle} {rest}"
    rest = text[found.end() :]
    if not rest[:1].isalpha():
        return None
    if verb := found["verb"]:
        # "must not receive X" may mean during the study: not read as "You are taking X now".
        return None if keep_state else f"{_GERUND[verb.lower()]} {rest}"
    if keep_state and (state := found["state"].split()[-1].lower()) in _STATE_LEAD:
        return f"{_STATE_LEAD[state]} {rest}"
    return rest[:1].upper() + rest[1:]


_STATE_LEAD = {"had": "Had", "be": "Is"}
_FOR_A_WINDOW = re.compile(
    r"\bfor\s+(?:at\s+least\s+|a\s+minimum\s+of\s+|the\s+(?:last|past)\s+)?(?:\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve)\s+(?:days?|weeks?|months?|years?)\s+(?:prior|before|preceding)\b",
    re.IGNORECASE,
)


_GERUND = {"receive": "Receiving", "take": "Taking", "use": "Using", "participate": "Participating"}
_MUST_NOT = re.compile(
    # "may not" too: "Subjects may not have undergone oral isotretinoin therapy within the past 12 months" under "could
    # not join" read as the reverse (outside sample 1: WRONG)
    r"^(?:(?:the\s+)?(?:patients?|subjects?|participants?)\s+)?(?:(?:must|should)\s+not\s+"
    r"(?:(?P<state>have\s+had|have(?!\s+had\b)|be(?!\s+(?:able|eligible|a candidate|candidates|suitable)\b))\s+|"
    r"(?P<verb>receive|take|use|participate)\s+)"
    # ("May not participate in the study if ..." reads well as it is: only a state after "may not")
    r"|may\s+not\s+(?P<may_state>have\s+(?:had|undergone|received|taken|used)\b(?=\s)"
    # "Patients may not be receiving any other investigational agents" (NCT01217411, hint5: WRONG, a double negative
    # under "could not join")
    r"|be\s+(?:receiving|taking|using)\b(?=\s)))",
    re.IGNORECASE,
)


def _earlier_episodes_in_their_words(exclusion: list[PlainItem], parsed: ParsedCriteria) -> list[PlainItem]:
    """ "Previous history of NAION" where the inclusion list asks for NAION now (NCT00867815, sample 19: WRONG,
    "You have had ... (NAION)" shut out everyone who may join): an earlier episode, said in the study's words."""
    inclusion = " ".join(criterion.text for criterion in parsed.all_criteria() if criterion.kind == "inclusion")
    texts = {criterion.id: criterion.text for criterion in parsed.all_criteria()}
    kept = []
    for item in exclusion:
        source = texts.get(item.source_ids[-1], "") if item.rule is not None and len(item.source_ids) == 1 else ""
        earlier = _EARLIER_EPISODE.match(source)
        if earlier and any(
            re.search(rf"\b{re.escape(name)}\b", inclusion) for name in _ACRONYM.findall(earlier["what"])
        ):
            item = _original(source, item.source_ids, item.kind)
        kept.append(item)
    return kept


# "history of ED" too, where the inclusion list asks for ED after surgery (NCT01026818, sample 5 re-read: LOSSY as "You
# have had trouble getting or keeping an erection", which shut out the ED the study is for).
_EARLIER_EPISODE = re.compile(
    r"^\W*(?:a\s+)?(?:(?:previous|prior|past)\s+)?(?:history|episodes?)\s+of\s+(?P<what>[^.;,()]{2,60})", re.IGNORECASE
)


# "You have had cancer in the last 5 years", as the conditions reader says "Previous malignancy within 3 years".
# "Has a known history of prior malignancy except ..." (NCT04736823, sample 39: LOSSY, "You are known to have had cancer"
# read as the lung cancer everyone in the study has) is another cancer too.
_ANY_CANCER_SAID = re.compile(
    r"^You (have had|have|are known to have had|are known to have) cancer(?=[.,]| in the (?:last|past|\d+ (?:years?|months?)) )"
)


# "concurrent malignancy requiring treatment" (NCT06561386, sample 33: LOSSY as "You also have cancer ...", which in a
# cancer study can be read as the patient's own). Only there: in an ED study "another cancer" assumed one already
# (NCT05679999, re-read 2026-12-06: WRONG).
_ALSO_CANCER_SAID = re.compile(r"^You also have cancer\b")


def _another_cancer(item: PlainItem) -> str | None:
    """In a study of people with cancer, "Past history of malignancy" is a cancer other than theirs (NCT04472845,
    sample 18: "You have had cancer" under "could not join" read as shutting out every woman with breast cancer)."""
    if item.text is None or item.rule is None:
        return item.text
    return _ALSO_CANCER_SAID.sub("You have another cancer", _ANY_CANCER_SAID.sub(r"You \1 another cancer", item.text))


# A list that says it is not whole: "Key Inclusion Criteria:", "Other protocol-defined Inclusion/Exclusion Criteria
# apply" (NCT05070858), "29 Additional Exclusion Criteria" (NCT00738400). Under "You may be able to join if all of
# these are true", a reader would take it for the whole list.
_MORE_CRITERIA_ELSEWHERE = re.compile(
    r"^\W*(?:key|main|selected|major|principal|important)\s+(?:inclusion|exclusion|eligibility)\s+criteria\b"
    r"|\b(?:other|additional|further)\s+(?:protocol[- ](?:defined|specified)\s+|study[- ]specific\s+)?"
    r"(?:inclusion|exclusion|eligibility|inclusion\s*/\s*exclusion|inclusion\s+and\s+exclusion)\s+criteria\s+"
    r"(?:(?:may\s+|will\s+)?apply|(?:are|is)\s+(?:listed|described|given|detailed|found|specified))\b"
    r"|^\W*\d+\s+additional\s+(?:inclusion|exclusion)\s+criteria",
    re.IGNORECASE | re.MULTILINE,
)


def _requirements_apart(
    exclusion: list[PlainItem], inclusion_said: set[str]
) -> tuple[list[PlainItem], list[PlainItem]]:
    """A criterion in the study's words that reads as a requirement ("Women ... must agree to use contraception",
    "At least 42 days must have elapsed") is not a reason to be left out: under "You cannot join if" it would say
    the reverse. It goes under "The study also says", in the cohort group it sat in. A "No X" whose X the
    inclusion list asks for ("Previous LP with GA" / "No previous LP with GA", NCT04092803) is the reason it says."""
    kept: list[PlainItem] = []
    moved: list[PlainItem] = []
    for item in exclusion:
        title = item.children_title or ""
        if _mirrors_inclusion(item, inclusion_said):
            kept.append(item)
        elif (said := _folded(_lone_words(item))) and said in inclusion_said:
            # The inclusion criterion again, word for word, in the exclusion list (NCT06454773, sample 47: WRONG, "You
            # cannot join if" over the very people the study asks for): the record's copy slip, said apart.
            moved.append(item)
        elif (
            _ABOUT_THE_LIST.match(item.text or "")
            or _reads_apart(item)
            or (
                item.text is None
                and (
                    _is_requirement(title)
                    or _NO_CONDITION.match(title)
                    or _DEFINED_AS.search(title)
                    # "The following female patients ... do not need to undergo a pregnancy test ...:" (NCT02949011,
                    # hint6-1: WRONG x2, who needs no test read as who cannot join)
                    or _NEED_NOT.search(title)
                    # "NOTE:" over "Previous adjuvant ... is permitted if ..." (NCT02759614)
                    or _NOTE_LABEL.match(title)
                    # "Highly effective contraception methods include:" (NCT06427811, sample 37: WRONG x5, the methods
                    # that let you in read as reasons to be left out)
                    or _BIRTH_CONTROL_METHODS.search(title)
                    # "For subjects who cross-over to Osimertinib:" over what they must have (NCT02151981, hint4:
                    # WRONG x2 under "could not join", "It has been at least 14 days since ..." read as a reason)
                    or (
                        bool(item.children)
                        and not _A_REASON_TITLE.match(title)
                        and all(child.text and _is_requirement(_lone_words(child)) for child in item.children)
                    )
                )
            )
        ):
            # A requirement's group ("Female patients must be ... using one of the following means of birth control:"
            # over its methods, NCT01640457) goes whole.
            methods = item.text is None and _BIRTH_CONTROL_METHODS.search(title) is not None
            moved.extend(_methods_before_strangers(item) if methods else [item])
        elif item.text is None and item.children_joins == "heading":
            # A note's group under a cohort's heading goes too ("Note: Acceptable contraceptive forms include:").
            stay, away = [], []
            for child in item.children:
                if _ABOUT_THE_LIST.match(child.text or ""):
                    # The record's "The above information is not intended to contain all considerations ..." under
                    # its last heading (NCT02058147, hint6-1: WRONG, a reason to be left out; under the heading's title
                    # it spoke of that group only): about the whole list, it goes alone.
                    moved.append(child)
                elif _reads_apart(child) or (
                    child.text is None and (_NOTE_LABEL.match(child.children_title or "") or _lets_in(child))
                ):
                    away.append(child)
                elif child.text is None and child.children_joins == "heading":
                    # A heading inside a heading ("Exclusion Criteria Disease Related" > "Other Medical Conditions:",
                    # NCT03633708): its notes and requirements go too.
                    inner_stay, inner_away = _requirements_apart([child], inclusion_said)
                    stay.extend(inner_stay)
                    away.extend(inner_away)
                else:
                    # The notes nested in a criterion under a heading go too (footnotes under the last exclusion of
                    # a list introduced by its own sentence, NCT05923281, downloads1c: WRONG again under "could not join").
                    child, notes = _notes_apart(child)
                    stay.append(child)
                    away.extend(notes)
            if stay:
                kept.append(item.model_copy(update={"children": stay}))
            if away and not stay and item.source_ids and _A_REASON_TITLE.match(title):
                # "History of adrenalectomy" over the footnote of the starred lab limits (NCT06325202), "Planning to
                # undergo pessary fitting °" over a UTI footnote (NCT06797245, exports3: WRONG, the exclusion went to
                # the notes with them): a reason typed over notes stays a reason; the notes go alone.
                kept.append(_said_alone(item, title.rstrip(" :°^*")))
                moved.extend(away)
            elif away and _SAYS_THEY_EXCLUDE.search(title):
                # "The person who meet any of the following criteria will be excluded from the study:" over the
                # list's footnotes (NCT05923281): over the notes it would call them reasons; they go without it.
                moved.extend(away)
            elif away:
                moved.append(item.model_copy(update={"children": away}))
        else:
            item, notes = _notes_apart(item)
            kept.append(item)
            if notes and item.text is None and _WHOM_TITLE.match(item.children_title or ""):
                # "T2DM patients:" over "Thyroid hormone replacement is allowed if ..." (NCT02411825, hint2: WRONG, apart
                # without its title it read as the healthy volunteers' too): whom the notes are for goes with them.
                notes = [item.model_copy(update={"children": notes, "children_joins": "heading"})]
            moved.extend(notes)
    return kept, moved


# A title that is a reason of its own ("History of adrenalectomy", "Patients who have been determined inappropriate by
# the investigator"), not a topic ("Other Medical Conditions:").
_A_REASON_TITLE = re.compile(
    r"^(?:(?:a\s+)?(?:known\s+)?history\s+of|planning|planned|plans?\s+to|prior|previous|current(?:ly)?|known|active|"
    r"use\s+of|presence\s+of|(?:patients?|subjects?|participants?)\s+who\s+(?:have|has|are|is)\s+(?:been\s+)?"
    r"(?:determined|judged|considered|deemed)\b)\b",
    re.IGNORECASE,
)
# The record's key to its abbreviations, "ALT indicates alanine aminotransferase; AST, aspartate aminotransferase; ...;
# HBV, hepatitis B virus; ..." (NCT06705023, exports4: WRONG, cut at its semicolons and read as "You have hepatitis B.",
# "You have HIV." under "could not join"): no rule at all.
_ABBREVIATION_KEY = re.compile(r"^(?:[A-Za-z][\w/-]{1,12}(?:,|\s+indicates)\s+[^,;:]{3,80};\s*){3,}")
# A list's own sentence saying its items keep you out ("... any of the following criteria will be excluded"), not a
# heading naming whom or when they are for ("Donor Exclusion Criteria:", "Exclusion criteria for surveillance phase:").
_SAYS_THEY_EXCLUDE = re.compile(
    r"^(?=.*\bfollowing\b).*\b(?:(?:will|shall|would|are|is)\s+(?:be\s+)?excluded|not\s+be\s+eligible|(?:is|are|be)\s+ineligible)\b",
    re.IGNORECASE,
)


# A short title that names whom the items under it are for ("T2DM patients:", "Healthy volunteers:", "Cohort B:").
_WHOM_TITLE = re.compile(
    r"^\W*(?:[\w/+-]+\s+){0,3}(?:patients|participants|subjects|volunteers|women|men|donors|recipients|controls|"
    r"cohorts?|groups?|arms?|parts?)(?:\s+[\w/+-]+){0,2}\s*:\s*$",
    re.IGNORECASE,
)


_BIRTH_CONTROL_METHODS = re.compile(METHODS_OF_BIRTH_CONTROL, re.IGNORECASE)


def _methods_before_strangers(group: PlainItem) -> list[PlainItem]:
    """A list of birth-control methods that ends where the record's layout does not: under "Highly effective
    contraception methods include:", a COVID-19 note and three COVID-19 tests typed after the last method (NCT06427811,
    sample 37: WRONG x4, tests read as methods). From the first member that names nothing of birth control on, the
    lines are the study's other words, each said on its own after the methods."""
    kept, rest = _cut_at_stranger(group)
    listed = {source for item in kept.walk() for source in item.source_ids}
    return [kept, *(_outside(item, listed) for item in rest)]


def _outside(item: PlainItem, lead: set[str]) -> PlainItem:
    """The item and those under it, no longer read within the list's criteria `lead`: they stop naming them."""
    return item.model_copy(
        update={
            "source_ids": [source for source in item.source_ids if source not in lead],
            "children": [_outside(child, lead) for child in item.children],
        }
    )


def _cut_at_stranger(item: PlainItem) -> tuple[PlainItem, list[PlainItem]]:
    """The item up to its first descendant (in page order) that names nothing of birth control; what follows it."""
    for index, child in enumerate(item.children):
        if child.text is not None and not _OF_BIRTH_CONTROL.search(child.text):
            return item.model_copy(update={"children": item.children[:index]}), item.children[index:]
        kept, rest = _cut_at_stranger(child)
        if rest:
            children = [*item.children[:index], kept]
            return item.model_copy(update={"children": children}), [*rest, *item.children[index + 1 :]]
    return item, []


# What a birth-control method, or a rule about who needs one, names.
_OF_BIRTH_CONTROL = re.compile(
    r"contracep|birth control|abstinen|abstain|steril|vasectom|tubal|ligation|hysterectom|oophorectom|salping|"
    r"menopaus|amenorrh|hormon|intrauterine|\bIU[DS]\b|condom|diaphragm|\bcaps?\b|spermicid|implant|inject|\bpills?\b|"
    r"\boral\b|\brings?\b|patch|transdermal|barrier|partner|pregnan|child-?bearing|method|progest|estrogen|oestrogen|"
    r"norgestrel|copper|occlusi|lactation|withdrawal|calendar|ovulat|fertil|sexual|intercourse|sperm|\bmale|\bfemale|"
    r"\bm[ae]n\b|wom[ae]n|vagin|\bcycles?\b|\bdays?\b|\bmonths?\b|\bweeks?\b",
    re.IGNORECASE,
)


# What a rewritten note says about the list itself (NCT05086315, sample 18: "The above information is not intended to
# contain all considerations ..."): under "You cannot join if" it stood as one more reason.
_ABOUT_THE_LIST = re.compile(r"^(?:This list may not hold everything|The study has more rules than the ones listed)")


def _said_alone(item: PlainItem, text: str | None) -> PlainItem:
    """`item` as one sentence, `text`, with no list under it: what is left when its children went elsewhere."""
    return item.model_copy(update={"text": text, "children": [], "children_title": None, "children_joins": None})


def _pointers_apart(items: list[PlainItem]) -> tuple[list[PlainItem], list[PlainItem]]:
    """ "Additional criteria apply, please contact the investigator" indented under the last criterion (NCT03107052,
    NCT02945046, sample 22: the criterion became a title over it, and the pointer its one rule): the pointer goes to
    the notes, the criterion is an item again."""
    kept: list[PlainItem] = []
    moved: list[PlainItem] = []
    for item in items:
        pointers = [child for child in item.children if _ABOUT_THE_LIST.match(child.text or "")]
        rest = [child for child in item.children if child not in pointers]
        if not pointers or rest or (item.text is None and item.children_joins != "all"):
            kept.append(item)
            continue
        title = (item.children_title or "").rstrip(" :")
        said = item.text if item.text is not None else title if title.endswith(".") else f"{title}."
        kept.append(_said_alone(item, said))
        moved.extend(pointers)
    return kept, moved


# "ToleDYNAMIC Substudy: Inclusion criteria are those of the main study" (NCT06372145, sample 35: WRONG x2, one more
# requirement of an alternative, and a reason to be left out): a note on whom a substudy takes, wherever it stands.
_SAME_AS_MAIN_STUDY = re.compile(
    r"^[^:]{2,80}:\s*(?:the\s+)?(?:inclusion|exclusion|eligibility)\s+criteria\s+(?:are|is|will\s+be)\s+"
    r"(?:the\s+same\s+as\s+|identical\s+to\s+)?(?:those\s+(?:of|in|for)\s+)?(?:the\s+)?(?:main|parent|core)\s+"
    r"(?:study|trial|protocol)\s*\.?$",
    re.IGNORECASE,
)


def _main_study_pointers_apart(items: list[PlainItem]) -> tuple[list[PlainItem], list[PlainItem]]:
    kept: list[PlainItem] = []
    moved: list[PlainItem] = []
    for item in items:
        if item.text is not None and _SAME_AS_MAIN_STUDY.match(item.text):
            moved.append(item.model_copy(update={"kind": "other"}))
            continue
        children, inner = _main_study_pointers_apart(item.children)
        moved.extend(inner)
        if inner and not children and item.text is None:
            continue  # a group that held only such notes
        kept.append(item.model_copy(update={"children": children}) if inner else item)
    return kept, moved


def _said_once(pointers: list[PlainItem]) -> list[PlainItem]:
    """The pointers of both lists, said once, linked to every line that says it."""
    own = [pointer.model_copy(update={"source_ids": pointer.source_ids[-1:]}) for pointer in pointers]
    if len(own) < 2:
        return own
    sources = [pointer.source_ids[0] for pointer in own]
    return [own[0].model_copy(update={"source_ids": sources, "anchor": sources[0]})]


def _allowances_apart(items: list[PlainItem]) -> tuple[list[PlainItem], list[PlainItem]]:
    """What the study allows, standing in the inclusion list ("Following beta-blocker therapy will be allowed:
    carvedilol ... and propranolol ...", NCT02344823): under "You can join if all of these are true" it reads as one
    more thing you must have. It goes to the notes; an allowance with its conditions ("... are eligible if ...") stays."""
    kept: list[PlainItem] = []
    moved: list[PlainItem] = []
    for item in items:
        (moved if _allowance_or_definition(item) or _ABOUT_THE_LIST.match(item.text or "") else kept).append(item)
    return kept, moved


def _reasons_apart(inclusion: list[PlainItem], parsed: ParsedCriteria) -> tuple[list[PlainItem], list[PlainItem]]:
    """In a record with one list and no exclusion heading, criteria written as reasons to be left out ("Prior
    treatment with chemotherapy ... within 21 days", NCT03983954, sample 17: WRONG, rewritten under "You may be able
    to join if all of these are true" as "You had chemotherapy ... in the last 21 days"). Which list they belong to
    is the study's to say: they go to a group of their own that says how they read."""
    texts = {criterion.id: criterion.text for criterion in parsed.all_criteria() if criterion.depth == 0}
    kept: list[PlainItem] = []
    moved: list[PlainItem] = []
    for item in inclusion:
        source = texts.get(item.source_ids[0], "") if item.source_ids else ""
        (moved if _READS_AS_REASON.match(source) else kept).append(item)
    if not moved:
        return kept, []
    group = PlainItem(
        kind="other",
        text=None,
        source_ids=[],
        children_title="These are in the study's list of what you need, but they read as reasons you could not "
        "join; ask the study team:",
        children_joins="heading",
        children=moved,
    )
    return kept, [group]


# A washout ("Prior treatment with chemotherapy ... within 21 days", "The use of immunosuppressive agents within 28
# days") or a condition with its own way back in ("Subjects with known ... brain metastases, unless treated ...").
_READS_AS_REASON = re.compile(
    r"^(?![^.;]*\b(?:must|should|required|eligible if|at least)\b)"
    r"(?:(?:prior|previous|recent)\s+(?:treatment|therapy|use|exposure|administration)\b[^.;]*\bwithin\s+\d"
    r"|(?:the\s+)?use\s+of\b[^.;]*\bwithin\s+\d"
    r"|(?:subjects|patients|participants)\s+with\s+(?:known|suspected|documented)\b[^.;]*\bunless\b)",
    re.IGNORECASE,
)


def _allowance_or_definition(item: PlainItem) -> bool:
    """A definition's group ("A female of childbearing potential is a sexually mature female who (any one of these):",
    NCT04267848, sample 12) says who the rules for her are for: under "You can join if" its members read as rules."""
    if item.text is None:
        return bool(_WHO_COUNTS_AS.match(item.children_title or ""))
    words = _lone_words(item)
    return bool(
        _PURE_ALLOWANCE.match(words)
        or (_ELIGIBLE_TOO.match(words) and _ALLOWED_GROUP.search(words))
        or _WITH_OR_WITHOUT.match(words)
        or _MAY_GO_ON_TAKING.match(words)
        or _OFFERED_A_PLACE.match(words)
        or _WILL_NOT_EXCLUDE.search(words)
        # "The investigator will record the etiology of the ED ..." (NCT00282607, sample 23): what the study does.
        or _STUDY_WILL_RECORD.match(words)
        # "Non-childbearing potential is defined as pre-menopausal females with a documented tubal ligation ..."
        # (NCT06429761, sample 34: UNREADABLE, a definition shown as one more thing you need)
        or _POTENTIAL_DEFINED.match(words)
        or _SINCE_CLEARED.match(words)
    )


# "Patients with baseline CSF cytology positive, but who have cleared CSF by either modality" (NCT07021677, sample 40:
# WRONG under "all of these are true", read as asking everyone to have had leukemia cells in the spinal fluid): who
# may join after all, a group of patients and what lets them in.
_SINCE_CLEARED = re.compile(
    r"^(?:patients?|subjects?|participants?|those|people)\s+(?:with|who\s+(?:have|had))\s+[^.;]{3,160}?,?\s+but\s+who\s+"
    r"(?:have|has)\s+(?:since\s+|now\s+)?(?:cleared|recovered|resolved|been\s+(?:cured|cleared|treated))\b",
    re.IGNORECASE,
)


_POTENTIAL_DEFINED = re.compile(
    r"^(?:an?\s+|the\s+)?(?:(?:wom[ae]n|females?|participants?|subjects?|patients?)\s+(?:of|with|without)\s+|those\s+of\s+)?"
    r"(?:non-?\s?)?(?:child-?\s?bearing|reproductive)\s+potential\s+(?:\([^()]*\)\s+)?(?:is|are)\s+"
    r"(?:defined\s+as|considered|understood\s+as)\b",
    re.IGNORECASE,
)


_STUDY_WILL_RECORD = re.compile(
    r"^(?:the\s+)?(?:investigators?|study\s+(?:doctor|team|staff)|sponsor)\s+will\s+(?:record|document|note|collect)\b"
    # "One half of the study sample will be recruited from the general population of smokers via social media
    # advertisements" (NCT05440721, exports3: LOSSY, read as where everyone must come from): how the study finds people.
    r"|^(?:(?:one\s+)?half|a\s+third|one\s+third|\d+\s*%?)\s+of\s+(?:the\s+)?(?:study\s+)?(?:sample|participants|"
    r"subjects|patients)\s+will\s+be\s+(?:recruited|enrolled|drawn)\b",
    re.IGNORECASE,
)


# An allowance with no conditions of its own: no "if", "provided", "only", "not" before its first stop.
_UNCONDITIONAL = r"^(?![^.;]*\b(?:if|provided|as long as|given that|unless|only|not|no)\b)"
_PURE_ALLOWANCE = re.compile(
    _UNCONDITIONAL + r"[^.;:]{3,160}?\b(?:is|are|will be) (?:also )?"
    r"(?:allowed|permitted|acceptable)\b(?::.*|\s*\.?\s*)$",
    re.IGNORECASE,
)
# "HIV-infected patients on effective anti-retroviral therapy with undetectable viral load within 6 months are eligible
# for this trial" (NCT04267848, sample 12), "Men using oral hypoglycemic agents and/or insulin will be permitted into
# the trial": who may join too, not what everyone must have. (A study's own disease said so, "Subjects with active ALL
# ... are eligible.", is what everyone must have: only the groups studies commonly let in are read as allowances.)
# "eligible to participate", "eligible to take part in this study": let in.
_TO_TAKE_PART = r"\s+to\s+(?:participate|take part|join|enrol+)"
_ELIGIBLE_TOO = re.compile(
    _UNCONDITIONAL + r"(?:[^.;:()]|\([^()]*\)){3,200}?"
    r"\b(?:is|are|will be) (?:also )?(?:eligible|permitted)(?:\s+(?:for|to enter|into|in)\s+(?:this|the)\s+(?:trial|study)"
    r"|" + _TO_TAKE_PART + r"(?:\s+in\s+(?:this|the)\s+(?:trial|study))?"
    r"|\s+for\s+(?:inclusion|enrol+ment|participation))?\s*\.?\s*$",
    re.IGNORECASE,
)
# "Patients may be taking an HMG-coA-reductase inhibitor" (NCT03830164, sample 13): a medicine you may go on with.
_MAY_GO_ON_TAKING = re.compile(
    # ("Women can be taking hormone replacement therapy, tamoxifen, ...", NCT03729115, exports3)
    _UNCONDITIONAL
    + r"(?:(?:patients|participants|subjects|you|women|men)\s+)?(?:may|can)\s+(?:be\s+taking|continue(?:\s+(?:to\s+take|"
    r"taking))?|remain\s+on|be\s+on|take)\b",
    re.IGNORECASE,
)
# "With and without hypertension, Hypercholesteremia or DM" (NCT00297544, sample 12): either way you may join.
_WITH_OR_WITHOUT = re.compile(
    r"^(?:(?:patients|participants|subjects|men|women)\s+)?with\s+(?:and|or)\s+without\b", re.I
)
_ALLOWED_GROUP = re.compile(
    # ("Pregnant and nursing people are eligible to participate.", NCT06376032, exports4: WRONG under "could not join")
    r"\b(?:HIV|hepatitis|HBV|HCV|CNS|brain|metastases|Fitzpatrick|skin types?|insulin|hypoglycemic|pregnant|nursing|"
    r"breastfeeding|lactating)\b",
    re.IGNORECASE,
)


def _reads_apart(item: PlainItem) -> bool:
    """Not a reason to be left out: a requirement, a note, or an allowance standing as an item of its own."""
    text = _lone_words(item)
    return _is_requirement(text) or bool(
        (_NOTE.search(text) and not _UNLESS_BIRTH_CONTROL.search(text))
        or _ALLOWANCE_ITEM.match(text)
        or _ALLOWED_IF.match(text)
        or _NOTE_LABEL.match(text)
        or _NO_CONDITION.match(text)
        or (bool(_ALLOWANCE_HINT.search(text)) and _stands_as_allowance(sentences(text)[0].text))
        or bool(_WILL_NOT_EXCLUDE.search(text))
    )


# "Women with childbearing potential are defined as all women who are physiologically able to have a pregnancy, unless
# they are using an efficient contraceptive method ..." in the exclusion list (NCT03058094, sample 28: WRONG as a
# definition under "The study also says"): who it leaves out, and how to stay in.
_UNLESS_BIRTH_CONTROL = re.compile(r"\bunless\b[^.;]*\b(?:contracepti|birth control)", re.IGNORECASE)


# Who needs no test: "The following female patients ... do not need to undergo a pregnancy test ...:".
_NEED_NOT = re.compile(
    r"\b(?:do(?:es)?\s+not|don't|need\s+not|will\s+not)\s+(?:need\s+to\s+|have\s+to\s+)?(?:undergo|have|take|provide)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:tests?|testing|screening)\b|\b(?:are|is)\s+exempt(?:ed)?\s+from\b",
    re.IGNORECASE,
)
# "No known HIV+ or active hepatitis B or C infection ..." (NCT05282459), "No history of ...", "Not currently taking
# ...": a requirement written into the exclusion list; under "You cannot join if" it says the reverse. ("No reaction
# to PDE-5 inhibitors", "No effective contraception taken" are reasons, and stay.)
_NO_CONDITION = re.compile(
    r"^(?:No\b(?!\s+(?:reaction|response|responses|effective|adequate|availability|consent|signed|written|informed|"
    # ("No complete remission of malignancy including hepatocellular carcinoma within the past 12 months", NCT06079021,
    # exports10: WRONG under "The study also says"): a cancer not in remission is the reason itself
    r"ability|improvement|benefit|nerve[- ]sparing|(?:complete\s+|partial\s+|full\s+)?remission|"  # "No Nerve Sparing" names a surgery (NCT03343093, sample 18)
    # "No tissue diagnosis." (NCT06016452, sample 31: WRONG under "The study also says", read as none needed)
    r"tissue|histolog\w*|cytolog\w*|biops\w*|"
    # "No measurable or evaluable tumoral lesion" (NCT00791544, hint9: WRONG under "The study also says"): what the
    # study needs to measure, missing, is the reason itself.
    r"measurable|evaluable|"
    # "No candidate neoantigen identified during screening" (NCT02510950, hint2-1: LOSSY under "The study also says")
    r"(?:[\w-]+\s+){1,3}(?:identified|detected|found)\b|"
    # "No capacity to answer to follow-up calls", "No established (sexual) partner ..." (NCT05772143, NCT05883553,
    # moved-to-notes audit: WRONG, reasons read as notes)
    r"capacity|established|stable\s+partner|partner|"
    # "No spleen or functional spleen." (NCT04341389, ctparser1: WRONG under "The study also says"): an organ missing
    # is a condition, the reason itself
    r"(?:functioning\s+|functional\s+|working\s+)?(?:spleen|kidneys?|uterus|womb|ovaries|testes|testicles|gall\s*bladder|"
    r"thyroid|teeth|limbs?)|"
    # "No mailing address", "No SANE examination" (NCT05305235, exports1: WRONG under "The study also says"): what you
    # lack that the study needs is the reason itself.
    r"(?:[\w-]+\s+){0,2}(?:address|phone|telephone|transportation|transport|housing|home|insurance|internet|caregiver|"
    r"guardian|examination|exam)"
    # "No sexual assault nurse examiner (SANE) examination" (NCT05989841, exports8: WRONG under "The study also says")
    r"|(?:[\w-]+\s+){0,5}\([A-Z]{2,6}\)\s+(?:examination|exam))\b)"
    # (not "Not using safe contraception (if fertile woman)", NCT04280055, sample 32: WRONG under "The study also says")
    # ("Not undergone previous spinal surgery at the affected disc level(s)." among the exclusions, NCT04416321,
    # downloads1: WRONG under "could not join", read as the surgery's absence keeping you out)
    r"|Not\s+(?:currently|taking|taken|on|receiving|received|using|used|having|had|been|participated|undergone|underwent)\b"
    r"(?!\s+(?:\w+\s+){0,2}(?:contracepti|birth\s+control))"
    # "Has not participated in a clinical drug study within the last 30 days" (NCT00282607, sample 23: WRONG)
    r"|(?:(?:the\s+)?(?:subject|patient|participant)\s+)?(?:has|have|had|did)\s+not\s+(?:participated|taken\s+part|been\s+"
    r"(?:enrolled|involved|included))\b"
    r"|Never\b)",
    re.IGNORECASE,
)


def _is_allowance(text: str) -> bool:
    return bool(text) and bool(
        _ALLOWANCE_ITEM.match(text)
        or _ALLOWED_BUT_FOR.match(text)
        or _OFFERED_A_PLACE.match(text)
        or _WILL_NOT_EXCLUDE.search(text)
        or _MAY_GO_ON_TAKING.match(text)
    )


# "We will not exclude women if they have had previous cervical cancer screening because ..." (NCT01231945, trialgpt
# reading: under "all of these were true" it read as one more thing you must have): whom the study lets in; "Abnormal
# methacholine challenge tests will not exclude one from enrollment ..." among the exclusions (NCT00444236, hint2-1:
# WRONG under "could not join"): what does not keep you out.
_WILL_NOT_EXCLUDE = re.compile(
    r"^(?:we|the (?:study|investigators?|researchers?|study team))\s+(?:will|do|shall|would)\s+not\s+exclude\b"
    r"|\b(?:will|does|do|shall|would|should)\s+not\s+(?:exclude|disqualify)\s+(?:one|you|the\s+\w+|patients?|"
    r"subjects?|participants?|them|him|her)\b"
    # "Patients will not be excluded if they do not wish to participate in the second biopsy" (NCT00629343, hint4-1:
    # WRONG among the reasons to be left out)
    r"|^(?:the\s+)?(?:patients?|subjects?|participants?)\s+will\s+not\s+be\s+excluded\s+(?:if|because|for)\b"
    # "AREDS ... vitamins taken at standard doses are not considered an exclusion criterion." (NCT02613572, hint6-1:
    # WRONG among the reasons)
    r"|\b(?:is|are)\s+not\s+(?:considered|counted)\s+(?:as\s+)?(?:an?\s+)?exclusion(?:ary)?\b",
    re.IGNORECASE,
)


# "In addition, participants who do not complete the pivotal efficacy studies ... will be offered to enroll in this
# study for the purpose of ..." (NCT03107052, sample 22: under "all of these were true" it contradicted the rule to
# have completed one): another way in.
_OFFERED_A_PLACE = re.compile(
    r"^(?![^.;:]*\b(?:not|no|never|cannot)\s+be\s+offered\b)(?:[^.;:()]|\([^()]*\)){3,300}?\b(?:will|may|can)\s+"
    r"(?:also\s+)?be\s+(?:offered|invited)\s+to\s+(?:enrol+|participate|join)\b[^;]*$",
    re.IGNORECASE,
)


def _lets_in(item: PlainItem) -> bool:
    """An allowance in the study's words, or a group titled by one with its conditions under it ("Patients with
    eczema, psoriasis ... are permitted provided that they meet the following conditions:", NCT05798663)."""
    if item.text is None:
        return item.form == "original-words" and _is_allowance((item.children_title or "").rstrip(" :"))
    return _is_allowance(_lone_words(item))


def _mirrors_inclusion(item: PlainItem, inclusion_said: set[str]) -> bool:
    """An exclusion "No X" (or "Not X", "Never X") where the inclusion list asks for X in the same words ("not having
    or not attempting to have regular sexual intercourse" / "having or attempting to have ...", NCT01600066)."""
    words = _lone_words(item)
    found = _NO_CONDITION.match(words)
    return found is not None and (
        _folded(words[found.end() :]) in inclusion_said
        or _folded(_NEGATION.sub("", words)) in inclusion_said
        or _asked_with(_folded(words[found.end() :]), inclusion_said)
    )


def _asked_with(rest: str, inclusion_said: set[str]) -> bool:
    """The inclusion list asks for the "No X" item's first word with it ("No pain reported at the time of management
    or diagnosis" / "Patient with pain at inclusion, or pain at diagnosis", NCT05664230, sample 28: WRONG as a note
    that read as a rule to have no pain), in an item that negates nothing."""
    first = rest.split(" ", 1)[0]
    if len(first) < 3 or first in _NOT_A_SUBJECT:
        return False
    wanted = re.compile(rf"\b(?:with|have|has|having)\s+{re.escape(first)}\b")
    return any(wanted.search(said) and not _NEGATED.search(said) for said in inclusion_said)


_NOT_A_SUBJECT = frozenset(
    {"known", "history", "prior", "previous", "current", "active", "other", "any", "more", "the"}
)
_NEGATED = re.compile(r"\b(?:no|not|without|negative|free|never)\b")


_NEGATION = re.compile(r"\b(?:not|no|never)\s+", re.IGNORECASE)


def _folded(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _lone_words(item: PlainItem) -> str:
    """The text of an item in the study's words with nothing under it; "" for any other item."""
    return (item.text or "") if item.form == "original-words" and not item.children else ""


# An allowance as a list item of its own ("Prophylactic use of antibiotics is allowed.", "Patients who progressed
# ... are not excluded."): under "You cannot join if" it reads as one more reason. Its main clause says so (no
# colon or stop before it: "Infections, with the following exception: ... are eligible" is a reason with its
# exception), with nothing after it but its conditions; "will not be eligible" is a reason after all.
_ALLOWANCE_ITEM = re.compile(
    r"^(?![^.;:()]*\b(?:not|no|never|cannot)\b[^.;:()]*\b(?:eligible|allowed|permitted|acceptable|enrolled|included)\b)"
    r"(?![^.;:]*?(?:\b(?:excluding|except|other than|unless|exception|requires?|or are|or is)\b|\s[-–]\s))"
    # "Patients who had previously been treated with ALK-TKI, but who had ... only as neoadjuvant ... could be enrolled"
    # (NCT06644495, sample 47: LOSSY, the reason gone with its allowance): a reason, then whom it spares.
    r"(?![^.;:]*?,\s*but\s+(?:who|those|patients|participants|subjects)\b)"
    r"(?:[^.;:()]|\([^()]*\)){3,240}?\b(?:is|are|will be|may be|can be|could be|would be)\s+(?:also\s+|still\s+)?"
    # "Donors determined to be ineligible based on ... Zika virus screening may be determined to be eligible if:"
    # (NCT05507827, sample 20: its conditions stood under "could not join")
    r"(?:(?:determined|deemed|considered|found)\s+(?:to\s+be\s+)?)?"
    r"(?:eligible|allowed|permitted|acceptable|not excluded|enrolled|included"
    # "Patients with history of diseases stimulated by heat, such as recurrent Herpes Simplex ..., may be treated only
    # following a prophylactic regimen." (NCT06299332, sample 46: WRONG under "You cannot join if"): they may join.
    r"|treated(?=\s+only\s+(?:if|after|following|when|with)\b)"
    # "Individual background therapy, ... that could not be discontinued ..., may be given at the discretion of the
    # Investigator, with a stable dose ..." (NCT02411825, hint2: WRONG under "You cannot join if"): a medicine let in.
    r"|(?:given|continued)(?=\s+(?:at\s+the\s+discretion|if|only\s+if|provided|as\s+long\s+as)\b)"
    # "General Anxiety Disorder/social anxiety can be present as long as they are not the main disorder being treated"
    # (NCT04770285, exports5: WRONG under "You cannot join if"): a condition let in.
    r"|present(?=\s+(?:if|only\s+if|provided|as\s+long\s+as)\b))\b"
    r"(?:\s+(?:if|only if|provided|as long as|when|regardless|despite|after|prior to|before)\b[^;]*"
    # "Patients with prior malignancy are eligible however patient must either be in remission ..." (NCT03974217,
    # downloads7: WRONG under "could not join"): allowed, on conditions.
    r"|,?\s+however,?\s+(?:the\s+)?(?:patients?|participants?|subjects?|they)\s+(?:must|should|need)\b[^;]*"
    r"|(?:(?<=given)|(?<=continued))\s+at\s+the\s+discretion\b[^;]*"
    r"|\s+only\s+(?:after|following|when|with)\b[^;]*"
    r"|\s+for\s+(?:this|the)\s+(?:study|trial|sub-study|sub-protocol|protocol)\b[^;]*"
    r"|\s+for\s+(?:inclusion|enrol+ment|participation|entry)\b[^;]*"
    # "Pregnant and nursing people are eligible to participate." (NCT06376032, exports4: WRONG under "could not join")
    r"|" + _TO_TAKE_PART + r"\b[^;]*)?\s*\.?\s*$",
    re.IGNORECASE,
)

# An allowance with its own exception after it ("Subjects with a history of surgical procedures for the treatment of
# benign prostate hypertrophy are permitted, with the exception of cryosurgery ...", NCT02225548): under "You cannot
# join if" it reads as a reason. (No "except" before the verb: "Infections, with the following exception: ... are
# eligible" is a reason with its exception.)
_ALLOWED_BUT_FOR = re.compile(
    r"^(?![^.;:]*?\b(?:except|exception|unless)\b[^.;:]*?\b(?:permitted|allowed|eligible)\b)"
    r"(?![^.;:()]*\b(?:not|no|never|cannot)\b[^.;:()]*\b(?:permitted|allowed|eligible|acceptable)\b)"
    r"(?:[^.;:()]|\([^()]*\)){3,240}?\b(?:is|are|will be|may be|can be)\s+(?:also\s+)?"
    r"(?:permitted|allowed|eligible|acceptable|not excluded)\b"
    r",?\s+(?:with the exception of|except(?: for)?|other than|but not"
    # "Prior therapy with venetoclax and obinutuzumab is allowed but Richter should not have developed while ..."
    # (NCT05536349, sample 19: WRONG under "could not join"): allowed, on a condition.
    r"|but\s+[^.;]*?\b(?:should|must)\s+not)\b[^.;]*\.?\s*$",
    re.IGNORECASE,
)

# What is allowed and on what terms: "Brain metastases may be treated or untreated, but participants must be
# asymptomatic and off steroids ..." (NCT05984277, after "Symptomatic brain metastases."): no reason to be left out.
_ALLOWED_IF = re.compile(
    r"^[^.;:()]{3,120}?\b(?:may|can) be\b[^.;:()]{1,80},\s*but\s+(?:the\s+)?(?:patients?|participants?|subjects?)\s+"
    r"(?:must|should)\b",
    re.IGNORECASE,
)


def _notes_apart(item: PlainItem) -> tuple[PlainItem, list[PlainItem]]:
    """The notes nested under an exclusion ("A negative COVID-19 test is defined as ...", "Testing ... may be
    adjusted to ... guidelines"): under it they would read as more reasons to be left out. Not from an exception,
    whose members are the conditions of the allowance."""
    if not item.children or item.children_joins == "except":
        return item, []
    # Under a group's title, a requirement too ("Patients with a significant cardiac history, even if controlled,
    # should have LVEF ≥ 50%", NCT05714891); under an item's own sentence it may be a condition of that item.
    notes = [
        child
        for child in item.children
        # ("Has a known history of HIV infection. The test should be performed within 28 days ...", NCT05879653,
        # downloads1: LOSSY, apart it no longer said which test: it stays under the sentence it points back to)
        if (_NOTE.search(_lone_words(child)) and not THE_TEST_BEFORE.match(child.text or ""))
        or (item.text is None and _is_requirement(_lone_words(child)))
        or bool(_SCOPED_LIMIT.match(_lone_words(child)))
        # "Post-menopausal women are defined as (any one of these):" (NCT02795884, sample 11: WRONG under "could not
        # join"): a definition's group is a note, its members with it.
        or (child.text is None and bool(_DEFINED_AS.search(child.children_title or "")))
        # "Patients with past or resolved hepatitis B infection (...) are eligible." under "Known clinically significant
        # liver disease, including ...:", "Paracetamol for analgesia will be allowed." (sample 12): who or what is let in
        # after all, which under "could not join" reads as one more reason.
        # (Not from a list of alternatives: "Hepatitis C virus (anti HCV positive)" ran into its footnote's "A history of
        # hepatitis B or hepatitis C is permitted if ...", NCT05507827, and is still one of them.)
        or (item.children_joins != "any" and _lets_in(child))
    ]
    if len(notes) == len(item.children) and item.text is None:  # a group of notes only: keep it whole
        # ... unless they are all allowances, or its title is a reason of its own ("Patients who have been determined
        # inappropriate by the investigator, etc" over a footnote, NCT05923281): the title is then the reason, said alone.
        if item.children_title and (
            all(_lets_in(child) for child in notes)
            or _A_REASON_TITLE.match(item.children_title)
            # (the QTc reason over its stricter limit for one phase, NCT01116648: the reason stands, the limit apart)
            or all(_SCOPED_LIMIT.match(_lone_words(child)) for child in notes)
        ):
            return _said_alone(item, item.children_title.rstrip(" :")), notes
        return item, []
    # A list the rest of a note's criterion leads goes with it ("... refers to a woman who ... However, it does not apply
    # if any of the following is met:" and its members, NCT05923281).
    noted = {note.source_ids[-1] for note in notes if note.source_ids}
    notes += [
        child
        for child in item.children
        if child not in notes and child.text is None and child.source_ids[-1:] and child.source_ids[-1] in noted
    ]
    notes.sort(key=item.children.index)
    stay: list[PlainItem] = []
    for child in item.children:
        if child not in notes:
            child, deeper = _notes_apart(child)
            stay.append(child)
            notes.extend(deeper)
    if not notes:
        return item, []
    if not stay:
        # what titled the notes is a reason of its own
        reason = item.children_title.rstrip(" :") if item.text is None and item.children_title else item.text
        return _said_alone(item, reason), notes
    return item.model_copy(update={"children": stay}), notes


# "NOTE: Sinus bradycardia of 50-59 bpm is permissible ...", "NOTE: Other protocol-defined ... criteria apply": a note
# the study labels as one, whatever it says.
_NOTE_LABEL = re.compile(r"^(?:note|nb|n\.b\.)\s*:", re.IGNORECASE)
# A lead-in whose list is a note's ("... during study period Note: Acceptable contraceptive forms include:").
_NOTE_IN_LEAD = re.compile(r"(?<=\w)\s+(?=Note\s*:\s*[^:]+?\b(?:include|includes|are|is)\s*:?\s*$)")


# A definition ("Post-menopausal women are defined as ..."): a note, and a group titled so is one too.
_DEFINED_AS = re.compile(r"^[^.;:()]{0,80}?\b(?:is|are) defined as\b", re.IGNORECASE)
# Who counts as a woman who could get pregnant, or as past menopause: "A female of childbearing potential is a sexually
# mature female who:" (NCT04267848), "Postmenopausal women are defined as:". (An inclusion's "Localized prostate
# cancer is defined as:", NCT00090376, defines what you must have: its members are rules.)
_WHO_COUNTS_AS = re.compile(
    r"^(?:an?\s+)?(?:(?:post-?\s?menopausal|non-childbearing)\s+)?(?:females?|wom[ae]n|patients?|participants?|subjects?)"
    r"\s+(?:\([^()]*\)\s+)?(?:of\s+(?:child-?\s?bearing|reproductive)\s+potential\s+(?:\([^()]*\)\s+)?)?"
    r"(?:is|are)\s+(?:an?|any|those|defined as|considered)\b[^.;:]*:\s*(?:\([^()]*\):?)?\s*$",
    re.IGNORECASE,
)
# Advice for the study (NCT02759614, sample 24: "The use of contact lenses is not recommended during the study. The
# decision to continue to wear contact lenses should be discussed with ..." inside an eye reason): no reason.
_ADVICE = re.compile(
    r"^(?:the )?use of [^.;]{1,60}\b(?:is|are) not recommended during the study\b"
    r"|^the decision to (?:continue|stop|start)\b[^.;]{1,120}\bshould be discussed with\b",
    re.IGNORECASE,
)
# What the study says about its criteria or tests, not a condition of a person's: a definition, when the criteria
# are checked, a test that may be adjusted or is not needed.
_NOTE = re.compile(
    _DEFINED_AS.pattern
    + r"|^(?:all )?(?:the )?(?:exclusion|inclusion|eligibility) criteria (?:will|must|shall|should) be\b"
    r"|^(?:other|additional|further) (?:exclusion|inclusion|eligibility) criteria (?:apply|may apply|"
    r"(?:are|is) (?:listed|described|given|detailed|found|specified))\b"  # "... are listed in Section 4.2" (NCT01054859)
    r"|^\d+ (?:additional|other|more) (?:exclusion|inclusion|eligibility) criteria\s*\.?\s*$"
    # How the study judged or checked (NCT02450188: "Testosterone levels has been considered normal for plasma levels
    # ≥ 12 nmol/L", "The presence of ... was assessed by clinical interviews"): no condition of the patient's.
    r"|^[^.;:()]{0,60}?\b(?:is|are|was|were|has been|have been) considered (?:normal|abnormal)\b"
    # advice to the study's doctors (NCT02387086, sample 29: WRONG as a reason to be left out, "Caution should be taken
    # on treating patients with low dose heparin ...")
    r"|^caution\s+(?:should|must|will|is\s+to)\s+be\s+(?:taken|exercised|used|applied)\b"
    # "Of note if any values are outside the acceptable range ..., candidates may still participate ..." as a member of
    # "... labwork showed any of the following:" (NCT04570475, allowance audit: read as one more reason)
    r"|^of\s+note\b"
    # "*An unstable illness is any illness that is currently not being treated ..." (NCT05232279, sample 41: one more
    # reason you cannot join): the footnote a criterion's mark points to, saying what its words mean.
    r"|^\*+\s*(?:an?\s+|the\s+)?[\w/ -]{2,60}?\s+(?:is|are|means)\s+(?:any|an?|the|defined\s+as|considered)\b"
    # The footnotes "*1", "*2" of an exclusion point to, typed under the list's last item (NCT05923281, downloads1:
    # WRONG, "1 Acceptable contraceptive methods: oral, ..." and "2 Woman of childbearing potential refers to a woman
    # who ..." read as reasons to be left out): the methods a study accepts, and what its words mean.
    r"|^(?:\*?\d\s+)?(?:acceptable|approved|allowed|permitted)\s+(?:contraceptive|birth\s+control)\s+(?:methods?|forms?)\b[^.;:]{0,40}:"
    r"|^(?:\*?\d\s+)?(?:an?\s+|the\s+)?[\w/ -]{2,60}?\s+refers?\s+to\s+(?:an?|any|all|the|those|women|men|patients)\b"
    r"|\b(?:was|were) assessed(?: (?:by|with|using)\b|\s*\.?\s*$)"
    # What to do with medicines around the procedure (NCT03849365: "Anticoagulant medicinal products ... should be
    # stopped at least 10 days before the procedure"): an instruction, not a reason to be left out.
    r"|^(?:[^.;:()]|\([^()]*\)){0,160}?\b(?:should|must) (?:not )?be (?:stopped|discontinued|withheld|interrupted)\b"
    r"[^.;:]{0,40}?\bbefore\b"
    r"|\bmay be adjusted to\b"
    # "However, if a subject develops choroidal neovascularization in the study eye during the study, then ... will
    # continue to stay in the study ..." (NCT02613572, hint6-1: WRONG as a reason to be left out): what happens later.
    r"|^however,?\s+if\b[^.;]{0,200}?\bduring\s+the\s+(?:study|trial)\b"
    # "Permission should be obtained from the sponsor of the study" after "Observational studies are allowed."
    # (NCT02172534, hint6-1: WRONG as a reason): the allowance's condition, for the study's doctors.
    r"|^permission\s+(?:should|must|will)\s+be\s+obtained\b"
    # a bare link left in the list (NCT06797245, exports3: shown as a reason you could not join)
    r"|^https?://\S+$"
    # The record's key to its abbreviations (NCT06705023, exports4)
    + r"|"
    + _ABBREVIATION_KEY.pattern
    # "Females of childbearing potential will complete a urine pregnancy test at their baseline visit to rule out
    # pregnancy" (NCT06614309, exports4: WRONG, read as keeping out every woman who could get pregnant)
    + r"|\bwill\s+(?:complete|have|take|undergo)\s+an?\s+(?:urine\s+|serum\s+|blood\s+)?pregnancy\s+test\b"
    # "At discretion of the PI, laboratory tests may be repeated once ..." (NCT06325202, exports3: WRONG, the footnote of
    # the starred lab limits under the last exclusion read as one more reason): how the study tests.
    r"|^(?:at\s+(?:the\s+)?discretion\s+of\s+(?:the\s+)?(?:PI|investigator|study doctor)s?\b[^.;]{0,20},\s*)?"
    r"(?:the\s+)?(?:laboratory|lab|screening|blood)\s+(?:tests?|values?|assessments?)\s+may\s+be\s+repeated\b"
    # Who decides an exception (NCT01100021: "Inclusion of a subject with out of normal range laboratory values must be
    # approved by VIVUS prior to subject enrollment"): no reason to be left out.
    r"|^(?:the )?(?:inclusion|enrollment|enrolment) of (?:a |any |the )?(?:subjects?|patients?|participants?)\b[^.;]{0,120}?"
    r"\b(?:must|should|will|may|needs? to) be (?:approved|discussed|reviewed|agreed)\b"
    # A test the study does (NCT03165734: "For patients in France, Czech Republic, and Italy only: testing for HIV is
    # required during Screening"): no reason to be left out.
    r"|^(?:for [^.;:]{1,80}:\s*)?testing (?:for|of) [^.;]{1,60}\b(?:is|are|will be) (?:required|mandatory|performed|done)\b"
    # A pointer to the protocol (NCT02650414: "For additional details regarding the use of steroids ..."): no reason.
    r"|^for (?:additional|further|more) (?:details|information)\b"
    # "A pregnancy test should be performed within 14 days prior to the first dose" (NCT01207128, trialgpt reading):
    # a test the study does, no reason to be left out.
    r"|^(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:test|scan|examination|exam|assessment|ECG|x-ray)s?\s+"
    r"(?:should|must|will|shall)\s+be\s+(?:performed|done|obtained|carried out|repeated|taken)\b"
    # "Pregnancy or lactation. Urgent pregnancy test to exclude pregnancy before inclusion in the study" (NCT04344951,
    # ctparser1: WRONG, the test stood as one more reason to be left out): the test the study does to rule it out.
    r"|^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:pregnancy|urine|serum|blood|hcg|β-hcg)\s+test\s+to\s+(?:exclude|rule out|confirm)\b"
    # What the study will do (NCT00244023: "HbA1c will be checked at screening for each diabetic patient"): no reason.
    r"|^[^.;:()]{0,60}?\bwill be (?:checked|measured|assessed|tested|evaluated|reviewed|obtained|done)\b"
    # "All herbal medicines (eg, St. John's wort), vitamins, and supplements consumed ... will be reviewed by the
    # Principal Investigator and the Amgen Medical Monitor" (NCT03633708): who looks at them, no reason to be left out.
    r"|^(?:[^.;:()]|\([^()]*\)){0,250}?\bwill be reviewed by\b"
    r"|^however,? no\b[^.;]{0,80}?\b(?:is|are) required\b|"
    + _ADVICE.pattern
    # "Patients known to have tested positive for HIV, ... will be evaluated by an expert as to patient eligibility"
    # (NCT02087397, sample 27: WRONG under "could not join"): a case-by-case review, no reason to be left out.
    + r"|\bwill be evaluated by (?:an? )?(?:expert|specialist|physician)s?\b[^.;]{0,40}\beligibility\b"
    # "A score of 1 or more on the suicide ideation item of the PHQ-9 will trigger a risk assessment." (NCT04040387,
    # exports9: WRONG as one more reason): what the study does next, no reason to be left out.
    r"|\bwill\s+(?:trigger|prompt|lead\s+to|result\s+in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:assessment|evaluation|"
    r"referral|review|interview|follow-up|question)s?\b"
    # "Subjects in Part B will have Non-Small Cell Lung Cancer (NSCLC)", "Part B/Cohort II subjects who have experienced
    # disease progression while receiving erlotinib" among the exclusions (NCT00329004, hint7: WRONG x2 under "could not
    # join"): who a part of the study is for, no reason to be left out.
    r"|^(?:subjects|patients|participants)\s+in\s+(?:part|cohort|arm|group)\s+[\w/-]{1,12}\s+will\s+(?:have|be)\b"
    r"|^(?:part|cohort|arm|group)\s+[\w/ -]{1,20}?\s+(?:subjects|patients|participants)\s+who\s+(?:have|had|are)\b"
    # ("Part B/Cohort I erlotinib-naive subjects", the line before it: a label and whom it names)
    r"|^(?:part|cohort|arm|group)\s+\w+(?:\s*/\s*(?:part|cohort|arm|group)\s+\w+)?\s+(?:[\w-]+\s+){1,3}"
    r"(?:subjects|patients|participants)\s*\.?\s*$"
    # "Confirmation that none of the Trial Registration exclusion criteria listed in Section 5.3.2 are met."
    # (NCT03740893, exports9: WRONG under "could not join", read as being clear of them keeping you out)
    r"|^(?:confirmation|confirmed?|verification)\s+that\s+(?:none|no\s+one)\s+of\s+(?:the\s+)?[^.;]{0,60}?"
    r"\bexclusion\s+criteri",
    re.IGNORECASE,
)


# "For patients enrolled in the Phase 1-T portion of the protocol, the QTc should not exceed 470 msec" under the QTc
# exclusion (NCT01116648, hint6-1: WRONG, read as keeping out those below it): a limit for some, said as a requirement.
_SCOPED_LIMIT = re.compile(
    r"for\s+(?:patients?|subjects?|participants?)\b[^.;:]{0,120},\s*(?:the\s+|their\s+)?[\w-]+(?:\s+[\w-]+){0,3}\s+"
    r"(?:should|must)\s+not\s+(?:exceed|be\s+(?:more|greater|higher|less|lower))\b",
    re.IGNORECASE,
)


def _is_requirement(text: str) -> bool:
    return bool(_REQUIREMENT_ITEM.match(text)) and not _NOT_REQUIREMENT.search(text)


# "At least 14 days since last dose of ..." among the exclusions (NCT02151981, hint4: WRONG as "It has been at least 14
# days since ..." under "could not join"): a wait the study requires, in the wrong list.
_WAIT_SINCE = re.compile(
    r"(?:at least|a minimum of|≥)\s*\d+\s*(?:days?|weeks?|months?|years?)\s+(?:have\s+(?:passed|elapsed)\s+)?since\b",
    re.IGNORECASE,
)


# Its main clause is a requirement: "Women of childbearing potential and men must agree to ...", "CHEMOTHERAPY: At
# least 7 days must have elapsed ..." (not a condition with a "must" in a note or a bracket).
_REQUIREMENT_ITEM = re.compile(
    # ("As such, the patient must have completed any prior treatment for CNS metastases ...", NCT01717898, hint8: WRONG)
    r"^(?:[A-Z][A-Z ,/&-]+:\s*)?(?:(?:as such|therefore|in addition|also|furthermore),?\s+)?(?:if\b[^.;]{0,120}?,\s*)?"
    # ("All transplant participants must have discontinued ...", NCT05326516, sample 27: WRONG under "could not join")
    r"(?:(?:the |all )?(?:transplant |transplanted |male |female |sexually active |eligible )?(?:patients?|subjects?|"
    r"participants?|women|men|females?|males?|those|"
    # (not past a colon: "The subject is allergic to adhesives ...: they should be alerted that a rash may occur",
    # outside sample 2: WRONG, the reason moved to the notes)
    r"individuals?)\b[^.;:()]{0,80}?\b(?:must|should|shall|agrees? to|willing to|(?<!\bthe )needs? to|ha(?:ve|s) to|"
    # "Participants will be required to stop all erection medicines ...", "Patients are required to have the following
    # washout periods ..." (NCT04720755, NCT05536349, requirements audit: read as reasons to be left out)
    r"(?:will be |are |is )required to"
    # "Individuals will have no evidence of previous virologic failure on a PI/r ..." among the exclusions (NCT02616783,
    # hint5-1: WRONG, read as keeping out those without it)
    r"|will\s+have\s+no)\b"
    r"|" + _SCOPED_LIMIT.pattern +
    # "If a heart attack happened in the past 6 months, successful reperfusion has to be documented ..." (NCT04318938)
    r"|if\b[^.;]{0,120}?,\s*[^.;()]{0,80}?\bha(?:s|ve) to be\b"
    # "Baseline brain imaging ... for participants with known brain metastases is required to confirm eligibility"
    # among the exclusions (NCT02134886, hint4-1: WRONG, read as keeping out those with brain metastases)
    r"|[^.;]{0,200}?\b(?:is|are)\s+required\s+to\s+confirm\s+(?:eligibility|the\s+diagnosis)\b"
    # "Patients who are positive for hepatitis B core antibody, but negative for the hepatitis B surface antigen, should
    # be on lamivudine 100 mg daily until ..." (NCT02038153, hint3-1: WRONG under "could not join"): a medicine to take.
    r"|(?:patients?|subjects?|participants?)\s+who\s+[^.;:()]{0,160}?\b(?:should|must)\s+(?:be\s+on|take|receive)\s+"
    r"(?!part\b)[a-z]+\s+\d"
    # "If profession requires being on call, no overnight or on call duties during the study" (NCT04349059, sample 32:
    # WRONG under "could not join"): a rule for the study's time, said as "no X during the study".
    r"|if\b[^.;]{0,120}?,\s*no\s[^.;()]{0,80}?\bduring\s+(?:the|this)\s+(?:study|trial)\b"
    # "History of seasonal asthma exacerbations, in which case the subject should be studied outside of the relevant
    # allergen season" (NCT04912596, sample 38: WRONG under "could not join"): when to take part, not a reason.
    r"|[^.;]{0,160}?,\s*in which case\b[^.;]{0,60}?\b(?:should|must|will|can|may)\s+(?:only\s+)?be\s+(?:studied|"
    r"enrolled|screened|randomi[sz]ed|included|treated|seen)\b"
    # "At least 21 days or 5 times the half-life (whichever is shorter) from prior treatment ... must have elapsed"
    r"|(?:at least|a minimum of)\s(?:[^.;()]|\([^()]*\)){0,200}?\bmust\b"
    r"|" + _WAIT_SINCE.pattern +
    # "Once subjects on the ... arm are determined to have objective radiological progression ..." (NCT02151981): when
    # the rules under a group start to apply
    r"|once\s+(?:the\s+)?(?:subjects?|patients?|participants?)\b[^.;]{0,120}?\b(?:are|is|have|has)\s+(?:been\s+)?"
    r"(?:determined|confirmed|shown|found|documented)\b"
    # "Willingness not to use any other application which collects heart rate data ..." among the exclusions
    # (NCT03828656, exports5: WRONG under "could not join", read as the willingness keeping you out)
    r"|(?:willingness|agreement)\s+(?:not\s+)?to\b"
    # "Hyponatremia should not be the result of any medication that can safely be withdrawn." among the exclusions
    # (NCT01386372, hint2-1: WRONG, read as keeping out those whose low sodium is not a medicine's)
    r"|(?:[^.;:()]){1,80}?\b(?:should|must)\s+not\s+be\s+(?:the\s+result\s+of|caused\s+by|due\s+to|secondary\s+to)\b"
    # "Treatment for osteoporosis such as bisphosphonates (...) must be at stable dosages for at least 3 months prior to
    # Screening" among the exclusions (NCT00521989, hint8: WRONG, the treatment read as keeping you out)
    # (not "However, patients receiving corticosteroids must have been on a stable dosage ...", the condition of the
    # exception before it, NCT00703807)
    r"|(?!\W*(?:however|but)\b)(?:[^.;:()]|\([^()]*\)){1,200}?\b(?:must|should)\s+(?:be|have\s+been)\s+(?:at|on)\s+"
    r"(?:a\s+)?stable\s+dos"
    # ("must have been completed more than 7 days prior", NCT01033032, hint3: WRONG under "could not join")
    r"|(?:[^.;()]|\([^()]*\)){0,120}?\bmust (?:have )?be(?:en)? completed\b"  # "Palliative limited field radiation must be completed 7 days prior ..."
    # "Concurrent malignancy must be in complete remission ...", "For participants with therapy-related leukemia,
    # primary disease must be in remission for 1-year ..." after an other-cancer reason (NCT05326516, sample 27: WRONG
    # under "You cannot join if"): the state a cancer let in must be in.
    r"|(?:for (?:participants?|patients?|subjects?) with [^.;,()]{1,80},\s*)?"
    r"(?:(?!\b(?:who|that|which|if|when)\b)[^.;:()]){1,60}?\bmust (?:have )?be(?:en)? in (?:complete |full )?remission\b"
    # A limit on a test's value: "ALT must be within the normal range", "Serum bilirubin must not exceed 1.2 x ULN"
    # (NCT02619617, sample 20: WRONG under "could not join").
    # "Headache freedom from migraine has to be at least one year before the study" (NCT04970355)
    r"|(?:(?!\b(?:who|that|which|if|when)\b)[^.;:()]){1,60}?\b(?:must|should|ha(?:s|ve) to)\s+(?:not\s+exceed|be\s+(?:within|"
    r"below|above|less than|greater than|lower than|higher than|under|over|at least|at most|no more than|[≤≥<>]))\b)",
    re.IGNORECASE,
)


# "must not", "should not": a reason to be left out after all, whatever list it is in.
# ... except "must not be eligible for" a treatment (NCT02227251: "Participants must not be eligible for high-dose
# chemotherapy with autologous stem cell transplantation rescue"): not being a candidate is what is required.
_NOT_REQUIREMENT = re.compile(
    r"\b(?:must|should|shall) not\b(?! be (?:eligible|a candidate|candidates|suitable) for\b| exceed\b"
    r"| be (?:the result of|caused by|due to|secondary to)\b)|\bunwilling\b"
    r"|\bnot (?:agree|willing)"
    # "Patient does not complete or agree to ...", "... are not eligible to participate even if they are willing to
    # washout ..." (NCT02637648), "Patient or partner willing to undergo a surgical procedure ..., which may interfere in
    # the results" (NCT00882934, sample 9: shown as a note it read as something the study asks): reasons after all.
    r"|\b(?:does|do|did|is|are) not\b|\bnot eligible\b"
    r"|\bwhich (?:may|might|could|would) (?:interfere|affect|confound|compromise|influence)"
    # the "must" of a relative clause: "Patients suffering from Peyronie's Disease who must undergo simultaneous plaque
    # surgery" (NCT06147791, moved-to-notes audit: WRONG, a reason read as a note)
    r"|^[^.;]{0,80}\b(?:who|that|which) (?:must|will need to|need to|needs to|ha(?:ve|s) to) undergo\b"
    # "Patients who must continue HMG-CoA reductase inhibitor therapy ... during the study treatment period"
    # (NCT00540072, trialgpt reading: WRONG, a reason moved to "The study also says"): who they are, not a rule.
    r"|^[^.;]{0,80}\b(?:who|that) (?:must|will need to|need to|needs to|ha(?:ve|s) to) (?:continue|keep|stay on|remain on)\b"
    # "Patients who must be operated urgently." (NCT01811251, downloads1: WRONG, moved to "The study also says"): the
    # people an item opens on are who it is about, whatever their "must".
    r"|^(?:the\s+)?(?:patients?|subjects?|participants?|individuals?|people|persons?|women|men|those)\s+(?:who|in\s+whom,?(?:[^.;]{0,80}?,)?)\s+"
    r"(?:must|will need to|need to|needs to|ha(?:ve|s) to|should)\b"
    # "Patient must take medication for arrhythmia" among the exclusions (NCT00768521, hint3-1: WRONG, moved to "The
    # study also says" where it read as a requirement): needing a medicine for an illness is the reason.
    r"|\b(?:must|needs? to|ha(?:ve|s) to)\s+(?:take|use|receive)\s+(?:[\w-]+\s+){0,2}?(?:medications?|medicines?|"
    r"drugs?|treatment)\s+for\b",
    re.IGNORECASE,
)


def _section_items(section: CriteriaSection) -> list[PlainItem]:
    children: dict[str, list[Criterion]] = {}
    tops = []
    for criterion in section.criteria:
        if criterion.parent_id is None:
            tops.append(criterion)
        else:
            children.setdefault(criterion.parent_id, []).append(criterion)
    items: list[PlainItem] | None
    if _SOMEONE_ELSE.search(f"{section.heading or ''} {section.scope or ''}"):
        # "Partner Inclusion Criteria", "Donor Exclusion Criteria": rules for another person. Rewritten to "you", the
        # partner's "Female and at least 18 years old" read as the patient's (NCT00833638); the study's words stay.
        items = [item for criterion in tops for item in _in_their_words(criterion, children, section.kind, ())]
    else:
        items = _sets_apart(tops, children, section.kind)
    if items is None:
        alternatives = {run[0].id: run for run in alternative_diagnoses(tops)} if section.kind == "inclusion" else {}
        in_a_run = {criterion.id for run in alternatives.values() for criterion in run}
        either: dict[str, tuple[list[Criterion], str]] = {}
        if section.kind == "inclusion":
            either = {run[0].id: (run, _EITHER_TITLE) for run in _joined_by_or(tops, children, in_a_run)}
            taken = in_a_run | {criterion.id for run, _ in either.values() for criterion in run}
            either |= {run[0].id: (run, _GROUPS_TITLE) for run in _patients_and_comparison_group(tops, children, taken)}
            taken |= {criterion.id for run, _ in either.values() for criterion in run}
            either |= {run[0].id: (run, _DIAGNOSES_TITLE) for run in _labelled_diagnoses(tops, taken)}
            taken |= {criterion.id for run, _ in either.values() for criterion in run}
            either |= {run[0].id: (run, _EITHER_TITLE) for run in _men_or_women_not_pregnant(tops, taken)}
            taken |= {criterion.id for run, _ in either.values() for criterion in run}
            either |= {run[0].id: (run, _GROUPS_TITLE) for run in _groups_that_differ_by_a_non(tops, taken)}
            taken |= {criterion.id for run, _ in either.values() for criterion in run}
            either |= {run[0].id: (run, _GROUPS_TITLE) for run in _labelled_cohorts(tops, children, taken)}
            taken |= {criterion.id for run, _ in either.values() for criterion in run}
            either |= {run[0].id: (run, _EITHER_TITLE) for run in other_ways_in(tops, taken)}
        in_a_run |= {criterion.id for run, _ in either.values() for criterion in run}
        items = []
        for criterion in tops:
            if criterion.id in alternatives:
                items.append(_alternatives_group(alternatives[criterion.id], children, section.kind))
            elif criterion.id in either:
                run, run_title = either[criterion.id]
                items.append(_alternatives_group(run, children, section.kind, run_title))
            elif criterion.id not in in_a_run:
                items.extend(_criterion_items(criterion, children, section.kind, ()))
        if section.kind == "inclusion":
            items = _reproductive_potential_pairs(_cohorts_with_their_own_lists(items))
        items = unmarked_choices_cautioned(items, tops, children)
        if section.kind == "exclusion":
            items = cured_cancers_cautioned(items)
        if section.kind == "inclusion":
            items = both_kinds_cautioned(items)
        items = cut_off_cautioned(items)
    title = _section_title(section)
    if title is None:
        return items
    # The preamble titles the items up to a later title line said the same way for another phase or group, which
    # stands beside it, not inside it.
    end = _next_alike_title(items, section.preamble or "")
    return [
        PlainItem(
            kind=section.kind,
            text=None,
            source_ids=[],
            children_title=title,
            children_joins="heading",
            children=items[:end],
        ),
        *items[end:],
    ]


_ALIKE_OPENING = 6  # words


def _next_alike_title(items: list[PlainItem], preamble: str) -> int:
    """Where a group titled as the preamble opens ("Subjects have to fulfill all of the following criteria before
    being included in the double blind treatment phase:" after the same for the open-label run-in phase, NCT05196308,
    sample 40: the double-blind phase's criteria read as part of the run-in's); len(items) if none."""
    opening = _folded(preamble).split()[:_ALIKE_OPENING]
    for index, item in enumerate(items):
        title = _folded(item.children_title or "").split()
        if index and item.text is None and len(opening) == _ALIKE_OPENING and title[:_ALIKE_OPENING] == opening:
            return index
    return len(items)


def _in_their_words(
    criterion: Criterion, children: dict[str, list[Criterion]], kind: Kind, lead: tuple[str, ...]
) -> list[PlainItem]:
    """A criterion and its children in the study's own words, nested as written."""
    sources = [*lead, criterion.id]
    kids = children.get(criterion.id, [])
    if not kids:
        return [_original(criterion.text, sources, kind)]
    members = [item for kid in kids for item in _in_their_words(kid, children, kind, tuple(sources))]
    note = _NOTE_IN_LEAD.search(criterion.text)
    if note:
        # "Sexual partner is ... not taking reliable contraceptive methods during study period Note: Acceptable
        # contraceptive forms include:" (NCT03102398, sample 15: the methods were shown as reasons you cannot join): the
        # rule, then the note's list, any one of which is acceptable, which goes with the notes.
        rule = _original(criterion.text[: note.start()], sources, kind)
        title = _as_title(original_words(criterion.text[note.start() :].strip()))
        listed = PlainItem(
            kind=kind, text=None, source_ids=sources, children_title=title, children_joins="any", children=members
        )
        return [rule, listed]
    return [
        PlainItem(
            kind=kind,
            text=None,
            source_ids=sources,
            children_title=_as_title(original_words(criterion.text)),
            children_joins=joins_of(criterion.text, [kid.text for kid in kids]),
            children=members,
        )
    ]


# An inclusion's lead-in saying none of its items may be so.
_NONE_OF_THESE = re.compile(
    r"^\W*(?:no|none of|without)\b[^:]{0,160}\b(?:following|below)\b[^:]{0,20}:\s*$", re.IGNORECASE
)
# A lead-in defining which lesions count (RECIST-style), not a rule about the patient.
_LESIONS_DEFINED = re.compile(
    r"^(?:(?:tumou?r\s+)?lesions?|sites?\s+of\s+disease)\b[^:]{0,80}\b(?:considered|defined|regarded)\b[^:]{0,60}:\s*$"
    r"|^(?:non-?measurable|measurable|evaluable|non-?evaluable|target|non-?target)\s+(?:lesions?|disease)\s+"
    r"(?:include|includes|are|is)\b[^:]{0,60}:\s*$"
    # "The following are considered non-measurable disease:" over "Bone lesions", "Ascites", ... (NCT00096304, hint4-1:
    # WRONG x4, "You have bone lesions." and the rest read as needed)
    r"|^(?:the\s+)?following\s+(?:are|is)\s+(?:considered|defined\s+as|regarded\s+as)\s+(?:non-?measurable|"
    r"measurable|evaluable|non-?evaluable|target|non-?target)\s+(?:lesions?|disease)\b[^:]{0,40}:?\s*$",
    re.IGNORECASE,
)


# A section for someone other than the patient.
_OTHER_PERSON = (
    r"(?:partners?|caregivers?|carers?|care-?givers?|spouses?|parents?|guardians?|donors?|informants?|companions?)"
)
_SOMEONE_ELSE = re.compile(rf"\b{_OTHER_PERSON}\b", re.IGNORECASE)
# A bracket that says a rule is someone else's: "(family partner)", "(caregiver)".
_ANOTHER_PERSONS_LIMIT = re.compile(
    rf"\(\s*(?:(?:the|a|family|study|their)\s+)*(?:{_OTHER_PERSON}|family\s+members?)\s*\)", re.IGNORECASE
)
# A lead-in over rules for someone other than the patient ("Partners:", "The partner will be included based on ...").
_FOR_SOMEONE_ELSE = re.compile(
    rf"^(?:(?:the|for|female|male|their|his|her|your|study|sexual|each|a|an)\s+)*{_OTHER_PERSON}\b", re.IGNORECASE
)


def _sets_apart(tops: list[Criterion], children: dict[str, list[Criterion]], kind: Kind) -> list[PlainItem] | None:
    """Sets of criteria parted by a line that says only "OR" (NCT03319901: untreated and 60 or older, OR relapsed and
    18 or older): in an inclusion list, one whole set must be true, not every item of all of them. An exclusion list
    is "any of these" already: there the sets' items are simply listed. None when no such line parts the list."""
    parting = [index for index, criterion in enumerate(tops) if index > 0 and ONLY_OR.match(criterion.text)]
    if not parting:
        return None
    if (members := _choices_of_a_lead_in(tops, parting, children, kind)) is not None:
        return members
    ends = [*parting[1:], len(tops)]
    # What each "OR" line is followed by: its own children (which name it as a source too), then the tops up to the next.
    after = {
        tops[index].id: [(kid, (tops[index].id,)) for kid in children.get(tops[index].id, [])]
        + [(top, ()) for top in tops[index + 1 : end]]
        for index, end in zip(parting, ends, strict=True)
    }
    first = _items_of(tops[: parting[0]], children, kind, ())
    if kind == "inclusion" and any(item.rule == "consent" for item in first):
        # "Signed written informed consent.", ..., "Or,", the other kind of treatment history, then age, birth control,
        # ECOG and organ function (NCT00334282, hint7: WRONG x35, the consent read as the first set's only and the age as
        # the second's): a first set holding what everyone must give is no set; which criteria the "Or" joins, the list
        # does not say. It stays as written, its "Or" said with what follows it.
        return first + [
            PlainItem(kind=kind, text=None, source_ids=[line], children_title=_UNCLEAR_OR, children_joins="heading",
                      children=[item for one, lead in criteria for item in _items_of([one], children, kind, lead)])
            for line, criteria in after.items()
        ]  # fmt: skip
    later = []
    everyone: list[PlainItem] = []
    any_of: set[str] = set()  # the sets that are one of their items
    for (line, criteria), end in zip(after.items(), ends, strict=True):
        chain = _or_chain([criterion for criterion, _ in criteria])
        if kind == "inclusion" and end == len(tops) and chain:
            # "With life time risk of 30% or higher ... OR" / "5-years risk ≥ 6% for women 40-64 OR" / ... / the last
            # risk, then "Must be at least 25 years old." (NCT03729115, exports3: WRONG x5, every risk read as needed
            # and the age as the second set's only): the set is one of its risks; what follows them is everyone's.
            said = [
                item for criterion, lead in criteria[:chain] for item in _items_of([criterion], children, kind, lead)
            ]
            any_of.add(line)
            everyone = [
                item for criterion, lead in criteria[chain:] for item in _items_of([criterion], children, kind, lead)
            ]
        else:
            said = [item for criterion, lead in criteria for item in _items_of([criterion], children, kind, lead)]
        later.append((line, said))
    if kind != "inclusion":
        return first + [
            PlainItem(kind=kind, text=None, source_ids=[line], children_title="Also any of these:",
                      children_joins="any", children=said)
            for line, said in later
        ]  # fmt: skip
    sets = [PlainItem(kind=kind, text=None, source_ids=[], children_title=_set_title(first, ""), children_joins="all",
                      children=first)]  # fmt: skip
    sets += [
        PlainItem(kind=kind, text=None, source_ids=[line], children_title=_set_title(said, "Or "), children_joins="all",
                  children=said)
        if line not in any_of
        else PlainItem(kind=kind, text=None, source_ids=[line], children_title="Or one of these:", children_joins="any",
                       children=said)
        for line, said in later
    ]  # fmt: skip
    return [
        PlainItem(
            kind=kind,
            text=None,
            source_ids=[],
            children_title="Only one of these sets needs to be true:",
            children_joins="any",
            children=sets,
        ),
        *everyone,
    ]


_UNCLEAR_OR = "Or (the study's list says “or” here, but not which of the criteria before and after it are the choices):"
_ENDS_IN_OR = re.compile(r"\s(?:OR|or)\s*[.;,]?\s*$")


def _or_chain(criteria: list[Criterion]) -> int:
    """How many criteria, from the first, a run of "... OR" lines joins: those ending in "OR" and the one after them
    (0 when fewer than two end so, or when nothing comes after the run)."""
    ending = 0
    while ending < len(criteria) and _ENDS_IN_OR.search(criteria[ending].text):
        ending += 1
    return ending + 1 if ending >= 2 and ending + 1 < len(criteria) else 0


def _set_title(items: list[PlainItem], lead: str) -> str:
    title = "this:" if len(items) == 1 else "all of these:"
    return f"{lead}{title}" if lead else title[:1].upper() + title[1:]


def _choices_of_a_lead_in(
    tops: list[Criterion], parting: list[int], children: dict[str, list[Criterion]], kind: Kind
) -> list[PlainItem] | None:
    """ "Female subject:" over "must be unable to become pregnant ...;", then "OR", "• practice true abstinence ...;",
    "OR", "• is sexually active and willing to use ... birth control ..." (NCT02428088, hint2: WRONG x15, read as sets
    of the whole list, the age and the diagnosis among them): each "OR" and the line after it, a member's words run on
    in lower case, are one more choice of the lead-in above them; the lines after those are the list's again. None
    when the lines say otherwise."""
    lead_at = parting[0] - 1
    lead = tops[lead_at]
    if lead.id not in children or not _COLON_AT_END.search(lead.text):
        return None
    if parting != list(range(parting[0], parting[0] + len(parting))):
        return None  # the "OR" lines follow one another, each holding its choice
    choices: list[tuple[Criterion, Criterion]] = []  # (the "OR" line, its choice)
    # The list's own lines after the last choice (the parser gave them to its "OR" line, which they still name).
    rest: list[tuple[Criterion, tuple[str, ...]]] = []
    for at in parting:
        kids = children.get(tops[at].id, [])
        if not kids or not kids[0].text[:1].islower() or (rest and kids):
            return None
        choices.append((tops[at], kids[0]))
        rest += [(kid, (tops[at].id,)) for kid in kids[1:]]
    said = _items_of(children[lead.id], children, kind, (lead.id,))
    for line, choice in choices:
        said += _criterion_items(choice, children, kind, (lead.id, line.id))
    group = PlainItem(
        kind=kind,
        text=None,
        source_ids=[lead.id],
        children_title=_lead_title(lead.text, "any", [choice.text for _, choice in choices]),
        children_joins="any",
        children=[_capitalised(item) for item in said],
    )
    before = _items_of(tops[:lead_at], children, kind, ())
    after = [item for criterion, lead_ids in rest for item in _criterion_items(criterion, children, kind, lead_ids)]
    after += _items_of(tops[parting[-1] + 1 :], children, kind, ())
    return [*before, group, *after]


def _capitalised(item: PlainItem) -> PlainItem:
    return item.model_copy(update={"text": item.text[:1].upper() + item.text[1:]}) if item.text else item


def _joined_by_or(
    tops: list[Criterion], children: dict[str, list[Criterion]], taken: set[str]
) -> list[list[Criterion]]:
    """Runs of criteria each ending in "or" or "and/or" and the one after ("Gleason score ≥ 7 and/or" over "PSA ≥ 20
    ng/ml", NCT01770340): alternatives, of which one is enough."""
    runs: list[list[Criterion]] = []
    run: list[Criterion] = []
    for criterion in tops:
        if criterion.id in taken or criterion.id in children:
            run = []
            continue
        if run:
            run.append(criterion)
        if trailing_connector(criterion.text) in ("or", "and/or"):
            run = run or [criterion]
        elif run:
            if len(run) >= 2:
                runs.append(run)
            run = []
    if len(run) >= 2:  # the last criterion ends in "or" too
        runs.append(run)
    return runs


_EITHER_TITLE = "At least one of these must be true:"
_GROUPS_TITLE = "Only one of these needs to be true (the study has a group for each):"
# "patients of the same age without hematological diseases" after "diagnosis of acute lymphoblastic leukemia"
# (NCT04767165): a comparison group, the other way in, not a second rule for the patients.
_COMPARISON_GROUP = re.compile(
    r"^(?:(?:patients|subjects|children|people|persons|individuals|participants|volunteers)\s+of\s+the\s+same\s+age"
    r"|(?:age[- ]matched\s+)?healthy\s+(?:controls?|volunteers?|subjects|children|individuals)\s+of\s+the\s+same\s+age"
    r"|age[- ]matched\s+(?:healthy\s+)?(?:controls?|volunteers?|subjects|children|individuals))\b",
    re.IGNORECASE,
)


def _patients_and_comparison_group(
    tops: list[Criterion], children: dict[str, list[Criterion]], taken: set[str]
) -> list[list[Criterion]]:
    """A comparison group of people like the patients but without their disease, and the criterion before it that
    names the patients' disease: two ways in, one of which is enough."""
    runs = []
    for before, criterion in zip(tops, tops[1:], strict=False):
        if {before.id, criterion.id} & taken:
            continue
        if _without_and_with(before.text, criterion.text) or _without_and_with(criterion.text, before.text):
            runs.append([before, criterion])
            continue
        if before.id in children or criterion.id in children:
            continue
        if (
            (_COMPARISON_GROUP.match(criterion.text.strip()) and not _COMPARISON_GROUP.match(before.text.strip()))
            or _opposites(before.text, criterion.text)
            or _healthy_of_the_same_age(before.text, criterion.text)
        ):
            runs.append([before, criterion])
    return runs


# "39-65 years old men with ED" and "39-65 years old, haelthy men" (NCT03918993, sample 32: WRONG, read as both
# required): the same ages, once with the disease and once healthy.
_HEALTHY_GROUP = re.compile(
    r"^(?P<age>\d+\s*[-–]\s*\d+\s+years?(?:\s+old)?)\s*,?\s+(?:healthy|haelthy)\s+(?:men|women|males|females|volunteers|"
    r"subjects|individuals|people|persons|children|controls)\.?$",
    re.IGNORECASE,
)


def _healthy_of_the_same_age(first: str, second: str) -> bool:
    healthy = _HEALTHY_GROUP.match(second.strip())
    if healthy is None or not first.strip().lower().startswith(healthy["age"].lower()):
        return False
    return re.search(r"\bwith\b", first, re.IGNORECASE) is not None and _HEALTHY_GROUP.match(first.strip()) is None


_ALIKE = 0.7  # share of words two criteria have in common to be the same criterion said again


def _cohorts_with_their_own_lists(items: list[PlainItem]) -> list[PlainItem]:
    """Titled groups that each repeat criteria of another ("Postprostatectomy Erectile Dysfunction:" and
    "Diabetes-associated Erectile Dysfunction:", each with its own consent, score and partner rules, NCT02344849,
    sample 16), or whose titles each name criteria for a kind of patient ("Diffuse Cutaneous Criterion:", "SSc-PAH
    Criteria:"): the groups of people a study takes, one of which you fit, not lists that all apply."""
    groups = [item for item in items if item.text is None and item.children_joins == "heading" and item.children]
    if len(groups) < 2 or len(groups) != len(items):
        return items
    said = [[set(_folded(child.text).split()) for child in group.children if child.text] for group in groups]
    repeated = sum(
        1
        for index, these in enumerate(said)
        for those in said[index + 1 :]
        for one in these
        for other in those
        if len(one & other) >= _ALIKE * len(one | other)
    )
    if repeated < 2 and not all(_NAMED_CRITERIA.match(group.children_title or "") for group in groups):
        return items
    return [
        PlainItem(
            kind=items[0].kind,
            text=None,
            source_ids=[],
            children_title="Only one of these groups needs to fit you (the study has a group for each):",
            children_joins="any",
            children=items,
        )
    ]


# "Diffuse Cutaneous Criterion:" and "SSc-PAH Criteria:" over the whole inclusion list (NCT02682511, sample 36: WRONG
# x4, the two kinds of patient the study takes read as all required): criteria named for a kind of patient, not for
# a list ("Inclusion Criteria (screening)") or a topic ("Medical and therapeutic criteria").
_NAMED_CRITERIA = re.compile(
    r"^(?!.*\b(?:inclusion|exclusion|eligibility|general|medical|therapeutic|demographic|laborator\w*|lab|clinical|"
    r"disease|treatment|prior|other|additional|key|main|all|both|common|screening|baseline|visit|phase|part|age|organ)\b)"
    r"[A-Za-z][\w/ -]{1,40}?\s+criteri(?:on|a)\s*:?\s*$",
    re.IGNORECASE,
)


_OPPOSITE_OPENINGS = ({"positive", "negative"}, {"with", "without"}, {"responders", "non-responders"})


def _without_and_with(first: str, second: str) -> bool:
    """ "A male older than 21 ... who does not have prostate cancer ..." (the controls) and "A male older than 40 ...
    who has confirmed prostate cancer ..." (NCT01979848, sample 19: WRONG, read as both required): two groups."""
    without = _WHO_HAS_NOT.search(first)
    if without is None:
        return False
    has = re.search(
        rf"\bwho\s+(?:has|have)\s+(?:(?:a|an|confirmed|diagnosed|known|documented)\s+)*{re.escape(without['what'])}\b",
        second,
        re.IGNORECASE,
    )
    return has is not None


_WHO_HAS_NOT = re.compile(
    r"\bwho\s+(?:does|do)\s+not\s+have\s+(?:(?:a|an|any)\s+)?(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
    r"(?=\s+(?:and|or|but)\b|\s*[,.;(]|$)",
    re.IGNORECASE,
)


def _opposites(first: str, second: str) -> bool:
    """ "Positive response to PDE5-I (..., Responders)" and "Negative response to PDE5-I (..., Non-responders)"
    (NCT01814852, sample 16: WRONG, no one has both): two groups that differ only in their first word."""
    one, other = first.split(), second.split()
    return (
        len(one) > 3
        and len(other) > 3
        and {one[0].lower(), other[0].lower()} in _OPPOSITE_OPENINGS
        and [word.lower() for word in one[1:4]] == [word.lower() for word in other[1:4]]
    )


_DIAGNOSES_TITLE = "Eligible diagnoses (only one of these needs to be true):"
# "Eligible diagnoses:" over "AML (excluding APL) with at least one of the following:", "ALL in remission ...", "MDS
# with ...", "NHLs ... relapsed/refractory" (NCT04547049, sample 14: WRONG, read as four diagnoses everyone must have).
_DIAGNOSES_LABEL = re.compile(r"^(?:eligible|qualifying|included)\s+(?:diagnos[ie]s|diseases|indications)\s*:\s*", re.I)
_OPENS_ON_DISEASE_ABBREVIATION = re.compile(r"^[A-Z]{2,6}s?\b")


# "Subjects who are cigarette smokers", "Subjects who are cannabis smokers", "Subjects who are non-smokers"
# (NCT04100759, sample 32: WRONG x3, read as all three required): groups of people, one of which you are.
_WHO_ARE = re.compile(
    r"^(?:subjects|patients|participants|people|persons|individuals|volunteers)\s+who\s+are\s+(?P<what>[A-Za-z -]{3,40}?)\.?$",
    re.IGNORECASE,
)


def _groups_that_differ_by_a_non(tops: list[Criterion], taken: set[str]) -> list[list[Criterion]]:
    """Consecutive criteria that each name a group of people ("Subjects who are X"), one of them "non-" another: the
    study's groups, one of which is enough."""
    runs: list[list[Criterion]] = []
    run: list[tuple[Criterion, str]] = []
    for criterion in [*tops, None]:
        found = _WHO_ARE.match(criterion.text.strip()) if criterion is not None and criterion.id not in taken else None
        if criterion is not None and found:
            run.append((criterion, found["what"].lower()))
            continue
        groups = [group for _, group in run]
        negated = [group.removeprefix("non-").removeprefix("non ") for group in groups if group.startswith("non")]
        if len(run) >= 2 and any(group != base and group.endswith(base) for base in negated for group in groups):
            runs.append([member for member, _ in run])
        run = []
    return runs


def _men_or_women_not_pregnant(tops: list[Criterion], taken: set[str]) -> list[list[Criterion]]:
    """ "Male" then "not pregnant female" (NCT04157569, sample 18: WRONG x2, read as both required, so that no one could
    join): each names who may join; one is enough."""
    return neighbouring_pairs(
        tops,
        taken,
        lambda first, second: any(
            _BARE_MALE.match(one) and _NOT_PREGNANT_FEMALE.match(other)
            for one, other in ((first, second), (second, first))
        ),
    )


_BARE_MALE = re.compile(r"^\W*(?:males?|men)\W*$", re.IGNORECASE)
_NOT_PREGNANT_FEMALE = re.compile(
    r"^\W*(?:(?:not|non)[\s-]?pregnant\s+(?:females?|wom[ae]n)|(?:females?|wom[ae]n)\s+(?:who\s+(?:are|is)\s+)?not\s+"
    r"pregnant)\W*$",
    re.IGNORECASE,
)


def _labelled_diagnoses(tops: list[Criterion], taken: set[str]) -> list[list[Criterion]]:
    """The diagnoses a study lists under an "Eligible diagnoses:" label run into the first of them: one is enough.
    The label leaves the first diagnosis's text (the group's title says it)."""
    runs = []
    for start, criterion in enumerate(tops):
        label = _DIAGNOSES_LABEL.match(criterion.text)
        if label is None or criterion.id in taken:
            continue
        run = [criterion.model_copy(update={"text": criterion.text[label.end() :]})]
        for following in tops[start + 1 :]:
            if following.id in taken or not _OPENS_ON_DISEASE_ABBREVIATION.match(following.text):
                break
            run.append(following)
        if len(run) >= 2:
            runs.append(run)
    return runs


# "Cohort 1: Currently receiving ... alectinib as first-line treatment", "Cohort 2: Planned to receive ... alectinib as
# second-line treatment" (NCT04764188, sample 39: WRONG x2, read as both required): each says who one group is.
_COHORT_LABEL = re.compile(
    r"^(?:cohorts?|arms?|groups?)\s+(?P<label>[A-Z]|\d{1,2}|[IVX]{1,4})\s*[:.)]\s*\w", re.IGNORECASE
)


def _labelled_cohorts(
    tops: list[Criterion], children: dict[str, list[Criterion]], taken: set[str]
) -> list[list[Criterion]]:
    """Criteria one under the other that each open on a different cohort's label: the study's groups, one of which
    you fit. A label said twice means a cohort with several criteria, whose run is left as written; a label over a
    list of its own is a cohort's list (_cohorts_with_their_own_lists)."""
    runs: list[list[Criterion]] = []
    run: list[tuple[str, Criterion]] = []
    for criterion in tops:
        alone = criterion.id not in taken and not children.get(criterion.id)
        label = _COHORT_LABEL.match(criterion.text) if alone else None
        if label is not None:
            run.append((label["label"].lower(), criterion))
            continue
        _close_cohorts(run, runs)
        run = []
    _close_cohorts(run, runs)
    return runs


def _close_cohorts(run: list[tuple[str, Criterion]], runs: list[list[Criterion]]) -> None:
    if len(run) >= 2 and len({label for label, _ in run}) == len(run):
        runs.append([member for _, member in run])


def _alternatives_group(
    run: list[Criterion],
    children: dict[str, list[Criterion]],
    kind: Kind,
    title: str | None = None,
    lead: tuple[str, ...] = (),
) -> PlainItem:
    """Criteria that each name a different cancer, or kinds of a condition that exclude each other: the study takes
    people with any one of them (a study for several cancers has a group for each). `title`: what the group says
    instead, for criteria the registry joined with "or"."""
    cohorts = lead != () or cancer_diagnosed(run[0].text) is not None
    return PlainItem(
        kind=kind,
        text=None,
        source_ids=[],
        children_title=title
        or "Only one of these needs to be true" + (" (the study has a group for each):" if cohorts else ":"),
        children_joins="any",
        children=[item for criterion in run for item in _as_one(_criterion_items(criterion, children, kind, lead))],
    )


def _as_one(items: list[PlainItem]) -> list[PlainItem]:
    """A criterion's items as one alternative where they are a sentence and the group its last sentence leads into
    ("Confirmed diagnosis of ... AML ... Participants with AML must meet one of the following criteria, a), b), c) or
    d)"): side by side they read as two ways in. (Several sentences cut from one criterion stay as they are.)"""
    if len(items) != 2:
        return items
    said, group = items
    if group.text is not None or not said.text or said.children:
        return items
    return [
        said.model_copy(
            update={
                "children_title": group.children_title,
                "children_joins": group.children_joins,
                "children": group.children,
            }
        )
    ]


def _section_title(section: CriteriaSection) -> str | None:
    """What a section's items are for when its heading or scope says more than which list it is."""
    parts = []
    if section.scope:
        parts.append(original_words(section.scope))
    if (
        section.heading
        and not _GENERIC_HEADING.match(section.heading.strip())
        and section.heading.strip() != section.scope
    ):
        parts.append(original_words(section.heading))
    if section.preamble and _says_more_than_its_list(section.preamble):
        # "A man or woman, 30 years of age or above with liver transplantation of at least 3 months duration who meets
        # all the following two criteria:" (NCT06060392), "Patients with ALL (except for patients with B-ALL) who fulfil
        # the following criteria:" (NCT01949129): more than which list it is; shown only with the original criteria,
        # the plain list would lose the age, the transplant, the disease.
        parts.append(original_words(section.preamble))
    return _as_title(" — ".join(parts)) if parts else None


def _says_more_than_its_list(preamble: str) -> bool:
    """Does a section's preamble say more than "Patients who meet all of the following criteria are eligible"?"""
    words = set(re.findall(r"[a-z]+", preamble.lower().replace("he/she", "").replace("his/her", "")))
    named = _ABBREVIATION_NAMED.search(preamble)  # "Patients with ALL ...": the leukemia, not "ALL of the following"
    return bool(words - _LIST_WORDS or named) or any(character.isdigit() for character in preamble)


_ABBREVIATION_NAMED = re.compile(
    r"\b(?!ALL\s+(?:of|the|following|these)\b|(?:ANY|EACH|NOT|ONE|OR|AND|BOTH|NO|NONE)\b)[A-Z]{2,}\b"
)


# The words of a preamble that only says which list follows ("Subjects will not be eligible for entry into this study
# if they meet any of the following criteria:").
_LIST_WORDS = frozenset(
    re.findall(
        r"[a-z]+",
        "a all an and any apply are at be being by candidates considered criteria criterion each eligible "
        "eligibility enrolled enrollment enrolment enter entry excluded exclude exclusion following for from "
        "fulfil fulfill fulfilled fulfils fulfills have has he her him if in include included inclusion "
        "individual individuals into is may meet meeting meets must not of one or order participants "
        "participant participate participation patient patients people persons potential presence presenting "
        "reasons requirements satisfy satisfies screening she should shows study subject subjects the their "
        "these they this time to trial volunteers who whom will with eligible based conditions were clinical "
        "on",
    )
)


_ADDS_TO_THE_SENTENCE_BEFORE = re.compile(r"^(?:additionally|in\s+addition|furthermore|moreover)\b", re.IGNORECASE)
_FOR_WHOM_SAID = re.compile(
    r"\b(?:females?|wom[ae]n|males?|m[ae]n|partners?)\b.{0,60}\b(?:must|should|will|are|is)\b|childbearing potential",
    re.IGNORECASE,
)


_POINTS_TO_A_LIST = re.compile(r"\b(?:the\s+following|below|as\s+follows|these\s+criteria)\b", re.IGNORECASE)
_QUALIFIER_OF_THE_LINE = re.compile(
    r"^\W*(?:absent\s+(?:a\s+)?(?:history|diagnosis|evidence)\s+of|in\s+the\s+absence\s+of)\b", re.I
)


def _items_of(
    criteria: Sequence[Criterion], children: dict[str, list[Criterion]], kind: Kind, lead: tuple[str, ...]
) -> list[PlainItem]:
    """The plain items of criteria said one after another, each under the lead-ins `lead`."""
    return [item for criterion in criteria for item in _criterion_items(criterion, children, kind, lead)]


def _criterion_items(
    criterion: Criterion, children: dict[str, list[Criterion]], kind: Kind, lead: tuple[str, ...]
) -> list[PlainItem]:
    """The plain items of one criterion and (nested under it) its children; `lead`: the lead-ins it sits under."""
    sources = [*lead, criterion.id]  # outer lead-ins first: the item reads them before its own words
    kids = children.get(criterion.id, [])
    if not kids and _ABBREVIATION_KEY.match(criterion.text):
        return [_original(criterion.text, sources, kind)]  # said whole; a note (_NOTE), never read as its rules
    if not kids:
        return _statement_items(criterion.text, sources, kind)
    if len(kids) == 1 and kids[0].id not in children and _BARE_VALUE.match(kids[0].text):
        # "AST and/or ALT" over "* 2.5 x ULN": the value ends the sentence its parent began.
        return _statement_items(f"{criterion.text.rstrip()} {kids[0].text.strip()}", [*sources, kids[0].id], kind)
    if len(kids) == 1 and kids[0].id not in children and _QUALIFIER_OF_THE_LINE.match(kids[0].text):
        # "Bilirubin =< 2.0 mg/dL" over "Absent a history of Gilbert's disease" (NCT00337194, hint6-1: WRONG, said as a
        # rule of its own, "you must not have Gilbert's"): when the limit holds, the end of its sentence.
        said_whole = f"{criterion.text.rstrip(' .;,')}, {kids[0].text.strip()[:1].lower()}{kids[0].text.strip()[1:]}"
        return _statement_items(said_whole, [*sources, kids[0].id], kind)
    *said, last = [s.text for s in sentences(criterion.text)]
    if said and _ADDS_TO_THE_SENTENCE_BEFORE.match(last) and _FOR_WHOM_SAID.search(said[-1]):
        # "Females of childbearing potential must have a negative pregnancy test ... Additionally, the subject agrees
        # to one of the following methods ...:" (NCT01381549, hint4-1: WRONG x9, the methods titled apart from whom
        # they are for, read as every subject's): the sentence it adds to goes into its title.
        *said, last = [*said[:-1], f"{said[-1]} {last}"]
    if (
        said
        and not _COLON_AT_END.search(criterion.text)
        and _is_allowance(original_words(last))
        and not _POINTS_TO_A_LIST.search(last)
    ):
        # "...; recovery to =< grade 1 ... is required; patients who have previously received a stem cell transplant
        # are permitted to enroll on this study" over "Prior treatment with an anti-CD30 antibody ... is not permitted"
        # (NCT00337194, hint6-1: WRONG, the bar titled as the transplant patients' only): an allowance leads no list.
        beside = _items_of(kids, children, kind, (*lead, criterion.id))
        return [*_statement_items(criterion.text, sources, kind), *beside]
    if said and labelled_by_a_part(criterion.text):
        # "Part 2 (Cohort H): confirmed diagnosis of WM; participants who are relapsed ..." over the cohort's rules
        # (NCT04728893, downloads7): cut at its ";", the title lost whom the rules are for.
        said, last = [], criterion.text
    if _NONE_OF_THE_FOLLOWING.match(last) and 0 < (cut := _first_said_negated(kids)) < len(kids):
        # "None of the following within the past 12 months:" over "Myocardial infarction", ..., then "No ongoing cardiac
        # dysrhythmias ...", "Blood pressure < 140/90 mm Hg", ... (NCT00357318, hint2: WRONG x13, each a double negative
        # under the title, or its reverse): from the first member that says its own "No", the list's own lines again.
        within = _criterion_items(criterion, {**children, criterion.id: kids[:cut]}, kind, lead)
        beside = _items_of(kids[cut:], children, kind, (*lead, criterion.id))
        return [*within, *beside]
    if _FOR_SOMEONE_ELSE.match(criterion.text):
        return _in_their_words(criterion, children, kind, lead)  # "Partners:", "The partner will be included ..."
    if kind == "inclusion" and _NONE_OF_THESE.match(criterion.text) and not _first_said_negated(kids):
        # "No uncontrolled concurrent illness including, but not limited to, any of the following:" over "Psychiatric
        # illness or social situations ..." (NCT01076556, hint8: WRONG, "You have a mental illness ..." under "could
        # join"): what you must not have, said in the study's words under its "No".
        return _in_their_words(criterion, children, kind, lead)
    if _LESIONS_DEFINED.match(criterion.text):
        # "Lesions that are not considered measurable include the following:" over "Leptomeningeal disease", ...
        # (NCT00470054, hint7: WRONG, read as "You have cancer in the thin layers around the brain ..." under "could
        # join"): what counts as measurable, not a fact of the patient's; the study's words.
        return _in_their_words(criterion, children, kind, lead)
    joins = joins_of(criterion.text, [kid.text for kid in kids])
    if kind == "exclusion" and joins == "all" and _allowances_under_a_reason(last, kids, children):
        return _reason_with_allowances(criterion, kids, children, kind, lead)
    if kind == "exclusion" and joins == "all" and said and _ENDS_WHOLE.search(last) and not _LEADS_AT_END.search(last):
        # "Current treatment with strong CYP3A4 inhibitors ... A washout period ... is required (...)" over "a. Because
        # of their effect on CYP3A4, use of any of the following ... is prohibited ..." (NCT05536349): a last
        # sentence that leads into nothing titles nothing; the criterion is said whole and its children beside it.
        if any(_POINTS_TO_A_LIST.search(sentence) for sentence in said):
            # "Any of the following that may be associated with an increased risk osteoporosis (if "Yes" to any of the
            # below risk factors, a DEXA Scan is required ...). If ... T score of -2.5 or worse ... the subject is
            # ineligible" (NCT05971329, downloads4: WRONG x5, each risk factor beside it read as a reason of its own):
            # the criterion is said whole, the list it points to under it.
            listed = [
                item for kid in kids for item in _child_items(kid, children, kind, (*lead, criterion.id), "", None)
            ]
            pointing = _original(criterion.text, sources, kind)
            return [pointing.model_copy(update={"children": listed, "children_title": _POINTED_TO_TITLE})]
        beside = _items_of(kids, children, kind, (*lead, criterion.id))
        return [*_statement_items(criterion.text, sources, kind), *beside]
    if joins == "all" and not said and (whole := _self_contained(criterion.text, sources, kind)) is not None:
        # "* o Age less than 13 years" over "* Patients with type I diabetes mellitus." ... (NCT07491042, exports2: WRONG
        # x7, every reason titled by the age, as if only for children under 13): an age or sex leads nothing; the
        # registry's indentation made its siblings children.
        beside = _items_of(kids, children, kind, (*lead, criterion.id))
        return [whole, *beside]
    content = _statement_items(" ".join(said), sources, kind) if said else []
    short_list = _short_list(last, kids, children, joins, sources, kind)
    if short_list is not None:
        return [*content, short_list]
    frame = frame_of(last)
    frame = frame if frame is None or _frame_fits(last, kind) else None
    diagnoses = _arm_diagnoses(kids) if kind == "inclusion" else []
    kid_items = []
    said_by: list[tuple[Criterion, list[PlainItem]]] = []
    for kid in kids:
        if diagnoses and kid is diagnoses[0]:
            kid_items.append(_alternatives_group(diagnoses, children, kind, lead=(*lead, criterion.id)))
        elif kid not in diagnoses:
            said_of_kid = _child_items(kid, children, kind, (*lead, criterion.id), last, frame)
            # Each alternative is one item: a member's sentence and its own list are not two ways in.
            said_of_kid = _as_one(said_of_kid) if joins == "any" else said_of_kid
            kid_items.extend(said_of_kid)
            said_by.append((kid, said_of_kid))
    # (Under "The study also says" too: "Detectable serum M-component ... at initial diagnosis OR" / "Urinary excretion
    # of light chain ..." under "DISEASE CHARACTERISTICS:", NCT00049673, hint3-1: LOSSY, the "OR" dropped, both read as
    # needed.)
    if kind in ("inclusion", "other") and joins != "any" and not diagnoses:
        kid_items = _trailing_or_choices(said_by)
    if kind == "inclusion":
        kid_items = _or_last_of_many(kid_items, last) or _or_pairs(kid_items)
    group = PlainItem(
        kind=kind,
        text=None,
        source_ids=sources,
        children_title=_lead_title(last, joins, [kid.text for kid in kids]),
        children_joins=joins,
        children=kid_items,
    )
    reason_over_exceptions = _LEAD_ENDS_EXCEPT.search(last) if kind == "exclusion" and joins == "except" else None
    if reason_over_exceptions and kid_items:
        # "Participant has had progression ... of a proteasome inhibitor, except as noted below:" over "Subjects who
        # progressed ... are not excluded" (NCT05519085, sample 22: WRONG x2): as a title, the reason was no item of
        # "You cannot join if" and the exceptions under it were; the reason is the item, its exceptions titled.
        reason = original_words(last[: reason_over_exceptions.start()]).rstrip(" ,;.")
        group = group.model_copy(
            update={
                "text": f"{reason}, except in the cases below."
                if len(kid_items) > 1
                else f"{reason}, except in the case below.",
                "children_title": _EXCEPTIONS_TITLE if len(kid_items) > 1 else EXCEPTION_TITLE,
            }
        )
    reasons = [item for item in content if item.children_joins == "except" and item.text]
    if kind == "exclusion" and joins == "except" and reasons:
        # "History of other malignancy unless disease free for at least 3 years. ... The following exceptions apply:"
        # over "Nonmelanoma skin cancer ... is eligible." (NCT05507827, sample 20): the exceptions go with the reason
        # that has exceptions, not apart from it after the sentences between.
        owner = reasons[0]
        at = content.index(owner)
        content[at] = owner.model_copy(update={"children": [*owner.children, group]})
        return content
    if kind == "inclusion":
        # "Female patients should be using adequate contraceptive measures ...; or female patients must have an evidence
        # of non-childbearing potential by fulfilling one of the following criteria at screening:" (NCT04811001, sample
        # 38: LOSSY, the first read as asked of every woman): the sentence before and the list are two ways in.
        return _or_pairs([*content, group])
    return [*content, group]


def _arm_diagnoses(kids: list[Criterion]) -> list[Criterion]:
    """Neighbouring children that each confirm a different diagnosis for the arms they name ("Adult and Pediatric
    Arms: Confirmed diagnosis of ... AML ...", "Adult arm only: Confirmed diagnosis of ... HR-MDS ...", NCT05086315,
    sample 18: WRONG, read as all needed): one is enough."""
    run: list[Criterion] = []
    for kid in kids:
        if _ARM_DIAGNOSIS.match(kid.text):
            run.append(kid)
        elif len(run) >= 2:
            break
        else:
            run = []
    return run if len(run) >= 2 else []


_ARM_DIAGNOSIS = re.compile(
    r"^[^:.;]{0,80}\b(?:arms?|cohorts?|parts?|groups?)\b[^:.;]{0,40}:\s*(?:confirmed|documented)\s+diagnosis\s+of\b",
    re.I,
)


def _allowances_under_a_reason(last: str, kids: list[Criterion], children: dict[str, list[Criterion]]) -> bool:
    """Children that each let someone in, under a criterion whose last sentence names no list ("QTcF > 470 msec.
    ... QTcF is calculated using Fridericia's Formula" over "Correction for underlying bundle branch block (BBB)
    allowed", NCT05536349, sample 19: WRONG, read as a formula's members under "could not join")."""
    if _LEADS_ON.search(last):
        return False  # "any of the following:" over what is allowed says more than a rule and its exceptions
    return all(kid.id not in children and _LETS_IN_AFTER_ALL.search(kid.text) for kid in kids)


_LETS_IN_AFTER_ALL = re.compile(
    r"\b(?:allowed|permitted|(?:are|is) eligible|not excluded|(?:may|can) be (?:enrolled|included|attempted))\b", re.I
)


def _reason_with_allowances(
    criterion: Criterion, kids: list[Criterion], children: dict[str, list[Criterion]], kind: Kind, lead: tuple[str, ...]
) -> list[PlainItem]:
    """The criterion's reason, with its children as the exceptions they are."""
    items = _statement_items(criterion.text, [*lead, criterion.id], kind)
    allowances = _items_of(kids, children, kind, (*lead, criterion.id))
    first = items[0]
    items[0] = _as_exception(first.model_copy(update={"children": [*first.children, *allowances]}))
    return items


_NONE_OF_THE_FOLLOWING = re.compile(r"^\W*(?:none|neither)\s+of\s+the\s+following\b", re.IGNORECASE)
_SAYS_ITS_OWN_NO = re.compile(r"^\W*(?:no|not|never)\b", re.IGNORECASE)


def _first_said_negated(kids: list[Criterion]) -> int:
    """Where the members under a "None of the following" start saying their own "No" (0: none do)."""
    return next((index for index, kid in enumerate(kids) if _SAYS_ITS_OWN_NO.match(kid.text)), 0)


_SELF_CONTAINED_RULES = frozenset({"age-range", "age-minimum", "age-maximum", "sex"})


def _self_contained(text: str, sources: list[str], kind: Kind) -> PlainItem | None:
    """A criterion read whole as an age or a sex, with nothing after it that leads on: never a title over others."""
    if _COLON_AT_END.search(text) or _LEADS_AT_END.search(text):
        return None
    whole = _rewritten(text, sources, kind)
    return whole if whole is not None and whole.rule in _SELF_CONTAINED_RULES else None


_COLON_AT_END = re.compile(r":\W*$")


def _child_items(
    kid: Criterion,
    children: dict[str, list[Criterion]],
    kind: Kind,
    lead: tuple[str, ...],
    lead_text: str,
    frame: str | None,
) -> list[PlainItem]:
    """A lead-in's child. A short one ("Syncope") is said with the lead-in's verb ("You have syncope."), or
    with the lead-in's own words before it when it has no common verb: a few words alone say little."""
    words = original_words(kid.text)
    if kid.id in children or _recognised(_prepared(words), under_lead=True) is not None:
        items = _criterion_items(kid, children, kind, lead)
        if _AT_DIAGNOSIS.match(lead_text) and kid.id not in children:
            # "Diagnosed with low/intermediate-risk prostate cancer:" over "PSA < 20 ng/ml" (NCT05673005, sample 47:
            # LOSSY as "Your PSA is less than 20 ng/ml", today's, when it is the PSA the diagnosis had): as written.
            return [
                _original(kid.text, item.source_ids, kind) if (item.text or "").startswith("Your ") else item
                for item in items
            ]
        return items
    if not _is_short(words):
        if frame is None and ":" not in words + lead_text.rstrip(": ") and len(_WORDS.findall(words)) < _FEWEST_ALONE:
            return _with_head(lead_text, words, [*lead, kid.id], kind)  # "2 severe exacerbations"
        return _criterion_items(kid, children, kind, lead)
    if frame and frame.startswith("You have"):
        words = _WHO_WITH.sub("", words)  # "Patients with significant neurological abnormalities": "You have ..."
    if frame == _TAKEN and _NOT_TAKEN.search(words):
        return [_original(kid.text, [*lead, kid.id], kind)]
    if (
        frame
        and not _WHO_WORD.match(words)
        and not _PEOPLE_NAMED.match(words)
        # "Relapsed/Refractory AML, MPAL and AUL" under "Disease status" (NCT03826992, downloads7: WRONG as "You have
        # Relapsed/Refractory AML, MPAL and AUL."): names joined by "and" may be kinds, one of which is yours.
        and not _NAMES_JOINED_BY_AND.search(_without_brackets(words))
    ):
        if (bracket := _TRAILING_BRACKET.match(words)) and (left_out := _LEFT_OUT.match(bracket["inside"])):
            words = f"{bracket['head']} (not counting {left_out['what']})"
        return [
            PlainItem(
                kind=kind,
                text=f"{frame} {with_article(_lower_first(words.rstrip(' .')))}.",
                source_ids=[*lead, kid.id],
                form="rewritten",
                rule="lead-frame",
            )
        ]
    return _with_head(lead_text, words, [*lead, kid.id], kind)


_NAMES_JOINED_BY_AND = re.compile(r",[^,;]+\band\b(?!/)")
_TAKEN = "You take"
# Under a lead-in about drugs, a registry may go on with conditions ("Use of Alcohol or Drugs as specified:" over
# "Nocturia that causes awakening from sleep", "Known sleep walking", NCT03828656, exports5: WRONG as "You take
# nocturia ..."): a name of a condition or a behaviour is not something taken.
_NOT_TAKEN = re.compile(
    r"^(?:known|suspected|history|diagnos|presence|signs?)\b|\b\w+(?:ia|itis|osis|pathy|walking|disorders?|diseases?|"
    r"syndromes?)\b|\b(?:pain|failure|proceedings|behaviou?r|acting)\b",
    re.IGNORECASE,
)
_AT_DIAGNOSIS = re.compile(
    r"^\W*(?:(?:newly\s+)?diagnosed\s+with|(?:a\s+)?diagnosis\s+of|at\s+(?:the\s+time\s+of\s+)?diagnosis)\b", re.I
)
_WHO_WITH = re.compile(r"^(?:patients?|subjects?|participants?|people|persons?|those|individuals?)\s+with\s+", re.I)
_WHO_WORD = re.compile(r"^(?:patients?|subjects?|participants?|people|persons?|those|individuals?)\b", re.I)
# A member that names people ("Children in foster care", NCT02562040, trialgpt reading: WRONG as "You have children in
# foster care"): who they are, not something you have.
_PEOPLE_NAMED = re.compile(
    r"^(?:children|child|infants?|babies|adolescents?|teenagers?|adults?|wom[ae]n|m[ae]n|females?|males?|boys?|girls?|"
    r"parents?|families|family|caregivers?|mothers?|fathers?|siblings?|students?|employees?|residents?)\b"
    # "Bedridden participants." under "Medical conditions:" (NCT05921903, downloads4: WRONG as "You have bedridden
    # participants."): people named last are whom it is about, not what you have.
    r"|^[\w\s,-]{0,40}\b(?:patients|subjects|participants|people|persons|individuals|volunteers)\W*$",
    re.I,
)


def _with_head(lead_text: str, words: str, sources: list[str], kind: Kind) -> list[PlainItem]:
    """A child said after its lead-in's own words, unless the lead-in is long and the child can stand alone."""
    head = original_words(lead_text.rstrip(": "))
    # A parent that ends its own sentence ("Signed informed consent to participate in the study.", "Skin Types (all
    # Fitzpatrick Skin Phototypes );") leads nothing: said before the child it made "... the study.: all Fitzpatrick ...".
    ends_sentence = lead_text.rstrip().endswith((".", ";")) and not _LEADS_ON.search(lead_text)
    # A long lead-in over a list of names ("... solid tumor from the following list, that is metastatic/advanced,
    # and for which no curative therapy exists:" over "Prostate cancer", NCT03983954) is the group's title: said
    # again before the shortest names only, it made them unreadable and the list look uneven.
    names_a_list = _LEADS_ON.search(lead_text) is not None and len(_WORDS.findall(head)) > _LONG_LEAD
    if (ends_sentence and words) or len(_WORDS.findall(words)) >= _FEWEST_ALONE or (names_a_list and words):
        # Said again before every child, the lead-in buries it (reviewers read "Headache is accompanied by at least 1
        # of the following: ipsilateral eyelid oedema" under that very title as unreadable): the group's title says it.
        return [
            _named_plainly(words, sources, kind)
            or PlainItem(kind=kind, text=words, source_ids=sources, form="original-words")
        ]
    text = f"{head}: {_lower_first(words)}" if words else head  # a child that is only "or" adds nothing to say
    return [PlainItem(kind=kind, text=text, source_ids=sources, form="original-words")]


def _named_plainly(words: str, sources: list[str], kind: Kind) -> PlainItem | None:
    """A member that is only a condition's name ("Syncope" under "... absolute contraindications to exercise
    testing:"): its plain name, the study's word kept beside it ("Fainting spells (syncope)")."""
    said = words.strip().rstrip(" .;,")
    # "Ipsilateral eyelid oedema" under "Headache is accompanied by at least 1 of the following" (cluster headache):
    # the sign's plain name, then the side it is on.
    side = _SAME_SIDE.match(said)
    named = said[side.end() :] if side else said
    uncontrolled = _UNCONTROLLED.match(named)
    if uncontrolled and not side and lay_name(named) is None:
        text = _not_controlled(named, named[uncontrolled.end() :])
    else:
        text = _plain_name_beside_the_word(named, also_if_plain=side is not None)
    if text is None:
        return None
    if side:
        text = f"{text}, on the same side as the pain ({side.group(0).strip().lower()})"
    return PlainItem(kind=kind, text=text, source_ids=sources, form="rewritten", rule="condition-name")


def _plain_name_beside_the_word(named: str, *, also_if_plain: bool) -> str | None:
    """ "Syncope" -> "Fainting spells (syncope)"; None when the table does not know the name, or when it is already
    the plain name ("Unstable angina", "Melanoma") and nothing else is said with it."""
    if len(_WORDS.findall(named)) > _LONGEST_NAME or (name := lay_name(named)) is None:
        return None
    if normal(named) in normal(name.noun) and "(" not in name.noun:
        return named[:1].upper() + named[1:] if also_if_plain else None
    text = f"{name.noun[:1].upper()}{name.noun[1:]}"
    if "(" not in text:
        title_case = all(word[:1].isupper() and word[1:].islower() for word in named.split())
        return f"{text} ({named.lower() if title_case else _lower_first(named)})"  # "Nasal Congestion"
    if set(_WORDS.findall(named.lower())) - set(_WORDS.findall(text.lower())) - {"and", "or"}:
        return None  # a bracket of its own ("Pancreatic cancer (adenocarcinoma)") must hold every word of the study's
    return text


def _not_controlled(named: str, condition: str) -> str | None:
    """ "Uncontrolled asthma" among contraindications to exercise testing (NCT00873665): the name, then its state."""
    base = lay_name(condition)
    if base is None or "(" in base.noun:
        return None
    said = f"{base.noun[:1].upper()}{base.noun[1:]} that is not controlled"
    return said if normal(condition) in normal(base.noun) else f"{said} ({_lower_first(named)})"


_SAME_SIDE = re.compile(r"ipsilateral\s+", re.IGNORECASE)
_UNCONTROLLED = re.compile(r"uncontrolled\s+", re.IGNORECASE)
_LONGEST_NAME = 5  # words: a longer member says more than a name, whose table entry would only cover part of it


_ENDS_WHOLE = re.compile(r"[.)]\s*$")
_POINTS_TO_A_LIST = re.compile(r"\b(?:the\s+following|(?:the\s+)?below|listed\s+below)\b", re.IGNORECASE)
_POINTED_TO_TITLE = "The list it points to:"
_LEADS_AT_END = re.compile(r"\b(?:following|below|these|as follows|include|includes|including)\W*$", re.IGNORECASE)
# "... an effective method is defined as ... such as:" (NCT04343989, ctparser1: said again before "vasectomized partner")
_LEADS_ON = re.compile(r"\b(?:following|below|these|as follows|include|includes|including|such as)\b", re.IGNORECASE)
_LONG_LEAD = 12  # words: a lead-in this long is a title, not a phrase to say before each child
_FEWEST_ALONE = 3  # words: fewer, cut from a long criterion, say too little on their own ("Syncope")
_WORDS = re.compile(
    r"[A-Za-z]{2,}(?:-[A-Za-z]+)*"
)  # "2 severe exacerbations" is two words and a number, "non-childbearing" one
# A child that is only a limit ("2.5 x ULN", "≤ 3 mg/dL"): a number and its unit, no words of its own.
_BARE_VALUE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:[<>≤≥=]=?\s*)?\d[\d.,]*\s*(?:x|×|times)?\s*(?:ULN|mg/dl|g/dl|%|[a-zµμ/]{1,8}(?:/[a-zµμ]{1,4})?)?\s*$",
    re.IGNORECASE,
)


def _frame_fits(lead: str, kind: Kind) -> bool:
    """A lead-in that says "not" or "without" gives its children the opposite sense: only an exclusion list
    can say them plainly ("must not have any of these" -> "You cannot join if you have ...")."""
    return kind == "exclusion" or not re.search(r"\b(?:not|no|without|free of|absence)\b", lead, re.IGNORECASE)


def _short_list(
    lead: str, kids: list[Criterion], children: dict[str, list[Criterion]], joins: Joins, sources: list[str], kind: Kind
) -> PlainItem | None:
    """Children that are each a few words ("Verapamil", "Lithium"): one item that lists them after the lead-in."""
    if len(kids) < 2 or any(kid.id in children for kid in kids):
        return None
    members = [original_words(kid.text).rstrip(".") for kid in kids]
    if not all(_is_short(member) for member in members) or sum(map(len, members)) > 300:
        return None
    ids = [*sources, *(kid.id for kid in kids)]
    if joins == "except":
        head = original_words(lead.rstrip(": "))
        # "... screening tests are not required unless:" over "Known history of HBV infection" / "As mandated by local
        # health authority" (NCT02896335, exports10: WRONG x2 as both needed): any one of them is enough.
        excepted = "or" if _UNLESS_END.search(lead) else "and"
        return PlainItem(
            kind=kind,
            # (the conditions read on from "unless:" as one sentence; names excepted keep their capitals)
            text=f"{head}: {joined([_lower_first(m) for m in members] if excepted == 'or' else members, excepted)}",
            source_ids=ids,
            anchor=sources[-1],
            form="original-words",
        )
    joiner = "or" if joins in ("any", "heading") or kind == "exclusion" or _all_forms(members) else "and"
    if joiner == "and" and any(re.search(r"\band/or\W*$", kid.text, re.IGNORECASE) for kid in kids):
        joiner = (
            "and/or"  # "Urinary frequency and/or" / "Urinary urgency and/or" (NCT00499317, sample 17: WRONG as "and")
        )
    # Not when the lead-in says how they are shown, which one sentence from its verb would drop ("... conditions as
    # documented by CT or MRI and plain X-rays:", NCT04015791, downloads1: LOSSY).
    frame = frame_of(lead) if _frame_fits(lead, kind) and not _SHOWN_BY.search(lead) else None
    framed = [_WHO_WITH.sub("", member) for member in members] if frame and frame.startswith("You have") else members
    if frame and any(_WHO_WORD.match(member) or _PEOPLE_NAMED.match(member) for member in framed):
        frame = None  # "Patients taking warfarin" under "You have": not said plainly
    if frame == _TAKEN and any(_NOT_TAKEN.search(member) for member in members):
        return None  # each under the lead-in's title: "Use of ... drugs: nocturia" would say it is taken too
    if frame:
        members = framed
    listed = joined(
        [with_article(_lower_first(member)) if frame else _lower_first(member) for member in members], joiner
    )
    if frame:
        return PlainItem(
            kind=kind,
            text=f"{frame} {listed}.",
            source_ids=ids,
            anchor=sources[-1],
            form="rewritten",
            rule="lead-frame",
        )
    head = original_words(lead.rstrip(": "))
    return PlainItem(
        kind=kind, text=f"{head}: {joined(members, joiner)}", source_ids=ids, anchor=sources[-1], form="original-words"
    )


_SHOWN_BY = re.compile(
    r"\b(?:documented|confirmed|diagnosed|shown|seen|proven|demonstrated|measured|assessed|evaluated)\s+(?:by|on|with|in)\b",
    re.IGNORECASE,
)


_UNLESS_END = re.compile(r"\bunless\s*:?\s*$", re.IGNORECASE)


# The forms one medicine or method comes in: "Combined hormonal contraception ...:" over "Oral", "Intravaginal",
# "Transdermal" (NCT06429761, sample 34: LOSSY as "Oral, Intravaginal and Transdermal") is one of them, not all.
_FORMS = frozenset(
    {
        "oral",
        "intravaginal",
        "vaginal",
        "transdermal",
        "injectable",
        "implantable",
        "intrauterine",
        "intramuscular",
        "subcutaneous",
        "intravenous",
        "sublingual",
        "topical",
        "nasal",
        "patch",
        "ring",
        "pill",
        "injection",
        "implant",
    }
)


def _all_forms(members: list[str]) -> bool:
    return all(member.strip().lower() in _FORMS for member in members)


def _is_short(text: str) -> bool:
    # "History of facial nerve palsy" under "has any of the following conditions:" carries its own time: framed, it
    # read "You have history of facial nerve palsy".
    return len(text.split()) <= 6 and not re.search(
        r"[\d<>=≤≥;:]|\b(?:except|unless|not|no|if|or)\b|^\W*history\b", text, re.IGNORECASE
    )


def _lower_first(text: str) -> str:
    """A noun phrase placed mid-sentence: its first word lower case unless it is a name or abbreviation."""
    first = text.split(" ", 1)[0]
    if not first[:1].isupper() or len(first) == 1 or not first[1:].islower() or first.endswith(("'s", "’s")):
        return text
    return text[:1].lower() + text[1:]


# An exception ("except ...", "other than ...") whose list goes on after a ";" with more of its kinds.
_EXCEPTIONS_GO_ON = re.compile(
    r"\b(?:except(?:\s+for)?|other\s+than|excluding|with\s+the\s+exception\s+of)\b[^;.]*;\s*(?![A-Z][a-z]+\s+(?:must|should|is|are|has|have)\b)"
    r"[^;]*\b(?:cancers?|carcinomas?|melanomas?|tumou?rs?|malignanc\w*|in situ)\b",
    re.IGNORECASE,
)


def _statement_items(text: str, sources: list[str], kind: Kind) -> list[PlainItem]:
    """A criterion's own text: one rewritten item per recognised sentence, the rest in its own words."""
    if lead := _LIST_SAYS_ITSELF.match(text):
        # "Major exclusion criteria include: history or clinical evidence of ..." (NCT01054859, sample 18): the list's
        # heading, run onto its first criterion; the list it is shown under says it already.
        rest = text[lead.end() :]
        text = rest[:1].upper() + rest[1:]
    whole = _rewritten(text, sources, kind)
    if whole is not None:
        return [whole]
    if _EXCEPTIONS_GO_ON.search(text):
        # "Concomitant malignancies except carcinoma in situ, basal or squamous cell skin carcinoma; low grade prostate
        # cancer treated with prostatectomy more than 10 years ago; ..." (NCT02296242, hint2-1: WRONG, cut at its ";",
        # the later exceptions read as reasons of their own): the exceptions go on past the ";", said whole.
        return [_original(text, sources, kind)]
    scoped = _SCOPE_HEAD.match(text.strip())
    if scoped and len(chunks := _NEXT_SCOPE.split(text.strip())) > 1 and all(map(_SCOPE_HEAD.match, chunks)):
        # "If women: surgically sterile ... . If men: surgically sterile ..." (NCT01763788, hint9: WRONG, the men's
        # rule read under the women's title): each label titles its own part.
        return [item for chunk in chunks for item in _statement_items(chunk, sources, kind)]
    if scoped and not re.search(r"[<>=≤≥]|\d", scoped["head"]):
        body = _statement_items(scoped["rest"], sources, kind)
        return [
            PlainItem(
                kind=kind,
                text=None,
                source_ids=sources,
                children_title=_as_title(original_words(scoped["head"])),
                children_joins="heading",
                children=body,
            )
        ]
    text = lines_run_together(text)
    parts = sentences(text)
    if len(parts) > 1 and _lead_window_shared(parts):
        # "... blood counts performed within 4 weeks prior to study entry must meet the following criteria: ANC ...;
        # Platelet count ...; Hemoglobin ..." (NCT01423123, hint6: LOSSY x3, only the first kept the 4 weeks): a window
        # said once in the lead-in before the colon holds for every limit after it.
        return [_original(text, sources, kind)]
    inline = _inline_list(text, parts)
    if inline is not None:
        return inline(sources, kind)
    if len(parts) > 1 and len(set(_PART_LABEL.findall(text))) > 1:
        # "Part 1 ANC > 1500/μL. Platelet count > 100,000/μL. ... Part 2A and 2B WBC < 20,000/μL. Platelet count >
        # 50,000/μL": a label holds for the sentences after it, which read alone lose whom they are for (NCT05607199).
        return [_original(text, sources, kind)]
    if len(parts) > 1 and _FOLLOWING_LIST_GOES_ON.search(text):
        # "Any of the following within 6 months before first dose ...: stroke, ..., bypass graft; congestive heart
        # failure NYHA Class III or IV." (NCT05348876, sample 26: LOSSY, the last member cut off without the window):
        # what follows the semicolon is one more member of the list, under its lead-in's words.
        return [_original(text, sources, kind)]
    if len(parts) > 1 and _lists_exceptions(text):
        # "..., with the following exceptions: a. alopecia; b. hyperpigmentation; c. ...": cut at its stops, a member
        # read alone ("You have dark patches on the skin") would be shown as a reason of its own, the reverse of what
        # it is (NCT05821933). The list keeps the study's words, its exceptions with it.
        return [_original(text, sources, kind)]
    if len(parts) > 1 and ":" not in text and _CHOICE.search(text) and list_members(text):
        # "must meet one of the following criteria have either (1) ..., (2) ..., or (3) Stage IV disease", with no colon
        # before its list: its members are alternatives, and one read alone would be shown as a requirement of its own.
        # (A list after a colon is the lead-in's and the inline list's to read.)
        return [_original(text, sources, kind)]
    if len(parts) > 1 and _after_semicolon(text, parts[-1].text) and _shared_when(parts):
        # "Systolic blood pressure < 90 or >150 mmHg; diastolic blood pressure < 50 or > 95 mmHg at screening or at
        # check-in on Day -1 (2 rechecks are allowed)." (NCT01100021): when the readings count is said once, at the end,
        # for both; cut at the semicolon, the first would lose it.
        return [_original(text, sources, kind)]
    if len(parts) > 1 and _bracket_names_earlier(parts):
        # "AST <= 2.5 x ULN; ALT <= 2.5 x ULN (for patients with known liver involvement AST and ALT <= 5 x ULN)"
        # (NCT03983954, sample 17: LOSSY, the AST item without its exception): a bracket that is about an earlier
        # clause too holds for both; cut apart, the earlier one would lose it.
        return [_original(text, sources, kind)]
    items: list[PlainItem] = []
    pending: list[str] = []  # sentences no recogniser read, kept together in the study's words
    # A reason whose allowances name what it names ("... or HIV infections. ... Participants with HIV who have ... are
    # allowed.", NCT02227251) keeps them all: cut apart, the reason would read as ruling out the people they let in.
    keeps_its_exceptions = kind == "exclusion" and any(
        _names_the_same(part.text, " ".join(earlier.text for earlier in parts[:index]))
        and _stands_as_allowance(original_words(part.text))
        for index, part in enumerate(parts[1:], start=1)
    )
    read_from = ""  # the sentence the last rewritten item says
    for index, part in enumerate(parts):
        rewritten = (
            None if part.qualifies or _completes_pending(pending, part.text) else _read(part.text, sources, kind)
        )
        if rewritten is not None:
            _flush(pending, items, sources, kind)
            items.append(rewritten)
            read_from = part.text
        elif (
            kind == "inclusion"
            and not pending
            and items
            and _is_either(items[-1])
            and (more := _OR_OPENING.match(part.text))
        ):
            # "... (WBC >10,000/mm3); or >15% immature neutrophils ...; or leukopenia ..." (NCT00540072, trialgpt
            # reading: UNREADABLE, the other ways in nested under the first as its details): a third way in.
            other = original_words(part.text[more.end() :])
            either = _original(other[:1].upper() + other[1:], sources, kind)
            items[-1] = items[-1].model_copy(update={"children": [*items[-1].children, either]})
        elif (
            (part.qualifies or _allows(items) or _excepts_the_reason(kind, part.text, read_from))
            and items
            and items[-1].form == "rewritten"
            and not pending
            and not (kind == "exclusion" and _OWN_REASON.search(part.text))
            and not (kind == "exclusion" and _allows_another_site(part.text, read_from))
            # "The patient is pregnant or lactating. If the patient is female and of childbearing potential, the patient
            # must have a negative pregnancy test ..." (NCT01207128, trialgpt reading): what some must do, not a part of
            # the reason; untitled under it, it read as more of what keeps you out.
            and not (
                kind == "exclusion"
                and _IF_OPENING.match(part.text)
                and _is_requirement(part.text)
                and not _allows(items)
            )
        ):
            if _about_an_earlier_sentence(part.text, read_from, [earlier.text for earlier in parts[:index]]):
                # "...: nutritional deficiencies ...; gastrointestinal bleed. If nutritional deficiencies can be
                # corrected, ... can be rescreened" (NCT05282459): under the bleed, the note would read as its own.
                return [_original(text, sources, kind)]
            # An exception or note about a rewritten sentence, or what follows a rewritten allowance ("..., unless it is
            # stable": "A minimum of 2 weeks must have elapsed ..."): under it, in the study's words. A note about
            # "the aforementioned values" goes under each of the rewritten sentences it looks back at.
            alternative = _OR_OPENING.match(part.text)
            if kind == "exclusion" and alternative and _NAMES_ITS_OWN_PERSON.match(part.text[alternative.end() :]):
                # "Participant has previously received an allogenic stem cell transplant; or participant has received
                # ASCT within 12 weeks before Cycle 1 Day 1" (NCT02519452, hint3-1: WRONG, the second nested under the
                # first as its case): either keeps you out, each its own reason.
                other = original_words(part.text[alternative.end() :])
                other = other[:1].upper() + other[1:]
                items.append(_read(other, sources, kind) or _original(other, sources, kind))
                continue
            if kind == "inclusion" and alternative and not items[-1].children:
                # "Previous treatment with a platinum based chemotherapy for advanced disease; or Disease relapse ..."
                # (NCT02369484, sample 14: LOSSY, the first read as a must and the other as its detail): either is enough.
                other = original_words(part.text[alternative.end() :])
                either = _original(other[:1].upper() + other[1:], sources, kind)
                items[-1] = _either(items[-1], either, sources=sources)
                continue
            note = _original(part.text, sources, kind)
            if _IN_THE_CASES.match(part.text) and items[-1].children_joins == "except" and len(items[-1].children) == 1:
                # "... except for patients with LCIS treated with surgery or with DCIS treated exclusively with
                # mastectomy. In both cases, surgery must have taken place >5 years prior ..." (NCT02802748, hint3-1:
                # WRONG, the limit stood beside the exception, one more reason): the cases are the exception's.
                (exception,) = items[-1].children
                said = exception.model_copy(update={"text": f"{exception.text} {note.text}", "terms": []})
                items[-1] = items[-1].model_copy(update={"children": [said]})
                continue
            covered = _rewritten_run(items) if part.qualifies and _LOOKS_BACK_AT_ALL.search(part.text) else 1
            for index in range(len(items) - covered, len(items)):
                items[index] = items[index].model_copy(update={"children": [*items[index].children, note]})
            unbracketed = _without_brackets(part.text)  # "(2 rechecks are allowed)" lets no one in
            if kind == "exclusion" and covered == 1 and _ALLOWS.search(unbracketed) and len(items[-1].children) == 1:
                items[-1] = _as_exception(items[-1])
            elif covered == 1 and HIGHER_LIMIT_ALLOWED.search(unbracketed) and len(items[-1].children) == 1:
                items[-1] = _as_exception(items[-1])  # a higher limit for some people: the limit's exception
            elif kind == "exclusion" and covered == 1 and _allows(items) and items[-1].children_title is None:
                # "Brain metastases unless asymptomatic, stable ... A minimum of 2 weeks must have elapsed ..."
                # (NCT06627647): untitled under "You cannot join if", the exception's conditions read as reasons.
                items[-1] = items[-1].model_copy(
                    update={"children_title": _EXCEPTION_NEEDS_TITLE, "children_joins": "all"}
                )
        else:
            if (
                kind == "exclusion"
                and pending
                and _stands_as_allowance(original_words(part.text))
                # "... or antihistamine medications. However steroid nose drops and/or eye drops are permitted." (outside
                # sample 2: LOSSY, apart in the notes, the reason read as covering the drops): said as its exception.
                and not _HOWEVER.match(part.text)
                and not keeps_its_exceptions
                # Under a lead-in ("Any of the following laboratory abnormalities:", NCT02227251) the allowance would
                # stay in the group, as one more reason: the criterion stays whole, in the study's words.
                and len(sources) == 1
            ):
                # A reason, then what the study allows beside it (NCT02225548): the allowance stands apart, so that it
                # goes to "The study also says", not under "You cannot join if".
                _flush(pending, items, sources, kind)
            elif (
                kind == "exclusion"
                and pending
                and (_is_requirement(part.text) or (_ADVICE.search(part.text) and not _ADVICE.search(pending[-1])))
                and not _POINTS_BACK.match(part.text)
                and not _ALLOWS.search(" ".join(pending))
            ):
                # "Participants with active graft-versus-host disease ... At least 4 months must have elapsed since
                # ... transplantation." (NCT02227251): what is required stands apart from the reason, so it is not
                # read as one more reason to be left out (it goes to "The study also says").
                _flush(pending, items, sources, kind)
            pending.append(part.text)
            if kind == "exclusion" and part.qualifies and _allows_another_site(part.text, read_from):
                _flush(pending, items, sources, kind)  # the allowance alone: what follows is not more of it
    _flush(pending, items, sources, kind)
    if len(items) == 1 and items[0].form == "original-words" and not items[0].children:
        # Nothing read: the study's words whole, with the inline markers its pieces were cut at ("i. Comorbid disease
        # ii. Other contraindications ...", NCT02650414: joined back without them, it ran together).
        return [_original(text, sources, kind)]
    return items or [_original(text, sources, kind)]


_LIST_SAYS_ITSELF = re.compile(
    r"^\W*(?:(?:major|main|key|general)\s+)?(?:inclusion|exclusion|eligibility)\s+criteria\s+(?:include|includes|are)\s*:\s*"
    r"(?=\w)",
    re.IGNORECASE,
)


# "Patients with brain or subdural metastases are not eligible, unless ..." after "Uncontrolled lepto-meningeal
# metastatic disease." (NCT02369484, sample 14: WRONG as that reason's exception): a reason of its own.
_OWN_REASON = re.compile(r"\b(?:are|is|will be)\s+(?:not eligible|ineligible|excluded)\b", re.IGNORECASE)


_SOME_USE_OF = re.compile(r"^\W*(?:(?:occasional|intermittent|limited|sporadic)\s+)?use\s+of\b", re.IGNORECASE)
_MEDICINES = re.compile(r"\b(?:drugs?|medications?|medicines?|medicinal products?)\b", re.IGNORECASE)


def _excepts_the_reason(kind: Kind, sentence: str, reason: str) -> bool:
    """ "Patients with other malignant tumors that have been cured by local treatment ... are not excluded." after
    the rewritten "other active malignant tumors" reason (NCT05816499, sample 24: LOSSY, shown apart under "The study
    also says"): an allowance about what the reason names is its exception."""
    return (
        kind == "exclusion"
        and bool(reason)
        and _stands_as_allowance(original_words(sentence))
        and _names_the_same(sentence, reason)
    )


def _names_the_same(allowance: str, reason: str) -> bool:
    """Does an allowance name what the reason before it names ("Patients with HIV but an undetectable viral load are
    eligible" after "... or known seropositivity for human immunodeficiency virus (HIV)", NCT04747912, sample 14:
    LOSSY, shown apart from it)? Then it is the reason's exception, and stays in its sentence."""
    acronyms = set(_ACRONYM.findall(allowance))
    if acronyms & set(_ACRONYM.findall(reason)) or any(_spelled_out(acronym, reason) for acronym in acronyms):
        return True
    if _CANCER_WORD.search(allowance) and _CANCER_WORD.search(reason):
        # "History of another primary invasive malignancy ..." / "Patients with non-melanoma skin cancers or with
        # carcinomas in situ are eligible ..." (NCT05268003): the cancers let in are the reason's exceptions.
        return True
    if _CANCER_WORD.search(reason) and _NEEDS_TREATMENT.search(reason) and _TREATMENT_NOUN.search(allowance):
        # "Second primary malignancy that requires active therapy. Adjuvant hormonal therapy is allowed." (NCT05712278):
        # the treatment that does not count as the reason's.
        return True
    if _IMMUNE_DRUGS.search(reason) and _STEROIDS.search(allowance):
        # "Any treatment with immunosuppressants or other immune-modifying drugs within 6 months ... The use of inhaled
        # and nasal steroids ... will be permitted" (NCT02238756, trialgpt reading: LOSSY, apart at the page's end).
        return True
    if _INFECTION_REASON.search(reason) and _AN_INFECTION.search(allowance):
        # "Presence of fungal, bacterial, viral, or other infection that is uncontrolled. Simple UTI and uncomplicated
        # bacterial pharyngitis are permitted if responding to active treatment." (NCT05507827, sample 20: apart.)
        return True
    if _IN_REMISSION.match(allowance) and _A_DIAGNOSIS.search(reason):
        # "Meets ICD-11 or DSM-5 criteria for a current substance or alcohol use disorder ... Diagnoses classified as in
        # sustained remission are permitted." (NCT06136936, exports9: WRONG, apart it let in any diagnosis in remission)
        return True
    if _SOME_USE_OF.match(allowance) and _MEDICINES.search(reason):
        # "Use of non-prescription drugs ... within 1 week ... Occasional use of paracetamol is permitted" (NCT03144271,
        # hint9: LOSSY, apart in the notes, the reason read as covering it): a medicine the reason's drugs include.
        return True
    if _NAMELESS_SUBJECT.match(allowance):
        # "Known active cytomegalovirus (CMV) infection. Unknown or negative status are eligible" (NCT05536349,
        # sample 19: LOSSY, apart from CMV it said no one knew whose status).
        return True
    # (A group of people named by their treatment, "Patients requiring bilateral breast radiotherapy are also
    # eligible" after "Prior radiotherapy to the ipsilateral breast", NCT03788213, is let in apart.)
    if _WHO_WORD.match(allowance) and _EARLIER.search(allowance) and _EARLIER.search(reason):
        # "Previous major pelvic surgery ... Patients with previous TURP surgery without sequelae ... may be included."
        # (NCT04050020, sample 26: LOSSY, apart under "The study also says"): people with one such earlier treatment.
        earlier = _TREATMENT_WORD.search(allowance)
        if earlier and re.search(rf"\b{earlier[1]}", reason, re.IGNORECASE):
            return True
    treatment = None if _WHO_WORD.match(allowance) else _TREATMENT_WORD.search(_ALLOWED_SUBJECT.split(allowance, 1)[0])
    if treatment and re.search(rf"\b{treatment[1]}", reason, re.IGNORECASE):
        # "..., radiotherapy ≤2 weeks prior to starting capmatinib" / "Palliative radiotherapy for bone lesions ≤2
        # weeks prior ... is allowed." (NCT05110196, sample 19: LOSSY, apart from the reason it narrows).
        return True
    if _LIMITED_AMOUNT.match(allowance) and _shared_treatment_words(allowance, reason):
        # "Receiving ... a CDK4/6 inhibitor as (neo)adjuvant therapy. A short course of up to 12 weeks of ... CDK4/6
        # inhibitor therapy ... is allowed." (NCT04961996, sample 21: LOSSY, apart from the reason it narrows).
        return True
    # "Radiotherapy (non-palliative) within 21 days ..." / "Palliative radiation in past 21 days is allowed."
    # (NCT05751044): the kind the reason leaves out by name is the kind the allowance lets in.
    if any(re.search(rf"\bnon-?{word}\b", reason, re.IGNORECASE) for word in _KIND_WORD.findall(allowance)):
        return True
    # "...; participants with effusions that are minimal ... are eligible" after "If a pleural effusion is present"
    # (NCT05170204, sample 37: LOSSY, apart under "The study also says" without "pleural"): whom it lets in is named by
    # a word of the reason.
    return bool(_subject_words(allowance) & _subject_words(reason))


_IN_REMISSION = re.compile(
    r"^(?:diagnos[ie]s|disorders?|conditions?|cases?|episodes?)\b[^.;]{0,40}?\bin\s+(?:\w+\s+)?remission\b",
    re.IGNORECASE,
)
_A_DIAGNOSIS = re.compile(r"\bdisorders?\b|\bdiagnos|\b(?-i:DSM|ICD)\b|\bepisodes?\b", re.IGNORECASE)
_IMMUNE_DRUGS = re.compile(r"immuno-?suppress|immune[- ](?:modifying|modulating|suppress)|immunomodulat", re.IGNORECASE)
_STEROIDS = re.compile(r"\b(?:cortico)?steroids?\b", re.IGNORECASE)


def _subject_words(text: str) -> frozenset[str]:
    """The words a sentence names things with, singular; not those every criterion has ("patients", "disease")."""
    subject = _ALLOWED_SUBJECT.split(text, 1)[0]
    return (
        _singular(re.findall(r"[A-Za-z][A-Za-z-]{4,}", subject)) - _EVERY_CRITERION_WORDS - _PLACE_OR_KIND_OF_TREATMENT
    )


def _singular(words: Iterable[str]) -> frozenset[str]:
    """Lower case, a final "s" off ("effusions" is "effusion"; "previous" is "previou" on both sides)."""
    return frozenset(word.lower().removesuffix("s") for word in words)


# Sharing a body part or a kind of treatment is not naming the same thing: "surgical procedures for the treatment of
# benign prostate hypertrophy are permitted" after a prostatectomy for prostate cancer (NCT02225548, sample 9: WRONG,
# read as one more reason) lets in people the reason never named.
_PLACE_OR_KIND_OF_TREATMENT = _singular(
    (
        *("prostate", "breast", "chest", "lung", "liver", "kidney", "renal", "hepatic", "brain", "heart", "cardiac"),
        *("skin", "bone", "pelvic", "pelvis", "abdominal", "abdomen", "spine", "spinal", "blood", "bladder", "colon"),
        *("uterus", "cervical", "radiotherapy", "radiation", "surgery", "surgical", "procedure", "chemotherapy"),
        *("medication", "medicine", "drug", "bilateral", "unilateral", "ipsilateral", "contralateral"),
    )
)


_EVERY_CRITERION_WORDS = _singular(
    (
        *("patient", "participant", "subject", "people", "person", "individual", "those", "history", "known"),
        *("active", "stable", "prior", "previous", "disease", "condition", "disorder", "illness", "treatment"),
        *("therapy", "therapies", "treated", "study", "other", "least", "within", "week", "month", "year", "day"),
        *("criteria", "eligible", "allowed", "permitted", "which", "there", "their", "without", "after", "before"),
        *("under", "dose", "current", "currently", "screening", "enrollment", "enrolment", "randomization", "first"),
        *("include", "including", "clinically", "significant", "present", "evidence", "receiving", "received"),
        # "Patients planned for concurrent chemotherapy ... Concurrent hormonal therapy ... is allowed." (NCT03788213,
        # sample 11: WRONG whole under "could not join"): at the same time as something else is no shared thing.
        *("concurrent", "concurrently", "concomitant"),
    )
)


_NEEDS_TREATMENT = re.compile(
    r"\b(?:requir\w*|needs?|needing|receiving|undergoing)\s+(?:active\s+|ongoing\s+|current\s+)?(?:systemic\s+)?"
    r"(?:anti-?cancer\s+)?(?:therapy|treatment)",
    re.IGNORECASE,
)
_TREATMENT_NOUN = re.compile(r"\b(?:therapy|therapies|treatment|treatments)\b", re.IGNORECASE)
_INFECTION_REASON = re.compile(r"\binfections?\b", re.IGNORECASE)
_AN_INFECTION = re.compile(
    r"\binfect\w*|\b(?-i:UTIs?)\b|\b(?:pharyngitis|sinusitis|bronchitis|cellulitis|cystitis|otitis)\b", re.IGNORECASE
)
_NAMELESS_SUBJECT = re.compile(r"^\W*(?:\w+\s+(?:or|and/or)\s+)?\w+\s+status\s+(?:is|are)\b", re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:previous|prior|past|history of)\b", re.IGNORECASE)
_TREATMENT_WORD = re.compile(r"\b(radiotherap|radiation|surger|chemotherap|transfusion)\w*", re.IGNORECASE)
_ALLOWED_SUBJECT = re.compile(r"\b(?:is|are|will be|may be)\s+(?:also\s+)?(?:allowed|permitted|eligible)", re.I)
# A little of a treatment: "A short course of ...", "Up to 2 doses of ...", "A single dose of ...".
_LIMITED_AMOUNT = re.compile(
    r"^\W*(?:an?\s+)?(?:short(?:er)?[\s-]+(?:course|term)|single\s+dose|brief\s+course|up\s+to\s+\d+\s+\w+\s+of)\b",
    re.IGNORECASE,
)
# Words any treatment sentence has: sharing them says nothing of sharing a treatment.
_COMMON_TREATMENT_WORDS = frozenset(
    {
        *("therapy", "therapies", "treatment", "treatments", "prior", "previous", "before", "after", "course"),
        *("short", "weeks", "months", "days", "allowed", "permitted", "eligible", "randomization", "enrollment"),
        *("study", "patients", "participants", "receiving", "receive", "planning", "with"),
    }
)


def _shared_treatment_words(allowance: str, reason: str) -> bool:
    """Does the allowance's subject name a treatment word of the reason ("CDK4/6 inhibitor", "endocrine")?"""
    subject = _ALLOWED_SUBJECT.split(allowance, 1)[0]
    words = {word.lower() for word in re.findall(r"[A-Za-z][\w/]{3,}", subject)} - _COMMON_TREATMENT_WORDS
    reason_words = {word.lower() for word in re.findall(r"[A-Za-z][\w/]{3,}", reason)}
    return bool(words & reason_words)


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_CANCER_WORD = re.compile(r"\b(?:malignan\w*|cancers?|carcinomas?)\b", re.IGNORECASE)


def _spelled_out(acronym: str, text: str) -> bool:
    """ "CNS" in "Known active central nervous system lymphoma" (NCT02227251): the words its letters begin."""
    words = r"\W+".join(rf"{letter}\w*" for letter in acronym)
    return re.search(rf"\b{words}\b", text, re.IGNORECASE) is not None


_KIND_WORD = re.compile(r"\b(?:palliative|curative|metastatic|invasive|melanoma|systemic|topical|inhaled)\b", re.I)


def _allows_another_site(sentence: str, reason: str) -> bool:
    """ "Radiotherapy-treated or asymptomatic brain metastases are allowed" after "Uncontrolled lepto-meningeal
    metastatic disease." (NCT02369484, sample 14: WRONG as that reason's exception): an allowance about cancer in a
    place the reason does not name is no exception of it; it goes to the notes."""
    site = _BRAIN_SITE.search(sentence)
    return bool(site and _ALLOWS.search(sentence) and not _BRAIN_SITE.search(reason))


_BRAIN_SITE = re.compile(r"\b(?:brain|CNS|central nervous system)\b", re.IGNORECASE)


def _is_either(item: PlainItem) -> bool:
    return item.text is None and item.children_title == _EITHER_TITLE and item.children_joins == "any"


def _either(first: PlainItem, *others: PlainItem, sources: list[str]) -> PlainItem:
    """Ways in, one of which is enough."""
    return PlainItem(
        kind=first.kind,
        text=None,
        source_ids=sources,
        children_title=_EITHER_TITLE,
        children_joins="any",
        children=[first, *others],
    )


def _trailing_or_choices(said_by: list[tuple[Criterion, list[PlainItem]]]) -> list[PlainItem]:
    """Members whose line ends in "or" and the member after the last of them: ways in, one of which is enough, among
    members that all apply ("Stable regimen of at least two antihypertensive drugs ..., or" / "Documented intolerance
    to three classes of antihypertensive drugs, and" / "A change in ... regimen is not anticipated ...", NCT05934383,
    exports6: WRONG x2, the "or" dropped and both read as required)."""
    out: list[PlainItem] = []
    choices: list[PlainItem] = []
    after_and = False
    for kid, items in said_by:
        one = items[0] if len(items) == 1 else None
        # (A member with items of its own, "creatinine within normal institutional limits OR" over the clearances,
        # NCT02896335, exports10: WRONG x3, the QTc after it read as its alternative: its "or" is to its items.)
        if one is not None and ENDS_WITH_OR.search(kid.text) and not one.children and (choices or not after_and):
            choices.append(one)
            continue
        # "A, AND" / "B, OR" / "C" (NCT02181413) is A and B, or C: which members the "or" takes, the lines do not say.
        after_and = not choices and bool(ENDS_WITH_AND.search(kid.text))
        if choices and one is not None:
            out.append(_either(*choices, one, sources=choices[0].source_ids))
        else:
            out.extend([*choices, *items])
        choices = []
    return out + choices


def _or_pairs(items: list[PlainItem]) -> list[PlainItem]:
    """An item opening on "Or" and the one before it: two ways in, one of which is enough ("Female patients should be
    using adequate contraceptive measures ..." then "Or female patients must have an evidence of non-child-bearing
    potential by fulfilling one of the following criteria", NCT02856893, sample 15: LOSSY, read as both required)."""
    paired: list[PlainItem] = []
    for item in items:
        opening = _OR_OPENING.match(_said(item))
        if opening is None or not paired or paired[-1].children_joins == "any" and paired[-1].text is None:
            paired.append(item)
            continue
        paired[-1] = _either(paired[-1], _without_or(item, opening), sources=paired[-1].source_ids)
    return paired


def _said(item: PlainItem) -> str:
    """What an item says: its text, or a group's title."""
    return item.text if item.text is not None else item.children_title or ""


def _without_or(item: PlainItem, opening: re.Match) -> PlainItem:
    """An item opening on "Or", said without it, as one of the ways in."""
    rest = _said(item)[opening.end() :]
    rest = rest[:1].upper() + rest[1:]
    return item.model_copy(update={"text": rest} if item.text is not None else {"children_title": rest})


def _or_last_of_many(items: list[PlainItem], lead: str) -> list[PlainItem] | None:
    """ "with: 1. a relative with ... myeloid malignancies 2. a relative with lymphoproliferative neoplasms 3. or with
    clinical features that resemble ...:" (NCT03058588, downloads7: WRONG, the first read as needed besides one of the
    others): members whose last opens on "or", none joined by "and", are all ways in, as "A, B, or C" is."""
    opening = _OR_OPENING.match(_said(items[-1])) if len(items) >= 3 else None
    if (
        opening is None
        or _ALL_SAID.search(lead)
        or any(
            _OR_OPENING.match(_said(item)) or ENDS_WITH_AND.search(_said(item)) or item.children_joins == "any"
            for item in items[:-1]
        )
    ):
        return None
    return [_either(*items[:-1], _without_or(items[-1], opening), sources=items[0].source_ids)]


_ALL_SAID = re.compile(r"\b(?:all|each|every|both)\b", re.IGNORECASE)
# A clause with a person and a verb of its own ("participant has received ...", "patients who are ...").
_NAMES_ITS_OWN_PERSON = re.compile(
    r"(?:the\s+)?(?:participants?|patients?|subjects?|individuals?)\s+(?:who\s+)?(?:has|have|had|is|are|was|were|"
    r"received|underwent)\b",
    re.IGNORECASE,
)
_OR_OPENING = re.compile(r"^\W*or\b[\s,]*(?=[\w<>≤≥])", re.IGNORECASE)  # "or >15% immature neutrophils"


def _reproductive_potential_pairs(items: list[PlainItem]) -> list[PlainItem]:
    """ "Male or female not of reproductive potential" then "Female of reproductive potential who agrees to remain
    abstinent ... or to use 2 acceptable combinations of contraception" (NCT02099110, hint2: WRONG x2, under "all of
    these" the first shut out women who can get pregnant and the second let in no men): two ways in."""
    paired: list[PlainItem] = []
    for item in items:
        if (
            paired
            and item.text is not None
            and paired[-1].text is not None
            and _NOT_OF_POTENTIAL.search(paired[-1].text)
            and _OF_POTENTIAL_WHO.match(item.text)
        ):
            paired[-1] = _either(paired[-1], item, sources=paired[-1].source_ids)
            continue
        paired.append(item)
    return paired


_POTENTIAL = r"(?:reproductive|childbearing|child-bearing|child\s+bearing)\s+potential"
_NOT_OF_POTENTIAL = re.compile(rf"\bnot\s+of\s+{_POTENTIAL}\W*$", re.IGNORECASE)
_OF_POTENTIAL_WHO = re.compile(
    rf"^(?:an?\s+)?(?:females?|wom[ae]n|participants?|subjects?|patients?)\s+of\s+{_POTENTIAL}\s+(?:who|must|should|agree)",
    re.IGNORECASE,
)


def _after_semicolon(text: str, last: str) -> bool:
    """Was the last clause cut off at a semicolon (not at a full stop)?"""
    start = text.rfind(last[:30])
    return start > 0 and text[:start].rstrip().endswith(";")


_ALLOWANCE_HINT = re.compile(r"allowed|permitted|eligible|acceptable|not excluded|enrolled|included", re.IGNORECASE)


_HOWEVER = re.compile(r"^\W*(?:however|but)\b", re.IGNORECASE)


def _stands_as_allowance(sentence: str) -> bool:
    """ "Patients with synchronous / metachronous contralateral breast malignancies will be eligible for inclusion.",
    "Concurrent hormonal therapy ... is allowed." (NCT03788213, sample 11: WRONG under the reason before them)."""
    sentence = _TRAILING_ASIDE.sub("", sentence.rstrip(" ;,"))  # "... are allowed (no systematic screening)."
    return bool(_ALLOWED_BUT_FOR.match(sentence) or _ALLOWANCE_ITEM.match(sentence))


_TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)\s*\.?$")


def _bracket_names_earlier(parts: list[Sentence]) -> bool:
    """Does a clause's bracket name what an earlier clause is about (its first abbreviation: "(AST)")?"""
    subjects: set[str] = set()
    for part in parts:
        for bracket in re.findall(r"\(([^()]{12,})\)", part.text):
            if any(re.search(rf"\b{re.escape(subject)}\b", bracket) for subject in subjects):
                return True
        subject = re.search(r"\(([A-Z][A-Za-z0-9-]{1,9})\)", part.text)
        if subject:
            subjects.add(subject.group(1))
    return False


def _lead_window_shared(parts: list[Sentence]) -> bool:
    """Does the first clause open on a lead-in with a time window, ending in a colon, that the clauses after it share?"""
    lead, colon, _ = parts[0].text.partition(":")
    return (
        bool(colon)
        and bool(_LEAD_WINDOW.search(lead))
        and not any(_LEAD_WINDOW.search(part.text) for part in parts[1:])
    )


_LEAD_WINDOW = re.compile(r"\bwithin\s+\d+\s*(?:days?|weeks?|months?|hours?)\b", re.IGNORECASE)


def _shared_when(parts: list[Sentence]) -> bool:
    """Does only the last of a criterion's clauses say when its readings count ("at screening or at check-in")?"""
    return bool(_WHEN_READ.search(parts[-1].text)) and not any(_WHEN_READ.search(part.text) for part in parts[:-1])


_WHEN_READ = re.compile(
    r"\bat (?:the )?(?:screening|check-in|baseline|randomi[sz]ation|enrol+ment|visit \d)\b|\bon day -?\d", re.I
)


def _completes_pending(pending: list[str], sentence: str) -> bool:
    """Is `sentence` the other half of an either/or the sentence before began? "Women must be surgically sterile or 2
    years postmenopausal. Females of child-bearing potential must use ... birth control." (NCT02637648): apart, the
    first says every woman must be sterile; together they are one rule, kept in the study's words."""
    return bool(pending and _CANNOT_BEAR.search(pending[-1]) and _POTENTIAL_SUBJECT.match(sentence))


_CANNOT_BEAR = re.compile(
    r"\b(?:women|females?|patients?|subjects?|participants?)\b[^.;]{0,40}?\b(?:must|should|shall) be\b[^.;]{0,40}?"
    r"\b(?:surgically steril|sterili[sz]ed|steril|post-?menopaus|of non-?child-?bearing)",
    re.IGNORECASE,
)
_POTENTIAL_SUBJECT = re.compile(
    r"^(?:all\s+|any\s+)?(?:women|females?|patients?|subjects?|participants?)\s+"
    r"(?:of\s+child-?\s?bearing|with\s+child-?\s?bearing|who\s+(?:can|could|are able to)\s+(?:get|become)\s+pregnant)",
    re.IGNORECASE,
)


def _about_an_earlier_sentence(note: str, last: str, earlier: list[str]) -> bool:
    """Does a note ("If nutritional deficiencies can be corrected, ...") name what an earlier sentence names, not the
    one just before it?"""
    subject = _NOTE_SUBJECT.match(note)
    if subject is None:
        return False
    named = subject["subject"].lower()
    return named not in last.lower() and any(named in sentence.lower() for sentence in earlier)


_NOTE_SUBJECT = re.compile(
    r"^(?:if|unless|when|where)\s+(?:the\s+|any\s+|such\s+)?(?P<subject>[a-z][\w-]+\s+[a-z][\w-]+)", re.I
)


# A requirement that speaks of what came before ("those conditions should be assessed ...") or of whom the sentences
# before let in ("Patients with anxiety disorders ... may be included. Patients must have been on a stable dose ...")
# stays with them.
_POINTS_BACK = re.compile(r"^(?:those|these|this|such|they|them|it)\b", re.IGNORECASE)
_ALLOWS = re.compile(
    r"\b(?:may|can) be (?:included|enrolled|eligible|allowed|permitted)\b|\b(?:are|is) (?:eligible|allowed|permitted|acceptable)\b"
    # "Participants with previously treated brain metastases may participate provided ..." (NCT06726265)
    r"|\b(?:may|can) (?:participate|take part|join)\b"
    # "If docetaxel was received in the adjuvant setting, progressive disease must have occurred ≥6 months after the last
    # dose to be eligible" (NCT05378763): when someone the reason names may join after all
    r"|\bto be eligible\b"
    r"|\b(?:are|is) not exclusionary\b|\b(?:are|is) not excluded\b"
    # "replacement therapy (...) is not considered a form of systemic treatment" (NCT02888665): not what keeps you out
    r"|\b(?:are|is) not considered (?:to be )?(?:a form of|a type of|an?|as)\b",
    re.IGNORECASE,
)


def _without_brackets(text: str) -> str:
    """`text` without its brackets, nested ones too."""
    while True:
        shorter = re.sub(r"\([^()]*\)", "", text)
        if shorter == text:
            return text
        text = shorter


_TRAILING_NOTE_LABEL = re.compile(r"[\s.]*\b(?:note|notes|nb|n\.b\.)\s*:?\s*$", re.IGNORECASE)


def _as_exception(item: PlainItem) -> PlainItem:
    """A reason and the exception under it, titled and said in the sentence ("..., except in the case below."), so that
    under "You cannot join if" the exception never reads as one more detail of the reason (or a reason of its own)."""
    # "... recurrent disease). NOTE:" over its exception (NCT02759614, sample 24): the label is the title's to say.
    text = _TRAILING_NOTE_LABEL.sub("", item.text or "").rstrip(" .:")
    said = (
        f"{text}, or in the case below."
        if " except " in text or " unless " in text
        else f"{text}, except in the case below."
    )
    return item.model_copy(update={"text": said, "children_title": EXCEPTION_TITLE, "children_joins": "except"})


def _rewritten_run(items: list[PlainItem]) -> int:
    """How many items at the end of `items` are rewritten, one after another."""
    run = 0
    for item in reversed(items):
        if item.form != "rewritten":
            break
        run += 1
    return run


# Which eye a rule is about, closing the sentence ("... other than AMD in the study eye.").
_IN_WHICH_EYE = re.compile(
    r"\b(?:in|of|on)\s+(?:the\s+|either\s+|both\s+)?(?:study|fellow|treated|non-?study|other|same|index)\s+eyes?\W*$",
    re.IGNORECASE,
)
# A sentence about the cases an exception before it names ("In both cases, surgery must have taken place ...").
_IN_THE_CASES = re.compile(r"^in (?:both|either|each|all|any) (?:of (?:these|the|those) )?cases?\b", re.IGNORECASE)
# A note that looks back at every limit before it, not only the last ("even if they do not fulfil the aforementioned
# values").
_LOOKS_BACK_AT_ALL = re.compile(
    r"\b(?:aforementioned|above(?:-mentioned)? (?:values|limits|criteria|parameters)|these (?:values|limits|criteria|"
    r"parameters|requirements)|(?:all|both) (?:of )?(?:the |these )?(?:values|limits|criteria))\b",
    re.IGNORECASE,
)


# The label of one part, cohort, arm or group of a study ("Part 2A", "Cohort 3", "Arm B").
_PART_LABEL = re.compile(r"\b(?:Part|Cohort|Arm|Group)\s+(?:\d{1,2}[A-Z]?|[A-H])\b")


# A list of exceptions after a colon or begun by a marker: "with the following exceptions: a. ...; b. ...", "except
# the following: ...", "except for a) ...; b) ..." (NCT06079671: its members were read as reasons of their own).
_EXCEPTIONS_LISTED = re.compile(
    r"\b(?:exceptions?|except(?:\s+for)?|excluding|other\s+than|apart\s+from|unless)\b[^:.;()]{0,40}"
    r"(?::|\s\(?(?:[a-h]|\d{1,2}|i{1,3}|iv)[.)]\s)",
    re.IGNORECASE,
)


def _lists_exceptions(text: str) -> bool:
    """Does the text list exceptions after a colon, outside brackets ("(exception: ... are allowed)" is one)?"""
    return any(
        text.count("(", 0, match.start()) == text.count(")", 0, match.start())
        for match in _EXCEPTIONS_LISTED.finditer(text)
    )


# "X, except Y" / "X unless Y" / "X (other than Y)": X may be a fact, Y its exception in the study's words.
_EXCEPTION = re.compile(
    r"^(?P<head>.{8,}?)\s*(?P<except>,?\s*\(?\s*(?:except(?:\s+for)?|excluding|other than|with the exception of|"
    r"apart from|unless)\b.*)$",
    re.IGNORECASE,
)


EXCEPTION_TITLE = "With this exception:"
_EXCEPTIONS_TITLE = "With these exceptions:"
# A lead-in that is a reason and opens its exceptions: "..., except as noted below:", "..., except for the following:".
_LEAD_ENDS_EXCEPT = re.compile(
    r"[\s,;]*(?:except|with\s+the\s+following\s+exceptions?)(?:\s+(?:as\s+noted\s+below|for\s+the\s+following|for|"
    r"that|the\s+following))?\s*:\W*$"
    # "... pursuant to the GW clinical trial enrollment criteria unless" (NCT02695537, hint6-1)
    r"|[\s,;]+unless\s*:?\W*$",
    re.IGNORECASE,
)
_EXCEPTION_NEEDS_TITLE = "For the exception to apply:"
_EXAMPLES_AFTER_NAME = re.compile(
    r"^[\s,]*\w+(?:\s+\w+){0,3}\s+[A-Za-z0-9-]{1,12}\s*\((?:such as|e\.g\.|eg|i\.e\.)\s", re.I
)
# "Previous penile surgery of any kind except circumcision and condyloma removal, such as penile lengthening, ..."
# (NCT04050020, sample 26: WRONG, the surgeries that rule you out shown as examples of the ones allowed).
_EXAMPLES_AFTER_NAMES = re.compile(
    # also in brackets: "(except circumcision and condyloma removal), such as penile lengthening, ..." (NCT04396795,
    # NCT05787769, exception-groups audit: WRONG)
    r"^[\s,]*(?:\(\s*(?:except(?:\s+for)?|other\s+than|excluding)\s+[^;.()]{2,80}\)|(?:except(?:\s+for)?|other\s+than|"
    r"excluding)\s+[^,;.()]{2,80}),\s*(?:such as|e\.g\.|eg|including)\s",
    re.I,
)
_EXCEPTION_WORD = re.compile(
    r"^(?:except(?:ing)?(?:\s+for|\s+that)?|excluding|unless|other\s+than|apart\s+from|with\s+the\s+exception\s+of)\b"
    r"[\s,:]*",
    re.IGNORECASE,
)
_GOES_ON = re.compile(
    r"^\s*,?\s*(?:other than|excluding|apart from|with the exception of)\s+[^,;()]{1,60},\s*(?:irrespective|regardless|"
    r"with a (?:duration|dose)|for (?:more|longer|at least|a (?:duration|period))|at (?:a |any )?dose|of any dose|within|"
    # "..., with the exception of study medication, after Visit 1 and throughout the duration of the study" (NCT02390960,
    # sample 15: LOSSY, the time window went with the exception)
    r"in the (?:last|past)|after|before|during|throughout|until|from"
    # "a current medical disorder, other than narcolepsy with or without cataplexy, associated with excessive daytime
    # sleepiness" (NCT05816382, downloads1: WRONG, every health problem read as a reason): what the head's is.
    r"|associated with|related to|caused by|causing|resulting in|leading to|requiring|that|which)\b"
    # "systemic anti-tumor treatment other than EGFR-TKI for advanced non-squamous NSCLC" (NCT05756972, rewritten-items
    # audit: BROADER, "for advanced ..." went with the exception): the disease it is for is the head's.
    r"|^\s*,?\s*(?:other than|except(?:\s+for)?|excluding|apart from)\s+[^,;()]{1,40}?\s+for\s+(?:the\s+)?"
    r"(?:treatment\s+of\s+)?(?:advanced|metastatic|recurrent|locally|unresectable|relapsed|refractory)\b"
    # "a significant psychiatric illness other than schizophrenia, per DSM-V and is in an acute phase/episode"
    # (NCT02079844, hint5: WRONG, the acute episode read as the schizophrenia's): a verb after the name is the head's.
    r"|^\s*,?\s*(?:other than|except(?:\s+for)?|excluding|apart from)\s+[^;()]{1,80}?\band\s+(?:is|are|has|have|was|were)\b"
    # "a medical condition other than HCV that is contributing to liver disease" (NCT02371408, hint6: WRONG x2, "that is
    # contributing to liver disease" read as the HCV's): a relative clause right after the name is the head's.
    r"|^\s*,?\s*(?:other than|except(?:\s+for)?|excluding|apart from)\s+[^,;()]{1,40}?\s+(?:that|which|who)\s+"
    r"(?:is|are|was|were|has|have|may|might|could|would|contribut|caus|lead)",
    re.IGNORECASE,
)
_DEFINES_THE_HEAD = re.compile(
    r"^\s*,?\s*(?:unless|except)\s+[^()]{1,40}\(\s*(?:includes?|including|e\.g\.?|i\.e\.?|such as)\b", re.IGNORECASE
)
_RULES_DIFFER = re.compile(
    r"\bunless\s+(?:the\s+)?(?:local|national|institutional|country|regional)\s+(?:requirements?|regulations?|guidelines?|"
    r"rules?|laws?|practice)\b",
    re.IGNORECASE,
)
_MAIN_CLAUSE_AFTER = re.compile(
    r"^\s*,\s*(?:except(?:\s+for)?|excluding|other than|with the exception of|apart from|unless)\b[^,;.]{1,80},\s*"
    r"(?:must|should|shall|will|would|may|can|cannot|are|is|have|has|need|needs|agree|agrees)\b",
    re.IGNORECASE,
)
_FOLLOWING_LIST_GOES_ON = re.compile(
    r"\b(?:any|one|all|each|either)\s+(?:one\s+)?of\s+the\s+following\b[^:;.]*:[^;.]+;", re.IGNORECASE
)
_SECOND_EXCEPTION = re.compile(
    r"^\W*(?:other than|except(?:\s+for)?|excluding|apart from)\s+[^,;()]{1,60},\s*(?:unless|except|or if)\b"
    # "malignancy other than non-melanoma skin cancer or carcinoma in situ (e.g. ...) unless disease free for at least 2
    # years" (NCT05993949, sample 28: WRONG, the 2 years read as the skin cancer's): whose "unless" it is, the words
    # do not say.
    r"|^\W*(?:other than|except(?:\s+for)?|excluding|apart from)\b[^;]*\bunless\b"
    # "any autoimmune disease other than T1D with the exception of stable thyroid or celiac disease" (NCT07041268,
    # exports5: WRONG, the thyroid and celiac disease it lets in read as exceptions to T1D's allowance).
    r"|^\W*(?:other than|excluding|apart from)\b[^;]*\b(?:with the exception of|except(?:\s+for)?|other than|excluding|"
    r"apart from)\b",
    re.IGNORECASE,
)
_WINDOW = re.compile(
    # "other than basal cell carcinoma of the skin ... until 3 years prior to diagnosis" (NCT06131424): the head's window
    r"\bwithin\b|\bin the (?:past|last|previous|prior)\b|\buntil\s+\d+\s+(?:years?|months?|weeks?)\s+(?:prior|before)\b",
    re.IGNORECASE,
)
# An exception of a few words naming what does not count: no verb, no condition ("unless" stays a child).
_SHORT_EXCEPTION = re.compile(
    r"^(?:excluding|except(?: for)?|other than|apart from|with the exception of)\s+"
    r"(?P<what>(?:(?!(?:is|are|was|were|has|have|had|who|which|that|if|when|within|unless)\b)[\w'/-]+\s*){1,4}"
    r"(?:(?:or|and)\s+(?:(?!(?:is|are|was|were|has|have|had|who|which|that|if|when|within|unless)\b)[\w'/-]+\s*){1,2})?)\.?$",
    re.IGNORECASE,
)


def _read(text: str, sources: list[str], kind: Kind) -> PlainItem | None:
    """A sentence as one rewritten item; or, when only the part before its exception is read, that part with
    the exception under it in the study's words ("You have had another cancer." / "except for ...")."""
    whole = _rewritten(text, sources, kind)
    if whole is not None:
        return whole
    with_tail = _with_tail(text, sources, kind)
    if with_tail is not None:
        return with_tail
    split = _EXCEPTION.match(text.strip())
    if split is None or not _balanced(split["head"]):
        return None
    if not _bracket_ends_sentence(split["except"]):
        return None  # "X (excluding Y), Z and W during ...": the sentence goes on after its exception
    if _WINDOW.search(split["except"]):
        return None  # "Had malignant tumors except NSCLC within 5 years": the window may be the head's, not the exception's
    if _GOES_ON.match(split["except"]):
        # "any JAK2 inhibitor other than ruxolitinib, irrespective of dose, with a duration of >90 days" (NCT03165734,
        # sample 11: WRONG): what follows the excepted name is the head's own condition, not the exception's.
        return None
    if _EXAMPLES_AFTER_NAME.match(split["except"]) or _EXAMPLES_AFTER_NAMES.match(split["except"]):
        # "neurological disease other than LDH (such as head trauma, brain abscess, ...)" (NCT05233254): the examples
        # are of the head's disease, not of the one name excepted; cut there, they read as more exceptions.
        return None
    if _SECOND_EXCEPTION.match(split["except"]):
        # "anticoagulants, other than aspirin, unless the patient can be taken off the anticoagulant for surgery"
        # (NCT01534065, sample 25: WRONG, the "unless" read as aspirin's): two exceptions of the head, not one.
        return None
    if _PLANNED_AFTER.search(split["except"]):
        # "Any prior organ transplant with the exception of an autologous renal transplant ... or scheduled organ
        # transplantation date" (NCT02174731, hint9: WRONG, the planned transplant read as allowed): a reason of its own.
        return None
    if _DEFINES_THE_HEAD.match(split["except"]):
        # "significant cardiac disease unless well controlled (includes 2nd/3rd degree heart block, ...)" (NCT00514007,
        # hint8: WRONG, the kinds of heart disease read as the allowed case): the bracket lists the head's kinds.
        return None
    if _RULES_DIFFER.search(split["except"]):
        return None  # "within 4 weeks ..., unless local requirements are more stringent": a longer window, no exception
    if _IN_WHICH_EYE.search(split["except"]):
        # "Retinal disease other than AMD in the study eye." (NCT01603043, hint3-1: WRONG, "You have a disease of the
        # retina" read of both eyes, every participant's AMD in the other eye among it): the eye is the head's too.
        return None
    if _MAIN_CLAUSE_AFTER.match(split["except"]):
        # "Sexually active participants, unless surgically sterile, must agree to use a male condom ...": the exception
        # sits inside the sentence, whose verb comes after it; the head is only its subject (it read "You are
        # sexually active", NCT05348876).
        return None
    head = _rewritten(split["head"], sources, kind)
    if head is None or head.children or head.text is None:
        return None
    said = split["except"].lstrip(" ,")
    if said.startswith("(") and said.rstrip(" .;").endswith(")"):  # only the bracket the exception sits in
        said = said[1:].rstrip(" .;")[:-1]
    exception = original_words(said)
    short = _SHORT_EXCEPTION.match(exception)
    if not short:
        # Under "With this exception:", "Except (i) basal cell skin cancer ..." (NCT04472845, sample 18) and "Unless
        # diagnosed with Gilbert's syndrome" (NCT03983954, sample 17: UNREADABLE) say their word twice; the title says it.
        exception = _EXCEPTION_WORD.sub("", exception) or exception
    if short:
        # "(excluding TURP)": a few words read best inside the sentence they qualify, not as an item of their own.
        return head.model_copy(update={"text": f"{head.text.rstrip(' .')}, except {short['what'].rstrip(' .')}."})
    child = PlainItem(kind=kind, text=exception[:1].upper() + exception[1:], source_ids=sources, form="original-words")
    # Titled, and said in the sentence it qualifies, so that under "You cannot join if" the exception never reads as
    # one more reason (after-review: 6 WRONG; re-review: 1 more where only the title said it).
    return _as_exception(head.model_copy(update={"children": [child]}))


# The exception's last "or" names a planned event: what the reason's head keeps out in the future, not an exception.
_PLANNED_AFTER = re.compile(
    r"\bor\s+(?:an?\s+|the\s+)?(?:scheduled|planned|upcoming|anticipated|expected)\b", re.IGNORECASE
)


def _with_tail(text: str, sources: list[str], kind: Kind) -> PlainItem | None:
    """A sentence read but for the bracket it ends with ("(meeting IHS criteria)", "(ie: Peyronie's Disease)") or for
    how its fact was judged (", as defined by GINA 2011"): the rewritten sentence keeps that tail in the study's
    words. An exception in it is the exception's to say."""
    source = _prepared(text)
    if _ANOTHER_PERSONS_LIMIT.search(source):
        return None  # "... 27.5 kg/m^2 (family partner)": read but for its bracket, still not "Your BMI"
    # The patterns scan the whole sentence: tried only where their tail can be.
    tail = (_TRAILING_BRACKET.match(source) if source.endswith(")") else None) or (
        _JUDGED_TAIL.match(source) if _JUDGED_WORD.search(source) else None
    )
    if (
        tail is None
        or not _balanced(tail["head"])
        or _BRACKETED_EXCEPTION.search(tail["inside"])
        or _BRACKETED_TIME.search(tail["inside"])
        or (tail.re is _JUDGED_TAIL and _OPEN_JUDGEMENT.search(tail["inside"]))
        # "... within 18 months or as defined by the Investigator" (NCT01100021): the tail is an alternative, not how
        # the head was judged; cut there, the head's "or" would be lost.
        or trailing_connector(tail["head"])
    ):
        return None
    head = _rewritten(tail["head"], sources, kind)
    if (
        head is None
        or head.children
        or head.text is None
        or ". " in head.text
        or head.text.endswith((").", "))"))
        or _NEGATIVE.match(head.text)
        or head.text.startswith("No ")
    ):
        # After a negative ("No medical reason stops you from having a PET scan (pregnancy ...)") the bracket's
        # examples could be read either way; after a fact said in two sentences it would seem to qualify the
        # second; after the fact's own bracket ("(Cycle 1 Day 1)") it would seem to explain it.
        return None
    inside = tail["inside"].strip().rstrip(".")
    if left_out := _LEFT_OUT.match(inside):
        # "Anticoagulant (antiplatelet agents excluded)" (NCT01705197, sample 18: UNREADABLE): under "could not join",
        # "excluded" reads as one more reason; what it says is that they do not count.
        inside = f"not counting {left_out['what']}"
    said = f" ({inside})" if tail.re is _TRAILING_BRACKET else f", {inside}"
    joined = f"{head.text.rstrip(' .')}{said}."
    return head.model_copy(update={"text": joined}) if faithful(source, joined) else None


_LEFT_OUT = re.compile(r"^(?P<what>[^()]{3,60}?)\s+(?:(?:are|is)\s+)?excluded$", re.IGNORECASE)
_TRAILING_BRACKET = re.compile(r"^(?P<head>.{8,}?)\s*\((?P<inside>[^()]{2,200})\)$")
# A judgement that goes on: a list after a colon, another alternative ("... per RECIST or non-measurable disease"), a
# clause of its own ("... of more than 5.4 will be considered for ...").
_OPEN_JUDGEMENT = re.compile(r":|\b(?:or|will|and/or)\b", re.IGNORECASE)
_JUDGED_WORD = re.compile(
    r"\b(?:defined|assessed|confirmed|determined|documented|diagnosed|measured|evaluated|according|per)\b", re.I
)
_JUDGED_TAIL = re.compile(
    r"^(?P<head>.{8,}?),?\s+(?P<inside>(?:as\s+)?(?:defined|assessed|confirmed|determined|documented|diagnosed|measured|"
    r"evaluated)\s+(?:by|according\s+to|per|using|with)\s+[^;]{3,200}|(?:according\s+to|as\s+per)\s+[^;]{3,200})$",
    re.IGNORECASE,
)
# A time in the bracket may be the one the fact already says another way ("now (currently or within 30 days)").
_BRACKETED_TIME = re.compile(
    r"\b(?:within|last|past|prior|previous|before|after|since|ago|currently|current|now|hours?|days?|weeks?|months?|"
    r"years?)\b",
    re.IGNORECASE,
)
# An exception or allowance in the bracket is the exception machinery's to say, under what it excepts.
_BRACKETED_EXCEPTION = re.compile(
    r"\b(?:except|excluding|unless|other than|apart from|with the exception|but|not including|allowed|permitted|"
    r"eligible|acceptable|accepted|may|included|exempt|must|should|required?|negative)\b",
    re.IGNORECASE,
)


def _bracket_ends_sentence(exception: str) -> bool:
    """An exception that opens a bracket ends with it, or what follows it qualifies the same thing (examples, another
    exception): the main clause does not go on after the bracket ("(excluding X), radiation therapy ... during the
    5 years before ...": its head alone would lose the rest)."""
    text = exception.lstrip(" ,")
    if not text.startswith("("):
        return True
    depth = 0
    for index, char in enumerate(text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            rest = text[index + 1 :].strip(" .;,)")
            return not rest or bool(_QUALIFYING_REST.match(rest))
    return True


_QUALIFYING_REST = re.compile(
    r"(?:such as|e\.?\s?g\b|eg\b|for example|including|unless|except|provided|if)\b", re.IGNORECASE
)


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")") and text.count("[") == text.count("]")


def _allows(items: list[PlainItem]) -> bool:
    """Does the last item say an allowance ("unless ...") that the sentences after it may go on to describe?"""
    return bool(items) and bool(getattr(items[-1].fact, "allowance", False))


def _lone_member(rest: str) -> list[str]:
    """ "...the capsaicin portion of the study: a. Known allergy to capsaicin": a list of one, its marker the first."""
    lone = _FIRST_MARKER.match(rest)
    return [lone["member"]] if lone and not _LATER_MARKER.search(lone["member"]) else []


_FIRST_MARKER = re.compile(r"^\s*\(?(?:a|1|i)[.)]\s+(?P<member>\S.*)$", re.DOTALL)
# A second marker anywhere after the first ("b)", "(2)", "ii."): a list the inline reader could not cut, not a lone one.
_LATER_MARKER = re.compile(r"(?:^|[\s;,:.])\(?(?:[b-h]|ii|iii|iv|v|[2-9])[.)](?:\s|$)", re.IGNORECASE)


_SECOND_INLINE_LIST = re.compile(r";\s*(?=[A-Z][^;:()]{10,200}:\s*\(?1[.)]\s*\S)")


def _inline_list(text: str, parts: list[Sentence]):
    """A criterion with its own lettered list ("one of the following: a. ...; b. ..."): a group, like a lead-in."""
    head, colon, rest = text.partition(":")
    if not colon or not re.match(rf"\s*(?:(?:\(?[a-h1-9][.)]|\(?(?:i|ii|iii|iv)[.)])\s|{LETTER_TOUCHING_WORD})", rest):
        return None
    if second := _SECOND_INLINE_LIST.search(rest):
        # "... PVd ... if any of the following are present: (1) ..., (5) ...; A participant is not eligible to receive
        # Kd ... if any of the following are present:(1) ..." (NCT05572515, sample 33: WRONG x3, the Kd rules read as
        # the PVd list's fifth): a second list, numbered from 1 again, after a semicolon.
        first_list = _inline_list(text[: len(head) + 1 + second.start()], parts)
        second_list = _inline_list(rest[second.end() :], parts)
        if first_list and second_list:
            return lambda sources, kind: [*first_list(sources, kind), *second_list(sources, kind)]
    members = list_members(rest) or _lone_member(rest)
    if not members:
        return None

    def build(sources: list[str], kind: Kind) -> list[PlainItem]:
        member_items = [item for member in members for item in _statement_items(member, sources, kind)]
        joins = joins_of(head + ":", members)
        return [
            PlainItem(
                kind=kind,
                text=None,
                source_ids=sources,
                children_title=_lead_title(head + ":", joins),
                children_joins=joins,
                children=member_items,
            )
        ]

    return build


def _flush(pending: list[str], items: list[PlainItem], sources: list[str], kind: Kind) -> None:
    if pending:
        text = " ".join(pending)
        if items and _ADDING.match(text):
            # "... within 6 months. Also, active liver disease ...": after the item the sentence before became,
            # the rest stands alone, without its "Also," (NCT00421083).
            text = _ADDING.sub("", text)
            text = text[:1].upper() + text[1:]
        # "...; Orthostatic hypotension." closing a list of conditions under a lead-in (NCT04479917): a bare name, as
        # a titled list's member is, said plainly with the study's word beside it.
        named = _named_plainly(text, sources, kind) if len(pending) == 1 and len(sources) > 1 else None
        items.append(named or _original(text, sources, kind))
        pending.clear()


_IF_OPENING = re.compile(r"^\W*if\b", re.IGNORECASE)
_ADDING = re.compile(r"^(?:also|in addition|additionally|furthermore|moreover),\s+(?=[a-z])", re.IGNORECASE)


# A requirement written into the exclusion list ("Women of childbearing potential must agree to use contraception"):
# the list says "you cannot join if", the sentence says what you must do. Rewriting it either way is a guess
# (after-review: "you agree to use birth control" shown as a reason you cannot join), so the study's words stay.
_REQUIREMENT = re.compile(
    r"\b(?:must|should|shall|ha(?:s|ve) to|needs? to|(?:is|are) required to|"
    r"(?<!not )(?:agrees? to|willing to))\b",
    re.IGNORECASE,
)


def _rewritten(text: str, sources: list[str], kind: Kind) -> PlainItem | None:
    source = _prepared(text)
    if not source:
        return None
    if kind == "exclusion" and (reason := _reason_of(source, keep_state=True)):
        source = reason  # "Patients must not have X" under "You cannot join if": the reason is X
    if kind == "exclusion" and (_REQUIREMENT.search(source) or _WAIT_SINCE.match(source)):
        return None
    if _ANOTHER_PERSONS_LIMIT.search(source):
        return None  # "BMI ... 27.5 kg/m^2 (family partner)" is not "Your BMI" (NCT06724406, exports9: WRONG)
    recognised = _recognised(source, under_lead=len(sources) > 1)
    if recognised is None:
        return None
    rule, fact = recognised
    sentence = fact.sentence_in(kind)
    if sentence is None or not faithful(source, sentence):
        return None
    if kind == "exclusion" and _NEGATED_SOURCE.match(source) and _NEGATIVE.match(sentence):
        # "No current use of X" in an exclusion list is a requirement written in the wrong list; as "You are not
        # taking X" under "You cannot join if" it would say the opposite. The study's own words keep its ambiguity.
        return None
    return _fact_item(fact, rule, sentence, sources, kind)


# "No X", "Not currently taking X", "Never had X": in an exclusion list, almost always a requirement in the wrong list.
# ("Not able to consent", "No consent", "Absence of consent" are reasons to be left out, and read right as such.)
_NEGATED_SOURCE = re.compile(
    r"^\W*(?:no\b(?!\s+(?:signed\s+)?(?:written\s+)?(?:informed\s+)?consent)"
    r"|not\s+(?:currently|taking|on|receiving|using|having|had|have|pregnant)\b|never\b)",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(
    r"^(?:You|Your \w+(?: \w+)?) (?:(?:have|has|are|is|do|does|did|were|was) not|have never|has never|have no|has no|cannot|can't|"
    r"don't|doesn't|haven't|aren't|isn't)\b"
)


def _recognised(source: str, *, under_lead: bool) -> tuple[str, Fact] | None:
    """What a recogniser reads in a prepared sentence. A bare name ("Hypertension") under a lead-in ("History of the
    following:") takes the lead-in's state and time, so it is not read alone there ("You have high blood pressure")."""
    recognised = recognise(source)
    if recognised is not None and under_lead and getattr(recognised[1], "bare", False):
        return None
    return recognised


def _fact_item(fact: Fact, rule: str, sentence: str, sources: list[str], kind: Kind) -> PlainItem:
    return PlainItem(kind=kind, text=sentence, source_ids=sources, form="rewritten", rule=rule, fact=fact)


def _prepared(text: str) -> str:
    """A sentence as the recognisers read it: list marker, emphasis and trailing connectors gone, an impossible "and"
    between two bounds read as the "or" it means."""
    return impossible_and_as_or(original_words(text).rstrip(" .;,"))


def _original(text: str, sources: list[str], kind: Kind) -> PlainItem:
    return PlainItem(kind=kind, text=grades_in_words(original_words(text)), source_ids=sources, form="original-words")


_AND_AT_END = re.compile(r"\band\W*$", re.IGNORECASE)
_UNLESS_WHO = re.compile(r"\bunless\s+(?:she|he|they|the\s+(?:patient|subject|participant|woman|man))$", re.IGNORECASE)


def _lead_title(lead: str, joins: Joins, members: Sequence[str] = ()) -> str:
    """The title over a lead-in's children, in its own words, with what joins them when the words don't say.

    Only organ function ("Adequate organ function as defined below:") is said anew: a lead-in's words
    name a topic, and a fact read from them ("Diagnosis of one of the following") would claim too much."""
    core = _POINTER.sub("", lead.strip().rstrip(":").strip()) or lead
    recognised = recognise(_prepared(core))
    if recognised and isinstance(recognised[1], OrganFunction) and faithful(core, recognised[1].sentence()):
        # "Inadequate organ function:" over its limits (NCT00791544, hint9: WRONG as "all of these"): each one alone
        # shows it
        shown_by = "any one of these" if recognised[1].negative else "all of these"
        title = recognised[1].sentence().rstrip(".") + f", shown by {shown_by}"
    else:
        title = original_words(lead.strip().rstrip(":").strip())
        if lead.lstrip().startswith("and ") and not title.lower().startswith("and "):
            # "* and at least two of the following UTI symptoms ..., with the presence of a complicating factor:" after
            # the lower-cUTI fever rule (NCT01381549, hint4-1e: WRONG x5, without its "and" the factors read as
            # everyone's): the title keeps what ties it to the criterion before it.
            title = f"And {title[:1].lower()}{title[1:]}" if not title[:2].isupper() else f"And {title}"
    if joins == "any" and ENDS_WITH_OR.search(lead.strip().rstrip(":")):
        # "creatinine within normal institutional limits OR" over the clearances: itself one of the ways
        title = f"{ENDS_WITH_OR.sub('', title).rstrip(' ,;')}, or one of these"
    elif joins == "any" and len(members) >= 2 and all(PART_MEMBER.match(member) for member in members):
        title += " (the one for your part of the study)"
    elif joins == "except" and any(_AND_AT_END.search(member) for member in members[:-1]):
        # "Any woman of childbearing potential, unless she: 1. Agrees to ... and 2. Has a negative ... test"
        # (NCT03066947, hint9: LOSSY, the "and" lost with the list's layout): both are needed.
        title += " meets all of these" if _UNLESS_WHO.search(title) else " (all of these)"
    elif joins == "any" and not _ANY_SAID.search(lead) and not title.endswith("any one of these"):
        title += " (any one of these)"
    return _as_title(title)


def _as_title(text: str) -> str:
    text = text.strip().rstrip(" .;,")
    return text if text.endswith(":") else f"{text}:"


def _explain_once(items: Iterable[PlainItem], study_about: str, own_meanings: frozenset[str]) -> list[PlainItem]:
    """Each item with the glossary terms that are used first in it, in page order: each term explained once, in the
    sense its words and the lead-ins above it give. None for the abbreviations the study spells out as something else
    (`own_meanings`)."""
    seen: set[str] = set(own_meanings)

    def explain(item: PlainItem, lead: str = "") -> PlainItem:
        said = " ".join(filter(None, (item.children_title, item.text)))
        own = [term for term in terms_in(said, study_about, lead) if term.term not in seen]
        seen.update(term.term for term in own)
        children = [explain(child, f"{lead} {said}".strip()) for child in item.children]
        if own == item.terms and all(map(operator.is_, children, item.children)):
            return item  # most items: nothing to explain, nothing under them changed
        return item.model_copy(update={"terms": own, "children": children})

    return [explain(item) for item in items]
