"""Carry verdicts of an earlier review over to new reading sheets, for items that did not change.

An item keeps its verdict only when everything a reviewer judged is the same: the study, the list it
sits under, the item it is nested in, the original criteria it names and its plain text. Every other
row is left blank, to be read; its `form` column says `new` so a reviewer finds them. Prints how many
rows were carried and how many need reading, per study and in all.

Usage: python tools/eligibility-review/carry.py PREVIOUS_FOLDER NEW_FOLDER
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

_JUDGED = ("nct_id", "list", "nested_in", "source_ids", "original", "plain")


def _key(row: dict[str, str]) -> tuple[str, ...]:
    return tuple((row.get(column) or "").strip() for column in _JUDGED)


def carry(previous: Path, new: Path) -> tuple[int, int]:
    """Fill NEW's rows from PREVIOUS's identical rows; (carried, to read)."""
    known: dict[tuple[str, ...], dict[str, str]] = {}
    if previous.exists():
        with previous.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                known.setdefault(_key(row), row)
    with new.open(encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    carried = 0
    for row in rows:
        if row.get("verdict"):
            continue
        earlier = known.get(_key(row))
        if earlier is not None and earlier.get("verdict"):
            row["verdict"], row["form"], row["reason"] = earlier["verdict"], earlier["form"], earlier["reason"]
            carried += 1
        else:
            row["form"] = "new"
    with new.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return carried, sum(1 for row in rows if not row.get("verdict"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("previous")
    parser.add_argument("new")
    args = parser.parse_args()
    total_carried = total_open = 0
    for sheet in sorted(Path(args.new).glob("NCT*.csv")):
        carried, to_read = carry(Path(args.previous, sheet.name), sheet)
        total_carried += carried
        total_open += to_read
        if to_read:
            print(f"{sheet.stem}: {to_read} to read, {carried} carried")
    print(f"carried {total_carried}, to read {total_open}")


if __name__ == "__main__":
    main()
