"""The study's own words, cleaned for reading: no SHOUTING, no stray list numbers, no trailing "; or".

Only the form changes: every word and number of the original stays, in its order, and a comparison
sign before a number is spelled ("≥ 18" -> "at least 18"). What a
trailing "or"/"and" said (that the items are alternatives or all needed) is said by the list the
item is in, so the connector goes.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from trialpages.eligibility.comparators import symbols_in_words
from trialpages.eligibility.glossary import KNOWN_ABBREVIATIONS

# ("xi." to "xiii." too: NCT05304754, sample 26, showed "Xi. Hodgkin's lymphoma ...")
_MARKER = re.compile(
    r"^\s*(?:[*+•·▪-]|\(?\d{1,2}[.)]|\(?[a-hA-H][.)]|\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x|xi{1,3}|xiv|xv)[.)]"
    # "4 - Patients give their written informed consent ..." (NCT01745731, trialgpt reading: a bare "4 -" kept)
    r"|\d{1,2}\s+[-–](?=\s+[A-Z][a-z])"
    # "* o age equal to or more than13 years." (NCT07491042, exports2): a word processor's "o" bullet typed in
    r"|o(?=\s+[A-Za-z]{2}))\s+"
)
_LEADING_STOP = re.compile(r"^[.;,:]+\s+(?=\S)")  # "1. . diabetes mellitus ...": a stray stop before the words
# "... rectal cancer. : erectile dysfunction was ..." (NCT00607282): a stray colon after a full stop.
_STOP_COLON = re.compile(r"(?<=\w)\.\s+:\s+(?P<first>\w)")
_EDGE_DASH = re.compile(r"^[-–]\s*(?=[A-Z][a-z])|\s+[-–]$")
_TRAILING_CONNECTOR = re.compile(r"(?:^|[\s;,])(?:and/or|or|and)$", re.IGNORECASE)
_EMPHASIS = re.compile(r"\*\*|__")
# A run of asterisks right after a word, with no other run to pair with ("Reside in the United States***", NCT02620852,
# exports1: LOSSY as "States*", its note then pointing to another): a footnote's mark, kept whole.
_FOOTNOTE_MARK = re.compile(r"(?<=[\w).])\*{2,4}(?=[\s:.,;)]|$)")
_ENTITY = re.compile(r"&(?:#\d{2,5}|#x[0-9a-fA-F]{2,4}|[a-zA-Z]{2,8});")
_SPACE_BEFORE_STOP = re.compile(r"(?<=[\w)%]) +(?=[.,;:](?:\s|$))")
# Words run together by a missing space: after a comma or a sentence's stop, or before a bracket.
_GLUED = re.compile(
    r"(?<=[a-z]{3})(?P<stop>[.])(?=[A-Z][a-z]{2})|(?<=[A-Za-z)])(?P<comma>,)(?=[A-Za-z(])|(?<=[a-z]{3})(?P<bracket>\()(?=[A-Za-z])"
    # "as defined by:Absolute neutrophil count ≥ 1,500/µL;Platelets ≥ 100,000/µL" (NCT04646330, sample 40)
    r"|(?<=[A-Za-z0-9µ%)])(?P<mark>[:;])(?=[A-Z][a-z])"
)
# "... syndrome-related illnessKnown active or chronic hepatitis B ...": two lines the registry ran together, the
# stop between them lost (a word starting lower case runs into a capitalised one; names start upper case).
_NOTE_WITHOUT_COLON = re.compile(r"^Note\s+(?!that\b|well\b)(?=[a-z])")
_TIMES_LIMIT_OF_NORMAL = re.compile(r"(?<=\d)(?:x\s*|\s*\*\s*)(?=(?:I?ULN|UNL|LLN)\b)")
_RUN_TOGETHER = re.compile(r"\b([a-z]{4,})([A-Z][a-z]{3,})\b")
_PLURAL_MARK = re.compile(r"\((?:s|es|ies)\)", re.IGNORECASE)  # "level(s)", "inhibitor(s)"
_STRAY_CLOSE = re.compile(r"\b([\w-]+)\)")
_LIST_MARK = re.compile(r"[ivx]+|[a-z]|\d+", re.IGNORECASE)  # "ii)", "b)", "2)": list markers keep theirs
# "IIEF-5 - 12-21", "Age – 18 to 65": a short name, a spaced dash, its value.
_NAME_DASH_VALUE = re.compile(r"^(?P<name>[A-Za-z][\w/+-]*(?: [A-Za-z][\w/+-]*){0,3}) [-–] (?=[<>≤≥]?\s?\d)")
_SPACES = re.compile(r"\s+")
# A protocol's page footer pasted into a criterion: "... on this study Page 10 of 83 Version 1.0 dated 27-April-2023 and
# for six (6) months ..." (NCT05993949, sample 28).
_PAGE_FOOTER = re.compile(
    r"\s+Page \d+ of \d+(?:\s+Version\s+[\d.]+)?(?:\s+dated\s+\d{1,2}[- ][A-Za-z]+[- ]\d{4})?(?=\s)"
)
# "Leucocytes > 14.000 cel/mm3" (NCT01180283): a count per cubic millimetre or microlitre is never a fraction, so a
# stop before three digits separates thousands, as in Portuguese or German; left alone, a reader sees 14.
# "Platelets <50.000 /mmc" (NCT04346355, ctparser1: WRONG, read as fifty): Italian "mmc" is a cubic millimetre.
_DOTTED_THOUSANDS = re.compile(
    r"(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d.,])"
    r"(?=\s*(?:cel(?:l|ls|s)?\b|/\s*(?:mm3|mm³|mmc\b|cu\.? ?mm|[µuμ]l|mcl|microl)|mm3\b|mm³))",
    re.IGNORECASE,
)
# "WBC ≤20×109/L" (NCT04946890): 10 to the 9th with its superscript lost reads "20 times 109"; the lab readers know
# the lost form, a sentence kept in the study's words shows it as the power it was.
_LOST_POWER = re.compile(r"(?<=\d)(\s*[x×*´]\s*)10(9|12)(?=\s*(?:cells\s*)?/\s*l\b)", re.IGNORECASE)
_SUPERSCRIPT = {"9": "⁹", "12": "¹²"}
_COMMA_STOP = re.compile(r",\.(?=\s|$)")
_NUMBER_AFTER_BOUND = re.compile(r"(?:(?<=\bthan)|(?<=\bleast)|(?<=\bmost)|(?<=\baged))(?=\d)", re.IGNORECASE)
_TIMES_BEFORE_LIMIT = re.compile(
    r"\b(?P<bound>more than|less than|at least|at most)\s+[x×]\s*(?P<times>\d+(?:\.\d+)?)\s+(?:the\s+)?"
    r"(?P<limit>(?:upper|lower)\s+limits?\s+of\s+(?:the\s+)?normal)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# Upper-case words that stay upper case in a sentence-cased text: abbreviations (known ones, very short ones,
# ones with digits, Roman numerals), not the common words of a shouted sentence.
_KEEP_UPPER = re.compile(r"^(?:[A-Z]{2,3}|[A-Z]+\d+[A-Z]*|I{1,3}V?|IV|VI{1,3})$")
_KNOWN = frozenset(spelling for spelling in KNOWN_ABBREVIATIONS if spelling.isupper())
_COMMON = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "had",
        "has",
        "have",
        "he",
        "her",
        "his",
        "if",
        "in",
        "is",
        "it",
        "its",
        "may",
        "must",
        "no",
        "nor",
        "not",
        "of",
        "on",
        "or",
        "per",
        "she",
        "than",
        "that",
        "the",
        "their",
        "them",
        "they",
        "this",
        "to",
        "was",
        "were",
        "who",
        "will",
        "with",
        "any",
        "all",
        "but",
        "can",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "year",
        "years",
        "age",
        "aged",
        "also",
        "both",
        "each",
        "more",
        "most",
        "less",
        "only",
        "other",
        "such",
        "when",
        "which",
        "while",
        "prior",
        "after",
        "before",
        "during",
        "within",
        "over",
        "under",
        "last",
        "past",
        "same",
        "some",
        "than",
        "then",
        "there",
        "these",
        "those",
        "use",
        "used",
        "using",
        "able",
        "must",
        "should",
        "would",
        "patient",
        "patients",
        "subject",
        "subjects",
        "known",
        "history",
        "being",
        "been",
        "does",
        "done",
        "due",
    ]
)


# Full-width punctuation, from text typed in a Chinese or Japanese layout ("are met：（1）The subject"), as the
# marks an English sentence uses, with the space after them that the layout leaves out. Only marks: digits and
# letters stay as written.
_HALF_WIDTH = str.maketrans(
    {"：": ": ", "；": "; ", "，": ", ", "、": ", ", "。": ". ", "（": " (", "）": ") ", "！": "! ", "？": "? "}
)
_FULL_WIDTH_MARKS = frozenset("：；，、。（）！？")
_MANGLED_AT_LEAST = re.compile(r"Â³(?=\s*\d)")
# "neurologic deﬁcits" (NCT06503835, sample 43): a PDF's ligatures, which no reader, search or glossary knows.
_LIGATURES = str.maketrans({"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl"})
_LIGATURE_MARKS = frozenset("ﬁﬂﬀﬃﬄ")
# "СD4+ Т-cells" typed with Cyrillic С and Т, "Τoxicity" with a Greek Τ (NCT02489461, NCT00453635, hint5-1:
# UNREADABLE, the CD4 note never matched): in a word of Latin letters, a look-alike is the Latin letter.
_LOOK_ALIKES = "АВСЕНКМОРТХаеорсухΑΒΕΖΗΙΚΜΝΟΡΤΥΧο"
_LOOK_ALIKE = re.compile(f"[{_LOOK_ALIKES}]")
_LOOK_ALIKE_WORD = re.compile(rf"[\w+-]*[{_LOOK_ALIKES}][\w+-]*")
_AS_LATIN = str.maketrans(_LOOK_ALIKES, "ABCEHKMOPTXaeopcyxABEZHIKMNOPTYXo")


def _in_latin_letters(match: re.Match) -> str:
    word = match[0]
    others = [char for char in word if char.isalpha() and not char.isascii() and char not in _LOOK_ALIKES]
    return word if others or not any(char.isascii() and char.isalnum() for char in word) else word.translate(_AS_LATIN)


_SPACE_BEFORE_CLOSE = re.compile(r"\s+([,.;:)!?])")
# "and/ or", "and / or": one connector, which the readers and the fidelity check know as "and/or".
_SPACED_AND_OR = re.compile(r"\b(and|or)(?:\s+/\s*|\s*/\s+)(and|or)\b", re.IGNORECASE)
# "performance status (Oken et al.,1982) score 0 to 2" (NCT04835519): a citation of the paper that defined a scale,
# nothing a patient can use, and a year the number check would look for in the plain sentence.
_CITATION = re.compile(r"\s*\((?:[A-Z][\w'-]+\s+)+et\s+al\.?\s*,?\s*(?:19|20)\d{2}[a-z]?\)")


def without_citations(text: str) -> str:
    """`text` without the papers it cites: "(Oken et al., 1982)"."""
    return _CITATION.sub("", text) if "et al" in text else text


@lru_cache(maxsize=8192)  # a sentence is read by the recognisers and, if none reads it, shown: cleaned once
def without_page_footer(text: str) -> str:
    """`text` without a protocol's page footer pasted into it ("Page 10 of 83 Version 1.0 dated 27-April-2023")."""
    return _PAGE_FOOTER.sub("", text) if "Page " in text else text


@lru_cache(maxsize=16384)  # each criterion's text is cleaned for every reading of it (whole, its parts, its title)
def original_words(text: str) -> str:
    """`text` cleaned: emphasis marks, a leading list marker and a trailing connector removed, capitals tamed."""
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)  # "rate &#8805; 100 bpm": the registry's text holds the entity, not the sign
    if "Â³" in text:
        # "BMI Â³30" (NCT00134199, hint9: UNREADABLE): a symbol font's "≥" decoded twice over on its way to the registry
        text = _MANGLED_AT_LEAST.sub("≥", text)
    if not _LIGATURE_MARKS.isdisjoint(text):
        text = text.translate(_LIGATURES)
    if _LOOK_ALIKE.search(text):
        text = _LOOK_ALIKE_WORD.sub(_in_latin_letters, text)
    if not _FULL_WIDTH_MARKS.isdisjoint(text):
        text = _SPACE_BEFORE_CLOSE.sub(r"\1", text.translate(_HALF_WIDTH))
    cleaned = _SPACES.sub(" ", _without_emphasis(text) if "**" in text or "__" in text else text).strip()
    cleaned = _LEADING_STOP.sub("", _MARKER.sub("", cleaned))
    if cleaned.startswith("and "):
        cleaned = cleaned[4:]  # "* and radical pelvic surgery;" (NCT02413099): a list's last bullet keeps its "and"
    if ". :" in cleaned:
        cleaned = _STOP_COLON.sub(lambda match: ". " + match["first"].upper(), cleaned)
    if ")" in cleaned and "(" not in cleaned:
        cleaned = _STRAY_CLOSE.sub(_unbracketed, cleaned)  # "IIEF-5) - 12-21": a bracket never opened
    cleaned = _NAME_DASH_VALUE.sub(r"\g<name>: ", cleaned)
    cleaned = without_page_footer(cleaned)
    cleaned = without_citations(cleaned)
    if cleaned.startswith("Note "):
        # "Note bone scan is not required ..." (NCT03525262, sample 21: read as one more reason under the one before).
        cleaned = _NOTE_WITHOUT_COLON.sub("Note: ", cleaned)
    if "/" in cleaned:
        cleaned = _SPACED_AND_OR.sub(r"\1/\2", cleaned)
    if " " in cleaned:
        cleaned = _SPACE_BEFORE_STOP.sub("", cleaned)  # "score ≥ 1.5 ." -> "score at least 1.5."
    cleaned = _GLUED.sub(_spaced, cleaned)  # "failure(NYHA III),myocardial", "ablation.Pharmacological"
    if _NUMBER_AFTER_BOUND.search(cleaned):
        cleaned = _NUMBER_AFTER_BOUND.sub(" ", cleaned)  # "more than13 years" (NCT07491042): the space left out
    cleaned = thousands_with_commas(cleaned)
    if "10" in cleaned and _LOST_POWER.search(cleaned):
        # "1.5 ´ 109/L" (NCT03058094, sample 28): an accent typed for the times sign
        cleaned = _LOST_POWER.sub(
            lambda match: (" × " if "´" in match[1] else match[1]) + "10" + _SUPERSCRIPT[match[2]], cleaned
        )
    if "ULN" in cleaned or "UNL" in cleaned or "LLN" in cleaned:
        # "at most 1.5xULN", "AST, ALT more than 3*ULN" (samples 15, 44: "*" read as no word, "xULN" as no term): the
        # times sign spaced, as the glossary's "× ULN" and a reader know it.
        cleaned = _TIMES_LIMIT_OF_NORMAL.sub(lambda match: " x " if match[0].startswith("x") else " × ", cleaned)
    if ",." in cleaned:
        cleaned = _COMMA_STOP.sub(".", cleaned)  # "10⁹/L,. Platelet count": a comma left before the stop
    cleaned = _RUN_TOGETHER.sub(r"\1. \2", cleaned)
    cleaned = _without_trailing_connector(cleaned)
    if cleaned.endswith("..") and not cleaned.endswith("..."):
        cleaned = cleaned[:-1]  # "... during the study..": a doubled stop
    if _SHOUT_HINT.search(cleaned) and _shouting(cleaned):
        cleaned = _sentence_case(cleaned)
    if "or" in cleaned and _SPELLED_OR_EQUAL.search(cleaned):
        # "Age >or = to 18 years", "Prior > or = to grade 3 ... rash" (NCT00179712, hint5-1: UNREADABLE, "Prior at least
        # to grade 3"): the sign typed in letters
        cleaned = _SPELLED_OR_EQUAL.sub(lambda match: "≥ " if match["sign"] == ">" else "≤ ", cleaned)
    cleaned = symbols_in_words(cleaned)
    if _BOUND_TWICE.search(cleaned):
        # "failed at least ≥6 months" (NCT04015791, downloads1), "count less than <1000/mm3" (NCT04567420, exports5):
        # the sign spelled after the words that said it
        cleaned = _BOUND_TWICE.sub(r"\g<bound>", cleaned)
    if " x" in cleaned and "limit" in cleaned:
        # "creatinine >x2 upper limit of normal" (NCT02629965, hint1: "more than x2 upper limit"): times the limit.
        cleaned = _TIMES_BEFORE_LIMIT.sub(r"\g<bound> \g<times> times the \g<limit>", cleaned)
    if _has_doubled_word(cleaned):
        cleaned = _DOUBLED.sub(_undouble, cleaned)
    if cleaned.startswith("a ") and _FOOTNOTE_LETTER.match(cleaned):
        cleaned = cleaned[2:]  # "a Any participant reporting ..." (NCT05232279, sample 41): a footnote's letter
    if " a a " in cleaned:
        cleaned = cleaned.replace(" a a ", " a ")  # "have a a treatment" (NCT06841627, sample 41): typed twice
    if "nable to" in cleaned:
        # "Patient enable to follow study medical care ..." among the exclusions (NCT02805452, hint2-1: WRONG, read as
        # keeping out those who can): "unable", typed without its "u".
        cleaned = _ENABLE_FOR_UNABLE.sub(lambda match: match["who"] + ("unable" if match["who"] else "Unable"), cleaned)
    return cleaned[:1].upper() + cleaned[1:] if _starts_lower_word(cleaned) else cleaned


_BOUND_TWICE = re.compile(r"\b(?P<bound>at least|at most|less than|more than) (?P=bound)\b")
_SPELLED_OR_EQUAL = re.compile(r"(?P<sign>[<>])\s*or\s*=\s*(?:to\s+)?", re.IGNORECASE)
_GRADE_BOUND = re.compile(r"\b(?P<grade>[Gg]rade|GRADE)\s+(?P<bound>at least|at most)\s+(?P<number>[0-5])\b(?![.,]\d)")


def grades_in_words(text: str) -> str:
    """ "Any Grade >=3 hemorrhage", spelled "Any Grade at least 3 hemorrhage" (NCT03273153, hint5-1: UNREADABLE), said
    as "Any Grade 3 or higher hemorrhage": for a sentence shown in the study's words (the recognisers read the bound)."""
    if "rade at" not in text and "RADE at" not in text:
        return text
    return _GRADE_BOUND.sub(
        lambda match: f"{match['grade']} {match['number']} or {'higher' if match['bound'] == 'at least' else 'lower'}",
        text,
    )


def impossible_and_as_or(text: str) -> str:
    """ "more than 160 mm Hg and less than 100 mmHg", "Age less than 3 and more than 16 years" can never be true: the
    study means either bound (NCT00817830, NCT04474964)."""
    return _EITHER_BOUND.sub(_either, text) if " and " in text else text


def _either(match: re.Match) -> str:
    first, second = float(match["first"]), float(match["second"])
    above_then_below = bool(_ABOVE.fullmatch(match["over"])) and bool(_BELOW.fullmatch(match["then"]))
    below_then_above = bool(_BELOW.fullmatch(match["over"])) and bool(_ABOVE.fullmatch(match["then"]))
    if (above_then_below and first > second) or (below_then_above and first < second):
        return match.group(0).replace(" and ", " or ", 1)
    return match.group(0)


_ABOVE = re.compile(r"more than|greater than|higher than|above|over", re.IGNORECASE)
_BELOW = re.compile(r"less than|lower than|below|under", re.IGNORECASE)
_BOUND = r"more than|greater than|higher than|above|over|less than|lower than|below|under"
# A bound, its number and at most a two-word unit ("mm Hg"), "and", the other bound: no second subject between.
_EITHER_BOUND = re.compile(
    rf"\b(?P<over>{_BOUND})\s+(?P<first>\d+(?:\.\d+)?)(?:\s*[^\s\d,;.()]+(?:\s+[^\s\d,;.()]+)?)?\s+and\s+"
    rf"(?P<then>{_BOUND})\s+(?P<second>\d+(?:\.\d+)?)",
    re.IGNORECASE,
)


def thousands_with_commas(text: str) -> str:
    """ "14.000 cel/mm3" -> "14,000 cel/mm3": a count's thousands as English writes them."""
    return _DOTTED_THOUSANDS.sub(r"\1,\2", text) if "." in text else text


def _spaced(match: re.Match) -> str:
    if match["bracket"]:
        closing = match.string.find(")", match.end())
        if _PLURAL_MARK.match(match.string, match.start()) or (
            closing != -1 and match.string[closing + 1 : closing + 2].isalpha()
        ):
            return match.group(0)  # "level(s)", "chemo(radio)therapy": part of one word
    word = match.string[match.string.rfind(" ", 0, match.start()) + 1 : match.start()]
    if "www" in word.lower() or "://" in word or "@" in word:
        return match.group(0)  # an address: its stops and commas are part of it
    return match.group(0) + " " if not match["bracket"] else " ("


def _unbracketed(match: re.Match) -> str:
    return match.group(0) if _LIST_MARK.fullmatch(match.group(1)) else match.group(1)


def _without_trailing_connector(text: str) -> str:
    # "Previous participation in this clinical trial -", "-Patients must either be initiating ... treatment. -"
    # (sample 12): a dash the list's layout left at either end.
    text = _EDGE_DASH.sub("", text).rstrip(" ;,:")
    # "... by serum protein electrophoresis (sPEP), or." (NCT05552976): a stop after the connector too.
    trimmed = text.rstrip(" ;,:.")
    connector = _TRAILING_CONNECTOR.search(trimmed[-9:])
    return trimmed[: len(trimmed) - len(connector.group(0))].rstrip(" ;,:") if connector else text


def _has_doubled_word(text: str) -> bool:
    """ "bladder cancer cancer," too: a word typed twice, punctuation after it or not."""
    return any(match.group(1).lower() not in _DOUBLE_OK for match in _DOUBLED.finditer(text))


_ENABLE_FOR_UNABLE = re.compile(r"(?P<who>^|\b(?:patient|subject|participant)s?\s)enable(?=\s+to\s)", re.IGNORECASE)
_FOOTNOTE_LETTER = re.compile(r"^a (?=(?:Any|All|The|Patients?|Participants?|Subjects?|Women|Men)\b)")
_SHOUT_HINT = re.compile(r"[A-Z]{4}")
_DOUBLED = re.compile(r"\b([A-Za-z]{2,})\s+\1\b", re.IGNORECASE)
_DOUBLE_OK = {"had", "that", "is", "do", "very", "no"}


def _undouble(match: re.Match) -> str:
    """ "of of" -> "of": a word typed twice (not "had had", which can be meant)."""
    if match.group(1).lower() in _DOUBLE_OK:
        return match.group(0)
    first, second = match.group(0).split()[0], match.group(0).split()[-1]
    if first.islower() and second.isupper() and len(second) > 1:
        return match.group(0)  # "in the endoscopy suite or OR of HUP" (NCT01158820, hint2-1): the operating room
    if first.islower() and second[:1].isupper() and second[1:].islower():
        # "... not available locally to the patient Patient must have received ..." (NCT05607199, sample 26): two
        # lines the registry ran together, the second a sentence of its own; cut, it read as one rule.
        return f"{first}. {second}"
    return match.group(1)


def trailing_connector(text: str) -> str | None:
    """ "or" or "and" when the text ends with one ("Female sterilization; or,"), else None."""
    match = re.search(r"\b(and/or|or|and)\s*[;,:.]?\s*$", text.strip(), re.IGNORECASE)
    return match.group(1).lower() if match else None


def _without_emphasis(text: str) -> str:
    """Bold marks ("**Inclusion**", "__note__") removed; a lone footnote mark ("States***") kept."""
    if text.count("**") == 1 and len(_FOOTNOTE_MARK.findall(text)) == 1:
        return text.replace("__", "")
    return _EMPHASIS.sub("", text)


def _shouting(text: str) -> bool:
    # "Indication for CRRT or ECMO" (NCT04344080, ctparser1: lowered to "crrt or ecmo"): words in lower case say the
    # line is written in sentence case; its capitals are abbreviations.
    if _LOWER_WORD.search(text):
        return False
    words = _WORD.findall(text)
    long_words = [word for word in words if len(word) > 3]
    return len(long_words) >= 2 and sum(word.isupper() for word in long_words) / len(long_words) > 0.6


_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")


def _sentence_case(text: str) -> str:
    def tame(match: re.Match) -> str:
        word = match.group(0)
        keep = word in _KNOWN or (_KEEP_UPPER.match(word) and word.lower() not in _COMMON)
        return word if keep else word.lower()

    lowered = _PART.sub(tame, text)
    return lowered[:1].upper() + lowered[1:]


_PART = re.compile(r"[A-Za-z]+\d*")  # the parts of a hyphenated word ("ANTI-PD-1") are tamed one by one


def _starts_lower_word(text: str) -> bool:
    """Capitalise a first word only when it is all lower case ("eGFR", "mCRPC", "pH" keep theirs)."""
    first = text.split(" ", 1)[0] if text else ""
    return bool(first) and first[:1].islower() and first.islower()
