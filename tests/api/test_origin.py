"""Through the CDN only: with ORIGIN_VERIFY set, a request without CloudFront's secret header is refused."""

from __future__ import annotations

from trialpages.services import lookup_api as lookup_wiring

ORIGIN_VALUE = "the-value-cloudfront-sends"


def test_a_request_that_did_not_come_through_the_cdn_is_refused(api, monkeypatch):
    monkeypatch.setenv("ORIGIN_VERIFY", ORIGIN_VALUE)
    lookup_wiring.reset()

    direct = api("/v1/studies/NCT04267848")
    forged = api("/v1/studies/NCT04267848", headers={"x-origin-verify": "guess-guess-guess-guess"})
    through_cdn = api("/v1/studies/NCT04267848", headers={"x-origin-verify": ORIGIN_VALUE})

    assert direct["statusCode"] == forged["statusCode"] == 403
    assert direct["json"]["status"] == 403 and direct["headers"]["Cache-Control"] == "no-store"
    assert through_cdn["statusCode"] == 200


def test_without_a_configured_secret_every_request_is_answered(api):
    assert api("/v1/studies/NCT04267848")["statusCode"] == 200
