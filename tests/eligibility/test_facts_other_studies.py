"""Being in another study, and drugs still being tested, as studies word them: "investigative drug", "is currently
enrolled", "are also participating", a window counted from "their screening visit", "dosing for this study"."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import assert_not_read_as, assert_written, read

OTHER_STUDIES = [
    (
        "",  # the immunotherapy studies' phrase: the window holds for the device too
        "Is currently participating in or has participated in a study of an investigational agent or has used an "
        "investigational device within 4 weeks prior to the first dose of study treatment.",
        "You are in another study testing a drug now, or were in one in the 4 weeks before you start the study treatment, "
        "or you have used a device that is still being tested in the 4 weeks before you start the study treatment.",
    ),
    (
        "NCT03895671",
        "Participation in another clinical trial with any investigative drug within 30 days prior to study enrolment",
        "You are in another study testing a drug now, or were in one in the 30 days before you join the study.",
    ),
    (
        "NCT02598232",
        "Patients who had participated in another clinical study within 30 days from their screening visit",
        "You were in another study in the 30 days before your first study visit.",
    ),
    (
        "NCT01686841",
        "Subject is currently enrolled in a clinical study of any other unapproved investigational drug or device.",
        "You are in another study testing a drug or device now.",
    ),
    (
        "NCT05743218",
        "Patients who are also participating in other clinical trials.",
        "You are in another study now.",
    ),
    (
        "NCT05196308",
        "Participation in a clinical study within 12 weeks prior to screening or planned participation during this study.",
        "You are in another study now, or were in one in the 12 weeks before your first study visit, or will be in one "
        "during this study.",
    ),
]


TESTED_DRUGS = [
    (
        "NCT05372419",
        "Had prior treatment with dupilumab",
        "You have taken dupilumab before.",
    ),
    (
        "NCT02495467",
        "Subject has received any investigational product during the 90 days prior to dosing for this study.",
        "You took a drug that is still being tested (investigational product) in the 90 days before you start the "
        "study treatment.",
    ),
    (
        "NCT02496845",
        "Subject has taken any investigational medication within 30 days prior of entry into the study",
        "You took a drug that is still being tested (investigational medication) in the 30 days before you join the "
        "study.",
    ),
]


@pytest.mark.parametrize(
    ("nct", "source", "rule", "plain"),
    [(nct, source, "other-study", plain) for nct, source, plain in OTHER_STUDIES]
    + [(nct, source, "treatment-use", plain) for nct, source, plain in TESTED_DRUGS],
)
def test_another_study_or_a_drug_still_being_tested_is_read_as_studies_word_it(nct, source, rule, plain):
    assert_written(nct, read(source), "exclusion", rule, plain)


def test_a_study_of_an_agent_or_a_device_used_outside_one_is_not_read_as_one_study():
    # "or using an investigational device": a device used, not only a study joined; the sentence would drop it.
    assert_not_read_as(
        "Is currently participating in a study of an investigational agent or using an investigational device",
        "other-study",
    )


def test_a_device_used_with_no_window_is_not_read_as_another_study():
    assert_not_read_as(
        "Is currently participating in a study of an investigational agent or has used an investigational device",
        "other-study",
    )
