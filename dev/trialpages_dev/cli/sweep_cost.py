"""`trialpages sweep-cost`: pages a daily status sweep would re-render, per day, over a simulated year."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "sweep-cost", help="pages a daily status sweep would re-render each day over a simulated year"
    )
    parser.add_argument("--records", type=Path, default=None, help="folder of study JSON files or a .jsonl.xz bundle")
    parser.add_argument("--start", type=date.fromisoformat, default=None, help="first day, YYYY-MM-DD (default today)")
    parser.add_argument("--days", type=int, default=365, help="days to simulate (default 365)")
    parser.set_defaults(run=_run)


def _run(args) -> int:
    from trialpages_dev.bench.sweep import measure_sweep
    from trialpages_dev.records import load_records

    start = args.start or datetime.now(UTC).date()
    print(json.dumps(measure_sweep(load_records(args.records), start, args.days), indent=2))
    return 0
