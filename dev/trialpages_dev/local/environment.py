"""The whole stack on one machine: moto's server, the fake registry, resources from template.yaml."""

from __future__ import annotations

import os
from contextlib import ExitStack
from dataclasses import dataclass

from trialpages_dev.local.moto_process import MotoServerProcess
from trialpages_dev.local.registry_process import FakeRegistryProcess
from trialpages_dev.local.stack import LocalStack, load_template, provision

from trialpages.aws.clients import client, reset_clients

_LOCAL_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "local",
    "AWS_SECRET_ACCESS_KEY": "local",
    "AWS_SESSION_TOKEN": "local",
    "AWS_DEFAULT_REGION": "us-east-1",
}


@dataclass
class LocalEnvironment:
    registry: FakeRegistryProcess
    stack: LocalStack
    aws_endpoint: str
    registry_url: str


class LocalStackRunner:
    """Context manager: starts the servers, provisions the stack and points every function at them.

    Functions read their settings from the environment, exactly as in Lambda; here the
    environment is the union of the functions' resolved template variables.
    """

    def __init__(
        self,
        records: list[dict],
        *,
        data_timestamp: str,
        host: str = "127.0.0.1",
        log_level: str = "WARNING",
        site_url: str = "http://127.0.0.1:8000",
    ) -> None:
        self._records = records
        self._site_url = site_url
        self._log_level = log_level
        self._data_timestamp = data_timestamp
        self._host = host
        self._exit = ExitStack()
        self._saved_environ: dict[str, str] = {}

    def __enter__(self) -> LocalEnvironment:
        # Forked first, while this process has no threads yet.
        registry = self._exit.enter_context(
            FakeRegistryProcess(self._records, data_timestamp=self._data_timestamp, host=self._host)
        )
        endpoint = self._exit.enter_context(MotoServerProcess(self._host))
        self._set_environ({**_LOCAL_CREDENTIALS, "AWS_ENDPOINT_URL": endpoint})
        reset_clients()

        stack = provision(
            load_template(),
            s3=client("s3"),
            sqs=client("sqs"),
            dynamodb=client("dynamodb"),
            # The site's pages name where the demo serves them, as a deployed stack's name its domain.
            parameters={"LogLevel": self._log_level, "SiteUrl": self._site_url},
        )
        environment: dict[str, str] = {}
        for function in stack.functions():
            environment.update(stack.function_environment(function))
        # The fake is the only registry here; its pace is ours to choose, the real API's is not.
        environment.update({"CTGOV_BASE_URL": registry.base_url, "CTGOV_MIN_INTERVAL_S": "0"})
        self._set_environ(environment)
        return LocalEnvironment(registry=registry, stack=stack, aws_endpoint=endpoint, registry_url=registry.base_url)

    def __exit__(self, *exc_info) -> None:
        self._exit.close()
        for name, value in self._saved_environ.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        reset_clients()

    def _set_environ(self, values: dict[str, str]) -> None:
        for name, value in values.items():
            self._saved_environ.setdefault(name, os.environ.get(name))
            os.environ[name] = value
