"""Each CloudFront behaviour gets the response headers its content needs: pages no script at all,
the JSON API nothing at all, the Swagger UI page exactly its own inline script and styles."""

from __future__ import annotations

import copy
import re

from trialpages_dev.local.handlers import LocalLambdaContext, load_event, load_handler


def distribution(template: dict) -> dict:
    return template["Resources"]["SiteDistribution"]["Properties"]["DistributionConfig"]


def headers_of(template: dict, behaviour: dict) -> dict:
    policy = behaviour["ResponseHeadersPolicyId"]["Ref"]
    return template["Resources"][policy]["Properties"]["ResponseHeadersPolicyConfig"]["SecurityHeadersConfig"]


def csp_of(template: dict, behaviour: dict) -> dict[str, list[str]]:
    text = headers_of(template, behaviour)["ContentSecurityPolicy"]["ContentSecurityPolicy"]
    directives = [part.split() for part in text.split(";") if part.strip()]
    return {name: sources for name, *sources in directives}


def behaviour_for(template: dict, path: str) -> dict:
    """The behaviour CloudFront picks for `path`: the first matching pattern, else the default."""
    for behaviour in distribution(template)["CacheBehaviors"]:
        pattern = "^" + re.escape(behaviour["PathPattern"]).replace(r"\*", ".*") + "$"
        if re.match(pattern, path):
            return behaviour
    return distribution(template)["DefaultCacheBehavior"]


def test_site_pages_run_no_script(template):
    for path in ("/", "/studies/NCT05827016/", "/conditions/multiple-myeloma/", "/feeds/changes.xml"):
        behaviour = behaviour_for(template, path)
        assert behaviour["ResponseHeadersPolicyId"] == {"Ref": "SiteResponseHeadersPolicy"}, path
        assert csp_of(template, behaviour)["script-src"] == ["'none'"]


def test_json_lookups_allow_nothing_to_load_or_run(template):
    for path in ("/v1/studies/NCT05827016", "/v1/studies", "/v1/openapi.json", "/v1/conditions/asthma"):
        behaviour = behaviour_for(template, path)
        assert behaviour["TargetOriginId"] == "api", path
        csp = csp_of(template, behaviour)
        assert csp["default-src"] == ["'none'"] and "script-src" not in csp and "style-src" not in csp, path
        assert csp["frame-ancestors"] == ["'none'"]


def test_swagger_ui_gets_its_inline_script_and_styles_and_nothing_from_elsewhere(template):
    behaviour = behaviour_for(template, "/v1/docs")
    csp = csp_of(template, behaviour)

    assert behaviour["TargetOriginId"] == "api"
    assert behaviour["ResponseHeadersPolicyId"] != behaviour_for(template, "/v1/studies")["ResponseHeadersPolicyId"]
    assert csp["default-src"] == ["'none'"]
    assert csp["script-src"] == ["'unsafe-inline'"] and csp["style-src"] == ["'unsafe-inline'"]
    assert csp["connect-src"] == ["'self'"] and csp["frame-ancestors"] == ["'none'"]
    assert all(not source.startswith(("http", "*")) for sources in csp.values() for source in sources)


def test_every_behaviour_keeps_the_transport_and_sniffing_headers(template):
    config = distribution(template)
    for behaviour in [config["DefaultCacheBehavior"], *config["CacheBehaviors"]]:
        headers = headers_of(template, behaviour)
        assert headers["StrictTransportSecurity"]["AccessControlMaxAgeSec"] >= 31536000
        assert headers["ContentTypeOptions"]["Override"] is True
        assert headers["FrameOptions"]["FrameOption"] == "DENY"
        assert "ReferrerPolicy" in headers


def test_the_docs_page_really_is_inline_only(template, stack):
    """The policy above fits the page lookup_api serves: every script and style inline, none fetched."""
    event = copy.deepcopy(load_event("lookup_api_get_study.json"))
    event.update(rawPath="/v1/docs", rawQueryString="", queryStringParameters=None, pathParameters={"proxy": "docs"})
    event["requestContext"]["http"].update(path="/v1/docs", method="GET")
    event["headers"].update({name.lower(): value for name, value in stack.origin_headers("api").items()})

    response = load_handler("lookup_api").lambda_handler(event, LocalLambdaContext("LookupApiFunction"))

    html = response["body"]
    assert response["statusCode"] == 200 and "SwaggerUIBundle" in html
    assert re.findall(r"<script\b[^>]*\bsrc=", html) == []
    assert re.findall(r"<link\b[^>]*\bstylesheet", html) == []
    assert len(re.findall(r"<script>", html)) >= 2
