"""How hard the plain items are to read: the median Flesch-Kincaid grade of the items of 8 words or more (short
fragments cannot pull it down), the figure ../shared/tools/plain-quality/measure reports.

The goal is grade 8 and it is not met: most items are still the study's own words (see the README's eligibility
section). The figure rose from 9.2 to 10.7 during issue 13 because items that were
fragments or garbled before now carry their whole criterion. This test keeps it from getting worse.
"""

from __future__ import annotations

import statistics

import pytest
import textstat

from trialpages.eligibility import translate_eligibility

pytestmark = pytest.mark.slow

GOAL = 8.0
CEILING = 11.0  # measured 10.7 when it was set


def test_median_grade_of_the_longer_items_does_not_get_worse(bundled_records):
    grades = []
    for record in bundled_records:
        plain = translate_eligibility(record["protocolSection"].get("eligibilityModule"))
        grades += [
            textstat.flesch_kincaid_grade(item.text)
            for item in plain.all_items()
            if item.text and len(item.text.split()) >= 8
        ]
    median = statistics.median(grades)
    print(f"median Flesch-Kincaid grade of {len(grades)} items of 8 words or more: {median:.1f} (goal {GOAL})")
    assert median <= CEILING
