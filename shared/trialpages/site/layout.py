"""render_site: raw records -> the site layout on disk (studies/<NCTID>/index.html, data/studies/<NCTID>.json)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from trialpages.site.assets import site_assets
from trialpages.site.page import render_study_page
from trialpages.site.related import RelatedIndex
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
    checked: str | None = None,
) -> RenderReport:
    """Render every record; one that fails is reported with its NCT id and reason, the rest still render."""
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
    related = RelatedIndex(studies)
    options = {"site_url": site_url} if site_url else {}
    for study in _progress(studies, progress):
        try:
            html = render_study_page(study, related=related.related(study), **options)
            _write(out, page_key(study.nct_id), html.encode("utf-8"))
            _write(out, document_key(study.nct_id), study_document(study))
        except Exception as error:  # noqa: BLE001 - reported, and the others still render
            report.failed.append((study.nct_id, f"cannot render: {type(error).__name__}: {error}"))
        else:
            report.rendered.append(study.nct_id)
    _write_cross_study_files(out, [s for s in studies if s.nct_id in set(report.rendered)], site_url, checked)
    return report


def _write_cross_study_files(out: Path, studies: list[Study], site_url: str | None, checked: str | None) -> None:
    """Condition pages, home, feeds and sitemaps over the studies that rendered (one version each here)."""
    from trialpages.lookup.items import listing_of, page_conditions
    from trialpages.site.context import DEFAULT_SITE_URL
    from trialpages.site.site_pages import Condition, cross_study_files, study_feed

    site_url = (site_url or DEFAULT_SITE_URL).rstrip("/")
    listings = {study.nct_id: listing_of(study, site_url) for study in studies}
    members: dict[Condition, list] = {}
    for study in studies:
        for slug, name in page_conditions(study).items():
            members.setdefault(Condition(slug=slug, name=name), []).append(listings[study.nct_id])
    files = [study_feed(listing, [], site_url) for listing in listings.values()]
    files += cross_study_files(list(listings.values()), members, [], site_url, checked)
    for file in files:
        _write(out, file.key, file.body)


def _progress(studies: list[Study], enabled: bool):
    if not enabled:
        return studies
    from tqdm import tqdm

    return tqdm(studies, desc="render", unit="study")
