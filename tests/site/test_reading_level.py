"""The fixed explanations read at about an 8th-grade level (Flesch-Kincaid, textstat 0.7.4 works offline)."""

from __future__ import annotations

import pytest
import textstat

from trialpages.site.explain import phase, status, study_type

EXPLANATIONS = [
    *phase._SINGLE.values(),
    phase._COMBINED,
    phase._NOT_APPLICABLE,
    phase._OBSERVATIONAL,
    phase._EXPANDED_ACCESS,
    *status._EXPLANATIONS.values(),
    *study_type._EXPLANATIONS.values(),
]


@pytest.mark.parametrize("text", EXPLANATIONS, ids=lambda t: t[:40])
def test_each_explanation_reads_at_about_grade_8(text):
    assert textstat.flesch_kincaid_grade(text) <= 9.0
