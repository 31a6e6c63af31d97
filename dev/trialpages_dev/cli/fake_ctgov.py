"""`trialpages fake-ctgov`: the local ClinicalTrials.gov API v2 fake as a real HTTP server."""

from __future__ import annotations

import threading
from pathlib import Path


def register(subparsers) -> None:
    parser = subparsers.add_parser("fake-ctgov", help="serve a folder of records as ClinicalTrials.gov API v2")
    parser.add_argument("--records", type=Path, default=None, help="folder of study JSON files or a .jsonl.xz bundle")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--data-timestamp", default="2026-11-24T09:00:00")
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="KIND[:TIMES]",
        help="inject a fault: 429, 500, 503, slow, timeout, truncated, empty_last_page, expired_token",
    )
    parser.set_defaults(run=_run)


def _run(args) -> int:
    from trialpages_dev.fake_registry import FakeRegistry, parse_fault
    from trialpages_dev.records import load_records

    registry = FakeRegistry(
        load_records(args.records),
        data_timestamp=args.data_timestamp,
        faults=[parse_fault(spec) for spec in args.fault],
    )
    server = registry.serve(host=args.host, port=args.port)
    print(f"fake ClinicalTrials.gov API v2 at {server.base_url} (Ctrl-C to stop)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
