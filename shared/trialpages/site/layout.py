"""render_site: raw records -> the site layout on disk (studies/<NCTID>/index.html, data/studies/<NCTID>.json)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from trialpages.site.assets import site_assets
from trialpages.site.context import DEFAULT_SITE_URL
from trialpages.site.page import render_study_page
from trialpages.site.whole_site import StudyHistory, WholeSite, study_histories
from trialpages.study import InvalidStudyRecord, Study, normalize_study


@dataclass
class RenderReport:
    rendered: list[str] = field(default_factory=list)
    failed: list[tuple[str | None, str]] = field(default_factory=list)  # (nct_id or None, reason)


def page_key(nct_id: str) -> str:
    return f"studies/{nct_id}/index.html"


def document_key(nct_id: str) -> str:
    return f"data/studies/{nct_id}.json"


def study_document(study: Study) -> bytes:
    return json.dumps(study.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _nct_id_of(record: object) -> str | None:
    try:
        return record["protocolSection"]["identificationModule"]["nctId"]  # type: ignore[index]
    except (KeyError, TypeError):
        return None


def _write(out: Path, key: str, body: bytes) -> None:
    path = out / key
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(body)


def render_site(
    records: Iterable[dict],
    out: Path,
    *,
    progress: bool = True,
    site_url: str | None = None,
    fetched: str | Mapping[str, str] | None = None,
    generated: datetime | None = None,
    today: date | None = None,
) -> RenderReport:
    """Render every record; one that fails is reported with its NCT id and reason, the rest still render.

    Several versions of one study (two files with the same nctId) give its page a change history,
    as the pipeline's raw archive does. `fetched` is the day (YYYY-MM-DD) the records were fetched
    from the registry, or one such day per NCT id; `generated` stamps each page with its build time;
    `today` is the day the status cautions are worked out for (by default `generated`'s day, else
    each record's own last update: see build_page_context).
    """
    report = RenderReport()
    studies: list[Study] = []
    for record in records:
        try:
            studies.append(normalize_study(record))
        except InvalidStudyRecord as invalid:
            report.failed.append((invalid.nct_id, invalid.reason))
        except Exception as error:  # noqa: BLE001 - a bad record must not stop the others
            report.failed.append((_nct_id_of(record), f"cannot normalize: {type(error).__name__}: {error}"))

    out = Path(out)
    for asset in site_assets():
        _write(out, asset.key, asset.body)
    site_url = (site_url or DEFAULT_SITE_URL).rstrip("/")
    histories = study_histories(studies)
    fetched_of = fetched if isinstance(fetched, Mapping) else {h.current.nct_id: fetched for h in histories}
    site = WholeSite(histories, site_url, fetched_of)
    for history in _progress(histories, progress):
        study = history.current
        try:
            html = render_study_page(
                study,
                related=site.related.related(study.nct_id),
                site_url=site_url,
                generated=generated,
                changes=history.entries,
                fetched=fetched_of.get(study.nct_id),
                today=today,
            )
            _write(out, page_key(study.nct_id), html.encode("utf-8"))
            _write(out, document_key(study.nct_id), study_document(study))
        except Exception as error:  # noqa: BLE001 - reported, and the others still render
            report.failed.append((study.nct_id, f"cannot render: {type(error).__name__}: {error}"))
        else:
            report.rendered.append(study.nct_id)
    for file in site.files(set(report.rendered)):
        _write(out, file.key, file.body)
    return report


def _progress(histories: list[StudyHistory], enabled: bool):
    if not enabled:
        return histories
    from tqdm import tqdm

    return tqdm(histories, desc="render", unit="study")
