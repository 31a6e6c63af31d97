"""Through the CDN only: a request without the header CloudFront adds (the stack's generated secret) is refused."""

from __future__ import annotations

from trialpages.services import lookup_api as lookup_wiring


def test_a_request_that_did_not_come_through_the_cdn_is_refused(api, stack):
    (sent_by_the_cdn,) = stack.origin_headers("api").items()

    direct = api("/v1/studies/NCT04267848", through_cdn=False)
    forged = api("/v1/studies/NCT04267848", headers={sent_by_the_cdn[0]: "guess-guess-guess-guess"}, through_cdn=False)
    through_cdn = api("/v1/studies/NCT04267848")

    assert sent_by_the_cdn[0] == "X-Origin-Verify" and len(sent_by_the_cdn[1]) == 48
    assert direct["statusCode"] == forged["statusCode"] == 403
    assert direct["json"]["status"] == 403 and direct["headers"]["Cache-Control"] == "no-store"
    assert through_cdn["statusCode"] == 200


def test_without_a_configured_value_every_request_is_answered(api, monkeypatch):
    monkeypatch.delenv("ORIGIN_VERIFY")
    lookup_wiring.reset()
    assert api("/v1/studies/NCT04267848", through_cdn=False)["statusCode"] == 200
