"""The local cycle counts study versions, not SQS receipts (SQS delivers at least once)."""

from __future__ import annotations

import json

from trialpages_dev.local.demo import Deliveries


def message(message_id: str, nct_id: str, last_update: str = "2025-01-02") -> dict:
    return {"MessageId": message_id, "Body": json.dumps({"nct_id": nct_id, "last_update": last_update})}


def test_a_version_delivered_twice_is_rendered_once_and_counted_as_redelivered():
    first, second = Deliveries(), Deliveries()
    first.add(message("m1", "NCT00000001"), succeeded=True)
    second.add(message("m1", "NCT00000001"), succeeded=True)
    second.add(message("m2", "NCT00000002"), succeeded=True)

    total = Deliveries.combined([first, second])

    assert len(total.rendered) == 2
    assert total.redelivered == 1


def test_a_failure_retried_with_success_is_not_a_failure_but_a_poison_body_is():
    first, second = Deliveries(), Deliveries()
    first.add(message("m1", "NCT00000001"), succeeded=False)
    second.add(message("m1", "NCT00000001"), succeeded=True)
    second.add({"MessageId": "m9", "Body": "not json"}, succeeded=False)

    total = Deliveries.combined([first, second])

    assert total.rendered == {("NCT00000001", "2025-01-02")}
    assert total.failed == {("", "m9")}
    assert total.redelivered == 1
