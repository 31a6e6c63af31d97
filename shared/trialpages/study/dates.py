"""Registry dates are partial ("2025", "2025-06", "2025-06-15"); keep them exactly as precise as given."""

from __future__ import annotations

import re

from trialpages.study.model import PartialDate

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ISO_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_partial_date(raw: object) -> PartialDate | None:
    if not isinstance(raw, str) or not raw.strip():
        return None
    text = raw.strip()
    match = _ISO_PARTIAL.match(text)
    if not match:
        # An unexpected format is still shown, never guessed at.
        return PartialDate(iso=text, precision="unknown", text=text)
    year, month, day = match.groups()
    month_number = int(month) if month else 0
    if month and not 1 <= month_number <= 12:
        return PartialDate(iso=text, precision="unknown", text=text)
    if day:
        return PartialDate(iso=text, precision="day", text=f"{MONTHS[month_number - 1]} {int(day)}, {year}")
    if month:
        return PartialDate(iso=text, precision="month", text=f"{MONTHS[month_number - 1]} {year}")
    return PartialDate(iso=text, precision="year", text=year)


def month_index(date: PartialDate) -> int | None:
    """Months since year 0, for "how many months apart" questions; None when the month is not known."""
    match = _ISO_PARTIAL.match(date.iso)
    if not match or not match.group(2):
        return None
    return int(match.group(1)) * 12 + int(match.group(2)) - 1


def month_year(date: PartialDate) -> str:
    """ "June 2025" from any date with a month, the plain text otherwise."""
    match = _ISO_PARTIAL.match(date.iso)
    if not match or not match.group(2):
        return date.text
    return f"{MONTHS[int(match.group(2)) - 1]} {match.group(1)}"
