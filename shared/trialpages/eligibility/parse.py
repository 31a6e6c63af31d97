"""Parse the registry's eligibility markdown into inclusion/exclusion sections of criterion trees.

Every piece of the original text lands in exactly one criterion, heading or preamble: list items,
their continuation lines and free paragraphs alike. The "Inclusion Criteria: / Exclusion
Criteria:" layout is a convention, not a rule, so headings are recognised in their common
variants, including ones run onto the end of a criterion's line.

The tree keeps what the text's layout says about meaning. A lead-in ("Any of the following:",
"At Randomization:", a free line ending in a colon) takes the items after it as its children even
when they are not indented; a sentence that introduces a whole list ("Patients who meet any of the
following criteria will be excluded:") is the section's preamble, not a criterion. Each
criterion with children says how they join it (`Criterion.joins`): all, any, except or heading.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from trialpages.eligibility.comparators import AT_LEAST, COMPARISON, MORE_THAN, comparison_phrase
from trialpages.eligibility.model import CriteriaSection, Criterion, Joins, Kind, ParsedCriteria

_ESCAPE = re.compile(r"""\\([\\`*_{}\[\]()#+\-.!<>^|~=&%$@'"])""")
_LIST_ITEM = re.compile(
    r"^(?P<indent>[ \t]*)"
    r"(?P<marker>[*+•·▪o-]|\d{1,3}[.)]|\(\d{1,3}\)|\([a-zA-Z]{1,4}\)|[a-zA-Z][.)]|[ivxIVX]{1,5}[.)])"
    r"[ \t]+(?P<text>\S.*)$"
)
_BULLET = re.compile(r"[*+•·▪o-]")
# "  -- Prior systemic therapy ..." then "  --- 1 cycle of standard-of-care treatment ... will be allowed ...:" under
# "* Have had any of the following prior to randomization:" (NCT06119581, sample 31: WRONG, read as one run-on
# lead-in that took the next bullet, "Have known active central nervous system metastases", as its exception): each
# dash past the first is a level deeper.
_DASH_MARKER = re.compile(r"^(?P<indent>[ \t]*)(?P<dashes>-{2,3})[ \t]+(?=\S)")


def _dashes_as_depth(line: str) -> str:
    marker = _DASH_MARKER.match(line)
    if marker is None:
        return line
    depth = len(marker["indent"]) + 2 * (len(marker["dashes"]) - 1)
    return f"{' ' * depth}- {line[marker.end() :]}"


# "3 .mixed phenotype acute leukemia (MPAL) or" between "2. ..." and "4. ..." (NCT04478006): a list number whose stop
# slipped after the space.
_SPACED_MARKER = re.compile(r"^([ \t]*)(\d{1,3}) \.(?=[A-Za-z])")
_ALLOWING = re.compile(
    r"\b(?:eligible|allowed|permitted|acceptable|accepted|may|can|not excluded|except\w*|unless|provided|if|only|"
    r"included|enrolled)\b",
    re.IGNORECASE,
)
# Criteria for leaving the study after joining ("Removing criteria:", "Dropout Criteria:"): not reasons you cannot join.
_LEAVING = r"removing|removal|withdrawal|discontinuation|elimination|drop-?out|rejection"
_LEAVING_HEADING = re.compile(rf"^(?:\w+\s+)?(?:{_LEAVING})\s+criteri", re.IGNORECASE)
_NAME_WORDS, _CRITERION_WORDS = 6, 10  # a member that names a thing; an item that states a criterion whole
_HEADING_WORDS = r"(?:[\w/&,'()-]+\s+){0,6}?"
_HEADING = re.compile(
    # (a protocol's section number before it: "III.6 EXCLUSION CRITERIA", NCT05266716, downloads6: WRONG, the exclusions
    # read as "The study also says" under a sentence of the preamble, pregnancy among them)
    r"^(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?P<heading>(?:(?:[IVX]{1,4}|\d{1,2})(?:\.\d{1,2})+\.?\s+)?"
    + _HEADING_WORDS
    # "Inclusions Criteria:" (NCT04342182, ctparser1: WRONG, its donors' rules read as reasons patients cannot join)
    # "Eligibly Criteria Specific for Expansion Phase" misspelt (NCT00598091, hint9: WRONG, read as an item, the
    # expansion phase's pancreatic-cancer rules shown under the dose-escalation phase's title)
    + r"(?:non-?inclusion|inclusion|exclusion|eligib(?:ility|ly|le)|"
    + _LEAVING
    + r")s?"
    # "Exclusion Citeria:" misspelt (NCT04801368: its exclusions read as requirements under the inclusion list)
    r"(?:\s*(?:/|and|or)\s*(?:inclusion|exclusion))?\s+c(?:riteri|iteri|riter|rieri|ritier)\w*\b[^:.*]{0,60}?)\s*(?:\*\*|__)?\s*"
    r"(?::\s*(?:\*\*|__)?\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
# "Inclusion Criteria for <whom>" alone on its line, however long its "whom".
# ("Inclusion criteria for participation in R3." and "... in R2.(once open to randomisation ...)", NCT02724163,
# downloads7: WRONG x12, read as items, each part's rules shown under the part before: a stop at its end, or before
# its bracket.)
_HEADING_FOR_WHOM = re.compile(
    r"^(?P<heading>(?:general |key |main |additional )?(?:inclusion|exclusion) criteria (?:for|in) "
    r"(?:[^.:;*]|\.(?=\())"
    r"{3,200}?)\s*[:.]?$",
    re.IGNORECASE,
)
# "Inclusion:" / "Exclusion:" alone on a line.
_SHORT_HEADING = re.compile(
    r"^(?:\*\*|__)?\s*(?P<heading>(?:key |main )?(?:non-?inclusion|inclusion|exclusion))\s*:\s*(?:\*\*|__)?$", re.I
)
_UNDERSCORED_HEADING = re.compile(
    r"^((?:Key_|KEY_)?(?:Inclusion|Exclusion|INCLUSION|EXCLUSION))_((?:[Cc]riteria|CRITERIA)\b)"
)
# "Inclusion" and "Exclusion" alone on a line of their own, without a colon (NCT05982769, exports7).
_BARE_HEADING = re.compile(r"^(?P<heading>(?:Inclusion|Exclusion|INCLUSION|EXCLUSION))$")
# After a bare "Inclusion" heading, its partner run onto the end of an item: "* abdominal or liver CT scan within 1 year
# of enrollment for stratification Exclusion" (NCT05982769, exports7: WRONG x15, every exclusion after it read as a
# requirement).
_TRAILING_BARE_EXCLUSION = re.compile(r"^(?P<text>.*[a-z0-9.;)\]])\s+(?P<heading>Exclusion|EXCLUSION)\s*:?\s*$")
# A heading run onto the end of a criterion's line ("... disease. Exclusion Criteria:"): written as a heading,
# capitalised, after a finished sentence; "not eligible by the above inclusion criteria" is a criterion.
_TRAILING_HEADING = re.compile(
    r"^(?P<text>.*[.;:)\]-])\s+(?P<heading>(?:Key |Main |Other |KEY |MAIN |OTHER )?(?:Inclusion|Exclusion|INCLUSION|EXCLUSION) "
    r"(?:[Cc]riteria|CRITERIA))\s*:?\s*$"
    # ... or in title case with whom it is for, even after an unfinished line: "... Informed Consent Inclusion
    # Criteria Partner" (NCT00377793).
    r"|^(?P<text2>.*\S)\s+(?P<heading2>(?:Inclusion|Exclusion) Criteria(?: (?:for |of )?(?:the )?(?:[A-Z][a-z]+|[A-Z0-9]{1,3})){1,3})"
    r"\s*:?\s*$"
    # ... or alone, with its colon, after a sentence missing its full stop: "... for the duration of the study Exclusion
    # Criteria:" (NCT01230762).
    r"|^(?P<text3>.*[a-z0-9])\s+(?P<heading3>(?:Inclusion|Exclusion) Criteria)\s*:\s*$"
)
# A list item is a heading only with these few words before it ("* Key Inclusion Criteria:");
# "2. Prior therapy exclusion criteria:" is a criterion, with a heading run onto its end.
_LIST_HEADING_LEAD = {"", "key", "main", "other", "general", "additional", "patient", "partner", "study"}
_BOLD_LINE = re.compile(r"^(?:\*\*|__)(?P<text>[^*_].*?)(?:\*\*|__)\s*$")

# A sentence that introduces the whole list: about the criteria or joining, and pointing at what follows.
_PREAMBLE = re.compile(
    r"^(?=.*\b(?:following|below|listed)\b)"
    r"(?=.*\b(?:criteria|criterion|requirements|eligible|eligibility|ineligible|exclud\w*|exclusion|inclusion|"
    r"included|participat\w*|entry|enrol\w*|admission|open to|suitable for)\b)"
    r"(?!.*\b(?:radiotherapy|surgery|treatment|medications?|conditions? (?:apply|are met)|diagnos\w*|(?:may|can) be "
    r"(?:enrolled|included|eligible))\b).{8,320}:\s*$",
    re.IGNORECASE,
)
_PREAMBLE_EXCLUDES = re.compile(
    r"\b(?:exclud\w*|exclusion|ineligible|not (?:be )?(?:eligible|included|enrolled|suitable|considered)|"
    r"will not|must not|cannot)\b",
    re.IGNORECASE,
)

# How a lead-in's children join it.
_JOINS_EXCEPT = re.compile(
    r"\b(?:except(?:ions?)?|unless|other than|excluding|apart from|with the exception|not apply|(?:is|are) (?:allowed|"
    # ("Acceptable bone marrow function as described below:", NCT06760702, names what must be good enough.)
    r"permitted|acceptable)|acceptable(?!\s+(?:bone|organ|marrow|hematolog|haematolog|renal|hepatic|liver|kidney|lab|"
    r"blood|cardiac))|allowed|permitted|not excluded|are eligible|is eligible)\b",
    re.IGNORECASE,
)
# Words of an exception itself; "eligible", "acceptable" alone give way to "one of the following" ("Both partners must
# agree to use one of the acceptable methods ... listed below:" lists alternatives, not exceptions).
_EXCEPTION_WORDS = re.compile(
    r"\b(?:except(?:ions?)?|unless|other than|excluding|apart from|with the exception|not apply|not excluded)\b",
    re.IGNORECASE,
)
# "The following patients will be considered as candidates to receive adjuvant radiotherapy:" over "All patients after
# breast conservation surgery ..." and "Patients after mastectomy if any of the below:" (NCT03788213): groups of people,
# one of which you must be in; a group with its own list under it is still one of them.
_CANDIDATE_GROUPS = re.compile(
    r"\bthe following (?:patients|participants|subjects|groups)\b[^.;:]{0,40}\bcandidates?\b", re.IGNORECASE
)
# A list of the birth-control methods a study accepts: "Methods considered as highly effective methods of contraception
# include:" (NCT06429761, sample 34), "Highly effective contraception methods include:" (NCT06427811, sample 37).
METHODS_OF_BIRTH_CONTROL = (
    r"\b(?:(?:methods?|forms?)\s+(?:considered\s+(?:as\s+|to\s+be\s+)?)?(?:highly\s+effective|effective|acceptable)\b[^.;:]{0,40}"
    r"\b(?:contracepti\w*|birth\s+control)|(?:highly\s+effective|effective|acceptable)\s+(?:(?:methods?|forms?)\s+of\s+)?"
    r"(?:contracepti\w*|birth\s+control)(?:\s+methods?)?)\b[^.;:]{0,20}\b(?:include|includes|are)\s*(?:\([^()]*\)\s*)?:\s*$"
)
# "Adequate bone marrow reserve or organ function as demonstrated by any of the following laboratory values:"
# (NCT04204473): the limits are what adequate means, every one of them, whatever "any" says.
_ADEQUACY_SHOWN_BY = re.compile(
    r"\badequate\b[^.;:]{0,80}\b(?:function|reserve)\b[^.;:]{0,20}\b(?:demonstrated|shown|evidenced|defined)\s+(?:by|as)\s+"
    r"any of the following\s+(?:laboratory|lab)\s+(?:values|results|tests)\s*:?\s*$",
    re.IGNORECASE,
)
_JOINS_ANY = re.compile(
    # ("Has one of more of the following conditions", NCT04015791, downloads1: WRONG as all of them: the registry's typo)
    # (not "using standard phase 1 criteria for organ function defined as:", NCT03506802, hint3: WRONG x8, every limit
    # read as a choice)
    r"(?<!phase )(?<!grade )(?<!stage )(?<!type )(?<!level )(?<!step )"
    r"\b(?:any|either|one (?:or|of) more|at least (?:one|1)|one|1)\b(?:\s*\(\s*1\s*\))?\s+(?:of\s+)?(?:the\s+)?"
    r"(?:following|below|these|criteria|features|conditions)\b|\bany of\b"
    # "one of the acceptable methods of contraception listed below:", "one of the study groups, as follows:"
    r"|\bone of the\b[^.;:]{0,60}\b(?:listed below|below|following|as follows)\b"
    r"|\bsuch as(?: the following| those below)?\s*:?\s*$"  # examples: one of them is enough
    # "Treated with a new targeted oral therapy as monotherapy or in combination:" over the regimens it may be
    # (NCT05309018, sample 22: LOSSY, read as all three): one therapy, named by its kinds.
    r"|\b(?:treated|treatment)\s+with\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,3}(?:therapy|treatment|regimen)\b[^.;:]{0,60}:\s*$"
    # "... solid tumor from the following list, that is metastatic/advanced, ...:" (NCT03983954, sample 17)
    r"|\bfrom the (?:following|list below)\b(?:\s+list)?"
    # "... and will be assigned as follows:" over "Adult arm: aged at least 12" / "Pediatric arm: aged 1 to 17"
    # (NCT05086315, sample 18): one arm each, not all of them.
    r"|\bassigned\s+as\s+follows\b"
    # "An underlying hematological malignancy including:" (NCT04856215, sample 17): a kind of one thing, one of them
    r"|^\W*(?:an?|one)\s+[^.;:]{3,80}\bincluding\s*:?\s*$"
    # "Relapsed or refractory B-ALL, defined as:" over one way of each (NCT05309213, sample 20: all were asked for)
    r"|\b(?:relapsed|recurrent)\s*(?:or|/|and/or)\s*refractory\b(?![^.;:]*\ball\s+(?:of|the)\b)[^.;:]*:\s*$"
    # "Methods considered as highly effective methods of contraception include:" (NCT06429761, sample 34): the methods
    # you may use, one of them enough.
    r"|(?:" + METHODS_OF_BIRTH_CONTROL + r")"
    # "Acceptable documentation of Alabama residency includes the following:" (NCT02695537, hint6-1: WRONG x3, each
    # document read as needed): what is accepted, one of them enough.
    r"|^\W*acceptable\s+[^.;:]{3,80}\binclud(?:e|es|ing)\b"
    # "On a stable dose of the following antidepressants, for at least 30 days ...:" over six drugs with their doses
    # (NCT01192503, hint6-1: WRONG x6, read as taking all six).
    r"|\bon\s+a\s+stable\s+(?:dose|regimen)\s+of\s+the\s+following\b"
    r"|" + _CANDIDATE_GROUPS.pattern,  # one group is enough
    re.IGNORECASE,
)
# A title rather than a statement: short, no verb, no numbers ("Abnormal laboratory values:", "Phase I", "At Randomization:").
_TITLE = re.compile(r"^[^\d<>=≤≥.;]{1,60}:?$")
# A label saying whom or when the items under it are for: "Cohort 1", "Group 2: Coronary heart disease", "Part A",
# "At Randomization", "Maintenance phase". The label is a number, a code in capitals, a roman numeral or a number
# word: "Arm amputation." (NCT07523269, exports9: WRONG x4, the four exclusions after it read as its) names no arm.
_LABEL = r"(?-i:\d[\w.-]{0,7}|[A-Z][A-Z0-9.-]{0,7}|[A-Z][a-z]?\d{0,2}|[ivx]{1,4}[ab]?)|one|two|three|four|five|six|seven|eight|nine|ten"
_SCOPE_LABEL = re.compile(
    r"^(?:for\s+|in\s+)?(?:(?:sub-?)?(?:cohorts?|groups?|arms?|parts?|phases?|stages? (?=[0-9IVX]+\b)|periods?|populations?|"
    rf"(?:sub-?)?stud(?:y|ies)|modules?|steps?|strat(?:a|um)|segments?|panels?|cycles?)(?![a-z])(?:\s*-?\s*(?:{_LABEL})\b|\s*(?=[:(,]|$))"
    r"|(?:at|before|after|during)\s+(?:screening|randomi[sz]ation|baseline|registration|enrol?lment|entry|inclusion|day 1|"
    r"visit\s*\d{1,2}(?=\s*:?\s*$))"  # "At Visit1" alone on its line (NCT02587988)
    r"|(?:screening|randomi[sz]ation|baseline|registration|enrol?lment|maintenance|extension|induction|run-in|open-label|"
    r"double-blind|treatment|follow-up)\s+(?:phase|period|stage|part)\b)",
    re.IGNORECASE,
)
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|must|should|will|shall|may|can|meet|meets|show|shows|include|includes)\b",
    re.IGNORECASE,
)
# "... (sPEP), or", "...; and", with a stray stop after it ("... or.", "... or,."): the list goes on.
_CONNECTOR_END = re.compile(r"(?:[;,]\s*(?:or|and|and/or)|\b(?:or|and|and/or))\s*[,;]?\s*\.?\s*$", re.IGNORECASE)


def _leads(text: str) -> bool:
    """Does a list item lead the items after it (a lead-in ending in a colon, or a scope label)?"""
    return bool(_COLON_END.search(text) or _EXCEPTIONS_FOLLOW.search(text)) or is_scope_label(text)


_CUT_AFTER_OF = re.compile(r"\s\w+\s+of$")
# "Proliferative diabetic retinopathy in the study eye, with the exceptions of" over its two exceptions (NCT01077401,
# hint4-1: WRONG x2, the exceptions read as reasons): a lead-in whose colon the registry left out.
# ("... pursuant to the GW clinical trial enrollment criteria unless" over "(a) there is no study ... open ... at UAB",
# NCT02695537, hint6-1: WRONG, the exception read as one more reason.)
_EXCEPTIONS_FOLLOW = re.compile(r",?\s+(?:with\s+the\s+exceptions?\s+of|unless)\s*$", re.IGNORECASE)
# "... defined as any of the following:." (NCT05519085): a stray stop after the colon still leads.
_COLON_END = re.compile(r":\s*\.?\s*$")


# "... and agrees to one of the following: Complete abstinence ...; or," with "Female sterilization; or," as the next
# item: a list begun on the item's own line and joined on by the items after it.
_INLINE_LIST_LEAD = re.compile(r"\b(?:one|any|either)\s+of\s+the\s+following\s*:(?=\s*\S)", re.IGNORECASE)


def _list_begun_on_line(text: str) -> re.Match | None:
    """The lead-in of a list whose first member is on the item's own line and goes on with "or"/"and"."""
    return _INLINE_LIST_LEAD.search(text) if _CONNECTOR_END.search(text) else None


# "Participant has a diagnosis of NF1 ... by meeting 2 of the following criteria:" then, at the same indent, the
# features and "Participant is seeking treatment": an item that names the lead-in's subject with a verb is a criterion
# of its own, not one of the lead-in's members (which are the features: "Family history of NF1").
_SUBJECT_VERB = re.compile(
    r"^(?:the\s+)?(?P<who>patients?|participants?|subjects?|volunteers?)\s+(?:is|are|has|have|had|was|were|must|should|"
    r"will|can|may|agrees?|does|did)\b",
    re.IGNORECASE,
)


def _goes_on(open_item: _Open, text: str) -> bool:
    """Does the bullet `text` go on with the criterion of the bullet before it, at the same indent?"""
    plain = open_item.number is None and not open_item.adopts
    # "* Patients receiving any medications ... that are potent inhibitors or inducers of" / "* CYP3A isoenzymes within
    # 7 days of randomization." (NCT02513394, sample 12): one criterion the registry's lines cut in two.
    cut_after_of = bool(_CUT_AFTER_OF.search(open_item.text)) and text.rstrip().endswith(".")
    # "* ... (Stratum A) or" / "* without new symptoms (Stratum B)." (NCT06016452, sample 31: WRONG, "Without new
    # symptoms" shown as enough on its own). (After "and" each part is required anyway: they stay apart.)
    # A word in lower case, not an abbreviation that starts in one ("eGFR <75 ... and UACR >300", NCT06383390, sample 50:
    # LOSSY, a third definition run into the second).
    first_word = text.split(maxsplit=1)[0] if text.strip() else ""
    or_goes_on = bool(re.search(r"\sor$", open_item.text)) and first_word[:1].islower() and first_word.islower()
    # "* ... defined as CNS grade 3 (per" / "* National Comprehensive Cancer Network guidelines)" (NCT05942599, sample
    # 28: the second a fragment under "You cannot join if"): the bracket one criterion opened.
    closes_bracket = (
        open_item.text.count("(") > open_item.text.count(")") and text.count(")") > text.count("(") and len(text) < 120
    )
    return (plain and (cut_after_of or or_goes_on)) or closes_bracket


# After birth-control methods, "Females are considered to be of non-childbearing potential if ..." and "Subject requires
# hospitalisation and has ... cUTI" (NCT01381549, hint4-1: WRONG x26, every inclusion after them read as one more
# method to choose from): a definition of whom a rule is for, or a subject's need, is the list's next criterion.
_A_RULE_OF_ITS_OWN = re.compile(
    r"^(?:the\s+)?(?:patients?|participants?|subjects?)\s+(?:requires?|needs?)\b"
    r"|^(?:females?|males?|wom[ae]n|m[ae]n)\s+(?:are|is)\s+(?:considered|defined)\b",
    re.IGNORECASE,
)


# "Acute pyelonephritis (complicated or uncomplicated): subjects must have documented fever ..." after a UTI's
# complicating factors (NCT01381549, hint4-1: WRONG, the other way into the study read as one more factor).
_CONDITION_LABEL = re.compile(r"^[A-Z][^:;.]{2,60}:\s*(?=\S)")


def _a_rule_after_choices(text: str, members: list[str]) -> bool:
    """Is `text` a rule of its own (its own subject and verb, a subject's need, whom a rule is for; after a label or
    not) after members that name no one: the list's next criterion, not one more member?"""
    label = _CONDITION_LABEL.match(text)
    said = text[label.end() :] if label and not is_scope_label(label.group()) else text
    return bool(_SUBJECT_VERB.match(text) or _A_RULE_OF_ITS_OWN.match(text) or _SUBJECT_VERB.match(said)) and not any(
        _NAMES_PEOPLE.match(member) for member in members
    )


def _choices_end(title: _Open, text: str, members: list[str]) -> bool:
    """Do a free line's choices ("... agrees to one of the following methods ...:") end before `text`, a rule of its own
    after two or more members that name no one (NCT01381549)?"""
    return bool(_JOINS_ANY.search(title.text)) and len(members) >= 2 and _a_rule_after_choices(text, members)


def _restates_subject(lead: str, text: str) -> bool:
    said, lead_said = _SUBJECT_VERB.match(text.strip()), _SUBJECT_VERB.match(lead.strip())
    if bool(said and lead_said and said["who"].lower().rstrip("s") == lead_said["who"].lower().rstrip("s")):
        return True
    # "Diabetic patients whose FBS ...", "Patients with hepatic or renal dysfunction ..." after "Patients with the
    # following cardiovascular disease:" and its one member (NCT05188989, sample 31: WRONG x14, every later reason was
    # shown as a heart disease): a criterion that names its patients anew is the next one, unless the lead-in lists
    # groups of patients.
    if _PATIENTS_WITH.match(lead.strip()) and _PATIENTS_WITH.match(text.strip()) and not _CANDIDATE_GROUPS.search(lead):
        return True
    # "Male patients should be willing to use barrier contraception" after "... or female patients must have ... one
    # of the following:" and its members (NCT02856893): a rule for other people is the next criterion.
    sexed, lead_sexed = _SEXED_SUBJECT.match(text.strip()), _SEXED_SUBJECT.search(lead)
    if sexed and lead_sexed and sexed["sex"].lower() != lead_sexed["sex"].lower():
        return True
    # "Binge-eating episodes are also associated with marked distress ..." after "Binge-eating episodes are associated
    # with >= 3 of the following:" and its five features (NCT02564588, hint5-1: WRONG x2, it and the rule after it
    # read as two more features to choose from): the lead-in's own subject and verb again make the next criterion.
    own, lead_own = _NOUN_THEN_VERB.match(text.strip()), _NOUN_THEN_VERB.match(lead.strip())
    return bool(own and lead_own and own["subject"].lower() == lead_own["subject"].lower())


_NOUN_THEN_VERB = re.compile(
    r"^(?P<subject>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s+(?:also\s+)?(?:is|are|was|were|has|have|must|should)\s",
)
# A line that says only "or" ("OR", "Or,", "and/or").
ONLY_OR = re.compile(r"^\W*(?:or|and/or)\W*$", re.IGNORECASE)
_PATIENTS_WITH = re.compile(
    r"^(?:the\s+)?(?:[a-z-]+\s+)?(?:patients?|participants?|subjects?)\s+(?:with|who|whose)\b", re.IGNORECASE
)
_SEXED_SUBJECT = re.compile(
    r"^(?:the\s+)?(?P<sex>male|female)\s+(?:patients?|participants?|subjects?)\s+(?:must|should|shall|will|need)\b",
    re.IGNORECASE,
)


_GROUP_OF_PEOPLE = re.compile(
    r"^(?:all\s+)?(?:patients|participants|subjects|women|men)\s+(?:after|who|with|undergoing)\b", re.IGNORECASE
)


def _one_of_the_groups(lead: str, text: str) -> bool:
    return bool(_CANDIDATE_GROUPS.search(lead) and _GROUP_OF_PEOPLE.match(text.strip()))


def _not_a_group(lead: str, text: str) -> bool:
    """Under a list of groups, an item that names no group is the next criterion ("The SCF will be included ...")."""
    return bool(_CANDIDATE_GROUPS.search(lead)) and not _GROUP_OF_PEOPLE.match(text.strip())


def _next_member_of_list(parent: _Open, text: str) -> bool:
    """ "* patients unable to tolerate MRI or claustrophobia;" over "  * patients who are deemed unsuitable ..."
    (NCT05649592, downloads1: WRONG, read as the only case of the first): an item closed by a semicolon and the next,
    about the same people, are two items of one list, however indented."""
    last = _chain_end(parent).rstrip()
    first = _first_word(text)
    return (
        last.endswith(";")
        and not _leads(last)
        and first in ("patients", "participants", "subjects")
        and _first_word(parent.text) == first
    )


def _chain_end(item: _Open) -> str:
    """The text that says whether an item's "or"/"and" chain goes on: its own, or its last member's when it leads one."""
    return _chain_end(item.adopted[-1]) if item.adopted else item.text


_BARE_MARKER = re.compile(r"^\s*(?:[*+•·▪o-]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|[ivxIVX]{1,5}[.)])?\s*$")


_DIAGNOSIS_INCLUDES = re.compile(r"\bdiagnos[ie]s\b|\bdiagnosed\b", re.IGNORECASE)
# A member labelled with the part, cohort, arm or phase it is for ("Phase 2: Documented EGFR ...", "Arm B: ...",
# "Dose-escalation part: ...", "For the Esophageal Cohort Expansion:").
PART_MEMBER = re.compile(
    r"^\s*(?:for\s+(?:the\s+)?(?:participants\s+in\s+)?)?(?:[A-Za-z-]+\s+){0,2}?(?:sub-?)?(?:cohorts?|groups?|arms?|parts?|"
    r"phases?|expansion|escalation)(?:\s+[\w.-]{1,6})?\s*(?::|\s[-–]\s)",
    re.IGNORECASE,
)
_DIAGNOSED_WITH_KINDS = re.compile(
    r"\bdiagnosed\s+with\s+[^:;]{3,80}:\s*$"
    # "... diagnosis of de novo, previously untreated large B-cell lymphoma (LBCL) according to 2022 WHO classification
    # including:" over its five kinds (NCT06356129, inclusion-groups audit: all five read as required)
    r"|\bdiagnos(?:is|ed)\s+(?:of|with)\s+[^:;]{3,250}\b(?:including|includes|such\s+as)\s*:\s*$"
    # "Subject has histologically/cytologically confirmed PTCL, using the World Health Organization (WHO) disease
    # classification:" over its eleven kinds (NCT03349333, hint6: LOSSY x10, each read as required)
    r"|\bconfirmed\s+[^:;]{2,80}?\b(?:using|according\s+to|per|by)\s+(?:the\s+)?[^:;]{0,80}\bclassification\s*:\s*$",
    re.IGNORECASE,
)
_LIMIT = re.compile(
    r"[<>≤≥=]|\b(?:at least|at most|less than|more than|greater than|fewer than|lower than|higher than)\b",
    re.IGNORECASE,  # "At least 1 prior line of therapy ..." among the kinds (NCT05712278, sample 31): a rule, not a kind
)
_ALL_OF_THEM = re.compile(r"\b(?:all|both|each|every|must|and)\b|criteria|conditions|requirements", re.IGNORECASE)
_KINDS_FOLLOW = re.compile(r"^\W*(?:this|these|which|it)\s+(?:includes?|include|comprises?)\s*:?\s*$", re.IGNORECASE)
_ORDINAL_IN_TEXT = re.compile(r"^\s*\(?(?:[ivx]{1,5}|[a-h])[.)]\s+\S", re.IGNORECASE)
_INLINE_MEMBERS = re.compile(r"^\s*(?:\(?[a-z]\)|[a-z]\.|\(?\d{1,2}\)|\d{1,2}\.|[ivx]{1,4}[.)])\s+\S")


def unescape_markdown(text: str) -> str:
    text = _ESCAPE.sub(r"\1", text)
    if "\\" in text:
        # "mg\dl" (NCT05439486) is a unit's slash; "t\he primary study" (NCT04961996) a stray key.
        text = _STRAY_BACKSLASH.sub("", _UNIT_BACKSLASH.sub(r"\1/\2", text))
    return text


_UNIT_BACKSLASH = re.compile(r"\b(mg|g|ng|mmol|umol|µmol|mL|ml|IU|U)\\(dl|dL|l|L|kg|ml|mL)\b")
_STRAY_BACKSLASH = re.compile(r"(?<=[a-z])\\(?=[a-z])")


_INCLUSION_AS_A_TIME = re.compile(r"\b(?:prior to|before|after|at|upon|until|from) (?:the )?inclusion\b")


def kind_of_heading(heading: str) -> Kind:
    # "The following exclusion criteria must be checked prior to inclusion at Cycle 1" (NCT03403712): inclusion as
    # the time of joining, not the list's name.
    lowered = _INCLUSION_AS_A_TIME.sub(" ", heading.lower())
    if re.search(r"non-?inclusion", lowered):
        return "exclusion"
    has_inclusion, has_exclusion = "inclusion" in lowered, "exclusion" in lowered
    if has_inclusion and not has_exclusion:
        return "inclusion"
    if has_exclusion and not has_inclusion:
        return "exclusion"
    return "other"


def is_title(text: str) -> bool:
    """A few words naming a group ("Concomitant medication:", "Phase I", "Group 2: CHD"), not a criterion of its own."""
    stripped = text.strip()
    if is_scope_label(stripped):
        return True
    # A line in capitals names a group though it is longer ("SURGERY AND OTHER TREATMENT-RELATED CONDITIONS OF
    # EXCLUSION", NCT03849365): no criterion is written that way and left without a stop.
    most = 10 if stripped.isupper() and len(stripped.split()) >= 2 else 6
    if _WINDOW_TITLE.match(stripped) or _FOR_WHOM_TITLE.match(stripped):
        return True
    return bool(_TITLE.match(stripped)) and len(stripped.split()) <= most and not _VERB.search(stripped)


# "Diabetes-related for participant with T2D" over the rules for them (NCT05813925, downloads3: WRONG x7, those with
# and without diabetes each read as held to the other's rules): a title that says whom, though it holds a number.
_FOR_WHOM_TITLE = re.compile(
    r"^[A-Za-z][\w/-]*(?:\s+[\w/-]+){0,3}\s+for\s+(?:participants?|patients?|subjects?|people|those)\s+"
    r"(?:with|without|who\s+(?:have|are))\s+[\w/ -]{1,30}:?$",
    re.IGNORECASE,
)
# "Within the 60 days prior to enrollment" over "• New onset or worsening of a pre-existing seizure disorder."
# (NCT03633708): when the criteria under it happened, a title though it has a number.
_WINDOW_TITLE = re.compile(
    r"^(?:with)?in\s+(?:the\s+)?(?:(?:last|past|previous)\s+)?\d{1,3}\s+(?:days?|weeks?|months?|years?)\s+"
    r"(?:prior\s+to|before)\s+[A-Za-z][\w\s-]{1,40}:?$",
    re.IGNORECASE,
)


def _is_group_title(text: str) -> bool:
    """A few words naming the criteria after it ("Asthma-related criteria", "Cardiac safety", "Pregnancy/Lactation")."""
    stripped = text.strip()
    return stripped[:1].isupper() and bool(re.search(r"[A-Za-z]{3}", stripped)) and is_title(stripped)


def is_scope_label(text: str) -> bool:
    """A short label of whom or when the items under it are for ("Cohort 1", "Part A:", "At Randomization:")."""
    stripped = text.strip()
    # ("Part 1 and Part 2 (Cohorts A to C)", NCT04728893, downloads7: its bracket says which cohorts, no more words)
    words = len(re.sub(r"\([^()]*\)", "", stripped).split())
    return words <= 8 and bool(_SCOPE_LABEL.match(stripped)) and not re.search(r"[<>=≤≥]", stripped)


@dataclass
class _Open:
    """A criterion still being read: more continuation lines may join it."""

    id: str
    kind: Kind
    depth: int
    parent_id: str | None
    indent: int
    lines: list[str] = field(default_factory=list)
    adopts: bool = False  # a lead-in: the items after it at its own indent are its children
    deeper: bool = False  # it has indented children of its own: it adopts nothing
    adopted: list[_Open] = field(default_factory=list)
    lettered: bool = False  # a free line titled "A) ...": its members end where their marking changes
    member_style: str | None = None  # the marking of a lettered title's first member
    number: int | None = None  # "3." or "3)": its place in a numbered list
    style: str | None = None  # its marker's kind: "bullet" ("*", "-"), "ordered" ("1.", "a)", "ii)"), None: no marker
    last_number: int | None = None  # the number of its last child
    values_only: bool | None = None  # an age title's members so far are all values ("≥12 months"); None: none yet

    @property
    def text(self) -> str:
        return " ".join(line.strip() for line in self.lines if line.strip())


class _Builder:
    def __init__(self) -> None:
        self.sections: list[CriteriaSection] = []
        self._kind: Kind = "other"
        self._heading: str | None = None
        self._scope: str | None = (
            None  # a label over whole sections ("Cohort 1" before its inclusion and exclusion lists)
        )
        self._preamble: list[str] = []
        self._criteria: list[Criterion] = []
        self._open: _Open | None = None
        self._stack: list[_Open] = []  # open list items by depth, for nesting
        self._top_counts: dict[Kind, int] = {"inclusion": 0, "exclusion": 0, "other": 0}
        self._child_counts: dict[str, int] = {}
        self._children: dict[str, list[str]] = {}
        self._last_number: int | None = None  # of the last top-level item
        self._last_top_number: int | None = None  # of the last numbered top-level item
        self._free_lines: set[str] = set()  # criteria that are lines of their own, not list items
        self._paragraphs_of: _Open | None = None  # a list item whose members are the paragraphs after it

    # -- sections --------------------------------------------------------------
    def heading(self, heading: str) -> None:
        self._close()
        self._flush_section()
        kind = kind_of_heading(heading)
        # (NCT05649592, downloads1: WRONG, who may be taken out after joining read as who could not join)
        self._kind = kind if kind != "other" else "other" if _LEAVING_HEADING.match(heading) else self._kind
        self._heading = heading.strip()
        self._stack = []
        self._paragraphs_of = None
        self._last_top_number = None  # a new list numbers from 1

    def under_bare_inclusion(self) -> bool:
        """Is the open section headed by "Inclusion" alone, its "Exclusion" partner not met yet?"""
        return self._kind == "inclusion" and bool(_BARE_HEADING.match(self._heading or ""))

    def inline_topic(self, heading: tuple[str, str]) -> bool:
        """Is a list item's heading a topic of the list it is in, with its members run onto its line?"""
        title, rest = heading
        return (
            bool(_INLINE_MEMBERS.match(rest))
            and kind_of_heading(title) == self._kind
            and bool(re.search(r"\b(?:related\s+to|regarding|concerning|about)\b", title, re.IGNORECASE))
        )

    def scope(self, label: str) -> None:
        """A label over the sections that follow, until the next such label: it stands as a section of its own."""
        self._close()
        self._flush_section()
        self._heading, self._scope = label.strip(), label.strip().rstrip(":").strip()
        self._kind = "other"
        self._stack = []

    def inclusion_first(self) -> None:
        """The criteria before the first heading are the inclusion list."""
        self._kind = "inclusion"

    def starts_section(self) -> bool:
        return not self._criteria and self._open is None

    def preamble(self, text: str) -> None:
        """A sentence before the first criterion that introduces the list: it can say which list it is."""
        self._preamble.append(text.strip())
        if _PREAMBLE_EXCLUDES.search(text):
            self._kind = "exclusion"
        elif self._kind == "other" and re.search(r"\b(?:inclusion|eligible|must|open to|admission)\b", text, re.I):
            self._kind = "inclusion"

    def _flush_section(self) -> None:
        if self._criteria or self._heading or self._preamble:
            if self._criteria and self._criteria[0].id not in self._free_lines:
                unnested = _unnested(self._criteria, self._children)
                if unnested is not self._criteria:
                    del self._children[self._criteria[0].id]  # it leads nothing now: no "joins" for it
                    self._criteria = unnested
            self.sections.append(
                CriteriaSection(
                    kind=self._kind,
                    heading=self._heading,
                    criteria=self._criteria,
                    preamble=" ".join(self._preamble) or None,
                    scope=self._scope,
                )
            )
        self._criteria = []
        self._preamble = []

    # -- criteria --------------------------------------------------------------
    def item(self, indent: int, text: str, number: int | None = None, style: str | None = None) -> None:
        self._paragraphs_of = None
        open_item = self._open
        if open_item is not None and number is None and open_item.indent == indent and _goes_on(open_item, text):
            open_item.lines.append(text)
            return
        if (
            open_item is not None
            and open_item.parent_id is not None
            and not open_item.adopts
            and open_item.indent == indent
            and ONLY_OR.match(text)
        ):
            # "Creatinine:" over "Within normal institutional limits", "OR", "Creatinine clearance > 60 ..." (NCT00226941,
            # hint5-1: WRONG, the normal creatinine read as needed, the "OR" as a choice of its own): between two members,
            # the line ends the one before it, which the one after it is the other way to meet.
            open_item.lines.append(text.strip(" ,;."))
            return
        self._close()
        section = self._stack[0] if self._stack else None
        if section is not None and section.lettered:
            if section.member_style is None:
                section.member_style = style
            elif style != section.member_style:
                self._stack = []  # "B) Concomitant Medication 1. ..." after "A) ..." and its bullets: the next section
        while (
            self._stack and self._stack[-1].indent >= indent and not self._adopts(self._stack[-1], indent, text, style)
        ):
            self._stack.pop()
        title = self._stack[-1] if self._stack and self._stack[-1].indent < 0 else None
        if title is not None and title.values_only and not _VALUE.match(text) and len(text.split()) >= 4:
            # "Patient age:" over "≥12 months", "≥12 weeks ...", then "Normal renal function defined as ..." (NCT02724163,
            # downloads7: LOSSY, the kidney, liver and consent rules read as ages to choose from): a whole criterion
            # after the values ends the title's list.
            self._stack.pop()
            title = None
        if title is not None and _choices_end(title, text, [c.text for c in self._criteria if c.parent_id == title.id]):
            self._stack.pop()
            title = None
        # (only for items numbered on from the list before the title: a group's own list starts again at 1)
        if (
            title is not None
            and number is not None
            and number > 1
            and self._child_counts.get(title.id)
            and _one_sex_group_ends(title, text)
        ):
            self._stack.pop()
        # "11." indented under a bullet of item 10 continues the numbered list: it is 10's sibling.
        parent = self._stack[-1] if self._stack else None
        if number is not None and (parent.last_number if parent else self._last_number) != number - 1:
            for depth, entry in enumerate(self._stack):
                if entry.number is not None and entry.number + 1 == number:
                    del self._stack[depth:]
                    indent = entry.indent
                    break
            else:
                # "4. Has minimum mean attack frequency ..." after "3. ...:", "a. ...:" and its members "1." to "6."
                # (NCT01701245): the criteria's own numbering goes on, whatever unnumbered item came between.
                if (
                    parent is not None
                    and parent.indent >= 0  # a list item, not a title line over a group ("Asthma-related criteria")
                    # "  6) In the case of patients who ..." indented under a bullet after "5. ..." (NCT06761586, sample
                    # 39: WRONG x3, read as rules under the bullet): a list of its own would start at 1, not at 6.
                    and (parent.last_number is not None or number > 2)
                    and self._last_top_number == number - 1
                ):
                    self._stack.clear()
        parent = self._stack[-1] if self._stack else None
        if parent is not None and parent.indent < indent and _next_member_of_list(parent, text):
            indent = parent.indent
            self._stack.pop()
            parent = self._stack[-1] if self._stack else None
        if parent is not None and parent.indent < indent:
            parent.deeper = True
        begun = _list_begun_on_line(text)
        self._open = self._new(text[: begun.end()] if begun else text, indent, parent)
        self._open.adopts = _leads(text) or begun is not None
        self._open.number = number
        self._open.style = style
        if parent is None:
            self._last_number = number
            self._last_top_number = number if number is not None else self._last_top_number
        else:
            parent.last_number = number
        self._stack.append(self._open)
        if begun:  # its first member, then the items that go on with "or"/"and", are its children
            self.item(indent, text[begun.end() :].strip())

    def numbered_items(
        self, indent: int, text: str, number: int | None, style: str | None = None, marker: str | None = None
    ) -> None:
        """A list item, and the items run onto its line ("... not limited 2. Acute leukemia ...", "... 0 to 2;
        4. Bone marrow ..."): a marker that continues its own or an enclosing list's numbering starts the next."""
        while True:
            own = {number + 1} if number is not None else set()
            run_on = _run_on_item(text, own | {entry.number + 1 for entry in self._stack if entry.number})
            if run_on is None:
                break
            self.item(indent, text[: run_on.start()].rstrip(), number, style)
            text, number, style = text[run_on.end() :], int(run_on.group("number")), "ordered"
        own_roman = re.fullmatch(r"\(?([ivx]{1,4})[.)]", (marker or "").strip())
        while own_roman and (sibling := _roman_run_on(text, f" {own_roman[1]}. ")):
            # "i. For women: more than 3 drinks ... and ii. For men: more than 4 drinks ..." (NCT04886388, exports3:
            # WRONG, the men's limit read under the women's title): the item's own numbering goes on beside it.
            self.item(indent, text[: sibling.start()].rstrip(), number, style)
            text, own_roman = text[sibling.end() :], re.fullmatch(r"([ivx]{1,4})", sibling["roman"])
        numbering = " ".join(entry.text for entry in self._stack)
        while roman := _roman_run_on(text, numbering):
            # "a. At least 5 attacks fulfilling: i. ... ii. Headache is accompanied by at least 1 of the following:"
            # over "1. ..." to "6. A sense of restlessness iii. Attacks have a frequency ... iv. Attacks recur ..."
            # (NCT01701245): iii and iv go on the lead-in's own numbering, not the last of its alternatives; they
            # are rules for everyone, as its first two are.
            self.item(indent, text[: roman.start()].rstrip(), number, style)
            self._stack.clear()
            numbering, text, number, style, indent = roman.group(), text[roman.end() :], None, "ordered", 0
        while dash := _dash_run_on(text):
            # "Primary hypoactive sexual desire- History of myocardial infarction ..." (NCT00668018): two criteria
            # whose list marker was lost, its dash left glued to the first one's last word.
            self.item(indent, text[: dash.start("dash")].rstrip(), number, style)
            text, number = text[dash.end("dash") :], None
        self.item(indent, text, number, style)

    def _adopts(self, lead: _Open, indent: int, text: str, style: str | None) -> bool:
        """Does lead-in `lead`, at the new item's own indent, take the new item as its child?"""
        if (
            not lead.adopts
            or lead.deeper
            or lead.indent != indent
            or (_leads(text) and not _one_of_the_groups(lead.text, text))
            or _not_a_group(lead.text, text)
            or _restates_subject(lead.text, text)
            or _next_label(lead.text, text)
        ):
            return False
        members = lead.adopted
        if members and _EXCEPTIONS_FOLLOW.search(lead.text) and ENDS_WITH_OR.search(members[-1].text):
            return True  # "... photocoagulation OR" / "Tufts of neovascularization ...": the other exception
        if self._kind == "exclusion" and members and _a_stranger_to(lead, members, text):
            return False
        if (
            members
            and _GIVES_EXAMPLES.search(lead.text)
            and _NAMES_PEOPLE.match(text)
            and not _NAMES_PEOPLE.match(_last_sentence(lead.text))
        ):
            # "Medical history of cardiovascular disease such as:", its one member, then "Patients with uncontrolled,
            # active infections ..." and twelve more (NCT05645718, downloads7: WRONG x14, each read as a heart disease;
            # "Males need to inform the doctor ..." read as a method of birth control): a rule that names people anew
            # is the list's next criterion, not one more example.
            return False
        if (
            members
            and not _CANDIDATE_GROUPS.search(lead.text)
            and _a_rule_after_choices(_unlabelled(text), [_unlabelled(member.text) for member in members])
        ):
            # "... and, either/both of the following:" over "Unable to receive anthracyclines ...", then "For leukemia:
            # Patients must have ≥ 5% blasts ..." (NCT05645718, downloads7: WRONG x5, the rules after it read as choices):
            # a rule with its own subject and verb after members that name no one is the next criterion.
            return False
        # Members marked alike ("i) ...", "ii) ...") end where the marking changes ("- For participants ..."): the
        # registry's next criterion, not one more member (NCT05519085: an exclusion read as one of its exceptions).
        if (
            style
            and members
            and all(member.style == members[0].style for member in members)
            and (members[0].style not in (None, style))
        ):
            return False
        # Members numbered in their text ("* i. High risk ALL ...", ..., "* xiii. ...") end at the first that is not
        # ("* Positive pre-transplant evaluation", NCT05304754, sample 26: WRONG x12, the rules for everyone after it
        # were shown as more diagnoses to choose from).
        if (
            len(members) >= 2
            and all(_ORDINAL_IN_TEXT.match(member.text) for member in members)
            and not _ORDINAL_IN_TEXT.match(text)
        ):
            return False
        # Under an exclusion list's "any of the following:", names ("HIV", "Hepatitis B (HBsAg positive)") end where a
        # whole criterion begins (NCT05507827: "Currently receiving corticosteroids ..." and ten more were shown as
        # infections). Either way any one of them is a reason to be left out: the end only says what they are.
        if (
            self._kind == "exclusion"
            and len(members) >= 2
            and _JOINS_ANY.search(lead.text)
            and 2 * sum(len(member.lines[0].split()) <= _NAME_WORDS for member in members) >= max(4, len(members))
            and len(text.split()) >= _CRITERION_WORDS
        ):
            return False
        # Members that all begin alike ("patients with myocardial infarction ...", "patients with unstable angina ...")
        # end with one that does not ("CIALIS is contraindicated in patients who have loss of vision ...", NCT02304679,
        # lead-in adoption audit: an eye condition shown as one of the heart conditions).
        # (People only: "Ipsilateral ..." five times, then "A sense of restlessness or agitation", is one list.)
        first_words = {_first_word(member.text) for member in members}
        if (
            len(members) >= 3
            and len(first_words) == 1
            and first_words <= {"patients", "participants", "subjects"}
            and _first_word(text) not in first_words
        ):
            return False
        if members and _one_sex_group_ends(lead, text):
            return False
        # After an exception's members, "Presence of clinically significant uncontrolled CNS pathology ..." (NCT05645718)
        # opens the next reason, whatever it allows in its own words.
        if members and _JOINS_EXCEPT.search(lead.text) and _OPENS_A_REASON.match(text):
            return False
        # An exception's members are allowances: "Total bilirubin ≤ 1.5 ULN with the following exception:" took "...
        # Gilbert disease ... may be enrolled." and then the next lab limits as more exceptions (NCT05798663). A member
        # that says no allowance ends them when it is a limit or shares no words with them ("Other primary solid tumor
        # treated with curative intent ..." after "... with exception of:", NCT05645718, downloads7: WRONG, an allowed
        # kind of cancer shown as a reason of its own, is one more).
        if (
            members
            and _JOINS_EXCEPT.search(lead.text)
            and not _ALLOWING.search(text)
            and (
                _LIMIT_LIKE.search(text)
                or len(_stems(text) & _stems(lead.text).union(*(_stems(member.text) for member in members))) < 2
            )
        ):
            return False
        # Members joined by "or"/"and" ("a; or", "b; or", "c.") end with the first one without it.
        closed = any(_CONNECTOR_END.search(_chain_end(m)) for m in members[:-1]) and not _CONNECTOR_END.search(
            _chain_end(members[-1])
        )
        return not (len(members) >= 2 and closed)

    def paragraph(
        self, indent: int, text: str, after_blank: bool, heads_list: bool = False, lettered: bool = False
    ) -> None:
        """A line that is no list item: it continues the open item, unless it is a title set apart by a blank line
        ("2. Male or female ..." / "   General medical history" / "3. ..."), which heads the items after it."""
        open_item = self._open
        lead = self._paragraphs_of
        if lead is not None and after_blank and not text.rstrip().endswith(":") and not is_title(text):
            # "Colorectal Cancer - ...", "Ovarian cancer - ...", "Renal Cell Carcinoma - ..." (NCT06760702): each
            # paragraph after the lead-in is one more of its members.
            self._close()
            self._open = self._new(text, indent, lead)
            return
        self._paragraphs_of = None
        if (
            open_item is not None
            and (not after_blank or indent > open_item.indent)
            and not (after_blank and heads_list and _is_group_title(text) and open_item.text.endswith((".", ";")))
        ):
            open_item.lines.append(text)
            return
        if (
            open_item is not None
            and after_blank
            and open_item.style is not None
            and not open_item.deeper
            and open_item.text.rstrip().endswith(":")
            and not text.rstrip().endswith(":")
            and not is_title(text)
        ):
            # "* Patients with the following cardiovascular disease:" / (blank) / "Myocardial infarction ...; Unstable
            # angina ..." (NCT04479917, sample 23): the paragraph is the list the item leads in, not a criterion of
            # its own (which read alone as one more reason, its lead-in an empty one).
            self._close()
            # Its members are these paragraphs: the items after them are criteria of their own, or of the title line
            # over it ("Subjects have to fulfill all of the following criteria before ... the double blind treatment
            # phase:", NCT05196308, sample 40: WRONG x2, its last two criteria read as the run-in phase's).
            self._stack = [entry for entry in self._stack if entry.indent < 0 and entry is not open_item]
            self._open = self._new(text, indent, open_item)
            self._paragraphs_of = open_item
            return
        self._close()
        self._stack = []
        self._open = self._new(text, indent, None)
        self._free_lines.add(self._open.id)
        # A free line ending in a colon, or a bare title, leads the items after it; so does one that a part's label
        # opens ("Part 2 (Cohort H): confirmed diagnosis of WM; ...", NCT04728893, downloads7: WRONG x3, the cohort's
        # rules after it read as everyone's).
        if text.rstrip().endswith(":") or is_title(text) or labelled_by_a_part(text):
            self._open.adopts = True
            self._open.indent = -1
            self._open.lettered = lettered
            self._stack.append(self._open)

    def _new(self, text: str, indent: int, parent: _Open | None) -> _Open:
        if parent is None:
            self._top_counts[self._kind] += 1
            criterion_id = f"crit-{self._kind[:3]}-{self._top_counts[self._kind]}"
        else:
            self._child_counts[parent.id] = self._child_counts.get(parent.id, 0) + 1
            criterion_id = f"{parent.id}-{self._child_counts[parent.id]}"
            self._children.setdefault(parent.id, []).append(criterion_id)
        opened = _Open(
            id=criterion_id,
            kind=self._kind,
            depth=parent.depth + 1 if parent else 0,
            parent_id=parent.id if parent else None,
            indent=indent,
            lines=[text],
        )
        if parent is not None and parent.indent >= indent:
            parent.adopted.append(opened)
        if parent is not None and parent.indent < 0 and _AGE_TITLE.match(parent.text):
            parent.values_only = parent.values_only is not False and bool(_VALUE.match(text))
        return opened

    def _close(self) -> None:
        if self._open is not None:
            opened = self._open
            self._criteria.append(
                Criterion(
                    id=opened.id,
                    kind=opened.kind,
                    text=opened.text,
                    depth=opened.depth,
                    parent_id=opened.parent_id,
                )
            )
            self._open = None

    def result(self) -> ParsedCriteria:
        self._close()
        self._flush_section()
        sections = [
            _lifted_out_of_members(_unstaired(section, self._children), self._children) for section in self.sections
        ]
        return ParsedCriteria(sections=[_with_joins(section, self._children) for section in sections])


# What a list item that leads the items under it says: a lead-in's words, a dangling end ("Patients with"), or
# what allowed methods and examples are introduced by ("must use contraception", "such as").
_LEAD_WORDS = re.compile(
    r"\b(?:following|below|as follows|listed|include|includes|including|such as|e\.g|i\.e|defined|criteria|one of|any of|"
    r"all of|either|unless|except\w*|in case|contracep\w*|birth control|methods?)\b",
    re.IGNORECASE,
)
_DANGLING_END = re.compile(
    r"\b(?:with|of|to|for|who|which|that|are|be|is|must|and|or|the|a|an|in|on|by|if|when)$", re.IGNORECASE
)


# The registry's sign of it: a second list marker typed into the item ("* • Subject ...", "* (1) Patients ..."), or
# the first item beginning as the items under it do ("History of BPH surgery" / "History of pelvic radiation"); a
# lead-in that names a topic ("Adequate organ function" / "Serum bilirubin ...") does neither.
_MARKED = re.compile(r"^\s*(?:[•·▪]|\(?\d{1,2}[.)])")


def _first_word(text: str) -> str:
    word = re.search(r"[a-z]+", text.lower())
    return word.group(0) if word else ""


def _unnested(criteria: list[Criterion], children: Mapping[str, list[str]]) -> list[Criterion]:
    """A section whose first list item holds every other item indented under it, though it leads nothing ("* History
    of BPH surgery" / "  * History of pelvic radiation" / "  * ..."): the registry's indentation, not a list under
    it. Its items are the section's criteria, each on its own; a first item that leads (a colon, a lead-in's words,
    a dangling end) keeps them."""
    first = criteria[0]
    text = first.text.strip()
    if (
        len(criteria) < 3
        or first.depth != 0
        or first.id not in children
        or any(criterion.depth == 0 for criterion in criteria[1:])
        or _leads_anything(text)
        or not (
            _MARKED.match(text)
            or _first_word(text) in {_first_word(c.text) for c in criteria if c.parent_id == first.id}
        )
    ):
        return criteria
    return [first] + [
        criterion.model_copy(
            update={
                "depth": criterion.depth - 1,
                "parent_id": None if criterion.parent_id == first.id else criterion.parent_id,
            }
        )
        for criterion in criteria[1:]
    ]


# "Adequate liver function:" over its limits, then "Adequate renal function: Calculated creatinine clearance ≥ 45mL/min"
# at the same indent (NCT02369484, sample 14: it and the seven criteria after it were shown as liver tests).
_ORGAN_LABEL = re.compile(
    r"^(?:adequate|normal|sufficient|acceptable)\s+(?P<organ>[\w/ -]{2,40}?)\s+(?:function|reserve)\b", re.IGNORECASE
)


_ORGAN_NAME_LABEL = re.compile(
    r"^(?P<organ>cardiac|cardiovascular|heart|hepatic|liver|renal|kidney|pulmonary|lungs?|respiratory|CNS|"
    r"neurologic(?:al)?|ha?ematologic(?:al)?|bone marrow|coagulation)\s*(?:function\s*)?:",
    re.IGNORECASE,
)


def _next_label(lead: str, text: str) -> bool:
    """ "Cohort 6: Pancreatic cancer" then "Cohort 7: Rare tumors: ...": the next one of the same labels, a sibling, not
    a member (NCT04482309 showed cohort 7 as a kind of pancreatic cancer). So is the next organ's "Adequate ...
    function" after another's."""
    organ, next_organ = _ORGAN_LABEL.match(lead.strip()), _ORGAN_LABEL.match(text.strip())
    if organ and next_organ and organ["organ"].lower() != next_organ["organ"].lower():
        return True
    # "Hepatic:" over its bilirubin and ALT/AST lines, then "Renal: Calculated creatinine clearance ..." (NCT05507827,
    # sample 20: the kidney, lung and brain rules were shown as the liver's).
    organ, next_organ = _ORGAN_NAME_LABEL.match(lead.strip()), _ORGAN_NAME_LABEL.match(text.strip())
    if organ and next_organ and organ["organ"].lower() != next_organ["organ"].lower():
        return True
    # "Probable bacterial meningitis patients: ... showing at least one of the following:" then "Confirmed bacterial
    # meningitis patients: A case that ..." (NCT02467309, trialgpt2: WRONG, the confirmed cases shown as one more finding
    # of the probable ones): a label that differs only in its first word names the next group.
    named, next_named = _GROUP_LABEL.match(lead.strip()), _GROUP_LABEL.match(text.strip())
    if named and next_named:
        words, next_words = named["label"].lower().split(), next_named["label"].lower().split()
        if words[0] != next_words[0] and words[1:] == next_words[1:]:
            return True
    # "Part B/Cohort I erlotinib-naive subjects" then "Part B/Cohort II subjects who ..." (NCT00329004, hint7b: WRONG,
    # cohort II read as cohort I's): labels that share a first part but name another second one are siblings.
    compound, next_compound = _COMPOUND_LABEL.match(lead.strip()), _COMPOUND_LABEL.match(text.strip())
    if compound and next_compound and compound[0].lower() != next_compound[0].lower():
        return True
    first, then = _SCOPE_LABEL.match(lead.strip()), _SCOPE_LABEL.match(text.strip())
    if first is None or then is None:
        return False
    return first.group().split()[0].lower() == then.group().split()[0].lower() and first.group() != then.group()


_COMPOUND_LABEL = re.compile(r"^(?:part|cohort|arm|group)\s+\w+\s*/\s*(?:part|cohort|arm|group)\s+\w+\b", re.IGNORECASE)
_GROUP_LABEL = re.compile(r"^(?P<label>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){2,5})\s*:\s*\S")


def _leads_anything(text: str, *, in_brackets: bool = True) -> bool:
    """Does a list item lead the items under it: a colon, a lead-in's words, a dangling end? `in_brackets=False`: lead
    words in brackets ("(e.g. nitroglycerin, ...)") give examples of the item itself and lead nothing."""
    text = text.strip()
    words = text if in_brackets else re.sub(r"\([^()]*\)", "", text)
    return bool(
        _leads(text)
        or _list_begun_on_line(text)
        or _LEAD_WORDS.search(words)
        or _DANGLING_END.search(text.rstrip(" .,;"))
    )


def _unstaired(section: CriteriaSection, children: dict[str, list[str]]) -> CriteriaSection:
    """Items typed as a staircase, each indented under the one before though none leads ("* Nitrates ..." /
    "  * Anticoagulant ..." / "    * Medicines affecting CYP3A4 ..." / ..., NCT00351065): members of one list, each the
    only child of the one before. A chain of three or more such items is put back side by side under the first one's
    parent; `children` is updated in place to match."""
    by_id = {criterion.id: criterion for criterion in section.criteria}
    moved: dict[str, Criterion] = {}
    for criterion in section.criteria:
        if criterion.id in moved:
            continue
        chain = [criterion]
        while (
            len(children.get(chain[-1].id, [])) == 1
            and children[chain[-1].id][0] in by_id
            and not _leads_anything(chain[-1].text, in_brackets=False)
        ):
            chain.append(by_id[children[chain[-1].id][0]])
        if len(chain) < 3:
            continue
        for link in chain[:-1]:
            del children[link.id]
        siblings = children.get(criterion.parent_id, []) if criterion.parent_id else None
        for offset, member in enumerate(chain[1:], start=1):
            moved[member.id] = member.model_copy(update={"depth": criterion.depth, "parent_id": criterion.parent_id})
            if siblings is not None:
                siblings.insert(siblings.index(criterion.id) + offset, member.id)
    if not moved:
        return section
    criteria = [moved.get(criterion.id, criterion) for criterion in section.criteria]
    # A moved item's own children (deeper than the chain) keep their place under it, one level up.
    lifted = {member.id: member for member in moved.values()}
    criteria = [
        criterion.model_copy(update={"depth": lifted[criterion.parent_id].depth + 1})
        if criterion.parent_id in lifted and criterion.id not in moved
        else criterion
        for criterion in criteria
    ]
    return section.model_copy(update={"criteria": criteria})


_LABELLED_FOR_WHOM = re.compile(r"^[^:]{0,40}\b(?:only|arms?|cohorts?|parts?|groups?|phases?)\s*:", re.IGNORECASE)
_FEWEST_WORDS_OF_A_MEMBER = 8  # fewer ("Adequate organ function") name a topic: what is under it is its own


def _lifted_out_of_members(section: CriteriaSection, children: dict[str, list[str]]) -> CriteriaSection:
    """Criteria indented under a list's member that leads nothing: the registry's indentation, not the member's own
    items. Under "Hematologic toxicity: Participants with grade 3 or 4 toxicity ..." (the last line of a definition of
    intolerance), "ECOG performance status of 0, 1, or 2." and the criteria after it are the section's own
    (NCT06427811, sample 37: WRONG, read as parts of the definition); so were the age and consent criteria under a
    headache's last symptom (NCT01151631). They are put back at the top of the section; `children` is updated in
    place to match. A member that names a topic or whom its items are for ("Adult arm only: ...") keeps them."""
    by_id = {criterion.id: criterion for criterion in section.criteria}
    holders = [
        criterion
        for criterion in section.criteria
        if len(children.get(criterion.id, [])) >= 2
        and not _leads_anything(criterion.text)
        and not _LABELLED_FOR_WHOM.match(criterion.text.strip())
        and (
            (criterion.depth >= 1 and len(criterion.text.split()) >= _FEWEST_WORDS_OF_A_MEMBER)
            or (
                criterion.depth == 0
                and _a_criterion_over_strangers(criterion, [by_id[kid] for kid in children[criterion.id]])
            )
            or (
                criterion.depth == 0
                and section.kind == "exclusion"
                and _PREGNANCY_REASON.match(criterion.text.strip())
                and _strangers(criterion, [by_id[kid] for kid in children[criterion.id]])
            )
        )
    ]
    holders += [
        criterion
        for criterion in section.criteria
        if criterion.depth >= 1
        and criterion.id in children
        and criterion not in holders
        and _a_choice_over_a_rule(criterion, [by_id[kid] for kid in children[criterion.id]], children)
    ]
    if not holders:
        return section
    lifted: dict[str, Criterion] = {}
    for holder in holders:
        for kid_id in children.pop(holder.id):
            kid = by_id[kid_id]
            lifted[kid_id] = kid.model_copy(update={"depth": 0, "parent_id": None})
            shift, stack = kid.depth, list(children.get(kid_id, []))
            while stack:  # the lifted criterion's own items go up with it
                below = by_id[stack.pop()]
                lifted[below.id] = below.model_copy(update={"depth": below.depth - shift})
                stack.extend(children.get(below.id, []))
    return section.model_copy(update={"criteria": [lifted.get(c.id, c) for c in section.criteria]})


_WORD_STEM = re.compile(r"[a-z]{4,}")
_COMMON_WORDS = frozenset(
    [
        "with",
        "have",
        "that",
        "which",
        "than",
        "from",
        "other",
        "known",
        "history",
        "patient",
        "patients",
        "subject",
        "subjects",
        "participant",
        "participants",
    ]
)


def _stems(text: str) -> set[str]:
    return {word[:5] for word in _WORD_STEM.findall(text.lower()) if word not in _COMMON_WORDS}


# A lead-in that says members follow, or gives them a time or a place ("within the past 6 months", "at screening").
_SAYS_MEMBERS_FOLLOW = re.compile(
    r"\b(?:following|follows|below|these|listed|includ\w*|such as|any of|one of|within|past|last|prior|previous|since|"
    r"during|before|after|at|defined|criteria|"
    # a group's or a part's title ("AD group :", "The subject:"): its rules need not share a word with it
    r"groups?|cohorts?|arms?|parts?|phases?|patients?|participants?|subjects?|controls?|volunteers?|women|men|"
    r"females?|males?|"
    # a kind's title ("Ophthalmologic conditions:" over "IOP >21 mmHg or uncontrolled glaucoma")
    r"conditions?|disorders?|diseases?|illness(?:es)?|medications?|medicines?|therap(?:y|ies)|treatments?|history|"
    r"findings|abnormalit(?:y|ies)|values|tests?|events?|infections?|procedures?|surger(?:y|ies))\b",
    re.IGNORECASE,
)


_OPENS_A_REASON = re.compile(r"^\W*(?:presence|evidence)\s+of\b", re.IGNORECASE)
_VALUE = re.compile(r"^\s*(?:[<>≤≥=]|(?:at least|at most|more than|less than|over|under|up to)\s+\d)", re.IGNORECASE)
_AGE_TITLE = re.compile(
    r"^\W*(?:(?:the\s+)?(?:patients?|participants?|subjects?)(?:'s?)?\s+)?age\s*:?\s*$", re.IGNORECASE
)
_LIMIT_LIKE = re.compile(r"[<>≤≥]|\b(?:ULN|LLN)\b|\b(?:mg|g|mmol|µmol|umol|mL|IU|U)\s*/", re.IGNORECASE)
# A lead-in that gives examples of what it names, not a list of rules.
_GIVES_EXAMPLES = re.compile(r"\b(?:such\s+as|including|includes?|e\.g\.?|for\s+example)\s*:\s*\.?\s*$", re.IGNORECASE)
# ("Male gender;" among a UTI's complicating factors names a trait, not the people a rule is for: NCT01381549, hint4-1:
# WRONG x8, the rules for everyone after the factors read as more factors.)
_NAMES_PEOPLE = re.compile(
    r"^\W*(?:the\s+)?(?:(?:males?|females?)\s+or\s+)?(?:patients?|participants?|subjects?|females?|males?|wom[ae]n|m[ae]n|"
    r"those|persons?|individuals?)\b(?!\s+(?:gender|sex)\b)|^\W*if\s+(?:the\s+)?(?:patients?|participants?|subjects?)\b",
    re.IGNORECASE,
)
_FOR_LABEL = re.compile(r"^\W*for\s+[\w -]{2,30}:\s*", re.IGNORECASE)


def labelled_by_a_part(text: str) -> bool:
    """Does a part's or a cohort's label open the line ("Part 2 (Cohort H): confirmed diagnosis of WM; ...")?"""
    label, colon, _ = text.partition(":")
    return (
        bool(colon) and is_scope_label(label) and bool(re.match(r"\s*(?:parts?|cohorts?|arms?|groups?)\b", label, re.I))
    )


def _last_sentence(text: str) -> str:
    return re.split(r"(?<=[.;])\s+(?=[A-Z])", text.strip())[-1]


def _unlabelled(text: str) -> str:
    """`text` without a leading "For leukemia:" label."""
    return _FOR_LABEL.sub("", text.strip())


def _a_stranger_to(lead: _Open, members: list[_Open], text: str) -> bool:
    """A bullet at its lead-in's own level that shares no word with the lead-in or its members: the list's next
    criterion ("Nocturia that causes awakening from sleep" after "Use of Alcohol or Drugs as specified:", "Alcohol Use
    Disorders Inventory Test (AUDIT) ...", "Drug Abuse Screening Test-10 ...", NCT03934658, exports6: WRONG x5, later
    reasons read as kinds of drug use). Among the exclusions only: there every member is a reason of its own anyway,
    where ending a list of choices too soon would make the rest everyone's rules; an exception's list is left whole."""
    # ("History of any one of more of the following cardiovascular conditions within the past 6 months:" keeps its
    # members, whatever their words.)
    if _JOINS_EXCEPT.search(lead.text) or _SAYS_MEMBERS_FOLLOW.search(lead.text):
        return False
    if _CONNECTOR_END.search(_chain_end(members[-1])):
        return False  # "ST segment deviation on ECG and/or" / "Cardiac troponin elevation."
    known = _stems(lead.text).union(*(_stems(member.text) for member in members))
    return bool(_stems(text)) and not _stems(text) & known


def _a_choice_over_a_rule(criterion: Criterion, kids: list[Criterion], children: dict[str, list[str]]) -> bool:
    """The last of a list's short choices ("5. Unstable burst fracture") over a bullet that is a rule of its own,
    sharing no word with it ("* Failed conservative treatment ... for a minimum period of 3 months prior to study
    enrollment", NCT04679844, downloads2: WRONG, the rule read as part of the fracture and the fracture as no choice):
    the registry's indentation. A name cannot lead a sentence; a definition would share its words or say it defines."""
    text = criterion.text.strip()
    siblings = children.get(criterion.parent_id or "", [])
    return (
        len(text.split()) <= 4
        and not _leads_anything(text)
        and bool(siblings)
        and siblings[-1] == criterion.id
        and not any(sibling in children for sibling in siblings[:-1])
        and all(
            len(kid.text.split()) >= 12
            and kid.id not in children
            and bool(re.match(r"[A-Z][a-z]+\b", kid.text))
            and not _DEFINING.match(kid.text)
            and not (_stems(kid.text) & _stems(text))
            for kid in kids
        )
    )


_DEFINING = re.compile(r"^(?:defined|as|which|that|including|such|e\.g|i\.e|where|with|for)\b", re.IGNORECASE)


def _one_sex_group_ends(lead: _Open, text: str) -> bool:
    """A title naming one sex ("Female participants:") that has its members ends at the first item that speaks of no
    one of that sex ("8. The participant provides written informed consent ...", NCT05832827, downloads5: WRONG x9, the
    rules for everyone after it, numbered on from the list before the title, read as women's only)."""
    return bool(_ONE_SEX_TITLE.match(lead.text)) and not _OF_ONE_SEX.search(text)


_ONE_SEX_TITLE = re.compile(
    r"^\W*(?:for\s+)?(?:females?|males?|wom[ae]n|m[ae]n)(?:\s+(?:participants?|patients?|subjects?))?(?:\s+only)?\s*:?\s*$",
    re.IGNORECASE,
)
_OF_ONE_SEX = re.compile(
    r"\b(?:females?|males?|wom[ae]n|m[ae]n|she|her|he|his|WOCBP|pregnan\w*|breast-?feed\w*|lactat\w*|childbearing|"
    r"child-bearing|contracep\w*|birth control|menopaus\w*|postmenopaus\w*|hysterectom\w*|tubal|ovar\w*|uter\w*|"
    r"sperm|vasectom\w*|condoms?|partners?|abstinen\w*|fathering|reproductive)\b",
    re.IGNORECASE,
)


def _a_criterion_over_strangers(criterion: Criterion, kids: list[Criterion]) -> bool:
    """A top-level criterion said as a sentence ("Patient who have hyperprolactinemia or hypothyroidism", "Signed
    informed consent to participate in the study.") over items that share no word with it ("Serum AST and ALT are
    three times higher ...", NCT03142542, sample 27: WRONG, the liver and kidney limits read as for those patients
    only): they are the list's own. A title over its items ("Adequate organ function", "Healthy Controls") is no
    sentence, and items that define the criterion's words share them ("Hyperprolactinemia: serum prolactin ...")."""
    text = criterion.text.strip()
    if not (text.endswith(".") or _PATIENTS_WITH.match(text)):
        return False
    if any(_SCOPE_LABEL.match(kid.text.strip()) for kid in kids):
        return False  # "Part 1: IHC 3+ ..." under "HER2 expression scored ...": each part's own limit (NCT04482309)
    return _strangers(criterion, kids)


def _strangers(criterion: Criterion, kids: list[Criterion]) -> bool:
    words = _stems(criterion.text)
    return all(not (_stems(kid.text) & words) for kid in kids)


# "Pregnant or lactating females" over every other exclusion of the list, indented under it (NCT02056756, hint6:
# WRONG x10, the HIV, heart and other reasons read as keeping out only pregnant women): a reason of its own.
_PREGNANCY_REASON = re.compile(
    r"^(?:pregnan\w*|breast-?\s?feeding|lactating|nursing)\b(?:\s+(?:or|and|and/or)\s+(?:pregnan\w*|breast-?\s?feeding|"
    r"lactating|nursing))?(?:\s+(?:women|females?|patients?|subjects?|participants?|mothers?))?\s*\.?$",
    re.IGNORECASE,
)


def _with_joins(section: CriteriaSection, children: dict[str, list[str]]) -> CriteriaSection:
    texts = {criterion.id: criterion.text for criterion in section.criteria}
    criteria = []
    for criterion in section.criteria:
        if criterion.id in children:
            kids = [texts[kid] for kid in children[criterion.id] if kid in texts]
            criterion = criterion.model_copy(update={"joins": joins_of(criterion.text, kids)})
        criteria.append(criterion)
    return section.model_copy(update={"criteria": criteria})


_ADDITIONAL = re.compile(
    r"\bother than (?:those|the ones|the criteria) (?:mentioned|listed|stated|given) above\b", re.IGNORECASE
)


# A member's line that ends in "or" / "and": it is joined to the next ("..., or").
ENDS_WITH_OR = re.compile(r"\bor\s*[,;.]?\s*$", re.IGNORECASE)
ENDS_WITH_AND = re.compile(r"\band\s*[,;.]?\s*$", re.IGNORECASE)
_ALSO_A_WAY_IN = re.compile(
    r"\b(?:can|may|could)\s+also\s+be\s+(?:admitted|included|enrolled|eligible)\b|\bare\s+also\s+eligible\b",
    re.IGNORECASE,
)


# "History of dye allergy unless it can be mediated with antihistamines and/or steroids" over "Women can be taking
# hormone replacement therapy, tamoxifen, ..." (NCT03729115, exports3: WRONG, the allowance read as part of the allergy
# under "could not join"): an "unless" or "except" said whole, to the end of its line, leads no members.
_EXCEPTION_SAID_WHOLE = re.compile(
    r"\b(?:unless|except(?:\s+for)?)\s+(?!.*\b(?:following|below|these|those|as follows|listed)\b)(?:[^\s:]+\s+){3,}[^\s:]+"
    r"[\s.;]*$",
    re.IGNORECASE,
)


# A lead-in that names one condition or criterion over several: the one that applies.
_ONE_NAMED = re.compile(r"\bfollowing\s+(?:condition|criterion|situation|case)\s*:?\s*$", re.IGNORECASE)
_BOTH_OR_ALL = re.compile(r"\b(?:both|all|each|every)\b", re.IGNORECASE)
_LEADING_LIMIT = re.compile(rf"^\s*(?P<comparison>{COMPARISON})\s*\d", re.IGNORECASE)


def _limits_alike(children: list[str]) -> bool:
    """Members that are each a limit the same way round ("≥30.0 kg/m²", "≥27.0 kg/m² and ..."): two ways to meet one
    measure. A lower and an upper limit ("≥18", "≤75") are a range, both needed."""
    lower_bounds = set()
    for kid in children:
        limit = _LEADING_LIMIT.match(kid)
        if limit is None:
            return False
        lower_bounds.add(comparison_phrase(limit["comparison"]) in (AT_LEAST, MORE_THAN))
    return len(lower_bounds) == 1


def joins_of(lead: str, children: list[str]) -> Joins:
    """How the children of `lead` relate to it, from the lead-in's words (and "or" between the children)."""
    last_sentence = re.split(r"(?<=[.;])\s+", lead.strip())[-1]
    # A note in brackets ("(Note: HIV testing is not required unless mandated ...)") and "Other than those mentioned
    # above," (in addition to them) say nothing of how the children relate to the lead.
    said = _ADDITIONAL.sub("", re.sub(r"[(（][^()（）]*[)）]", "", last_sentence))
    if (
        _JOINS_EXCEPT.search(said)
        and (_EXCEPTION_WORDS.search(said) or not _JOINS_ANY.search(last_sentence))
        and not _EXCEPTION_SAID_WHOLE.search(said)
    ):
        return "except"
    if _ADEQUACY_SHOWN_BY.search(last_sentence):
        return "all"
    if (
        _JOINS_ANY.search(last_sentence)
        or (_DIAGNOSIS_INCLUDES.search(lead) and _KINDS_FOLLOW.match(last_sentence))
        # "Patients diagnosed with rare embryonal tumors of CNS since 01.01.2010:" over five tumors (NCT05711992,
        # sample 29: read as all five asked for); not over limits that define it ("Diagnosed with low/intermediate-risk
        # prostate cancer:" over "PSA < 20 ng/ml", "Gleason score < 8", ..., NCT03905057: all of them)
        or (
            _DIAGNOSED_WITH_KINDS.search(last_sentence)
            and not _ALL_OF_THEM.search(last_sentence)
            and not any(_LIMIT.search(kid) for kid in children)
        )
    ):
        # "Diagnosis of high-risk hematological malignancy. This includes:" over 13 diagnoses (NCT05304754, sample 26):
        # the kinds that count; one is enough.
        return "any"
    if len(children) >= 2 and (
        _ONE_NAMED.search(last_sentence) or (_limits_alike(children) and not _BOTH_OR_ALL.search(last_sentence))
    ):
        # "Following condition:" over two kinds of cancer (NCT05883007), "Have a BMI" over "≥30.0 kg/m²," and "≥27.0
        # kg/m² and ... comorbidities" (NCT05869903, downloads6: WRONG x4, each read as required): one is enough.
        return "any"
    if len(children) >= 2 and all(PART_MEMBER.match(kid) for kid in children):
        # "Part A: Greater than or equal to 50 percent" / "Part B: 0% to 100%" under "Must have known PD-L1 expression:"
        # (NCT06119581, inclusion-groups audit: each part's rule read as required of everyone): one for each part.
        return "any"
    # Children joined by "or" are alternatives under a title too ("Documented diagnosis of" / "* MDS ... OR" /
    # "* Dysplastic CMML ...", NCT05282459: both diagnoses were asked for).
    if children and sum(bool(ENDS_WITH_OR.search(kid)) for kid in children) >= max(1, len(children) - 1):
        return "any"
    # A last member that is "also" a way in ("Patients who are intolerant to chemotherapy ... can also be admitted to the
    # dose expansion group", NCT06001671, sample 51: under "Previous treatment and type of mutation:" the four ways in,
    # one a mutation each, read as all required).
    if len(children) >= 2 and _ALSO_A_WAY_IN.search(children[-1]):
        return "any"
    # Definitions of one measure, the "or" on one of them only ("Chronic kidney disease defined as:" over "eGFR <45 ...
    # and UACR >30", "eGFR <60 ... and UACR >100, or", "eGFR <75 ... and UACR >300", NCT06383390, sample 50: LOSSY, read
    # as all three). Not a list of different tests whose last two are the alternatives ("creatinine ..., or" /
    # "creatinine clearance ..."): there each child starts with its own word.
    first_words = {kid.split(maxsplit=1)[0].lower() for kid in children if kid.strip()}
    if (
        len(children) >= 2
        and len(first_words) == 1
        and any(ENDS_WITH_OR.search(kid) for kid in children)
        and not any(ENDS_WITH_AND.search(kid) for kid in children)
    ):
        return "any"
    ends_with_or = len(lead.split()) >= 3 and ENDS_WITH_OR.search(lead)  # not a line of "Or," alone
    if is_title(lead) and not ends_with_or:
        return "heading"
    if ends_with_or:
        # "creatinine within normal institutional limits OR" over the clearances (NCT02896335): it, or its items.
        return "any"
    return "all"


# "Other exclusion criteria apply according to the Summary of Product Characteristics" (NCT00681772) is a criterion
# that says where the rest are, and "Inclusion criteria is willingness to consent and be of age 18 and older"
# (NCT02910323) one that says what it is: neither is a heading over criteria ("Inclusion criteria were as follows").
_SAYS_HOW_THEY_APPLY = re.compile(r"\b(?:apply|applies|according)\b|^\s*(?:is|are)\s+(?!as follows)\w", re.IGNORECASE)


_CRITERIA_WORD = re.compile(r"c(?:riteri|iteri|riter|rieri|ritier)\w*", re.IGNORECASE)


def _heading_of(line: str, in_list_item: bool) -> tuple[str, str] | None:
    """(heading, text on the same line after its colon) when the line is an eligibility heading."""
    # "Inclusion_Criteria:" (NCT00350207, hint3: WRONG, the exclusions read as statements): a word joined by "_".
    candidate = _UNDERSCORED_HEADING.sub(r"\g<1> \g<2>", line.strip())
    bold = _BOLD_LINE.match(candidate)
    if bold:
        candidate = bold.group("text").strip()
    short = _SHORT_HEADING.match(candidate) or (None if in_list_item else _BARE_HEADING.match(candidate))
    if short:
        return short.group("heading").strip(), ""
    if not in_list_item and (related := _RELATED_HEADING.match(candidate)):
        return related.group("heading").strip(), ""
    if (
        not in_list_item
        and (whose := _HEADING_FOR_WHOM.match(candidate))
        and not _SAYS_HOW_THEY_APPLY.search(_CRITERIA_WORD.split(whose["heading"], maxsplit=1)[-1])
    ):
        # "Inclusion Criteria for Participants with Stage II, IIIA, or Select IIIB (T3N2 only) NSCLC Requiring Adjuvant
        # Treatment" (NCT05419375): longer than a heading's usual tail, it was read as a criterion of the group before.
        return whose.group("heading").strip(), ""
    match = _HEADING.match(candidate) if _CRITERIA_WORD.search(candidate) else None
    if not match or _SAYS_HOW_THEY_APPLY.search(_CRITERIA_WORD.split(match.group("heading"), maxsplit=1)[-1]):
        return None
    lead = (
        re.split(r"(?i)\b(?:non-?inclusion|inclusion|exclusion|eligibility)\b", match.group("heading"))[0]
        .strip()
        .lower()
    )
    if in_list_item and lead not in _LIST_HEADING_LEAD:
        return None
    tail = _CRITERIA_WORD.split(match.group("heading"), maxsplit=1)[-1]
    if in_list_item and ":" not in candidate and re.match(r"\s*(?:of|from)\b", tail, re.IGNORECASE):
        # "* Inclusion criteria of pre-operative measurement" under "2. Postoperative measurement" (NCT05578157, sample
        # 41: WRONG, as a heading it titled the after-surgery criteria as the before-surgery ones): a criterion that
        # names another list's criteria, said without a heading's colon.
        return None
    # "Inclusion Criteria:-" (NCT06818682, sample 29): the dash after the colon is no criterion
    return match.group("heading").strip(), (match.group("rest") or "").strip().strip("-–").strip()


def parse_criteria(text: str | None) -> ParsedCriteria:
    builder = _Builder()
    after_blank = True
    lines = [
        line
        for raw_line in unescape_markdown(text or "").splitlines()
        for part in _split_at_embedded_heading(
            _dashes_as_depth(_SPACED_MARKER.sub(r"\g<1>\g<2>. ", raw_line.replace("\t", "    ").rstrip()))
        )
        for glued in _glued_bullets_apart(part)
        for line in _circled_numbers_apart(glued)
    ]
    lines = _inline_numbering_goes_on(_glued_letters_apart(lines))
    lines = _uninverted(
        _roman_members_indented(
            _named_members_indented(_lettered_paragraph_groups(_bare_numbers_marked(_sub_numbers_apart(lines))))
        )
    )
    lines = _first_item_as_its_siblings(lines)
    if _only_exclusion_headed(lines):
        # "Demographic characteristics: ... Medical and therapeutic criteria: ... Exclusion Criteria: ..." (NCT05397184),
        # "At Visit1 ... At Visit2 ... Exclusion Criteria:" (NCT02587988): what comes before the exclusion list is
        # what you need; shown under "The study also says", a reader could not tell it was required.
        builder.inclusion_first()
    for index, line in enumerate(lines):
        if not line.strip():
            after_blank = True
            continue
        if _BARE_MARKER.match(line):
            continue  # a list marker with nothing after it says nothing
        item = _LIST_ITEM.match(line)
        body = item.group("text") if item else line.strip()
        heading = _heading_of(body, in_list_item=item is not None)
        if heading and item is not None and builder.inline_topic(heading):
            # "* Exclusion criteria related to stem cell transplant: a. ...; b. ...; e. ..." (NCT04811560, sample 23:
            # WRONG, as a heading it took the next bullet too): a criterion of the list it is in, its members inline.
            heading = None
        if not heading and (
            (is_scope_label(body) and _heading_follows(lines, index)) or _names_a_group(body, lines, index)
        ):
            builder.scope(body)
        elif heading:
            # "Inclusion Criteria:a.": a list marker run onto the heading stays with it, as written
            marker_only = bool(heading[1]) and bool(_BARE_MARKER.match(heading[1]))
            builder.heading(f"{heading[0]}: {heading[1]}" if marker_only else heading[0])
            if heading[1] and not _BARE_MARKER.match(heading[1]):
                _body_line(builder, 0, heading[1], item=None, after_blank=True)
        elif item and _lettered_title(item, body, lines, index):
            # "A) Previous or current Medical Conditions" over "* ..." (NCT00654914, sample 17: WRONG, read as "You
            # currently have or have had health problems" under "could not join"): a lettered section's title.
            builder.paragraph(len(item.group("indent")), body, after_blank=True, heads_list=True, lettered=True)
        else:
            indent = len(item.group("indent")) if item else len(line) - len(line.lstrip())
            heads_list = item is None and _list_item_follows(lines, index, indent)
            _body_line(builder, indent, body, item, after_blank, heads_list)
        after_blank = False
    return builder.result()


_SUB_NUMBER = re.compile(r"^(?P<number>\d{1,2})(?P<letter>[a-h])\.\s+\S")


def _sub_numbers_apart(lines: list[str]) -> list[str]:
    """Paragraphs numbered "5a.", "5b." whose next one runs on inside a later line ("* Hodgkin lymphomas. 5c. The CLL
    should be Binet Stage C ...", NCT06761586, sample 39: WRONG, the CLL stage rule read as one of the lymphoma kinds
    the list before allows): that one starts a paragraph of its own."""
    out: list[str] = []
    expected: str | None = None  # the marker the paragraphs come to next ("5c")
    for line in lines:
        if (found := _SUB_NUMBER.match(line)) is not None:
            expected = f"{found['number']}{chr(ord(found['letter']) + 1)}"
        elif expected is not None and (inline := re.search(rf"(?<=[.;:])\s+{expected}\.\s+(?=[A-Z])", line)):
            out.extend([line[: inline.start()], "", f"{expected}. {line[inline.end() :]}"])
            expected = None
            continue
        out.append(line)
    return out


# "1 Participant must be ...", "2 Patients who ...": a list numbered without stops (NCT06429761, sample 34).
_BARE_NUMBER = re.compile(r"^\s*(?P<number>\d{1,2}) (?=[A-Z][a-z])")


def _bare_numbers_marked(lines: list[str]) -> list[str]:
    """A list numbered "1 ...", "2 ...", "3 ..." without stops, whose later numbers run on inside the lines before
    them ("... anti HER-2 based regimen 4 Adequate bone marrow function ...", NCT06429761, sample 34: WRONG x8, the
    birth-control methods read as kidney tests): each number in its turn starts a criterion of the list, and what
    comes between two numbers is the one before's. Only a list that starts at 1 and goes on to 2 at the start of a
    line is read so, and a number is looked for inside a line only when no later line of its list starts with it."""
    starts = [(index, int(found["number"])) for index, line in enumerate(lines) if (found := _BARE_NUMBER.match(line))]
    if [number for _, number in starts[:2]] != [1, 2]:
        return lines
    headings = [index for index, line in enumerate(lines) if _heading_of(line.strip(), in_list_item=False) is not None]

    def starts_a_later_line(number: int, after: int) -> bool:
        end = next((index for index in headings if index > after), len(lines))
        return any(after < index < end and found == number for index, found in starts)

    out: list[str] = []
    expected = None  # the number the list comes to next, once "1 ..." and "2 ..." have started lines
    for index, line in enumerate(lines):
        if index in headings:
            expected = 1  # each list numbers from 1 again
        found = _BARE_NUMBER.match(line)
        if expected is not None and expected > 1 and line.strip() and not found:
            line = "   " + line
        if expected is not None and found and int(found["number"]) == expected:
            line = f"{expected}. {line[found.end() :]}"
            expected += 1
        pieces = []
        while (
            expected is not None
            and not starts_a_later_line(expected, index)
            and (inline := re.search(rf"(?<=[\w)\].:;,])\s+{expected}\s+(?=[A-Z][a-z])", line))
        ):
            pieces.append(line[: inline.start()])
            line = f"{expected}. {line[inline.end() :]}"
            expected += 1
        out.extend([*pieces, line])
    return out


# "... HER2 expression - Exclusion Criteria:1. Have a history ...": a heading inside a line starts a new one.
_EMBEDDED_HEADING = re.compile(
    r"(?<=[.;)\]-])\s+(?=(?:Key |Main |Other )?(?:Inclusion|Exclusion|INCLUSION|EXCLUSION) (?:[Cc]riteria|CRITERIA)\s*:\s*\S)"
)


def _first_item_as_its_siblings(lines: list[str]) -> list[str]:
    """A list whose first item lost its indent: "* Subjects with ... ALL, with any of the following:" at the margin, its
    members at 8, then "    * Subject has received intensive ... chemotherapy", "    * ECOG performance status ≤ 2" at
    4 (NCT02013167, hint3-1: WRONG x3, the rules for everyone read as more of the relapse types to choose from). With
    no other item at its indent, the first item is one of the items at the next, where its members were deeper still.
    """
    out = list(lines)
    starts = [0] + [index + 1 for index, line in enumerate(lines) if line.strip() and not _LIST_ITEM.match(line)]
    for start in starts:
        block: list[tuple[int, int]] = []  # (line index, indent) of the list items up to the next line of text
        for index in range(start, len(lines)):
            item = _LIST_ITEM.match(lines[index])
            if item is None and lines[index].strip():
                break
            if item is not None:
                block.append((index, len(item.group("indent"))))
        if len(block) < 4:
            continue
        (first, margin), rest = block[0], block[1:]
        siblings = min(indent for _, indent in rest)
        deeper = rest[: next(i for i, (_, indent) in enumerate(rest) if indent == siblings)]  # its members, if any
        if (
            margin < siblings
            and deeper
            and lines[first].rstrip().endswith(":")
            and sum(indent == siblings for _, indent in rest) >= 2
        ):
            out[first] = " " * siblings + lines[first].lstrip()
    return out


def _uninverted(lines: list[str]) -> list[str]:
    """Lists whose lead-in sits deeper than its members, indented as meant (NCT05993949: "    * Age ..." and
    "    * Adequate ... function defined as:" over "  * Creatinine clearance ..." put age, performance status
    and organ function among the alternatives of the first criterion's "one of the following").

    The sign: a list item ending in a colon, then items less indented (none a lead-in itself) that end where
    the lead-in's indent comes back or the list ends. The lead-in and the items around it at its indent
    then go to the level of the nearest item left of its members (the whole list's top, here), and the
    members one step under it; with no level left of the members, only the members move under it."""
    indents = {index: len(item.group("indent")) for index, line in enumerate(lines) if (item := _LIST_ITEM.match(line))}
    moved = dict(indents)
    for lead, indent in indents.items():
        if not lines[lead].rstrip().endswith(":"):
            continue
        before = next((indents[index] for index in range(lead - 1, -1, -1) if index in indents), None)
        if before is not None and before < indent:
            # Deeper than the item before it: a member of that item's list ("  --- 1 cycle ... will be allowed for
            # cases where ...:" under "  -- Prior systemic therapy ...", NCT06119581), not a lead-in set too deep.
            continue
        following = [index for index in range(lead + 1, len(lines)) if lines[index].strip()]
        members = _members_left_of(lines, indents, following, indent)
        if not members:
            continue
        after = next((index for index in following if index > members[-1]), None)
        comes_back = after is not None and indents.get(after, -1) >= indent
        list_ends = after is None or (
            after not in indents and _heading_of(lines[after].strip(), in_list_item=False) is not None
        )
        if not (comes_back or list_ends):
            continue
        left = [indents[index] for index in range(lead - 1, -1, -1) if indents.get(index, indent) < indents[members[0]]]
        if left:
            for index in _run_around(indents, lead, members[-1], indent):
                moved[index] = left[0] + indents[index] - indent
            moved.update(dict.fromkeys(members, left[0] + 2))
        else:
            moved.update(dict.fromkeys(members, indent + 2))
    return [
        " " * moved[index] + line.lstrip() if moved.get(index) != indents.get(index) else line
        for index, line in enumerate(lines)
    ]


# "a. Dose Escalation and MTD Expansion: i. All patients must ...": a titled item whose members start on its line.
_TITLE_THEN_FIRST_ROMAN = re.compile(r"^(?P<title>[^:.;]{3,80}:)\s+(?P<open>\(?)i(?P<close>[.)])\s+(?=[A-Za-z])")


def _only_exclusion_headed(lines: list[str]) -> bool:
    """Does the text have an exclusion heading, and no inclusion heading before it?"""
    for line in lines:
        if "riteri" not in line and ":" not in line:
            continue
        item = _LIST_ITEM.match(line)
        heading = _heading_of(item.group("text") if item else line.strip(), in_list_item=item is not None)
        if heading is not None:
            kind = kind_of_heading(heading[0])
            if kind != "other":
                return kind == "exclusion"
    return False


def _roman_members_indented(lines: list[str]) -> list[str]:
    """A titled item whose member "i." is run onto its line, with "ii.", "iii." and their paragraphs on lines of
    their own at the title's indent, indented as meant: the members under the title, the paragraphs in their member
    (NCT03983954, sample 17: "ii. Treatment-naive patients ..." under "a. Dose Escalation and MTD Expansion:" and
    Group 2's rules after "b. Esophageal Cohort Expansion: ... ii. Group 2 - prior CPI: ..." were read as rules for
    everyone: WRONG)."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        item = _LIST_ITEM.match(lines[index])
        first = _TITLE_THEN_FIRST_ROMAN.match(item.group("text")) if item else None
        # "(a) T1DM at Screening Visit: (i) For US only: ..." over "(ii) For Japan only: ..." (NCT06268873) too
        style = (first["open"], first["close"]) if first else ("", ".")
        if (
            item is None
            or first is None
            or (style[0] and style[1] != ")")
            or not _second_roman_follows(lines, index, len(item.group("indent")), style)
        ):
            out.append(lines[index])
            index += 1
            continue
        indent = len(item.group("indent"))
        members, text = " " * (indent + 3), item.group("text")
        out += [
            f"{item.group('indent')}{item.group('marker')} {first.group('title')}",
            f"{members}{style[0]}i{style[1]} {text[first.end() :]}",
        ]
        expected, index = 1, index + 1
        while index < len(lines):
            line = lines[index]
            following = _LIST_ITEM.match(line)
            own_indent = len(line) - len(line.lstrip())
            if not line.strip():
                out.append(line)
            elif following and own_indent == indent and following.group("marker") == _marked(_ROMANS[expected], style):
                out.append(f"{members}{following.group('marker')} {following.group('text')}")
                expected = min(expected + 1, len(_ROMANS) - 1)
            elif following is None and own_indent >= indent and _heading_of(line.strip(), False) is None:
                out.append(f"{members}   {line.strip()}")  # a paragraph of the member before it
            else:
                break
            index += 1
    return out


# "must meet one of the following criteria, a), b), c) or d)", "refractory to one of the following, i or ii": a
# criterion that names the markers of its members.
_NAMES_ITS_MEMBERS = re.compile(
    r"\b(?:one|any|all|each|either)\s+of\s+the\s+following(?:\s+[a-z]+){0,3}?,?\s+"
    r"(?P<labels>\(?[a-z0-9]{1,4}\)?(?:\s*,\s*\(?[a-z0-9]{1,4}\)?)*,?\s+(?:or|and|and/or)\s+\(?[a-z0-9]{1,4}\)?)(?=[\s.,;:]|$)",
    re.IGNORECASE,
)
_LETTERS = "abcdefghij"


# "A. Chronic migraine" alone on its line, then the group's rules as free paragraphs (NCT04353505, rewritten-items
# audit: WRONG, "You have chronic migraine." / "You have cluster headaches." each a requirement for everyone).
_LETTERED_PARAGRAPH_TITLE = re.compile(r"^(?P<letter>[A-H])[.)]\s+(?P<title>[A-Z][A-Za-z' /-]{2,50}?)\s*:?\s*$")


def _lettered_paragraph_groups(lines: list[str]) -> list[str]:
    """Titles lettered A., B., C. ... over free paragraphs become list items with their paragraphs indented under them:
    each title names whom the rules after it are for."""
    titles = [index for index, line in enumerate(lines) if _LETTERED_PARAGRAPH_TITLE.match(line)]
    letters = [_LETTERED_PARAGRAPH_TITLE.match(lines[index])["letter"] for index in titles]  # type: ignore[index]
    if len(titles) < 2 or "".join(letters) != "ABCDEFGH"[: len(letters)]:
        return lines
    grouped = list(lines)
    for number, start in enumerate(titles):
        end = titles[number + 1] if number + 1 < len(titles) else len(lines)
        body = []
        for index in range(start + 1, end):
            line = lines[index]
            if line.strip() and (_LIST_ITEM.match(line) or _heading_of(line.strip(), in_list_item=False)):
                end = index
                break
            body.append(index)
        if not any(lines[index].strip() for index in body):
            return lines  # a lettered line with nothing under it: not this layout
        grouped[start] = f"* {_LETTERED_PARAGRAPH_TITLE.match(lines[start])['title']}:"  # type: ignore[index]
        for index in body:
            if lines[index].strip():
                grouped[index] = f"    * {lines[index].strip()}"
    return grouped


def _named_members_indented(lines: list[str]) -> list[str]:
    """Members a criterion names by their markers, written at its own indent, indented under it; what sits between
    them under the member before (NCT05086315, sample 18: AML's alternatives a) to d), option ii) of a) and the
    diseases after them were read as examples under a free "Examples include but are not limited to:": WRONG)."""
    extra = [0] * len(lines)
    for index, line in enumerate(lines):
        named = _NAMES_ITS_MEMBERS.search(line)
        said = re.sub(r"\b(?:and/or|or|and)\b", " ", named["labels"].lower()) if named else ""
        labels = re.findall(r"[a-z0-9]{1,4}", said)
        if not _in_sequence(labels):
            continue
        indent = len(line) - len(line.lstrip())
        members = _marked_members(lines, index + 1, labels, indent)
        if not members:
            continue
        for number, member in enumerate(members):
            extra[member] += 1
            end = members[number + 1] if number + 1 < len(members) else _block_end(lines, member)
            for inside in range(member + 1, end):
                extra[inside] += 2
    return [" " * (2 * more) + line if more and line.strip() else line for line, more in zip(lines, extra, strict=True)]


def _in_sequence(labels: list[str]) -> bool:
    """Labels as a list numbers its members: "a b c d", "i ii", "1 2 3"."""
    return len(labels) >= 2 and any(
        labels == list(series[: len(labels)])
        for series in (_LETTERS, _ROMANS, [str(number) for number in range(1, 11)])
    )


def _marked_members(lines: list[str], start: int, labels: list[str], indent: int) -> list[int]:
    """The lines after `start` marked with `labels` in order, none deeper than `indent`, before any heading."""
    found: list[int] = []
    for index in range(start, len(lines)):
        item = _LIST_ITEM.match(lines[index])
        if item is None:
            if lines[index].strip() and _heading_of(lines[index].strip(), in_list_item=False) is not None:
                return []
            continue
        if item["marker"].strip("().").lower() == labels[len(found)]:
            if len(item["indent"]) > indent:
                return []  # already indented as meant
            found.append(index)
            if len(found) == len(labels):
                return found
    return []


def _block_end(lines: list[str], member: int) -> int:
    """Where the last member's own lines end: at the next list item or line set apart by a blank line."""
    indent = len(lines[member]) - len(lines[member].lstrip())
    after_blank = False
    for index in range(member + 1, len(lines)):
        line = lines[index]
        if not line.strip():
            after_blank = True
            continue
        own = len(line) - len(line.lstrip())
        if own <= indent and (_LIST_ITEM.match(line) or after_blank):
            return index
    return len(lines)


def _second_roman_follows(lines: list[str], index: int, indent: int, style: tuple[str, str] = ("", ".")) -> bool:
    """Is the next list item "ii." (or "(ii)", "ii)") at `indent`, with no "ii." run onto this line before it?"""
    second = _marked("ii", style)
    if f" {second} " in lines[index]:
        return False
    for line in lines[index + 1 :]:
        item = _LIST_ITEM.match(line)
        if item:
            return item.group("marker") == second and len(item.group("indent")) == indent
    return False


def _marked(roman: str, style: tuple[str, str]) -> str:
    return f"{style[0]}{roman}{style[1]}"


def _members_left_of(lines: list[str], indents: dict[int, int], following: list[int], indent: int) -> list[int]:
    """The list items right after a lead-in at `indent` that are less indented, all alike and none a lead-in."""
    members: list[int] = []
    for index in following:
        if index not in indents or indents[index] >= indent:
            break
        if (members and indents[index] != indents[members[0]]) or lines[index].rstrip().endswith(":"):
            return []
        members.append(index)
    return members


def _run_around(indents: dict[int, int], lead: int, last_member: int, indent: int) -> list[int]:
    """The lead-in and the list items next to it at its indent or deeper, before it and after its members."""
    run = [lead]
    for index in sorted((i for i in indents if i < lead), reverse=True):
        if indents[index] < indent:
            break
        run.append(index)
    for index in sorted(i for i in indents if i > last_member):
        if indents[index] < indent:
            break
        run.append(index)
    return run


def _split_at_embedded_heading(line: str) -> list[str]:
    parts = _EMBEDDED_HEADING.split(line)
    if len(parts) == 1 and _LIST_ITEM.match(line) and (trailing := _RUN_ON_GROUP_HEADING.search(line)):
        return [line[: trailing.start()], "", trailing["heading"]]
    return [part.rstrip(" -") for part in parts[:-1]] + [parts[-1]] if len(parts) > 1 else [line]


# "* Active or untreated central nervous system (CNS) metastases Exclusions Related to Cardiovascular Disease", "* ...
# completion of the study Cancer-Related Exclusion Criteria" (NCT03273153, hint5-1: UNREADABLE x6, each heading of the
# registry's list run onto the item before it): the heading starts a line of its own.
_RELATED_TO = r"(?:Exclusions|Inclusions)\s+Related\s+to(?:\s+(?:[A-Z][\w-]*|and|or|of|the))+"
_RUN_ON_GROUP_HEADING = re.compile(
    r"(?<=[\w)\]])\s+(?P<heading>(?:[A-Z][a-z]+-Related|[A-Z][a-z]+-Specific)\s+(?:Exclusion|Inclusion)\s+Criteria|"
    + _RELATED_TO
    + r")\s*:?\s*$"
)
# Those headings on a line of their own: each names the group of criteria under it.
_RELATED_HEADING = re.compile(rf"^(?P<heading>{_RELATED_TO})\s*:?\s*$")


# "... < 5.0 mmol/L at Screening.• Mean seated SBP on AOBPM ≥ 135 mmHg at Baseline." (NCT06344104, sample 50:
# UNREADABLE, two criteria in one item): a bullet typed after an item's full stop starts the next item.
_GLUED_BULLET = re.compile(r"(?<=\S[.;])\s*•\s*(?=\S)")


# "* patients in good physical health; ②patients aged 20 to 55 years, ...; ③patients who agree ..." (NCT05649592,
# downloads1: WRONG, three criteria read as one), "... 18 years old② Clinically diagnosed ..." (NCT07151885): a
# circled number starts an item, wherever it is typed.
_CIRCLED_NUMBER = re.compile(r"\s*[\u2460-\u2473]\s*(?=\S)")


def _circled_numbers_apart(line: str) -> list[str]:
    if not any("\u2460" <= char <= "\u2473" for char in line):
        return [line]
    indent = line[: len(line) - len(line.lstrip())]
    item = _LIST_ITEM.match(line)
    marker = line[len(indent) : item.start("text")] if item else "* "
    head, *rest = _CIRCLED_NUMBER.split(line)
    kept = [head.rstrip()] if head.strip() and head.strip() != marker.strip() else []
    return kept + [f"{indent}{marker}{part.strip()}" for part in rest if part.strip()]


def _glued_bullets_apart(line: str) -> list[str]:
    if "•" not in line.lstrip()[1:]:
        return [line]
    indent = line[: len(line) - len(line.lstrip())]
    first, *rest = _GLUED_BULLET.split(line)
    return [first, *(f"{indent}• {part}" for part in rest)]


# A line opened by a capital letter marker ("C. Headache is accompanied by ..."), and the next letter's marker typed
# inside a later line ("6. a sense of restlessness or agitation D. Attacks have a frequency ... E. Not attributed to
# another disorder", NCT01151631, sample 21: WRONG, the attack frequency read as one optional symptom of the list).
_LETTER_LINE = re.compile(r"^\s*(?:[*•-]\s*)?(?P<letter>[A-H])[.)]\s+\S")
_GLUED_LETTER = re.compile(r"(?<=[A-Za-z0-9)])\s+(?P<letter>[B-I])\.\s+(?=[A-Z][a-z])")


def _glued_letters_apart(lines: list[str]) -> list[str]:
    """The letter after the last that opened a line, typed inside a line, starts a line of its own: only the next
    letter in turn, so "vitamin D. Patients ..." stays whole where no "C." line came before it."""
    out: list[str] = []
    last: str | None = None
    dedent: tuple[int, int] | None = None  # (the split line's indent, how far its indented lines move back)
    for index, line in enumerate(lines):
        indent = len(line) - len(line.lstrip())
        if dedent is not None and line.strip():
            if indent > dedent[0]:
                # Lines indented under the run-on line belonged to all of it; its last letter leads nothing, so
                # they stand beside it ("   * Minimum age of 18 years old" after "E. Not attributed to another disorder").
                out.append(line[dedent[1] :] if line[: dedent[1]].isspace() else line.lstrip())
                continue
            dedent = None
        if opened := _LETTER_LINE.match(line):
            last = opened["letter"]
        start = 0
        for glued in _GLUED_LETTER.finditer(line):
            if last is not None and glued["letter"] == chr(ord(last) + 1):
                out.append(line[start : glued.start()])
                start, last = glued.start("letter"), glued["letter"]
        out.append(line[start:])
        if start and not line.rstrip().endswith(":"):
            following = next((other for other in lines[index + 1 :] if other.strip()), "")
            dedent = (indent, len(following) - len(following.lstrip()) - indent)
    return out


# "3. High risk ... is defined as any one of the following ... (i) Four or more ... nodes ... (ii) Tumor size >5 cm
# ..." then, on a line of its own, "(iii) Diagnosis of Inflammatory Breast Cancer." (NCT04567420, exports5: WRONG, the
# line taken as a child of the last sentence, "(ii) Tumor size ...", and read as needed with it): the line goes on the
# numbering its item began inline, so it is one more of that item's choices, said with them.
_ENCLOSED_MARKER = re.compile(r"^\s*\((?P<marker>[ivx]{1,4}|[a-h])\)\s+\S")


def _inline_numbering_goes_on(lines: list[str]) -> list[str]:
    out: list[str] = []
    last: int | None = None  # where in `out` the last line with words is
    for line in lines:
        marker = _ENCLOSED_MARKER.match(line)
        before = _marker_before(marker["marker"]) if marker else None
        first = _marker_before(before) if before else None
        # Two of its markers inline, not one: "Adequate hematopoietic function: (i) Hemoglobin ..." then "(ii) ..." on
        # lines of their own (NCT02227251) is a lead-in with its first member run onto it.
        if (
            first
            and last is not None
            and not _ENCLOSED_MARKER.match(out[last])
            and re.search(rf"\S\s+\({first}\)\s+\S.*\S\s+\({before}\)\s+\S", out[last])
        ):
            out[last:] = [f"{out[last].rstrip()} {line.strip()}"]
            continue
        out.append(line)
        if line.strip():
            last = len(out) - 1
    return out


def _marker_before(marker: str) -> str | None:
    """ "ii" before "iii", "b" before "c"; None for a first marker."""
    if marker in _ROMANS:
        index = _ROMANS.index(marker)
        return _ROMANS[index - 1] if index else None
    return chr(ord(marker) - 1) if marker != "a" else None


# A list marker inside an item's line, after a word or a stop that can end an item (not "Grade 1 or 2. Patients").
_RUN_ON_MARKER = re.compile(
    # "History of positive test for HIV.9. Severe chronic ..." (NCT00657644): a marker glued to a word's full stop.
    # "... within 30 days of visit 1.6. Use of any treatment for ED ..." (NCT00657644): glued to a visit's number.
    r"(?:(?:(?<=[a-z0-9).\u3002\uff1b;])|(?<=[a-z],))\s+|(?<=[\u3002\uff1b])|(?<=[A-Za-z]{2}\.)|(?<=\d\.))"
    # "... skin carcinoma 12. Pregnant, or plans on ..." (NCT04214535): a comma may end the next one's first word.
    r"(?P<number>\d{1,2})[.)]\s+(?=[A-Z][\w'\u2019-]*,?\s+\S+\s+\S)"
)
_SOME_MARKER = re.compile(r"\d[.)]\s")
_VISIT_NUMBER_END = re.compile(r"\b(?:visit|day|week|cycle)\s+\d{1,2}\.$", re.IGNORECASE)
_NUMBER_AFTER_BULLET = re.compile(r"(\d{1,2})[.)]\s+(?=[A-Z])")
_JOINS_NUMBERS = re.compile(r"\b(?:or|and|to|than|of|grade|stage|level|type|class|step|cycle|phase|day|week)\s*$", re.I)


def _run_on_item(text: str, continuing: set[int]) -> re.Match | None:
    if not _SOME_MARKER.search(text):  # most items: no numeral before a stop at all
        return None
    for marker in _RUN_ON_MARKER.finditer(text):
        before = text[: marker.start()]
        touching = before.endswith(".") and not text[marker.start()].isspace()  # no space between the stop and it
        glued = touching and before[-2:-1].isalpha()  # "HIV.9. Severe": no decimal, no sentence of its own
        after_digit = touching and before[-2:-1].isdigit()
        if after_digit and not _VISIT_NUMBER_END.search(before):
            continue  # "a dose of 1.5. Patients ...": a decimal, never a marker
        if (
            (int(marker.group("number")) in continuing or glued or after_digit)
            and not _JOINS_NUMBERS.search(before)
            and before.count("(") == before.count(")")
            and len(before.split()) >= 2
        ):
            return marker
    return None


_DASH_RUN_ON = re.compile(r"\b[a-z]{3,}(?P<dash>- )(?=(?!(?:They|He|She|It|This|These|Those)\b)[A-Z][a-z]+\s)")


def _dash_run_on(text: str) -> re.Match | None:
    """A lost list marker's dash glued to the end of a criterion of 3 words or more, outside brackets: the next
    criterion starts after it ("Prostate- Specific Antigen", "Renal function- Creatinine ≤ 1.5 ULN" are not)."""
    for found in _DASH_RUN_ON.finditer(text):
        before = text[: found.start("dash")]
        if before.count("(") == before.count(")") and len(before.split()) >= 3:
            return found
    return None


_ROMAN_RUN_ON = re.compile(r"(?<=[a-z0-9).;,])\s+(?P<roman>ii|iii|iv|v|vi|vii|viii|ix|x)\.\s+(?=[A-Z])")
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def _roman_run_on(text: str, numbering: str) -> re.Match | None:
    """A roman numeral run into an item ("... agitation iii. Attacks have ...") that goes on a numbering written in
    `numbering` (the items it sits under: "... i. Severe pain ... ii. Headache is ...")."""
    if "." not in text or not numbering:
        return None
    for marker in _ROMAN_RUN_ON.finditer(text):
        before = _ROMANS[_ROMANS.index(marker["roman"]) - 1]
        if re.search(rf"(?:^|\s){before}\.\s", numbering):
            return marker
    return None


def _names_a_group(text: str, lines: list[str], index: int) -> bool:
    """A short name in title case over an inclusion list of its own ("- Healthy Controls", "* Episodic Cluster
    Headache", each followed by "Inclusion Criteria:", NCT06503328: the groups' rules read as everyone's)."""
    words = text.strip().rstrip(":").split()
    # A free line in sentence case with its abbreviation ("Healthy controls (HCs)" between two pairs of lists,
    # NCT06206772, sample 48: WRONG, the label read as a reason and the controls' rule as everyone's).
    free_name = bool(_FREE_GROUP_NAME.match(text.strip()) or _PEOPLE_LABEL.match(text.strip()))
    title_case = all(word[:1].isupper() for word in words if len(word) > 3)
    if not 1 <= len(words) <= 6 or not (title_case or (free_name and not _LIST_ITEM.match(lines[index]))):
        return False
    if re.search(r"[\d<>=≤≥.;,]", text) or (not free_name and re.search(r"[()]", text)):
        return False
    following = next((line for line in lines[index + 1 :] if line.strip()), None)
    if following is None:
        return False
    item = _LIST_ITEM.match(following)
    heading = _heading_of(item.group("text") if item else following.strip(), in_list_item=item is not None)
    if heading is not None and _CAPITALS_LABEL.match(text.strip()) and not _LIST_ITEM.match(lines[index]):
        # "PRIOR CONCURRENT THERAPY:" over "Exclusion criteria:" (NCT00544362, hint5: WRONG, read as one more reason
        # under "PATIENT CHARACTERISTICS"): a line in capitals, not in the list, names the part the lists after it are of.
        return True
    # "* Pregnant" last in "Maternal inclusion Criteria:", over "Paternal Inclusion Criteria:" (NCT05798494, exports1:
    # read as a label, the criterion dropped and the fathers' rules titled "Pregnant"): a heading that names its own
    # group needs no label over it; the line is one more criterion.
    return (
        heading is not None and kind_of_heading(heading[0]) == "inclusion" and bool(_BARE_INCLUSION.match(heading[0]))
    )


_BARE_INCLUSION = re.compile(r"^\W*(?:key\s+|main\s+)?inclusions?\s+criteri\w*\W*$", re.IGNORECASE)
_CAPITALS_LABEL = re.compile(r"^[A-Z][A-Z /&,-]{3,60}:$")
_FREE_GROUP_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][a-z]+){0,4}\s*\([A-Za-z]{2,8}\):?$")
# "Donors: Eligibility for plasma donation" over "Inclusions Criteria:" (NCT04342182, ctparser1: WRONG, the donors'
# rules read as the patients'): the people a pair of lists is for, named first.
_PEOPLE_LABEL = re.compile(
    r"^(?:(?:plasma|blood|healthy|organ|stem cell)\s+)?(?:donors?|recipients?|controls?|volunteers?|caregivers?|carers?|"
    r"partners?|parents?|siblings?)\s*:\s*[A-Za-z][\w -]{0,60}$",
    re.IGNORECASE,
)


def _heading_follows(lines: list[str], index: int) -> bool:
    following = next((line for line in lines[index + 1 :] if line.strip()), None)
    if following is None:
        return False
    item = _LIST_ITEM.match(following)
    return _heading_of(item.group("text") if item else following.strip(), in_list_item=item is not None) is not None


def _list_item_follows(lines: list[str], index: int, indent: int) -> bool:
    """Is the next line a list item further left than this line (a title indented over the list it heads)?"""
    following = next((line for line in lines[index + 1 :] if line.strip()), None)
    item = _LIST_ITEM.match(following) if following is not None else None
    return item is not None and len(item.group("indent")) < indent


_LETTERED_TITLE = re.compile(r"^\(?[A-Z][.)]$")


def _lettered_title(item: re.Match, body: str, lines: list[str], index: int) -> bool:
    """A capital-lettered line that names a group ("A) Previous or current Medical Conditions") over bulleted items."""
    if not (_LETTERED_TITLE.match(item.group("marker")) and _is_group_title(body)):
        return False
    # "E. Not attributed to another disorder" after "D. Attacks have a frequency ...": one more criterion of a
    # lettered list, as the letter before it was (NCT01151631), not the title of what follows.
    letter = item.group("marker").strip("().")
    before = next(
        (
            found
            for line in reversed(lines[:index])
            if (found := _LIST_ITEM.match(line)) and _LETTERED_TITLE.match(found["marker"])
        ),
        None,
    )
    if (
        before is not None
        and before["marker"].strip("().") == chr(ord(letter) - 1)
        and not _is_group_title(before["text"])
    ):
        return False
    following = next((line for line in lines[index + 1 :] if line.strip()), None)
    after = _LIST_ITEM.match(following) if following is not None else None
    return after is not None and bool(_BULLET.fullmatch(after.group("marker")))


# "Inclusion Criteria: The person who meet all the following criteria the object to the clinical trial", "The person
# who meet any of the following criteria will be excluded from the study." (NCT05923281, downloads1: UNREADABLE, each
# an item of its list): a sentence on who the list is for, not a criterion, even without a closing colon.
# "Patients will be considered eligible to enter to the treatment phase ... if they fulfill all the inclusion and none
# of the exclusion criteria listed below." (NCT05708235, exports6: WRONG under "could not join"): says how the lists
# apply.
_ALL_AND_NONE = re.compile(
    r"\bfulfil+s?\s+all\s+(?:of\s+)?the\s+inclusion\s+(?:criteria\s+)?and\s+none\s+of\s+the\s+exclusion\s+criteria\b",
    re.IGNORECASE,
)
_MEETS_THE_FOLLOWING = re.compile(
    r"^[^.:;]{0,80}?\b(?:meets?|fulfil+s?|satisf(?:y|ies)|complies with)\s+(?:all|any|one|each|either)(?:\s+(?:one|1))?"
    r"\s+(?:of\s+)?(?:the\s+)?following\s+(?:criteria|conditions|requirements)\b[^.:;]{0,100}[.:]?\s*$",
    re.IGNORECASE,
)


def _body_line(
    builder: _Builder, indent: int, body: str, item: re.Match | None, after_blank: bool, heads_list: bool = False
) -> None:
    if builder.starts_section() and (
        _PREAMBLE.match(body) or (not item and (_MEETS_THE_FOLLOWING.match(body) or _ALL_AND_NONE.search(body)))
    ):
        builder.preamble(body)
        return
    trailing = _TRAILING_HEADING.match(body) if "criteria" in body.lower() else None
    if trailing is None and builder.under_bare_inclusion():
        trailing = _TRAILING_BARE_EXCLUSION.match(body)
    found: dict[str, str] = {name: said for name, said in (trailing.groupdict() if trailing else {}).items() if said}
    content = next((found[name] for name in ("text", "text2", "text3") if name in found), body)
    if item:
        number = re.match(r"\(?(\d+)", item.group("marker"))
        numbered = number is None and _NUMBER_AFTER_BULLET.match(content)
        if numbered:  # "* 1) Refuse ... 2) Psychogenic ...": the bullet's item is numbered after all
            number, content = numbered, content[numbered.end() :]
        style = (
            "bullet"
            if _BULLET.fullmatch(item.group("marker")) and not numbered
            # "D. Attacks ..." after "1." to "6." under "C. ...:": the lettered list goes on, not the numbered one
            else "lettered"
            if _LETTERED_TITLE.match(item.group("marker"))
            else "ordered"
        )
        builder.numbered_items(
            indent, content, int(number.group(1)) if number else None, style, marker=item.group("marker")
        )
    else:
        builder.paragraph(indent, content, after_blank, heads_list)
    if trailing:
        builder.heading(next(found[name] for name in ("heading", "heading2", "heading3") if name in found))
