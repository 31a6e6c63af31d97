"""The stack the lookup benchmarks measure: the template provisioned on moto (with the local stack's speed-ups,
undone afterwards), the functions' environment set, and lookup_api's handler called as API Gateway would."""

from __future__ import annotations

import copy
import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import urlencode

import boto3
from moto import mock_aws

from trialpages.aws.clients import reset_clients
from trialpages_dev.local import moto_speedups


@contextmanager
def provisioned_stack(site_url: str) -> Iterator:
    """The provisioned LocalStack; on leaving, the clients, the collector and moto are as they were."""
    from trialpages_dev.local.stack import load_template, provision

    # moto accepts any credentials; these only keep botocore from looking for real ones.
    os.environ.update(AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench", AWS_DEFAULT_REGION="us-east-1")  # noqa: S106
    os.environ.pop("AWS_ENDPOINT_URL", None)
    moto_speedups.apply()
    try:
        with mock_aws():
            reset_clients()
            stack = provision(
                load_template(),
                s3=boto3.client("s3"),
                sqs=boto3.client("sqs"),
                dynamodb=boto3.client("dynamodb"),
                parameters={"SiteUrl": site_url},
            )
            for function in stack.functions():
                os.environ.update(stack.function_environment(function))
            try:
                yield stack
            finally:
                reset_clients()
                gc.unfreeze()
    finally:
        moto_speedups.undo()


def freeze_setup() -> None:
    """moto keeps the whole index in this process's heap, which Lambda's never holds: out of the collector's
    sight, a full collection walks only what the calls themselves allocate."""
    gc.collect()
    gc.freeze()


def lookup_api_caller(stack) -> Callable[..., dict]:
    """call(path, query, headers=None): lookup_api's response to a GET through the CDN, from its sample event."""
    from trialpages_dev.local.handlers import LocalLambdaContext, load_event, load_handler

    handler = load_handler("lookup_api").lambda_handler
    template_event = load_event("lookup_api_get_study.json")
    cdn_headers = {name.lower(): value for name, value in stack.origin_headers("api").items()}

    def call(path: str, query: dict, headers: dict | None = None) -> dict:
        event = copy.deepcopy(template_event)
        event["rawPath"] = event["requestContext"]["http"]["path"] = path
        event["rawQueryString"] = urlencode(query)
        event["queryStringParameters"] = query or None
        event["headers"].update({**(headers or {}), **cdn_headers})
        return handler(event, LocalLambdaContext("LookupApiFunction", timeout_s=10))

    return call
