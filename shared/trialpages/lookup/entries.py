"""What one study version files in the lookup index, as data (pure): the repository
(trialpages.aws.index) turns it into items and writes only what changed since the last version.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from trialpages.lookup.body_systems import body_systems_of
from trialpages.lookup.facets import ALL_STUDIES, NO_PHASE, facet, id_range
from trialpages.lookup.hubs import hub_name, hub_slug, is_generic, old_slug
from trialpages.lookup.listing import StudyListing
from trialpages.lookup.search_terms import ALL_STUDIES_TERM, SearchListing, search_listing, search_terms
from trialpages.study import Study
from trialpages.study.slugs import slug


class StudySite(BaseModel):
    """A site with a geo point: what `near=` ranks. No study status here: a status change then leaves
    every site item as it was (the search reads a study's status from its version record)."""

    model_config = ConfigDict(frozen=True)

    nct_id: str
    index: int  # its place among the study's locations
    lat: float
    lon: float
    facility: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    site_status: str | None = None


class StudyEntries(BaseModel):
    model_config = ConfigDict(frozen=True)

    listing: StudyListing
    facets: list[str]  # every `<facet>#<value>` it is found under
    condition_slugs: list[str]  # the conditions it is found under: listed and MeSH
    page_conditions: dict[str, str]  # slug -> name of the condition pages that list it
    hub_aliases: dict[str, list[str]] = {}  # hub slug -> older slugs that redirect to it
    sites: list[StudySite]
    aliases: list[str]
    fetched: str | None = None  # the day this version was fetched from the registry
    search: SearchListing | None = None  # what a search result shows of it
    search_terms: dict[str, int] = {}  # folded term -> rank (trialpages.lookup.search_terms)


def condition_slugs(study: Study) -> list[str]:
    """The conditions a study can be found under: as listed by the sponsor and as MeSH terms, by their
    registry names (as before hubs) and by their hubs."""
    names = [term.term for term in study.condition_mesh_terms] + study.conditions
    return sorted({slug(name) for name in names} | {hub_slug(name) for name in names})


def _hub_terms(study: Study) -> list[str]:
    """Its MeSH conditions, else its listed ones; never a generic term (hubs.is_generic)."""
    mesh = [term.term for term in study.condition_mesh_terms if not is_generic(term.term)]
    return sorted(set(mesh or [name for name in study.conditions if not is_generic(name)]))


def page_conditions(study: Study) -> dict[str, str]:
    """slug -> name of the condition hubs a study is listed on: its MeSH terms, else its listed conditions,
    each in patients' words (trialpages.lookup.hubs)."""
    hubs: dict[str, str] = {}
    for term in _hub_terms(study):
        hubs.setdefault(hub_slug(term), hub_name(term))
    return hubs


def hub_aliases(study: Study) -> dict[str, list[str]]:
    """hub slug -> the older slugs of its names that redirect to it."""
    aliases: dict[str, set[str]] = {}
    for term in _hub_terms(study):
        if old_slug(term) != hub_slug(term):
            aliases.setdefault(hub_slug(term), set()).add(old_slug(term))
    return {hub: sorted(old) for hub, old in aliases.items()}


def listing_of(study: Study, site_url: str) -> StudyListing:
    return StudyListing(
        nct_id=study.nct_id,
        brief_title=study.brief_title,
        status=study.overall_status.code or "UNKNOWN",
        status_label=study.overall_status.label,
        phases=[phase.code for phase in study.phases if phase.code],
        phase_label=study.phase_label,
        study_type=study.study_type.code or "UNKNOWN",
        study_type_label=study.study_type.label,
        conditions=study.conditions,
        lead_sponsor=study.lead_sponsor.name,
        countries=sorted({loc.country for loc in study.locations if loc.country}),
        site_count=len(study.locations),
        body_systems=body_systems_of(study.condition_categories),
        last_update=study.last_update,
        url=f"{site_url.rstrip('/')}/studies/{study.nct_id}/",
    )


def facet_values(listing: StudyListing, slugs: list[str]) -> list[str]:
    """Every `<facet>#<value>` a study can be found under."""
    values = [ALL_STUDIES, facet("status", listing.status), facet("sponsor", listing.lead_sponsor)]
    values += [facet("condition", s) for s in slugs]
    values += [facet("phase", phase) for phase in listing.phases or [NO_PHASE]]
    values += [facet("country", country) for country in listing.countries]
    values.append(id_range(listing.nct_id))  # a sitemap file's worth of studies
    return sorted(set(values))


def study_sites(study: Study) -> list[StudySite]:
    return [
        StudySite(
            nct_id=study.nct_id,
            index=index,
            lat=location.geo_point.lat,
            lon=location.geo_point.lon,
            facility=location.facility,
            city=location.city,
            state=location.state,
            country=location.country,
            site_status=location.status.code if location.status else None,
        )
        for index, location in enumerate(study.locations)
        if location.geo_point is not None
    ]


def study_entries(study: Study, site_url: str, fetched: str | None) -> StudyEntries:
    listing, slugs = listing_of(study, site_url), condition_slugs(study)
    return StudyEntries(
        listing=listing,
        facets=facet_values(listing, slugs),
        condition_slugs=slugs,
        page_conditions=page_conditions(study),
        hub_aliases=hub_aliases(study),
        sites=study_sites(study),
        aliases=list(study.nct_id_aliases),
        fetched=fetched,
        search=search_listing(study),
        search_terms={**search_terms(study), ALL_STUDIES_TERM: 0},
    )
