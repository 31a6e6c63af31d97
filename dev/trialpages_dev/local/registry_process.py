"""The fake registry in a process of its own, like moto's server: its pages are built on another core
and its memory is not counted as the handlers' (the benchmark measures each function's peak)."""

from __future__ import annotations

import multiprocessing
from contextlib import suppress
from multiprocessing.connection import Connection

from trialpages_dev.fake_registry import FakeRegistry
from trialpages_dev.local.child_process import follow_parent

_START_TIMEOUT_S = 60


def _serve(records: list[dict], data_timestamp: str, host: str, connection: Connection) -> None:
    follow_parent()
    registry = FakeRegistry(records, data_timestamp=data_timestamp)
    with registry.serve(host=host) as server:
        connection.send(server.base_url)
        while (command := connection.recv()) != "stop":
            if command == "requests":
                connection.send([path for path, _ in registry.requests])


class FakeRegistryProcess:
    """Context manager: the fake ClinicalTrials.gov serving `records` from a child process; gives its base URL.

    The child is forked, so the records are shared with it rather than copied through a pipe: enter it
    before this process starts any thread.
    """

    def __init__(self, records: list[dict], *, data_timestamp: str, host: str = "127.0.0.1") -> None:
        self._arguments = (records, data_timestamp, host)
        self._connection: Connection | None = None
        self._process = None

    def __enter__(self) -> FakeRegistryProcess:
        context = multiprocessing.get_context("fork")
        self._connection, child_end = context.Pipe()
        self._process = context.Process(
            target=_serve, args=(*self._arguments, child_end), name="fake-ctgov", daemon=True
        )
        self._process.start()
        if not self._connection.poll(_START_TIMEOUT_S):
            self._process.kill()
            raise RuntimeError(f"the fake registry did not start within {_START_TIMEOUT_S} s")
        self.base_url: str = self._connection.recv()
        return self

    def request_paths(self) -> list[str]:
        """The path of every request the registry answered so far, in order."""
        self._connection.send("requests")
        return self._connection.recv()

    def __exit__(self, *exc_info) -> None:
        with suppress(BrokenPipeError):  # it has ended already: `pkill -f "trialpages demo"` matches it too
            self._connection.send("stop")
        self._process.join(timeout=10)
        if self._process.is_alive():
            self._process.kill()
