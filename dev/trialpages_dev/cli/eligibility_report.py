"""`trialpages eligibility-report`: the items each recogniser writes, and the criteria left in their own words."""

from __future__ import annotations

import sys
from pathlib import Path

from trialpages_dev.cli.render import read_folder
from trialpages_dev.eligibility_report import rule_coverage
from trialpages_dev.records import iter_records


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "eligibility-report", help="list the eligibility criteria no recogniser read, most common first"
    )
    parser.add_argument(
        "--records", type=Path, default=None, help="a folder of <NCTID>.json (default: the bundled corpus)"
    )
    parser.add_argument("--top", type=int, default=50, help="how many unmatched criteria to list (default 50)")
    parser.set_defaults(run=_run)


def _run(args) -> int:
    unreadable: list[tuple[str | None, str]] = []
    records = read_folder(args.records, unreadable) if args.records else iter_records()
    modules = (record.get("protocolSection", {}).get("eligibilityModule") for record in records)
    coverage = rule_coverage(modules)
    matched = sum(coverage.kinds.values())
    print(
        f"{coverage.items} plain items; {matched} rewritten from a recognised fact "
        f"({matched / max(coverage.items, 1):.1%}), {coverage.items - matched} in the study's own words"
    )
    print("\nItems by the recogniser that wrote them:")
    for kind, count in coverage.kinds.most_common():
        print(f"{count:8d}  {kind}")
    print(f"\nMost common items left in the study's words (top {args.top}):")
    for sentence, count in coverage.unmatched.most_common(args.top):
        print(f"{count:8d}  {sentence}")
    for nct_id, reason in unreadable:
        print(f"unreadable: {nct_id or '?'}: {reason}", file=sys.stderr)
    return 1 if unreadable else 0
