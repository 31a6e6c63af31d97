"""The page's own words over every record: the summary is not the title, the FAQ answers are the
study's own, the sources fit the study, counts and names are right, each term is explained once."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from page_tree import fragment, parse
from reference import countries, intervention_types, mesh_includes_neoplasms, nct_id

from tests.site.conftest import SITE_URL
from trialpages.site import render_study_page
from trialpages.study import normalize_study

NCI = 'href="https://www.cancer.gov/research/participate/clinical-trials"'
FDA_DRUG = 'href="https://www.fda.gov/patients/learn-about-drug-and-device-approvals/drug-development-process"'
FDA_DEVICE = 'href="https://www.fda.gov/patients/learn-about-drug-and-device-approvals/device-development-process"'
US = {"United States", "Puerto Rico", "Guam", "U.S. Virgin Islands", "American Samoa"}
DRUGS = {"DRUG", "BIOLOGICAL", "GENETIC", "COMBINATION_PRODUCT"}
# The one answer that must read the same everywhere: how to check the page.
SAME_EVERYWHERE = {"Where can I check the information on this page?"}


def faq(html: str) -> list[tuple[str, str]]:
    section = parse(fragment(html, "faq"))
    pairs, question = [], None
    for element in section.iter():
        if element.tag == "h3":
            question = element.text
        elif element.tag == "p" and question:
            pairs.append((question, element.text))
    return pairs


@pytest.mark.slow
def test_the_summary_is_never_the_title(bundled_records, page_of):
    repeated = []
    for record in bundled_records:
        html = page_of(nct_id(record))
        title = record["protocolSection"]["identificationModule"]["briefTitle"].strip()
        summary = parse(fragment(html, "summary")).text
        if not summary or summary == title or title in summary:
            repeated.append(nct_id(record))
    assert repeated == []


@pytest.mark.slow
def test_no_faq_answer_is_the_same_on_more_than_half_the_pages(bundled_records, page_of):
    answers: Counter[tuple[str, str]] = Counter()
    for record in bundled_records:
        nct = nct_id(record)
        for question, answer in faq(page_of(nct)):
            answers[(question.replace(nct, "NCT"), answer.replace(nct, "NCT"))] += 1
    common = {q: n for (q, _), n in answers.items() if n > len(bundled_records) / 2 and q not in SAME_EVERYWHERE}
    assert common == {}
    assert max(answers.values()) == 1000  # the page-method answer, on every page


@pytest.mark.slow
def test_nci_is_cited_exactly_where_the_mesh_tree_includes_neoplasms(bundled_records, page_of):
    wrong = [nct_id(r) for r in bundled_records if (NCI in page_of(nct_id(r))) != mesh_includes_neoplasms(r)]
    assert wrong == []
    assert sum(NCI in page_of(nct_id(r)) for r in bundled_records) == 235


@pytest.mark.slow
def test_fda_links_only_where_they_fit(bundled_records, page_of):
    wrong = {}
    for record in bundled_records:
        html = page_of(nct_id(record))
        kinds = intervention_types(record)
        trial = record["protocolSection"]["designModule"].get("studyType") == "INTERVENTIONAL"
        in_us = bool(countries(record) & US)
        expected = (
            trial and in_us and bool(kinds & DRUGS),
            trial and in_us and bool(kinds & {"DEVICE", "COMBINATION_PRODUCT"}),
        )
        if (FDA_DRUG in html, FDA_DEVICE in html) != expected:
            wrong[nct_id(record)] = expected
        if not in_us:
            assert "Food and Drug Administration" not in parse(fragment(html, "faq")).text
    assert wrong == {}


def test_a_device_only_or_behavioral_us_study_gets_no_fda_drug_link(study_of):
    device = render_study_page(study_of("NCT01718704"), site_url=SITE_URL)  # a device, US sites
    assert FDA_DRUG not in device and FDA_DEVICE in device
    behavioral = render_study_page(study_of("NCT02247050"), site_url=SITE_URL)  # behavioral only, US sites
    assert FDA_DRUG not in behavioral and FDA_DEVICE not in behavioral


def test_a_non_us_study_links_the_who_registry_and_its_other_registry_ids(study_of):
    html = render_study_page(study_of("NCT05653063"), site_url=SITE_URL)  # registered in ISRCTN too
    sources = parse(fragment(html, "sources"))
    assert sources.find_all("a", href="https://trialsearch.who.int/Trial2.aspx?TrialID=NCT05653063")
    assert sources.find_all("a", href="https://www.isrctn.com/ISRCTN10678756")
    eu = parse(fragment(render_study_page(study_of("NCT05296798"), site_url=SITE_URL), "sources"))
    assert eu.find_all("a", href="https://euclinicaltrials.eu/ctis-public/view/2022-500014-26-00")


@pytest.mark.slow
def test_recruiting_counts_count_recruiting_sites_only(bundled_records, page_of):
    for record in bundled_records[::5]:
        html = page_of(nct_id(record))
        locations = record["protocolSection"].get("contactsLocationsModule", {}).get("locations", [])
        recruiting = Counter(
            loc.get("country") or "Country not given" for loc in locations if loc.get("status") == "RECRUITING"
        )
        section = fragment(html, "locations")
        for country, shown in re.findall(
            r'<span class="country-name">([^<]+)</span> <span class="count">[^<]*?, ([\d,]+) recruiting', section
        ):
            assert int(shown.replace(",", "")) == recruiting[parse(country).text], (nct_id(record), country)


def test_sites_without_a_name_are_one_entry_per_state_and_status_listing_their_cities(study_of):
    study = study_of("NCT00492635")  # 86 sites without a name, in 14 countries
    section = fragment(render_study_page(study, site_url=SITE_URL), "locations")
    grouped = [int(n) for n in re.findall(r'<span class="facility">(\d+) sites, names not given</span>', section)]
    single = section.count("Site name not given")
    named = section.count('<li><span class="facility">') - len(grouped) - single
    assert len(grouped) + single < 40
    assert named + single + sum(grouped) == len(study.locations)
    assert "Graz" in section


@pytest.mark.slow
def test_no_sponsor_name_gets_a_second_full_stop(bundled_records, page_of):
    doubled = []
    for record in bundled_records:
        name = normalize_study(record).lead_sponsor.name
        if name.endswith(".") and f"{name}." in page_of(nct_id(record)):
            doubled.append(nct_id(record))
    assert doubled == []


@pytest.mark.slow
def test_on_this_page_lists_every_section_in_order(bundled_records, page_of):
    for record in bundled_records:
        html = page_of(nct_id(record))
        article = html.split('<article class="study">', 1)[1]
        sections = re.findall(r'<section id="([^"]+)"', article)
        toc = article.split('<nav class="toc"', 1)[1].split("</nav>", 1)[0]
        listed = re.findall(r'<li><a href="#([^"]+)">', toc)
        assert listed == sections, nct_id(record)


@pytest.mark.slow
def test_each_explanation_appears_once_a_page_and_trial_basics_is_linked(bundled_records, page_of, site_today):
    explanations = (
        "(a look-alike with no medicine in it)",
        "An adverse event is any health problem",
        "About p-values:",
    )
    for record in bundled_records:
        html = page_of(nct_id(record))
        assert all(html.count(text) <= 1 for text in explanations), nct_id(record)
        assert 'href="/trial-basics/"' in html
    basics = (site_today / "trial-basics" / "index.html").read_text(encoding="utf-8")
    for part in ("phases", "randomization", "placebo", "blinding", "consent"):
        assert f'id="{part}"' in basics


def test_a_past_cancer_is_another_one_on_the_page_of_a_study_that_names_a_cancer(study_of):
    # NCT03606070 (NSCLC; its record has no MeSH terms): "Previous cancer in the 2 years prior to registration" is a
    # cancer other than the patient's lung cancer. An erectile dysfunction study keeps "cancer".
    lung = render_study_page(study_of("NCT03606070"), site_url=SITE_URL)
    assert "You have had another cancer in the 2 years before you join the study." in lung
    erection = render_study_page(study_of("NCT00379756"), site_url=SITE_URL)
    assert "You have had cancer in the last 5 years." in erection
    assert "another cancer" not in erection
