"""Fault scenarios: bad registry content, future and impossible dates, and dead letters redriven once fixed.

A bad record is published to the registry but never expected on the site (`p.registry.publish`, not
`registry_publishes`): it must be quarantined with its reason while every other study settles.
"""

from __future__ import annotations

import boto3
from trialpages_dev.poison import POISON_KINDS, poison_records
from trialpages_dev.records import nct_id_of

from tests.faults.aws_faults import AwsFault, AwsFaults
from tests.faults.harness import FaultPipeline
from tests.publishing.conftest import with_last_update
from trialpages.aws.dead_letters import DeadLetters
from trialpages.aws.raw_archive import RawArchive

UPDATE_DAY, UPDATE_SNAPSHOT = "2026-11-24", "2026-11-25T09:00:00"
LATER_DAY, LATER_SNAPSHOT = "2026-11-26", "2026-11-27T09:00:00"
PAGE = 4


def _quarantined(p: FaultPipeline) -> list[str]:
    return [reason for _, reason, _ in RawArchive(boto3.client("s3"), p.stack.refs["RawArchiveBucket"]).quarantined()]


def _settle_past(p: FaultPipeline, kind: str, words: str) -> None:
    """The registry's update carries one bad record among the changed ones, on a middle page."""
    p.settle()
    changed = [with_last_update(record, UPDATE_DAY, f"Updated {UPDATE_DAY}") for record in p.records[:7]]
    p.registry_publishes(changed, UPDATE_SNAPSHOT)
    bad = poison_records(p.records, UPDATE_DAY)[POISON_KINDS.index(kind)]
    p.registry.publish([bad], UPDATE_SNAPSHOT)  # never expected on the site
    p.settle(page_size=PAGE)
    reasons = _quarantined(p)
    assert len(reasons) == 1 and words in reasons[0], reasons
    assert p.checkpoint().since == UPDATE_DAY  # not moved by the bad record, not stuck before it


def _past_a_bad_record(name: str, kind: str, words: str):
    def scenario(p: FaultPipeline, faults: AwsFaults) -> None:
        _settle_past(p, kind, words)

    scenario.__name__ = scenario.__qualname__ = name
    return scenario


BAD_RECORD_SCENARIOS = [
    _past_a_bad_record(name, kind, words)
    for name, kind, words in (
        ("sync_completes_past_a_record_with_a_lone_surrogate", "lone surrogate", "lone surrogate"),
        ("sync_completes_past_a_record_whose_module_is_not_an_object", "wrong-typed module", "not an object"),
        (
            "checkpoint_stays_before_the_snapshot_when_a_record_is_dated_2099",
            "2099 date",
            "after the registry's snapshot",
        ),
        ("sync_completes_past_a_record_dated_on_no_calendar_day", "2024-02-31", "not a calendar date"),
        (
            "sync_completes_past_a_record_with_a_control_character_in_its_id",
            "control character in its id",
            "no usable nctId",
        ),
    )
]


def a_quarantined_record_is_rendered_once_the_registry_sends_it_fixed(p: FaultPipeline, faults: AwsFaults):
    _settle_past(p, "wrong-typed module", "not an object")
    fixed = with_last_update(p.records[8], LATER_DAY, "Fixed")
    fixed["protocolSection"]["identificationModule"]["nctId"] = "NCT99999991"  # the quarantined study's id
    p.registry_publishes([fixed], LATER_SNAPSHOT)
    p.settle()
    assert p.newest["NCT99999991"] == LATER_DAY


def dead_letters_redriven_after_their_cause_is_fixed_are_rendered(p: FaultPipeline, faults: AwsFaults):
    p.settle()
    changed = with_last_update(p.records[0], UPDATE_DAY, "Updated")
    p.registry_publishes([changed], UPDATE_SNAPSHOT)
    raw = p.stack.refs["RawArchiveBucket"]
    key = f"raw/{nct_id_of(changed)}/"
    # Its raw record cannot be read five times: the study queue gives up on it (maxReceiveCount 5).
    faults.add(
        AwsFault("s3", "GetObject", times=5, code="AccessDenied", status=403,
                 matches=lambda params: params.get("Bucket") == raw and params["Key"].startswith(key))
    )  # fmt: skip
    p.detect_until_done()
    p.drain()
    dead_letters = DeadLetters(boto3.client("sqs"), p.stack.refs["StudyDeadLetterQueue"], p.stack.refs["StudyQueue"])
    [letter] = dead_letters.peek()
    assert nct_id_of(changed) in letter.body and "AccessDenied" in letter.reason, letter
    assert dead_letters.redrive() == 1
    p.settle()


SCENARIOS = [
    *BAD_RECORD_SCENARIOS,
    a_quarantined_record_is_rendered_once_the_registry_sends_it_fixed,
    dead_letters_redriven_after_their_cause_is_fixed_are_rendered,
]
