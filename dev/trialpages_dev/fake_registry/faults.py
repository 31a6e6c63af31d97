"""Faults the fake registry can inject, consumed in order by the requests they match."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("429", "500", "503", "slow", "timeout", "truncated", "empty_last_page", "expired_token")


@dataclass
class Fault:
    kind: str
    times: int = 1
    path_prefix: str | None = None  # e.g. "/studies"; None matches every path
    retry_after: str | None = None  # the Retry-After header a 429/503 carries, if any
    delay_s: float = 0.0  # for "slow" and, on the HTTP server, "timeout"

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault kind {self.kind!r}; one of {', '.join(KINDS)}")
        if self.times < 1:
            raise ValueError("a fault happens at least once")

    def applies_to(self, path: str, params: dict[str, str]) -> bool:
        if self.path_prefix and not path.startswith(self.path_prefix):
            return False
        if self.kind == "expired_token":
            return "pageToken" in params
        if self.kind == "empty_last_page":
            return path == "/studies"
        return True


def parse_fault(spec: str) -> Fault:
    """`KIND[:TIMES]`, as `trialpages fake-ctgov --fault 429:3` takes it."""
    kind, _, times = spec.partition(":")
    return Fault(kind=kind, times=int(times) if times else 1)
