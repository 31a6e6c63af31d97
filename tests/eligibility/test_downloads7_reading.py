"""Faults found reading the 24 leukemia studies added to data/ctgov/downloads.jsonl.xz on 2026-12-07
(docs/eligibility-review/downloads7/). Each test holds the general rule on the study's own sentences."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import eligibility, texts
from trialpages.eligibility import parse_criteria
from trialpages.eligibility.glossary import terms_in


def _depths(criteria: str) -> list[int]:
    return [criterion.depth for section in parse_criteria(criteria).sections for criterion in section.criteria]


@pytest.mark.parametrize(
    ("criteria", "depths"),
    [
        # a list of examples ends where a rule names people anew
        (
            "Exclusion Criteria:\n\n* Medical history of cardiovascular disease such as:\n* Clinically significant "
            "cardiac disease including congestive heart failure\n* Patients with uncontrolled, active infections (viral, "
            "bacterial, or fungal).\n* Known active hepatitis B or C infection.\n",
            [0, 1, 0, 0],
        ),
        (
            "Inclusion Criteria:\n\n* Females of childbearing potential must agree to use one of the following methods. "
            "Effective methods of birth control include:\n* Intrauterine devices (IUDs)\n* Abstinence\n* Males need to "
            "inform the doctor right away if the partner becomes pregnant.\n",
            [0, 1, 1, 0],
        ),
        # after choices that name no one, a rule with its own subject and verb is the next criterion
        (
            "Inclusion Criteria:\n\n* Patients with B-ALL in relapse and, either/both of the following:\n* Unable to "
            "receive anthracyclines or is PEG-asparaginase intolerant.\n* For leukemia: Patients must have ≥ 5% blasts "
            "expressing CD19 and CD22 in the bone marrow.\n* Age ≥ 1 year.\n",
            [0, 1, 0, 0],
        ),
        # an exception list keeps an allowed cancer and ends at a new reason
        (
            "Exclusion Criteria:\n\n* Past or current history of a secondary or other primary tumor with exception of:"
            "\n* Curatively treated non-melanomatous skin cancer\n* Other primary solid tumor treated with curative "
            "intent and no known active disease present\n* Presence of clinically significant uncontrolled CNS pathology "
            "such as epilepsy.\n",
            [0, 1, 1, 0],
        ),
        # an age title ends at the first whole criterion after its values; no other title does
        (
            "Inclusion Criteria:\n\nPatient age:\n\n* ≥12 months\n* ≥12 weeks (once R2 open)\n* Normal renal function "
            "defined as calculated creatinine clearance ≥90ml/min/1.73m2.\n",
            [0, 1, 1, 0],
        ),
        (
            "Inclusion Criteria:\n\nStudy Participants\n\n1. ≥ 12 years of age\n2. Has a negative screening for "
            "SARS-CoV-2 infection.\n",
            [0, 1, 1],
        ),
        # a part's label leads the rules after it
        (
            "Inclusion Criteria:\n\n* Has adequate organ function\n\nPart 1 and Part 2 (Cohorts A to C)\n\n* Has a "
            "confirmed diagnosis of CLL/SLL\n\nPart 2 (Cohort H): confirmed diagnosis of WM; participants who are "
            "relapsed or refractory\n\n* Has active disease\n* Has measurable disease\n",
            [0, 0, 1, 0, 1, 1],
        ),
    ],
)
def test_a_lead_in_takes_its_own_members_and_no_more(criteria, depths):
    assert _depths(criteria) == depths


def test_a_parts_criteria_line_ending_in_a_stop_is_its_heading():
    sections = parse_criteria(
        "Inclusion Criteria:\n\nInclusion criteria for participation in R2.(once open to randomisation in the "
        "applicable age group)\n\n* Normal renal function\n\nInclusion criteria for participation in R3.\n\n* MRD level "
        "below 0.1%\n\nExclusion Criteria:\n\nExclusion criteria for all randomisations apply to every patient.\n\n* "
        "Down syndrome\n"
    ).sections
    headings = [section.heading for section in sections if section.criteria]
    assert headings[:2] == [
        "Inclusion criteria for participation in R2.(once open to randomisation in the applicable age group)",
        "Inclusion criteria for participation in R3",
    ]
    assert "apply to every patient" not in (headings[-1] or "")


def test_a_parts_label_over_its_rules_stays_whole_as_their_title():
    plain = eligibility(
        "Inclusion Criteria:\n\nPart 2 (Cohort H): confirmed diagnosis of WM; participants who are relapsed or "
        "refractory\n\n* Has active disease defined as 1 of the following: systemic symptoms, physical findings, "
        "laboratory abnormalities, coexisting disease\n* Has measurable disease, satisfying any of the following: at "
        "least 1 lesion that can be accurately measured in at least 2 dimensions with spiral CT scan\n"
    )
    assert plain.inclusion[0].children_title.startswith("Part 2 (Cohort H): confirmed diagnosis of WM; participants")


def test_members_whose_last_opens_on_or_are_all_ways_in():
    plain = eligibility(
        "Inclusion criteria:\n\nAny patient with AML or MDS with:\n\n1. a first- or second-degree relative with acute "
        "leukemia\n2. a first- or second-degree relative with lymphoproliferative neoplasms\n3. or with clinical "
        "features that resemble a familial predisposition syndrome\n"
    )
    (choice,) = plain.inclusion[0].children
    assert choice.children_joins == "any"
    assert texts(choice.children)[-1] == "With clinical features that resemble a familial predisposition syndrome"
    assert len(choice.children) == 3


def test_an_or_last_under_a_lead_in_that_asks_for_all_is_left_as_written():
    plain = eligibility(
        "Inclusion criteria:\n\nPatients must meet all of the following:\n\n1. a first- or second-degree relative with "
        "acute leukemia\n2. a first- or second-degree relative with lymphoproliferative neoplasms\n3. or with clinical "
        "features that resemble a familial predisposition syndrome\n"
    )
    first, then = plain.inclusion[0].children
    # (the first stays required; only the "or" line and the one before it are alternatives, as the lines say)
    assert first.text == "A first- or second-degree relative with acute leukemia"
    assert then.children_joins == "any" and len(then.children) == 2


def test_kinds_joined_by_and_under_a_title_are_not_all_yours():
    plain = eligibility(
        "Inclusion Criteria:\n\n* Disease status\n    * Relapsed/Refractory AML, MPAL and AUL\n    * "
        "Relapsed/Refractory KMT2A-rearranged ALL, T-cell ALL, ETP ALL\n"
    )
    assert texts(plain.inclusion[0].children)[0] == "Relapsed/Refractory AML, MPAL and AUL"


@pytest.mark.parametrize(
    "allowance",
    [
        "Patients with prior malignancy are eligible however patient must either be in remission from prior malignancy "
        "OR have inactive and asymptomatic disease.",
        "To reduce the circulating blast count or palliation, the following are allowed prior to starting: Single dose "
        "intravenous cytarabine, steroids or hydroxyurea.",
    ],
)
def test_an_allowance_with_its_conditions_is_no_reason_to_be_left_out(allowance):
    plain = eligibility(f"Exclusion Criteria:\n\n* Pregnant women.\n* {allowance}\n")
    assert texts(plain.exclusion) == ["You are pregnant."]
    assert texts(plain.other) == [allowance]


def _noted(text: str) -> dict[str, str]:
    return {found.term: found.definition for found in terms_in(text)}


@pytest.mark.parametrize(
    ("text", "term", "meaning"),
    [
        (
            "relapsed or refractory following at least 1 line of prior therapy and are BTKi treatment naive",
            "treatment naive",
            "never had the treatment named before it",
        ),
        (
            "Relapsed or refractory AML or targetable lesion such as FLT3 or IDH1/IDH2",
            "targetable lesion",
            "a change in a gene that a medicine can aim at",
        ),
        (
            "isolated myeloid sarcoma (MS) (either de novo or secondary)",
            "myeloid sarcoma",
            "a lump of leukemia cells that grows outside the bone marrow",
        ),
    ],
)
def test_a_leukemia_studys_words_get_their_own_sense(text, term, meaning):
    assert _noted(text)[term] == meaning


@pytest.mark.parametrize(
    "text",
    ["acute mixed-cell leukemia or known central nervous system leukemia", "interferon if acute or chronic type ATLL"],
)
def test_acute_before_a_leukemia_is_not_short_lived(text):
    assert "acute" not in _noted(text)
    assert _noted("an acute infection")["acute"] == "sudden and short-lived"
    assert "first months after a transplant" in _noted("Active acute/chronic Graft-versus-Host Disease (GvHD)")["acute"]


def test_more_than_an_age_inclusive_is_not_said_as_more_than():
    said = texts(
        eligibility(
            "Inclusion Criteria:\n\n* Male or female subjects greater than 18 years old, inclusive.\n"
        ).inclusion
    )
    assert said == ["Male or female subjects greater than 18 years old, inclusive."]
