"""Index studies straight from their records, without rendering pages: a quick setup for API benchmarks and tests.

It writes what render_study writes for a study's first version, built by the same functions
(lookup items, conditions, the CURRENT entry and the JSON document the API serves), and no
page, feed or change history. A page rendered later replaces nothing: its hashes differ.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from trialpages.lookup.items import condition_items, item_key, listing_of, owned_items, page_conditions
from trialpages.publishing.index_entry import IndexEntry, sha256_hex
from trialpages.publishing.site_items import condition_summary_items
from trialpages.site import document_key, study_document
from trialpages.site.site_pages import Condition, condition_summary
from trialpages.study import Study


class Index(Protocol):
    def put_items(self, items: Iterable[dict]) -> None: ...
    def record(self, entry: IndexEntry) -> bool: ...


class Site(Protocol):
    def put(self, key: str, body: bytes, content_type: str) -> None: ...


def seed_index(index: Index, site: Site, studies: Iterable[Study], *, site_url: str) -> int:
    """Index each study (its first version); the number indexed."""
    items: dict[str, dict] = {}  # by key: studies share their condition items
    entries: list[IndexEntry] = []
    for study in studies:
        owned = owned_items(study, site_url)
        items |= {item_key(item): item for item in owned + condition_items(study)}
        document = study_document(study)
        site.put(document_key(study.nct_id), document, "application/json")
        entries.append(
            IndexEntry(
                nct_id=study.nct_id,
                last_update=study.last_update,
                raw_key=f"raw/{study.nct_id}/{study.last_update}.json",
                html_sha256="",  # no page rendered
                json_sha256=sha256_hex(document),
                listing=listing_of(study, site_url).model_dump(),
                owned_keys=sorted(item_key(item) for item in owned),
            )
        )
    # As render_study does: the items first (batched, 25 a request), then the versions that own them.
    index.put_items(items.values())
    for entry in entries:
        index.record(entry)
    return len(entries)


def seed_condition_summaries(index: Index, studies: Iterable[Study], *, site_url: str) -> int:
    """What publish_site records of each condition page once it has built them (their counts included);
    the number of conditions."""
    members: dict[tuple[str, str], list] = {}
    for study in studies:
        listing = listing_of(study, site_url)
        for slug, name in page_conditions(study).items():
            members.setdefault((slug, name), []).append(listing)
    items = []
    for (slug, name), listed in members.items():
        items += condition_summary_items(condition_summary(Condition(slug=slug, name=name), listed, None), listed)
    index.put_items(items)
    return len(members)
