"""The `trialpages` command: one module per subcommand, each exposing `register(subparsers)`."""

from __future__ import annotations

import argparse
import importlib
import sys

SUBCOMMANDS = (
    "render",
    "fake_ctgov",
    "demo",
    "bench",
    "export_records",
    "eligibility_report",
    "sweep_cost",
    "quarantine",
    "dead_letters",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="trialpages", description=__doc__)
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"trialpages_dev.cli.{name}")
        except ModuleNotFoundError as missing:
            if missing.name != f"trialpages_dev.cli.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
