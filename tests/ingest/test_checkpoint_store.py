"""The checkpoint item stays under DynamoDB's 400 KB limit whatever the number of studies on one boundary day."""

from __future__ import annotations

import random

from trialpages.aws.clients import resource
from trialpages.aws.index.checkpoints import CheckpointStore
from trialpages.ingest.checkpoint import Checkpoint, SyncProgress
from trialpages.ingest.messages import StudyMessage

DYNAMODB_ITEM_LIMIT = 400 * 1024


def studies_on_one_day(count: int, day: str) -> list[StudyMessage]:
    numbers = random.Random(20000).sample(range(100_000_000), count)
    return [StudyMessage(nct_id=f"NCT{n:08d}", last_update=day, raw_key="") for n in numbers]


def test_twenty_thousand_studies_on_one_day_fit_in_the_checkpoint_item_and_read_back_exactly(stack):
    day = "2026-11-24"
    covered = studies_on_one_day(20_000, day)
    sync = SyncProgress(target_data_timestamp="2026-11-25T09:00:00", since=day).after_page("token", covered)
    # Mid-sync (both days' sets held) and after it finished: the heaviest shapes the item takes.
    finished = Checkpoint().start_sync("2026-11-25T09:00:00", day).finished(sync)
    store = CheckpointStore(resource("dynamodb"), stack.refs["StateTable"])
    saved = store.save(finished.with_progress(sync.retargeted("2026-11-26T09:00:00")))

    item = (
        resource("dynamodb").Table(stack.refs["StateTable"]).get_item(Key={"pk": "checkpoint#detect_changes"})["Item"]
    )
    size = sum(
        len(name) + len(bytes(value.value) if hasattr(value, "value") else str(value)) for name, value in item.items()
    )
    loaded = store.load()

    assert size < DYNAMODB_ITEM_LIMIT / 2, size  # about 3.3 bytes an id for random ids; real ones cluster
    assert loaded == saved
    assert set(loaded.delivered_on_since) == {m.nct_id for m in covered} == set(loaded.sync.delivered_on_since)
    assert all(loaded.sync.already_delivered(m) for m in covered[:100])
