"""`trialpages bench [--json FILE]`: print a table of measured figures and write them as JSON."""

from __future__ import annotations

import json
import platform
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser("bench", help="measure rendering speed and page sizes over the bundled records")
    parser.add_argument("--records", type=Path, default=None, help="folder of study JSON files or a .jsonl.xz bundle")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    parser.set_defaults(run=_run)


def _run(args) -> int:
    from trialpages.bench.render import measure_render
    from trialpages.records import load_records

    records = load_records(args.records)
    figures = {
        "machine": {"python": platform.python_version(), "processor": platform.machine()},
        "render": measure_render(records),
    }
    _print_table(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


def _print_table(figures: dict) -> None:
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
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
