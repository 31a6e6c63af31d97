"""Over all 1,000 bundled records: nothing of the original lost, ids unique, every number of every criterion kept."""

from __future__ import annotations

import html
import re
from collections import Counter

import pytest

from tests.eligibility.conftest import CORPORA
from trialpages.eligibility import parse_criteria, translate_eligibility, unescape_markdown
from trialpages.eligibility.clean import thousands_with_commas, without_citations, without_page_footer
from trialpages.eligibility.sentences import sentences

# Words, not the "_" that joins two ("Inclusion_Criteria:" is a heading's two words).
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]*)*")
_MARKER = re.compile(r"^\s*(?:[*+•·▪o-]|\d{1,3}[.)]|\(\d{1,3}\)|\([a-zA-Z]{1,4}\)|[a-zA-Z][.)]|[ivxIVX]{1,5}[.)])\s+")
_BARE_MARKER = re.compile(r"^\s*(?:[*+•·▪o-]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|[ivxIVX]{1,5}[.)])?\s*$")
# Numbers, not the digits of a name (CD4, CYP3A4, HbA1c).
_NUMBER = re.compile(r"(?<![A-Za-z\d.,])\d+(?:[.,]\d+)*")
# A count per liter in powers of ten, however written, is one unit: "x 10^9/L", "×10⁹/L", "x 109/L" (its
# superscript lost) and "billion per liter" say the same.
_POWER_OF_TEN = re.compile(
    r"[x×*´]\s*10\s*(?:\^\s*\d+|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?:3|6|9|12)(?=\s*(?:cells\s*)?/))|\b(?:thousand|million|billion|trillion) per\b",
    re.I,
)
_LEADING_MARKER = re.compile(
    r"^\s*(?:\(?(?:\d{1,2}|[a-hA-H]|i{1,3}|iv|v|vi{1,3}|ix|x)[.)]|\d{1,2}\s+[-–](?=\s+[A-Z][a-z]))\s+"  # "4 - Patients ..."
)
# "Cycle 1, Day 1" names a day; a plain item may say "your first study treatment" instead.
_DAY_NAME = re.compile(r"\b(?:cycle\s*\d+\s*,?\s*)?day\s*-?\d+\b|\bC\d+D\d+\b", re.IGNORECASE)


def criteria_text(record: dict) -> str | None:
    return (record["protocolSection"].get("eligibilityModule") or {}).get("eligibilityCriteria")


@pytest.fixture(scope="module")
def corpus(request):
    """Every record's criteria: the bundled ones and those no rule was written on."""
    records = [record for name in CORPORA for record in request.getfixturevalue(name)]
    return [(r["protocolSection"]["identificationModule"]["nctId"], criteria_text(r)) for r in records]


def test_every_word_of_the_original_lands_in_exactly_one_criterion_heading_or_preamble(corpus):
    for nct_id, text in corpus:
        parsed = parse_criteria(text)
        lines = [
            _MARKER.sub("", line) for line in unescape_markdown(text or "").splitlines() if not _BARE_MARKER.match(line)
        ]
        # (a circled number is a word of its own: "old② Clinically" is "old", "②" and "Clinically")
        original = _WORD.findall(re.sub(r"[\u2460-\u2473]", r" \g<0> ", " ".join(lines).replace("**", " ")))
        pieces = []
        for section in parsed.sections:
            pieces += _WORD.findall(section.heading or "") + _WORD.findall(section.preamble or "")
            for criterion in section.criteria:
                pieces += _WORD.findall(criterion.text)
        lost, added = Counter(original) - Counter(pieces), Counter(pieces) - Counter(original)
        # A marker typed at a line's start may join the numbering its item began inline ("... (ii) Tumor size ..." then
        # "(iii) Diagnosis of ..."): there it is a word of the criterion's text.
        unescaped = unescape_markdown(text or "")
        assert all(re.search(rf"^\s*\({re.escape(word)}\)\s", unescaped, re.MULTILINE) for word in added), (
            nct_id,
            added,
        )
        # Only the numerals and letters of items run onto one line ("... failure 7. Previous surgery", "... agitation
        # iii. Attacks", "... function: (i) Hemoglobin", "... agitation D. Attacks") may go: they are markers.
        # So may circled numbers ("②patients aged ..."), markers wherever they are typed.
        assert all(
            re.fullmatch(r"[\u2460-\u2473]", word)
            or (word.isdigit() or re.fullmatch(r"[ivx]+|[A-I]", word))
            and re.search(
                rf"(?:\s\(?|[A-Za-z]{{2}}\.|(?i:visit|day|week|cycle)\s+\d{{1,2}}\.){word}[.)]\s|^\s*{word} \.(?=[A-Za-z])",
                unescaped,
                re.MULTILINE,
            )
            for word in lost
        ), (nct_id, lost)


def test_criterion_ids_are_unique_within_a_study(corpus):
    for nct_id, text in corpus:
        ids = [c.id for c in parse_criteria(text).all_criteria()]
        assert len(ids) == len(set(ids)), nct_id


@pytest.mark.slow
@pytest.mark.parametrize("corpus", CORPORA)
def test_every_number_of_every_criterion_is_in_what_translates_it(corpus, request):
    """A criterion's numbers are all in the plain items and group titles that name it as their source."""
    criteria, lost = 0, []
    for record in request.getfixturevalue(corpus):
        module = record["protocolSection"].get("eligibilityModule")
        plain = translate_eligibility(module)
        said: dict[str, list[str]] = {}
        for item in plain.all_items():
            for source in item.source_ids:
                said.setdefault(source, []).extend(filter(None, (item.text, item.children_title)))
        for criterion in parse_criteria((module or {}).get("eligibilityCriteria")).all_criteria():
            # The criterion's sentences: inline list markers ("2. ...", "(3) ...") are cut off, not numbers it states.
            # An HTML entity ("&#8805;" for "≥") is a sign, not a number.
            # A count's thousands written with a stop ("14.000 cel/mm3") are said with a comma.
            # A protocol's page footer pasted into the criterion ("Page 10 of 83 ...") states nothing, nor does the year of
            # a paper it cites ("(Oken et al., 1982)").
            own = " ".join(
                _LEADING_MARKER.sub(
                    "", thousands_with_commas(without_citations(without_page_footer(html.unescape(part.text))))
                )
                for part in sentences(criterion.text)
            )
            # Each distinct number: a number the source repeats ("Hgb ≥ 8 ... to achieve Hgb ≥ 8") may be said once.
            wanted = set(_NUMBER.findall(_POWER_OF_TEN.sub(" ", _DAY_NAME.sub(" ", own))))
            said_text = _POWER_OF_TEN.sub(" ", _DAY_NAME.sub(" ", " ".join(said.get(criterion.id, []))))
            found = set(_NUMBER.findall(said_text)) | set(re.findall(r"\d+", said_text))
            criteria += 1
            missing = wanted - found
            if missing:
                nct_id = record["protocolSection"]["identificationModule"]["nctId"]
                lost.append(f"{nct_id} {criterion.id}: {sorted(missing)} missing from {said.get(criterion.id)}")
    print(f"every number kept in {criteria - len(lost)} of {criteria} criteria")
    assert not lost, "\n".join(lost[:20])
