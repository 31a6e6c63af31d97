"""`trialpages export-records`: unpack the bundled corpus into a folder of `<NCTID>.json` files."""

from __future__ import annotations

from pathlib import Path

from trialpages_dev.records import export_records, load_records


def register(subparsers) -> None:
    parser = subparsers.add_parser("export-records", help="write the bundled records as one JSON file per study")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--records", type=Path, default=None, help="a .jsonl.xz bundle (default: the bundled corpus)")
    parser.set_defaults(run=_run)


def _run(args) -> int:
    records = load_records(args.records)
    export_records(records, args.out)
    print(f"wrote {len(records)} records to {args.out}")
    return 0
