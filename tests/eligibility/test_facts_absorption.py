"""A stomach or bowel problem that could change how well the body takes in a drug (facts/absorption.py): real
sentences of the bundled corpus, the plain sentence each is written as, and those left in the study's words."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import assert_not_read_as, assert_written, read
from trialpages.eligibility.facts import recognise

READ = [
    (
        "NCT01967264",
        "Intestinal disorders that may modify absorption.",
        "You have a problem with your bowel that might change how well your body takes in medicines.",
    ),
    (
        "NCT03165734",
        "Any active gastrointestinal or metabolic condition that could interfere with absorption of oral medication",
        "You have an active problem with your stomach, bowel or metabolism that could make it harder for your body to "
        "take in medicines you swallow.",
    ),
    (
        "NCT04318938",
        "Malabsorption syndrome or other gastrointestinal illness or condition that could affect oral absorption of the "
        "study drug",
        "You have malabsorption or another problem with your stomach or bowel that could change how well your body takes "
        "in the study drug when you swallow it.",
    ),
    (
        "NCT05464836",
        "Patients with impairment of GI function or GI disease presence that significantly alter the absorption of CB-103 "
        "(e.g., ulcerative diseases, uncontrolled nausea, vomiting, diarrhea, malabsorption syndrome, or small bowel "
        "resection).",
        "You have a problem with how your stomach or bowel works, or a stomach or bowel disease (for example: ulcerative "
        "diseases, uncontrolled nausea, vomiting, diarrhea, malabsorption syndrome, or small bowel resection), that "
        "greatly changes how well your body takes in CB-103.",
    ),
    (
        "NCT05536349",
        "Malabsorption syndrome or other condition likely to affect gastrointestinal absorption of the study drugs",
        "You have malabsorption or another problem with your stomach or bowel that is likely to change how well your "
        "body takes in the study drugs.",
    ),
    (
        "NCT05740449",
        "Impairment of gastrointestinal (GI) function or GI disease that may significantly alter drug absorption of oral "
        "drugs (e.g., ulcerative diseases, uncontrolled nausea, vomiting, diarrhea, or malabsorption syndrome) in case "
        "of oral IMPs.",
        "You have a problem with how your stomach or bowel works, or a stomach or bowel disease (for example: ulcerative "
        "diseases, uncontrolled nausea, vomiting, diarrhea, or malabsorption syndrome), that might greatly change how "
        "well your body takes in medicines you swallow (this counts if the study drug is one you swallow).",
    ),
    (
        "NCT05170204",
        "Any gastrointestinal (GI) disorder that may affect absorption of oral medications, such as malabsorption "
        "syndrome or status post-major bowel resection",
        "You have a problem with your stomach or bowel (for example: malabsorption syndrome or status post-major bowel "
        "resection) that might change how well your body takes in medicines you swallow.",
    ),
]


@pytest.mark.parametrize(("nct", "source", "plain"), READ)
def test_a_gut_problem_that_changes_how_a_drug_is_taken_in_is_said_plainly(nct, source, plain):
    assert_written(nct, read(source), "exclusion", "gut-absorption", plain)


@pytest.mark.parametrize(
    "source",
    [
        # a second rule after it: reading the first alone would drop the second
        "Gastrointestinal disorders that may interfere with absorption of the study drug or patients who are not able "
        "to take oral medication",
        "Extensive skin abnormalities that could affect absorption of the gel",  # the skin, not the gut
        "At the discretion of the investigator, gastrointestinal diseases that affect the absorption of APG-2575.",
    ],
)
def test_what_the_fact_cannot_carry_stays_in_the_study_words(source):
    assert_not_read_as(source, "gut-absorption")


def test_a_gut_problem_is_never_said_as_a_requirement():
    recognised = recognise(read("Gastrointestinal disorders that may affect absorption of the study drug"))
    assert recognised is not None
    assert recognised[1].sentence_in("inclusion") is None
