"""The glossary notes of every page, for a reader to check each against the words it is shown beside.

For each note (term and definition) that the eligibility lists of the records show, the distinct windows of words
around the term in the items it is attached to (a few words either side), with one study that shows each and how
many items share it. A note explains a term once a page, so a window is where a patient meets it.

Usage: python tools/eligibility-review/note_windows.py OUT.txt [--records data/ctgov/studies.jsonl.xz]
       [--terms adjectives|abbreviations|rest|all] [--per-term 30]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from trialpages_dev.records import load_records

from trialpages.eligibility import translate_eligibility

_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ar", "ed", "ory", "ent", "ant")


def _wanted(term: str, definition: str, kind: str) -> bool:
    """Single words whose sense depends on the words around them: adjectives, short abbreviations, "to do with"."""
    if kind == "all":
        return True
    if kind == "rest":
        return not _wanted(term, definition, "adjectives")
    if " " in term or "-" in term:
        return False
    abbreviation = term.isupper() and len(term) <= 6
    if kind == "abbreviations":
        return abbreviation
    return abbreviation or term.lower().endswith(_ADJECTIVE_ENDINGS) or definition.startswith("to do with")


def _window(text: str, term: str) -> str:
    flags = 0 if term.isupper() else re.IGNORECASE
    found = re.search(rf"(?:\S+\s+){{0,4}}(?<!\w){re.escape(term)}(?!\w)(?:\s+\S+){{0,4}}", text, flags)
    if found:
        return found.group(0)
    at = text.casefold().find(term.casefold())  # a term that starts or ends with a sign ("/mm3")
    return text[max(0, at - 50) : at + len(term) + 50] if at >= 0 else text[:120]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--records", default=None)
    parser.add_argument("--terms", choices=("adjectives", "abbreviations", "rest", "all"), default="adjectives")
    parser.add_argument("--per-term", type=int, default=30)
    args = parser.parse_args()
    windows: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    shown_in: dict[tuple[str, str, str], str] = {}
    for record in load_records(args.records):
        nct_id = record["protocolSection"]["identificationModule"]["nctId"]
        plain = translate_eligibility(record["protocolSection"].get("eligibilityModule"))
        for item in plain.all_items():
            said = item.text or item.children_title or ""
            for term in item.terms:
                if _wanted(term.term, term.definition, args.terms):
                    window = _window(said, term.term)
                    windows[(term.term, term.definition)][window.casefold()] += 1
                    shown_in.setdefault((term.term, term.definition, window.casefold()), f"{nct_id} | {window}")
    lines, number = [], 0
    for (term, definition), counted in sorted(windows.items(), key=lambda entry: entry[0][0].casefold()):
        lines.append(f"\n## {term} :: {definition}")
        for window, count in counted.most_common(args.per_term):
            number += 1
            lines.append(f"{number} | {shown_in[(term, definition, window)]}" + (f"  (x{count})" if count > 1 else ""))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(windows)} notes, {number} windows -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
