"""The lookup index's key schema: the one module that spells a partition or sort key.

Everything else asks the repository modules beside this one for what it needs by name (a
study's version, a condition's members, the publish marks...). A new access pattern adds its
key here and a typed operation in the module of the function that uses it.

StudyIndexTable (pk / sk):
- STUDY#<id> / CURRENT                     the recorded version (versions.py)
- STUDY#<alias> / ALIAS                    an old id -> the current one
- STUDY#<id> / PAGE                        what the study's page was last rendered with
- STUDY#<id> / CHANGE#<date>#<nn>          the study's change history, kept forever
- FACET#<facet>#<value>[+<facet>#<value>] / <last_update>#<id>   a study filed under a filter (or pair)
- RECRUITING-FIRST#<slug> / <1|0>#<last_update>#<id>   a condition's studies, recruiting first
- PAGE#condition#<slug> / <last_update>#<id>           the studies a condition page lists
- CHANGEFEED#site, CHANGEFEED#condition#<slug> / <date>#<id>#<nn>   change feeds
- STUDY#<id> / SEARCH                        what a search result shows of the study (its search listing)
- SEARCH#<folded term> / <1|0 open>#<id>              a study found by a search term (its posting line)
- SEARCH#<folded term> / ~POSTING                    the keys of the term's packed chunks (publish_site): after
                                                      the lines, so packing reads both in one Query
- POSTING#<folded term> / <1|0 open>#<nnn>            the term's lines packed (publish_site)
- CONDITIONS / <slug>, SITE_CONDITIONS / <slug>, SITEMAPS / <key>, SITEFILE / <key>
- HUB-REDIRECTS / <old slug>                a condition page's old slug -> the hub it redirects to
- DIRTY / <kind>#<value>                   what publish_site must rebuild
- PAGE-CHANGES#<YYYY-MM-DD> / <id>         a page whose status cautions change that day (the daily sweep)
StudyGeoTable: GEO3#<geohash of 3> / <its 4th character>#<id>#<site>: one per site with a geo point,
  read by precision-3 cell (the partition) or precision-4 cell (the partition and a sort key prefix);
  GEOPOSTING#<geohash of 3> / <its 4th character>#<nnn>: the cell's site lines packed (publish_site).
StateTable (pk only): checkpoint#detect_changes.
"""

from __future__ import annotations

CURRENT = "CURRENT"
ALIAS = "ALIAS"
SEARCH_LISTING = "SEARCH"
PAGE_RECORD = "PAGE"
CONDITIONS = "CONDITIONS"
SITE_CONDITIONS = "SITE_CONDITIONS"
HUB_REDIRECTS = "HUB-REDIRECTS"
SITEMAPS = "SITEMAPS"
SITE_FILES = "SITEFILE"
MARKS = "DIRTY"
SITE_FEED = "CHANGEFEED#site"
CHECKPOINT = "checkpoint#detect_changes"
_CHANGE = "CHANGE#"
_PAGE_CHANGES = "PAGE-CHANGES#"
_GEO = "GEO"
_SEARCH = "SEARCH#"
_SITES = f"{_GEO}3#"


def study(nct_id: str) -> str:
    return f"STUDY#{nct_id}"


def change(date: str, position: int) -> str:
    """A study's history entry: `position` keeps one version's changes in the order they were found."""
    return f"{_CHANGE}{date}#{position:02d}"


def changes_of_study() -> str:
    """The sort key prefix every history entry of a study partition has."""
    return _CHANGE


def facet(value: str) -> str:
    """`value` is a `<facet>#<value>` from trialpages.lookup.facets, or a pair of them."""
    return f"FACET#{value}"


def by_update(last_update: str, nct_id: str) -> str:
    """Newest first when read backwards: the order of every listing partition."""
    return f"{last_update}#{nct_id}"


def recruiting_first(slug: str) -> str:
    return f"RECRUITING-FIRST#{slug}"


def recruiting_rank(recruiting: bool, last_update: str, nct_id: str) -> str:
    return f"{1 if recruiting else 0}#{by_update(last_update, nct_id)}"


def search_term(term: str) -> str:
    """`term`: a folded phrase from trialpages.lookup.search_terms, or its ALL_STUDIES_TERM."""
    return f"{_SEARCH}{term}"


def term_of(pk: str) -> str | None:
    """The search term whose partition `pk` is (None: another partition)."""
    return pk.removeprefix(_SEARCH) if pk.startswith(_SEARCH) else None


POSTING_CHUNKS = "~POSTING"  # sorts after every study's line


def search_posting(term: str) -> str:
    return f"POSTING#{term}"


def posting_chunk(open_now: bool, number: int) -> str:
    """A term's packed chunk: open studies' apart, so one Query with OPEN_PREFIX reads only those."""
    return f"{1 if open_now else 0}#{number:03d}"


def search_entry(open_now: bool, nct_id: str) -> str:
    """Open studies first: one Query with the prefix OPEN_PREFIX reads only the studies people can join."""
    return f"{1 if open_now else 0}#{nct_id}"


OPEN_PREFIX = "1#"


def condition_members(slug: str) -> str:
    return f"PAGE#condition#{slug}"


def condition_feed(slug: str) -> str:
    return f"CHANGEFEED#condition#{slug}"


def feed_entry(date: str, nct_id: str, position: int) -> str:
    return f"{date}#{nct_id}#{position:02d}"


SITE_PRECISION = 4  # a site item's full geohash: 3 characters name its partition, the 4th starts its sort key


def site_partition(cell: str) -> str:
    """The partition of a precision-3 cell, or of the precision-4 cell's precision-3 parent."""
    return f"{_SITES}{cell[:3]}"


def cell_of(pk: str) -> str | None:
    """The precision-3 cell whose site partition `pk` is (None: another partition)."""
    return pk.removeprefix(_SITES) if pk.startswith(_SITES) else None


def site_posting(cell: str) -> str:
    """The packed sites of a precision-3 cell, or of the precision-4 cell's parent."""
    return f"{_GEO}POSTING#{cell[:3]}"


def site_posting_chunk(cell4: str, number: int) -> str:
    """A precision-4 cell's chunk: its 4th character first, so a cell is read by prefix as its sites are."""
    return f"{cell4[3]}#{number:03d}"


def site_cell_prefix(cell: str) -> str | None:
    """Within its partition, the sort key prefix of a precision-4 cell's sites (None: the whole cell)."""
    return f"{cell[3]}#" if len(cell) > 3 else None


def site(cell: str, nct_id: str, index: int) -> str:
    """`cell`: the site's precision-4 geohash."""
    return f"{cell[3]}#{nct_id}#{index:05d}"


def page_changes(day: str) -> str:
    """The partition of the pages whose status cautions change on `day` (YYYY-MM-DD): one Query a day."""
    return f"{_PAGE_CHANGES}{day}"


def mark(kind: str, value: str) -> str:
    return f"{kind}#{value}"


def mark_parts(sort_key: str) -> tuple[str, str]:
    kind, _, value = sort_key.partition("#")
    return kind, value


def in_geo_table(pk: str) -> bool:
    """Site items live in their own table: they outnumber everything else."""
    return pk.startswith(_GEO)


def item_key(pk: str, sk: str) -> str:
    """One string per item, as a version's record of what it wrote keeps it."""
    return f"{pk}|{sk}"


def split_item_key(key: str) -> tuple[str, str]:
    pk, sk = key.split("|", 1)
    return pk, sk
