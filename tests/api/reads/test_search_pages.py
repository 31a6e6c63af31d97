"""/find/ and /v1/search: redirects, bad input, unknown places, filters and the bounded, Scan-free reads."""

from __future__ import annotations

import re

import pytest

from trialpages.aws.clients import resource

LUNG = "NCT04267848"  # recruiting, 1,148 sites with geo points


@pytest.fixture
def scans(stack):
    made: list[str] = []
    client = resource("dynamodb").meta.client

    def count(**_) -> None:
        made.append("Scan")

    client.meta.events.register("before-call.dynamodb.Scan", count)
    yield made
    client.meta.events.unregister("before-call.dynamodb.Scan", count)


@pytest.fixture
def calls(stack):
    """Every DynamoDB request the API makes."""
    made: list[str] = []

    def count(event_name: str, **_) -> None:
        made.append(event_name.rsplit(".", 1)[-1])

    client = resource("dynamodb").meta.client
    client.meta.events.register("before-call.dynamodb", count)
    yield made
    client.meta.events.unregister("before-call.dynamodb", count)


def test_an_nct_id_goes_straight_to_its_study_page(api):
    found = api("/find/", {"q": f" {LUNG.lower()} "})
    assert found["statusCode"] == 302 and found["headers"]["Location"] == f"/studies/{LUNG}/"
    assert api("/v1/search", {"q": LUNG})["headers"]["Location"] == f"/v1/studies/{LUNG}"


def test_an_alias_goes_to_the_current_study(api, indexed):
    aliased = next(
        r for r in indexed["records"].values() if r["protocolSection"]["identificationModule"].get("nctIdAliases")
    )
    alias = aliased["protocolSection"]["identificationModule"]["nctIdAliases"][0]
    current = aliased["protocolSection"]["identificationModule"]["nctId"]
    assert api("/find/", {"q": alias})["headers"]["Location"] == f"/studies/{current}/"


def test_an_unknown_nct_id_says_so_on_the_search_page(api):
    page = api("/find/", {"q": "NCT99999999"})
    assert page["statusCode"] == 404 and "There is no study NCT99999999" in page["body"]
    assert 'value="NCT99999999"' in page["body"]


def test_a_place_that_does_not_exist_gets_a_400_page_with_the_form_kept(api):
    page = api("/find/", {"q": "lung cancer", "place": "Nowhereville, Atlantis", "age": "54", "sex": "female"})
    assert page["statusCode"] == 400
    assert page["headers"]["Content-Type"].startswith("text/html")
    body = page["body"]
    assert "could not find a place called “Nowhereville, Atlantis”" in body
    assert 'value="lung cancer"' in body and 'value="Nowhereville, Atlantis"' in body and 'value="54"' in body
    assert re.search(r'<option value="female" selected>', body)
    problem = api("/v1/search", {"q": "lung cancer", "place": "Nowhereville, Atlantis"})
    assert problem["statusCode"] == 400 and "Nowhereville" in problem["json"]["detail"]


@pytest.mark.parametrize(
    "params",
    [
        {"age": "old"},
        {"age": "-3"},
        {"distance_km": "5000"},
        {"distance_km": "nan"},
        {"sex": "robot"},
        {"phase": "9"},
        {"open": "maybe"},
        {"limit": "0"},
        {"cursor": "forged"},
        {"colour": "blue"},
        {"q": "x" * 201},
    ],
)
def test_bad_input_gets_a_400_page_never_a_500(api, params):
    page = api("/find/", {"q": "lung cancer", **params})
    assert page["statusCode"] == 400, page["body"]
    assert page["headers"]["Content-Type"].startswith("text/html")
    assert '<form class="search-form"' in page["body"]
    assert api("/v1/search", {"q": "lung cancer", **params})["statusCode"] == 400


def test_a_repeated_parameter_gets_the_html_page_too(api):
    page = api("/find/", [("q", "lung cancer"), ("q", "asthma")])
    assert page["statusCode"] == 400 and page["headers"]["Content-Type"].startswith("text/html")


def test_a_brand_name_finds_its_studies_in_patients_words(api):
    """Lung cancer as the patient says it; "NSCLC" as the sponsor wrote it."""
    for words in ("lung cancer", "Lung-Cancers", "NSCLC"):
        answer = api("/v1/search", {"q": words, "open": "0"})["json"]
        assert LUNG in [r["nct_id"] for r in answer["results"]], words


def test_filters_leave_out_who_may_not_join(api):
    base = {"q": "lung cancer", "open": "0"}
    assert api("/v1/search", base)["json"]["total"] >= 1
    assert LUNG not in [r["nct_id"] for r in api("/v1/search", {**base, "age": "10"})["json"]["results"]]
    assert LUNG in [r["nct_id"] for r in api("/v1/search", {**base, "age": "60"})["json"]["results"]]


def test_a_search_makes_a_bounded_number_of_queries_and_no_scan(api, calls, scans):
    for params in (
        {"q": "lung cancer", "place": "78701", "distance_km": "100"},
        {"place": "Lyon, France", "distance_km": "100", "open": "0"},
        {"q": "lung cancer", "place": "France"},
        {"q": "keytruda"},
        {"place": "Longyearbyen, Norway", "distance_km": "100"},
        {"place": "Fiji", "distance_km": "100"},
    ):
        calls.clear()
        response = api("/v1/search", params)
        assert response["statusCode"] in (200, 400), response["body"]
        assert len(calls) <= 10, (params, calls)
    assert not scans


def test_the_search_page_needs_no_script_and_keeps_its_query_in_the_url(api):
    page = api("/find/", {"q": "lung cancer", "place": "Chicago, Illinois"})
    assert page["statusCode"] == 200
    body = page["body"]
    assert "<script" not in body and '<form class="search-form" method="get" action="/find/"' in body
    assert "near Chicago, Illinois" in body


def test_the_openapi_document_describes_search(api):
    document = api("/v1/openapi.json")["json"]
    parameters = {p["name"] for p in document["paths"]["/v1/search"]["get"]["parameters"]}
    assert parameters == {
        "q",
        "place",
        "distance_km",
        "open",
        "age",
        "sex",
        "healthy",
        "phase",
        "type",
        "limit",
        "cursor",
    }
    assert "/find/" not in document["paths"]


def test_the_local_gateway_serves_the_search_page_as_the_cdn_does(indexed, gateway_app):
    """`make demo` serves /find/ through the same WSGI app."""
    import io

    answered: list[str] = []
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/find/",
        "QUERY_STRING": "q=lung+cancer&place=78701",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.url_scheme": "http",
    }
    body = b"".join(gateway_app(environ, lambda status, headers: answered.append(status)))
    assert answered == ["200 OK"] and b"near 78701 (Austin, TX)" in body
