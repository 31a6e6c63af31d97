"""schemathesis against the generated OpenAPI, through the local HTTP gateway (real HTTP -> API Gateway v2 events).

Every generated request must get a documented status, a body that matches its schema, and
never a 5xx (all of schemathesis' checks but positive_data_acceptance, see below). Each 200 is
then replayed with its ETag in If-None-Match (a documented 304, no body), and each next_cursor
replayed tampered (a documented 400). Seeded with real data so lookups exercise the index.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance

pytestmark = pytest.mark.slow

# A cursor is only valid as issued, so a schema-valid made-up one is rightly a 400.
EXCLUDED = [positive_data_acceptance]


def tampered(cursor: str) -> str:
    return cursor[:-1] + ("A" if cursor[-1] != "A" else "B")


def replay(case, response) -> None:
    """The same request with the answer's ETag, then with its cursor altered."""
    if response.status_code != 200:
        return
    (etag,) = response.headers["etag"]
    again = case.call(headers={"If-None-Match": etag})
    case.validate_response(again, excluded_checks=EXCLUDED)
    assert again.status_code == 304 and again.content == b"", case.as_curl_command()
    body = response.json() if response.headers.get("content-type") == ["application/json"] else None
    cursor = body.get("next_cursor") if isinstance(body, dict) else None
    if cursor:
        original = case.query
        case.query = {**(original or {}), "cursor": tampered(cursor)}
        refused = case.call()
        case.query = original
        case.validate_response(refused, excluded_checks=EXCLUDED)
        assert refused.status_code == 400, case.as_curl_command()


def test_api_answers_within_its_schema_and_never_with_a_server_error(indexed, gateway_app):
    schema = schemathesis.openapi.from_wsgi("/v1/openapi.json", gateway_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 7
    replays = {"304": 0, "tampered cursor": 0}

    for operation in operations:

        @given(case=operation.as_strategy())
        # derandomize: the same requests on every run, so a pass or a failure is the code's, not the draw's.
        @settings(
            max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None, derandomize=True
        )
        def check(case):
            response = case.call_and_validate(excluded_checks=EXCLUDED)
            replay(case, response)
            if response.status_code == 200:
                replays["304"] += 1
                replays["tampered cursor"] += bool((response.json() or {}).get("next_cursor"))

        check()
    assert replays["304"] and replays["tampered cursor"], replays
    print(f"schemathesis: {len(operations)} operations, 40 generated requests each, 0 failures; replays: {replays}")
