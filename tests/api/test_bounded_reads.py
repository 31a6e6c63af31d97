"""Each request reads a bounded number of index items; a page cut short by the bound says where to go on."""

from __future__ import annotations

import pytest

from tests.api.conftest import every_page, nct_id_of
from trialpages.api import conditions
from trialpages.aws.clients import resource
from trialpages.lookup.entries import page_conditions
from trialpages.study import normalize_study

CONDITION = (
    "prostate-cancer"  # 38 bundled studies (MeSH "Prostatic Neoplasms" and one listed "Prostate Cancer"), 11 recruiting
)


@pytest.fixture
def condition_records(bundled_records) -> list[dict]:
    return [r for r in bundled_records if CONDITION in page_conditions(normalize_study(r))]


def expected_order(records: list[dict]) -> list[str]:
    """Recruiting first, then the others; newest update first within each."""
    studies = sorted((normalize_study(r) for r in records), key=lambda s: (s.last_update, s.nct_id), reverse=True)
    return [s.nct_id for s in studies if s.overall_status.code == "RECRUITING"] + [
        s.nct_id for s in studies if s.overall_status.code != "RECRUITING"
    ]


@pytest.mark.slow  # seconds on moto: many studies or versions through the real functions
def test_a_rare_filter_combination_reads_at_most_the_bound_per_request(
    lookup_api, seed, bundled_records, monkeypatch, reads
):
    """Sponsor and country are not filed as a pair: the sponsor's partition is read and filtered by country."""
    monkeypatch.setenv("MAX_ITEMS_EXAMINED", "5")
    bayer = [r for r in bundled_records if normalize_study(r).lead_sponsor.name == "Bayer"]
    seed(bayer)
    wanted = {nct_id_of(r) for r in bayer if "Egypt" in {loc.get("country") for loc in _locations(r)}}
    pages, found, cursor = [], [], None
    while True:
        reads.clear()
        params = {"sponsor": "Bayer", "country": "Egypt", "limit": "3"}
        page = lookup_api("/v1/studies", {**params, **({"cursor": cursor} if cursor else {})})["json"]
        assert sum(reads) <= 5, reads
        pages.append((page["count"], page["next_cursor"] is not None))
        found += [study["nct_id"] for study in page["studies"]]
        cursor = page["next_cursor"]
        if not cursor:
            break

    assert wanted and sorted(found) == sorted(wanted) and len(bayer) == 40
    assert len(found) == len(set(found))
    assert (0, True) in pages  # cut short by the bound, with a cursor to go on


@pytest.mark.slow  # seconds on moto: many studies or versions through the real functions
def test_a_paired_filter_reads_only_what_it_answers(lookup_api, seed, bundled_records, reads):
    """Country and status are filed together: however rare the match, one Query of `limit + 1` items at most."""
    american = [r for r in bundled_records if "United States" in {loc.get("country") for loc in _locations(r)}]
    withdrawn = [r for r in american if r["protocolSection"]["statusModule"]["overallStatus"] == "WITHDRAWN"]
    seed({nct_id_of(r): r for r in american[:40] + withdrawn}.values())
    reads.clear()

    found = every_page(lookup_api, "/v1/studies", {"country": "United States", "status": "withdrawn", "limit": "3"})

    assert sorted(study["nct_id"] for study in found) == sorted(nct_id_of(r) for r in withdrawn)
    assert len(reads) == -(-len(withdrawn) // 3) and all(read <= 4 for read in reads)


@pytest.mark.slow  # seconds on moto: many studies or versions through the real functions
def test_condition_lists_recruiting_then_newest_across_pages_each_study_once(
    lookup_api, seed, condition_records, reads
):
    seed(condition_records)

    first = lookup_api(f"/v1/conditions/{CONDITION}", {"limit": "4"})["json"]
    listed = every_page(lookup_api, f"/v1/conditions/{CONDITION}", {"limit": "4"})

    assert [study["nct_id"] for study in listed] == expected_order(condition_records)
    totals = first["totals"]
    assert totals["exact"] and totals["studies"] == len(condition_records) == 38
    assert sum(totals["by_status"].values()) == sum(totals["by_phase"].values()) == 38
    assert totals["by_status"]["Recruiting"] == 11


@pytest.mark.slow  # seconds on moto: many studies or versions through the real functions
def test_condition_pages_after_the_first_carry_no_totals_and_reads_stay_bounded(
    lookup_api, seed, condition_records, monkeypatch, reads
):
    monkeypatch.setenv("MAX_ITEMS_EXAMINED", "6")
    seed(condition_records)

    first = lookup_api(f"/v1/conditions/{CONDITION}", {"limit": "5"})["json"]
    reads.clear()
    second = lookup_api(f"/v1/conditions/{CONDITION}", {"limit": "5", "cursor": first["next_cursor"]})["json"]
    assert sum(reads) <= 6  # one bound shared by the recruiting and the other studies
    listed = every_page(lookup_api, f"/v1/conditions/{CONDITION}", {"limit": "5"})

    assert second["totals"] is None
    assert [study["nct_id"] for study in listed] == expected_order(condition_records)


@pytest.mark.slow  # seconds on moto: many studies or versions through the real functions
def test_condition_page_is_one_query_and_the_first_counts_its_totals_until_they_are_published(
    lookup_api, seed, condition_records, stack
):
    seed(condition_records)
    calls: list[str] = []
    ddb = resource("dynamodb").meta.client  # what the API's Table resources call
    ddb.meta.events.register("before-call.dynamodb", lambda model, **_: calls.append(model.name), "count-calls")
    try:
        first = lookup_api(f"/v1/conditions/{CONDITION}", {"limit": "20"})["json"]
        calls.append("|")
        lookup_api(f"/v1/conditions/{CONDITION}", {"limit": "20", "cursor": first["next_cursor"]})
    finally:
        ddb.meta.events.unregister("before-call.dynamodb", unique_id="count-calls")

    # Before publish_site has counted the condition, the first page counts it (one bounded Query).
    assert calls == ["BatchGetItem", "Query", "Query", "|", "BatchGetItem", "Query"]
    assert first["totals"]["studies"] == 38 and first["count"] == 20


@pytest.mark.slow  # seconds on moto: many studies or versions through the real functions
def test_condition_totals_over_a_larger_condition_say_they_are_partial(
    lookup_api, seed, condition_records, monkeypatch
):
    monkeypatch.setattr(conditions, "COUNT_LIMIT", 20)
    seed(condition_records)

    totals = lookup_api(f"/v1/conditions/{CONDITION}")["json"]["totals"]

    assert totals["exact"] is False
    assert totals["studies"] == 20 == sum(totals["by_status"].values())


def _locations(record: dict) -> list[dict]:
    return (record["protocolSection"].get("contactsLocationsModule") or {}).get("locations") or []
