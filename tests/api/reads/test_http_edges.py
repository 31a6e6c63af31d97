"""HTTP edges: HEAD wherever GET works, 405 with Allow for other methods on a known path, bounded documents."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("path", ["/v1/studies/NCT04267848", "/v1/conditions", "/find/"])
def test_head_answers_as_get_would_without_a_body(api, path):
    got = api(path)
    head = api(path, method="HEAD")

    assert got["statusCode"] == head["statusCode"] == 200
    assert head["headers"]["ETag"] == got["headers"]["ETag"]
    assert head["headers"]["Content-Type"] == got["headers"]["Content-Type"]
    assert got["body"] and head["body"] == ""


def test_head_with_the_current_etag_answers_not_modified(api):
    etag = api("/v1/studies/NCT04267848")["headers"]["ETag"]
    assert api("/v1/studies/NCT04267848", headers={"if-none-match": etag}, method="HEAD")["statusCode"] == 304


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_another_method_on_a_known_path_is_405_with_allow(api, method):
    answer = api("/v1/studies/NCT04267848", method=method)

    assert answer["statusCode"] == 405
    assert answer["headers"]["Allow"] == "GET, HEAD"
    assert answer["json"]["status"] == 405 and answer["headers"]["Content-Type"] == "application/problem+json"


def test_an_unknown_path_stays_404_whatever_the_method(api):
    assert api("/v1/nothing-here", method="POST")["statusCode"] == 404
    assert api("/v1/nothing-here", method="HEAD")["statusCode"] == 404


def test_a_study_document_too_large_for_a_lambda_response_is_sent_to_the_sites_copy(api, monkeypatch):
    from trialpages.api import studies

    monkeypatch.setattr(studies, "MAX_DOCUMENT_BYTES", 1000)
    answer = api("/v1/studies/NCT04267848")

    assert answer["statusCode"] == 303 and not answer["body"]
    assert answer["headers"]["Location"] == "/data/studies/NCT04267848.json"
