"""`trialpages render`: render a folder of API v2 study JSON files (or a .jsonl.xz bundle) into the site layout."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from trialpages_dev.records import iter_records

LOCAL_SITE_URL = "http://localhost:8000"  # where `trialpages demo` serves a site


def register(subparsers) -> None:
    parser = subparsers.add_parser("render", help="render study pages and JSON documents, no AWS and no network")
    parser.add_argument(
        "--records",
        type=Path,
        default=None,
        help="a folder of <NCTID>.json files or a .jsonl.xz bundle (default: the bundled corpus)",
    )
    parser.add_argument("--out", type=Path, required=True, help="the site folder to write")
    parser.add_argument(
        "--site-url",
        default=LOCAL_SITE_URL,
        help=f"where the site will be served: canonical links, sitemaps and feeds name it (default {LOCAL_SITE_URL})",
    )
    parser.add_argument(
        "--today",
        type=date.fromisoformat,
        default=None,
        help="the day the pages are built for, YYYY-MM-DD: status cautions compare the record's dates with it "
        "(default: today, UTC)",
    )
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.set_defaults(run=_run)


def read_folder(folder: Path, unreadable: list[tuple[str | None, str]]) -> Iterator[dict]:
    """Like records.iter_records for a folder, but a file that is not JSON is reported, not fatal."""
    for file in sorted(folder.glob("*.json")):
        try:
            yield json.loads(file.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            unreadable.append((file.stem, f"{file.name} is not a JSON document: {error}"))


def _run(args) -> int:
    from trialpages_dev.render import render_site

    unreadable: list[tuple[str | None, str]] = []
    source = args.records
    records = read_folder(source, unreadable) if source is not None and source.is_dir() else iter_records(source)
    today = args.today or datetime.now(UTC).date()
    report = render_site(records, args.out, progress=not args.no_progress, site_url=args.site_url, today=today)
    failed = unreadable + report.failed
    for nct_id, reason in failed:
        print(f"failed {nct_id or '(no nctId)'}: {reason}", file=sys.stderr)
    print(f"rendered {len(report.rendered)} studies to {args.out}, {len(failed)} failed")
    return 1 if failed else 0
