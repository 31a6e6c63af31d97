"""ClinicalTrials.gov API v2 client: paced, retried, and tolerant of what the registry adds later."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import httpx
from aws_lambda_powertools import Logger
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt, wait_random_exponential

from trialpages import USER_AGENT
from trialpages.ctgov import REGISTRY_URL
from trialpages.ctgov.errors import InvalidRequest, PageTokenExpired, RegistryUnavailable, StudyNotFound
from trialpages.ctgov.ratelimit import RateLimiter

logger = Logger(service="trialpages", child=True)


@dataclass(frozen=True)
class StudyPage:
    studies: list[dict]
    next_page_token: str | None
    total_count: int | None = None
    body_bytes: int = 0  # as received: detect_changes' memory follows its heaviest page, not the study count


class _Retryable(Exception):
    """A response or failure worth another try; carries the server's Retry-After when it sent one."""

    def __init__(self, reason: str, retry_after_s: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after_s = retry_after_s


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


class RegistryClient:
    def __init__(
        self,
        base_url: str = REGISTRY_URL,
        *,
        transport: httpx.BaseTransport | None = None,
        max_requests_per_minute: int = 50,
        min_interval_s: float = 1.0,
        timeout_s: float = 30.0,
        max_attempts: int = 6,
        max_backoff_s: float = 60.0,
        user_agent: str = USER_AGENT,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._http = httpx.Client(
            base_url=base_url.rstrip("/"),
            transport=transport,
            timeout=httpx.Timeout(timeout_s, connect=min(timeout_s, 10.0)),
            headers={"User-Agent": user_agent, "Accept": "application/json"},
        )
        self._limiter = RateLimiter(max_requests_per_minute, min_interval_s, sleep=sleep, clock=clock)
        self._sleep = sleep
        self._max_attempts = max_attempts
        self._max_backoff_s = max_backoff_s
        self.requests_sent = 0

    # -- endpoints -------------------------------------------------------------
    def data_timestamp(self) -> str:
        version, _ = self._get_json("/version")
        return version["dataTimestamp"]

    def studies_page(
        self,
        since: str,
        page_token: str | None = None,
        page_size: int = 1000,
        until: str | None = None,
        first_posted: tuple[str, str] | None = None,
    ) -> StudyPage:
        """A page of the studies updated from `since` (to `until`, both inclusive; no end by default), oldest first;
        only those first posted within `first_posted` (inclusive; MIN and MAX allowed) when it is given."""
        updated = f"AREA[LastUpdatePostDate]RANGE[{since},{until or 'MAX'}]"
        posted = f" AND AREA[StudyFirstPostDate]RANGE[{first_posted[0]},{first_posted[1]}]" if first_posted else ""
        params = {
            "format": "json",
            "filter.advanced": updated + posted,
            "sort": "LastUpdatePostDate:asc",
            "pageSize": str(page_size),
        }
        if page_token:
            params["pageToken"] = page_token
        else:
            params["countTotal"] = "true"
        body, body_bytes = self._get_json("/studies", params, paging=page_token is not None)
        return StudyPage(
            studies=list(body.get("studies") or []),
            next_page_token=body.get("nextPageToken") or None,
            total_count=body.get("totalCount"),
            body_bytes=body_bytes,
        )

    # -- plumbing --------------------------------------------------------------
    def _get_json(
        self, path: str, params: dict | None = None, *, paging: bool = False, follow_redirects: bool = False
    ) -> tuple[dict, int]:
        """The JSON object answered and its size in bytes."""
        retrying = Retrying(
            retry=retry_if_exception_type(_Retryable),
            stop=stop_after_attempt(self._max_attempts),
            wait=self._wait,
            sleep=self._sleep,
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    return self._attempt(path, params, paging=paging, follow_redirects=follow_redirects)
        except _Retryable as failure:
            raise RegistryUnavailable(f"GET {path}: {failure} (after {self._max_attempts} attempts)") from failure
        raise AssertionError("unreachable")  # pragma: no cover

    def _wait(self, state: RetryCallState) -> float:
        failure = state.outcome.exception() if state.outcome else None
        backoff = wait_random_exponential(multiplier=0.5, max=self._max_backoff_s)(state)
        if isinstance(failure, _Retryable) and failure.retry_after_s is not None:
            return min(max(failure.retry_after_s, backoff / 4), self._max_backoff_s)
        return backoff

    def _attempt(self, path: str, params: dict | None, *, paging: bool, follow_redirects: bool) -> tuple[dict, int]:
        self._limiter.wait_for_slot()
        self.requests_sent += 1
        try:
            response = self._http.get(path, params=params, follow_redirects=follow_redirects)
        except (httpx.TimeoutException, httpx.TransportError) as error:
            raise _Retryable(f"{type(error).__name__}: {error}") from error
        self.requests_sent += len(response.history)  # each redirect followed was a request too
        logger.debug("registry request", extra={"path": path, "status": response.status_code})
        status = response.status_code
        if status == 429 or status >= 500:
            raise _Retryable(f"HTTP {status}", _retry_after_seconds(response.headers.get("Retry-After")))
        if status == 404:
            raise StudyNotFound(response.text.strip() or f"{path} not found")
        if status == 400:
            rejected = PageTokenExpired if paging else InvalidRequest
            raise rejected(response.text.strip() or "bad request")
        if status != 200:
            raise InvalidRequest(f"HTTP {status} for {path}: {response.text[:200]}")
        try:
            body = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise _Retryable(f"truncated or invalid JSON ({len(response.content)} bytes)") from error
        if not isinstance(body, dict):
            raise _Retryable("unexpected JSON shape")
        return body, len(response.content)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> RegistryClient:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
