"""`trialpages bench [--json FILE]`: print a table of measured figures and write them as JSON."""

from __future__ import annotations

import json
import platform
from datetime import UTC, datetime
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser("bench", help="measure rendering, lookups and cold starts over the bundled records")
    parser.add_argument("--records", type=Path, default=None, help="folder of study JSON files or a .jsonl.xz bundle")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    parser.add_argument("--api-studies", type=int, default=200, help="studies indexed for the API latency run")
    parser.add_argument(
        "--scales",
        type=_scales,
        default=(1, 10),
        help="comma-separated copies of the corpus to run the whole local pipeline over (default 1,10; "
        "100 takes hours on 2 cores)",
    )
    parser.set_defaults(run=_run)


def _run(args) -> int:
    from trialpages.bench.api import measure_api
    from trialpages.bench.cold_start import measure_cold_imports
    from trialpages.bench.eligibility import measure_eligibility
    from trialpages.bench.pipeline import measure_pipeline
    from trialpages.bench.render import measure_render
    from trialpages.bench.sweep import measure_sweep
    from trialpages.records import load_records

    records = load_records(args.records)
    figures = {
        "machine": {"python": platform.python_version(), "processor": platform.machine()},
        "render": measure_render(records),
        "sweep": measure_sweep(records, datetime.now(UTC).date()),
        "eligibility": measure_eligibility(records),
        "cold_import": measure_cold_imports(),
        "api": measure_api(records, studies=args.api_studies),
        "pipeline": measure_pipeline(args.records, args.scales),
    }
    print(format_table(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


def format_table(figures: dict) -> str:
    render = figures["render"]
    rows = [
        ("studies rendered", f"{render['studies']}"),
        (
            "normalize+render p50 / p99 (ms)",
            f"{render['normalize_render_ms']['p50']} / {render['normalize_render_ms']['p99']}",
        ),
        ("studies per second", f"{render['studies_per_second']}"),
        ("page size p50 / max (KiB)", f"{render['page_kib']['p50']} / {render['page_kib']['max']}"),
        ("gzip page size p50 / max (KiB)", f"{render['page_gzip_kib']['p50']} / {render['page_gzip_kib']['max']}"),
    ]
    sweep = figures["sweep"]["pages_per_day"]
    rows.append(
        (
            f"status sweep pages/day from {figures['sweep']['start']}, min / median / max",
            f"{sweep['min']} / {sweep['median']} / {sweep['max']}",
        )
    )
    eligibility = figures["eligibility"]
    rows += [
        (
            "eligibility translate p50 / p99 (ms)",
            f"{eligibility['translate_ms']['p50']} / {eligibility['translate_ms']['p99']}",
        ),
        (
            "Flesch-Kincaid grade plain p50 (original p50)",
            f"{eligibility['flesch_kincaid_plain']['p50']} ({eligibility['flesch_kincaid_original']['p50']})",
        ),
    ]
    for function, timing in figures["cold_import"].items():
        heaviest = ", ".join(f"{m['module']} {m['cumulative_ms']}" for m in timing["heaviest_imports"][:3])
        rows.append((f"cold import {function} (ms, min of 3)", f"{timing['import_ms_min']} (heaviest: {heaviest})"))
    api = figures["api"]
    for endpoint, latency in api["latency_ms"].items():
        rows.append((f"{endpoint} p50 / p99 (ms, moto)", f"{latency['p50']} / {latency['p99']} [{latency['status']}]"))
    rows += _pipeline_rows(figures["pipeline"])
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def _scales(text: str) -> tuple[int, ...]:
    scales = tuple(sorted({int(part) for part in text.split(",") if part.strip()}))
    if not scales or scales[0] < 1:
        raise ValueError(f"scales must be positive integers: {text!r}")
    return scales


def _pipeline_rows(pipeline: dict) -> list[tuple[str, str]]:
    rows = []
    for name, run in pipeline["runs"].items():
        summary = run["summary"]
        rows.append(
            (
                f"pipeline {name}: studies, wall s, studies/s",
                f"{run['studies']}, {run['seconds']}, {run['studies_per_second']} "
                f"({summary['rendered']} rendered, {summary['failed']} failed)",
            )
        )
        rows.append(
            (
                f"pipeline {name}: registry requests (per study); heaviest page MiB",
                f"{summary['registry_requests']} ({run['registry_requests_per_study']}); {summary['heaviest_page_mib']}",
            )
        )
        for function, measured in run["functions"].items():
            rows.append(
                (
                    f"pipeline {name}: {function} s / peak RSS MiB (+growth)",
                    f"{measured['seconds']} / {measured['rss_peak_mib']} (+{measured['rss_growth_mib']})",
                )
            )
    for name, grown in pipeline["growth"].items():
        functions = ", ".join(
            f"{function} time x{ratio['seconds']} memory x{ratio['rss_peak']}"
            for function, ratio in grown["functions"].items()
        )
        rows.append(
            (f"pipeline {name} vs smallest: studies x{grown['studies']}", f"time x{grown['seconds']}; {functions}")
        )
    return rows
