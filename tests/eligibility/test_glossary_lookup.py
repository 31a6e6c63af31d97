"""The glossary tries at each word only the patterns that can start with its letter: same result, faster."""

from __future__ import annotations

import re

from trialpages.eligibility import glossary
from trialpages.eligibility.first_letters import first_letters, opening_text


def test_first_letters_of_the_constructs_the_glossary_uses():
    assert first_letters(r"(?:is|are) of (?:child-?bearing) potential") == {"i", "a"}
    assert first_letters(r"(?<=alcohol )consumption|(?<=drug )consumption") == {"c"}
    assert first_letters(r"e\.g\.,?|for example") == {"e", "f"}
    assert first_letters(r"(?:past )?history of") == {"p", "h"}
    assert first_letters(r"[A-C]x") == {"a", "b", "c"}
    assert first_letters(r"\s*x") is None  # unknown: the pattern is tried at every word


def test_opening_text_of_the_constructs_the_glossary_uses():
    assert opening_text(r"(?:is|are) of (?:child-?bearing) potential") == {"is", "ar"}
    assert opening_text(r"(?<=alcohol )consumption|(?<=drug )consumption") == {"co"}
    assert opening_text(r"e\.g\.,?|for example") == {"e.", "fo"}
    assert opening_text(r"(?:signed |written )*informed") == {"si", "wr", "in"}
    assert opening_text(r"ab?c") == {"ab", "ac"}
    assert opening_text(r"x[A-B]") == {"xa", "xb"}
    assert opening_text(r"a?") == {"", "a"}  # "" starts every text: tried at every word
    assert opening_text(r"\s*x") == {"", "x"}


def _single_alternation(text: str) -> str:
    """The glossary as one alternation over the whole text: the reference the fast lookup must equal."""
    pattern = re.compile(
        "|".join(rf"(?P<g{i}>(?<!\w)(?:{p})(?!\w))" for i, (p, _) in enumerate(glossary.SUBSTITUTIONS)), re.I
    )
    pieces, done = [], 0
    for match in pattern.finditer(text):
        if match.lastgroup not in glossary._TERM_GROUPS and glossary._inside_a_name(text, match):
            continue
        plain = glossary._replacement(match)
        pieces += [glossary.fit_article(text[done : match.start()], plain), plain]
        done = match.end()
    return "".join(pieces) + text[done:]


def test_lookup_by_first_letter_equals_one_alternation_on_corpus_criteria(corpus_sentences):
    sources = corpus_sentences
    assert len(sources) > 1000
    assert [glossary.plain_words(s) for s in sources] == [_single_alternation(s) for s in sources]


def test_every_defined_word_holds_a_clue_so_a_text_without_clues_can_skip_the_scan():
    assert all(any(clue in word for clue in glossary._WORD_CLUES) for word in glossary.DEFINED_WORDS)
