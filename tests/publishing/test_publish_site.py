"""publish_site rebuilds what a cycle touched, a chunk at a time, and the pipeline's site is `trialpages render`'s."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest
from trialpages_dev.local import moto_speedups
from trialpages_dev.render import render_site

from tests.conftest import SITE_URL
from tests.publishing.pipeline import BUILD_DAY, Pipeline, RunOutOfTime, files_of
from tests.site.site_checks import broken_links, hub_pages, is_redirect_page, sitemap_urls
from trialpages.aws.index import keys
from trialpages.aws.index.lookups import Lookups
from trialpages.lookup.entries import condition_slugs, page_conditions
from trialpages.lookup.search_postings import term_entries
from trialpages.lookup.search_terms import ALL_STUDIES_TERM, search_terms
from trialpages.study import normalize_study

pytestmark = pytest.mark.slow

VERSIONS = Path(__file__).resolve().parents[2] / "data" / "ctgov" / "versions"


def version(day: str, posted: str | None = None) -> dict:
    """A real version of NCT05827016; `posted` moves its update date past the sample's newest, as a
    new version's always is (the registry is asked for LastUpdatePostDate >= the last sync's newest)."""
    record = json.loads((VERSIONS / f"NCT05827016__{day}.json").read_text(encoding="utf-8"))
    if posted:
        record["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"]["date"] = posted
    return record


@pytest.fixture(autouse=True)
def fast_moto():
    """moto's Query scans the whole table: the local stack's speedups (tested to change no answer) keep
    a cycle over ~90 studies in seconds."""
    moto_speedups.apply()
    yield
    moto_speedups.undo()


# Conditions some studies list but whose page they are not on (their MeSH terms name other pages).
LISTED_NOT_PAGED = {"leukemia", "pain", "osteoarthritis", "stroke", "glioma", "carcinoma"}


@pytest.fixture(scope="module")
def sample(bundled_records) -> list[dict]:
    """About 90 studies that exercise the site: the 70 on the Leukemia page (more than the 50 related
    candidates a condition gives), the ones listing a condition whose page they are not on, NCT00000410."""
    chosen = []
    for record in bundled_records:
        study = normalize_study(record)
        if LISTED_NOT_PAGED & set(condition_slugs(study)) or study.nct_id == "NCT00000410":
            chosen.append(record)
    assert any(
        LISTED_NOT_PAGED & (set(condition_slugs(s)) - set(page_conditions(s))) for s in map(normalize_study, chosen)
    )
    return chosen


def test_publish_site_rebuilds_what_the_cycle_touched_and_clears_its_marks(stack, monkeypatch, records, tmp_path):
    pipeline = Pipeline(stack, monkeypatch, records[:30])
    queued = pipeline.detect()
    assert pipeline.render_queue() == 0
    rendered_by_worker = pipeline.study_pages()

    report = pipeline.publish()
    again = pipeline.publish()

    assert queued == 30 and report["complete"] is True and report["home"] is True
    assert report["conditions"] > 0 and report["sitemaps"] > 0 and report["files_written"] > report["conditions"]
    assert pipeline.marks() == []
    # render_study rendered every page; publish_site again only those whose related studies changed after.
    assert len(rendered_by_worker) == 30 and report["pages_rendered"] < 30
    assert again["marks"] == again["files_written"] == again["pages_rendered"] == 0 and again["home"] is False
    site = pipeline.download_site(tmp_path)
    assert "30 studies" in (site / "index.html").read_text(encoding="utf-8")
    assert feedparser.parse((site / "feeds" / "changes.xml").read_bytes()).bozo == 0


def test_a_run_cut_short_leaves_its_marks_and_the_next_run_finishes(stack, monkeypatch, records, tmp_path):
    monkeypatch.setenv("PUBLISH_CHUNK_MARKS", "5")
    pipeline = Pipeline(stack, monkeypatch, records[:40])
    pipeline.detect()
    pipeline.render_queue()
    marks = pipeline.marks()

    first = pipeline.publish(RunOutOfTime(checks=12))
    left = pipeline.marks()
    second = pipeline.publish()

    assert first["complete"] is False and first["chunks"] > 0 and first["home"] is False
    assert first["files_written"] > 0 and set(left) < set(marks) and "home#home" in left
    assert second["complete"] is True and second["home"] is True and pipeline.marks() == []
    pipeline.download_site(tmp_path / "pipeline")
    render_site(
        records[:40],
        tmp_path / "render",
        site_url=SITE_URL,
        progress=False,
        fetched=pipeline.fetched_days(),
        generated=BUILD_DAY,
    )
    assert files_of(tmp_path / "pipeline") == files_of(tmp_path / "render")


def test_pipeline_publishes_the_render_commands_site_with_no_broken_link(stack, monkeypatch, sample, tmp_path):
    """detect -> render_study -> publish_site, twice (NCT05827016's two real versions), against
    `trialpages render` over the same records: every file byte for byte. The only time-dependent
    values are the fetch day (from the raw archive) and the build day, and both paths are given the same.
    Then the whole-site checks on what the pipeline published: internal links, sitemaps, feeds."""
    pipeline = Pipeline(stack, monkeypatch, [*sample, version("2023-06-07")])
    first = pipeline.cycle()
    newer = version("2025-07-01", posted="2026-11-24")
    pipeline.registry.publish([newer], data_timestamp="2026-11-25T09:00:00")
    second = pipeline.cycle()

    site = pipeline.download_site(tmp_path / "pipeline")
    records = [*sample, version("2023-06-07"), newer]
    report = render_site(
        records,
        tmp_path / "render",
        site_url=SITE_URL,
        progress=False,
        fetched=pipeline.fetched_days(),
        generated=BUILD_DAY,
    )

    assert report.failed == [] and first["complete"] and second["complete"] and second["queued"] == 1
    # render_study rendered each page; publish_site again only those whose related studies changed since
    # (the byte-for-byte comparison below shows that these were all that needed it).
    assert first["pages_rendered"] < len(sample) + 1 and second["pages_rendered"] < first["pages_rendered"]
    pipeline_files, render_files = files_of(site), files_of(tmp_path / "render")
    assert sorted(pipeline_files) == sorted(render_files)
    assert [key for key in render_files if pipeline_files[key] != render_files[key]] == []
    # What the audit found: NCT00000410 has related studies; Leukemia lists its own studies only.
    assert 'class="related"' in (site / "studies" / "NCT00000410" / "index.html").read_text(encoding="utf-8")
    myeloma = feedparser.parse((site / "conditions" / "multiple-myeloma" / "feed.xml").read_bytes())
    assert myeloma.bozo == 0
    assert [entry.title for entry in myeloma.entries][:2] == [
        "NCT05827016: Status changed from Not yet recruiting to Recruiting",
        "NCT05827016: Eligibility criteria changed",
    ]

    checked, pages, broken = broken_links(site, SITE_URL)
    redirects = sum(is_redirect_page(page) for page in site.rglob("*.html"))  # one link each
    assert broken == [] and checked > 20 * (pages - redirects)
    listed = sitemap_urls(site, SITE_URL)
    for record in [*sample, newer]:  # each study's newest version is its page
        nct_id = record["protocolSection"]["identificationModule"]["nctId"]
        posted = record["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"]["date"]
        assert listed[f"{SITE_URL}/studies/{nct_id}/"] == posted
    assert all(listed[f"{SITE_URL}/conditions/{page.parent.name}/"] for page in hub_pages(site))
    for feed in [site / "feeds" / "changes.xml", *site.glob("conditions/*/feed.xml"), *site.glob("studies/*/feed.xml")]:
        assert feedparser.parse(feed.read_bytes()).bozo == 0, feed


def test_a_page_that_fails_to_render_is_logged_and_kept_for_the_next_run_while_the_others_publish(
    stack, monkeypatch, records, request, tmp_path
):
    from trialpages.site import page

    pipeline = Pipeline(stack, monkeypatch, records[:6])
    # After the handlers' loggers exist: Powertools takes the first handler it finds for its formatter.
    service_log = request.getfixturevalue("service_log")
    broken = records[2]["protocolSection"]["identificationModule"]["nctId"]
    original = page.render_study_page

    def render(study, **context):
        if study.nct_id == broken:
            raise ValueError("a template bug")
        return original(study, **context)

    monkeypatch.setattr(page, "render_study_page", render)
    pipeline.detect()
    failed_messages = pipeline.render_queue()
    failing = pipeline.publish()
    monkeypatch.setattr(page, "render_study_page", original)
    fixed = pipeline.publish()

    # The version is recorded all the same (its data and API answers do not wait for its page).
    assert failed_messages == 0 and pipeline.index().versions_and_pages([broken])[broken][0] is not None
    assert pipeline.study_pages() >= {r["protocolSection"]["identificationModule"]["nctId"] for r in records[:6]}
    assert failing["complete"] is True and failing["pages_failed"] == 1
    logged = [r for r in service_log if r.getMessage() == "study page not rendered"]
    # Once by render_study, once by publish_site.
    assert [(r.nct_id, r.reason) for r in logged] == [(broken, "ValueError: a template bug")] * 2
    assert fixed["pages_rendered"] == 1 and fixed["pages_failed"] == 0 and pipeline.marks() == []
    site = pipeline.download_site(tmp_path)
    assert broken in (site / "studies" / broken / "index.html").read_text(encoding="utf-8")


def test_a_status_change_is_on_its_page_once_render_study_has_processed_it(
    stack, monkeypatch, bundled_records, tmp_path
):
    """The worker renders the new version's page; publish_site renders again only the pages that show
    the study among their related studies, and the site is `trialpages render`'s, byte for byte."""
    myeloma = [r for r in bundled_records if "multiple-myeloma" in page_conditions(normalize_study(r))]
    pipeline = Pipeline(stack, monkeypatch, [*myeloma, version("2025-07-01")])
    pipeline.cycle()
    assert "Recruiting" in pipeline.page("NCT05827016")
    completed = version("2025-07-01", posted="2026-11-24")
    completed["protocolSection"]["statusModule"]["overallStatus"] = "COMPLETED"
    pipeline.registry.publish([completed], data_timestamp="2026-11-25T09:00:00")
    pages_before = {nct_id: pipeline.page(nct_id) for nct_id in pipeline.study_pages()}

    assert pipeline.detect() == 1 and pipeline.render_queue() == 0
    assert "Completed" in pipeline.page("NCT05827016")  # before publish_site runs
    report = pipeline.publish()

    others = set(pages_before) - {"NCT05827016"}
    showing_it = {nct_id for nct_id in others if "/studies/NCT05827016/" in pages_before[nct_id]}
    changed = {nct_id for nct_id in others if pipeline.page(nct_id) != pages_before[nct_id]}
    assert len(myeloma) >= 5 and showing_it and changed == showing_it
    assert report["pages_rendered"] == len(showing_it)  # not the new version's own page again
    assert all("Completed" in pipeline.page(nct_id) for nct_id in showing_it)
    pipeline.download_site(tmp_path / "pipeline")
    render_site(
        [*myeloma, version("2025-07-01"), completed],
        tmp_path / "render",
        site_url=SITE_URL,
        progress=False,
        fetched=pipeline.fetched_days(),
        generated=BUILD_DAY,
    )
    assert files_of(tmp_path / "pipeline") == files_of(tmp_path / "render")


def test_an_old_hub_slug_its_last_study_left_keeps_its_redirect_page(stack, monkeypatch, bundled_records, tmp_path):
    """After a hub is renamed, its old slug is marked when its last study moves on: its page must stay
    the redirect to the merged hub, not become an empty condition page."""
    nsclc = [r for r in bundled_records if "nsclc" in normalize_study(r).conditions[0].casefold()][:3]
    pipeline = Pipeline(stack, monkeypatch, nsclc)
    pipeline.detect()
    pipeline.render_queue()
    pipeline.publish()
    redirect = pipeline.download_site(tmp_path / "first") / "conditions" / "nsclc" / "index.html"
    assert is_redirect_page(redirect)

    pipeline.index_store().put({"pk": keys.MARKS, "sk": keys.mark("condition", "nsclc"), "token": "renamed"})
    report = pipeline.publish()

    after = pipeline.download_site(tmp_path / "after") / "conditions" / "nsclc" / "index.html"
    assert report["conditions"] == 1 and pipeline.marks() == []
    assert after.read_bytes() == redirect.read_bytes()
    assert "nsclc" not in {summary.slug for summary in pipeline.index().condition_summaries() if summary.count}


def test_a_closed_study_leaves_open_searches_once_publish_site_packs_their_postings(
    stack, monkeypatch, bundled_records
):
    """render_study marks the search terms a version changed (a status change: every term, no map
    cell); publish_site packs them again, so searches for open studies no longer find it."""
    myeloma = [r for r in bundled_records if "multiple-myeloma" in page_conditions(normalize_study(r))][:5]
    pipeline = Pipeline(stack, monkeypatch, [*myeloma, version("2025-07-01")])
    pipeline.cycle()
    lookups = Lookups(pipeline.index_store())
    terms = sorted(search_terms(normalize_study(version("2025-07-01"))))

    def found(term: str, *, open_only: bool) -> set[str]:
        return {entry.nct_id for entry in term_entries(lookups.term_posting(term, open_only=open_only, requests=1))}

    assert all("NCT05827016" in found(term, open_only=True) for term in [*terms, ALL_STUDIES_TERM])
    assert not pipeline.marks()
    completed = version("2025-07-01", posted="2026-11-24")
    completed["protocolSection"]["statusModule"]["overallStatus"] = "COMPLETED"
    pipeline.registry.publish([completed], data_timestamp="2026-11-25T09:00:00")
    assert pipeline.detect() == 1 and pipeline.render_queue() == 0

    marked = pipeline.marks()
    assert {f"search#{term}" for term in [*terms, ALL_STUDIES_TERM]} <= set(marked)
    assert not [mark for mark in marked if mark.startswith("sites#")]  # its sites did not move
    pipeline.publish()
    assert not pipeline.marks()
    for term in [*terms, ALL_STUDIES_TERM]:
        assert "NCT05827016" not in found(term, open_only=True)
        assert "NCT05827016" in found(term, open_only=False)
    others = {record["protocolSection"]["identificationModule"]["nctId"] for record in myeloma}
    assert others <= found("multiple myeloma", open_only=False)
