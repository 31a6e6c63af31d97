"""Condition hubs over the bundled records: one hub per MeSH descriptor, named in patients' words."""

from __future__ import annotations

from collections import Counter
from urllib.parse import quote

import pytest
from trialpages_dev.render import render_site

from trialpages.lookup.conditions import Condition
from trialpages.lookup.entries import hub_aliases, page_conditions
from trialpages.lookup.hubs import hub_name, hub_slug
from trialpages.lookup.search_terms import fold_phrase
from trialpages.site.site_pages import hub_redirect
from trialpages.study import normalize_study

# Registry words a patient does not use for a condition's name.
REGISTRY_WORDS = ("Neoplasms", "Neoplasm", "Carcinoma, ", ", Non-", "Mellitus")


@pytest.fixture(scope="module")
def studies(bundled_records):
    return [normalize_study(record) for record in bundled_records]


@pytest.mark.slow
def test_no_two_hubs_for_one_mesh_descriptor(studies):
    """A hub named by any MeSH descriptor's term, or its lay name, is that descriptor's one hub."""
    hubs = {slug: name for study in studies for slug, name in page_conditions(study).items()}
    descriptor_of_name: dict[str, str] = {}
    hub_of_descriptor: dict[str, str] = {}
    for study in studies:
        for term in study.condition_mesh_terms:
            descriptor = term.id or term.term
            hub_of_descriptor.setdefault(descriptor, hub_slug(term.term))
            assert hub_of_descriptor[descriptor] == hub_slug(term.term)
            for name in (term.term, hub_name(term.term)):
                descriptor_of_name.setdefault(fold_phrase(name), descriptor)
    for slug, name in hubs.items():
        descriptor = descriptor_of_name.get(fold_phrase(name))
        if descriptor is not None:
            assert slug == hub_of_descriptor[descriptor], (slug, name, descriptor)


def test_synonyms_share_one_hub_and_old_urls_redirect_to_it(studies):
    hubs = {slug for study in studies for slug in page_conditions(study)}
    assert {"nsclc", "advanced-nsclc", "resectable-nsclc", "carcinoma-non-small-cell-lung"}.isdisjoint(hubs)
    assert "non-small-cell-lung-cancer" in hubs and "breast-cancer" in hubs and "breast-neoplasms" not in hubs
    redirected = {old: hub for study in studies for hub, olds in hub_aliases(study).items() for old in olds}
    for old in ("nsclc", "advanced-nsclc", "resectable-nsclc", "carcinoma-non-small-cell-lung"):
        assert redirected[old] == "non-small-cell-lung-cancer"
    assert redirected["breast-neoplasms"] == "breast-cancer"
    page = hub_redirect(
        "nsclc", Condition(slug="non-small-cell-lung-cancer", name="Non-small cell lung cancer"), "https://x.org"
    )
    assert page.key == "conditions/nsclc/index.html"
    assert b'http-equiv="refresh" content="0; url=/conditions/non-small-cell-lung-cancer/"' in page.body


def test_the_largest_hubs_are_named_in_patients_words(studies):
    sizes = Counter(slug for study in studies for slug in page_conditions(study))
    names = {slug: name for study in studies for slug, name in page_conditions(study).items()}
    for slug, _ in sizes.most_common(30):
        assert not any(word in names[slug] for word in REGISTRY_WORDS), names[slug]
        assert names[slug][0].isupper() and names[slug][1:] != names[slug][1:].upper()


def test_a_study_page_links_to_each_of_its_condition_hubs_and_the_prefilled_search(bundled_records, tmp_path):
    [record] = [r for r in bundled_records if r["protocolSection"]["identificationModule"]["nctId"] == "NCT04267848"]
    render_site([record], tmp_path, progress=False, site_url="https://trialpages.example", fetched="2026-11-25")
    page = (tmp_path / "studies" / "NCT04267848" / "index.html").read_text()
    hubs = page_conditions(normalize_study(record))  # an NSCLC study: its hub is non-small cell lung cancer
    assert "non-small-cell-lung-cancer" in hubs
    for slug, name in hubs.items():
        assert f'<a href="/conditions/{slug}/">{name}</a>' in page
    first = next(iter(hubs.values()))
    assert f'<a href="/find/?q={quote(first)}">Find open studies of {first} near you</a>' in page


@pytest.mark.slow
def test_no_hub_for_a_process_or_course_and_every_study_keeps_a_hub(studies):
    """ "Syndrome", "Acute Disease" or "Hyperplasia" would gather unrelated studies: no page is theirs."""
    names = {name for study in studies for name in page_conditions(study).values()}
    assert names.isdisjoint({"Syndrome", "Acute disease", "Hyperplasia", "Recurrence", "Inflammation", "Sclerosis"})
    assert all(page_conditions(study) for study in studies if study.conditions)


def test_a_study_named_only_by_generic_mesh_terms_is_listed_under_its_own_conditions(studies):
    assert studies[0].condition_mesh_terms
    study = studies[0].model_copy(
        update={
            "condition_mesh_terms": [
                term.model_copy(update={"term": generic})
                for term, generic in zip(
                    studies[0].condition_mesh_terms[:1] * 2, ("Syndrome", "Chronic Disease"), strict=True
                )
            ],
            "conditions": ["Cluster Headache", "Syndrome"],
        }
    )
    assert list(page_conditions(study).values()) == [hub_name("Cluster Headache")]
