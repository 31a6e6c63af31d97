"""Build data/ctgov/exports.jsonl.xz: real API v2 criteria no rule was written on, from two public exports.

The sources are ClinicalTrials.gov API v2 exports kept in two public repositories (the text is ClinicalTrials.gov's):
`data/ctg-studies.json` of github.com/UserZetsu/dtx-analysis at 440e1a8 (128 digital-therapeutics studies, May 2025: whole
records) and `data/trials.json` of github.com/Jeppy22/trial-eligibility-matcher at b56864a (89 studies of type 2 diabetes,
breast cancer screening, hypertension, kidney and heart disease: flattened, the criteria as API v2 gives them).
Their criteria are kept as they are, with sex and ages; title and conditions too; the rest are placeholders
(`review_records.py`). Studies already in a bundle of data/ctgov are left out.

Usage: python tools/eligibility-review/exports_records.py CTG_STUDIES_JSON TRIALS_JSON [--out data/ctgov/exports.jsonl.xz]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

from review_records import known_ids, placeholder_record, write_records

ROOT = Path(__file__).resolve().parents[2]
_ELIGIBILITY = ("eligibilityCriteria", "sex", "minimumAge", "maximumAge", "healthyVolunteers")


def from_v2_export(path: Path) -> Iterator[dict]:
    for study in json.loads(path.read_text(encoding="utf-8")):
        protocol = study["protocolSection"]
        eligibility = protocol.get("eligibilityModule") or {}
        if eligibility.get("eligibilityCriteria", "").strip():
            yield placeholder_record(
                protocol["identificationModule"]["nctId"],
                protocol["identificationModule"].get("briefTitle", ""),
                (protocol.get("conditionsModule") or {}).get("conditions", []),
                {key: eligibility[key] for key in _ELIGIBILITY if key in eligibility},
                posted="2023-01-01",
                phases=(protocol.get("designModule") or {}).get("phases"),
            )


def from_flattened(path: Path) -> Iterator[dict]:
    for trial in json.loads(path.read_text(encoding="utf-8")):
        if trial.get("criteriaText", "").strip():
            eligibility = {"eligibilityCriteria": trial["criteriaText"], "sex": trial.get("sex") or "ALL"}
            # Ages are flattened to numbers of years there ("minimumAge": 18): written as API v2 does ("18 Years").
            eligibility |= {key: f"{trial[key]} Years" for key in ("minimumAge", "maximumAge") if trial.get(key)}
            if "healthyVolunteers" in trial:
                eligibility["healthyVolunteers"] = trial["healthyVolunteers"]
            yield placeholder_record(
                trial["nctId"], trial.get("title", ""), trial.get("conditions", []), eligibility, posted="2023-01-01"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path, help="data/ctg-studies.json of UserZetsu/dtx-analysis")
    parser.add_argument("flattened", type=Path, help="data/trials.json of Jeppy22/trial-eligibility-matcher")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "ctgov" / "exports.jsonl.xz")
    arguments = parser.parse_args()
    known = known_ids(ROOT / "data" / "ctgov", besides=arguments.out)
    records: dict[str, dict] = {}
    for record in [*from_v2_export(arguments.export), *from_flattened(arguments.flattened)]:
        nct_id = record["protocolSection"]["identificationModule"]["nctId"]
        if nct_id not in known:
            records.setdefault(nct_id, record)
    print(f"{write_records(records.values(), arguments.out)} records -> {arguments.out}")


if __name__ == "__main__":
    main()
