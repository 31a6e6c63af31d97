"""moto's server in a process of its own: the handlers and moto then run side by side, one GIL each.

In a thread of the demo's process, every moto request would wait for the handlers' Python and
the other way round; in a child process the two use two cores.
"""

from __future__ import annotations

import logging
import multiprocessing
from multiprocessing.connection import Connection

from moto.server import ThreadedMotoServer
from trialpages_dev.local import moto_atomic_writes, moto_speedups
from trialpages_dev.local.child_process import follow_parent

_START_TIMEOUT_S = 60


def _serve(host: str, connection: Connection) -> None:
    follow_parent()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # moto's server logs every request
    moto_speedups.apply()
    moto_atomic_writes.apply()
    server = ThreadedMotoServer(ip_address=host, port=0, verbose=False)
    server.start()
    connection.send(server.get_host_and_port())
    connection.poll(None)  # nothing is sent: this returns at EOF, when the parent closes its end or ends
    server.stop()


class MotoServerProcess:
    """Context manager: moto's threaded server in a child process; gives its endpoint URL."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._host = host
        self._context = multiprocessing.get_context("spawn")  # no inherited threads or locks
        self._connection: Connection | None = None
        self._process = None

    def __enter__(self) -> str:
        self._connection, child_end = self._context.Pipe()
        self._process = self._context.Process(
            target=_serve, args=(self._host, child_end), name="moto-server", daemon=True
        )
        self._process.start()
        child_end.close()  # the child's copy is then the only one: it reads EOF when this process closes its end
        if not self._connection.poll(_START_TIMEOUT_S):
            self._process.kill()
            raise RuntimeError(f"moto's server did not start within {_START_TIMEOUT_S} s")
        host, port = self._connection.recv()
        return f"http://{host}:{port}"

    def __exit__(self, *exc_info) -> None:
        # The stop signal is EOF: unlike setting a multiprocessing.Event (which waits for the waiter
        # to wake), closing a pipe cannot hang on a child that a signal to the process group has killed.
        self._connection.close()
        self._process.join(timeout=10)
        if self._process.is_alive():
            self._process.kill()
