"""`trialpages eligibility-report`: items by the recogniser that wrote them, and the words left as written."""

from __future__ import annotations

import json

from trialpages_dev.cli import main
from trialpages_dev.eligibility_report import rule_coverage


def _module(criteria: str) -> dict:
    return {"eligibilityCriteria": criteria}


def test_items_left_in_the_study_words_are_counted_most_common_first():
    modules = [
        _module(
            "Inclusion Criteria:\n\n* Age ≥ 18 years\n* Stable marital status\n\nExclusion Criteria:\n\n* Unmarried couples"
        ),
        _module("Inclusion Criteria:\n\n* Stable marital status\n* ECOG 0-1"),
    ]

    coverage = rule_coverage(modules)

    assert coverage.items == 5
    assert coverage.kinds == {"age-minimum": 1, "ecog": 1}
    assert coverage.unmatched.most_common() == [("Stable marital status", 2), ("Unmarried couples", 1)]


def test_report_command_reads_a_folder_and_names_an_unreadable_file(tmp_path, bundled_records, capsys):
    for record in bundled_records[:20]:
        nct_id = record["protocolSection"]["identificationModule"]["nctId"]
        (tmp_path / f"{nct_id}.json").write_text(json.dumps(record), encoding="utf-8")
    (tmp_path / "NCT99999999.json").write_text("{not json", encoding="utf-8")

    code = main(["eligibility-report", "--records", str(tmp_path), "--top", "5"])

    out, err = capsys.readouterr()
    assert code == 1
    assert "plain items" in out and "left in the study's words (top 5)" in out
    assert "NCT99999999" in err
