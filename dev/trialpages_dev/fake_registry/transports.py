"""The fake registry in-process (an httpx transport) and as a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

import httpx

from trialpages_dev.fake_registry.registry import API_PREFIX, FakeRegistry, FakeResponse, _text

# On the HTTP server a "timeout" fault holds the answer this long unless the fault says otherwise.
SERVER_TIMEOUT_DELAY_S = 10.0


def _dispatch(registry: FakeRegistry, raw_path: str) -> FakeResponse:
    url = urlsplit(raw_path)
    if not url.path.startswith(API_PREFIX):
        return _text(404, f"No endpoint at {url.path}")
    params = dict(parse_qsl(url.query, keep_blank_values=True))
    return registry.handle(url.path.removeprefix(API_PREFIX) or "/", params)


def mock_transport(registry: FakeRegistry) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        response = _dispatch(registry, str(request.url.raw_path, "ascii"))
        if response.fault and response.fault.kind == "timeout":
            raise httpx.ReadTimeout("fake registry: read timed out", request=request)
        if response.fault and response.fault.kind == "slow":
            registry.sleep(response.fault.delay_s)
        return httpx.Response(response.status, headers=response.headers, content=response.body)

    return httpx.MockTransport(handler)


class FakeRegistryServer:
    """A threaded HTTP server answering like https://clinicaltrials.gov/api/v2; `.base_url` ends in /api/v2."""

    def __init__(self, registry: FakeRegistry, host: str = "127.0.0.1", port: int = 0) -> None:
        self._server = ThreadingHTTPServer((host, port), _handler_for(registry))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-ctgov", daemon=True)
        self._thread.start()
        bound_host, bound_port = self._server.server_address[:2]
        self.base_url = f"http://{bound_host}:{bound_port}{API_PREFIX}"

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeRegistryServer:
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()


def _handler_for(registry: FakeRegistry):
    class Handler(BaseHTTPRequestHandler):
        server_version = "fake-ctgov/2.0.5"

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            self._answer(with_body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._answer(with_body=False)

        def _answer(self, *, with_body: bool) -> None:
            response = _dispatch(registry, self.path)
            if response.fault and response.fault.kind in ("slow", "timeout"):
                registry.sleep(response.fault.delay_s or SERVER_TIMEOUT_DELAY_S)
            try:
                self.send_response(response.status)
                for name, value in response.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(response.body)))
                self.end_headers()
                if with_body:
                    self.wfile.write(response.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting: that is what a timeout fault is for

        def _method_not_allowed(self) -> None:
            """As the registry answers a method it does not serve (http.server's own answer would be 501)."""
            body = b"Method Not Allowed"
            self.send_response(405)
            self.send_header("Allow", "GET, HEAD")
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _method_not_allowed  # noqa: N815

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's signature
            pass

    return Handler
