"""Cut a criterion into its sentences, for the recognisers to read one statement at a time.

A cut is made at a sentence end, a semicolon or an inline list marker ("... consent 2. Subjects
aged ..."), never inside brackets, after an abbreviation ("St. John's wort", "e.g.", "vs.",
"approx.", "No. 5") or inside a number ("1.5"). A sentence that qualifies the one before it (an
exception, an allowance, a note) is marked so: it belongs with that sentence, never alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = {
    "st",
    "dr",
    "mr",
    "mrs",
    "ms",
    "vs",
    "e.g",
    "i.e",
    "eg",
    "ie",
    "approx",
    "no",
    "nos",
    "fig",
    "al",
    "etc",
    "ca",
    "cf",
    "incl",
    "min",
    "max",
    "jr",
    "sr",
    "inc",
    "ltd",
    "co",
    "corp",
    "dept",
    "univ",
    "vol",
    "ref",
    "resp",
    "viz",
    "u.s",
    "u.k",
    "e.u",
    "p",
    "pp",
    "wk",
    "wks",
    "mo",
    "mos",
    "yr",
    "yrs",
    "hr",
    "hrs",
    "sec",
    "temp",
    "ver",
    "v",
}
# A possible cut: a full stop, semicolon, question or exclamation mark, then space.
_END = re.compile(r"[.;!?](?=\s+\S)|[.;](?=\s*$)")
_OPENERS, _CLOSERS = "([{", ")]}"
# An inline list marker after a space: "2. ", "b) ", "(3) ", "iii. " before a capital letter; a letter's stop may touch
# its word ("a.Neutrophils ≥ 1.5; b.Hemoglobin ≥ 90": NCT04204473, whose "f." and "g." alone were cut, gluing the
# clotting limits onto the liver-metastases case).
LETTER_TOUCHING_WORD = r"[a-h]\.(?=[A-Z][a-z]{2})"
_INLINE_MARKER = re.compile(
    rf"(?<=\s)(?:(?:\d{{1,2}}[.)]|\(\d{{1,2}}\)|[a-h][.)]|\([a-h]\)|(?:ii|iii|iv|vi)[.)])\s+(?=[A-Z(])|{LETTER_TOUCHING_WORD})"
)
# "... history of HIV infection. The test should be performed within 28 days ..." (NCT05879653, downloads1: LOSSY,
# moved to "The study also says" it said no longer which test): "the test" is the one the sentence before names.
_THE_TEST = (
    r"(?:the|this|these|that)\s+(?:tests?|testing|screening test)\s+(?:should|must|will|shall|is|are|has|have)\b"
)
THE_TEST_BEFORE = re.compile("^" + _THE_TEST, re.IGNORECASE)
_QUALIFIER_START = re.compile(
    r"^(?:or|and|and/or|but|except|unless|however|exception|exceptions|note|notes|nb|this|these|that|which|such|"
    r"including|e\.g|i\.e|if|in (?:this|that|such) case|in case|provided|(?:as )?defined (?:as|by)|"
    # "In both cases, surgery must have taken place >5 years prior ..." after an exception's two cases (NCT02802748)
    r"in (?:both|either|each|all|any) (?:of (?:these|the|those) )?cases?|"
    r"[\w-]+(?: [\w-]+){0,3} (?:is|are) defined (?:as|by)|as (?:measured|evidenced|determined|documented|confirmed) by|"
    r"[\w-]+ (?:include|includes):|" + _THE_TEST + r")(?!\w)",
    re.IGNORECASE,
)
# A sentence that is all one bracket ("(Cockcroft-Gault formula: ...)"), not one begun by a list marker ("(f) ...").
_BRACKETED = re.compile(r"\([^()]*\)")
_WHOLE_BRACKET = re.compile(r"^\((?![a-z0-9]{1,3}\)).*\)\W*$", re.DOTALL)
# A sentence that lets some people past the limit before it: a qualifier, and translate's cue to title it an exception.
_HIGHER_LIMIT = r"may be (?:elevated|raised|increased|higher) up to"
HIGHER_LIMIT_ALLOWED = re.compile(rf"\b{_HIGHER_LIMIT}\b", re.IGNORECASE)
_QUALIFIER_WORD = re.compile(
    r"\b(?:allowed|permitted|eligible|acceptable|exempt|except|unless|exception|not apply|does not exclude|"
    r"not exclusionary|not (?:be )?(?:an )?exclusion|"
    # "History of HIV infection. Testing is not required in the absence of history." (NCT04318938, sample 39: WRONG, the
    # note stood apart as one more reason to be left out)
    r"(?:is|are) not (?:required|needed|necessary|mandatory)|"
    # "Subjects that require intermittent use of bronchodilators ... would not be excluded from the study" (NCT04736823,
    # sample 39: WRONG, apart from the autoimmune reason it is an exception to)
    r"(?:would|will|shall|should) not be excluded|"
    # "...; replacement therapy (e.g., thyroxine, insulin, ...) is not considered a form of systemic treatment"
    # (NCT02888665, hint4: WRONG, apart it listed thyroxine and insulin among the reasons to be left out)
    r"(?:is|are) not considered (?:to be )?(?:a form of|a type of|an?|as)|" + _HIGHER_LIMIT + r"|may (?:be )?"
    # "ALT or AST must be <3.0 x ULN. An AST and ALT may be elevated up to 5 times the ULN if ..." (NCT06831370, sample 39:
    # LOSSY, the higher limit stood apart from the one it allows past)
    r"(?:enrolled|included|considered|participate)|can (?:be )?(?:enrolled|included|participate))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    qualifies: bool  # an exception, allowance or note about the sentence before it


_MARKER_ONLY = re.compile(r"^\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]$")
_BRACKET_ONLY = re.compile(r"^\([^()]*\)[.;,]?$")
_WORD = re.compile(r"[^\W\d_]{2}")
_PUNCTUATION_ONLY = re.compile(r"^[.;,:]+$")


# "..., including active hepatitis; cirrhosis; fatty liver; and inherited liver disease": members of the list the
# first piece opens, cut at semicolons. Read apart, "fatty liver" would lose "clinically significant" before it.
_LIST_OPENER = re.compile(r"\b(?:including|includes?|such as|e\.g\.?|for example|for instance|like)\b", re.IGNORECASE)
_LIST_END = re.compile(r"^\s*(?:and|or|and/or)\s", re.IGNORECASE)
_MEMBER_WORDS = 5


def _semicolon_lists(pieces: list[str]) -> list[str]:
    """Pieces with a semicolon list's members put back into the piece that opens it: the members run from a piece
    ending in a semicolon after an opener ("including ...;") to one that begins "and" or "or", each a few words."""
    merged: list[str] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        if piece.rstrip().endswith(";") and _LIST_OPENER.search(piece):
            end = index + 1
            while end < len(pieces) and len(pieces[end].split()) <= _MEMBER_WORDS and not _LIST_END.match(pieces[end]):
                if not pieces[end].rstrip().endswith(";"):
                    break
                end += 1
            if end < len(pieces) and _LIST_END.match(pieces[end]) and len(pieces[end].split()) <= _MEMBER_WORDS + 1:
                merged.append(" ".join(part.strip() for part in pieces[index : end + 1]))
                index = end + 1
                continue
        merged.append(piece)
        index += 1
    return merged


def sentences(text: str) -> list[Sentence]:
    pieces = [piece for part in _cut_at_markers(text) for piece in _cut_at_ends(part)]
    if len(pieces) > 2 and ";" in text:
        pieces = _semicolon_lists(pieces)
    result: list[Sentence] = []
    for index, piece in enumerate(pieces):
        piece = piece.strip()
        if not piece:
            continue
        if _MARKER_ONLY.match(piece):
            if index == len(pieces) - 1 and result:  # "... for 6 months. (2)": a note's number, kept with its sentence
                result[-1] = Sentence(f"{result[-1].text} {piece}", result[-1].qualifies)
            continue
        if not result and _PUNCTUATION_ONLY.match(piece) and index < len(pieces) - 1:
            continue  # "1. . diabetes mellitus ...": a stray stop before the first sentence says nothing
        if result and (_BRACKET_ONLY.match(piece) or not _WORD.search(piece)):
            # "... version 1.1. (RECIST v1.1)", a stray "18,." or ".": part of the sentence before, never an item.
            result[-1] = Sentence(f"{result[-1].text} {piece}", result[-1].qualifies)
            continue
        words = len(piece.split())
        # The first piece always stands alone: only later ones can qualify it.
        qualifies = (
            bool(result)
            and not _member_of_semicolon_list(pieces[index - 1], piece)
            and (
                words < 2
                or bool(
                    _WHOLE_BRACKET.match(piece)
                    or _QUALIFIER_START.match(piece)
                    # "diastolic blood pressure < 50 or > 95 mmHg ... (2 rechecks are allowed)" (NCT01100021) is a reason of
                    # its own: a bracket's "allowed" is about the bracket.
                    or _QUALIFIER_WORD.search(_BRACKETED.sub("", piece) if "(" in piece else piece)
                )
            )
        )
        result.append(Sentence(piece, qualifies))
    return result or [Sentence(text.strip(), False)]


def _member_of_semicolon_list(before: str, piece: str) -> bool:
    """ "anemia (hematocrit < 34%); pregnancy; and uncontrolled hypertension." (NCT04347252, ctparser1: WRONG, the last
    two nested under the anemia as its details): a short name after a semicolon, even one word or after "and", is
    one more member of the list, not a qualifier of the one before."""
    named = _AND_OPENING.sub("", piece.strip()).rstrip(" ;,.")
    return (
        before.rstrip().endswith(";")
        and 1 <= len(named.split()) <= _MEMBER_WORDS
        and not _QUALIFIER_START.match(named)
        and not _QUALIFIER_WORD.search(named)
        and not _NOT_A_NAME.search(named)
    )


_MEMBER_WORDS = 5
_AND_OPENING = re.compile(r"^and\s+(?!/)", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"\d|[<>=≤≥:()]|\b(?:is|are|was|were|be|been|must|should|will|may|can|has|have|had)\b", re.I)


def list_members(text: str) -> list[str]:
    """The members of an inline list ("a. ...; b. ...; c. ..."): cut at its markers only; [] when there is none."""
    members = [member.strip(" ;,") for member in _cut_at_markers(text, keep_inner=True)]
    members = [member for member in members if member and not _MARKER_ONLY.match(member)]
    return members if len(members) >= 2 else []


def _cut_at_markers(text: str, *, keep_inner: bool = False) -> list[str]:
    """Cut at inline list markers, only when there are two or more (a lone "2." is more likely a number); `keep_inner`:
    not at the markers of a numbering inside a member (a list's members keep their own choices)."""
    markers = [
        match for match in _INLINE_MARKER.finditer(" " + text) if _outside_brackets(text, max(0, match.start() - 1))
    ]
    if len(markers) < 2:
        return [text]
    if keep_inner:
        markers = _without_inner(markers)
    text = " " + text
    parts, start = [], 0
    for match in markers:
        parts.append(text[start : match.start()])
        start = match.end()
    parts.append(text[start:])
    return [part for part in parts if part.strip()]


def _without_inner(markers: list[re.Match]) -> list[re.Match]:
    """The markers without a run of another numbering between two of one ("a) ... plus i) INSTI ii) NNRTI or iii)
    Boosted PI. b) ...", NCT06967753: the romans are member a)'s own choices, not more members)."""
    kinds = [_marker_kind(match.group()) for match in markers]
    runs: list[list[int]] = []  # the markers' positions, in runs of one kind
    for index, kind in enumerate(kinds):
        if runs and kinds[runs[-1][0]] == kind:
            runs[-1].append(index)
        else:
            runs.append([index])
    inner: set[int] = set()
    for before, run, after in zip(runs, runs[1:], runs[2:], strict=False):
        outer, kind = kinds[before[0]], kinds[run[0]]
        # Inside, a numbering begins ("i)" is no marker here: "ii)" begins it); one that began before the other goes
        # on ("ii. ... b. ... ii. 1. ... 4. iii. Patients ...", NCT05536349: "iii." is the outer list's next one).
        if kinds[after[0]] == outer and kind not in kinds[: before[0]] and _begins(markers[run[0]].group()):
            inner.update(run)
    return [match for index, match in enumerate(markers) if index not in inner]


def _begins(marker: str) -> bool:
    """Is the marker the first of its numbering, or the second where the first is no marker ("i)")?"""
    return marker.strip(" ().") in ("1", "a", "ii")


def _marker_kind(marker: str) -> str:
    """ "digit", "letter" or "roman": which numbering an inline marker ("2.", "(b)", "iii)") belongs to."""
    bare = marker.strip(" ().")
    return "digit" if bare[:1].isdigit() else "roman" if re.fullmatch(r"[ivx]+", bare) else "letter"


def _cut_at_ends(text: str) -> list[str]:
    parts, start = [], 0
    for match in _END.finditer(text):
        end = match.end()
        if not _outside_brackets(text, match.start()):
            continue
        if text[match.start()] == "." and not _sentence_end(text, match.start()):
            continue
        if text[match.start()] == ";" and _LIMIT_GOES_ON.match(text, end):
            # "AST and ALT ≤ 2.5 × ULN; ≤ 5 × ULN in the presence of liver metastases" (NCT06029816, sample 42: LOSSY,
            # cut, the second limit stood alone and the first lost the case it is raised for): one limit, two cases.
            continue
        parts.append(text[start:end])
        start = end
    parts.append(text[start:])
    return [part for part in parts if part.strip()]


_LIMIT_GOES_ON = re.compile(r"\s*(?:[<>≤≥]=?|(?:at most|at least|less than|more than|greater than)\s)\s*\d")


def _sentence_end(text: str, dot: int) -> bool:
    """Is the full stop at `dot` the end of a sentence (not "e.g.", "St.", "1.5", "J. Smith")?"""
    word = re.search(r"([\w.]+)$", text[:dot])
    token = word.group(1).lower() if word else ""
    if token.rstrip(".") in _ABBREVIATIONS or (len(token) == 1 and token.isalpha() and text[dot - 1].isupper()):
        return False
    # "9." after a finished sentence, or at the start, is a list marker: the next item, not an end.
    before = text[: dot - len(token)].rstrip()
    if re.fullmatch(r"\d{1,2}|[a-z]|[ivx]{1,4}", token) and (not before or before[-1] in ".;:)"):
        return False
    following = text[dot + 1 :].lstrip()
    # A new sentence starts with a capital, a bracket or a digit; "e.g. aspirin" and "approx. 5" do not end one.
    return bool(following) and (following[0].isupper() or following[0] in "(['\"" or following[0].isdigit())


def _outside_brackets(text: str, index: int) -> bool:
    depth = 0
    for char in text[:index]:
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth = max(0, depth - 1)
    return depth == 0
