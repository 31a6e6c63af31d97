"""Pick the studies of the eligibility review (../shared/eligibility-review.md): seeded, at random.

Studies with 5 or more original criteria; 20 cancer studies (the record's MeSH tree holds
Neoplasms) and 40 others, so at least a third are cancer studies. The pick is written to
docs/eligibility-review/sample.txt and is the same before and after a change of the rewrite.

Usage: python tools/eligibility-review/sample.py [--seed 13] [--records data/ctgov/studies.jsonl.xz]
"""

from __future__ import annotations

import argparse
import json
import lzma
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# A list item or a free line of the criteria text: what a reader counts as one criterion.
_CRITERION_LINE = re.compile(r"^\s*(?:[*+•-]|\d{1,3}[.)]|\([a-z0-9]{1,3}\)|[a-z][.)])\s+\S", re.I | re.M)


def criteria_count(record: dict) -> int:
    text = record.get("protocolSection", {}).get("eligibilityModule", {}).get("eligibilityCriteria") or ""
    return len(_CRITERION_LINE.findall(text))


def is_cancer(record: dict) -> bool:
    browse = record.get("derivedSection", {}).get("conditionBrowseModule", {})
    terms = [m.get("term", "") for m in browse.get("meshes", []) + browse.get("ancestors", [])]
    branches = [b.get("abbrev") for b in browse.get("browseBranches", [])]
    return "Neoplasms" in terms or "BC04" in branches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--records", default=str(ROOT / "data/ctgov/studies.jsonl.xz"))
    parser.add_argument("--cancer", type=int, default=20)
    parser.add_argument("--others", type=int, default=40)
    parser.add_argument("--out", default=str(ROOT / "docs/eligibility-review/sample.txt"))
    args = parser.parse_args()
    cancer, others = [], []
    with lzma.open(args.records, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if criteria_count(record) < 5:
                continue
            nct_id = record["protocolSection"]["identificationModule"]["nctId"]
            (cancer if is_cancer(record) else others).append(nct_id)
    rng = random.Random(args.seed)
    picked = sorted(rng.sample(sorted(cancer), args.cancer)) + sorted(rng.sample(sorted(others), args.others))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    header = (
        f"# seed {args.seed}; studies with 5+ criteria: {len(cancer)} cancer, {len(others)} other; "
        f"picked {args.cancer} cancer then {args.others} other\n"
    )
    out.write_text(header + "".join(f"{nct_id}\n" for nct_id in picked))
    print(f"{len(picked)} studies -> {out}")


if __name__ == "__main__":
    main()
