"""`trialpages demo` ended by a signal leaves none of its child processes (moto, the fake registry) running."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from trialpages_dev.records import export_records, iter_records

from tests.local.demo_process import demo_command, free_port, wait_until_serving

pytestmark = pytest.mark.slow


def descendants(pid: int) -> list[int]:
    found = []
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            listed = children.read_text().split()
        except FileNotFoundError:  # a thread that ended between the listing and the read
            continue
        for child in map(int, listed):
            found += [child, *descendants(child)]
    return found


def alive(pids: list[int]) -> list[int]:
    """The pids still running: a zombie has ended, it only waits for its parent to reap it."""
    running = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except FileNotFoundError:
            continue
        if state != "Z":
            running.append(pid)
    return running


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process tree from /proc")
@pytest.mark.parametrize(
    ("signum", "status"),
    [
        (signal.SIGTERM, 128 + signal.SIGTERM),  # pkill, timeout: stopped in order like Ctrl-C
        (signal.SIGKILL, -signal.SIGKILL),  # no cleanup in the demo: its children must notice it is gone
    ],
    ids=["SIGTERM", "SIGKILL"],
)
def test_a_signalled_demo_exits_and_leaves_no_child_process(tmp_path, signum, status):
    records = export_records(list(itertools.islice(iter_records(), 3)), tmp_path / "records")
    port = free_port()
    command = demo_command()
    arguments = ["demo", "--records", str(records), "--port", str(port)]
    with (tmp_path / "stdout").open("w") as stdout, (tmp_path / "stderr").open("w") as stderr:
        demo = subprocess.Popen([*command, *arguments], stdout=stdout, stderr=stderr, cwd=tmp_path)
    children: list[int] = []
    try:
        wait_until_serving(demo, port)
        children = descendants(demo.pid)
        assert len(children) >= 2, "expected moto's server and the fake registry"

        demo.send_signal(signum)
        returncode = demo.wait(timeout=15)
        deadline = time.monotonic() + 5
        while alive(children) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert alive(children) == []
        assert returncode == status
        assert "Traceback" not in (tmp_path / "stderr").read_text()
    finally:
        demo.kill()
        for pid in alive(children):  # only what this test started, should an assertion above have failed
            os.kill(pid, signal.SIGKILL)


def test_the_demo_gives_back_the_callers_signal_handlers(monkeypatch):
    from trialpages_dev.cli import demo

    def callers_handler(signum, frame):
        raise AssertionError("not called here")

    monkeypatch.setattr(demo, "_demo", lambda args: 0)
    before = {signum: signal.signal(signum, callers_handler) for signum in (signal.SIGTERM, signal.SIGHUP)}
    try:
        assert demo._run(args=None) == 0
        assert signal.getsignal(signal.SIGTERM) is callers_handler
        assert signal.getsignal(signal.SIGHUP) is callers_handler
    finally:
        for signum, handler in before.items():
            signal.signal(signum, handler)
