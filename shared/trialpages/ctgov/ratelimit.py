"""A client-side request budget: at most N requests in any 60 s, and a minimum gap between them."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable


class RateLimiter:
    def __init__(
        self,
        max_per_minute: int,
        min_interval_s: float,
        *,
        sleep: Callable[[float], None],
        clock: Callable[[], float],
    ) -> None:
        if max_per_minute < 1:
            raise ValueError("max_per_minute must be at least 1")
        self._max = max_per_minute
        self._gap = min_interval_s
        self._sleep = sleep
        self._clock = clock
        self._sent: deque[float] = deque()
        self._lock = threading.Lock()

    def wait_for_slot(self) -> float:
        """Block until a request may go out; returns the seconds waited."""
        with self._lock:
            waited = 0.0
            while True:
                now = self._clock()
                while self._sent and now - self._sent[0] >= 60.0:
                    self._sent.popleft()
                delay = 0.0
                if len(self._sent) >= self._max:
                    delay = 60.0 - (now - self._sent[0])
                if self._sent and self._gap:
                    delay = max(delay, self._gap - (now - self._sent[-1]))
                if delay <= 0:
                    self._sent.append(now)
                    return waited
                self._sleep(delay)
                waited += delay
