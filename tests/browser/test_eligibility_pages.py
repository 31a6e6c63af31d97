"""The eligibility section with nesting, groups and both lists, in Chromium (axe-core) and the Nu Html Checker.

The structure-heavy studies: cohorts over whole sections (NCT01515527), group labels as lines
(NCT01119404), allowed methods under an exclusion (NCT03102398), lettered alternatives (NCT03511846), two
cohorts' lists under headings with the notice above them (NCT05868668), other ways in and cautioned lines (2026-12-07);
with them, every study of the eligibility review (docs/eligibility-review/sample.txt).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.browser.conftest import ROOT, _render, _serve

STRUCTURED = (
    "NCT01515527",
    "NCT01119404",
    "NCT03102398",
    "NCT03511846",
    "NCT05868668",
    "NCT06214572",
    # other ways in found by their stages or their disease (NCT04861194, NCT06751550); lines cautioned as possibly
    # meaning other than they say (NCT06672068, NCT04603807)
    "NCT04861194",
    "NCT06751550",
    "NCT06672068",
    "NCT04603807",
)
REVIEWED = tuple(
    line.strip()
    for line in (ROOT / "docs" / "eligibility-review" / "sample.txt").read_text().splitlines()
    if line.strip() and not line.startswith("#")
)
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="module")
def eligibility_site(tmp_path_factory, bundled_records) -> Path:
    return _render(tmp_path_factory.mktemp("eligibility-site"), bundled_records, STRUCTURED + REVIEWED)


@pytest.fixture(scope="module")
def eligibility_url(eligibility_site) -> str:
    yield from _serve(eligibility_site)


@pytest.mark.browser
@pytest.mark.parametrize("nct_id", STRUCTURED)
def test_structured_eligibility_passes_axe(browser, eligibility_url, axe_source, nct_id):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    assert page.goto(f"{eligibility_url}/studies/{nct_id}/index.html").ok
    # What is checked is there: nested lists, or the caution over choices the record does not mark.
    assert page.locator("#plain-eligibility .plain-list.nested, #plain-eligibility .item-caution").count() >= 1
    page.add_script_tag(content=axe_source)
    result = page.evaluate(
        "tags => axe.run(document.getElementById('eligibility'), {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]] == []
    page.close()


@pytest.mark.browser
def test_every_reviewed_and_structured_page_is_valid_html5(eligibility_site, vnu_jar):
    pages = [str(eligibility_site / "studies" / nct_id / "index.html") for nct_id in STRUCTURED + REVIEWED]
    checked = subprocess.run(
        ["java", "-jar", str(vnu_jar), "--errors-only", "--format", "json", *pages],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    messages = json.loads(checked.stderr or '{"messages": []}')["messages"]
    assert [(m.get("url", "").rsplit("/", 2)[-2:], m["message"]) for m in messages] == []
