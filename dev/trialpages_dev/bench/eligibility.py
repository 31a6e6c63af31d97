"""The plain-English eligibility over the corpus: translator time, readability against the original."""

from __future__ import annotations

import time

import textstat

from trialpages.eligibility import translate_eligibility
from trialpages.eligibility.facts import compile_patterns
from trialpages_dev.bench.readability import reading_grade
from trialpages_dev.bench.stats import distribution


def measure_eligibility(records: list[dict]) -> dict:
    # Each pattern is compiled at its first use, once a process: timed apart, so that a study's time is its own.
    started = time.perf_counter()
    patterns = compile_patterns()
    compile_ms = (time.perf_counter() - started) * 1000
    timings_ms: list[float] = []
    plain_grades: list[float] = []
    original_grades: list[float] = []
    items = 0
    for record in records:
        module = record.get("protocolSection", {}).get("eligibilityModule")
        started = time.perf_counter()
        plain = translate_eligibility(module)
        timings_ms.append((time.perf_counter() - started) * 1000)
        texts = [item.text for item in plain.all_items() if item.text]  # a group's title is not an item
        if not texts:
            continue
        items += len(texts)
        plain_grades.append(reading_grade(texts))
        original_grades.append(textstat.flesch_kincaid_grade(module.get("eligibilityCriteria") or ""))
    return {
        "studies": len(records),
        "plain_items": items,
        "patterns": patterns,
        "compile_patterns_ms": round(compile_ms, 1),
        "translate_ms": distribution(timings_ms),
        "flesch_kincaid_plain": distribution(plain_grades, 1),
        "flesch_kincaid_original": distribution(original_grades, 1),
    }
