"""In-memory stand-ins for the stores, for `trialpages render`: the same repository and use cases as
the Lambda functions run, over dictionaries instead of DynamoDB and S3.

MemoryIndexStore follows DynamoDB's semantics where the repository relies on them: partitions
sorted by sort key, a Query's `limit` counting the items read before its filter, a resume
position after the last item read, conditional writes.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from trialpages.aws.index.store import Batch, ConditionFailed, Expect, Item, Key, PartitionQuery
from trialpages.ingest.messages import StudyMessage

WRITE_BATCH = 25  # as BatchWriteItem: the requests a Lambda function would make


class MemoryIndexStore:
    def __init__(self) -> None:
        self._partitions: dict[str, dict[str, Item]] = {}
        self._sorted: dict[str, list[str]] = {}  # each partition's sort keys, in order

    def get(self, pk: str, sk: str, *, consistent: bool = False, attributes: Sequence[str] = ()) -> Item | None:
        item = self._partitions.get(pk, {}).get(sk)
        return _project(item, attributes) if item is not None else None

    def get_many(self, keys: Sequence[Key], *, consistent: bool = False) -> dict[Key, Item]:
        return {(pk, sk): dict(item) for pk, sk in keys if (item := self._partitions.get(pk, {}).get(sk)) is not None}

    def put(self, item: Item, *, expect: Expect | None = None) -> None:
        self._check(item["pk"], item["sk"], expect)
        self._store(item)

    def delete(self, pk: str, sk: str, *, expect: Expect | None = None) -> None:
        self._check(pk, sk, expect)
        self._remove(pk, sk)

    def delete_all(self, deletes: Sequence[tuple[str, str, Expect]]) -> bool:
        try:
            for pk, sk, expect in deletes:
                self._check(pk, sk, expect)
        except ConditionFailed:
            return False
        for pk, sk, _ in deletes:
            self._remove(pk, sk)
        return True

    def write_many(self, puts: Iterable[Item], deletes: Iterable[Key] = ()) -> int:
        writes = 0
        for item in puts:
            self._store(item)
            writes += 1
        for pk, sk in deletes:
            self._remove(pk, sk)
            writes += 1
        return -(-writes // WRITE_BATCH)

    def query(
        self, query: PartitionQuery, *, limit: int, after: str | None = None, attributes: Sequence[str] = ()
    ) -> Batch:
        order = self._sorted.get(query.pk, [])
        low = bisect.bisect_left(order, query.sk_at_least) if query.sk_at_least is not None else 0
        candidates = [sk for sk in order[low:] if query.sk_prefix is None or sk.startswith(query.sk_prefix)]
        if query.newest_first:
            candidates.reverse()
        if after is not None:
            candidates = [sk for sk in candidates if (sk < after if query.newest_first else sk > after)]
        read = candidates[:limit]
        partition = self._partitions[query.pk] if read else {}
        items = [partition[sk] for sk in read if _matches(partition[sk], query)]
        wanted = ("pk", "sk", *attributes) if attributes else ()
        last = read[-1] if len(read) == limit else None
        return Batch([_project(item, wanted) for item in items], len(read), last)

    def _check(self, pk: str, sk: str, expect: Expect | None) -> None:
        if expect is None:
            return
        item = self._partitions.get(pk, {}).get(sk) or {}
        if item.get(expect.attribute) != expect.value:
            raise ConditionFailed(f"{pk}|{sk}: {expect.attribute} is not {expect.value!r}")

    def _store(self, item: Item) -> None:
        pk, sk = item["pk"], item["sk"]
        partition = self._partitions.setdefault(pk, {})
        if sk not in partition:
            bisect.insort(self._sorted.setdefault(pk, []), sk)
        # A copy of each list and map: later changes to the caller's values do not reach the store.
        partition[sk] = {name: _copied(value) for name, value in item.items()}

    def _remove(self, pk: str, sk: str) -> None:
        if self._partitions.get(pk, {}).pop(sk, None) is not None:
            self._sorted[pk].remove(sk)

    def items(self) -> Iterable[Item]:
        for partition in self._partitions.values():
            yield from partition.values()


def _copied(value: object) -> object:
    if isinstance(value, list):
        return [_copied(member) for member in value]
    if isinstance(value, dict):
        return {name: _copied(member) for name, member in value.items()}
    return value


def _matches(item: Item, query: PartitionQuery) -> bool:
    return all(value in item.get(name, ()) for name, value in query.must_have) and not any(
        value in item.get(name, ()) for name, value in query.must_not_have
    )


def _project(item: Item, attributes: Sequence[str]) -> Item:
    return {name: item[name] for name in attributes if name in item} if attributes else dict(item)


@dataclass
class StoredFile:
    body: bytes
    content_type: str
    version: str | None = None


class MemorySiteStore:
    """The site bucket: site paths -> files, with the version check the S3 store makes."""

    def __init__(self) -> None:
        self.files: dict[str, StoredFile] = {}

    def put(self, key: str, body: bytes, content_type: str, cache_control: str = "") -> None:
        self.files[key] = StoredFile(body, content_type)

    def put_unless_newer(
        self, key: str, body: bytes, content_type: str, version: str, *, likely_absent: bool = False
    ) -> bool:
        existing = self.files.get(key)
        if existing is not None and (existing.version or "") > version:
            return False
        self.files[key] = StoredFile(body, content_type, version)
        return True

    def get(self, key: str) -> bytes | None:
        found = self.files.get(key)
        return found.body if found else None

    def get_versioned(self, key: str) -> tuple[bytes, str | None] | None:
        found = self.files.get(key)
        return (found.body, found.version) if found else None


class MemoryRawArchive:
    """The raw archive: one record per (study, version), with the moment it was archived."""

    def __init__(self) -> None:
        self._records: dict[str, tuple[dict, datetime | None]] = {}
        self._revisions: dict[str, str] = {}

    def archive(self, message: StudyMessage, record: dict, archived: datetime | None = None) -> bool:
        if message.raw_key in self._records:
            return False
        self._records[message.raw_key] = (record, archived)
        self._revisions[message.raw_key] = message.revision
        return True

    def archived_revision(self, message: StudyMessage) -> str:
        return self._revisions[message.raw_key]

    def read(self, raw_key: str) -> dict:
        return self._records[raw_key][0]

    def read_fetched(self, raw_key: str) -> tuple[dict, datetime | None]:
        return self._records[raw_key]
