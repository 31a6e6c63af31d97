"""Normalize + render every bundled record: per-study time and pages a second."""

from __future__ import annotations

import gzip
import time

from trialpages.site.page import render_study_page
from trialpages.study import normalize_study
from trialpages_dev.bench.stats import distribution

SITE_URL = "https://trialpages.example"


def measure_render(records: list[dict], *, warmup: int = 20) -> dict:
    for record in records[:warmup]:  # compile templates and fill caches first
        render_study_page(normalize_study(record), site_url=SITE_URL)
    timings_ms: list[float] = []
    raw_sizes: list[float] = []
    gzip_sizes: list[float] = []
    started = time.perf_counter()
    for record in records:
        begin = time.perf_counter()
        html = render_study_page(normalize_study(record), site_url=SITE_URL).encode("utf-8")
        timings_ms.append((time.perf_counter() - begin) * 1000)
        raw_sizes.append(len(html) / 1024)
        gzip_sizes.append(len(gzip.compress(html, 6)) / 1024)
    elapsed = time.perf_counter() - started
    return {
        "studies": len(records),
        "normalize_render_ms": distribution(timings_ms),
        "studies_per_second": round(len(records) / elapsed, 1),
        "page_kib": distribution(raw_sizes, 1),
        "page_gzip_kib": distribution(gzip_sizes, 1),
    }
