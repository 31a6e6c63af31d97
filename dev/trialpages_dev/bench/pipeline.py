"""The whole local pipeline (fake registry + moto's server: detect, render, publish) at 1, 10 and 100
times the bundled corpus: wall time, registry requests per study, each function's time and peak memory.

Each scale runs in a fresh process, so one run's memory is not the next one's baseline. The fake
registry and moto's server run in processes of their own: the memory measured is the handlers'.
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager, redirect_stdout
from multiprocessing import get_context
from pathlib import Path

from trialpages_dev.bench.memory import peak_memory

DATA_TIMESTAMP = "2026-11-24T09:00:00"
FUNCTIONS = ("detect_changes", "render_study", "publish_site")


def measure_pipeline(source: Path | None, scales: tuple[int, ...] = (1, 10)) -> dict:
    runs = {}
    for scale in scales:
        with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
            runs[f"x{scale}"] = pool.submit(run_at_scale, source, scale).result()
    return {"runs": runs, "growth": growth(runs)}


def run_at_scale(source: Path | None, copies: int) -> dict:
    from trialpages_dev.bench.synthetic import scaled_corpus
    from trialpages_dev.local.demo import run_cycle
    from trialpages_dev.local.environment import LocalStackRunner
    from trialpages_dev.records import load_records

    records = scaled_corpus(load_records(source), copies)
    functions: dict[str, dict] = {}

    @contextmanager
    def stage(function: str):
        figures = functions[function] = {}
        started = time.perf_counter()
        with peak_memory(figures):
            yield
        figures["seconds"] = round(time.perf_counter() - started, 2)
        figures["ms_per_study"] = round(figures["seconds"] * 1000 / len(records), 3)

    # The functions' log and metric lines are not the benchmark's output.
    with (
        LocalStackRunner(records, data_timestamp=DATA_TIMESTAMP) as environment,
        open(os.devnull, "w") as quiet,
        redirect_stdout(quiet),
    ):
        summary = run_cycle(environment, progress=True, stage=stage)
    return {
        "studies": len(records),
        "copies": copies,
        "summary": summary.model_dump(),
        "seconds": summary.seconds,
        "studies_per_second": round(summary.rendered / summary.seconds, 1),
        "registry_requests_per_study": round(summary.registry_requests / len(records), 5),
        "functions": functions,
    }


def growth(runs: dict) -> dict:
    """Against the smallest run: how many times the studies, the wall time and each function's
    time and peak memory grew (linear time: time grows as the studies; flat memory: it does not grow)."""
    ordered = sorted(runs.values(), key=lambda run: run["studies"])
    base = ordered[0]
    result = {}
    for run in ordered[1:]:
        result[f"x{run['copies']}"] = {
            "studies": round(run["studies"] / base["studies"], 2),
            "seconds": round(run["seconds"] / base["seconds"], 2),
            "functions": {
                name: {
                    "seconds": round(
                        run["functions"][name]["seconds"] / max(base["functions"][name]["seconds"], 0.01), 2
                    ),
                    "rss_peak": round(
                        run["functions"][name]["rss_peak_mib"] / base["functions"][name]["rss_peak_mib"], 2
                    ),
                }
                for name in FUNCTIONS
            },
        }
    return result
