"""The /studies query language the fake understands: pieces, RANGE filters, sort, fields."""

from __future__ import annotations

import re
from datetime import date

# Piece names (as in the registry's data structure) -> path in a study record.
PIECES: dict[str, str] = {
    "NCTId": "protocolSection.identificationModule.nctId",
    "BriefTitle": "protocolSection.identificationModule.briefTitle",
    "OfficialTitle": "protocolSection.identificationModule.officialTitle",
    "Acronym": "protocolSection.identificationModule.acronym",
    "OverallStatus": "protocolSection.statusModule.overallStatus",
    "LastUpdatePostDate": "protocolSection.statusModule.lastUpdatePostDateStruct.date",
    "StudyFirstPostDate": "protocolSection.statusModule.studyFirstPostDateStruct.date",
    "StudyFirstSubmitDate": "protocolSection.statusModule.studyFirstSubmitDate",
    "LastUpdateSubmitDate": "protocolSection.statusModule.lastUpdateSubmitDate",
    "StatusVerifiedDate": "protocolSection.statusModule.statusVerifiedDate",
    "StartDate": "protocolSection.statusModule.startDateStruct.date",
    "PrimaryCompletionDate": "protocolSection.statusModule.primaryCompletionDateStruct.date",
    "CompletionDate": "protocolSection.statusModule.completionDateStruct.date",
    "ResultsFirstPostDate": "protocolSection.statusModule.resultsFirstPostDateStruct.date",
    "EnrollmentCount": "protocolSection.designModule.enrollmentInfo.count",
    "Phase": "protocolSection.designModule.phases",
    "StudyType": "protocolSection.designModule.studyType",
    "Condition": "protocolSection.conditionsModule.conditions",
    "LeadSponsorName": "protocolSection.sponsorCollaboratorsModule.leadSponsor.name",
    "HasResults": "hasResults",
}
DATE_PIECES = {name for name in PIECES if name.endswith("Date")}
SORTABLE = DATE_PIECES | {"EnrollmentCount"}
STATUSES = {
    "ACTIVE_NOT_RECRUITING", "COMPLETED", "ENROLLING_BY_INVITATION", "NOT_YET_RECRUITING", "RECRUITING",
    "SUSPENDED", "TERMINATED", "WITHDRAWN", "AVAILABLE", "NO_LONGER_AVAILABLE", "TEMPORARILY_NOT_AVAILABLE",
    "APPROVED_FOR_MARKETING", "WITHHELD", "UNKNOWN",
}  # fmt: skip
TOP_LEVEL = (
    "protocolSection",
    "resultsSection",
    "annotationSection",
    "documentSection",
    "derivedSection",
    "hasResults",
)

_RANGE = re.compile(r"^AREA\[(\w+)\]RANGE\[\s*([^,\]]*?)\s*,\s*([^\]]*?)\s*\]$")
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


class QueryError(ValueError):
    """The request cannot be answered; the message becomes the 400's text body."""


def lookup(record: dict, path: str):
    value = record
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def full_date(text: str) -> str:
    """`2025-06` means the 1st of the month, `2025` the 1st of January, as in the registry's RANGE."""
    match = _PARTIAL_DATE.match(text.strip())
    if not match:
        raise QueryError(f"Invalid date '{text}'")
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError as error:
        raise QueryError(f"Invalid date '{text}'") from error


def parse_range_filter(expression: str):
    """AREA[<date piece>]RANGE[a,b] (MIN/MAX allowed), or several joined by AND -> a predicate over records."""
    parts = [_range_predicate(part) for part in re.split(r"\s+AND\s+", expression.strip())]
    return lambda record: all(matches(record) for matches in parts)


def _range_predicate(expression: str):
    match = _RANGE.match(expression.strip())
    if not match:
        raise QueryError(
            f"filter.advanced: the fake registry evaluates only AREA[<date>]RANGE[a,b] (joined by AND), not '{expression}'"
        )
    piece, low, high = match.groups()
    if piece not in DATE_PIECES:
        raise QueryError(f"filter.advanced: unknown or non-date field '{piece}'")
    low_date = None if low.upper() == "MIN" else full_date(low)
    high_date = None if high.upper() == "MAX" else full_date(high)
    path = PIECES[piece]

    def matches(record: dict) -> bool:
        value = lookup(record, path)
        if not isinstance(value, str):
            return False
        value = _sortable_date(value)  # a date no calendar has is compared as sent: a bad record still reaches clients
        return (low_date is None or value >= low_date) and (high_date is None or value <= high_date)

    return matches


def split_list(value: str) -> list[str]:
    return [item.strip() for item in re.split(r"[,|]", value) if item.strip()]


def parse_sort(value: str) -> list[tuple[str, bool]]:
    """-> [(piece, descending)]; dates default to descending, numbers to ascending, as the registry does."""
    options = split_list(value)
    if len(options) > 2:
        raise QueryError("sort: at most 2 sort options are allowed")
    parsed = []
    for option in options:
        name, _, direction = option.partition(":")
        if name == "@relevance":
            parsed.append((name, True))
            continue
        if name not in SORTABLE:
            raise QueryError(f"sort: '{name}' is not a date or numeric field")
        if direction not in ("", "asc", "desc"):
            raise QueryError(f"sort: unknown direction '{direction}'")
        parsed.append((name, direction == "desc" if direction else name in DATE_PIECES))
    return parsed


def _sortable_date(value: str) -> str:
    """A record's date as the sort compares it; one no calendar has ("2024-02-31") sorts as sent."""
    try:
        return full_date(value)
    except QueryError:
        return value


def sort_records(records: list[dict], options: list[tuple[str, bool]]) -> list[dict]:
    """Stable sorts, last option first; records missing the field always go last."""
    for name, descending in reversed(options):
        if name == "@relevance":
            continue
        path = PIECES[name]
        present = [r for r in records if lookup(r, path) is not None]
        missing = [r for r in records if lookup(r, path) is None]
        convert = _sortable_date if name in DATE_PIECES else (lambda value: value)
        present.sort(key=lambda r, path=path, convert=convert: convert(lookup(r, path)), reverse=descending)
        records = present + missing
    return records


def parse_fields(value: str) -> list[str]:
    paths = []
    for field in split_list(value):
        if field in PIECES:
            paths.append(PIECES[field])
        elif field.split(".")[0] in TOP_LEVEL:
            paths.append(field)
        else:
            raise QueryError(f"fields: unknown field '{field}'")
    return paths


def project(record: dict, paths: list[str]) -> dict:
    """Keep only the given paths, nested as in the record (the registry's `fields`)."""
    projected: dict = {}
    for path in paths:
        value = lookup(record, path)
        if value is None:
            continue
        target = projected
        parts = path.split(".")
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = value
    return projected
