"""Start `trialpages demo` as `make demo` does, and wait until it serves."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

# Up to a minute: several helpers' test runs may share this machine's two cores.
SERVING_TIMEOUT_S = 60


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def demo_command() -> list[str]:
    script = Path(sys.executable).with_name("trialpages")  # the console script `make demo` runs
    return [str(script)] if script.exists() else [sys.executable, "-m", "trialpages_dev.cli"]


def wait_until_serving(demo: subprocess.Popen, port: int, timeout_s: float = SERVING_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        assert demo.poll() is None, f"the demo exited early with {demo.returncode}"
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"the demo did not serve on port {port} within {timeout_s} s")
