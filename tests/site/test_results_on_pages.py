"""Posted results on the page, value for value as the record gives them; publications with their
PubMed links, results first; and a plain statement when results are over a year late."""

from __future__ import annotations

import pytest
from page_tree import fragment, parse, table_cells
from reference import nct_id, pmids, results_overdue

from tests.site.conftest import SITE_URL, TODAY
from trialpages.site import render_study_page


def primary_outcomes(record: dict) -> list[dict]:
    measures = record["resultsSection"]["outcomeMeasuresModule"]["outcomeMeasures"]
    return [o for o in measures if o["type"] == "PRIMARY"]


def expected_rows(outcome: dict) -> list[list[str]]:
    """Each measured row's first word per group column, in the record's group order."""
    groups = [g["id"] for g in outcome["groups"]]
    rows = []
    for measure_class in outcome.get("classes", []):
        for category in measure_class.get("categories", []):
            by_group = {m["groupId"]: m.get("value", "not given") for m in category.get("measurements", [])}
            rows.append([by_group.get(g, "not given") for g in groups])
    return rows


@pytest.mark.slow
def test_every_results_record_shows_each_primary_outcome_with_the_records_values(bundled_records, page_of):
    with_results = [r for r in bundled_records if r.get("resultsSection")]
    problems = {}
    outcomes_checked = values_checked = 0
    for record in with_results:
        section = fragment(page_of(nct_id(record)), "results")
        if section is None:
            problems[nct_id(record)] = "no #results"
            continue
        # In the record's order: two outcomes may share a title (measured at two times).
        blocks = parse(section).with_attribute("data-outcome")
        titles = [block.attrs["data-outcome"] for block in blocks]  # the parser unescapes attributes
        if titles != [outcome["title"] for outcome in primary_outcomes(record)]:
            problems[nct_id(record)] = ("data-outcome titles", titles)
            continue
        for outcome, block in zip(primary_outcomes(record), blocks, strict=True):
            outcomes_checked += 1
            expected = expected_rows(outcome)
            tables = block.find_all("table")
            if not expected:
                assert not tables and "No values were posted" in block.text
                continue
            (table,) = tables
            cells = table_cells(table)
            header, body = cells[0], cells[1:]
            assert header[1:] == [g["title"] for g in outcome["groups"]]
            measured = body[1:] if body and body[0][0] == "People counted" else body
            shown = [[cell.split(" ")[0] for cell in row[1:]] for row in measured]
            want = [[value.split(" ")[0] for value in row] for row in expected]
            if shown != want:
                problems[nct_id(record)] = (outcome["title"], shown, want)
            values_checked += sum(len(row) for row in want)
    assert len(with_results) == 82
    assert problems == {}
    assert outcomes_checked == 189 and values_checked > 700


@pytest.mark.slow
def test_every_record_with_pubmed_ids_links_each_of_them(bundled_records, page_of):
    missing = {}
    citing = [r for r in bundled_records if pmids(r)]
    for record in citing:
        html = page_of(nct_id(record))
        absent = [p for p in pmids(record) if f'href="https://pubmed.ncbi.nlm.nih.gov/{p}/"' not in html]
        if absent:
            missing[nct_id(record)] = absent
    assert len(citing) == 265
    assert missing == {}


def test_results_publications_come_first(study_of):
    study = study_of("NCT00000410")
    html = render_study_page(study, site_url=SITE_URL)
    publications = parse(fragment(html, "publications"))
    titles = [h.text for h in publications.find_all("h3")] + [s.text for s in publications.find_all("summary")]
    kinds = {ref.type.code for ref in study.references if ref.type}
    assert kinds >= {"RESULT", "BACKGROUND"}
    assert titles[0] == "Results of this study"
    assert titles[-1].startswith("Background reading")


def test_results_table_explains_spread_and_p_values_once(study_of):
    html = render_study_page(study_of("NCT00544076"), site_url=SITE_URL)
    results = parse(fragment(html, "results"))
    assert results.text.count("About p-values:") == 1
    assert "p-value: >0.1 (Fisher Exact)." in results.text
    flow = results.find_all("table")[0]
    assert table_cells(flow)[1] == ["Started", "34", "35", "31"]
    assert "0 of 34 (0%)" in results.text and "24 of 34 (71%)" in results.text
    assert results.find_all("a", href="https://clinicaltrials.gov/study/NCT00544076?tab=results")


@pytest.mark.slow
def test_overdue_results_are_stated_exactly_where_due(bundled_records, page_of):
    wrong = {}
    for record in bundled_records:
        html = page_of(nct_id(record))
        stated = "more than a year ago. No results have been posted on ClinicalTrials.gov." in (
            fragment(html, "no-results") or ""
        )
        if stated != results_overdue(record, TODAY):
            wrong[nct_id(record)] = stated
    assert wrong == {}
