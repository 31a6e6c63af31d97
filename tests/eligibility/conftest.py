"""Shared by the eligibility tests: the bundled records' eligibility modules by NCT id, translated on demand."""

from __future__ import annotations

import pytest

from trialpages.eligibility import PlainEligibility, PlainItem, translate_eligibility
from trialpages.eligibility.clean import original_words
from trialpages.eligibility.facts import recognise
from trialpages.eligibility.fidelity import faithful
from trialpages.eligibility.glossary import terms_in

# The fixtures of every bundle of records (tests/conftest.py): the bundled ones, then those no rule was written on.
CORPORA = (
    "bundled_records",
    "outside_records",
    "trialgpt_records",
    "ctparser_records",
    "exports_records",
    "hint_records",
    "downloads_records",
    "hint2_records",
    "hint3_records",
    "hint4_records",
    "hint5_records",
    "hint6_records",
    "hint7_records",
)


@pytest.fixture(scope="session")
def modules_by_id(bundled_records) -> dict[str, dict]:
    return {
        record["protocolSection"]["identificationModule"]["nctId"]: record["protocolSection"].get("eligibilityModule")
        or {}
        for record in bundled_records
    }


@pytest.fixture(scope="session")
def plain_of(modules_by_id):
    def plain(nct_id: str) -> PlainEligibility:
        return translate_eligibility(modules_by_id[nct_id])

    return plain


def items_of(items: list[PlainItem]) -> list[PlainItem]:
    """Every item and group of a list, parents before children."""
    return [item for top in items for item in top.walk()]


def eligibility(criteria: str) -> PlainEligibility:
    """The plain lists of a record whose criteria text is `criteria`."""
    return translate_eligibility({"eligibilityCriteria": criteria})


def notes(text: str, about: str = "") -> dict[str, str]:
    """The glossary's notes for a sentence (of a study about `about`): term -> what the page says it means there."""
    return {found.term: found.definition for found in terms_in(text, about)}


def texts(items: list[PlainItem]) -> list[str]:
    return [item.text for item in items_of(items) if item.text is not None]


def assert_written(nct: str, source: str, kind: str, rule: str, plain: str) -> None:
    """`source` is read by recogniser `rule` and said as `plain` under a list of `kind`, keeping every number."""
    recognised = recognise(source)
    assert recognised is not None, f"{nct}: not recognised"
    assert (recognised[0], recognised[1].sentence_in(kind)) == (rule, plain)
    assert faithful(source, plain)


def assert_not_read_as(source: str, *rules: str) -> None:
    """`source` is read by none of `rules` (another recogniser may read it)."""
    recognised = recognise(read(source))
    assert recognised is None or recognised[0] not in rules, recognised


def criteria_items(criteria: str) -> list[PlainItem]:
    """The plain items, with text, of a criteria text as the registry writes it."""
    return [item for item in translate_eligibility({"eligibilityCriteria": criteria}).all_items() if item.text]


def read(source: str) -> str:
    """A criterion as the translator hands it to the recognisers: cleaned, its end punctuation gone."""
    return original_words(source).rstrip(" .;,")
