"""What the local servers' child processes do first: leave stopping to their parent, and die with it."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def follow_parent() -> None:
    # Ctrl-C and a closed terminal signal the whole process group; the parent then stops its
    # children in order, and here the signal would only print a second traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    # A forked child inherits the demo's SIGTERM handler, but here SIGTERM must simply end the process:
    # multiprocessing's exit handler terminates daemonic children with it (and `pkill -f` matches a forked one).
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # A SIGKILLed parent runs no cleanup at all: have the kernel kill this process when the parent
    # ends (daemon=True only helps when the parent's Python exits normally). The kernel watches the
    # thread that started this process, which here is the demo's main thread.
    if sys.platform == "linux":
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != multiprocessing.parent_process().pid:  # it ended before prctl took effect
        os._exit(1)
