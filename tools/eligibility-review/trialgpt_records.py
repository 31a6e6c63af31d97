"""Build data/ctgov/trialgpt.jsonl.xz: real criteria no rule was written on, in the shape of API v2 records.

The source is TrialGPT's `results/retrieved_trials.json` (github.com/ncbi-nlp/TrialGPT, commit 8b2cd7f, as kept
in the fork mikeS141618/TrialGPT at eb06bdf): 101 ClinicalTrials.gov studies of the TREC/SIGIR patient-to-trial
benchmark, each with its inclusion and exclusion criteria as plain text. That text lost its bullet marks (items are
blank-line separated paragraphs), so each paragraph becomes a "* " item again; nesting the registry had is not
recoverable. Only the fields the text gives are filled: id, title, summary, conditions, phase, drugs and
criteria. Status, dates and sex are placeholders ("COMPLETED", 2024-01-01, ALL) and say nothing about the
study. The records exist to read the eligibility rewrite on unseen text (docs/eligibility-review, `trialgpt1/`)
and to run the corpus-wide eligibility checks on it.

Usage: python tools/eligibility-review/trialgpt_records.py RETRIEVED_TRIALS_JSON [--out data/ctgov/trialgpt.jsonl.xz]
"""

from __future__ import annotations

import argparse
import json
import lzma
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_PHASES = {
    "Phase 1": ["PHASE1"],
    "Phase 2": ["PHASE2"],
    "Phase 3": ["PHASE3"],
    "Phase 4": ["PHASE4"],
    "Phase 1/Phase 2": ["PHASE1", "PHASE2"],
    "Phase 2/Phase 3": ["PHASE2", "PHASE3"],
}
_HEADING = re.compile(r"^\s*(?:inclusion criteria)?\s*:\s*", re.I)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SPACE = re.compile(r"\s+")


def _items(text: str) -> list[str]:
    paragraphs = (_SPACE.sub(" ", part).strip() for part in _PARAGRAPH_BREAK.split(_HEADING.sub("", text.strip())))
    return [paragraph for paragraph in paragraphs if paragraph]


def _criteria(inclusion: list[str], exclusion: list[str]) -> str:
    sections = [
        f"{heading}\n\n" + "\n".join(f"* {item}" for item in items)
        for heading, items in (("Inclusion Criteria:", inclusion), ("Exclusion Criteria:", exclusion))
        if items
    ]
    return "\n\n".join(sections)


def record_of(trial: dict) -> dict:
    return {
        "protocolSection": {
            "identificationModule": {"nctId": trial["nct_id"], "briefTitle": trial["brief_title"]},
            "statusModule": {
                "overallStatus": "COMPLETED",
                "studyFirstPostDateStruct": {"date": "2015-01-01", "type": "ACTUAL"},
                "lastUpdatePostDateStruct": {"date": "2024-01-01", "type": "ACTUAL"},
            },
            "descriptionModule": {"briefSummary": trial["brief_summary"]},
            "conditionsModule": {"conditions": trial["diseases_list"] or ["Unknown"]},
            "designModule": {"studyType": "INTERVENTIONAL", "phases": _PHASES.get(trial["phase"], ["NA"])},
            "armsInterventionsModule": {"interventions": [{"type": "DRUG", "name": n} for n in trial["drugs_list"]]},
            "eligibilityModule": {
                "eligibilityCriteria": _criteria(
                    _items(trial["inclusion_criteria"]), _items(trial["exclusion_criteria"])
                ),
                "sex": "ALL",
            },
        },
        "hasResults": False,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("retrieved", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "ctgov" / "trialgpt.jsonl.xz")
    args = parser.parse_args()
    trials = {
        trial["nct_id"]: trial
        for patient in json.loads(args.retrieved.read_text())
        for rank in ("0", "1", "2")
        for trial in patient.get(rank, [])
    }
    with lzma.open(args.out, "wt") as out:
        for nct_id in sorted(trials):
            out.write(json.dumps(record_of(trials[nct_id]), ensure_ascii=False) + "\n")
    print(f"{len(trials)} records -> {args.out}")


if __name__ == "__main__":
    main()
