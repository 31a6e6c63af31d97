"""The recognisers' patterns: compiled once a process, however many threads first need one at the same time."""

from __future__ import annotations

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from trialpages.eligibility.facts import base
from trialpages.eligibility.facts.base import Recogniser


def test_pattern_compiled_once_when_threads_first_use_it_together(monkeypatch):
    compiled = []
    real_compile = re.compile
    started = threading.Barrier(3)

    def slow_compile(source, flags=0):
        compiled.append(source)
        time.sleep(0.05)  # a long compile: the other threads get the interpreter meanwhile
        return real_compile(source, flags)

    monkeypatch.setattr(base, "_compiled_patterns", {})
    monkeypatch.setattr(base.re, "compile", slow_compile)
    recogniser = Recogniser("thread-test", ("aged",), r"aged (?P<years>\d+) or older", build=lambda match: None)

    def first_use(_):
        started.wait()
        return recogniser.pattern

    with ThreadPoolExecutor(max_workers=3) as pool:
        patterns = list(pool.map(first_use, range(3)))

    assert compiled == [r"aged (?P<years>\d+) or older"]
    assert patterns[0] is patterns[1] is patterns[2]
    assert patterns[0].match("aged 18 or older")["years"] == "18"
