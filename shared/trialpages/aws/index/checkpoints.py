"""detect_changes' checkpoint (StateTable), advanced only by a conditional write."""

from __future__ import annotations

import json
import zlib
from typing import Any

from botocore.exceptions import ClientError

from trialpages.aws.index import keys
from trialpages.ingest.checkpoint import Checkpoint, CheckpointConflict


class CheckpointStore:
    def __init__(self, dynamodb_resource: Any, table: str) -> None:
        self._table = dynamodb_resource.Table(table)

    def load(self) -> Checkpoint:
        item = self._table.get_item(Key={"pk": keys.CHECKPOINT}, ConsistentRead=True).get("Item")
        if not item:
            return Checkpoint()
        state = _unpacked(item["packed"].value) if "packed" in item else json.loads(item["state"])
        return Checkpoint.model_validate(state).model_copy(update={"version": int(item["version"])})

    def save(self, checkpoint: Checkpoint) -> Checkpoint:
        """Store `checkpoint` if nobody wrote since it was loaded; returns it with its new version."""
        saved = checkpoint.model_copy(update={"version": checkpoint.version + 1})
        condition = (
            {"ConditionExpression": "attribute_not_exists(pk)"}
            if checkpoint.version == 0
            else {
                "ConditionExpression": "version = :expected",
                "ExpressionAttributeValues": {":expected": checkpoint.version},
            }
        )
        try:
            self._table.put_item(
                Item={
                    "pk": keys.CHECKPOINT,
                    "version": saved.version,
                    "packed": _packed(saved.model_dump(mode="json", exclude={"version"})),
                },
                **condition,
            )
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                raise CheckpointConflict(f"checkpoint moved past version {checkpoint.version}") from error
            raise
        return saved


# The studies delivered on a boundary day are remembered by id; a busy day holds tens of thousands
# (about 14 bytes each as JSON, past DynamoDB's 400 KB item limit near 9,500). Packed, each id is its
# number's gap from the one before (sorted) as a varint, and the whole state is compressed.
_ID_LISTS = ("delivered_on_since", "delivered_on_newest")


def _packed(state: dict) -> bytes:
    lists = [state] + ([state["sync"]] if state.get("sync") else [])
    for holder in lists:
        for name in _ID_LISTS:
            holder[name] = _pack_ids(holder.get(name) or []).hex()
    return zlib.compress(json.dumps(state, separators=(",", ":")).encode("utf-8"), 9)


def _unpacked(blob: bytes) -> dict:
    state = json.loads(zlib.decompress(blob))
    for holder in [state] + ([state["sync"]] if state.get("sync") else []):
        for name in _ID_LISTS:
            holder[name] = _unpack_ids(bytes.fromhex(holder.get(name) or ""))
    return state


def _pack_ids(nct_ids: list[str]) -> bytes:
    out, previous = bytearray(), 0
    for number in sorted(int(nct_id.removeprefix("NCT")) for nct_id in nct_ids):
        gap, previous = number - previous, number
        while gap >= 0x80:
            out.append(gap & 0x7F | 0x80)
            gap >>= 7
        out.append(gap)
    return bytes(out)


def _unpack_ids(packed: bytes) -> list[str]:
    ids, number, gap, shift = [], 0, 0, 0
    for byte in packed:
        gap |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            number += gap
            ids.append(f"NCT{number:08d}")
            gap, shift = 0, 0
    return ids
