"""Build data/ctgov/ctparser.jsonl.xz: real criteria no rule was written on, in the shape of API v2 records.

The source is the sample input of Facebook Research's Clinical Trial Parser (`data/input/clinical_trials.csv`,
github.com/facebookresearch/Clinical-Trial-Parser at 03ea0d3, Apache-2.0; the text itself is ClinicalTrials.gov's):
20 studies registered in April 2020 (COVID-19, ovarian cancer, myeloma, depression, NASH, ...), each with its
criteria as the legacy XML textblock, which `legacy_criteria.py` turns into the Markdown API v2 serves, keeping
its nesting. Only the fields the file gives are filled: id,
title, conditions and criteria. Status, dates and sex are placeholders ("COMPLETED", 2024-01-01, ALL) and say
nothing about the study. The records exist to read the eligibility rewrite on unseen text (docs/eligibility-review,
`ctparser1/`) and to run the corpus-wide eligibility checks on it.

Usage: python tools/eligibility-review/ctparser_records.py CLINICAL_TRIALS_CSV [--out data/ctgov/ctparser.jsonl.xz]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from legacy_criteria import markdown_criteria
from review_records import placeholder_record, write_records

ROOT = Path(__file__).resolve().parents[2]


def record(nct_id: str, title: str, conditions: str, criteria: str) -> dict:
    return placeholder_record(
        nct_id, title, conditions.split("|"), {"eligibilityCriteria": markdown_criteria(criteria)}, posted="2020-04-15"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="data/input/clinical_trials.csv of Clinical Trial Parser")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "ctgov" / "ctparser.jsonl.xz")
    arguments = parser.parse_args()
    with arguments.source.open(encoding="utf-8", newline="") as source:
        rows = list(csv.reader(line for line in source if not line.startswith("#")))
    written = write_records(
        (record(nct_id, title, conditions, criteria) for nct_id, title, _, conditions, criteria in rows), arguments.out
    )
    print(f"{written} records -> {arguments.out}")


if __name__ == "__main__":
    main()
