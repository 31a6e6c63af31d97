"""Understanding the study and consenting, said together: able to do both, or not able to do one or the other."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import assert_not_read_as, assert_written, read

UNDERSTANDING = [
    (
        "NCT04207047",
        "Inability to understand the protocol or to give informed consent.",
        "exclusion",
        "You are not able to understand the study, or to agree to take part.",
    ),
    (
        "NCT03243617",
        "Subjects who are unable to understand the protocol or give informed consent",
        "exclusion",
        "You are not able to understand the study, or to agree to take part.",
    ),
    (
        "NCT00512707",
        "Able to understand the nature of the study and provide written, informed consent",
        "inclusion",
        "You can understand the study. You are able to agree in writing to take part.",
    ),
    (
        "NCT03899298",
        "Competent to understand the study protocol and provide voluntary informed consent.",
        "inclusion",
        "You can understand the study. You are able to freely agree to take part.",
    ),
    (
        "NCT07050056",
        "Fully understand the study and voluntarily sign the informed consent form (ICF)",
        "inclusion",
        "You can understand the study. You are able to freely sign a form to agree to take part.",
    ),
]


@pytest.mark.parametrize(("nct", "source", "kind", "plain"), UNDERSTANDING)
def test_understanding_the_study_and_consenting_are_said_together(nct, source, kind, plain):
    assert_written(nct, read(source), kind, "consent", plain)


@pytest.mark.parametrize(
    "source",
    [
        "Unable to understand the study and give informed consent",  # both, or either? not said plainly
        "Able to understand the study or give informed consent",
    ],
)
def test_an_and_or_an_or_that_leaves_it_unclear_is_not_read(source):
    assert_not_read_as(source, "consent")


AGREEING = [
    (
        "NCT03308409",
        "Patient agrees to participate in the trial by providing signed informed consent.",
        "inclusion",
        "You sign a form to agree to take part after the study is explained to you.",
    ),
    (
        "NCT02683044",
        "Patients who agree to participate in the trial through signed informed consent.",
        "inclusion",
        "You sign a form to agree to take part after the study is explained to you.",
    ),
    (
        "NCT04833270",
        "Participants who agreed and signed informed consent form",
        "inclusion",
        "You sign a form to agree to take part after the study is explained to you.",
    ),
    (
        "NCT06940401",
        "Willingness to participate and signed informed consent provided by the subject.",
        "inclusion",
        "You are willing to sign a form to agree to take part after the study is explained to you.",
    ),
    ("NCT05123326", "Patients who do not consent to the study.", "exclusion", "You do not agree to take part."),
    ("NCT06015620", "Patients not giving consent for the study", "exclusion", "You do not agree to take part."),
]


@pytest.mark.parametrize(("nct", "source", "kind", "plain"), AGREEING)
def test_agreeing_to_take_part_by_signing_is_one_consent(nct, source, kind, plain):
    assert_written(nct, read(source), kind, "consent", plain)


def test_a_consent_not_signed_in_the_past_stays_unread():
    # "did not sign": said of a past that the page cannot place; "do not consent" is said of now.
    assert_not_read_as("Who did not sign the informed consent form", "consent")
