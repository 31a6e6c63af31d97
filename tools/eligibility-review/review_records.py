"""Records in the shape of API v2 for criteria read in the eligibility review: only what a page needs.

Status and dates are placeholders ("COMPLETED", first posted on the day given, updated 2024-01-01) and say nothing
about the study; the eligibility module is the source's (its criteria, and sex and ages where it has them).
"""

from __future__ import annotations

import json
import lzma
from collections.abc import Iterable
from pathlib import Path


def placeholder_record(
    nct_id: str, title: str, conditions: list[str], eligibility: dict, *, posted: str, phases: list[str] | None = None
) -> dict:
    return {
        "protocolSection": {
            "identificationModule": {"nctId": nct_id, "briefTitle": title},
            "statusModule": {
                "overallStatus": "COMPLETED",
                "lastUpdatePostDateStruct": {"date": "2024-01-01", "type": "ACTUAL"},
                "studyFirstPostDateStruct": {"date": posted, "type": "ACTUAL"},
            },
            "conditionsModule": {"conditions": [c for c in conditions if c] or ["Unknown"]},
            "designModule": {"studyType": "INTERVENTIONAL", "phases": phases or ["NA"]},
            "eligibilityModule": {"sex": "ALL", **eligibility},
        },
        "hasResults": False,
    }


def write_records(records: Iterable[dict], out: Path) -> int:
    """One record a line, by NCT id, xz-compressed."""
    ordered = sorted(records, key=lambda record: record["protocolSection"]["identificationModule"]["nctId"])
    with lzma.open(out, "wt", encoding="utf-8") as lines:
        lines.writelines(json.dumps(record) + "\n" for record in ordered)
    return len(ordered)


def known_ids(folder: Path, *, besides: Path | None = None) -> set[str]:
    """The NCT ids of every record bundle in `folder` (data/ctgov) but `besides` (the one being rebuilt, whose
    studies may be picked again): what is no longer unseen."""
    ids = set()
    for bundle in folder.glob("*.jsonl.xz"):
        if besides is not None and bundle.resolve() == besides.resolve():
            continue
        with lzma.open(bundle, "rt", encoding="utf-8") as lines:
            ids.update(json.loads(line)["protocolSection"]["identificationModule"]["nctId"] for line in lines)
    return ids
