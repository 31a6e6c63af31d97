"""Build data/ctgov/ctparser.jsonl.xz: real criteria no rule was written on, in the shape of API v2 records.

The source is the sample input of Facebook Research's Clinical Trial Parser (`data/input/clinical_trials.csv`,
github.com/facebookresearch/Clinical-Trial-Parser at 03ea0d3, Apache-2.0; the text itself is ClinicalTrials.gov's):
20 studies registered in April 2020 (COVID-19, ovarian cancer, myeloma, depression, NASH, ...), each with its
criteria as the legacy XML textblock: items are blank-line separated paragraphs marked "-" or "1.", wrapped at 80
columns, nested by indentation. That layout is turned into the Markdown API v2 serves ("* " and "1. " items, 4
spaces a level), paragraphs unwrapped, a heading marked as an item ("-  INCLUSION CRITERIA:") made a heading; nothing else is
changed. Only the fields the file gives are filled: id,
title, conditions and criteria. Status, dates and sex are placeholders ("COMPLETED", 2024-01-01, ALL) and say
nothing about the study. The records exist to read the eligibility rewrite on unseen text (docs/eligibility-review,
`ctparser1/`) and to run the corpus-wide eligibility checks on it.

Usage: python tools/eligibility-review/ctparser_records.py CLINICAL_TRIALS_CSV [--out data/ctgov/ctparser.jsonl.xz]
"""

from __future__ import annotations

import argparse
import csv
import json
import lzma
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_MARKER = re.compile(r"^(?P<indent> *)(?P<marker>-|\d{1,2}\.|[a-z]\.)\s+(?P<text>.*)$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SPACE = re.compile(r"\s+")
_HEADING = re.compile(r"^(?:\w+\s+){0,2}(?:inclusion|exclusion)s?\s+criteria\s*:?$", re.I)


def markdown_criteria(textblock: str) -> str:
    """The legacy textblock as API v2 Markdown: one line an item, its depth from its marker's column."""
    blocks = [block for block in _PARAGRAPH_BREAK.split(textblock) if block.strip()]
    common = min(len(line) - len(line.lstrip(" ")) for block in blocks for line in block.splitlines() if line.strip())
    paragraphs = []
    for block in blocks:
        lines = [line[common:] for line in block.splitlines() if line.strip()]
        marked = _MARKER.match(lines[0])
        text = _SPACE.sub(" ", " ".join([marked["text"] if marked else lines[0], *lines[1:]])).strip()
        if marked and _HEADING.match(text):
            marked = None  # "-  INCLUSION CRITERIA:" (NCT04344470): a heading, not an item
        indent = len(lines[0]) - len(lines[0].lstrip(" "))
        # Right-aligned numbers (" 9." over "10.") end in one column: the marker's end is its level.
        end = indent + len(marked["marker"]) if marked else None
        paragraphs.append((end, indent, marked["marker"] if marked else None, text))
    columns = sorted({end for end, _, _, _ in paragraphs if end is not None})
    out: list[str] = []
    level = -1
    for end, indent, marker, text in paragraphs:
        if marker is None:
            # A paragraph indented under an item ("CRP > 35 mg/L ..." under "... the following predictors:")
            # stays inside that item's list, as an indented paragraph; one at the margin is a heading or preamble.
            inside = level >= 0 and indent > 0
            out.extend(["", f"{'    ' * (level + 1)}{text}" if inside else text, ""])
            if not inside:
                level = -1
            continue
        level = columns.index(end)
        bullet = "*" if marker == "-" else marker
        out.append(f"{'    ' * level}{bullet} {text}")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


def record(nct_id: str, title: str, conditions: str, criteria: str) -> dict:
    return {
        "protocolSection": {
            "identificationModule": {"nctId": nct_id, "briefTitle": title},
            "statusModule": {
                "overallStatus": "COMPLETED",
                "lastUpdatePostDateStruct": {"date": "2024-01-01", "type": "ACTUAL"},
                "studyFirstPostDateStruct": {"date": "2020-04-15", "type": "ACTUAL"},
            },
            "conditionsModule": {"conditions": [c for c in conditions.split("|") if c] or ["Unknown"]},
            "designModule": {"studyType": "INTERVENTIONAL", "phases": ["NA"]},
            "eligibilityModule": {"eligibilityCriteria": markdown_criteria(criteria), "sex": "ALL"},
        },
        "hasResults": False,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="data/input/clinical_trials.csv of Clinical Trial Parser")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "ctgov" / "ctparser.jsonl.xz")
    arguments = parser.parse_args()
    with arguments.source.open(encoding="utf-8", newline="") as source:
        rows = list(csv.reader(line for line in source if not line.startswith("#")))
    with lzma.open(arguments.out, "wt", encoding="utf-8") as out:
        for nct_id, title, _us_facility, conditions, criteria in sorted(rows):
            out.write(json.dumps(record(nct_id, title, conditions, criteria)) + "\n")
    print(f"{len(rows)} records -> {arguments.out}")


if __name__ == "__main__":
    main()
