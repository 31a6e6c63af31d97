"""The demo's gateway over real HTTP: many clients at once, each answered as if alone."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from trialpages_dev.local.http_gateway import serve

pytestmark = pytest.mark.slow

PATHS = ["/v1/studies/NCT04267848", "/v1/conditions", "/v1/studies?status=recruiting", "/v1/health", "/v1/nope"]


def test_a_thousand_requests_over_twenty_threads_are_each_answered_right(indexed, gateway_app):
    server = serve(gateway_app, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    expected = {path: (404 if path.endswith("nope") else 200) for path in PATHS}

    def fetch(number: int) -> tuple[str, int, str]:
        path = PATHS[number % len(PATHS)]
        with httpx.Client(base_url=base, timeout=30) as http:
            answer = http.get(path)
        return path, answer.status_code, answer.text

    try:
        with ThreadPoolExecutor(max_workers=20) as pool:
            answers = list(pool.map(fetch, range(1000)))
    finally:
        server.shutdown()
        server.server_close()

    wrong = [(path, status) for path, status, _ in answers if status != expected[path]]
    assert wrong == [] and len(answers) == 1000
    study_bodies = {body for path, _, body in answers if path == PATHS[0]}
    assert len(study_bodies) == 1  # each request got its own route's answer
