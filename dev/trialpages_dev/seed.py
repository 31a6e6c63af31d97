"""Index studies straight from their records, without rendering pages: a quick setup for API benchmarks and tests.

It writes what render_study writes for a study's first version, through the same repository
(lookup items, conditions, the version record and the JSON document the API serves), the search
postings publish_site packs, and what publish_site records of each condition page; no page, feed
or change history.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from trialpages.aws.index.publishing import SiteIndex
from trialpages.aws.index.store import IndexStore
from trialpages.aws.index.versions import StudyVersions
from trialpages.lookup.conditions import Condition
from trialpages.lookup.entries import study_entries
from trialpages.lookup.records import VersionRecord
from trialpages.publishing.hashes import sha256_hex
from trialpages.site.documents import study_document
from trialpages.site.paths import document_key
from trialpages.site.site_pages import condition_summary, page_totals
from trialpages.study import Study


class Site(Protocol):
    def put(self, key: str, body: bytes, content_type: str) -> None: ...


def seed_index(
    store: IndexStore, site: Site, studies: Iterable[Study], *, site_url: str, pack_postings: bool = True
) -> int:
    """Index each study (its first version), and pack the search postings unless told not to; the number indexed."""
    versions = StudyVersions(store)
    count = 0
    for study in studies:
        document = study_document(study)
        site.put(document_key(study.nct_id), document, "application/json")
        entries = study_entries(study, site_url, None)
        written = versions.write_version(entries, before={})
        record = VersionRecord(
            nct_id=study.nct_id,
            last_update=study.last_update,
            raw_key=f"raw/{study.nct_id}/{study.last_update}.json",
            json_sha256=sha256_hex(document),
            listing=entries.listing,
            written=written.written,
        )
        versions.record(record, replacing=None)
        count += 1
    if pack_postings:
        pack_marked_postings(SiteIndex(store))
    return count


def pack_marked_postings(index: SiteIndex) -> int:
    """Pack the search postings the marks name, as publish_site does, and clear those marks; how many."""
    marks = [mark for mark in index.marks() if mark.kind in ("search", "sites")]
    index.pack_search_postings(mark.value for mark in marks if mark.kind == "search")
    index.pack_site_postings(mark.value for mark in marks if mark.kind == "sites")
    index.clear(marks)
    return len(marks)


def seed_condition_summaries(store: IndexStore, studies: Iterable[Study], *, site_url: str) -> int:
    """What publish_site records of each condition page once it has built them (their counts included);
    the number of conditions."""
    members: dict[tuple[str, str], list] = {}
    for study in studies:
        entries = study_entries(study, site_url, None)
        for slug, name in entries.page_conditions.items():
            members.setdefault((slug, name), []).append(entries.listing)
    SiteIndex(store).record_condition_pages(
        (condition_summary(Condition(slug=slug, name=name), listed, None), page_totals(listed))
        for (slug, name), listed in members.items()
    )
    return len(members)
