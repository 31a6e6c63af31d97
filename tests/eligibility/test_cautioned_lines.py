"""Lines whose words may say the opposite of, or more than, what the study means are kept in the study's words and
cautioned (eligibility/cautioned_lines.py): cured cancers with no exception said, people with a thing of both kinds."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import items_of
from trialpages.eligibility import translate_eligibility
from trialpages.eligibility.cautioned_lines import BOTH_KINDS_NAMED, CURED_CANCER_AS_REASON, CUT_OFF


def _exclusion(*criteria: str):
    text = "Exclusion Criteria:\n\n" + "\n".join(f"* {criterion}" for criterion in criteria)
    return items_of(translate_eligibility({"eligibilityCriteria": text}).exclusion)


def test_a_translated_exception_that_lost_its_except_is_cautioned(plain_of):
    # NCT06672068 (sample 48: WRONG): "... were excluded if they had malignancies that had been treated with curative
    # intent, had no known active disease for more than 5 years ..., and had a low potential risk of recurrence".
    [item] = [item for item in items_of(plain_of("NCT06672068").exclusion) if "curative intent" in (item.text or "")]
    assert item.form == "original-words"
    assert item.caution == CURED_CANCER_AS_REASON


def test_the_exception_said_as_such_gets_no_caution():
    items = _exclusion(
        "History of another primary malignancy except for malignancy treated with curative intent with no known active "
        "disease within 5 years before randomization."
    )
    assert all(item.caution is None for item in items)


def test_curative_treatment_said_of_something_else_gets_no_caution():
    items = _exclusion("Radiation with curative intent less than 30 days before randomization.")
    assert all(item.caution is None for item in items)


def test_people_with_a_thing_of_both_kinds_are_cautioned_as_maybe_an_allowance(plain_of):
    # NCT04603807 (sample 22: WRONG): "Participants with measurable and non-measurable CNS lesions ..." under "all of
    # these are true" read as if everyone must have spread to the brain; the study takes people with and without it.
    [item] = [item for item in plain_of("NCT04603807").inclusion if (item.text or "").startswith("Participants with")]
    assert item.caution == BOTH_KINDS_NAMED


def test_a_rule_with_one_kind_gets_no_caution():
    text = "Inclusion Criteria:\n\n* Participants with measurable CNS lesions per RECIST v1.1"
    assert all(item.caution is None for item in translate_eligibility({"eligibilityCriteria": text}).inclusion)


@pytest.mark.parametrize(
    "text",
    [
        "N.B. Usage of aspirin or NSAID is not an",  # NCT01142245 (trialgpt2)
        "History of mild depression or anxiety disorder that is well controlled is not an",  # NCT02374814
        "Taking certain types of medications may be an",  # NCT01519271
        "EHS score greater than or equal to",  # NCT05371951
    ],
)
def test_a_line_the_registry_cut_off_mid_sentence_is_cautioned_in_either_list(text):
    for kind in ("Inclusion", "Exclusion"):
        plain = translate_eligibility({"eligibilityCriteria": f"{kind} Criteria:\n\n* {text}\n"})
        [item] = plain.inclusion + plain.exclusion + plain.other
        assert item.form == "original-words" and item.caution == CUT_OFF


@pytest.mark.parametrize(
    "text",
    [
        "Use of botulinum toxin type A",  # a name ends on a capital
        "Event of angina at any time, whether examined or not",
        "Examples include, but are not limited to",  # a lead-in whose colon was its last mark
        "Treatment with a drug that can interact with the study drug.",
    ],
)
def test_a_line_that_ends_where_a_sentence_can_gets_no_cut_off_caution(text):
    plain = translate_eligibility({"eligibilityCriteria": f"Exclusion Criteria:\n\n* {text}\n"})
    assert all(item.caution != CUT_OFF for item in plain.inclusion + plain.exclusion + plain.other)
