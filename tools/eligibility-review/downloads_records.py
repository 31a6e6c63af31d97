"""Build data/ctgov/downloads.jsonl.xz: more real API v2 criteria no rule was written on, from "Download → JSON" files.

The sources are ClinicalTrials.gov "Download → JSON" exports (API v2 records; the text is ClinicalTrials.gov's) kept in
four public repositories: `ctg-studies(5).json` of github.com/dgg32/clinical-trials-public at 24d361c (MIT; 50 studies
of many diseases, 2023), `ctg-studies.json` of github.com/scampbe3/my-website at dab3ec8 (88 studies of degenerative
disc disease, 2024), `ctg-studies.json` of github.com/koy570/herniated_disc at 15ade5a (100 studies of herniated
discs, 2024) and `ctg-studies.json` of github.com/dgg32/graph_bigquery at 1622f9b (MIT; 100 studies of leukemia, 2023;
26 of them in no bundle before, added 2026-12-07). Given in that order, the first three rebuild the 160 studies of
before byte for byte. Records are built as exports_records.py builds its API v2 export; studies already in a bundle of
data/ctgov are left out.

Usage: python tools/eligibility-review/downloads_records.py EXPORT_JSON... [--out data/ctgov/downloads.jsonl.xz]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from exports_records import from_v2_export
from review_records import known_ids, write_records

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exports", type=Path, nargs="+", help="API v2 'Download → JSON' files")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "ctgov" / "downloads.jsonl.xz")
    arguments = parser.parse_args()
    known = known_ids(ROOT / "data" / "ctgov", besides=arguments.out)
    records: dict[str, dict] = {}
    for export in arguments.exports:
        for record in from_v2_export(export):
            nct_id = record["protocolSection"]["identificationModule"]["nctId"]
            if nct_id not in known:
                records.setdefault(nct_id, record)
    print(f"{write_records(records.values(), arguments.out)} records -> {arguments.out}")


if __name__ == "__main__":
    main()
