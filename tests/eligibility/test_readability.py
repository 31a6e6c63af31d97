"""The plain items read at about an 8th-grade level: the median Flesch-Kincaid grade of the items of 8 words or
more (short fragments cannot pull it down), the figure ../shared/tools/plain-quality/measure reports."""

from __future__ import annotations

import statistics

import textstat

from trialpages.eligibility import translate_eligibility


def test_median_grade_of_the_longer_items_over_the_corpus_is_at_most_8(bundled_records):
    grades = []
    for record in bundled_records:
        plain = translate_eligibility(record["protocolSection"].get("eligibilityModule"))
        grades += [
            textstat.flesch_kincaid_grade(item.text)
            for item in plain.all_items()
            if item.text and len(item.text.split()) >= 8
        ]
    median = statistics.median(grades)
    print(f"median Flesch-Kincaid grade of {len(grades)} items of 8 words or more: {median:.1f}")
    assert median <= 8
