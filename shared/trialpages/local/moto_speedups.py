"""Local-only: take repeated whole-store scans out of moto's hot paths, without changing any answer.

moto 5.2 answers a DynamoDB Query on a table by listing (and sorting) every item of the table,
then keeping the queried partition; it appends every DynamoDB item it builds (the copies each
read answers with included) to a list kept for its dashboard, so the heap only grows and each
full garbage collection takes longer (hundreds of ms after some thousands of reads); an SQS
ReceiveMessage checks each message's retention by recomputing every queue attribute, which
counts every message; and its server lists its own package folder on every request to find the
backend. The first and third make a cycle over N studies cost O(N²): with 1,000 studies the
demo spent most of its time there. These patches give the Query only its own partition's items
(it filters and sorts them itself, as before), keep DynamoDB items off the dashboard's list
(nothing here uses the dashboard), read the retention period straight from the queue and list
moto's modules once. Applied by the local stack runner (the demo, the end-to-end run,
`trialpages bench`); unit and moto tests run stock moto.
"""

from __future__ import annotations

import threading
from functools import cache

from moto import backends
from moto.core.serialize import BaseJSONSerializer
from moto.core.utils import unix_time
from moto.dynamodb.models.dynamo_type import DynamoType, Item
from moto.dynamodb.models.table import Table
from moto.sqs.models import Queue, SQSBackend

_original_query = Table.query
_original_all_items = Table.all_items
_original_retention_check = SQSBackend.is_message_valid_based_on_retention_period
_original_send_message = SQSBackend.send_message
_original_queue_attributes = Queue.attributes
_original_modules = backends.list_of_moto_modules
_original_serialize_structure = BaseJSONSerializer._serialize_type_structure
_partition = threading.local()  # moto's server answers requests on several threads
_sending = threading.local()


def _query_one_partition(self: Table, hash_key, *args, **kwargs):
    base_table = kwargs.get("index_name") is None and (len(args) < 7 or args[6] is None)
    _partition.key = hash_key if base_table and self.range_key_attr else None
    try:
        return _original_query(self, hash_key, *args, **kwargs)
    finally:
        _partition.key = None


def _partition_items(self: Table) -> list:
    key = getattr(_partition, "key", None)
    if key is None:
        return _original_all_items(self)
    return list(self.items.get(key, {}).values())


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


def apply() -> None:
    BaseJSONSerializer._serialize_type_structure = _serialize_structure
    backends.list_of_moto_modules = _moto_modules
    Item.__new__ = staticmethod(_untracked_item)
    Table.query = _query_one_partition
    Table.all_items = _partition_items
    SQSBackend.is_message_valid_based_on_retention_period = _retention_check
    SQSBackend.send_message = _send_message
    Queue.attributes = _queue_attributes


def undo() -> None:
    BaseJSONSerializer._serialize_type_structure = _original_serialize_structure
    backends.list_of_moto_modules = _original_modules
    if "__new__" in vars(Item):
        del Item.__new__  # back to BaseModel's, which tracks every instance
    Table.query = _original_query
    Table.all_items = _original_all_items
    SQSBackend.is_message_valid_based_on_retention_period = _original_retention_check
    SQSBackend.send_message = _original_send_message
    Queue.attributes = _original_queue_attributes
