"""What the repository needs from a table, whatever holds it: DynamoDB in Lambda (dynamo.py),
plain dictionaries for `trialpages render` (the dev package's memory store).

Items are plain Python values (str, int, float, bool, bytes, lists and dicts of them). A Query
reads one partition, optionally within a sort key range, forwards or backwards, and may filter
on list attributes; like DynamoDB's, its `limit` counts the items read before the filter.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

Item = dict[str, Any]
Key = tuple[str, str]


@dataclass(frozen=True)
class PartitionQuery:
    """One partition, an optional sort key range, newest (highest sort key) first by default."""

    pk: str
    sk_at_least: str | None = None
    sk_prefix: str | None = None
    newest_first: bool = True
    must_have: tuple[tuple[str, str], ...] = ()  # (list attribute, value it must contain)
    must_not_have: tuple[tuple[str, str], ...] = ()

    def admits(self, sk: str) -> bool:
        """Whether `sk` lies in this query's key range (a resume position must, or DynamoDB refuses it)."""
        if self.sk_at_least is not None and sk < self.sk_at_least:
            return False
        return self.sk_prefix is None or sk.startswith(self.sk_prefix)

    @property
    def filtered(self) -> bool:
        return bool(self.must_have or self.must_not_have)


@dataclass(frozen=True)
class Batch:
    """One Query request's answer: the matching items, how many it read, and where it stopped."""

    items: list[Item]
    examined: int
    last_sk: str | None  # set when the partition may hold more


@dataclass(frozen=True)
class Page:
    items: list[Item]
    resume_after: str | None  # sort key to continue after, when more may follow
    examined: int  # items read for this page


@dataclass(frozen=True)
class Expect:
    """A write's condition: `attribute` holds `value`, or (value None) the item has no such attribute."""

    attribute: str
    value: str | int | None = None


class ConditionFailed(Exception):
    """A conditional write found the item other than expected."""


class IndexStore(Protocol):
    def get(self, pk: str, sk: str, *, consistent: bool = False, attributes: Sequence[str] = ()) -> Item | None: ...
    def get_many(self, keys: Sequence[Key], *, consistent: bool = False) -> dict[Key, Item]: ...
    def put(self, item: Item, *, expect: Expect | None = None) -> None: ...
    def delete(self, pk: str, sk: str, *, expect: Expect | None = None) -> None: ...
    def delete_all(self, deletes: Sequence[tuple[str, str, Expect]]) -> bool:
        """Delete every item named, each on its condition, all or none (one transaction of at most 100);
        False when a condition failed and nothing was deleted."""
        ...

    def write_many(self, puts: Iterable[Item], deletes: Iterable[Key] = ()) -> int:
        """Unconditional puts and deletes, as few requests as they fit in; returns the requests made."""
        ...

    def query(
        self, query: PartitionQuery, *, limit: int, after: str | None = None, attributes: Sequence[str] = ()
    ) -> Batch: ...


def read_page(
    store: IndexStore,
    query: PartitionQuery,
    *,
    limit: int,
    max_examined: int,
    after: str | None = None,
    attributes: Sequence[str] = (),
) -> Page:
    """Up to `limit` matching items after the sort key `after`, reading at most `max_examined` items.

    Without a filter one request of `limit + 1` items tells whether more follow; with one, reads
    start there and double while matches are scarce, until the page is full or the budget spent.
    """
    items: list[Item] = []
    examined, size = 0, 0
    while True:
        need = limit - len(items)
        size = min(max_examined - examined, max(need + 1, size * 2 if query.filtered else 0))
        batch = store.query(query, limit=size, after=after, attributes=attributes)
        examined += batch.examined
        items.extend(batch.items)
        if len(items) > limit:
            return Page(items[:limit], items[limit - 1]["sk"], examined)
        if batch.last_sk is None:
            return Page(items, None, examined)
        if len(items) == limit or examined >= max_examined:
            return Page(items, batch.last_sk, examined)
        after = batch.last_sk


def read_all(
    store: IndexStore, query: PartitionQuery, *, batch: int = 1000, attributes: Sequence[str] = ()
) -> list[Item]:
    """Every item of a query (publish_site's reads of whole partitions); only `attributes` and the key, if given."""
    items: list[Item] = []
    after = None
    while True:
        answer = store.query(query, limit=batch, after=after, attributes=attributes)
        items.extend(answer.items)
        if answer.last_sk is None:
            return items
        after = answer.last_sk
