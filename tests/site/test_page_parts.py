"""One study page: every part of seed-page.md, the head metadata, structured data and valid structure."""

from __future__ import annotations

import json
import re
from datetime import UTC

from html_check import check_page

from tests.site.conftest import SITE_URL
from trialpages.lookup.entries import listing_of
from trialpages.site import render_study_page

COMBINED = "NCT03319901"  # Phase 1/2 leukemia, recruiting
MANY_SITES = "NCT04267848"  # 1,148 sites


def headings(html: str, level: int) -> list[str]:
    return [re.sub(r"<[^>]+>", "", h).strip() for h in re.findall(rf"<h{level}[^>]*>(.*?)</h{level}>", html, re.S)]


def json_ld(html: str) -> dict[str, dict]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return {data["@type"]: data for data in map(json.loads, blocks)}


def test_every_part_of_the_seed_page_is_there_in_order(study_of):
    study = study_of(COMBINED)
    html = render_study_page(study, site_url=SITE_URL)
    text = check_page(html).text.split("Skip to main content", 1)[1]  # the body, after <title>
    assert text.index("Updated June 2023 · ClinicalTrials.gov") < text.index(study.brief_title)
    assert headings(html, 1) == [study.brief_title]
    assert study.official_title in text
    assert "This Phase 1/Phase 2 trial is testing Venetoclax and Standard Chemotherapy for Leukemia." in text
    assert "You may be able to join this study. It is recruiting" in text
    parts = [
        "About This Trial",
        "What Stage of Research Is This?",
        "What Taking Part Involves",
        "Who May Be Eligible (Plain English)",
        "Treatments Being Tested",
        "What the Researchers Will Measure",
        "What the Study Found",
        f"Locations ({len(study.locations)})",
        "Contacts",
        "How to Talk to Your Doctor About This Trial",
        "Authoritative Sources",
        "Frequently Asked Questions",
        "How This Page Is Built",
        "Related Leukemia Studies",
    ]
    found = headings(html, 2)
    assert [h for h in found if h in parts] == parts
    assert "View on ClinicalTrials.gov" in text
    assert f"Cite as: \u201ctrialpages. {COMBINED}. Data: ClinicalTrials.gov.\u201d" in text
    assert "Medical disclaimer:" in text
    assert f"Last updated {study.last_update} · Data from ClinicalTrials.gov." in text


def test_the_head_has_title_description_canonical_and_open_graph(study_of):
    study = study_of(COMBINED)
    html = render_study_page(study, site_url=SITE_URL + "/")
    canonical = f"{SITE_URL}/studies/{COMBINED}/"
    assert '<html lang="en">' in html
    assert re.search(r"<title>[^<]*\(NCT03319901\) \| trialpages</title>", html)
    description = re.search(r'<meta name="description" content="([^"]+)">', html).group(1)
    assert 50 < len(description) <= 160
    assert f'<link rel="canonical" href="{canonical}">' in html
    for prop in ("og:title", "og:description", "og:type", "og:site_name"):
        assert f'<meta property="{prop}" content="' in html
    assert f'<meta property="og:url" content="{canonical}">' in html
    assert re.search(r'<link rel="stylesheet" href="/assets/trialpages\.[0-9a-f]{12}\.css">', html)
    assert "style=" not in html and "<style" not in html


def test_structured_data_describes_the_trial_the_faq_and_the_breadcrumbs(study_of):
    study = study_of(COMBINED)
    data = json_ld(render_study_page(study, site_url=SITE_URL))
    trial = data["MedicalTrial"]
    assert trial["identifier"] == COMBINED and trial["status"] == "https://schema.org/Recruiting"
    assert trial["phase"] == "Phase 1/Phase 2"
    assert trial["sponsor"]["name"] == study.lead_sponsor.name
    faq = data["FAQPage"]["mainEntity"]
    assert len(faq) == 7 and all(q["acceptedAnswer"]["text"] for q in faq)
    crumbs = data["BreadcrumbList"]["itemListElement"]
    assert [c["item"] for c in crumbs] == [f"{SITE_URL}/", f"{SITE_URL}/studies/{COMBINED}/"]


def test_faq_on_the_page_matches_the_structured_data(study_of):
    html = render_study_page(study_of(COMBINED), site_url=SITE_URL)
    questions = [q["name"] for q in json_ld(html)["FAQPage"]["mainEntity"]]
    page_questions = headings(html.split('id="faq"')[1].split("</section>")[0], 3)
    assert page_questions == questions


def test_eligibility_shows_ages_sex_healthy_volunteers_and_both_criteria_versions(study_of):
    study = study_of(
        COMBINED, **{"eligibilityModule.minimumAge": "18 Years", "eligibilityModule.maximumAge": "75 Years"}
    )
    html = render_study_page(study, site_url=SITE_URL)
    section = html.split('id="eligibility"')[1].split("</section>")[0]
    # The registry says 18 to 75; this record's criteria say 60 and older for one set and 18 and older for the other:
    # the registry's ages are shown, with a pointer to the sets' own ages.
    assert "<dt>Ages</dt><dd>18 to 75 years (the criteria give ages of their own: see below)</dd>" in section
    assert "<dt>Sex</dt>" in section and "<dt>Healthy volunteers</dt>" in section
    assert 'id="plain-eligibility"' in section
    assert 'id="original-criteria"' in section


def test_healthy_volunteers_is_the_registry_flag_said_as_the_records_never_a_promise_about_who_may_join(study_of):
    # Sample 41: "Yes" on studies whose criteria ask for the condition; sample 45 (NCT06200987): "No" on a study of
    # men before prostate surgery, listed under the problem the surgery may cause, where "for people with the
    # condition" turned away the men the criteria ask for.
    for flag, said in ((True, "Yes"), (False, "No")):
        html = render_study_page(study_of(COMBINED, **{"eligibilityModule.healthyVolunteers": flag}), site_url=SITE_URL)
        expected = (
            f"<dt>Healthy volunteers</dt><dd>{said}, the record says so (the criteria below say who may join)</dd>"
        )
        assert expected in html
        assert "people with the condition" not in html.split('id="eligibility"')[1].split("</section>")[0]


def test_cancer_pages_cite_the_nci_and_its_information_service_and_others_do_not(study_of):
    cancer = render_study_page(study_of(COMBINED), site_url=SITE_URL)
    assert "https://www.cancer.gov/research/participate/clinical-trials" in cancer
    assert "1-800-4-CANCER" in cancer
    assert "cancer.gov" not in render_study_page(study_of("NCT00000410"), site_url=SITE_URL)


def test_locations_are_grouped_by_country_then_state_with_recruiting_sites_first(study_of):
    def site(facility: str, city: str, country: str, state: str | None = None, status: str | None = None) -> dict:
        fields = {"facility": facility, "city": city, "state": state, "country": country, "status": status}
        return {key: value for key, value in fields.items() if value}

    sites = [
        site("Closed B", "Boston", "United States", "Massachusetts", "COMPLETED"),
        site("Open Z", "Worcester", "United States", "Massachusetts", "RECRUITING"),
        site("Alabama site", "Mobile", "United States", "Alabama"),
        site("Paris site", "Paris", "France", status="RECRUITING"),
        site("Toronto site", "Toronto", "Canada", "Ontario", "COMPLETED"),
        site("Where site", "Nowhere", "", status="RECRUITING"),
        site("Austin site", "Austin", "United States", "Texas", "NOT_YET_RECRUITING"),
        site("Berlin site", "Berlin", "Germany", status="WITHDRAWN"),
    ]
    html = render_study_page(study_of(COMBINED, **{"contactsLocationsModule.locations": sites}), site_url=SITE_URL)
    section = html.split('id="locations"')[1].split("</section>")[0]
    assert "Locations (8)</h2>" in section
    # Countries with a recruiting (or about to recruit) site first, then the others; each part
    # alphabetical, with "Country not given" last. The same within a country, for its states.
    expected = [
        "France",
        "Paris site",
        "United States",
        "Massachusetts",
        "Open Z",
        "Closed B",
        "Texas",
        "Austin site",
        "Alabama",
        "Alabama site",
        "Country not given",
        "Where site",
        "Canada",
        "Toronto site",
        "Germany",
        "Berlin site",
    ]
    order = [section.index(f">{name}<") for name in expected]
    assert order == sorted(order)
    assert "Study sites listed on ClinicalTrials.gov: 3 recruiting, 1 not yet recruiting." in section


def test_a_study_with_over_a_thousand_sites_stays_small_and_collapsed(study_of):
    study = study_of(MANY_SITES)
    html = render_study_page(study, site_url=SITE_URL)
    assert len(study.locations) > 1000
    assert len(html.encode()) < 400_000
    section = html.split('id="locations"')[1].split("</section>")[0]
    assert '<details class="country" open' not in section
    grouped = [int(n) for n in re.findall(r'<span class="facility">(\d+) sites, names not given</span>', section)]
    assert section.count('<li><span class="facility">') - len(grouped) + sum(grouped) == len(study.locations)
    assert "site contacts are not repeated here" in section


def test_related_studies_are_listed_and_an_empty_list_says_so(study_of):
    study = study_of(COMBINED)
    other = listing_of(study_of("NCT04265963"), SITE_URL)
    with_related = render_study_page(study, related=[other], site_url=SITE_URL)
    assert f'<a href="/studies/NCT04265963/">{other.brief_title}</a>' in with_related
    assert "We have no other studies of Leukemia on this site yet." in render_study_page(study, site_url=SITE_URL)


def test_withdrawn_study_shows_it_is_not_enrolling_and_why(study_of):
    study = study_of(
        COMBINED, **{"statusModule.overallStatus": "WITHDRAWN", "statusModule.whyStopped": "Sponsor <b>decision</b>"}
    )
    text = check_page(render_study_page(study, site_url=SITE_URL)).text
    assert "It is not enrolling and will not take place." in text
    assert "Reason the sponsor gave for stopping: Sponsor <b>decision</b>" in text


def test_same_study_gives_the_same_bytes_and_generated_time_only_when_given(study_of):
    from datetime import datetime

    study = study_of(COMBINED)
    assert render_study_page(study, site_url=SITE_URL) == render_study_page(study, site_url=SITE_URL)
    stamped = render_study_page(study, generated=datetime(2026, 6, 26, 9, 30, tzinfo=UTC), site_url=SITE_URL)
    assert '<time datetime="2026-06-26T09:30+00:00">' in stamped
    assert "Page generated" not in render_study_page(study, site_url=SITE_URL)


def test_page_structure_is_valid(study_of):
    for nct_id in (COMBINED, MANY_SITES, "NCT00468637"):
        assert check_page(render_study_page(study_of(nct_id), site_url=SITE_URL)).errors == []


def test_a_study_that_lists_only_its_key_criteria_says_there_are_others(study_of):
    # NCT05070858 (review of sample 8): "Key Inclusion Criteria" under "You may be able to join if all of these are
    # true" read as the whole list; the study says other protocol-defined criteria apply.
    key_only = render_study_page(study_of("NCT05070858"), site_url=SITE_URL)
    assert "The study shows only its main criteria here: it has others that are not listed." in key_only
    whole = render_study_page(study_of("NCT00410098"), site_url=SITE_URL)
    assert "it has others that are not listed" not in whole


def test_can_i_join_never_says_any_age_when_the_record_gives_no_limits(study_of):
    # NCT00582231 (review of sample 13): no limits in the record is not "for any age"; its criteria are for men
    # after pelvic surgery.
    faq = json_ld(render_study_page(study_of("NCT00582231"), site_url=SITE_URL))["FAQPage"]["mainEntity"]
    answer = next(q["acceptedAnswer"]["text"] for q in faq if q["name"].startswith("Can I join"))
    assert "any age" not in answer
    assert "The record gives no age limits (the criteria may still set some); male only." in answer


def test_lists_made_of_group_headings_say_only_your_groups_items_apply(study_of):
    # NCT05868668 (review of sample 51): an ED cohort's and a pelvic-pain cohort's criteria under one "all of these
    # are true": a man with pelvic pain read the ED group's criteria as his.
    page = render_study_page(study_of("NCT05868668"), site_url=SITE_URL)
    notice = "each heading below says whom its items are for. Only the items for your group apply to you."
    assert page.count(notice) == 2  # above the inclusion and the exclusion list
    assert check_page(page).errors == []
    assert notice not in render_study_page(study_of("NCT00410098"), site_url=SITE_URL)


def test_group_headings_beside_everyones_criteria_say_their_items_are_for_that_group(study_of):
    # NCT05419375: two criteria of everyone's, then "Inclusion Criteria for Participants with Stage III NSCLC:" and
    # one for stage II to IIIB needing adjuvant treatment: under "all of these are true" both stages' read as needed.
    page = render_study_page(study_of("NCT05419375"), site_url=SITE_URL)
    assert page.count("the items under a heading that names a group are for that group only.") == 1
    assert "Only the items for your group apply to you." not in page
    assert check_page(page).errors == []
