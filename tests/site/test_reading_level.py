"""The fixed explanations read at about an 8th-grade level (Flesch-Kincaid, textstat 0.7.4 works offline)."""

from __future__ import annotations

import pytest
import textstat

from trialpages.site.explain import enrollment, phase, status, study_type

EXPLANATIONS = [
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
