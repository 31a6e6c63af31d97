"""Locations grouped for reading: by country, then state, sorted, with recruiting sites first."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from trialpages.study.model import Location

OPEN_SITE_STATUSES = frozenset({"RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION", "AVAILABLE"})
# Up to this many sites every group is shown open; beyond it groups start collapsed so a study
# with 1,000+ sites stays a page one can scroll.
OPEN_GROUPS_UP_TO = 25
# Contacts per site: enough to call someone; the registry has the rest.
CONTACTS_PER_SITE = 1
# Past this many sites, per-site contacts are left to the registry page to keep the page small.
SITE_CONTACTS_UP_TO = 300
NO_COUNTRY = "Country not given"
NO_STATE = ""


@dataclass(frozen=True, slots=True)
class StateGroup:
    name: str  # "" when the country's sites give no state
    sites: list[Location]


@dataclass(frozen=True, slots=True)
class CountryGroup:
    name: str
    states: list[StateGroup]
    site_count: int
    open_site_count: int


@dataclass(frozen=True, slots=True)
class LocationGroups:
    countries: list[CountryGroup]
    total: int
    open_total: int
    expanded: bool  # groups shown open
    contacts_per_site: int  # 0 when trimmed for size


def is_open_site(site: Location) -> bool:
    return site.status is not None and site.status.code in OPEN_SITE_STATUSES


def _site_order(site: Location) -> tuple:
    return (not is_open_site(site), (site.city or "").casefold(), (site.facility or "").casefold())


def group_locations(locations: list[Location]) -> LocationGroups:
    by_country: dict[str, dict[str, list[Location]]] = defaultdict(lambda: defaultdict(list))
    for site in locations:
        by_country[site.country or NO_COUNTRY][site.state or NO_STATE].append(site)
    countries = []
    for country in sorted(by_country, key=lambda name: (name == NO_COUNTRY, name.casefold())):
        states = [
            StateGroup(name=state, sites=sorted(sites, key=_site_order))
            # Sites without a state follow the named states.
            for state, sites in sorted(
                by_country[country].items(), key=lambda kv: (kv[0] == NO_STATE, kv[0].casefold())
            )
        ]
        sites = [site for group in states for site in group.sites]
        countries.append(
            CountryGroup(
                name=country,
                states=states,
                site_count=len(sites),
                open_site_count=sum(1 for site in sites if is_open_site(site)),
            )
        )
    return LocationGroups(
        countries=countries,
        total=len(locations),
        open_total=sum(c.open_site_count for c in countries),
        expanded=len(locations) <= OPEN_GROUPS_UP_TO,
        contacts_per_site=CONTACTS_PER_SITE if len(locations) <= SITE_CONTACTS_UP_TO else 0,
    )
