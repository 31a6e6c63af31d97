"""What a page says that depends on the day it is built: the status cautions and the fact that
results are overdue. `today` is always passed in: the clock is the caller's.

Every statement here is monotone: once true it stays true ("more than a year ago", "that date has
passed"), so a page built on one day stays true on every later day; it only misses a caution that
started to apply since. `change_dates(study)` lists the days on which these statements change, so a
daily sweep re-renders exactly the pages that change that day (`changes_on(study, day)`; an index can
keep `next_change(study, after=build_day)` per study).

A registry date may be a month or a year ("2025-06", "2025"): a statement applies only once it is
true for the latest day the date can mean (June 30 for "2025-06").
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from trialpages.site.explain.status import ONGOING_STATUSES
from trialpages.study import PartialDate, Study
from trialpages.study.dates import month_year
from trialpages.study.model import KeyDate

# An old confirmation is doubtful only for a status that may still change (a study under way). A
# final status (completed, terminated, withdrawn) or "unknown" (the registry's own verdict on an old one) is not.
MAY_CHANGE = ONGOING_STATUSES
ENROLLING_NOW = frozenset({"RECRUITING", "ENROLLING_BY_INVITATION"})
NOT_YET = "NOT_YET_RECRUITING"

VERIFIED_1Y = "verified-over-a-year-ago"
VERIFIED_2Y = "verified-over-2-years-ago"
COMPLETION_PASSED = "primary-completion-passed"
START_PASSED = "start-passed"
RESULTS_OVERDUE = "results-overdue"


@dataclass(frozen=True, slots=True)
class Caution:
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class TimeSensitive:
    cautions: tuple[Caution, ...]
    results_overdue: str | None  # "No results have been posted ..." once the results are over a year late


def latest_day(value: PartialDate | None) -> date | None:
    """The last day a registry date can mean; None when it is not an ISO date."""
    if value is None or value.precision == "unknown":
        return None
    parts = [int(part) for part in value.iso.split("-")]
    if value.precision == "year":
        return date(parts[0], 12, 31)
    if value.precision == "month":
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(parts[0], parts[1], parts[2])


def _years_after(day: date, years: int) -> date:
    """The anniversary; February 29 rounds up to March 1, so "more than N years" is never early."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def _first_day_over(value: PartialDate | None, years: int) -> date | None:
    """The first day on which `value` is more than `years` years ago (0: the first day after it)."""
    last = latest_day(value)
    return None if last is None else _years_after(last, years) + timedelta(days=1)


def _when(value: PartialDate) -> str:
    return month_year(value) if value.precision == "month" else value.text


def _on(value: PartialDate) -> str:
    """ "on June 15, 2025", "in June 2025", "in 2025"."""
    return f"{'on' if value.precision == 'day' else 'in'} {_when(value)}"


def _thresholds(study: Study) -> dict[str, date]:
    """Each statement that can apply to this study, with the first day it applies."""
    status = study.overall_status.code
    found: dict[str, date | None] = {}
    if status in MAY_CHANGE:
        found[VERIFIED_1Y] = _first_day_over(study.status_verified, 1)
        found[VERIFIED_2Y] = _first_day_over(study.status_verified, 2)
    primary = study.dates.primary_completion
    if status in ENROLLING_NOW and primary:
        found[COMPLETION_PASSED] = _first_day_over(primary.date, 0)
    if status == NOT_YET and study.dates.start:
        found[START_PASSED] = _first_day_over(study.dates.start.date, 0)
    if _results_expected(study) and primary:
        found[RESULTS_OVERDUE] = _first_day_over(primary.date, 1)
    return {kind: day for kind, day in found.items() if day is not None}


def _results_expected(study: Study) -> bool:
    return (
        study.study_type.code == "INTERVENTIONAL"
        and not study.has_results
        and study.overall_status.code != "WITHDRAWN"  # never started: nothing to report
    )


def time_sensitive(study: Study, today: date) -> TimeSensitive:
    applies = {kind for kind, first in _thresholds(study).items() if today >= first}
    verified, primary, start = study.status_verified, study.dates.primary_completion, study.dates.start
    cautions = []
    # A kind applies only where its date exists (see _thresholds): the date checks below only narrow types.
    if VERIFIED_2Y in applies and verified:
        cautions.append(Caution(VERIFIED_2Y, _verified_text(verified, "more than 2 years ago")))
    elif VERIFIED_1Y in applies and verified:
        cautions.append(Caution(VERIFIED_1Y, _verified_text(verified, "more than a year ago")))
    if COMPLETION_PASSED in applies and primary:
        cautions.append(Caution(COMPLETION_PASSED, _completion_text(primary, study.overall_status.label)))
    if START_PASSED in applies and start:
        cautions.append(Caution(START_PASSED, _start_text(start)))
    overdue = _overdue_text(primary) if RESULTS_OVERDUE in applies and primary else None
    return TimeSensitive(cautions=tuple(cautions), results_overdue=overdue)


def change_dates(study: Study) -> list[date]:
    """Every day on which `time_sensitive(study, day)` differs from the day before, oldest first."""
    return sorted(set(_thresholds(study).values()))


def next_change(study: Study, after: date) -> date | None:
    """The first day after `after` on which the page changes with no registry update (None: never):
    what an index can keep per study, so a sweep finds the day's pages with one query."""
    return next((day for day in change_dates(study) if day > after), None)


def changes_on(study: Study, day: date) -> bool:
    """Whether a sweep on `day` must re-render this study's page (its record unchanged)."""
    return day in _thresholds(study).values()


def _verified_text(verified: PartialDate, how_long: str) -> str:
    return f"The sponsor last confirmed this status {_on(verified)}, {how_long}. It may have changed since."


def main_results_date(primary: KeyDate) -> str:
    """When the data for the main results was (or was to be) collected, as the record says it."""
    if primary.type and primary.type.code == "ACTUAL":
        return f"The study finished collecting data for its main results {_on(primary.date)}"
    return f"The study expected to finish collecting data for its main results by {_when(primary.date)}"


def _completion_text(primary: KeyDate, status_label: str) -> str:
    passed = "" if primary.type and primary.type.code == "ACTUAL" else ". That date has passed"
    return (
        f"{main_results_date(primary)}{passed}, but it is still listed as {status_label.lower()}. "
        "It may no longer be taking new people."
    )


def _start_text(start: KeyDate) -> str:
    if start.type and start.type.code == "ACTUAL":
        began = f"The record says the study started {_on(start.date)}"
    else:
        began = f"The study planned to start {_on(start.date)}. That date has passed"
    return f"{began}, but it is still listed as not yet recruiting. It may have started, or it may be delayed."


def _overdue_text(primary: KeyDate) -> str:
    return f"{main_results_date(primary)}, more than a year ago. No results have been posted on ClinicalTrials.gov."
