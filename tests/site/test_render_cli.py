"""`trialpages render --records DIR --out OUT`: bad records are reported by id and reason, the rest still render."""

from __future__ import annotations

import json

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
