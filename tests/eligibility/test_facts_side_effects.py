"""Side effects of earlier treatment read in parts (facts/side_effects.py): the grading scale, the side effects that do not
count and when it is judged are taken out, and what is left is one of the ways studies say it."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import assert_not_read_as, assert_written, read
from trialpages.eligibility.facts import recognise

READ = [
    (
        "NCT05605119",
        "Presence of an acute or chronic toxicity resulting from prior anticancer treatment, with the exception of "
        "alopecia or nail changes, that has not resolved to Grade at most 1, as determined by NCI CTCAE v 5.0",
        "exclusion",
        "You have not recovered from the acute or chronic side effects (toxicities) of earlier cancer treatment to grade 1 "
        "or lower (mild or better) on the CTCAE version 5.0 scale, except hair loss (alopecia) or nail changes.",
    ),
    (
        "NCT05326516",
        "Any unresolved at least Grade 2 reversible toxicity from previous anticancer therapy except alopecia or Grade 2 "
        "neuropathy",
        "exclusion",
        "You have side effects (toxicities) from earlier cancer treatment that have not gone away and that could still get "
        "better (reversible) and that are grade 2 or worse (moderate or worse), except hair loss (alopecia) or nerve "
        "damage (neuropathy) of grade 2 or less.",
    ),
    (
        "NCT04204473",
        "Any unresolved toxicities from prior therapy greater than Common Terminology Criteria for Adverse Events (CTCAE) "
        "grade 1 at the time of starting study treatment",
        "exclusion",
        "You have side effects (toxicities) from earlier treatment that have not gone away and that are above grade 1 "
        "(worse than mild), when you start the study treatment.",
    ),
    (
        "NCT05466149",
        "AEs from prior anticancer therapy that have not resolved to Grade at most 1",
        "exclusion",
        "You have not recovered from the side effects (adverse events) of earlier cancer treatment to grade 1 or lower "
        "(mild or better).",
    ),
    (
        "NCT06940401",
        "Unresolved toxicities from prior anti-tumor therapy not recovered to at most Grade 1 per CTCAE",
        "exclusion",
        "You have not recovered from the side effects (toxicities) of earlier cancer treatment to at most grade 1 (mild or "
        "better).",
    ),
    (
        "",  # the requirement form, as unseen records write it
        "Resolution of all acute toxic effects of prior anti-cancer therapy to NCI CTCAE v5.0 Grade at most 1 (except "
        "alopecia)",
        "inclusion",
        "You have recovered from the acute side effects (toxic effects) of earlier cancer treatment to grade 1 or lower "
        "(mild or better) on the CTCAE version 5.0 scale, except hair loss (alopecia).",
    ),
]


@pytest.mark.parametrize(("nct", "source", "kind", "plain"), READ)
def test_side_effects_of_earlier_treatment_are_read_in_parts(nct, source, kind, plain):
    assert_written(nct, read(source), kind, "lasting-side-effects", plain)


def test_a_reason_is_never_said_as_a_requirement_nor_the_reverse():
    reason = recognise(read("AEs from prior anticancer therapy that have not resolved to Grade at most 1"))
    requirement = recognise(read("Recovery from all toxicities of prior cancer therapy to grade 1 or less"))
    assert reason is not None and requirement is not None
    assert reason[1].sentence_in("inclusion") is None
    assert requirement[1].sentence_in("exclusion") is None


@pytest.mark.parametrize(
    "source",
    [
        # an exception the study doctor judges
        "Unresolved toxicities from prior anti-tumor therapy not recovered to at most Grade 1 per CTCAE, except for "
        "alopecia, Grade 2 peripheral neuropathy, or Grade 2 hypothyroidism judged to be non-risk by the investigator",
        # two versions of the scale
        "Unresolved toxicity greater than grade 1 (CTCAE v4.03) from prior anticancer therapy (CTCAE v5.0)",
    ],
)
def test_what_the_fact_cannot_carry_is_not_read_in_parts(source):
    recognised = recognise(read(source))
    assert recognised is None or getattr(recognised[1], "spoken", None) is None, recognised


def test_a_grade_said_twice_stays_unread():
    assert_not_read_as(
        "Unresolved toxicity greater than≥ grade 2 from previous anti-cancer therapy", "lasting-side-effects"
    )
