"""A record detect_changes cannot handle is set aside with its reason; the run goes on and the checkpoint holds."""

from __future__ import annotations

import copy

import pytest
from trialpages_dev.records import nct_id_of

from tests.ingest.conftest import plenty_of_time
from trialpages.ctgov.client import StudyPage
from trialpages.ingest.detect import ChangeDetector
from trialpages.ingest.quarantine import QuarantinedRecord, checked_message

SNAPSHOT = "2026-11-25T09:00:00"


def dated(record: dict, day: str) -> dict:
    changed = copy.deepcopy(record)
    changed["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"] = {"date": day, "type": "ACTUAL"}
    return changed


def poisoned(records: list[dict]) -> dict[str, dict]:
    """The five ways a registry record has broken a run, each on a real record updated the snapshot's day."""
    surrogate, wrong_type, future, impossible, null_entry = (dated(r, "2026-11-24") for r in records[:5])
    surrogate["protocolSection"]["identificationModule"]["briefTitle"] = "Pain \ud83d study"
    wrong_type["protocolSection"]["statusModule"]["overallStatus"] = "RECRUITING"
    wrong_type["protocolSection"]["eligibilityModule"] = ["not", "an", "object"]
    future["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"]["date"] = "2099-01-01"
    impossible["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"]["date"] = "2024-02-31"
    null_entry["protocolSection"]["conditionsModule"]["conditions"] = ["Asthma", None]
    return {
        "lone surrogate": surrogate,
        "not an object": wrong_type,
        "after the registry's snapshot": future,
        "not a calendar date": impossible,
        "null entry": null_entry,
    }


class OnePageRegistry:
    requests_sent = 0

    def __init__(self, studies: list, data_timestamp: str = SNAPSHOT) -> None:
        self.studies, self.snapshot = studies, data_timestamp

    def data_timestamp(self) -> str:
        return self.snapshot

    def studies_page(self, since, page_token=None, page_size=1000):
        return StudyPage(studies=self.studies, next_page_token=None)


def detector(parts, registry: OnePageRegistry) -> ChangeDetector:
    return ChangeDetector(
        registry, parts.archive, parts.queue, parts.checkpoints, parts.archive, backfill_start="1999-01-01"
    )


@pytest.mark.parametrize("kind", ["lone surrogate", "not an object", "after", "not a calendar date", "null entry"])
def test_each_kind_of_bad_record_is_set_aside_with_a_reason_that_names_it(records, kind):
    record = next(r for name, r in poisoned(records).items() if name.startswith(kind) or kind in name)
    result = checked_message(record, SNAPSHOT[:10])
    assert isinstance(result, QuarantinedRecord) and kind.split()[-1] in result.reason
    assert result.nct_id == nct_id_of(record)


def test_bad_records_are_quarantined_and_every_other_study_delivered(parts, records, drain_queue):
    bad = poisoned(records)
    good = [dated(r, "2026-11-24") for r in records[5:12]]
    report = detector(parts, OnePageRegistry([*bad.values(), *good, "not even an object"])).run(plenty_of_time)

    assert report.outcome == "complete" and report.queued == len(good)
    assert sorted(m["nct_id"] for m in drain_queue()) == sorted(nct_id_of(r) for r in good)
    assert len(report.quarantined) == 6
    listed = parts.archive.quarantined()
    assert sorted(reason for _, reason, _ in listed) == sorted(q.reason for q in report.quarantined)
    assert all(key.startswith("quarantine/") for key, _, _ in listed)
    # The 2099 record did not move the checkpoint past the registry's snapshot.
    assert report.checkpoint.since == "2026-11-24" <= SNAPSHOT[:10]


def test_a_fixed_record_is_picked_up_by_the_next_run(parts, records, drain_queue):
    broken = poisoned(records)["not an object"]
    first = detector(parts, OnePageRegistry([broken])).run(plenty_of_time)
    fixed = dated(records[1], "2026-11-26")
    second = detector(parts, OnePageRegistry([fixed], "2026-11-27T09:00:00")).run(plenty_of_time)

    assert len(first.quarantined) == 1 and first.queued == 0
    assert second.quarantined == [] and second.queued == 1
    assert [m["nct_id"] for m in drain_queue()] == [nct_id_of(fixed)]
