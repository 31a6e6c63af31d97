"""Flesch-Kincaid grade of the plain section, each plain item read as one sentence.

textstat's own sentence splitter would cut items at abbreviations and drop short ones, so the
grade is computed from its word and syllable counts with the items as the sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

import textstat


def reading_grade(sentences: Sequence[str]) -> float | None:
    """Flesch-Kincaid grade of `sentences`; None when they hold no words."""
    words = sum(textstat.lexicon_count(sentence) for sentence in sentences)
    if not words:
        return None
    syllables = sum(textstat.syllable_count(sentence) for sentence in sentences)
    return 0.39 * words / len(sentences) + 11.8 * syllables / words - 15.59
