"""Locations grouped for reading: by country, then state, sorted, with recruiting sites (and the
countries and states that have them) first."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from trialpages.study.model import Coded, Contact, Location

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
class Site:
    """One site as the page lists it (worked out here once, not per site in the template)."""

    facility: str
    status: Coded | None
    is_open: bool
    place: str  # "City, State, ZIP", the parts given
    contacts: list[Contact]  # at most LocationGroups.contacts_per_site


@dataclass(frozen=True, slots=True)
class StateGroup:
    name: str  # "" when the country's sites give no state
    sites: list[Site]


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


def _has_open(sites: list[Site]) -> bool:
    return any(site.is_open for site in sites)


def _site(location: Location, contacts_per_site: int) -> Site:
    return Site(
        facility=location.facility or "Site name not given",
        status=location.status,
        is_open=is_open_site(location),
        place=", ".join(part for part in (location.city, location.state, location.zip) if part),
        contacts=location.contacts[:contacts_per_site],
    )


def group_locations(locations: list[Location]) -> LocationGroups:
    """Countries, then states, then sites: each level puts groups with a recruiting site first,
    then the rest alphabetically ("Country not given" and sites without a state last)."""
    contacts_per_site = CONTACTS_PER_SITE if len(locations) <= SITE_CONTACTS_UP_TO else 0
    by_country: dict[str, dict[str, list[Location]]] = defaultdict(lambda: defaultdict(list))
    for site in locations:
        by_country[site.country or NO_COUNTRY][site.state or NO_STATE].append(site)
    countries = []
    for country, by_state in by_country.items():
        states = [
            StateGroup(name=state, sites=[_site(site, contacts_per_site) for site in sorted(sites, key=_site_order)])
            for state, sites in by_state.items()
        ]
        states.sort(key=lambda group: (not _has_open(group.sites), group.name == NO_STATE, group.name.casefold()))
        sites = [site for group in states for site in group.sites]
        countries.append(
            CountryGroup(
                name=country,
                states=states,
                site_count=len(sites),
                open_site_count=sum(1 for site in sites if site.is_open),
            )
        )
    countries.sort(key=lambda group: (not group.open_site_count, group.name == NO_COUNTRY, group.name.casefold()))
    return LocationGroups(
        countries=countries,
        total=len(locations),
        open_total=sum(c.open_site_count for c in countries),
        expanded=len(locations) <= OPEN_GROUPS_UP_TO,
        contacts_per_site=contacts_per_site,
    )
