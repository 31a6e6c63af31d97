"""render_study's index: a study's recorded version, the lookup items it owns, its history, what its
page was rendered with, the related-study candidates and the marks that tell publish_site what to
rebuild.

A version writes only the items whose content changed since the version before (each item's
hash is kept in the version record), deletes the ones it no longer owns, and is then recorded
on condition that the record is still the one it compared against, so a concurrent write can
never leave items that no record accounts for.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from trialpages.aws.index import keys
from trialpages.aws.index.items import (
    change_items,
    change_of,
    content_hash,
    key_of,
    listing_of,
    owned_items,
    page_record_of,
    page_record_writes,
    version_item,
    version_of,
)
from trialpages.aws.index.store import ConditionFailed, Expect, IndexStore, Item, PartitionQuery, read_all
from trialpages.history import ChangeEntry
from trialpages.lookup.entries import StudyEntries
from trialpages.lookup.facets import id_range_of
from trialpages.lookup.listing import StudyListing
from trialpages.lookup.records import PageRecord, VersionRecord


@dataclass(frozen=True)
class ItemsWritten:
    written: dict[str, str]  # item key -> content hash of every item the version owns
    puts: int
    deletes: int
    requests: int


def mark_items(
    nct_id: str,
    last_update: str,
    conditions: Iterable[str],
    *,
    page: bool,
    content: str = "",
    changed: Iterable[str] = (),
) -> list[Item]:
    """What publish_site must rebuild because this version changed: the condition pages it is (or was)
    on, its sitemap range and the home page; its own page when render_study could not render it; the
    search postings of the terms and map cells whose items it `changed` (their partition keys).
    `content` tells apart two revisions of one update date, so a mark left again by the second is
    not cleared by a run that read the first's."""
    token = f"{nct_id}@{last_update}#{content}" if content else f"{nct_id}@{last_update}"
    marked = [keys.mark("condition", slug) for slug in sorted(conditions)]
    partitions = set(changed)
    marked += [keys.mark("search", term) for term in sorted(filter(None, map(keys.term_of, partitions)))]
    marked += [keys.mark("sites", cell) for cell in sorted(filter(None, map(keys.cell_of, partitions)))]
    marked += [keys.mark("sitemap", id_range_of(nct_id)), keys.mark("home", "home")]
    if page:
        marked.append(keys.mark("page", nct_id))
    return [{"pk": keys.MARKS, "sk": sort_key, "token": token} for sort_key in marked]


def newest_members(store: IndexStore, slug: str, limit: int) -> list[StudyListing]:
    """A condition page's `limit` most recently updated studies, newest first (related-study candidates)."""
    answer = store.query(PartitionQuery(keys.condition_members(slug)), limit=limit)
    return [listing_of(item) for item in answer.items]


class StudyVersions:
    def __init__(self, store: IndexStore) -> None:
        self._store = store

    def current(self, nct_id: str) -> VersionRecord | None:
        item = self._store.get(keys.study(nct_id), keys.CURRENT, consistent=True)
        return version_of(item) if item else None

    def current_and_page(self, nct_id: str) -> tuple[VersionRecord | None, PageRecord | None]:
        """The study's recorded version and what its page was last rendered with (one read)."""
        partition = keys.study(nct_id)
        found = self._store.get_many([(partition, keys.CURRENT), (partition, keys.PAGE_RECORD)], consistent=True)
        version, page = found.get((partition, keys.CURRENT)), found.get((partition, keys.PAGE_RECORD))
        return (version_of(version) if version else None, page_record_of(page) if page else None)

    def related_candidates(self, slug: str, limit: int) -> list[StudyListing]:
        return newest_members(self._store, slug, limit)

    def history(self, nct_id: str) -> list[ChangeEntry]:
        query = PartitionQuery(keys.study(nct_id), sk_prefix=keys.changes_of_study(), newest_first=False)
        return [change_of(item) for item in read_all(self._store, query)]

    def write_version(
        self,
        entries: StudyEntries,
        *,
        before: Mapping[str, str] | None,
        changes: Sequence[ChangeEntry] = (),
        touched: Iterable[str] = (),
        also_delete: Iterable[str] = (),
        document_changed: bool = False,
        page: PageRecord | None = None,
        page_before: PageRecord | None = None,
        page_failed: bool = False,
    ) -> ItemsWritten:
        """Put the lookup items of `entries` that differ from `before` (what the version compared
        against wrote; None: unknown, put them all) and delete those it owned that these do not,
        with the version's changes, the conditions new to it, what its page was rendered with (and the
        day it next changes, moved from `page_before`'s when it moved) and,
        when anything of it changed, its publish marks (its page's too if it `page_failed`): in as
        few requests as they fit in."""
        owned = {key_of(item): item for item in owned_items(entries)}
        written = {key: content_hash(item) for key, item in owned.items()}
        known = before or {}
        puts = [item for key, item in owned.items() if before is None or known.get(key) != written[key]]
        stale = (set(known) | set(also_delete)) - set(owned)
        nct_id, last_update = entries.listing.nct_id, entries.listing.last_update
        members_before = {keys.split_item_key(key)[0] for key in known}
        puts += [
            {"pk": keys.CONDITIONS, "sk": slug, "name": name}  # shared by studies: never owned or deleted
            for slug, name in entries.page_conditions.items()
            if before is None or keys.condition_members(slug) not in members_before
        ]
        puts += change_items(list(changes), entries.page_conditions)
        if puts or stale or document_changed:
            conditions = set(touched) | set(entries.page_conditions)
            content = hashlib.sha256(json.dumps(written, sort_keys=True).encode()).hexdigest()[:12]
            changed = [item["pk"] for item in puts] + [keys.split_item_key(key)[0] for key in stale]
            puts += mark_items(nct_id, last_update, conditions, page=page_failed, content=content, changed=changed)
        deletes = sorted(keys.split_item_key(key) for key in stale)
        if page is not None:
            page_puts, page_deletes = page_record_writes(page, page_before)
            puts += page_puts
            deletes += page_deletes
        requests = self._store.write_many(puts, deletes)
        return ItemsWritten(written, len(puts), len(deletes), requests)

    def record(self, version: VersionRecord, *, replacing: VersionRecord | None) -> bool:
        """Record `version` if the study's record is still `replacing` (None: no record yet); False if
        it moved meanwhile."""
        # The raw key names one version (its date and content): a same-day revision moves it too.
        expected = Expect("raw_key", replacing.raw_key if replacing else None)
        try:
            self._store.put(version_item(version), expect=expected)
        except ConditionFailed:
            return False
        return True
