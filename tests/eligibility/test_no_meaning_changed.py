"""Words that a clinical review of the old generator found changed in meaning stay as meant (docs/eligibility-review/).

Each case: a study, the criterion (found by its words), and what its plain item(s) must and must not say.
"""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import items_of
from trialpages.eligibility import parse_criteria

CASES = [
    # (study, words of the criterion, what its items must say, must not say, why the review judged the old item WRONG)
    (
        "NCT03873311",
        "Patients with other malignancies",
        "another cancer",
        "have had",
        "'other malignancies' became any past cancer",
    ),
    (
        "NCT03169582",
        "Not able to provide informed consent",
        "after the study is explained to you",
        "writ",
        "'informed' became 'written'",
    ),
    (
        "NCT05650866",
        "score less than 26 prior prostatectomy",
        "prior prostatectomy",
        "past",
        "'prior' (before surgery) became 'past'",
    ),
    (
        "NCT05650866",
        "Failure to demonstrate adequate nocturnal",
        "prior prostatectomy",
        "past",
        "'prior' became 'past'",
    ),
    (
        "NCT06521710",
        "concomitant cancer surgery",
        "concomitant cancer surgery",
        "current",
        "'concomitant' became 'current'",
    ),
    (
        "NCT06347575",
        "another clinical investigation",
        "in another study",
        "tests",
        "a study became 'tests'",
    ),
    ("NCT05378763", "including platinum", "including platinum", "such as", "'including' (required) became 'such as'"),
    (
        "NCT05347329",
        "free: total prostate",
        "free: total prostate-specific antigen",
        "Total PSA ratio",
        "'free' was lost",
    ),
    (
        "NCT06576635",
        "within 4 weeks prior",
        "within 4 weeks prior intervention treatment",
        "treatment treatment",
        "'prior' became 'past'",
    ),
    (
        "NCT01515527",
        "protocol of higher priority",
        "ineligible for participation in a protocol",
        "cannot join",
        "a qualifying option read as a bar",
    ),
]


def _said(plain_of, modules_by_id, nct_id: str, words: str) -> str:
    criteria = parse_criteria(modules_by_id[nct_id].get("eligibilityCriteria")).all_criteria()
    (criterion,) = [c for c in criteria if words in c.text]
    plain = plain_of(nct_id)
    items = items_of(plain.inclusion + plain.exclusion + plain.other)
    said = [item.text for item in items if item.text and criterion.id in item.source_ids]
    assert said, f"no item translates {criterion.id}"
    return " ".join(said)


@pytest.mark.parametrize(("nct_id", "words", "kept", "never", "why"), CASES, ids=[f"{c[0]}-{c[1][:20]}" for c in CASES])
def test_item_keeps_the_words_that_carry_the_meaning(plain_of, modules_by_id, nct_id, words, kept, never, why):
    said = _said(plain_of, modules_by_id, nct_id, words)
    assert kept in said, why
    assert never not in said, why


def test_a_sign_after_its_number_is_not_turned_around(plain_of, modules_by_id):
    # NCT02939495: "<90/50mmHg and 170/100mmHg<": the old page read "170/100mmHg less than".
    said = _said(plain_of, modules_by_id, "NCT02939495", "170/100mmHg")
    # ... and "less than 90/50mmHg and 170/100mmHg<" read as less than both (sample 27): the signs stay as written.
    assert "<90/50mmHg and 170/100mmHg<" in said
