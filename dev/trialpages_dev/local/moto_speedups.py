"""Local-only: take repeated whole-store scans out of moto's hot paths, without changing any answer.

moto 5.2 answers a DynamoDB Query on a table by listing (and sorting) every item of the table,
then keeping the queried partition; it appends every DynamoDB item it builds (the copies each
read answers with included) to a list kept for its dashboard, so the heap only grows and each
full garbage collection takes longer (hundreds of ms after some thousands of reads); an SQS
ReceiveMessage checks each message's retention by recomputing every queue attribute, which
counts every message; and its server lists its own package folder on every request to find the
backend. The first and third make a cycle over N studies cost O(N²): with 1,000 studies the
demo spent most of its time there. Past that, what still grew with the corpus: a Query sorted its
whole partition (a condition's listings grow with the studies) before it skipped to the paging key
and stopped at the limit, a ReceiveMessage listed every visible message before taking ten, and a
delete walked the whole queue twice. These patches give a Query only the items it can answer with
(its partition's, after the paging key, within the key condition, the first Limit of them and one
past; moto then sorts, pages and limits those as before), keep DynamoDB items off the dashboard's
list (nothing here uses the dashboard), read the retention period straight from the queue, list
visible messages lazily, delete a message where it is found and list moto's modules once. Applied
by the local stack runner (the demo, the end-to-end run, `trialpages bench`); unit and moto tests
run stock moto.
"""

from __future__ import annotations

import copy
import heapq
import inspect
import threading
import types
from functools import cache

from moto import backends
from moto.core.serialize import BaseJSONSerializer
from moto.core.utils import unix_time
from moto.dynamodb import models as dynamodb_models
from moto.dynamodb.exceptions import ItemSizeTooLarge
from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.dynamo_type import DynamoType, Item, LimitedSizeDict
from moto.dynamodb.models.table import Table
from moto.dynamodb.models.utilities import bytesize
from moto.sqs.exceptions import ReceiptHandleIsInvalid
from moto.sqs.models import Queue, SQSBackend

_original_query = Table.query
_original_all_items = Table.all_items
_original_retention_check = SQSBackend.is_message_valid_based_on_retention_period
_original_send_message = SQSBackend.send_message
_original_queue_attributes = Queue.attributes
_original_messages = Queue.messages
_original_delete_message = Queue.delete_message
_query_signature = inspect.signature(Table.query)
_original_modules = backends.list_of_moto_modules
_original_serialize_structure = BaseJSONSerializer._serialize_type_structure
_original_limited_setitem = LimitedSizeDict.__setitem__
_original_transact_write_items = DynamoDBBackend.transact_write_items
_original_copy_module = dynamodb_models.copy
_ITEM_SIZE_LIMIT = 405000  # moto's, between DynamoDB's documented 400 KB and what it really allows
_partition = threading.local()  # moto's server answers requests on several threads
_sending = threading.local()


def _query_answerable_items(self: Table, *args, **kwargs):
    query = _query_signature.bind(self, *args, **kwargs).arguments
    base_table = query.get("index_name") is None and self.range_key_attr
    _partition.items = _answerable_items(self, query) if base_table else None
    try:
        return _original_query(self, *args, **kwargs)
    finally:
        _partition.items = None


def _answerable_items(self: Table, query: dict) -> list:
    """What a base-table Query can answer with, unordered (moto sorts, pages and limits them as it
    does the whole partition): the items after the paging key, within the key condition, the first
    Limit of them and one item past those. One quirk of moto's is not kept: it also ends a page where
    an item outside the key condition would pass the 1 MB page size (no item here comes near that)."""
    items = list(self.items.get(query["hash_key"], {}).values())
    start = query.get("exclusive_start_key")
    if query.get("filter_kwargs") or not _starts_in_partition(self, start, query["hash_key"]):
        return items  # the legacy QueryFilter, or a paging key from elsewhere: left to moto whole
    forward = query.get("scan_index_forward") is not False
    if start is not None:
        after = _cast(DynamoType(start[self.range_key_attr]))
        items = [item for item in items if _follows(_sort_value(item), after, forward)]
    matching = items
    comparison, operands = query.get("range_comparison"), query.get("range_objs")
    if comparison:
        range_conditions = query.get("range_key_conditions")
        name = range_conditions[-1][0] if range_conditions else None
        matching = [item for item in items if _range_matches(item, name, comparison, operands)]
    limit = query.get("limit")
    if not limit:
        return matching
    pick = heapq.nsmallest if forward else heapq.nlargest
    answer = pick(limit, matching, key=_sort_value)
    if len(answer) == limit:
        # moto answers with a LastEvaluatedKey when any item of the partition follows the last one
        # it kept, matching the key condition or not: one such item keeps that answer.
        last = _sort_value(answer[-1])
        answer += pick(1, (item for item in items if _follows(_sort_value(item), last, forward)), key=_sort_value)
    return answer


def _follows(value, other, forward: bool) -> bool:
    return value > other if forward else value < other


def _starts_in_partition(self: Table, start: dict | None, hash_key) -> bool:
    if start is None:
        return True
    if self.hash_key_attr not in start or self.range_key_attr not in start:
        return False
    return DynamoType(start[self.hash_key_attr]) == hash_key


def _cast(key: DynamoType):
    return key.value if key.type in ("S", "B") else key.cast_value  # the same value, sooner


def _sort_value(item: Item):
    # What moto sorts by (DynamoType compares by recomputing this for every comparison).
    return _cast(item.range_key)


def _range_matches(item: Item, attribute: str | None, comparison: str, operands) -> bool:
    # As moto's Query loop compares: the named range attribute if the condition names one.
    value = item.attrs.get(attribute) if attribute else item.range_key
    return bool(value) and value.compare(comparison, operands)


def _partition_items(self: Table) -> list:
    items = getattr(_partition, "items", None)
    if items is None:
        return _original_all_items(self)
    return items


class _VisibleMessages:
    """Queue.messages without the list: ReceiveMessage stops after ten, and the messages in
    flight (the only ones it passes over) sit at the head of the queue."""

    def __init__(self, queue: Queue) -> None:
        self._queue = queue

    def __iter__(self):
        return (message for message in self._queue._messages if message.visible and not message.delayed)

    def __bool__(self) -> bool:
        return any(True for _ in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)


@property
def _visible_messages(self: Queue) -> _VisibleMessages:
    return _VisibleMessages(self)


def _delete_message(self: Queue, receipt_handle: str) -> None:
    if receipt_handle in self.deleted_messages:
        return  # deleting twice is allowed
    for message in self._messages:
        # Message.had_receipt_handle, without building a list for every message passed over
        if message.receipt_handle == receipt_handle or receipt_handle in message._old_receipt_handles:
            self.pending_messages.discard(message)
            self.deleted_messages.update(message.all_receipt_handles)
            self._messages.remove(message)
            return
    raise ReceiptHandleIsInvalid()


def _send_message(self: SQSBackend, *args, **kwargs):
    _sending.active = True
    try:
        return _original_send_message(self, *args, **kwargs)
    finally:
        _sending.active = False


@property
def _queue_attributes(self: Queue) -> dict:
    if getattr(_sending, "active", False):
        # SendMessage reads only this one; the full set counts every message in the queue.
        return {"ContentBasedDeduplication": str(bool(getattr(self, "content_based_deduplication", False))).lower()}
    return _original_queue_attributes.fget(self)


def _retention_check(self: SQSBackend, queue_name: str, message) -> bool:
    retention_period = int(self.get_queue(queue_name).message_retention_period)
    return retention_period + message.sent_timestamp / 1000 > unix_time()


_SCALARS = {"S": str, "N": str, "BOOL": bool, "NULL": bool}


def _wire_format(value) -> dict | None:
    """A stored attribute value (DynamoType or its dict) as DynamoDB JSON; None for anything unusual
    (binaries, odd types), which moto's own serializer then handles."""
    if isinstance(value, DynamoType):
        kind, inner = value.type, value.value
    elif isinstance(value, dict) and len(value) == 1:
        ((kind, inner),) = value.items()
    else:
        return None
    if kind in _SCALARS:
        return {kind: inner} if isinstance(inner, _SCALARS[kind]) else None
    if kind in ("SS", "NS"):
        return {kind: inner} if isinstance(inner, list) and all(isinstance(v, str) for v in inner) else None
    if kind == "M" and isinstance(inner, dict):
        members = {name: _wire_format(member) for name, member in inner.items()}
        return None if None in members.values() else {"M": members}
    if kind == "L" and isinstance(inner, list):
        items = [_wire_format(member) for member in inner]
        return None if None in items else {"L": items}
    return None


def _serialize_structure(self: BaseJSONSerializer, serialized, value, shape, key) -> None:
    # moto's generic serializer tries all ten AttributeValue members on every stored value.
    if shape.name == "AttributeValue":
        wire = _wire_format(value)
        if wire is not None:
            serialized[self.get_serialized_name(shape, key)] = wire
            return
    _original_serialize_structure(self, serialized, value, shape, key)


def _untracked_item(cls, *args, **kwargs):
    return object.__new__(cls)


@cache
def _moto_modules() -> tuple[str, ...]:
    return tuple(_original_modules())


def _entry_size(value) -> int:
    return value.size() if type(value) is DynamoType else bytesize(str(value))


def _limited_setitem(self: LimitedSizeDict, key: str, value) -> None:
    """moto's check that an item stays under its size limit, keeping each entry's size instead of
    measuring every attribute again for each one set (quadratic in an item's attributes)."""
    sizes: dict = self.__dict__.setdefault("_entry_sizes", {})
    if sizes.keys() != self.keys():  # changed by another way than this one: measure afresh
        sizes.clear()
        sizes.update({name: bytesize(name) + _entry_size(member) for name, member in self.items()})
    # As moto counts it: every entry there now (the one replaced too), then the new one.
    entry = bytesize(key) + _entry_size(value)
    if sum(sizes.values()) + entry > _ITEM_SIZE_LIMIT:
        raise ItemSizeTooLarge
    dict.__setitem__(self, key, value)
    sizes[key] = entry


# moto backs a transaction up by deep-copying every table it touches, once per write in it: with
# the demo's index that is seconds a transaction. The backend's `copy` is given a deepcopy that
# leaves tables as they are, and the transaction backs up (and on failure restores) just its items.
_tables_left_as_they_are = types.SimpleNamespace(
    deepcopy=lambda value, memo=None: value if isinstance(value, Table) else copy.deepcopy(value, memo)
)


def _item_slot(table: Table, key: dict) -> tuple:
    hash_key = DynamoType(key[table.hash_key_attr])
    range_key = DynamoType(key[table.range_key_attr]) if table.range_key_attr else None
    return hash_key, range_key


def _transact_write_items(self: DynamoDBBackend, transact_items: list) -> None:
    saved = []
    for write in transact_items:
        _, operation = next(iter(write.items()))
        table_name = operation.get("TableName")
        if table_name not in self.tables:
            continue
        table = self.tables[table_name]
        key = operation.get("Key") or {
            name: operation.get("Item", {}).get(name) for name in (table.hash_key_attr, table.range_key_attr) if name
        }
        if all(value is not None for value in key.values()):
            hash_key, range_key = _item_slot(table, key)
            saved.append((table, hash_key, range_key, copy.deepcopy(table.get_item(hash_key, range_key))))
    try:
        _original_transact_write_items(self, transact_items)
    except Exception:
        for table, hash_key, range_key, item in reversed(saved):
            if item is None:
                table.items.get(hash_key, {}).pop(range_key, None) if range_key else table.items.pop(hash_key, None)
            elif range_key:
                table.items[hash_key][range_key] = item
            else:
                table.items[hash_key] = item
        raise


def apply() -> None:
    BaseJSONSerializer._serialize_type_structure = _serialize_structure
    LimitedSizeDict.__setitem__ = _limited_setitem
    dynamodb_models.copy = _tables_left_as_they_are
    DynamoDBBackend.transact_write_items = _transact_write_items
    backends.list_of_moto_modules = _moto_modules
    Item.__new__ = staticmethod(_untracked_item)
    Table.query = _query_answerable_items
    Table.all_items = _partition_items
    SQSBackend.is_message_valid_based_on_retention_period = _retention_check
    SQSBackend.send_message = _send_message
    Queue.attributes = _queue_attributes
    Queue.messages = _visible_messages
    Queue.delete_message = _delete_message


def undo() -> None:
    BaseJSONSerializer._serialize_type_structure = _original_serialize_structure
    LimitedSizeDict.__setitem__ = _original_limited_setitem
    dynamodb_models.copy = _original_copy_module
    DynamoDBBackend.transact_write_items = _original_transact_write_items
    backends.list_of_moto_modules = _original_modules
    if "__new__" in vars(Item):
        del Item.__new__  # back to BaseModel's, which tracks every instance
    Table.query = _original_query
    Table.all_items = _original_all_items
    SQSBackend.is_message_valid_based_on_retention_period = _original_retention_check
    SQSBackend.send_message = _original_send_message
    Queue.attributes = _original_queue_attributes
    Queue.messages = _original_messages
    Queue.delete_message = _original_delete_message
