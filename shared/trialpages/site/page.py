"""render_study_page: a normalized Study -> the HTML of its page."""

from __future__ import annotations

from datetime import date, datetime

from trialpages.lookup.listing import StudyListing
from trialpages.site.context import build_page_context
from trialpages.site.environment import environment
from trialpages.study import Study

STUDY_TEMPLATE = "study.html.j2"


def render_study_page(
    study: Study,
    *,
    site_url: str,
    related: list[StudyListing] | tuple = (),
    generated: datetime | None = None,
    changes: list | tuple = (),
    fetched: str | None = None,
    today: date | None = None,
) -> str:
    """`generated` is shown only when given: leave it out and the same record gives the same bytes.
    `fetched` (YYYY-MM-DD) is the day this site fetched this version from the registry, when known.
    `today` is the day the page is built (the status cautions depend on it; see build_page_context)."""
    context = build_page_context(
        study, related=related, site_url=site_url, generated=generated, changes=changes, today=today
    )
    return environment().get_template(STUDY_TEMPLATE).render({**context, "fetched": fetched})
