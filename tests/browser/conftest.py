"""Rendered pages served on 127.0.0.1, Debian's headless Chromium, and the HTML/a11y checkers."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from datetime import date
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from trialpages_dev.render import render_site

SITE_URL = "https://trialpages.example"
ROOT = Path(__file__).resolve().parents[2]
CHECKERS = ROOT / "tools" / "web-checkers" / "node_modules"
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    # Debian's wrapper still looks up Google hosts: keep it on loopback.
    '--host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"',
]

# Varied on purpose: 1,148 sites (recruiting), withdrawn, observational, phase 1/2, posted results
# (tables, statistics, adverse events), outside the US with a status caution and another registry's id.
SAMPLE_STUDIES = ("NCT04267848", "NCT00382161", "NCT00042536", "NCT00205894", "NCT00544076", "NCT05653063")


# The day the pages are built for: the status cautions of the older records show, as they would today.
BUILD_DAY = date(2026, 12, 2)

# Browser tests fail when Chromium or a checker is missing: under `make test` (and .ci/run, which
# runs it) a quiet skip would pass a run that checked nothing. Skipping must be asked for.
SKIP_IF_MISSING = "TRIALPAGES_SKIP_MISSING_BROWSER"


def _require(path: str) -> None:
    if not Path(path).exists():
        message = f"{path} is missing: run `make install` (and apt-get install chromium)"
        if os.environ.get(SKIP_IF_MISSING) == "1":
            pytest.skip(f"{message} ({SKIP_IF_MISSING}=1)")
        pytest.fail(f"{message}; set {SKIP_IF_MISSING}=1 to skip the browser tests instead")


# Printed to PDF: the studies the print audit found at 3 to 6 pages, and two whose criteria alone
# take more than a printed page.
PRINT_STUDIES = (
    "NCT00173134",
    "NCT00203190",
    "NCT00544076",
    "NCT03319901",
    "NCT00382161",
    "NCT01785420",
    "NCT04267848",
    "NCT05170204",  # 12,262 characters of criteria
    "NCT05798663",  # 19,020 characters of criteria
)


def _render(out: Path, bundled_records: list[dict], nct_ids: tuple[str, ...]) -> Path:
    wanted = [r for r in bundled_records if r["protocolSection"]["identificationModule"]["nctId"] in nct_ids]
    report = render_site(wanted, out, site_url=SITE_URL, progress=False, today=BUILD_DAY)
    assert not report.failed
    return out


def _serve(directory: Path):
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(directory))
    handler.log_message = lambda *args: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory, bundled_records) -> Path:
    return _render(tmp_path_factory.mktemp("site"), bundled_records, SAMPLE_STUDIES)


@pytest.fixture(scope="session")
def site_url(site_dir) -> str:
    yield from _serve(site_dir)


@pytest.fixture(scope="session")
def print_site_url(tmp_path_factory, bundled_records) -> str:
    yield from _serve(_render(tmp_path_factory.mktemp("print-site"), bundled_records, PRINT_STUDIES))


@pytest.fixture(scope="session")
def browser():
    _require(CHROMIUM)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    path = CHECKERS / "axe-core" / "axe.min.js"
    _require(str(path))
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def vnu_jar() -> Path:
    path = CHECKERS / "vnu-jar" / "build" / "dist" / "vnu.jar"
    _require(str(path))
    return path
