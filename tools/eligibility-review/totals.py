"""Totals of a filled-in eligibility review: items per verdict and their shares, studies with a WRONG item,
the share of items really rewritten, and every row still missing a verdict or a reason.

Usage: python tools/eligibility-review/totals.py docs/eligibility-review/before [--markdown]
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

VERDICTS = ("FAITHFUL", "LOSSY", "WRONG", "UNREADABLE")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder")
    parser.add_argument("--markdown", action="store_true", help="print a markdown table")
    args = parser.parse_args()
    verdicts, forms, problems, wrong_studies, studies = Counter(), Counter(), [], set(), 0
    for sheet in sorted(Path(args.folder).glob("NCT*.csv")):
        studies += 1
        with sheet.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                verdict = (row.get("verdict") or "").strip().upper()
                if verdict not in VERDICTS:
                    problems.append(f"{sheet.name} item {row['item']}: verdict {verdict or '(none)'}")
                    continue
                if verdict != "FAITHFUL" and not (row.get("reason") or "").strip():
                    problems.append(f"{sheet.name} item {row['item']}: {verdict} without a reason")
                verdicts[verdict] += 1
                forms[(row.get("form") or "").strip().lower() or "(none)"] += 1
                if verdict == "WRONG":
                    wrong_studies.add(row["nct_id"])
    total = sum(verdicts.values()) or 1
    if args.markdown:
        print("| verdict | items | share |\n|---|---|---|")
        for verdict in VERDICTS:
            print(f"| {verdict} | {verdicts[verdict]} | {verdicts[verdict] / total:.1%} |")
    else:
        for verdict in VERDICTS:
            print(f"{verdict:<11} {verdicts[verdict]:>5}  {verdicts[verdict] / total:6.1%}")
    print(
        f"items {sum(verdicts.values())} in {studies} studies; studies with a WRONG item: {len(wrong_studies)}"
        f" ({', '.join(sorted(wrong_studies)) or 'none'})"
    )
    print("form: " + ", ".join(f"{form} {count} ({count / total:.1%})" for form, count in forms.most_common()))
    for problem in problems[:50]:
        print("incomplete:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
