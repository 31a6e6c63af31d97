"""Locations grouped for reading: by country, then state, sorted, with recruiting sites (and the
countries and states that have them) first. Sites the record gives no name for are one entry per
state and status ("3 sites, names not given": their cities), not a run of identical lines."""

from __future__ import annotations

from collections import Counter, defaultdict
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
    """One site as the page lists it (worked out here once, not per site in the template), or
    several unnamed sites of one city and status."""

    facility: str
    status: Coded | None
    is_open: bool
    place: str  # "City, State, ZIP", the parts given
    contacts: list[Contact]  # at most LocationGroups.contacts_per_site
    count: int = 1


@dataclass(frozen=True, slots=True)
class StateGroup:
    name: str  # "" when the country's sites give no state
    sites: list[Site]


@dataclass(frozen=True, slots=True)
class CountryGroup:
    name: str
    states: list[StateGroup]
    site_count: int
    open_site_count: int  # recruiting, not yet recruiting, by invitation or available
    recruiting_site_count: int  # recruiting now


@dataclass(frozen=True, slots=True)
class LocationGroups:
    countries: list[CountryGroup]
    total: int
    open_total: int
    recruiting_total: int
    not_yet_total: int
    expanded: bool  # groups shown open
    contacts_per_site: int  # 0 when trimmed for size


def is_open_site(site: Location) -> bool:
    return site.status is not None and site.status.code in OPEN_SITE_STATUSES


def _site_order(site: Location) -> tuple:
    return (not is_open_site(site), (site.city or "").casefold(), (site.facility or "").casefold())


def _has_open(sites: list[Site]) -> bool:
    return any(site.is_open for site in sites)


def is_recruiting_site(site: Location) -> bool:
    return site.status is not None and site.status.code == "RECRUITING"


def _site(location: Location, contacts_per_site: int) -> Site:
    return Site(
        facility=location.facility or "Site name not given",
        status=location.status,
        is_open=is_open_site(location),
        place=", ".join(part for part in (location.city, location.state, location.zip) if part),
        contacts=location.contacts[:contacts_per_site],
    )


def _unnamed(locations: list[Location], contacts_per_site: int) -> Site:
    """The sites of one state and status that have no name: one entry, their cities listed once each."""
    first = locations[0]
    if len(locations) == 1:
        return _site(first, contacts_per_site)
    cities = Counter(location.city or "City not given" for location in locations)
    places = [f"{city} ({n})" if n > 1 else city for city, n in sorted(cities.items(), key=lambda c: c[0].casefold())]
    return Site(
        facility=f"{len(locations)} sites, names not given",
        status=first.status,
        is_open=is_open_site(first),
        place="; ".join(places),
        contacts=[c for location in locations for c in location.contacts][:contacts_per_site],
        count=len(locations),
    )


def _state_sites(locations: list[Location], contacts_per_site: int) -> list[Site]:
    named = [location for location in locations if location.facility]
    unnamed: dict[str | None, list[Location]] = defaultdict(list)
    for location in locations:
        if not location.facility:
            unnamed[location.status.code if location.status else None].append(location)
    entries = [(location, _site(location, contacts_per_site)) for location in named]
    entries += [(group[0], _unnamed(group, contacts_per_site)) for group in unnamed.values()]
    entries.sort(key=lambda entry: _site_order(entry[0]))
    return [site for _, site in entries]


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
            StateGroup(name=state, sites=_state_sites(sites, contacts_per_site)) for state, sites in by_state.items()
        ]
        states.sort(key=lambda group: (not _has_open(group.sites), group.name == NO_STATE, group.name.casefold()))
        members = [site for sites in by_state.values() for site in sites]
        countries.append(
            CountryGroup(
                name=country,
                states=states,
                site_count=len(members),
                open_site_count=sum(1 for site in members if is_open_site(site)),
                recruiting_site_count=sum(1 for site in members if is_recruiting_site(site)),
            )
        )
    countries.sort(key=lambda group: (not group.open_site_count, group.name == NO_COUNTRY, group.name.casefold()))
    return LocationGroups(
        countries=countries,
        total=len(locations),
        open_total=sum(c.open_site_count for c in countries),
        recruiting_total=sum(c.recruiting_site_count for c in countries),
        not_yet_total=sum(1 for site in locations if site.status and site.status.code == "NOT_YET_RECRUITING"),
        expanded=len(locations) <= OPEN_GROUPS_UP_TO,
        contacts_per_site=contacts_per_site,
    )
