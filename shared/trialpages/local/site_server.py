"""Serve the site bucket (on moto) over HTTP on 127.0.0.1, with directory URLs like the CDN's."""

from __future__ import annotations

import mimetypes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

from botocore.exceptions import ClientError


def site_key_for(path: str) -> str:
    """`/` -> index.html, `/studies/NCT1/` -> studies/NCT1/index.html (the CloudFront Function's rule)."""
    key = unquote(urlsplit(path).path).lstrip("/")
    if key == "" or key.endswith("/"):
        return key + "index.html"
    return key


def make_site_handler(s3, bucket: str):
    class SiteHandler(BaseHTTPRequestHandler):
        server_version = "trialpages-local"

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            key = site_key_for(self.path)
            try:
                obj = s3.get_object(Bucket=bucket, Key=key)
            except ClientError:
                if "." not in key.rsplit("/", 1)[-1] and self._exists(key + "/index.html"):
                    self.send_response(301)
                    self.send_header("Location", urlsplit(self.path).path + "/")
                    self.end_headers()
                    return
                self._send(404, b"Not found\n", "text/plain; charset=utf-8")
                return
            content_type = obj.get("ContentType") or mimetypes.guess_type(key)[0] or "application/octet-stream"
            self._send(200, obj["Body"].read(), content_type, obj.get("CacheControl"))

        def _exists(self, key: str) -> bool:
            try:
                s3.head_object(Bucket=bucket, Key=key)
            except ClientError:
                return False
            return True

        def _send(self, status: int, body: bytes, content_type: str, cache_control: str | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if cache_control:
                self.send_header("Cache-Control", cache_control)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's signature
            pass

    return SiteHandler


def serve_site(s3, bucket: str, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    return ThreadingHTTPServer((host, port), make_site_handler(s3, bucket))
