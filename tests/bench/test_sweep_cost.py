"""The simulated-year sweep cost counts, each day, exactly the pages whose statements change that day."""

from __future__ import annotations

from datetime import date, timedelta

from trialpages_dev.bench.sweep import measure_sweep

from trialpages.site.time_sensitive import changes_on
from trialpages.study import normalize_study

START = date(2025, 1, 1)


def test_sweep_cost_counts_the_pages_that_change_each_day(bundled_records):
    records = bundled_records[:300]
    figures = measure_sweep(records, START, days=365)
    studies = [normalize_study(record) for record in records]
    per_day = [sum(changes_on(s, START + timedelta(days=n)) for s in studies) for n in range(365)]
    assert figures["studies"] == 300
    assert figures["total"] == sum(per_day) > 0
    assert figures["pages_per_day"]["max"] == max(per_day)
    assert figures["days_with_none"] == per_day.count(0)
    assert figures["busiest_day"] == (START + timedelta(days=per_day.index(max(per_day)))).isoformat()


def test_a_record_that_cannot_be_normalized_is_left_out_not_fatal(bundled_records):
    figures = measure_sweep([{"protocolSection": {}}, bundled_records[0]], START, days=3)
    assert figures["studies"] == 1 and figures["days"] == 3
