"""moto's server in a process of its own: the handlers and moto then run side by side, one GIL each.

In a thread of the demo's process, every moto request would wait for the handlers' Python and
the other way round; in a child process the two use two cores.
"""

from __future__ import annotations

import logging
import multiprocessing
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event

from moto.server import ThreadedMotoServer

from trialpages.local import moto_speedups

_START_TIMEOUT_S = 60


def _serve(host: str, ready: Connection, stop: Event) -> None:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # moto's server logs every request
    moto_speedups.apply()
    server = ThreadedMotoServer(ip_address=host, port=0, verbose=False)
    server.start()
    ready.send(server.get_host_and_port())
    stop.wait()
    server.stop()


class MotoServerProcess:
    """Context manager: moto's threaded server in a child process; gives its endpoint URL."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._host = host
        self._context = multiprocessing.get_context("spawn")  # no inherited threads or locks
        self._stop = self._context.Event()
        self._process = None

    def __enter__(self) -> str:
        receive, send = self._context.Pipe(duplex=False)
        self._process = self._context.Process(
            target=_serve, args=(self._host, send, self._stop), name="moto-server", daemon=True
        )
        self._process.start()
        if not receive.poll(_START_TIMEOUT_S):
            self._process.kill()
            raise RuntimeError(f"moto's server did not start within {_START_TIMEOUT_S} s")
        host, port = receive.recv()
        return f"http://{host}:{port}"

    def __exit__(self, *exc_info) -> None:
        self._stop.set()
        self._process.join(timeout=10)
        if self._process.is_alive():
            self._process.kill()
