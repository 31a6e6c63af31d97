"""The fixed explanations read at about an 8th-grade level (Flesch-Kincaid, textstat 0.7.4 works offline)."""

from __future__ import annotations

import pytest
import textstat

from trialpages.site import enrolment, faq, joining
from trialpages.site.explain import enrollment, phase, status, study_type

# What the page writes around the record's facts (enrolment, cautions, design, results), filled as on a page.
PAGE_WORDS = [
    *(f"{headline} {detail}" for headline, detail in enrolment._WORDS.values()),
    *(f"{meaning[:1].upper()}{meaning[1:]}." for meaning in joining.INTERVENTION_TYPES.values()),
    *joining._TIME_PERSPECTIVE.values(),
    *joining._SAMPLES.values(),
    *faq._PHASE_RISK.values(),
    "The sponsor last confirmed this status in June 2025, more than a year ago. It may have changed since.",
    "The study expected to finish collecting data for its main results by October 2026. That date has passed, but "
    "it is still listed as recruiting. It may no longer be taking new people.",
    "The study planned to start in November 2023. That date has passed, but it is still listed as not yet "
    "recruiting. It may have started, or it may be delayed.",
    "The study finished collecting data for its main results in June 2008, more than a year ago. No results have "
    "been posted on ClinicalTrials.gov.",
]

EXPLANATIONS = [
    *PAGE_WORDS,
    *phase._SINGLE.values(),
    phase._COMBINED,
    phase._NOT_APPLICABLE,
    phase._OBSERVATIONAL,
    phase._EXPANDED_ACCESS,
    *status._EXPLANATIONS.values(),
    *study_type._EXPLANATIONS.values(),
    *(
        text.format(people="180 people", joined="have")
        for text in [
            *enrollment._TARGET.values(),
            *enrollment._ACTUAL.values(),
            enrollment._TARGET_WHILE_OPEN,
            enrollment._TARGET_OTHERWISE,
            enrollment._ACTUAL_WHILE_OPEN,
            enrollment._ACTUAL_OTHERWISE,
        ]
    ),
]


@pytest.mark.parametrize("text", EXPLANATIONS, ids=lambda t: t[:40])
def test_each_explanation_reads_at_about_grade_8(text):
    assert textstat.flesch_kincaid_grade(text) <= 9.0
