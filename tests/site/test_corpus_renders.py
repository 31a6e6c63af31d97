"""Every one of the 1,000 bundled records renders into the site layout, valid and small."""

from __future__ import annotations

import json

import pytest
from html_check import check_page
from trialpages_dev.render import render_site

from tests.site.conftest import SITE_URL
from trialpages.site.assets import stylesheet
from trialpages.study import normalize_study

MAX_PAGE_BYTES = 1_000_000


@pytest.fixture(scope="module")
def site(bundled_records, tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    return out, render_site(bundled_records, out, site_url=SITE_URL, progress=False)


@pytest.mark.slow
def test_all_bundled_records_render(site, bundled_records):
    out, report = site
    assert report.failed == []
    assert len(report.rendered) == len(bundled_records) == 1000
    assert (out / stylesheet().key).read_bytes() == stylesheet().body


@pytest.mark.slow
def test_every_page_is_structurally_valid_and_under_a_megabyte(site):
    out, report = site
    problems = {}
    for nct_id in report.rendered:
        body = (out / "studies" / nct_id / "index.html").read_bytes()
        errors = check_page(body.decode("utf-8")).errors
        if len(body) >= MAX_PAGE_BYTES:
            errors.append(f"{len(body):,} bytes")
        if errors:
            problems[nct_id] = errors
    assert problems == {}


@pytest.mark.slow
def test_every_json_document_is_the_normalized_study(site, bundled_records):
    out, _ = site
    for record in bundled_records:
        study = normalize_study(record)
        document = json.loads((out / "data" / "studies" / f"{study.nct_id}.json").read_text(encoding="utf-8"))
        assert document == study.model_dump(mode="json")


@pytest.mark.slow
def test_pages_link_related_studies_that_exist(site):
    out, report = site
    linked = 0
    for nct_id in report.rendered[:200]:
        html = (out / "studies" / nct_id / "index.html").read_text(encoding="utf-8")
        section = html.split('id="related"')[1]
        for other in set(__import__("re").findall(r'href="/studies/(NCT\d{8})/"', section)):
            assert (out / "studies" / other / "index.html").exists()
            linked += 1
    assert linked > 100
