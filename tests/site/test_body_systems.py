"""Browse by body system: the registry's browse branches in patients' words, from the home page to condition pages."""

from __future__ import annotations

import pytest
from trialpages_dev.render import render_site

from tests.conftest import SITE_URL
from tests.site.site_checks import sitemap_urls
from trialpages.lookup.body_systems import body_systems_of, shared_body_systems


def test_a_study_is_filed_under_the_systems_of_its_browse_branches_in_patients_words():
    branches = ["Neoplasms", "All Conditions", "Nervous System Diseases", "Some Branch Added Later"]
    assert body_systems_of(branches) == ["cancer", "brain-and-nerves"]


def test_a_condition_belongs_to_the_systems_at_least_half_its_studies_are_filed_under():
    studies = [["cancer", "blood-and-lymph"], ["cancer"], ["cancer", "immune-system"], ["blood-and-lymph"]]
    assert shared_body_systems(studies) == ["cancer", "blood-and-lymph"]
    assert shared_body_systems([]) == []


@pytest.mark.slow
def test_the_home_page_leads_by_body_system_to_condition_pages(bundled_records, tmp_path):
    site = tmp_path / "site"
    render_site(bundled_records[:200], site, site_url=SITE_URL, progress=False)
    home = (site / "index.html").read_text(encoding="utf-8")
    cancer = (site / "body-systems" / "cancer" / "index.html").read_text(encoding="utf-8")

    assert 'href="/body-systems/cancer/">Cancer and other tumors</a>' in home
    assert "<h1>Cancer and other tumors</h1>" in cancer and "“Neoplasms”" in cancer
    hubs = [line.split('"')[1] for line in cancer.splitlines() if line.startswith('<li><a href="/conditions/')]
    assert hubs and all((site / hub.strip("/") / "index.html").is_file() for hub in hubs)
    assert f"{SITE_URL}/body-systems/cancer/" in sitemap_urls(site, SITE_URL)
