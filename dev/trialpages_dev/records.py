"""Load API v2 study records from a folder of JSON files or the bundled compressed corpus."""

from __future__ import annotations

import json
import lzma
from collections.abc import Iterator
from pathlib import Path

from trialpages_dev import project


def nct_id_of(record: dict) -> str:
    return record["protocolSection"]["identificationModule"]["nctId"]


def iter_records(source: Path | str | None = None) -> Iterator[dict]:
    """Yield study objects from a folder of `*.json` files (one study each) or a `.jsonl.xz` bundle."""
    path = Path(source) if source else project.bundled_records()
    if path.is_dir():
        for file in sorted(path.glob("*.json")):
            yield json.loads(file.read_text(encoding="utf-8"))
    elif path.suffix == ".xz":
        with lzma.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    yield json.loads(line)
    else:
        raise FileNotFoundError(f"no records at {path}: expected a folder of JSON files or a .jsonl.xz bundle")


def load_records(source: Path | str | None = None) -> list[dict]:
    return list(iter_records(source))


def export_records(records: list[dict], folder: Path) -> Path:
    """Write one `<NCTID>.json` per record, the layout `trialpages render --records` reads."""
    folder.mkdir(parents=True, exist_ok=True)
    for record in records:
        (folder / f"{nct_id_of(record)}.json").write_text(
            json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8"
        )
    return folder
