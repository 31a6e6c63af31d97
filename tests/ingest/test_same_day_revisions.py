"""detect_changes and a second revision of a study on the same update date: it is archived and queued
as a version of its own; the same content delivered again is not."""

from __future__ import annotations

import copy

import pytest
from trialpages_dev.records import nct_id_of

from tests.ingest.conftest import plenty_of_time

pytestmark = pytest.mark.slow

DAY = "2026-11-23"
FIRST_SNAPSHOT, SECOND_SNAPSHOT, THIRD_SNAPSHOT = "2026-11-23T09:00:00", "2026-11-23T21:00:00", "2026-11-24T09:00:00"


def on_day(record: dict, status: str) -> dict:
    changed = copy.deepcopy(record)
    module = changed["protocolSection"]["statusModule"]
    module["lastUpdatePostDateStruct"] = {"date": DAY, "type": "ACTUAL"}
    module["overallStatus"] = status
    return changed


def test_a_same_day_revision_is_archived_and_queued_as_a_later_version(
    detector_for, registry, records, drain_queue, archived_keys
):
    detector_for().run(plenty_of_time)
    drain_queue()
    registry.publish([on_day(records[5], "RECRUITING")], FIRST_SNAPSHOT)
    detector_for().run(plenty_of_time)
    (first,) = drain_queue()

    registry.publish([on_day(records[5], "COMPLETED")], SECOND_SNAPSHOT)
    report = detector_for().run(plenty_of_time)

    (second,) = drain_queue()
    assert (report.archived, report.queued, report.skipped_overlap) == (1, 1, 0)
    assert second["nct_id"] == first["nct_id"] == nct_id_of(records[5])
    assert second["last_update"] == first["last_update"] == DAY
    assert second["raw_key"] != first["raw_key"]  # both revisions kept in the archive
    assert second["revision"].startswith(SECOND_SNAPSHOT) and first["revision"].startswith(FIRST_SNAPSHOT)
    assert f"{DAY}+{second['revision']}" > f"{DAY}+{first['revision']}"  # the later-seen revision wins
    assert len(archived_keys()) == len(records) + 2


def test_the_same_content_on_the_boundary_day_is_not_queued_again(detector_for, registry, records, drain_queue):
    detector_for().run(plenty_of_time)
    drain_queue()
    registry.publish([on_day(records[5], "RECRUITING")], FIRST_SNAPSHOT)
    detector_for().run(plenty_of_time)
    drain_queue()

    registry.publish([on_day(records[6], "RECRUITING")], SECOND_SNAPSHOT)  # the overlap re-reads records[5]
    report = detector_for().run(plenty_of_time)

    assert [m["nct_id"] for m in drain_queue()] == [nct_id_of(records[6])]
    assert (report.queued, report.skipped_overlap, report.already_archived) == (1, 1, 1)


def test_content_archived_by_a_run_that_stopped_before_queueing_it_is_queued_by_the_next(
    detector_for, registry, records, drain_queue, parts
):
    detector_for().run(plenty_of_time)
    drain_queue()
    registry.publish([on_day(records[5], "RECRUITING")], FIRST_SNAPSHOT)
    detector_for().run(plenty_of_time)
    drain_queue()
    registry.publish([on_day(records[5], "COMPLETED")], SECOND_SNAPSHOT)

    class Down:
        def send(self, messages):
            raise RuntimeError("queue down")

    with pytest.raises(RuntimeError, match="queue down"):
        detector_for(queue=Down()).run(plenty_of_time)
    report = detector_for().run(plenty_of_time)

    # Archived already, and its id was delivered on the boundary day, but as another content: queued.
    (queued,) = drain_queue()
    assert queued["revision"].startswith(SECOND_SNAPSHOT)
    assert (report.queued, report.already_archived) == (1, 1)
