"""The search page, /find/: the form (kept as the patient filled it), the results and what to try next (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field

from trialpages.lookup.search import KM_PER_MILE, PHASES, SearchHit
from trialpages.places import Place
from trialpages.site.assets import stylesheet
from trialpages.site.environment import environment
from trialpages.site.site_pages import Freshness, SitePage

DISTANCES_KM = (10, 25, 50, 100)
DISTANCES_MI = (5, 10, 25, 50)  # offered for US places: 8 to 80 km
PHASE_LABELS = {
    "early1": "Early phase 1",
    "1": "Phase 1",
    "2": "Phase 2",
    "3": "Phase 3",
    "4": "Phase 4",
    "na": "No phase",
}
TYPE_LABELS = {
    "interventional": "Tests a treatment",
    "observational": "Observes only",
    "expanded_access": "Expanded access",
}
assert set(PHASE_LABELS) == set(PHASES)


@dataclass(frozen=True)
class FindView:
    """What the page shows. `form`: the parameters as sent (strings), to fill the form again."""

    form: dict[str, str]
    errors: list[tuple[str, str]] = field(default_factory=list)
    message: str | None = None  # a place not found, a search too broad: said above the form
    place: Place | None = None
    hits: list[SearchHit] = field(default_factory=list)
    total: int | None = None  # None: no search ran
    next_href: str | None = None
    searched: bool = False


def distance_text(km: float, place: Place | None) -> str:
    if place is not None and place.in_us:
        miles = km / KM_PER_MILE
        return f"{miles:.1f} mi" if miles < 10 else f"{miles:.0f} mi"
    return f"{km:.1f} km" if km < 10 else f"{km:.0f} km"


def distance_options(place_in_us: bool) -> list[tuple[str, str]]:
    """(value in km, label) of the distance menu."""
    if place_in_us:
        return [(f"{miles * KM_PER_MILE:.1f}", f"{miles} miles") for miles in DISTANCES_MI]
    return [(str(km), f"{km} km") for km in DISTANCES_KM]


def render_find_page(view: FindView) -> str:
    in_us = view.place.in_us if view.place else view.form.get("place", "").strip().isdigit()
    title = "Find a clinical study near you | trialpages"
    if view.searched and view.form.get("q"):
        title = f"{view.form['q']} studies{' near ' + view.place.name if view.place else ''} | trialpages"
    page = SitePage(
        title=title,
        description="Search clinical studies by condition, treatment and place, in plain English.",
        canonical_url="/find/",
        stylesheet_href="/" + stylesheet().key,
        breadcrumbs=[("trialpages", "/"), ("Find a study", "/find/")],
        freshness=Freshness(),
    )
    errors = dict(view.errors)
    return (
        environment()
        .get_template("find.html.j2")
        .render(
            page=page,
            view=view,
            form=view.form,
            errors=errors,
            distances=distance_options(in_us),
            phases=PHASE_LABELS,
            types=TYPE_LABELS,
            distance_text=distance_text,
        )
    )
