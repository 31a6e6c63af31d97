"""What a daily sweep would cost: over a simulated year, how many pages change each day because a
status caution (or the overdue-results statement) starts to apply, with no registry update."""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import date, timedelta

from trialpages.site.time_sensitive import change_dates
from trialpages.study import InvalidStudyRecord, normalize_study


def measure_sweep(records: list[dict], start: date, days: int = 365) -> dict:
    """Pages a sweep re-renders on each day from `start`: min / median / max / total, and the busiest day."""
    per_day: Counter[date] = Counter()
    studies = 0
    for record in records:
        try:
            study = normalize_study(record)
        except InvalidStudyRecord:
            continue
        studies += 1
        per_day.update(change_dates(study))
    window = [start + timedelta(days=offset) for offset in range(days)]
    counts = [per_day[day] for day in window]
    busiest = max(window, key=lambda day: (per_day[day], -day.toordinal()))
    return {
        "studies": studies,
        "start": start.isoformat(),
        "days": days,
        "pages_per_day": {
            "min": min(counts),
            "median": statistics.median(counts),
            "max": max(counts),
            "mean": round(statistics.fmean(counts), 2),
        },
        "total": sum(counts),
        "days_with_none": sum(1 for c in counts if c == 0),
        "busiest_day": busiest.isoformat(),
    }
