"""Printing a study page (headless Chromium, PDF on Letter paper) gives a summary to bring to a doctor:
the study, who may join (the plain list and the original words), the contacts, the links and the
disclaimer. Everything but the eligibility fits two pages; the eligibility adds what it takes.

The page count comes from the PDF; the printed text is the page's text under print media (the
same layout that made the PDF: whatever the print stylesheet hides is not in it).
"""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import PRINT_STUDIES

HIDE_ELIGIBILITY = "@media print { #original-criteria, #plain-eligibility { display: none !important; } }"
ONLY_ELIGIBILITY = (
    "() => document.body.replaceChildren(document.getElementById('plain-eligibility'), "
    "document.getElementById('original-criteria'))"
)
DISCLAIMER = "Medical disclaimer: This page is informational, not medical advice."


def printed_pages(page) -> int:
    pdf = page.pdf(format="Letter")
    count = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))
    assert count >= 1, "no page objects found in the PDF"
    return count


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.browser
@pytest.mark.parametrize("nct_id", PRINT_STUDIES)
def test_printed_summary_has_both_criteria_lists_and_the_rest_fits_two_pages(browser, print_site_url, nct_id):
    page = browser.new_page()
    assert page.goto(f"{print_site_url}/studies/{nct_id}/index.html").ok
    pages = printed_pages(page)

    page.emulate_media(media="print")
    printed = words(page.inner_text("body"))
    criteria = page.eval_on_selector_all("#original-criteria .criterion", "nodes => nodes.map(n => n.textContent)")
    assert criteria, "the study has original criteria to print"
    assert [c for c in criteria if words(c) not in printed] == []
    plain = page.eval_on_selector_all("#plain-eligibility [data-source]", "nodes => nodes.map(n => n.innerText)")
    assert plain and [item for item in plain if words(item) not in printed] == []
    assert "Written automatically, so it can contain mistakes." in printed
    assert DISCLAIMER in printed
    assert nct_id in printed and f"https://clinicaltrials.gov/study/{nct_id}" in printed
    # What the doctor does not need stays on the web page.
    for left_out in ("Frequently Asked Questions", "How This Page Is Built"):
        assert left_out not in printed

    style = page.add_style_tag(content=HIDE_ELIGIBILITY)
    without_eligibility = printed_pages(page)
    style.evaluate("node => node.remove()")
    page.evaluate(ONLY_ELIGIBILITY)
    eligibility_alone = printed_pages(page)
    page.close()

    assert without_eligibility <= 2
    # The eligibility is printed whole: it adds its own pages, and everything else fits in two more.
    assert pages <= eligibility_alone + 2
