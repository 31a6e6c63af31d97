"""Print a study's plain-English eligibility as a tree, beside nothing else: for reading changes quickly.

Usage: .venv/bin/python tools/eligibility-review/show.py NCT... [--records data/ctgov/studies.jsonl.xz]
"""

from __future__ import annotations

import argparse
import json
import lzma
from pathlib import Path

from trialpages.eligibility import PlainItem, translate_eligibility

ROOT = Path(__file__).resolve().parents[2]


def _show(item: PlainItem, depth: int) -> None:
    pad = "  " * depth
    if item.children_title and item.text is None:
        print(f"{pad}[{item.children_joins}] {item.children_title}   <{' '.join(item.source_ids)}>")
    if item.text is not None:
        mark = "R" if item.form == "rewritten" else "o"
        notes = "".join(f" {{{term.term}}}" for term in item.terms)
        print(f"{pad}{mark} {item.text}{notes}   <{' '.join(item.source_ids)}>{' ' + item.rule if item.rule else ''}")
        if item.children_title:
            print(f"{pad}  [{item.children_joins}] {item.children_title}")
    for child in item.children:
        _show(child, depth + 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ids", nargs="+")
    parser.add_argument("--records", default=str(ROOT / "data/ctgov/studies.jsonl.xz"))
    args = parser.parse_args()
    wanted = set(args.ids)
    with lzma.open(args.records, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            nct_id = record["protocolSection"]["identificationModule"]["nctId"]
            if nct_id not in wanted:
                continue
            module = record["protocolSection"].get("eligibilityModule")
            plain = translate_eligibility(module)
            print(f"===== {nct_id}  ages: {plain.at_a_glance.ages}")
            for fact in plain.at_a_glance.facts:
                print(f"  glance: {fact.text}")
            for name in ("inclusion", "exclusion", "other"):
                items = getattr(plain, name)
                if items:
                    print(f"--- {name}")
                    for item in items:
                        _show(item, 1)


if __name__ == "__main__":
    main()
