"""Build data/ctgov/hint.jsonl.xz: a sample of real criteria no rule was written on, in the shape of API v2 records.

The source is the HINT clinical-trial outcome benchmark (github.com/futianfan/clinical-trial-outcome-prediction at
8dc0497, `data/phase_*.csv` and `data/toy_*.csv`, the text ClinicalTrials.gov's as of 2021-02-20): drug trials of
phases 1 to 4 over 1,300 diseases, each with its criteria as the legacy XML textblock, which `legacy_criteria.py`
turns into the Markdown API v2 serves, keeping its nesting. Of the studies with criteria that are in no bundle of
data/ctgov yet, a seeded sample is kept. Only id, conditions (the benchmark's disease names), phase and criteria are
filled; the title names the source (`review_records.py` says what the placeholders are).

A second sample, data/ctgov/hint2.jsonl.xz (2026-12-07), is `--sample 30 --seed 8 --out data/ctgov/hint2.jsonl.xz`: with
hint.jsonl.xz among the bundles, none of its studies is drawn again. A third, data/ctgov/hint3.jsonl.xz (2026-12-07), is
`--sample 30 --seed 9 --out data/ctgov/hint3.jsonl.xz`, drawn with the two before among the bundles, and a fourth,
data/ctgov/hint4.jsonl.xz, `--sample 30 --seed 10 --out data/ctgov/hint4.jsonl.xz`, with the three before among them; a fifth,
data/ctgov/hint5.jsonl.xz (2026-12-08), `--sample 30 --seed 11 --out data/ctgov/hint5.jsonl.xz`, with the four before,
a sixth, data/ctgov/hint6.jsonl.xz (the same day), `--sample 30 --seed 12 --out data/ctgov/hint6.jsonl.xz`, and a
seventh, data/ctgov/hint7.jsonl.xz, `--sample 30 --seed 13 --out data/ctgov/hint7.jsonl.xz`.

Usage: python tools/eligibility-review/hint_records.py DATA_DIR [--sample 200] [--seed 7] [--out data/ctgov/hint.jsonl.xz]
"""

from __future__ import annotations

import argparse
import ast
import csv
import random
from pathlib import Path

from legacy_criteria import markdown_criteria
from review_records import known_ids, placeholder_record, write_records

ROOT = Path(__file__).resolve().parents[2]
_FILES = ("phase_I_train", "phase_I_valid", "phase_I_test", "phase_II_valid", "phase_III_valid", "phase_III_test")
_FILES += ("toy_train", "toy_valid", "toy_test")
_PHASES = {"phase 1": ["PHASE1"], "phase 2": ["PHASE2"], "phase 3": ["PHASE3"], "phase 4": ["PHASE4"]}
_PHASES |= {"phase 1/phase 2": ["PHASE1", "PHASE2"], "phase 2/phase 3": ["PHASE2", "PHASE3"]}


def benchmark_rows(data: Path) -> dict[str, dict]:
    """Each study once (its first row), from the benchmark's CSVs in `data`."""
    csv.field_size_limit(10**8)
    rows: dict[str, dict] = {}
    for name in _FILES:
        with (data / f"{name}.csv").open(encoding="utf-8", newline="") as lines:
            for row in csv.DictReader(lines):
                if row["criteria"].strip():
                    rows.setdefault(row["nctid"], row)
    return rows


def record(row: dict) -> dict:
    diseases = ast.literal_eval(row["diseases"]) if row["diseases"].startswith("[") else [row["diseases"]]
    return placeholder_record(
        row["nctid"],
        f"{row['nctid']} (criteria from the HINT benchmark)",
        [disease.capitalize() for disease in diseases],
        {"eligibilityCriteria": markdown_criteria(row["criteria"])},
        posted="2015-01-01",
        phases=_PHASES.get(row["phase"].lower()),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the data/ folder of futianfan/clinical-trial-outcome-prediction")
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "ctgov" / "hint.jsonl.xz")
    arguments = parser.parse_args()
    known = known_ids(ROOT / "data" / "ctgov", besides=arguments.out)
    unseen = {nct_id: row for nct_id, row in benchmark_rows(arguments.data).items() if nct_id not in known}
    picked = random.Random(arguments.seed).sample(sorted(unseen), min(arguments.sample, len(unseen)))
    written = write_records((record(unseen[nct_id]) for nct_id in picked), arguments.out)
    print(f"{written} of {len(unseen)} unseen studies -> {arguments.out}")


if __name__ == "__main__":
    main()
