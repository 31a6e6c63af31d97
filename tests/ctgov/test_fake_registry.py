"""The fake registry's API semantics, checked over its in-process transport."""

from __future__ import annotations

import httpx
import pytest
from trialpages_dev.fake_registry import Fault, parse_fault
from trialpages_dev.records import nct_id_of

BASE = "https://clinicaltrials.gov/api/v2"


@pytest.fixture
def http(registry) -> httpx.Client:
    return httpx.Client(base_url=BASE, transport=registry.transport())


def last_update(study: dict) -> str:
    return study["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"]["date"]


def test_default_page_size_is_ten_and_sizes_over_a_thousand_are_cut(http):
    assert len(http.get("/studies").json()["studies"]) == 10
    assert len(http.get("/studies", params={"pageSize": "5000"}).json()["studies"]) == 1000


def test_total_count_only_on_the_first_page_when_asked(http):
    first = http.get("/studies", params={"countTotal": "true", "pageSize": "3"}).json()
    second = http.get("/studies", params={"pageSize": "3", "pageToken": first["nextPageToken"]}).json()

    assert first["totalCount"] == 1000
    assert "totalCount" not in second
    assert "totalCount" not in http.get("/studies").json()


def test_page_token_must_repeat_the_first_pages_query(http):
    params = {"filter.advanced": "AREA[LastUpdatePostDate]RANGE[2020-01-01,MAX]", "pageSize": "5"}
    token = http.get("/studies", params=params).json()["nextPageToken"]

    changed = http.get("/studies", params={"pageSize": "5", "pageToken": token})
    garbage = http.get("/studies", params={**params, "pageToken": "not-a-token"})

    assert changed.status_code == 400 and "first page" in changed.text
    assert garbage.status_code == 400 and garbage.headers["content-type"].startswith("text/plain")


def test_range_accepts_partial_dates_as_the_first_of_the_month(http, bundled_records):
    response = http.get(
        "/studies",
        params={"filter.advanced": "AREA[LastUpdatePostDate]RANGE[2025-06,2025-07]", "pageSize": "1000"},
    ).json()

    expected = {nct_id_of(r) for r in bundled_records if "2025-06-01" <= last_update(r) <= "2025-07-01"}
    assert {nct_id_of(s) for s in response["studies"]} == expected


def test_unsupported_advanced_filter_and_unknown_parameter_are_400(http):
    assert http.get("/studies", params={"filter.advanced": "AREA[Phase]PHASE2"}).status_code == 400
    assert http.get("/studies", params={"bogus": "1"}).status_code == 400
    assert http.get("/studies", params={"format": "csv"}).status_code == 400


def test_sort_orders_dates_and_puts_missing_values_last(http):
    descending = http.get("/studies", params={"sort": "LastUpdatePostDate", "pageSize": "50"}).json()["studies"]
    ascending = http.get("/studies", params={"sort": "LastUpdatePostDate:asc", "pageSize": "50"}).json()["studies"]

    assert [last_update(s) for s in descending] == sorted((last_update(s) for s in descending), reverse=True)
    assert [last_update(s) for s in ascending] == sorted(last_update(s) for s in ascending)
    assert http.get("/studies", params={"sort": "NCTId"}).status_code == 400
    assert http.get("/studies", params={"sort": "StartDate,LastUpdatePostDate,EnrollmentCount"}).status_code == 400


def test_fields_project_pieces_and_sections(http):
    studies = http.get("/studies", params={"fields": "NCTId,OverallStatus", "pageSize": "2"}).json()["studies"]
    section = http.get("/studies", params={"fields": "protocolSection.identificationModule"}).json()["studies"][0]

    assert set(studies[0]) == {"protocolSection"}
    assert set(studies[0]["protocolSection"]) == {"identificationModule", "statusModule"}
    assert set(section["protocolSection"]) == {"identificationModule"}
    assert http.get("/studies", params={"fields": "NoSuchField"}).status_code == 400


def test_ids_and_status_filters(http, bundled_records):
    ids = [nct_id_of(r) for r in bundled_records[:3]]
    by_id = http.get("/studies", params={"filter.ids": ",".join(ids)}).json()["studies"]
    recruiting = http.get("/studies", params={"filter.overallStatus": "RECRUITING", "pageSize": "1000"}).json()

    assert sorted(nct_id_of(s) for s in by_id) == sorted(ids)
    assert len(recruiting["studies"]) == 304
    assert http.get("/studies", params={"filter.overallStatus": "OPEN"}).status_code == 400


def test_single_study_alias_redirects_and_errors_are_plain_text(http, bundled_records):
    record = next(r for r in bundled_records if r["protocolSection"]["identificationModule"].get("nctIdAliases"))
    alias = record["protocolSection"]["identificationModule"]["nctIdAliases"][0]

    moved = http.get(f"/studies/{alias}")
    missing = http.get("/studies/NCT99999999")
    malformed = http.get("/studies/12345")

    assert moved.status_code == 301
    assert moved.headers["location"] == f"/api/v2/studies/{nct_id_of(record)}"
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/plain")
    assert malformed.status_code == 400


def test_faults_are_consumed_in_order_and_only_where_they_match(http, registry):
    registry.add_fault(Fault("503", retry_after="2", path_prefix="/studies"))

    assert http.get("/version").status_code == 200
    failed = http.get("/studies")
    assert (failed.status_code, failed.headers["retry-after"]) == (503, "2")
    assert http.get("/studies").status_code == 200


def test_fault_specs_parse_and_reject_unknown_kinds():
    assert parse_fault("429:3") == Fault("429", times=3)
    with pytest.raises(ValueError, match="unknown fault kind"):
        parse_fault("meltdown")


def test_publish_changes_records_and_the_data_timestamp(http, registry, bundled_records):
    changed = {
        **bundled_records[0],
        "protocolSection": {
            **bundled_records[0]["protocolSection"],
            "statusModule": {
                **bundled_records[0]["protocolSection"]["statusModule"],
                "lastUpdatePostDateStruct": {"date": "2026-11-23", "type": "ACTUAL"},
            },
        },
    }
    registry.publish([changed], "2026-11-23T09:00:00")

    newest = http.get("/studies", params={"filter.advanced": "AREA[LastUpdatePostDate]RANGE[2026-11-23,MAX]"})

    assert http.get("/version").json()["dataTimestamp"] == "2026-11-23T09:00:00"
    assert [nct_id_of(s) for s in newest.json()["studies"]] == [nct_id_of(changed)]


def test_the_server_answers_another_method_with_405_as_the_registry_does(bundled_records):
    from trialpages_dev.fake_registry import FakeRegistry
    from trialpages_dev.fake_registry.transports import FakeRegistryServer

    with FakeRegistryServer(FakeRegistry(bundled_records[:3])) as server:
        answer = httpx.post(f"{server.base_url}/studies", timeout=10)
        assert answer.status_code == 405 and answer.headers["Allow"] == "GET, HEAD"
        head = httpx.head(f"{server.base_url}/version", timeout=10)
        assert head.status_code == 200 and head.content == b"" and int(head.headers["Content-Length"]) > 0
