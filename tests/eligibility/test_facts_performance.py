"""How well you manage daily life, as more studies write it: labels, two scales, when the score is measured, a score
that must have held (performance.py)."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import assert_not_read_as, assert_written, criteria_items, read
from trialpages.eligibility.clean import original_words

LIGHT_WORK = "You can do light work, even if hard physical activity is limited"
UP_AND_ABOUT = "You can take care of yourself and are up and about more than half of the day"

SCORES = [
    (
        "NCT05756972",
        "The Eastern Cancer Cooperative Group (ECOG) performance score of 0 or 1.",
        "ecog",
        f"{LIGHT_WORK} (ECOG score 0 or 1).",
    ),
    (
        "NCT03525262",
        "The patient's Zubrod performance status must be 0-2 (see Appendix II for definition).",
        "ecog",
        f"{UP_AND_ABOUT} (Zubrod score 0 to 2).",
    ),
    (
        "NCT04835519",
        "Eastern Cooperative Oncology Group (ECOG) performance status (Oken et al.,1982) score 0 to 2",
        "ecog",
        f"{UP_AND_ABOUT} (ECOG score 0 to 2).",
    ),
    # When it is measured: inside the brackets, with the score (the meaning is not what is measured).
    (
        "NCT06312176",
        "Has an eastern cooperative oncology group (ECOG) performance status of 0 to 1 assessed within 7 days before "
        "randomization",
        "ecog",
        f"{LIGHT_WORK} (ECOG score 0 to 1, measured in the 7 days before you are assigned to a study group).",
    ),
    # A score that must not have got worse.
    (
        "NCT06050980",
        "ECOG=0-1, with no deterioration in 2 weeks before first dose of HSK40118.",
        "ecog",
        f"{LIGHT_WORK} (ECOG score 0 to 1), and it has not got worse in the 2 weeks before your first dose of the study "
        "drug (HSK40118).",
    ),
    (
        "NCT06346392",
        "ECOG performance status of 0 or 1 with no deterioration over the previous 2 weeks prior to baseline or day of "
        "first dosing.",
        "ecog",
        f"{LIGHT_WORK} (ECOG score 0 or 1), and it has not got worse in the 2 weeks before the start of the study "
        "(baseline) or the day of your first dose.",
    ),
    # A label, and the limit in its brackets.
    (
        "NCT02650414",
        "Adequate performance status (Lansky or Karnofsky score at least 50)",
        "performance-labelled",
        "Your Karnofsky or Lansky score is at least 50.",
    ),
    (
        "NCT05497310",
        "Poor functional status (ECOG more than 2)",
        "performance-labelled",
        "You are in bed or a chair more than half of the day (ECOG score more than 2).",
    ),
    # Two scales, either enough.
    (
        "NCT03830164",
        "Karnofsky Performance Status (KPS) at least 70, or Eastern Cooperative Oncology Group (ECOG) 0-2",
        "performance-either",
        "You can take care of yourself, even if you cannot do your normal activities or work (Karnofsky score at "
        f"least 70), or {UP_AND_ABOUT[:1].lower()}{UP_AND_ABOUT[1:]} (ECOG score 0 to 2).",
    ),
    (
        "NCT04856215",
        "Have a Karnofsky Performance Status at least 50 or Lansky Performance Status at least 30",
        "performance-either",
        "Your Karnofsky score is at least 50, or your Lansky score is at least 30.",
    ),
    (
        "NCT05773092",
        "ECOG performance status at most 2 (Karnofsky at least 60%, see Appendix A).",
        "performance-either",
        f"{UP_AND_ABOUT} (ECOG score at most 2), or you can take care of most of your own needs, with some help now "
        "and then (Karnofsky score at least 60%).",
    ),
]


@pytest.mark.parametrize(("nct", "source", "rule", "plain"), SCORES)
def test_a_performance_score_however_written_is_said_from_what_it_means(nct, source, rule, plain):
    assert_written(nct, read(source), "inclusion", rule, plain)


@pytest.mark.parametrize(
    "source",
    [
        "Adequate performance status (ECOG at least 3)",  # the label says well, its limit badly
        "Poor functional status (Karnofsky at least 70%)",
        "Karnofsky at least 70 or ECOG at least 3",  # one part lets in the well, the other the unwell
        "ECOG 0-1 or ECOG 0-2",  # the same scale twice is no choice of scales
    ],
)
def test_a_label_or_a_second_scale_that_goes_the_other_way_is_not_read(source):
    assert_not_read_as(source, "performance-labelled", "performance-either")


def test_either_scale_is_one_item_not_a_group_of_one_and_a_fragment():
    # NCT05507827: a group "At least one of these must be true" of the ECOG sentence and a bare "Karnofsky at least 60%".
    items = criteria_items(
        "Inclusion Criteria:\n\n* Eastern cooperative oncology group (ECOG) performance status of 0, 1, or 2; or "
        "Karnofsky ≥ 60%\n"
    )
    assert [(item.form, item.text) for item in items] == [
        (
            "rewritten",
            f"{UP_AND_ABOUT} (ECOG score 0, 1 or 2), or you can take care of most of your own needs, with some help now "
            "and then (Karnofsky score at least 60%).",
        )
    ]


def test_a_citation_of_the_paper_behind_a_scale_is_left_out_of_the_words_shown():
    assert (
        original_words("Evidence of measurable disease per RECIST, v1.1 for solid tumors (Eisenhauer et al. 2009).")
        == "Evidence of measurable disease per RECIST, v1.1 for solid tumors."
    )
    assert original_words("staging system (Amin et al. 2017)") == "Staging system"
