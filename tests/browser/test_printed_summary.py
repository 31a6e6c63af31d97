"""Printing a study page (headless Chromium, PDF on Letter paper) gives a one-to-two page summary
to bring to a doctor: the study, who may join in the original words, the contacts, the links and
the disclaimer. Only criteria longer than a printed page may make it longer.

The page count comes from the PDF; the printed text is the page's text under print media (the
same layout that made the PDF: whatever the print stylesheet hides is not in it).
"""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import PRINT_STUDIES

HIDE_CRITERIA = "@media print { #original-criteria { display: none !important; } }"
ONLY_CRITERIA = "() => document.body.replaceChildren(document.getElementById('original-criteria'))"
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
def test_printed_summary_has_the_original_criteria_and_fits_two_pages(browser, print_site_url, nct_id):
    page = browser.new_page()
    assert page.goto(f"{print_site_url}/studies/{nct_id}/index.html").ok
    pages = printed_pages(page)

    page.emulate_media(media="print")
    printed = words(page.inner_text("body"))
    criteria = page.eval_on_selector_all("#original-criteria .criterion", "nodes => nodes.map(n => n.textContent)")
    assert criteria, "the study has original criteria to print"
    assert [c for c in criteria if words(c) not in printed] == []
    assert DISCLAIMER in printed
    assert nct_id in printed and f"https://clinicaltrials.gov/study/{nct_id}" in printed
    # What the doctor does not need stays on the web page.
    for left_out in ("Frequently Asked Questions", "How This Page Is Built", "You may be able to join if"):
        assert left_out not in printed

    style = page.add_style_tag(content=HIDE_CRITERIA)
    without_criteria = printed_pages(page)
    style.evaluate("node => node.remove()")
    page.evaluate(ONLY_CRITERIA)
    criteria_alone = printed_pages(page)
    page.close()

    assert without_criteria <= 2
    if criteria_alone <= 1:
        assert pages <= 2
    else:
        # Criteria that alone take more than a page are printed whole: they may add their own
        # pages, but everything else still fits in one more.
        assert pages <= criteria_alone + 1
