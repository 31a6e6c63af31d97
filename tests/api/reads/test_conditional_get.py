"""Every 200 carries an ETag, and the same request with If-None-Match answers 304 with no body, on every endpoint."""

from __future__ import annotations

import pytest

EVERY_ENDPOINT = [
    ("/v1/studies/NCT04267848", {}),
    ("/v1/studies", {"status": "recruiting"}),
    ("/v1/studies", {"near": "40.0,-75.0", "radius_km": "50"}),
    ("/v1/studies/NCT00042536/changes", {}),
    ("/v1/conditions", {}),
    ("/v1/conditions/{condition}", {}),
    ("/v1/changes", {"since": "2020-01-01"}),
    ("/v1/health", {}),
    ("/v1/openapi.json", {}),
    ("/v1/docs", {}),
]


@pytest.fixture
def condition(api):
    return api("/v1/conditions")["json"]["conditions"][0]["slug"]


@pytest.mark.parametrize(("path", "params"), EVERY_ENDPOINT)
def test_matching_if_none_match_answers_304_without_a_body(api, condition, path, params):
    path = path.format(condition=condition)
    first = api(path, params)
    etag = first["headers"]["ETag"]

    again = api(path, params, headers={"if-none-match": etag})

    assert first["statusCode"] == 200 and etag.startswith('"')
    assert again["statusCode"] == 304, again["body"]
    assert not again["body"]
    assert again["headers"]["ETag"] == etag
    assert again["headers"]["Cache-Control"] == first["headers"]["Cache-Control"]
    assert "Content-Type" not in again["headers"]


@pytest.mark.parametrize(("path", "params"), EVERY_ENDPOINT)
def test_a_stale_etag_gets_the_full_answer(api, condition, path, params):
    path = path.format(condition=condition)
    response = api(path, params, headers={"if-none-match": '"0123456789abcdef0123456789abcdef"'})

    assert response["statusCode"] == 200 and response["body"]


def test_weak_and_listed_etags_match_and_star_matches_anything(api):
    etag = api("/v1/conditions")["headers"]["ETag"]

    for header in (f"W/{etag}", f'"other", {etag}', "*"):
        assert api("/v1/conditions", headers={"if-none-match": header})["statusCode"] == 304, header


def test_etag_follows_the_content(api):
    recruiting = api("/v1/studies", {"status": "recruiting"})
    withdrawn = api("/v1/studies", {"status": "withdrawn"})

    assert recruiting["headers"]["ETag"] != withdrawn["headers"]["ETag"]
    stale = api("/v1/studies", {"status": "withdrawn"}, headers={"if-none-match": recruiting["headers"]["ETag"]})
    assert stale["statusCode"] == 200


def test_errors_and_redirects_carry_no_etag(api):
    assert "ETag" not in api("/v1/studies/NCT99999999")["headers"]
    assert "ETag" not in api("/v1/studies", {"limit": "0"})["headers"]
