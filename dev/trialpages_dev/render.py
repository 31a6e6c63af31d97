"""`trialpages render`'s pipeline: the records through render_study's and publish_site's own use cases
and repository, over in-memory stores, then the site bucket written out as files.

Several versions of one study (two files with the same nctId) are recorded oldest first, so its
page has a change history, as the pipeline's raw archive gives it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from trialpages.aws.index.publishing import SiteIndex
from trialpages.aws.index.versions import StudyVersions
from trialpages.ingest.messages import StudyMessage, UnkeyedStudyRecord, message_for
from trialpages.publishing.pages import PageWriter, StudyPages
from trialpages.publishing.site_cycle import SitePublisher
from trialpages.publishing.study_page import StudyPageRenderer
from trialpages.publishing.version import VersionPublisher
from trialpages.site.paths import page_key
from trialpages.study import InvalidStudyRecord, normalize_study
from trialpages_dev.memory import MemoryIndexStore, MemoryRawArchive, MemorySiteStore

CHUNK_MARKS = 20


@dataclass
class RenderReport:
    rendered: list[str] = field(default_factory=list)
    failed: list[tuple[str | None, str]] = field(default_factory=list)  # (nct_id or None, reason)


def _nct_id_of(record: object) -> str | None:
    try:
        return record["protocolSection"]["identificationModule"]["nctId"]  # type: ignore[index]
    except (KeyError, TypeError):
        return None


def _why_unusable(record: dict, unkeyed: UnkeyedStudyRecord) -> tuple[str | None, str]:
    """The normalizer's own reason when it has one (it names the missing field), else the message's."""
    try:
        normalize_study(record)
    except InvalidStudyRecord as invalid:
        return invalid.nct_id, invalid.reason
    except Exception:  # noqa: BLE001, S110 - the message's reason stands
        pass
    return _nct_id_of(record), str(unkeyed)


def _day(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value).replace(tzinfo=UTC) if value else None


def render_site(
    records: Iterable[dict],
    out: Path,
    *,
    site_url: str,
    progress: bool = True,
    fetched: str | Mapping[str, str] | None = None,
    generated: datetime | None = None,
    today: date | None = None,
) -> RenderReport:
    """Render every record; one that fails is reported with its NCT id and reason, the rest still render.

    `fetched` is the day (YYYY-MM-DD) the records were fetched from the registry, or one such day
    per NCT id; `generated` stamps each page with its build time; `today` is the day the pages are
    built for (their status cautions): by default `generated`'s day, else each record's own last update.
    """
    report = RenderReport()
    build_day = today or (generated.date() if generated else None)
    store, site, raw = MemoryIndexStore(), MemorySiteStore(), MemoryRawArchive()
    messages: dict[tuple[str, str], StudyMessage] = {}
    for record in records:
        try:
            message = message_for(record)
        except UnkeyedStudyRecord as unkeyed:
            report.failed.append(_why_unusable(record, unkeyed))
            continue
        day = fetched.get(message.nct_id) if isinstance(fetched, Mapping) else fetched
        raw.archive(message, record, _day(day))
        messages[(message.nct_id, message.last_update)] = message

    study_versions = StudyVersions(store)
    versions = VersionPublisher(
        raw,
        site,
        study_versions,
        PageWriter(site),
        lambda: StudyPageRenderer(
            study_versions, site_url=site_url, generated=lambda: generated, today=lambda: build_day
        ),
        site_url=site_url,
    )
    rendered: set[str] = set()  # pages render_study wrote, then those publish_site wrote again
    for key in _progress(sorted(messages), progress, "record"):
        try:
            if page_key(key[0]) in versions.publish(messages[key]).wrote:
                rendered.add(key[0])
        except InvalidStudyRecord as invalid:
            report.failed.append((invalid.nct_id, invalid.reason))
        except Exception as error:  # noqa: BLE001 - a bad record must not stop the others
            report.failed.append((key[0], f"cannot normalize: {type(error).__name__}: {error}"))

    index = SiteIndex(store)
    passes: list[StudyPages] = []

    def pages() -> StudyPages:
        renderer = StudyPageRenderer(index, site_url=site_url, generated=lambda: generated, today=lambda: build_day)
        passes.append(StudyPages(index, StudyVersions(store), site, raw, renderer))
        return passes[-1]

    publisher = SitePublisher(index, site, pages, site_url=site_url, chunk_marks=CHUNK_MARKS, min_remaining_ms=0)
    publisher.publish(lambda: 1)  # no time limit: one run renders every page and file
    report.rendered = sorted(rendered | {nct_id for run in passes for nct_id in run.rendered})
    report.failed += [failure for run in passes for failure in run.failed]
    out = Path(out)
    for key, stored in site.files.items():
        path = out / key
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(stored.body)
    return report


def _progress(items: list, enabled: bool, unit: str):
    if not enabled:
        return items
    from tqdm import tqdm

    return tqdm(items, desc="render", unit=unit)
