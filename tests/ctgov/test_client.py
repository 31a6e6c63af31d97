"""The registry client against the fake: paging, every fault kind, pacing, identity."""

from __future__ import annotations

import httpx
import pytest
from trialpages_dev.fake_registry import Fault
from trialpages_dev.records import nct_id_of

from trialpages import USER_AGENT
from trialpages.ctgov.client import RegistryClient
from trialpages.ctgov.errors import (
    PageTokenExpired,
    RegistryUnavailable,
)
from trialpages.ctgov.ratelimit import RateLimiter


def every_page(client: RegistryClient, since: str, page_size: int = 1000) -> list:
    """Pages until the token is absent, as detect_changes reads them: a full page may be followed by an empty one."""
    pages, token = [], None
    while True:
        pages.append(client.studies_page(since, token, page_size))
        token = pages[-1].next_page_token
        if token is None:
            return pages


def test_version_reads_the_data_timestamp(client):
    assert client.data_timestamp() == "2026-11-20T09:00:00"
    assert client.requests_sent == 1


def test_paging_crosses_token_boundaries_and_accepts_the_empty_last_page(client, bundled_records):
    pages = every_page(client, "1999-01-01", page_size=500)

    assert [len(page.studies) for page in pages] == [500, 500, 0]
    assert pages[0].total_count == 1000 and pages[1].total_count is None
    ids = [nct_id_of(study) for page in pages for study in page.studies]
    assert sorted(ids) == sorted(nct_id_of(r) for r in bundled_records)
    dates = [s["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"]["date"] for p in pages for s in p.studies]
    assert dates == sorted(dates)


def test_one_full_page_of_a_thousand_is_followed_by_an_empty_page(client):
    pages = every_page(client, "1999-01-01")

    assert [len(page.studies) for page in pages] == [1000, 0]
    assert client.requests_sent == 2


def test_page_reports_its_size_as_received(client):
    full, empty = every_page(client, "1999-01-01")

    # The bundled records weigh about 19 MB as one page; an empty page is a few bytes of JSON.
    assert 15 * 2**20 < full.body_bytes < 25 * 2**20
    assert 0 < empty.body_bytes < 100


def test_empty_last_page_fault_is_followed_through(client, registry):
    registry.add_fault(Fault("empty_last_page"))

    pages = every_page(client, "2025-01-01", page_size=1000)

    assert len(pages) == 2 and pages[-1].studies == []


def test_since_filters_by_last_update_post_date_inclusively(client, bundled_records):
    day = sorted(r["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"]["date"] for r in bundled_records)[-5]
    expected = [
        r for r in bundled_records if r["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"]["date"] >= day
    ]

    page = client.studies_page(day)

    assert sorted(nct_id_of(s) for s in page.studies) == sorted(nct_id_of(r) for r in expected)


@pytest.mark.parametrize("kind", ["429", "500", "503"])
def test_transient_status_is_retried_with_backoff(client, registry, fake_time, kind):
    registry.add_fault(Fault(kind, times=2))

    assert client.data_timestamp() == "2026-11-20T09:00:00"
    assert client.requests_sent == 3
    assert len(fake_time.sleeps) == 2 and all(0 <= pause <= 60 for pause in fake_time.sleeps)


def test_retry_after_is_honoured_on_429(client, registry, fake_time):
    registry.add_fault(Fault("429", retry_after="7"))

    client.data_timestamp()

    assert fake_time.sleeps == [7.0]


def test_retry_after_is_capped_by_the_longest_backoff(registry, fake_time):
    client = RegistryClient(
        transport=registry.transport(), min_interval_s=0, sleep=fake_time.sleep, clock=fake_time.clock, max_backoff_s=30
    )
    registry.add_fault(Fault("503", retry_after="3600"))

    client.data_timestamp()

    assert fake_time.sleeps == [30.0]


def test_timeouts_are_retried(client, registry):
    registry.add_fault(Fault("timeout", times=2))

    page = client.studies_page("2025-01-01")

    assert page.studies and client.requests_sent == 3


def test_truncated_json_is_retried(client, registry):
    registry.add_fault(Fault("truncated", path_prefix="/studies"))

    page = client.studies_page("1999-01-01", page_size=10)

    assert len(page.studies) == 10 and client.requests_sent == 2


def test_slow_answer_still_arrives(client, registry, fake_time):
    registry.sleep = fake_time.sleep
    registry.add_fault(Fault("slow", delay_s=4.0))

    assert client.data_timestamp()
    assert 4.0 in fake_time.sleeps


def test_retries_exhausted_raise_registry_unavailable(client, registry):
    registry.add_fault(Fault("503", times=10))

    with pytest.raises(RegistryUnavailable, match="HTTP 503"):
        client.data_timestamp()
    assert client.requests_sent == 6


def test_expired_page_token_raises_page_token_expired(client, registry):
    first = client.studies_page("1999-01-01", page_size=100)
    registry.add_fault(Fault("expired_token"))

    with pytest.raises(PageTokenExpired, match="expired"):
        client.studies_page("1999-01-01", first.next_page_token, page_size=100)


def test_unknown_fields_and_enum_values_pass_through(registry, client, bundled_records):
    record = dict(bundled_records[0])
    record["protocolSection"] = {
        **record["protocolSection"],
        "statusModule": {
            **record["protocolSection"]["statusModule"],
            "overallStatus": "PAUSED_FOR_REVIEW",
            "lastUpdatePostDateStruct": {"date": "2026-11-21", "type": "ACTUAL"},
        },
        "futureModule": {"x": 1},
    }
    registry.publish([record], "2026-11-21T09:00:00")

    (study,) = client.studies_page("2026-11-21").studies

    assert study["protocolSection"]["statusModule"]["overallStatus"] == "PAUSED_FOR_REVIEW"
    assert study["protocolSection"]["futureModule"] == {"x": 1}


def test_requests_carry_a_descriptive_user_agent(fake_time):
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["User-Agent"])
        return httpx.Response(200, json={"apiVersion": "2.0.5", "dataTimestamp": "x"})

    RegistryClient(
        transport=httpx.MockTransport(handler), sleep=fake_time.sleep, clock=fake_time.clock
    ).data_timestamp()

    assert seen == [USER_AGENT] and "trialpages/" in USER_AGENT


def test_rate_limiter_holds_the_51st_request_of_a_minute(fake_time):
    limiter = RateLimiter(50, 0.0, sleep=fake_time.sleep, clock=fake_time.clock)

    waits = [limiter.wait_for_slot() for _ in range(51)]

    assert waits[:50] == [0.0] * 50
    assert waits[50] == pytest.approx(60.0)


def test_rate_limiter_keeps_the_minimum_gap(fake_time):
    limiter = RateLimiter(50, 1.0, sleep=fake_time.sleep, clock=fake_time.clock)
    limiter.wait_for_slot()
    fake_time.now += 0.25

    assert limiter.wait_for_slot() == pytest.approx(0.75)


def test_client_paces_itself_by_default(registry, fake_time):
    client = RegistryClient(transport=registry.transport(), sleep=fake_time.sleep, clock=fake_time.clock)

    for _ in range(3):
        client.data_timestamp()

    assert fake_time.sleeps == [pytest.approx(1.0), pytest.approx(1.0)]


def test_client_talks_to_the_fake_over_real_http(registry):
    with registry.serve() as server:
        client = RegistryClient(server.base_url, min_interval_s=0, timeout_s=5)
        assert server.base_url.startswith("http://127.0.0.1:")
        assert client.data_timestamp() == "2026-11-20T09:00:00"
        pages = every_page(client, "2025-06-01")
        client.close()

    assert pages[-1].next_page_token is None and len(pages[0].studies) > 0


def test_timeout_over_real_http_is_retried(registry):
    registry.add_fault(Fault("timeout", delay_s=1.5))
    with registry.serve() as server:
        client = RegistryClient(server.base_url, min_interval_s=0, timeout_s=0.5, max_backoff_s=0.1)
        assert client.data_timestamp() == "2026-11-20T09:00:00"
        assert client.requests_sent == 2
