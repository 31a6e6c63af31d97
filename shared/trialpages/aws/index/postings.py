"""The packed search postings (trialpages.lookup.search_postings) of the terms and map cells that
render_study's versions changed: publish_site packs them again from the per-study items, whole.
A term's chunks have a partition of their own (a search reads them by the open prefix), their
keys are kept after the term's lines (packing reads both in one Query); a cell's chunks have a
partition of their own too (near= reads a cell's site partition whole), read for their keys.

Packing a partition again from what it holds now, rather than applying each version's change,
keeps a posting right whatever order versions and runs come in; a mark left again while a run
packs it waits for the next run (SiteIndex.clear).
"""

from __future__ import annotations

from collections.abc import Iterable

from trialpages.aws.index import keys
from trialpages.aws.index.store import IndexStore, Item, Key, PartitionQuery, read_all
from trialpages.lookup.search_postings import pack, site_line

PACKED = "lines"  # the attribute a posting chunk keeps its lines in


def _rewrite(pk: str, packed: dict[str, str], old: Iterable[str], puts: list[Item], deletes: list[Key]) -> None:
    """The chunks `packed`, and deletes of the `old` chunk keys they do not reuse."""
    puts += [{"pk": pk, "sk": sort_key, PACKED: lines} for sort_key, lines in packed.items()]
    deletes += [(pk, sort_key) for sort_key in sorted(set(old) - set(packed))]


def pack_terms(store: IndexStore, terms: Iterable[str]) -> int:
    """Pack each term's posting from its studies' lines, open studies' chunks apart; the items written.
    One Query a term reads its lines and the keys of the chunks packed before (to delete those unused)."""
    puts: list[Item] = []
    deletes: list[Key] = []
    for term in terms:
        lines_pk = keys.search_term(term)
        found = read_all(store, PartitionQuery(lines_pk, newest_first=False), attributes=("line", "chunks"))
        studies = [item for item in found if item["sk"] != keys.POSTING_CHUNKS]
        packed: dict[str, str] = {}
        for open_now in (True, False):
            lines = [item["line"] for item in studies if item["sk"].startswith(keys.OPEN_PREFIX) == open_now]
            packed |= {keys.posting_chunk(open_now, n): chunk for n, chunk in enumerate(pack(lines))}
        old = [sort_key for item in found if item["sk"] == keys.POSTING_CHUNKS for sort_key in item["chunks"]]
        _rewrite(keys.search_posting(term), packed, old, puts, deletes)
        puts.append({"pk": lines_pk, "sk": keys.POSTING_CHUNKS, "chunks": sorted(packed)})
    store.write_many(puts, deletes)
    return len(puts) + len(deletes)


_SITE_FIELDS = ("nct_id", "lat", "lon", "city", "state", "country")


def pack_cells(store: IndexStore, cells: Iterable[str]) -> int:
    """Pack each precision-3 cell's sites, a precision-4 cell's chunks together; the items written."""
    puts: list[Item] = []
    deletes: list[Key] = []
    for cell in cells:
        sites = read_all(store, PartitionQuery(keys.site_partition(cell), newest_first=False), attributes=_SITE_FIELDS)
        by_cell: dict[str, list[str]] = {}
        for site in sites:
            line = site_line(
                site["nct_id"], site["lat"], site["lon"], site.get("city"), site.get("state"), site.get("country")
            )
            by_cell.setdefault(cell[:3] + site["sk"][0], []).append(line)
        packed = {
            keys.site_posting_chunk(cell4, n): chunk
            for cell4, lines in by_cell.items()
            for n, chunk in enumerate(pack(lines))
        }
        pk = keys.site_posting(cell)
        old = [item["sk"] for item in read_all(store, PartitionQuery(pk, newest_first=False), attributes=("sk",))]
        _rewrite(pk, packed, old, puts, deletes)
    store.write_many(puts, deletes)
    return len(puts) + len(deletes)
