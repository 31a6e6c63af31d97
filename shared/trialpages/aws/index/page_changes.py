"""The daily status sweep's index: the studies filed under the day their page's status cautions
next change (written with each page record, publishing.py), read one day's partition at a time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from trialpages.aws.index import keys
from trialpages.aws.index.items import page_change_item
from trialpages.aws.index.store import IndexStore, PartitionQuery, read_all

DueItem = tuple[str, str]  # (day YYYY-MM-DD, nct_id)


class PageChanges:
    def __init__(self, store: IndexStore) -> None:
        self._store = store

    def due(self, days: Sequence[str]) -> list[DueItem]:
        """Every study filed under one of `days`, oldest day first."""
        found = []
        for day in sorted(days):
            query = PartitionQuery(keys.page_changes(day), newest_first=False)
            found += [(day, item["sk"]) for item in read_all(self._store, query)]
        return found

    def forget(self, items: Iterable[DueItem]) -> None:
        """Take studies off the days they were filed under (their pages are done, or filed elsewhere now)."""
        self._store.write_many((), [(keys.page_changes(day), nct_id) for day, nct_id in items])

    def postpone(self, items: Iterable[DueItem], to_day: str) -> None:
        """File studies whose page could not be rendered under `to_day`, off the days they were under."""
        items = [item for item in items if item[0] != to_day]
        self._store.write_many(
            [page_change_item(nct_id, to_day) for _, nct_id in items],
            [(keys.page_changes(day), nct_id) for day, nct_id in items],
        )
