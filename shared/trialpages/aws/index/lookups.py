"""lookup_api's index: every read a GetItem, a BatchGetItem or a Query on a key (never a Scan), each
Query bounded. A page Query stops after `max_examined` items (what DynamoDB reads and bills,
before any filter), so a rare filter combination costs at most that much per request: the page
then holds fewer items than asked for, and `resume_after` says where the next request goes on.

The queries are built here and handed to the API as opaque values: it binds its cursors to them
(`repr`) and checks a resume position against them (`admits`), and never spells a key.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from trialpages.aws.index import keys
from trialpages.aws.index.postings import PACKED
from trialpages.aws.index.store import IndexStore, Page, PartitionQuery, read_page
from trialpages.lookup.facets import ALL_STUDIES, facet, paired
from trialpages.lookup.search_terms import SearchListing

# About 1 MB of listing items: one DynamoDB response's worth, some 125 read units at most.
MAX_EXAMINED = 1000


@dataclass(frozen=True)
class StudyVersion:
    """What a study's version record says without reading its document (an ETag and its date)."""

    nct_id: str
    last_update: str
    json_sha256: str


class Lookups:
    def __init__(self, store: IndexStore, *, max_examined: int = MAX_EXAMINED) -> None:
        self._store = store
        self.max_examined = max_examined  # per page Query, unless a caller shares a smaller budget

    # -- studies ------------------------------------------------------------------------------
    def study_version(self, nct_id: str) -> StudyVersion | None:
        item = self._store.get(keys.study(nct_id), keys.CURRENT, attributes=("nct_id", "last_update", "json_sha256"))
        return StudyVersion(item["nct_id"], item["last_update"], item["json_sha256"]) if item else None

    def alias_target(self, nct_id: str) -> str | None:
        """The current id of a study once registered as `nct_id`."""
        item = self._store.get(keys.study(nct_id), keys.ALIAS)
        return item["current"] if item else None

    def listings(self, nct_ids: Sequence[str]) -> dict[str, dict]:
        """Each indexed study's listing (a study not indexed yet is absent)."""
        found = self._store.get_many([(keys.study(nct_id), keys.CURRENT) for nct_id in nct_ids])
        return {item["nct_id"]: json.loads(item["listing"]) for item in found.values()}

    def studies(self, filed_under: Sequence[str], *, since: str | None, also: Sequence[str] = ()) -> PartitionQuery:
        """Studies filed under every `<facet>#<value>` in `filed_under` (one value, or a filed pair;
        none: all studies), updated `since` or later, newest first; `also`: values checked by filter."""
        partition = paired(*filed_under) if filed_under else ALL_STUDIES
        return PartitionQuery(
            keys.facet(partition), sk_at_least=since, must_have=tuple(("facets", value) for value in also)
        )

    def study_changes(self, nct_id: str) -> PartitionQuery:
        return PartitionQuery(keys.study(nct_id), sk_prefix=keys.changes_of_study())

    def site_changes(self, since: str) -> PartitionQuery:
        return PartitionQuery(keys.SITE_FEED, sk_at_least=since)

    # -- conditions ---------------------------------------------------------------------------
    def conditions(self) -> PartitionQuery:
        return PartitionQuery(keys.CONDITIONS, newest_first=False)

    def condition_studies(self, slug: str) -> PartitionQuery:
        """A condition's studies in its endpoint's order (the sort keys hold it): recruiting first."""
        return PartitionQuery(keys.recruiting_first(slug))

    def condition_facet(self, slug: str) -> PartitionQuery:
        """Every study filed under the condition, newest first."""
        return PartitionQuery(keys.facet(facet("condition", slug)))

    def condition(self, slug: str) -> tuple[dict | None, dict | None]:
        """The condition's entry in the list and what publish_site recorded of its page (one batch read)."""
        found = self._store.get_many([(keys.CONDITIONS, slug), (keys.SITE_CONDITIONS, slug)])
        return found.get((keys.CONDITIONS, slug)), found.get((keys.SITE_CONDITIONS, slug))

    # -- search -------------------------------------------------------------------------------
    def term_posting(self, term: str, *, open_only: bool, requests: int) -> list[str] | None:
        """The packed lines of the studies a folded search term finds (open ones only, or all), read
        in at most `requests` Queries; None when there are more."""
        prefix = keys.OPEN_PREFIX if open_only else None
        query = PartitionQuery(keys.search_posting(term), sk_prefix=prefix, newest_first=False)
        return self._packed(query, requests)

    def site_posting(self, cell: str, *, requests: int) -> list[str] | None:
        """The packed sites of a geohash cell of precision 3 or 4; None when more than `requests` Queries hold."""
        query = PartitionQuery(keys.site_posting(cell), sk_prefix=keys.site_cell_prefix(cell), newest_first=False)
        return self._packed(query, requests)

    def _packed(self, query: PartitionQuery, requests: int) -> list[str] | None:
        chunks: list[str] = []
        after = None
        for _ in range(requests):
            # DynamoDB answers at most 1 MB a Query: two or three chunks.
            batch = self._store.query(query, limit=100, after=after, attributes=(PACKED,))
            chunks += [item[PACKED] for item in batch.items]
            if batch.last_sk is None:
                return chunks
            after = batch.last_sk
        return None

    def term_lines(self, term: str, nct_ids: Sequence[str], *, open_only: bool) -> list[str]:
        """The lines of those of these studies the term finds (open ones only, or all): one batch read
        of up to 100 keys a request, `per_study_keys` keys a study."""
        flags = (True,) if open_only else (True, False)
        wanted = [(keys.search_term(term), keys.search_entry(flag, nct_id)) for nct_id in nct_ids for flag in flags]
        return [item["line"] for item in self._store.get_many(wanted).values()]

    @staticmethod
    def per_study_keys(*, open_only: bool) -> int:
        return 1 if open_only else 2

    def search_listings(self, nct_ids: Sequence[str]) -> dict[str, SearchListing]:
        """What a search result shows of each study (one batch read; a study no longer indexed is absent)."""
        found = self._store.get_many([(keys.study(nct_id), keys.SEARCH_LISTING) for nct_id in nct_ids])
        listings = (SearchListing.model_validate_json(item["listing"]) for item in found.values())
        return {listing.nct_id: listing for listing in listings}

    # -- sites ----------------------------------------------------------------------------------
    def sites_in(self, cell: str) -> PartitionQuery:
        """The sites in a geohash cell of precision 3 or 4."""
        return PartitionQuery(keys.site_partition(cell), sk_prefix=keys.site_cell_prefix(cell), newest_first=False)

    # -- reading ------------------------------------------------------------------------------
    def page(
        self,
        query: PartitionQuery,
        *,
        limit: int,
        after: str | None = None,
        max_examined: int | None = None,
        attributes: tuple[str, ...] = (),
    ) -> Page:
        """Up to `limit` items of `query` after the sort key `after`, reading at most `max_examined`."""
        budget = self.max_examined if max_examined is None else max_examined
        return read_page(self._store, query, limit=limit, max_examined=budget, after=after, attributes=attributes)
