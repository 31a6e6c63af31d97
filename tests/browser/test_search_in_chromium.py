"""The search page in headless Chromium, served as `make demo` serves it: type, submit, nearest first, open one."""

from __future__ import annotations

import json
import subprocess
import threading
import urllib.error
import urllib.request
from wsgiref.simple_server import WSGIRequestHandler, make_server

import boto3
import pytest
from trialpages_dev.local.handlers import load_handler
from trialpages_dev.local.http_gateway import make_local_app
from trialpages_dev.seed import pack_marked_postings

from tests.api.conftest import index_store
from tests.browser.conftest import SAMPLE_STUDIES, SCREENSHOTS
from trialpages.aws.index.publishing import SiteIndex
from trialpages.aws.raw_archive import RawArchive
from trialpages.ingest.messages import message_for
from trialpages.services import lookup_api as lookup_wiring
from trialpages.services import render_study

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
LUNG = "NCT04267848"  # recruiting lung cancer study with 8 sites within 50 km of ZIP 77030 (Houston)


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the stdlib's signature
        pass


@pytest.fixture
def served(stack, bundled_records):
    """The sample studies published through render_study, then the site and the API on 127.0.0.1."""
    archive = RawArchive(boto3.client("s3"), stack.refs["RawArchiveBucket"])
    render_study.reset()
    lookup_wiring.reset()
    for record in bundled_records:
        if record["protocolSection"]["identificationModule"]["nctId"] in SAMPLE_STUDIES:
            message = message_for(record)
            archive.archive(message, record)
            render_study.publisher().publish(message)
    pack_marked_postings(SiteIndex(index_store(stack)))  # publish_site's step that search reads
    app = make_local_app(
        boto3.client("s3"),
        stack.refs["SiteBucket"],
        load_handler("lookup_api").lambda_handler,
        stack.origin_headers("api"),
    )
    server = make_server("127.0.0.1", 0, app, handler_class=_Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    render_study.reset()
    lookup_wiring.reset()


def _body(url: str) -> str:
    """The HTML as served (the checkers must not see what axe adds to the page)."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - a loopback URL
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.read().decode("utf-8")


def _axe(page, axe_source) -> list:
    page.add_script_tag(content=axe_source)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    return [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]


@pytest.mark.browser
def test_a_patient_searches_by_condition_and_zip_and_opens_the_nearest_study(
    browser, served, axe_source, vnu_jar, tmp_path
):
    page = browser.new_page(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    assert page.goto(f"{served}/find/").ok
    page.fill("#f-q", "lung cancer")
    page.fill("#f-place", "77030")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert "q=lung+cancer" in page.url and "place=77030" in page.url
    results = page.locator("ol.search-results > li")
    assert results.count() >= 1
    distances = [float(d) for d in results.evaluate_all("items => items.map(i => i.dataset.distanceKm)")]
    assert distances == sorted(distances)
    assert LUNG in results.evaluate_all("items => items.map(i => i.dataset.nctId)")
    assert "near 77030 (Houston, TX)" in page.locator("#results-title").inner_text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "find-results.png"), full_page=True)
    search_html = _body(page.url)

    scripted = browser.new_page(viewport={"width": 390, "height": 844})
    assert scripted.goto(page.url).ok
    assert _axe(scripted, axe_source) == []
    assert scripted.goto(f"{served}/find/?q=lung+cancer&place=Nowhereville%2C+Atlantis").status == 400
    assert "Nowhereville" in scripted.locator("#search-message").inner_text()
    assert scripted.input_value("#f-q") == "lung cancer"
    assert _axe(scripted, axe_source) == []
    error_html = _body(f"{served}/find/?q=lung+cancer&place=Nowhereville%2C+Atlantis")
    scripted.close()

    first = results.first.locator("a").first
    opened = first.get_attribute("href")
    first.click()
    page.wait_for_load_state()
    assert page.url.endswith(opened) and page.locator("h1").count() == 1
    page.close()

    files = []
    for name, html in (("search.html", search_html), ("error.html", error_html)):
        (tmp_path / name).write_text(html, encoding="utf-8")
        files.append(str(tmp_path / name))
    checked = subprocess.run(
        ["java", "-jar", str(vnu_jar), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert json.loads(checked.stderr or '{"messages": []}')["messages"] == []
