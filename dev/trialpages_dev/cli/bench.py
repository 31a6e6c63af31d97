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
    parser.add_argument(
        "--parts",
        type=_parts,
        default=PARTS,
        help=f"comma-separated parts to measure (default all: {','.join(PARTS)})",
    )
    parser.set_defaults(run=_run)


PARTS = ("render", "sweep", "eligibility", "cold_import", "index_writes", "api", "search", "pipeline")


def _parts(text: str) -> tuple[str, ...]:
    parts = tuple(part.strip() for part in text.split(",") if part.strip())
    unknown = sorted(set(parts) - set(PARTS))
    if unknown or not parts:
        raise ValueError(f"unknown parts {unknown}: choose from {', '.join(PARTS)}")
    return parts


def _run(args) -> int:
    from trialpages_dev.bench.api import measure_api
    from trialpages_dev.bench.cold_start import measure_cold_imports
    from trialpages_dev.bench.eligibility import measure_eligibility
    from trialpages_dev.bench.index_writes import measure_index_writes
    from trialpages_dev.bench.pipeline import measure_pipeline
    from trialpages_dev.bench.render import measure_render
    from trialpages_dev.bench.search import measure_search
    from trialpages_dev.bench.sweep import measure_sweep
    from trialpages_dev.records import load_records

    records = load_records(args.records)
    measures = {
        "render": lambda: measure_render(records),
        "sweep": lambda: measure_sweep(records, datetime.now(UTC).date()),
        "eligibility": lambda: measure_eligibility(records),
        "cold_import": measure_cold_imports,
        "index_writes": lambda: measure_index_writes(records),
        "api": lambda: measure_api(records, studies=args.api_studies),
        "search": lambda: measure_search(records),
        "pipeline": lambda: measure_pipeline(args.records, args.scales),
    }
    figures = {"machine": {"python": platform.python_version(), "processor": platform.machine()}}
    figures |= {part: measures[part]() for part in args.parts}
    print(format_table(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


def format_table(figures: dict) -> str:
    rows: list[tuple[str, str]] = []
    if "render" in figures:
        rows += _render_rows(figures["render"])
    if "sweep" in figures:
        rows += _sweep_rows(figures["sweep"])
    if "eligibility" in figures:
        rows += _eligibility_rows(figures["eligibility"])
    for function, timing in figures.get("cold_import", {}).items():
        heaviest = ", ".join(f"{m['module']} {m['cumulative_ms']}" for m in timing["heaviest_imports"][:3])
        rows.append(
            (
                f"cold import {function} (ms, min of 3: wall / CPU)",
                f"{timing['import_ms_min']} / {timing['cpu_ms_min']} (heaviest: {heaviest})",
            )
        )
    if "index_writes" in figures:
        writes = figures["index_writes"]
        for case in ("first_version", "status_only_change"):
            rows.append(
                (
                    f"index writes, {writes['sites']}-site study, {case.replace('_', ' ')}",
                    f"{writes[case]['items']} items in {writes[case]['requests']} requests "
                    f"(it owns {writes['items_owned']})",
                )
            )
    for endpoint, latency in figures.get("api", {}).get("latency_ms", {}).items():
        rows.append((f"{endpoint} p50 / p99 (ms, moto)", f"{latency['p50']} / {latency['p99']} [{latency['status']}]"))
    for search, latency in figures.get("search", {}).get("searches", {}).items():
        rows.append(
            (
                f"{search} p50 / p99 (ms, moto, 10x)",
                f"{latency['p50']} / {latency['p99']} [{latency['status']}], {latency['dynamodb_requests']} DynamoDB requests",
            )
        )
    if "pipeline" in figures:
        rows += _pipeline_rows(figures["pipeline"])
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def _render_rows(render: dict) -> list[tuple[str, str]]:
    return [
        ("studies rendered", f"{render['studies']}"),
        (
            "normalize+render p50 / p99 (ms)",
            f"{render['normalize_render_ms']['p50']} / {render['normalize_render_ms']['p99']}",
        ),
        ("studies per second", f"{render['studies_per_second']}"),
        ("page size p50 / max (KiB)", f"{render['page_kib']['p50']} / {render['page_kib']['max']}"),
        ("gzip page size p50 / max (KiB)", f"{render['page_gzip_kib']['p50']} / {render['page_gzip_kib']['max']}"),
    ]


def _sweep_rows(sweep: dict) -> list[tuple[str, str]]:
    per_day = sweep["pages_per_day"]
    return [
        (
            f"status sweep pages/day from {sweep['start']}, min / median / max",
            f"{per_day['min']} / {per_day['median']} / {per_day['max']}",
        )
    ]


def _eligibility_rows(eligibility: dict) -> list[tuple[str, str]]:
    return [
        (
            "eligibility translate p50 / p99 (ms)",
            f"{eligibility['translate_ms']['p50']} / {eligibility['translate_ms']['p99']}",
        ),
        (
            "eligibility patterns compiled once a process (ms, count)",
            f"{eligibility['compile_patterns_ms']} ({eligibility['patterns']})",
        ),
        (
            "Flesch-Kincaid grade plain p50 (original p50)",
            f"{eligibility['flesch_kincaid_plain']['p50']} ({eligibility['flesch_kincaid_original']['p50']})",
        ),
    ]


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
