"""What a page must say, worked out from the raw API v2 record alone, apart from the code under test:
the checks over all 1,000 bundled records compare the rendered pages with these."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

OPEN = {"RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION", "AVAILABLE"}
MAY_CHANGE = OPEN | {"ACTIVE_NOT_RECRUITING", "SUSPENDED", "TEMPORARILY_NOT_AVAILABLE"}


def protocol(record: dict) -> dict:
    return record["protocolSection"]


def nct_id(record: dict) -> str:
    return protocol(record)["identificationModule"]["nctId"]


def status(record: dict) -> str | None:
    return protocol(record)["statusModule"].get("overallStatus")


def last_possible_day(text: str | None) -> date | None:
    """ "2024" -> Dec 31, "2024-02" -> Feb 29, "2024-02-10" -> that day."""
    if not text or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        return None
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return date(*parts)


def more_than_years_ago(text: str | None, years: int, today: date) -> bool:
    last = last_possible_day(text)
    if last is None:
        return False
    # Strictly more than N years: past the anniversary (Feb 29 counts as Mar 1 in other years).
    year = last.year + years
    anniversary = (
        date(year, 3, 1) if (last.month, last.day) == (2, 29) and not calendar.isleap(year) else last.replace(year=year)
    )
    return today > anniversary


def has_passed(text: str | None, today: date) -> bool:
    last = last_possible_day(text)
    return last is not None and today > last


def cautions(record: dict, today: date) -> set[str]:
    """The caution kinds the issue's rules give on `today`."""
    module = protocol(record)["statusModule"]
    code = status(record)
    found = set()
    verified = module.get("statusVerifiedDate")
    if code in MAY_CHANGE:
        if more_than_years_ago(verified, 2, today):
            found.add("2y")
        elif more_than_years_ago(verified, 1, today):
            found.add("1y")
    completion = module.get("primaryCompletionDateStruct", {}).get("date")
    if code in ("RECRUITING", "ENROLLING_BY_INVITATION") and has_passed(completion, today):
        found.add("completion")
    if code == "NOT_YET_RECRUITING" and has_passed(module.get("startDateStruct", {}).get("date"), today):
        found.add("start")
    return found


def results_overdue(record: dict, today: date) -> bool:
    module = protocol(record)["statusModule"]
    return (
        protocol(record)["designModule"].get("studyType") == "INTERVENTIONAL"
        and not record.get("hasResults")
        and status(record) != "WITHDRAWN"
        and more_than_years_ago(module.get("primaryCompletionDateStruct", {}).get("date"), 1, today)
    )


def mesh_includes_neoplasms(record: dict) -> bool:
    browse = record.get("derivedSection", {}).get("conditionBrowseModule", {})
    return any(term.get("term") == "Neoplasms" for term in browse.get("meshes", []) + browse.get("ancestors", []))


def countries(record: dict) -> set[str]:
    locations = protocol(record).get("contactsLocationsModule", {}).get("locations", [])
    return {loc["country"] for loc in locations if loc.get("country")}


def intervention_types(record: dict) -> set[str]:
    return {i.get("type") for i in protocol(record).get("armsInterventionsModule", {}).get("interventions", [])}


def pmids(record: dict) -> list[str]:
    refs = protocol(record).get("referencesModule", {}).get("references", [])
    return [ref["pmid"] for ref in refs if ref.get("pmid")]


def day_before(day: date) -> date:
    return day - timedelta(days=1)
