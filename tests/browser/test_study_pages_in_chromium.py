"""Rendered study pages in headless Chromium: content, screenshots, axe-core, Nu Html Checker."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.browser.conftest import SAMPLE_STUDIES, SCREENSHOTS

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "mobile": {"width": 390, "height": 844}}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.mark.browser
@pytest.mark.parametrize("nct_id", SAMPLE_STUDIES)
@pytest.mark.parametrize("viewport", sorted(VIEWPORTS))
def test_study_page_shows_key_content_and_passes_axe(browser, site_url, axe_source, nct_id, viewport):
    page = browser.new_page(viewport=VIEWPORTS[viewport])
    response = page.goto(f"{site_url}/studies/{nct_id}/index.html")
    assert response.ok

    assert page.locator("h1").count() == 1
    assert nct_id in page.inner_text("main")
    assert page.locator("#original-criteria").count() == 1
    assert page.locator("a[href^='https://clinicaltrials.gov/study/']").count() >= 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{nct_id}-{viewport}.png"), full_page=False)

    page.add_script_tag(content=axe_source)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    violations = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    assert violations == []
    page.close()


@pytest.mark.browser
@pytest.mark.parametrize(
    "path", ["index.html", "conditions/index.html", "condition", "body-system", "trial-basics/index.html"]
)
def test_site_pages_show_content_and_pass_axe(browser, site_url, site_dir, axe_source, path):
    if path == "body-system":
        path = str(sorted(site_dir.glob("body-systems/*/index.html"))[0].relative_to(site_dir))
    if path == "condition":
        hubs = [p for p in sorted(site_dir.glob("conditions/*/index.html")) if b"http-equiv" not in p.read_bytes()]
        path = str(hubs[0].relative_to(site_dir))  # not an old URL's redirect page
    page = browser.new_page(viewport=VIEWPORTS["mobile"])
    assert page.goto(f"{site_url}/{path}").ok
    assert page.locator("h1").count() == 1
    if path != "trial-basics/index.html":
        assert page.locator("main a[href^='/studies/'], main a[href^='/conditions/']").count() >= 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"site-{path.replace('/', '_')}.png"))
    page.add_script_tag(content=axe_source)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]] == []
    page.close()


@pytest.mark.browser
def test_site_pages_are_valid_html5(site_dir, vnu_jar):
    pages = sorted(str(path) for path in site_dir.glob("studies/*/index.html"))
    assert len(pages) == len(SAMPLE_STUDIES)
    pages += [str(site_dir / "index.html"), str(site_dir / "conditions" / "index.html")]
    pages.append(str(site_dir / "trial-basics" / "index.html"))
    pages += [str(path) for path in sorted(site_dir.glob("conditions/*/index.html"))[:3]]
    pages += [str(path) for path in sorted(site_dir.glob("body-systems/*/index.html"))[:2]]
    checked = subprocess.run(
        ["java", "-jar", str(vnu_jar), "--errors-only", "--format", "json", *pages],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    messages = json.loads(checked.stderr or '{"messages": []}')["messages"]
    assert [(m.get("url", "").rsplit("/", 3)[-3:], m["message"]) for m in messages] == []


@pytest.mark.browser
@pytest.mark.parametrize("nct_id", SAMPLE_STUDIES)
def test_following_an_items_original_link_shows_that_original_criterion(browser, site_url, nct_id):
    # Every browser, no script: the originals are never inside a closed <details>.
    # Reduced motion: the jump is instant (smooth scrolling would still be moving when it is measured).
    page = browser.new_page(viewport=VIEWPORTS["mobile"], java_script_enabled=False, reduced_motion="reduce")
    assert page.goto(f"{site_url}/studies/{nct_id}/index.html").ok
    links = page.locator("#plain-eligibility .plain-item > a.source-link")
    count = links.count()
    assert count >= 1
    nested = page.locator("#plain-eligibility .plain-list.nested .plain-item > a.source-link")
    picks = [links.nth(0), links.nth(count - 1)] + ([nested.nth(0)] if nested.count() else [])
    for link in picks:
        target = link.get_attribute("href")
        link.click()
        original = page.locator(f"#original-criteria [id='{target[1:]}']")
        assert page.evaluate("() => location.hash") == target
        assert original.is_visible()
        box = original.bounding_box()
        assert box is not None and 0 <= box["y"] < VIEWPORTS["mobile"]["height"]
        assert original.inner_text().strip()
    page.close()
