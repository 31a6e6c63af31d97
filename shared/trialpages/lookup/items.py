"""The index items one study version owns: pure data, written by render_study, read by lookup_api.

Access patterns (README "Lookup index"): every API read is a GetItem or a Query on a key.
- STUDY#<id> / CURRENT          the version, its hashes, the summary, the keys of the items below
- STUDY#<alias> / ALIAS          an old id -> the current id (301)
- FACET#<facet>#<value> / <last_update>#<id>   one per filterable value: all, condition, status,
                                 phase, country, sponsor; newest first by sort key
- FACET#<facet>#<value>+<facet>#<value> / <last_update>#<id>   one per PAIRED combination (facets.py)
- RECRUITING-FIRST#<condition> / <1|0>#<last_update>#<id>   a condition's studies as its endpoint
                                 lists them: recruiting (1) first, newest first in each
- GEO<p>#<geohash> / <id>#<site>  one per site with a geo point, at precisions 3 and 4
"""

from __future__ import annotations

from trialpages.history import ChangeEntry
from trialpages.lookup.conditions import RECRUITING, recruiting_first_partition
from trialpages.lookup.facets import NO_PHASE, facet, facet_pairs
from trialpages.lookup.geo import encode
from trialpages.lookup.listing import StudyListing
from trialpages.study import Study
from trialpages.study.slugs import slug

GEO_PRECISIONS = (3, 4)


def condition_slugs(study: Study) -> list[str]:
    """The conditions a study can be found under: as listed by the sponsor and as MeSH terms."""
    names = [term.term for term in study.condition_mesh_terms] + study.conditions
    return sorted({slug(name) for name in names})


def listing_of(study: Study, site_url: str) -> StudyListing:
    return StudyListing(
        nct_id=study.nct_id,
        brief_title=study.brief_title,
        status=study.overall_status.code or "UNKNOWN",
        status_label=study.overall_status.label,
        phases=[phase.code for phase in study.phases if phase.code],
        phase_label=study.phase_label,
        study_type=study.study_type.code or "UNKNOWN",
        conditions=study.conditions,
        lead_sponsor=study.lead_sponsor.name,
        countries=sorted({loc.country for loc in study.locations if loc.country}),
        last_update=study.last_update,
        url=f"{site_url.rstrip('/')}/studies/{study.nct_id}/",
    )


def facet_values(listing: StudyListing, condition_slugs: list[str]) -> list[str]:
    """Every `<facet>#<value>` a study can be found under."""
    values = ["all#all", facet("status", listing.status), facet("sponsor", listing.lead_sponsor)]
    values += [facet("condition", s) for s in condition_slugs]
    values += [facet("phase", phase) for phase in listing.phases or [NO_PHASE]]
    values += [facet("country", country) for country in listing.countries]
    values.append(f"idrange#{id_range(listing.nct_id)}")  # a sitemap file's worth of studies
    return sorted(set(values))


def id_range(nct_id: str) -> str:
    """NCT0123xxxx -> nct0123: at most 10,000 studies, well under a sitemap file's 50,000 URLs."""
    return nct_id[:7].lower()


def facet_items(listing: StudyListing, condition_slugs: list[str]) -> list[dict]:
    sort_key = f"{listing.last_update}#{listing.nct_id}"
    values = facet_values(listing, condition_slugs)
    # `facets` lets one Query on the most selective facet (or pair) filter by the others.
    body = {**listing.model_dump(), "facets": values}
    return [{"pk": f"FACET#{value}", "sk": sort_key, **body} for value in values + facet_pairs(values)]


def recruiting_first_items(listing: StudyListing, condition_slugs: list[str]) -> list[dict]:
    """/v1/conditions/{slug}'s order in the sort key, so one Query reads a page of it: recruiting, then the rest."""
    rank = "1" if facet("status", listing.status) == RECRUITING else "0"
    body = listing.model_dump()
    sort_key = f"{rank}#{listing.last_update}#{listing.nct_id}"
    return [{"pk": recruiting_first_partition(s), "sk": sort_key, **body} for s in condition_slugs]


def page_conditions(study: Study) -> dict[str, str]:
    """slug -> name of the condition pages a study is listed on: its MeSH terms, else its listed conditions."""
    names = [term.term for term in study.condition_mesh_terms] or study.conditions
    return {slug(name): name for name in sorted(set(names))}


def condition_items(study: Study) -> list[dict]:
    """The list of conditions (/v1/conditions): shared by studies, so never owned or deleted."""
    return [{"pk": "CONDITIONS", "sk": key, "name": name} for key, name in page_conditions(study).items()]


def geo_items(study: Study) -> list[dict]:
    items = []
    for index, location in enumerate(study.locations):
        if location.geo_point is None:
            continue
        site = {
            "nct_id": study.nct_id,
            "lat": location.geo_point.lat,
            "lon": location.geo_point.lon,
            "facility": location.facility,
            "city": location.city,
            "state": location.state,
            "country": location.country,
            "site_status": location.status.code if location.status else None,
            "study_status": study.overall_status.code,
        }
        for precision in GEO_PRECISIONS:
            cell = encode(location.geo_point.lat, location.geo_point.lon, precision)
            items.append({"pk": f"GEO{precision}#{cell}", "sk": f"{study.nct_id}#{index:05d}", **site})
    return items


def alias_items(study: Study) -> list[dict]:
    return [{"pk": f"STUDY#{alias}", "sk": "ALIAS", "current": study.nct_id} for alias in study.nct_id_aliases]


def owned_items(study: Study, site_url: str) -> list[dict]:
    """Every lookup item this study version owns (the CURRENT item keeps their keys for clean-up)."""
    listing, slugs = listing_of(study, site_url), condition_slugs(study)
    return facet_items(listing, slugs) + recruiting_first_items(listing, slugs) + geo_items(study) + alias_items(study)


def item_key(item: dict) -> str:
    return f"{item['pk']}|{item['sk']}"


def change_items(changes: list[ChangeEntry]) -> list[dict]:
    """A study's history, kept forever (its page and API); the site-wide feed is CHANGEFEED#site (site_items.py)."""
    return [
        {"pk": f"STUDY#{change.nct_id}", "sk": f"CHANGE#{change.date}#{index:02d}", **change.model_dump()}
        for index, change in enumerate(changes)
    ]


def dirty_items(condition_slugs: set[str], nct_id: str, last_update: str) -> list[dict]:
    """What publish_site must rebuild because this study version changed; the token tells re-marks apart."""
    keys = [f"condition#{s}" for s in sorted(condition_slugs)] + [f"sitemap#{id_range(nct_id)}", "home#home"]
    return [{"pk": "DIRTY", "sk": key, "token": f"{nct_id}@{last_update}"} for key in keys]
