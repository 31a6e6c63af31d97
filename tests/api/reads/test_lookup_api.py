"""lookup_api over moto, through the handler with events/ samples: answers, caching and bad input."""

from __future__ import annotations

import pytest

from tests.api.conftest import PROBLEM, STUDIES, every_page


def test_study_document_is_served_with_validators(api):
    response = api("/v1/studies/NCT04267848")

    assert response["statusCode"] == 200
    assert response["json"]["nct_id"] == "NCT04267848"
    assert response["headers"]["ETag"].startswith('"')
    assert "max-age" in response["headers"]["Cache-Control"]
    assert response["headers"]["Last-Modified"].endswith("GMT")


def test_matching_etag_answers_not_modified(api):
    etag = api("/v1/studies/NCT04267848")["headers"]["ETag"]

    response = api("/v1/studies/NCT04267848", headers={"if-none-match": etag})

    assert response["statusCode"] == 304 and not response["body"]


def test_unknown_study_is_404_and_malformed_id_is_400_in_one_error_shape(api):
    missing = api("/v1/studies/NCT99999999")
    malformed = api("/v1/studies/NCT12")

    assert (missing["statusCode"], missing["headers"]["Content-Type"]) == (404, PROBLEM)
    assert (malformed["statusCode"], malformed["headers"]["Content-Type"]) == (400, PROBLEM)
    assert set(malformed["json"]) >= {"type", "title", "status", "detail"}


def test_alias_redirects_to_the_current_id(api, indexed):
    record = next(
        r for r in indexed["records"].values() if r["protocolSection"]["identificationModule"].get("nctIdAliases")
    )
    identification = record["protocolSection"]["identificationModule"]

    response = api(f"/v1/studies/{identification['nctIdAliases'][0]}")

    assert response["statusCode"] == 301
    assert response["headers"]["Location"] == f"/v1/studies/{identification['nctId']}"


def test_list_pages_with_a_cursor_cover_every_study_once(api, indexed):
    seen = [study["nct_id"] for study in every_page(api, "/v1/studies", {"limit": "2"})]

    assert sorted(seen) == sorted(indexed["records"])
    updates = [
        indexed["records"][n]["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"]["date"] for n in seen
    ]
    assert updates == sorted(updates, reverse=True)


def test_filters_combine_on_one_partition(api):
    recruiting = api("/v1/studies", {"status": "RECRUITING"})["json"]["studies"]
    lung_recruiting = api("/v1/studies", {"condition": "Lung Non-Small Cell Carcinoma", "status": "recruiting"})

    assert [s["nct_id"] for s in recruiting] == ["NCT04267848"]
    assert [s["nct_id"] for s in lung_recruiting["json"]["studies"]] == ["NCT04267848"]
    assert (
        api("/v1/studies", {"status": "withdrawn", "country": "Germany"})["json"]["studies"][0]["nct_id"]
        == "NCT00382161"
    )


def test_updated_since_keeps_only_newer_updates(api, indexed):
    studies = api("/v1/studies", {"updated_since": "2025-01-01"})["json"]["studies"]

    assert studies and all(study["last_update"] >= "2025-01-01" for study in studies)


def test_near_finds_studies_with_a_site_in_the_radius_nearest_first(api, indexed):
    record = indexed["records"]["NCT04267848"]
    site = next(loc for loc in record["protocolSection"]["contactsLocationsModule"]["locations"] if loc.get("geoPoint"))
    lat, lon = site["geoPoint"]["lat"] + 0.05, site["geoPoint"]["lon"]

    response = api("/v1/studies", {"near": f"{lat},{lon}", "radius_km": "20"})

    (found,) = response["json"]["studies"]
    assert found["nct_id"] == "NCT04267848"
    assert found["distance_km"] <= 6
    assert found["nearest_site"]["city"]


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "101"},
        {"limit": "0"},
        {"cursor": "bm90LWEtY3Vyc29y"},
        {"cursor": "%%%"},
        {"updated_since": "yesterday"},
        {"updated_since": "2024-13-45"},
        {"updated_since": "2024-02-30"},
        {"near": "95,10"},
        {"near": "10,10", "condition": "asthma"},
        {"near": "10,10", "updated_since": "2025-01-01"},
        {"radius_km": "10"},
        {"radius_km": "10", "status": "recruiting"},
        [("status", "recruiting"), ("status", "completed")],
        [("limit", "5"), ("limit", "6")],
        {"status": "RECRUITING,COMPLETED"},
        {"phase": "PHASE1,PHASE2"},
        {"colour": "blue"},
        {"condition": "x" * 3000},
    ],
)
def test_bad_input_is_a_400_problem_never_a_500(api, params):
    response = api("/v1/studies", params)

    assert response["statusCode"] == 400, response["body"]
    assert response["headers"]["Content-Type"] == PROBLEM
    assert response["json"]["status"] == 400 and response["json"]["detail"]


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/v1/studies/NCT04267848", {"fields": "all"}),
        ("/v1/conditions", [("limit", "5"), ("limit", "5")]),
        ("/v1/conditions/lung-neoplasms", {"status": "recruiting"}),
        ("/v1/changes", {"since": "2024-13-45"}),
        ("/v1/changes", {"since": "2025-02-29"}),
        ("/v1/changes", [("since", "2025-01-01"), ("since", "2025-02-01")]),
        ("/v1/changes", {}),
        ("/v1/studies/NCT04267848/changes", {"limit": "101"}),
    ],
)
def test_odd_input_is_refused_the_same_way_on_every_endpoint(api, path, params):
    response = api(path, params)

    assert response["statusCode"] == 400, response["body"]
    assert response["headers"]["Content-Type"] == PROBLEM


def test_cursor_of_another_query_is_refused(api):
    cursor = api("/v1/studies", {"limit": "1"})["json"]["next_cursor"]

    response = api("/v1/studies", {"limit": "1", "status": "recruiting", "cursor": cursor})

    assert response["statusCode"] == 400


def test_study_changes_and_conditions(api):
    changes = api("/v1/studies/NCT00042536/changes")
    conditions = api("/v1/conditions")["json"]["conditions"]
    slug = next(c["slug"] for c in conditions if "lung" in c["slug"])
    detail = api(f"/v1/conditions/{slug}")["json"]

    assert changes["statusCode"] == 200 and changes["json"]["nct_id"] == "NCT00042536"
    assert detail["count"] >= 1 and detail["studies"][0]["nct_id"] == "NCT04267848"
    assert detail["totals"]["exact"] and sum(detail["totals"]["by_status"].values()) == detail["totals"]["studies"]
    assert api("/v1/conditions/no-such-condition")["statusCode"] == 404


def test_health_openapi_and_docs(api):
    assert api("/v1/health")["json"] == {"status": "ok"}
    spec = api("/v1/openapi.json")["json"]
    assert {"/v1/studies", "/v1/studies/{nct_id}", "/v1/conditions", "/v1/changes"} <= set(spec["paths"])
    docs = api("/v1/docs")
    assert docs["statusCode"] == 200 and "swagger" in docs["body"].lower()
    assert '"/v1/studies/{nct_id}"' in docs["body"]  # the spec is embedded: the page needs no other request


def test_openapi_describes_the_study_document_and_change_lists_field_by_field(api):
    spec = api("/v1/openapi.json")["json"]
    schemas = spec["components"]["schemas"]

    def schema_of(path: str) -> dict:
        ref = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        return schemas[ref.rsplit("/", 1)[-1]]

    assert {"nct_id", "overall_status", "eligibility", "locations"} <= set(
        schema_of("/v1/studies/{nct_id}")["properties"]
    )
    for path in ("/v1/studies/{nct_id}/changes", "/v1/changes"):
        change_ref = schema_of(path)["properties"]["changes"]["items"]["$ref"]
        assert set(schemas[change_ref.rsplit("/", 1)[-1]]["properties"]) == {
            "nct_id",
            "date",
            "kind",
            "summary",
            "details",
        }


def test_cors_allows_any_origin_for_get(api):
    response = api("/v1/health", headers={"origin": "https://partner.example"})

    assert response["headers"]["Access-Control-Allow-Origin"] == "*"


def test_every_indexed_study_is_listed(api):
    listed = {s["nct_id"] for s in api("/v1/studies", {"limit": "100"})["json"]["studies"]}

    assert set(STUDIES) <= listed
