"""Search postings: a study's line keeps every value the filters read, packing keeps every line in order."""

from __future__ import annotations

from trialpages_dev.memory import MemoryIndexStore

from trialpages.aws.index import keys
from trialpages.aws.index.lookups import Lookups
from trialpages.aws.index.postings import pack_terms
from trialpages.lookup.search import SearchRequest, admits, in_best_match_order
from trialpages.lookup.search_postings import pack, site_entries, site_line, term_entries, term_line
from trialpages.lookup.search_terms import SearchListing


def listing(nct_id: str = "NCT01234567", **changes) -> SearchListing:
    values = {
        "nct_id": nct_id,
        "title": "A study",
        "status": "RECRUITING",
        "status_label": "Recruiting",
        "phases": ["PHASE1", "PHASE2"],
        "phase_label": "Phase 1/2",
        "study_type": "INTERVENTIONAL",
        "conditions": ["Lung cancer"],
        "countries": ["Korea, Republic of", "United States"],
        "site_count": 3,
        "last_update": "2025-03-04",
        "min_age_years": 0.5,
        "max_age_years": 65.0,
        "sex": "FEMALE",
        "healthy_volunteers": True,
    }
    return SearchListing.model_validate({**values, **changes})


def test_a_posting_line_keeps_every_value_the_filters_read():
    study = listing()
    (entry,) = term_entries([term_line(study, 1)])
    assert (entry.nct_id, entry.status, entry.rank, entry.last_update) == ("NCT01234567", "RECRUITING", 1, "2025-03-04")
    assert (entry.min_age_years, entry.max_age_years) == (0.5, 65.0)
    assert (entry.sex, entry.healthy_volunteers, entry.open) == ("FEMALE", True, True)
    assert entry.phases == ["PHASE1", "PHASE2"] and entry.study_type == "INTERVENTIONAL"
    assert entry.countries == ["Korea, Republic of", "United States"]


def test_no_limits_no_phase_and_no_country_read_back_as_none_and_empty():
    (entry,) = term_entries([term_line(listing(min_age_years=None, max_age_years=None, phases=[], countries=[]), 2)])
    assert entry.min_age_years is None and entry.max_age_years is None
    assert entry.phases == [] and entry.countries == []


def test_filters_read_a_posting_entry_as_they_read_a_listing():
    study = listing()
    (entry,) = term_entries([term_line(study, 0)])
    for request in (
        SearchRequest(age=70),
        SearchRequest(age=65),
        SearchRequest(age=66),
        SearchRequest(sex="male"),
        SearchRequest(healthy=True),
        SearchRequest(phase="3"),
        SearchRequest(phase="2"),
        SearchRequest(type="observational"),
        SearchRequest(),
    ):
        assert admits(entry, request) == admits(study, request), request


def test_a_separator_in_a_place_name_never_splits_its_line():
    line = site_line("NCT01234567", 48.5, 2.25, "Paris\t13e", "Île-de-France\n", "France|Metropolitan")
    (site,) = site_entries([line])
    assert (site.city, site.state, site.country) == ("Paris 13e", "Île-de-France", "France/Metropolitan")
    assert (site.lat, site.lon) == (48.5, 2.25)
    (bare,) = site_entries([site_line("NCT01234567", -1.0, 3.0, None, None, None)])
    assert bare.city is None and bare.country is None


def test_packing_keeps_every_line_in_order_within_the_size_of_a_chunk():
    lines = [term_line(listing(f"NCT{n:08d}", countries=["Ünïcode land"] * (n % 7)), n % 3) for n in range(500)]
    chunks = pack(lines, chunk_bytes=4_000)
    assert len(chunks) > 10
    assert all(len(chunk.encode("utf-8")) <= 4_000 for chunk in chunks)
    assert [entry.nct_id for entry in term_entries(chunks)] == [f"NCT{n:08d}" for n in range(500)]
    assert pack([]) == []


def test_only_the_studies_asked_for_are_read_from_a_posting():
    chunks = pack(term_line(listing(f"NCT{n:08d}"), 0) for n in range(50))
    assert [e.nct_id for e in term_entries(chunks, only={"NCT00000007", "NCT00000042", "NCT99999999"})] == [
        "NCT00000007",
        "NCT00000042",
    ]


def test_best_match_puts_open_studies_first_then_own_conditions_then_the_newest():
    studies = [
        (listing("NCT00000001", status="COMPLETED", last_update="2026-01-01"), 0),
        (listing("NCT00000002", last_update="2024-01-01"), 1),
        (listing("NCT00000003", last_update="2023-01-01"), 0),
        (listing("NCT00000004", last_update="2025-01-01"), 0),
        (listing("NCT00000005", last_update="2025-01-01"), 0),
    ]
    entries = term_entries([term_line(study, rank) for study, rank in studies])
    assert [entry.nct_id for entry in in_best_match_order(entries)] == [
        "NCT00000004",
        "NCT00000005",
        "NCT00000003",
        "NCT00000002",
        "NCT00000001",
    ]


def test_packing_again_drops_the_chunks_a_term_no_longer_needs():
    """A study that closes moves from the term's open chunks to its closed ones: the open chunk packed
    before is deleted, not left for searches to read."""
    store = MemoryIndexStore()
    lookups = Lookups(store)
    study = listing()

    def index(version: SearchListing) -> None:
        for sort_key in (keys.search_entry(True, version.nct_id), keys.search_entry(False, version.nct_id)):
            store.write_many([], [(keys.search_term("lung cancer"), sort_key)])
        item = {
            "pk": keys.search_term("lung cancer"),
            "sk": keys.search_entry(version.status == "RECRUITING", version.nct_id),
        }
        store.write_many([{**item, "line": term_line(version, 0)}])
        pack_terms(store, ["lung cancer"])

    def found(*, open_only: bool) -> list[str]:
        packed = lookups.term_posting("lung cancer", open_only=open_only, requests=1)
        return [entry.nct_id for entry in term_entries(packed or [])]

    index(study)
    assert found(open_only=True) == found(open_only=False) == ["NCT01234567"]
    index(listing(status="COMPLETED"))
    assert found(open_only=True) == [] and found(open_only=False) == ["NCT01234567"]
    partition = [item["sk"] for item in store.items() if item["pk"] == keys.search_posting("lung cancer")]
    assert partition == [keys.posting_chunk(False, 0)]
