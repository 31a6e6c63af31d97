"""`trialpages render --records DIR --out OUT`: bad records are reported by id and reason, the rest still render."""

from __future__ import annotations

import json

import pytest
from trialpages_dev.cli import main
from trialpages_dev.records import export_records


def test_render_reports_failures_and_exits_non_zero(records, tmp_path, capsys):
    folder = export_records(records[:3], tmp_path / "records")
    broken = records[3]
    del broken["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"]
    (folder / "NCT99999991.json").write_text(json.dumps(broken), encoding="utf-8")
    (folder / "NCT99999992.json").write_text("{not json", encoding="utf-8")
    out = tmp_path / "site"

    code = main(["render", "--records", str(folder), "--out", str(out), "--no-progress"])

    assert code == 1
    err = capsys.readouterr().err
    broken_id = broken["protocolSection"]["identificationModule"]["nctId"]
    assert f"failed {broken_id}: no lastUpdatePostDateStruct.date" in err
    assert "failed NCT99999992: NCT99999992.json is not a JSON document" in err
    for record in records[:3]:
        nct_id = record["protocolSection"]["identificationModule"]["nctId"]
        assert (out / "studies" / nct_id / "index.html").stat().st_size > 10_000
        assert json.loads((out / "data" / "studies" / f"{nct_id}.json").read_text())["nct_id"] == nct_id
    assert not (out / "studies" / broken_id).exists()


def test_render_succeeds_on_a_clean_folder_and_accepts_the_bundle(records, tmp_path, capsys):
    folder = export_records(records[:2], tmp_path / "records")
    assert main(["render", "--records", str(folder), "--out", str(tmp_path / "a"), "--no-progress"]) == 0
    assert "rendered 2 studies" in capsys.readouterr().out


def test_render_builds_the_pages_for_the_day_given(records, tmp_path):
    recruiting = next(r for r in records if r["protocolSection"]["statusModule"]["overallStatus"] == "RECRUITING")
    nct_id = recruiting["protocolSection"]["identificationModule"]["nctId"]
    verified = recruiting["protocolSection"]["statusModule"]["statusVerifiedDate"]
    folder = export_records([recruiting], tmp_path / "records")
    pages = {}
    for label, day in (("then", f"{verified}-01" if len(verified) == 7 else verified), ("later", "2040-01-01")):
        out = tmp_path / label
        assert main(["render", "--records", str(folder), "--out", str(out), "--today", day, "--no-progress"]) == 0
        pages[label] = (out / "studies" / nct_id / "index.html").read_text(encoding="utf-8")
    assert 'id="status-caution"' not in pages["then"]
    assert 'id="status-caution"' in pages["later"] and "more than 2 years ago" in pages["later"]


def test_render_refuses_a_day_that_is_not_a_date(records, tmp_path, capsys):
    folder = export_records(records[:1], tmp_path / "records")
    with pytest.raises(SystemExit):
        main(["render", "--records", str(folder), "--out", str(tmp_path / "a"), "--today", "2026-02-30"])
    assert "--today" in capsys.readouterr().err
