"""Real HTTP on 127.0.0.1 in front of the stack: the site bucket as the CDN serves it, /v1/* as API Gateway.

A WSGI app, so the demo serves it and schemathesis can test the API through it: each /v1
request becomes an API Gateway HTTP API (payload 2.0) event for the lookup_api handler.
"""

from __future__ import annotations

import base64
import mimetypes
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from http import HTTPStatus
from socketserver import ThreadingMixIn
from urllib.parse import unquote
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from botocore.exceptions import ClientError
from trialpages_dev.local.handlers import LocalLambdaContext


def site_key_for(path: str) -> str:
    """`/` -> index.html, `/studies/NCT1/` -> studies/NCT1/index.html (the CloudFront Function's rule)."""
    key = unquote(path).lstrip("/")
    if key == "" or key.endswith("/"):
        return key + "index.html"
    return key


def http_api_event(environ: dict) -> dict:
    """The API Gateway HTTP API v2 event for one WSGI request."""
    path = unquote(environ.get("PATH_INFO", "/"))
    method = environ["REQUEST_METHOD"]
    headers = {key[5:].replace("_", "-").lower(): value for key, value in environ.items() if key.startswith("HTTP_")}
    if environ.get("CONTENT_TYPE"):
        headers["content-type"] = environ["CONTENT_TYPE"]
    raw_query = environ.get("QUERY_STRING", "")
    query: dict[str, str] = {}
    for pair in filter(None, raw_query.split("&")):
        name, _, value = pair.partition("=")
        name, value = unquote(name.replace("+", " ")), unquote(value.replace("+", " "))
        query[name] = f"{query[name]},{value}" if name in query else value  # API Gateway joins repeats with commas
    length = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(length) if length else b""
    now = time.time()
    return {
        "version": "2.0",
        "routeKey": "$default",
        "rawPath": path,
        "rawQueryString": raw_query,
        "headers": headers,
        "queryStringParameters": query or None,
        "requestContext": {
            "accountId": "123456789012",
            "apiId": "local",
            "domainName": headers.get("host", "127.0.0.1"),
            "domainPrefix": "local",
            "http": {
                "method": method,
                "path": path,
                "protocol": environ.get("SERVER_PROTOCOL", "HTTP/1.1"),
                "sourceIp": environ.get("REMOTE_ADDR", "127.0.0.1"),
                "userAgent": headers.get("user-agent", ""),
            },
            "requestId": str(uuid.uuid4()),
            "routeKey": "$default",
            "stage": "$default",
            "time": time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(now)),
            "timeEpoch": int(now * 1000),
        },
        "body": base64.b64encode(body).decode() if body else None,
        "isBase64Encoded": bool(body),
    }


def _status_line(code: int) -> str:
    try:
        return f"{code} {HTTPStatus(code).phrase}"
    except ValueError:
        return str(code)


def make_local_app(
    s3, site_bucket: str, api_handler: Callable[[dict, object], dict], origin_headers: Mapping[str, str] | None = None
):
    """The site from its bucket and the API through its function, as the CDN serves them.

    `origin_headers`: what the CDN adds to each request it sends the API (the stack's origin_headers("api")),
    replacing any a client sent under the same names, as CloudFront does.
    """
    cdn_headers = {name.lower(): value for name, value in (origin_headers or {}).items()}
    # One Lambda execution environment serves one request at a time, and the handler's resolver keeps the
    # request it is answering on itself: the threaded server must not run two at once through it.
    one_at_a_time = threading.Lock()

    def api(environ: dict, start_response) -> Iterable[bytes]:
        event = http_api_event(environ)
        event["headers"].update(cdn_headers)
        with one_at_a_time:
            result = api_handler(event, LocalLambdaContext("LookupApiFunction", timeout_s=10))
        body = result.get("body") or ""
        payload = base64.b64decode(body) if result.get("isBase64Encoded") else body.encode("utf-8")
        headers = list((result.get("headers") or {}).items())
        for name, values in (result.get("multiValueHeaders") or {}).items():
            headers += [(name, value) for value in values]
        for cookie in result.get("cookies") or []:
            headers.append(("Set-Cookie", cookie))
        start_response(_status_line(int(result.get("statusCode", 200))), headers)
        return [payload]

    def site(environ: dict, start_response) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "/")
        key = site_key_for(path)
        try:
            obj = s3.get_object(Bucket=site_bucket, Key=key)
        except ClientError:
            if "." not in key.rsplit("/", 1)[-1] and _exists(s3, site_bucket, key + "/index.html"):
                start_response("301 Moved Permanently", [("Location", path + "/")])
                return [b""]
            start_response("404 Not Found", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"Not found\n"]
        content_type = obj.get("ContentType") or mimetypes.guess_type(key)[0] or "application/octet-stream"
        headers = [("Content-Type", content_type)]
        if obj.get("CacheControl"):
            headers.append(("Cache-Control", obj["CacheControl"]))
        start_response("200 OK", headers)
        return [obj["Body"].read()]

    def app(environ: dict, start_response) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path.startswith(("/v1/", "/find/")) or path in ("/v1", "/find"):
            return api(environ, start_response)
        return site(environ, start_response)

    return app


def _exists(s3, bucket: str, key: str) -> bool:
    try:
        s3.head_object(Bucket=bucket, Key=key)
    except ClientError:
        return False
    return True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the stdlib's signature
        pass


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


def serve(app, host: str = "127.0.0.1", port: int = 8000) -> WSGIServer:
    return make_server(host, port, app, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler)
