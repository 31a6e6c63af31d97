"""boto3 clients and resources, created lazily once per process (per Lambda cold start).

Lazily, because one created before moto's `mock_aws` starts would talk to real AWS.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import boto3
from botocore.config import Config

# No client-side parameter validation: the services validate every request anyway, and on a batch of
# index items it cost as much CPU as building the request.
_CONFIG = Config(retries={"mode": "standard", "max_attempts": 5}, max_pool_connections=16, parameter_validation=False)


@cache
def client(service: str) -> Any:
    return boto3.client(service, config=_CONFIG)


@cache
def resource(service: str) -> Any:
    return boto3.resource(service, config=_CONFIG)


def reset_clients() -> None:
    """Forget cached clients (tests start a fresh moto backend per test)."""
    client.cache_clear()
    resource.cache_clear()
