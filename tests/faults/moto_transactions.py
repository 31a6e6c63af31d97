"""Test-only: moto's TransactWriteItems backs up only the partitions a transaction touches.

moto 5.2 deep-copies the whole table once per item of every transaction, so it can roll back
on failure. Here the index table holds thousands of lookup items, and render_study records
each version in a transaction: those copies were most of the suite's time. The backup made
here holds the same state for everything the transaction can change (its items' partitions,
deep-copied; every other partition shared, untouched), so a rollback restores the same table.
"""

from __future__ import annotations

import copy
import threading
from collections import defaultdict
from types import SimpleNamespace

from moto.dynamodb import models
from moto.dynamodb.models.dynamo_type import DynamoType
from moto.dynamodb.models.table import Table

_original_transact = models.DynamoDBBackend.transact_write_items
_touched = threading.local()


def _backup(value, memo=None):
    partitions = getattr(_touched, "partitions", None)
    if partitions is None or not isinstance(value, Table):
        return copy.deepcopy(value, memo)
    backup = copy.copy(value)
    backup.items = defaultdict(dict)
    for hash_value, partition in value.items.items():
        changing = hash_value in partitions.get(value.name, set())
        backup.items[hash_value] = copy.deepcopy(partition) if changing else partition
    return backup


def _transact_write_items(self, transact_items):
    partitions: dict[str, set] = {}
    for entry in transact_items:
        operation = next(iter(entry.values()))
        table = self.tables.get(operation.get("TableName"))
        key = operation.get("Key") or operation.get("Item") or {}
        if table is not None and table.hash_key_attr in key:
            partitions.setdefault(table.name, set()).add(DynamoType(key[table.hash_key_attr]))
    _touched.partitions = partitions
    try:
        return _original_transact(self, transact_items)
    finally:
        _touched.partitions = None


def apply() -> None:
    models.copy = SimpleNamespace(deepcopy=_backup, copy=copy.copy)
    models.DynamoDBBackend.transact_write_items = _transact_write_items


def undo() -> None:
    models.copy = copy
    models.DynamoDBBackend.transact_write_items = _original_transact
