"""Typed records <-> index items: the attribute layout of what the repository stores."""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable

from trialpages.aws.index import keys
from trialpages.aws.index.store import Item
from trialpages.history import ChangeEntry
from trialpages.lookup.entries import StudyEntries
from trialpages.lookup.facets import facet_pairs
from trialpages.lookup.geo import encode
from trialpages.lookup.listing import StudyListing
from trialpages.lookup.records import ConditionMember, PageRecord, VersionRecord
from trialpages.lookup.search_postings import term_line

LISTING_FIELDS = frozenset(StudyListing.model_fields)
_MEMBER_FIELDS = frozenset(ConditionMember.model_fields) - {"listing"}


def content_hash(item: Item) -> str:
    """Two items hash alike exactly when they hold the same keys and values."""
    canonical = json.dumps(item, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.blake2b(canonical.encode("utf-8"), digest_size=8).hexdigest()


def key_of(item: Item) -> str:
    return keys.item_key(item["pk"], item["sk"])


def owned_items(entries: StudyEntries) -> list[Item]:
    """Every lookup item a study version owns: its own and only its own, deleted when it no longer owns it."""
    listing, nct_id, updated = entries.listing, entries.listing.nct_id, entries.listing.last_update
    body = listing.model_dump()
    newest_first = keys.by_update(updated, nct_id)
    # `facets` lets one Query on the most selective facet (or pair) filter by the others.
    filed = {**body, "facets": entries.facets}
    items = [
        {"pk": keys.facet(value), "sk": newest_first, **filed} for value in entries.facets + facet_pairs(entries.facets)
    ]
    rank = keys.recruiting_rank(listing.recruiting, updated, nct_id)
    items += [{"pk": keys.recruiting_first(slug), "sk": rank, **body} for slug in entries.condition_slugs]
    member = {**body, "fetched": entries.fetched}
    items += [
        {
            "pk": keys.condition_members(slug),
            "sk": newest_first,
            **member,
            "condition_name": name,
            **({"old_slugs": entries.hub_aliases[slug]} if entries.hub_aliases.get(slug) else {}),
        }
        for slug, name in entries.page_conditions.items()
    ]
    for site in entries.sites:
        cell = encode(site.lat, site.lon, keys.SITE_PRECISION)
        values = site.model_dump(exclude={"index"})
        items.append({"pk": keys.site_partition(cell), "sk": keys.site(cell, nct_id, site.index), **values})
    items += [{"pk": keys.study(alias), "sk": keys.ALIAS, "current": nct_id} for alias in entries.aliases]
    if entries.search is not None:
        search, entry_key = entries.search, keys.search_entry(entries.search.open, nct_id)
        items.append({"pk": keys.study(nct_id), "sk": keys.SEARCH_LISTING, "listing": search.model_dump_json()})
        items += [
            {"pk": keys.search_term(term), "sk": entry_key, "line": term_line(search, rank)}
            for term, rank in entries.search_terms.items()
        ]
    return [{name: value for name, value in item.items() if value is not None} for item in items]


def change_items(changes: list[ChangeEntry], page_conditions: Iterable[str]) -> list[Item]:
    """A version's changes, in the study's history and in the feeds: the site's and each of its condition pages'."""
    feeds = [keys.SITE_FEED] + [keys.condition_feed(slug) for slug in page_conditions]
    items = []
    for position, change in enumerate(changes):
        body = change.model_dump()
        items.append({"pk": keys.study(change.nct_id), "sk": keys.change(change.date, position), **body})
        sort_key = keys.feed_entry(change.date, change.nct_id, position)
        items += [{"pk": feed, "sk": sort_key, **body} for feed in feeds]
    return items


def listing_of(item: Item) -> StudyListing:
    return StudyListing.model_validate({name: value for name, value in item.items() if name in LISTING_FIELDS})


def member_of(item: Item) -> ConditionMember:
    return ConditionMember(listing=listing_of(item), **{k: v for k, v in item.items() if k in _MEMBER_FIELDS})


def change_of(item: Item) -> ChangeEntry:
    return ChangeEntry.model_validate({k: v for k, v in item.items() if k in ChangeEntry.model_fields})


def version_item(record: VersionRecord) -> Item:
    written = json.dumps(record.written, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return {
        "pk": keys.study(record.nct_id),
        "sk": keys.CURRENT,
        **record.model_dump(exclude={"listing", "written"}),
        # A string and a compressed blob: a study's version is read whole, and some own thousands of items.
        "listing": record.listing.model_dump_json(),
        "written": zlib.compress(written),
    }


def version_of(item: Item) -> VersionRecord:
    fields = {k: v for k, v in item.items() if k in VersionRecord.model_fields and k not in ("listing", "written")}
    written = json.loads(zlib.decompress(item["written"])) if "written" in item else {}
    return VersionRecord(**fields, listing=StudyListing.model_validate_json(item["listing"]), written=written)


def page_record_item(record: PageRecord) -> Item:
    return {"pk": keys.study(record.nct_id), "sk": keys.PAGE_RECORD, **record.model_dump()}


def page_record_of(item: Item) -> PageRecord:
    return PageRecord.model_validate({k: v for k, v in item.items() if k in PageRecord.model_fields})


def page_change_item(nct_id: str, day: str) -> Item:
    """A study in the partition of the day its page's status cautions next change."""
    return {"pk": keys.page_changes(day), "sk": nct_id}


def page_record_writes(record: PageRecord, before: PageRecord | None) -> tuple[list[Item], list[tuple[str, str]]]:
    """A page's record, and its study moved to the day its page next changes: (puts, deletes). The
    day's entry is written only when that day moved, and taken off the day the record before named."""
    puts, deletes = [page_record_item(record)], []
    old_day = before.next_change if before else None
    if old_day != record.next_change:
        if old_day is not None:
            deletes.append((keys.page_changes(old_day), record.nct_id))
        if record.next_change is not None:
            puts.append(page_change_item(record.nct_id, record.next_change))
    return puts, deletes
