"""schemathesis against the generated OpenAPI, through the local HTTP gateway (real HTTP -> API Gateway v2 events).

Every generated request must get a documented status, a body that matches its schema, and
never a 5xx (all of schemathesis' checks but positive_data_acceptance, see below). Seeded with real data so lookups exercise the index, not only the 404 paths.
"""

from __future__ import annotations

import boto3
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance

from trialpages.local.handlers import load_handler
from trialpages.local.http_gateway import make_local_app


def test_api_answers_within_its_schema_and_never_with_a_server_error(indexed, stack):
    app = make_local_app(boto3.client("s3"), stack.refs["SiteBucket"], load_handler("lookup_api").lambda_handler)
    schema = schemathesis.openapi.from_wsgi("/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 7

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case):
            # A cursor is only valid as issued, so a schema-valid made-up one is rightly a 400.
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        check()
    print(f"schemathesis: {len(operations)} operations, 40 generated requests each, 0 failures")
