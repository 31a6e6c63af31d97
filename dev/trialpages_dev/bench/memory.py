"""Peak resident memory of this process over a block of work (Linux: VmHWM, reset through clear_refs)."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


def _status_kib(field: str) -> int:
    for line in _STATUS.read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} is not in {_STATUS}")


@contextmanager
def peak_memory(into: dict):
    """Fill `into` with the resident memory at the start, the peak during the block and the growth, in MiB.

    This is what Lambda reports as "Max Memory Used" for the process that runs a function; the
    growth is what the work itself needed above what was already loaded.
    """
    _CLEAR_REFS.write_text("5")  # resets the high-water mark to the current resident size
    start = _status_kib("VmRSS")
    yield into
    peak = _status_kib("VmHWM")
    into.update(rss_start_mib=round(start / 1024, 1), rss_peak_mib=round(peak / 1024, 1))
    into["rss_growth_mib"] = round((peak - start) / 1024, 1)
