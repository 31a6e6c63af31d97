"""An in-memory ClinicalTrials.gov API v2 over real records, with the real API's paging semantics."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from trialpages_dev.fake_registry.faults import Fault
from trialpages_dev.fake_registry.query import (
    STATUSES,
    QueryError,
    lookup,
    parse_fields,
    parse_range_filter,
    parse_sort,
    project,
    sort_records,
    split_list,
)

API_PREFIX = "/api/v2"
_NCT_ID = re.compile(r"^NCT\d{8}$")
_KNOWN_PARAMS = {
    "format", "markupFormat", "query.cond", "query.term", "query.locn", "query.titles", "query.intr",
    "query.outc", "query.spons", "query.lead", "query.id", "query.patient", "filter.overallStatus", "filter.geo",
    "filter.ids", "filter.advanced", "filter.synonyms", "postFilter.overallStatus", "postFilter.geo",
    "postFilter.ids", "postFilter.advanced", "postFilter.synonyms", "aggFilters", "geoDecay", "fields", "sort",
    "countTotal", "pageSize", "pageToken",
}  # fmt: skip
_SUPPORTED_PARAMS = {
    "format", "markupFormat", "query.term", "filter.overallStatus", "filter.ids", "filter.advanced", "fields",
    "sort", "countTotal", "pageSize", "pageToken",
}  # fmt: skip
_NOT_PART_OF_QUERY = {"countTotal", "pageSize", "pageToken"}


@dataclass
class FakeResponse:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    fault: Fault | None = None  # a fault the transport still has to act out (timeout, slow)


def _text(status: int, message: str, **headers: str) -> FakeResponse:
    return FakeResponse(status, message.encode("utf-8"), {"Content-Type": "text/plain; charset=utf-8", **headers})


def _json(body: dict) -> FakeResponse:
    try:
        encoded = json.dumps(body, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: the registry sends it as its \u escape
        encoded = json.dumps(body, ensure_ascii=True).encode("ascii")
    return FakeResponse(200, encoded, {"Content-Type": "application/json"})


class FakeRegistry:
    def __init__(
        self,
        records: Iterable[dict],
        data_timestamp: str = "2026-11-24T09:00:00",
        faults: Iterable[Fault] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._studies: dict[str, dict] = {}
        self._aliases: dict[str, str] = {}
        self._lock = threading.Lock()
        self._faults: list[Fault] = list(faults or [])
        self.sleep = sleep
        self.data_timestamp = data_timestamp
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._upsert(records)

    # -- the store -------------------------------------------------------------
    def publish(self, records: Iterable[dict], data_timestamp: str) -> None:
        """The registry's daily refresh: changed records replace their old versions, the timestamp moves."""
        with self._lock:
            self._upsert(records)
            self.data_timestamp = data_timestamp

    def _upsert(self, records: Iterable[dict]) -> None:
        for record in records:
            identification = record["protocolSection"]["identificationModule"]
            self._studies[identification["nctId"]] = record
            for alias in identification.get("nctIdAliases", []):
                self._aliases[alias] = identification["nctId"]

    def transport(self):
        """An httpx transport answering in-process (no sockets), for tests."""
        from trialpages_dev.fake_registry.transports import mock_transport

        return mock_transport(self)

    def serve(self, host: str = "127.0.0.1", port: int = 0):
        """A running HTTP server on `host`; use as a context manager or call `.stop()`."""
        from trialpages_dev.fake_registry.transports import FakeRegistryServer

        return FakeRegistryServer(self, host, port)

    def add_fault(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    # -- requests --------------------------------------------------------------
    def handle(self, path: str, params: dict[str, str]) -> FakeResponse:
        """Answer GET <API_PREFIX><path>?<params>."""
        with self._lock:
            self.requests.append((path, dict(params)))
            fault = self._take_fault(path, params)
        if fault and fault.kind in ("429", "500", "503"):
            headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
            return _text(int(fault.kind), {"429": "Too Many Requests"}.get(fault.kind, "Server Error"), **headers)
        if fault and fault.kind == "expired_token":
            return _text(400, "The page token has expired")
        try:
            response = self._route(path, params, fault)
        except QueryError as error:
            return _text(400, str(error))
        if fault and fault.kind == "truncated":
            response.body = response.body[: len(response.body) // 2]
        if fault and fault.kind in ("slow", "timeout"):
            response.fault = fault
        return response

    def _take_fault(self, path: str, params: dict[str, str]) -> Fault | None:
        for fault in self._faults:
            if fault.times > 0 and fault.applies_to(path, params):
                fault.times -= 1
                return fault
        return None

    def _route(self, path: str, params: dict[str, str], fault: Fault | None) -> FakeResponse:
        path = path.rstrip("/") or "/"
        if path == "/version":
            return _json({"apiVersion": "2.0.5", "dataTimestamp": self.data_timestamp})
        if path == "/studies":
            return self._studies_page(params, fault)
        if path.startswith("/studies/"):
            return self._one_study(path.removeprefix("/studies/"), params)
        return _text(404, f"No endpoint at {API_PREFIX}{path}")

    def _one_study(self, nct_id: str, params: dict[str, str]) -> FakeResponse:
        if not _NCT_ID.match(nct_id):
            return _text(400, f"Incorrect format of NCT number: {nct_id}")
        if nct_id in self._aliases and nct_id not in self._studies:
            query = f"?{urlencode(params)}" if params else ""
            return _text(301, "Moved Permanently", Location=f"{API_PREFIX}/studies/{self._aliases[nct_id]}{query}")
        record = self._studies.get(nct_id)
        if record is None:
            return _text(404, f"Study {nct_id} not found")
        if "fields" in params:
            record = project(record, parse_fields(params["fields"]))
        return _json(record)

    def _studies_page(self, params: dict[str, str], fault: Fault | None) -> FakeResponse:
        for name in params:
            if name not in _KNOWN_PARAMS:
                raise QueryError(f"Unknown parameter '{name}'")
            if name not in _SUPPORTED_PARAMS:
                raise QueryError(f"The fake registry does not implement '{name}'")
        if params.get("format", "json") != "json":
            raise QueryError("The fake registry answers format=json only")
        page_size = self._page_size(params.get("pageSize"))
        query = {name: value for name, value in params.items() if name not in _NOT_PART_OF_QUERY}
        offset = self._offset_from_token(params.get("pageToken"), query)
        matching = self._matching(query)
        page = matching[offset : offset + page_size]
        body: dict = {}
        if params.get("countTotal", "false").lower() == "true" and "pageToken" not in params:
            body["totalCount"] = len(matching)
        fields = parse_fields(query["fields"]) if "fields" in query else None
        body["studies"] = [project(record, fields) if fields else record for record in page]
        # A full page carries a token even when nothing follows (the next page is then empty).
        last_page_forced_open = fault is not None and fault.kind == "empty_last_page" and page
        if len(page) == page_size or last_page_forced_open:
            body["nextPageToken"] = self._token(offset + len(page), query)
        return _json(body)

    @staticmethod
    def _page_size(value: str | None) -> int:
        if value is None:
            return 10
        try:
            size = int(value)
        except ValueError as error:
            raise QueryError(f"pageSize: '{value}' is not an integer") from error
        if size < 0:
            raise QueryError("pageSize must not be negative")
        return min(size or 10, 1000)

    def _matching(self, query: dict[str, str]) -> list[dict]:
        records = list(self._studies.values())
        if "filter.ids" in query:
            wanted = {self._aliases.get(i, i) for i in split_list(query["filter.ids"])}
            records = [r for r in records if lookup(r, "protocolSection.identificationModule.nctId") in wanted]
        if "filter.overallStatus" in query:
            statuses = set(split_list(query["filter.overallStatus"]))
            if unknown := statuses - STATUSES:
                raise QueryError(f"filter.overallStatus: unknown value(s) {', '.join(sorted(unknown))}")
            records = [r for r in records if lookup(r, "protocolSection.statusModule.overallStatus") in statuses]
        if "filter.advanced" in query:
            matches = parse_range_filter(query["filter.advanced"])
            records = [r for r in records if matches(r)]
        if "query.term" in query:
            term = query["query.term"].lower()
            records = [r for r in records if term in json.dumps(r, ensure_ascii=False).lower()]
        if "sort" in query:
            records = sort_records(records, parse_sort(query["sort"]))
        return records

    @staticmethod
    def _query_hash(query: dict[str, str]) -> str:
        return hashlib.sha256(json.dumps(sorted(query.items())).encode()).hexdigest()[:16]

    def _token(self, offset: int, query: dict[str, str]) -> str:
        raw = json.dumps({"o": offset, "q": self._query_hash(query)}).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def _offset_from_token(self, token: str | None, query: dict[str, str]) -> int:
        if token is None:
            return 0
        try:
            decoded = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
            offset, query_hash = int(decoded["o"]), decoded["q"]
        except (ValueError, KeyError, TypeError) as error:
            raise QueryError("Invalid pageToken") from error
        if query_hash != self._query_hash(query) or offset < 0:
            raise QueryError("pageToken does not belong to this query: repeat the first page's parameters")
        return offset
