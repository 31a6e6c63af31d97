"""A weak immune system, or medicines that weaken it, in the fixed phrase of immunotherapy studies
(facts/immune_suppression.py): the window is the medicines', the dose the steroid's."""

from __future__ import annotations

from tests.eligibility.conftest import assert_not_read_as, assert_written, read


def test_the_immunotherapy_phrase_keeps_the_window_and_the_dose_where_they_belong():
    assert_written(
        "NCT06726265",
        read(
            "Diagnosis of immunodeficiency or is receiving chronic systemic steroid therapy (in dosing exceeding 10 mg daily "
            "of prednisone equivalent) or any other form of immunosuppressive therapy within 7 days prior to the first dose "
            "of trial intervention."
        ),
        "exclusion",
        "weak-immune-system",
        "A doctor has found that you have a weak immune system (immunodeficiency), or in the 7 days before you start the "
        "study treatment you have taken long-term (chronic) steroid medicine that reaches the whole body (systemic) at "
        "more than 10 mg a day of prednisone (or an equally strong dose of another steroid), or any other medicine that weakens "
        "the immune system (immunosuppressive therapy).",
    )


def test_a_window_counted_from_something_else_is_not_read():
    assert_not_read_as(
        "Has a diagnosis of immunodeficiency or is receiving systemic steroid therapy or any other form of "
        "immunosuppressive therapy within 7 days prior to screening",
        "weak-immune-system",
    )


def test_any_other_form_of_a_treatment_is_another_of_it():
    assert_written(
        "NCT05756972",
        read(
            "Have received systemic steroid therapy or any other form of immunosuppressive therapy within 14 days prior to "
            "the first dose of study drugs."
        ),
        "exclusion",
        "treatment-use",
        "You took steroid medicines that reach the whole body (systemic steroid therapy) or other medicines that weaken "
        "the immune system (immunosuppressive therapy) in the 14 days before you start the study treatment.",
    )
