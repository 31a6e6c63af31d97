"""publish_site's index: the marks it works from, what condition pages and sitemaps list, the
summaries and file hashes it records, and what each study page was rendered with."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import suppress

from trialpages.aws.index import keys
from trialpages.aws.index.items import (
    change_of,
    listing_of,
    member_of,
    page_record_of,
    page_record_writes,
    version_of,
)
from trialpages.aws.index.postings import pack_cells, pack_terms
from trialpages.aws.index.store import ConditionFailed, Expect, IndexStore, PartitionQuery, read_all
from trialpages.aws.index.versions import newest_members
from trialpages.history import ChangeEntry
from trialpages.lookup.conditions import ConditionSummary, ConditionTotals
from trialpages.lookup.facets import ALL_STUDIES, id_range
from trialpages.lookup.listing import StudyListing
from trialpages.lookup.records import ConditionMember, PageRecord, PublishMark, VersionRecord

_SUMMARY_FIELDS = frozenset(ConditionSummary.model_fields)
_TRANSACTION = 100  # deletes one TransactWriteItems may carry


class SiteIndex:
    def __init__(self, store: IndexStore) -> None:
        self._store = store

    # -- marks ------------------------------------------------------------------------------
    def marks(self) -> list[PublishMark]:
        found = []
        for item in read_all(self._store, PartitionQuery(keys.MARKS, newest_first=False)):
            kind, value = keys.mark_parts(item["sk"])
            found.append(PublishMark(kind=kind, value=value, token=item.get("token", "")))
        return found

    def clear(self, marks: Sequence[PublishMark]) -> None:
        """Delete each mark unless it was left again (a new token) since it was read: a hundred at a
        time in one transaction, one by one in a group where any was left again."""
        for start in range(0, len(marks), _TRANSACTION):
            group = marks[start : start + _TRANSACTION]
            conditional = [(keys.MARKS, keys.mark(m.kind, m.value), Expect("token", m.token)) for m in group]
            if self._store.delete_all(conditional):
                continue
            for pk, sk, expect in conditional:
                with suppress(ConditionFailed):  # marked again: it waits for the next run
                    self._store.delete(pk, sk, expect=expect)

    def mark_page(self, nct_id: str, token: str) -> None:
        """Ask the next run to render this study's page (one that failed to render now); a page mark
        already there takes the new token, so the run that read it does not clear it."""
        self._store.put({"pk": keys.MARKS, "sk": keys.mark("page", nct_id), "token": token})

    # -- study pages ------------------------------------------------------------------------
    def versions_and_pages(self, nct_ids: Sequence[str]) -> dict[str, tuple[VersionRecord | None, PageRecord | None]]:
        """Each study's recorded version and what its page was last rendered with (one batch read)."""
        wanted = [(keys.study(n), sort_key) for n in nct_ids for sort_key in (keys.CURRENT, keys.PAGE_RECORD)]
        found = self._store.get_many(wanted, consistent=True)
        result = {}
        for nct_id in nct_ids:
            version = found.get((keys.study(nct_id), keys.CURRENT))
            page = found.get((keys.study(nct_id), keys.PAGE_RECORD))
            result[nct_id] = (version_of(version) if version else None, page_record_of(page) if page else None)
        return result

    def save_page_records(
        self, records: Iterable[PageRecord], replacing: Mapping[str, PageRecord | None] | None = None
    ) -> None:
        """Each page's record, and the study filed under the day its page next changes (for the daily
        sweep): moved from the day the record it replaces named, and written only when that day moved."""
        replacing = replacing or {}
        puts, deletes = [], []
        for record in records:
            put, delete = page_record_writes(record, replacing.get(record.nct_id))
            puts += put
            deletes += delete
        self._store.write_many(puts, deletes)

    def related_candidates(self, slug: str, limit: int) -> list[StudyListing]:
        return newest_members(self._store, slug, limit)

    # -- condition pages ----------------------------------------------------------------------
    def condition_members(self, slug: str) -> list[ConditionMember]:
        return [member_of(item) for item in read_all(self._store, PartitionQuery(keys.condition_members(slug)))]

    def condition_name(self, slug: str) -> str | None:
        item = self._store.get(keys.CONDITIONS, slug)
        return item["name"] if item else None

    def record_hub_redirects(self, redirects: Mapping[str, str]) -> None:
        """old slug -> the hub its page now redirects to."""
        self._store.write_many([{"pk": keys.HUB_REDIRECTS, "sk": old, "hub": hub} for old, hub in redirects.items()])

    def hub_redirect_target(self, old_slug: str) -> str | None:
        item = self._store.get(keys.HUB_REDIRECTS, old_slug)
        return item["hub"] if item else None

    def record_condition_pages(self, pages: Iterable[tuple[ConditionSummary, ConditionTotals]]) -> None:
        """Each built page's summary with the counts it shows (for the home page, the sitemaps and
        /v1/conditions/{slug}) and its entry in /v1/conditions."""
        items = []
        for summary, totals in pages:
            items.append(
                {"pk": keys.SITE_CONDITIONS, "sk": summary.slug, **summary.model_dump(), "totals": totals.model_dump()}
            )
            items.append({"pk": keys.CONDITIONS, "sk": summary.slug, "name": summary.name, "count": summary.count})
        self._store.write_many(items)

    def condition_summaries(self) -> list[ConditionSummary]:
        items = read_all(self._store, PartitionQuery(keys.SITE_CONDITIONS, newest_first=False))
        return [
            ConditionSummary.model_validate({k: v for k, v in item.items() if k in _SUMMARY_FIELDS}) for item in items
        ]

    def condition_changes(self, slug: str, limit: int) -> list[ChangeEntry]:
        """The newest `limit` changes of a condition's studies, oldest first (the order they were recorded in)."""
        return self._newest_changes(keys.condition_feed(slug), limit)

    def site_changes(self, limit: int) -> list[ChangeEntry]:
        return self._newest_changes(keys.SITE_FEED, limit)

    def _newest_changes(self, feed: str, limit: int) -> list[ChangeEntry]:
        answer = self._store.query(PartitionQuery(feed), limit=limit)
        return [change_of(item) for item in reversed(answer.items)]

    # -- search postings -----------------------------------------------------------------------
    def pack_search_postings(self, terms: Iterable[str]) -> int:
        """Pack again the postings of these search terms; the items written."""
        return pack_terms(self._store, terms)

    def pack_site_postings(self, cells: Iterable[str]) -> int:
        """Pack again the sites of these precision-3 map cells; the items written."""
        return pack_cells(self._store, cells)

    # -- sitemaps and the site-wide files --------------------------------------------------------
    def range_studies(self, id_range_value: str) -> list[StudyListing]:
        """The studies of one sitemap range (ids starting with its 7 characters)."""
        query = PartitionQuery(keys.facet(id_range(id_range_value)), newest_first=False)
        return [listing_of(item) for item in read_all(self._store, query)]

    def record_sitemaps(self, sitemaps: Iterable[tuple[str, int, str | None]]) -> None:
        """(sitemap key, studies in it, lastmod) of each study sitemap written."""
        self._store.write_many(
            [{"pk": keys.SITEMAPS, "sk": key, "count": count, "lastmod": lastmod} for key, count, lastmod in sitemaps]
        )

    def sitemaps(self) -> list[tuple[str, int, str | None]]:
        """Every study sitemap with studies in it: (key, studies, lastmod)."""
        items = read_all(self._store, PartitionQuery(keys.SITEMAPS, newest_first=False))
        return [
            (item["sk"], int(item["count"]), item.get("lastmod")) for item in items if int(item.get("count", 0)) > 0
        ]

    def recent_studies(self, limit: int) -> list[StudyListing]:
        answer = self._store.query(PartitionQuery(keys.facet(ALL_STUDIES)), limit=limit)
        return [listing_of(item) for item in answer.items]

    def site_file_hashes(self, file_keys: Sequence[str]) -> dict[str, str]:
        """The sha256 each site file had when publish_site last wrote it."""
        found = self._store.get_many([(keys.SITE_FILES, key) for key in file_keys])
        return {sk: item["sha256"] for (_, sk), item in found.items()}

    def record_site_files(self, hashes: dict[str, str]) -> None:
        self._store.write_many([{"pk": keys.SITE_FILES, "sk": key, "sha256": sha} for key, sha in hashes.items()])
