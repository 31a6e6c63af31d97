"""The plain section reads at about an 8th-grade level over the whole bundled corpus."""

from __future__ import annotations

import statistics

import pytest
from trialpages_dev.bench.readability import reading_grade

from trialpages.eligibility import translate_eligibility


def test_reading_grade_treats_each_item_as_one_sentence():
    # The same 7 words as one sentence or two: only the words-per-sentence term differs.
    one = reading_grade(["You are at least 18 years old"])
    two = reading_grade(["You are at least", "18 years old"])

    assert one is not None and two is not None
    assert one - two == pytest.approx(0.39 * (7 / 1 - 7 / 2))
    assert reading_grade([]) is None


def test_median_plain_grade_over_the_corpus_is_at_most_8_and_below_the_original(bundled_records):
    plain_grades, original_grades = [], []
    for record in bundled_records:
        module = record["protocolSection"].get("eligibilityModule") or {}
        plain = translate_eligibility(module)
        grade = reading_grade([item.text for item in plain.inclusion + plain.exclusion + plain.other])
        if grade is not None:
            plain_grades.append(grade)
            original_grades.append(reading_grade([module.get("eligibilityCriteria") or ""]))
    median = statistics.median(plain_grades)
    print(f"median Flesch-Kincaid grade of the plain sections: {median:.2f} over {len(plain_grades)} studies")
    assert median <= 8
    assert median < statistics.median(g for g in original_grades if g is not None)
