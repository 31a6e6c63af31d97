"""One study's page and feed, rendered by publish_site once the cycle's studies are indexed, with the
related studies ranked among the newest of its condition pages (read once per run for each page)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from trialpages.history import ChangeEntry
from trialpages.lookup.listing import StudyListing
from trialpages.lookup.records import PageRecord, VersionRecord
from trialpages.publishing.hashes import sha256_hex
from trialpages.site.related import RELATED_CANDIDATES, newest_first, related_studies
from trialpages.site.site_pages import SiteFile, study_feed
from trialpages.study import Study


class Candidates(Protocol):
    def related_candidates(self, slug: str, limit: int) -> list[StudyListing]: ...


@dataclass(frozen=True)
class RenderedPage:
    html: bytes
    feed: SiteFile
    record: PageRecord


class StudyPageRenderer:
    def __init__(
        self,
        candidates: Candidates,
        *,
        site_url: str,
        generated: Callable[[], datetime | None],
        today: Callable[[], date | None],
    ) -> None:
        """`generated` stamps each page with its build time (None: no stamp); `today` is the day the
        page is built for, which its status cautions are worked out against (None: the record's last update)."""
        self._candidates = candidates
        self._site_url = site_url
        self._generated = generated
        self._today = today
        self._windows: dict[str, list[StudyListing]] = {}  # one run's candidates by condition page

    def build_day(self) -> date | None:
        return self._today()

    def know_members(self, slug: str, members: list[StudyListing]) -> None:
        """A condition page's studies read whole anyway: its candidates need no Query of their own."""
        self._windows[slug] = newest_first(members)[:RELATED_CANDIDATES]

    def related(self, listing: StudyListing, slugs: list[str]) -> list[StudyListing]:
        """Ranked among the newest RELATED_CANDIDATES of each condition page: indexed studies, so the
        links always lead to a page."""
        for slug in slugs:
            if slug not in self._windows:
                self._windows[slug] = self._candidates.related_candidates(slug, RELATED_CANDIDATES)
        return related_studies(listing.nct_id, listing.phases, [self._windows[slug] for slug in slugs])

    def render(
        self, study: Study, version: VersionRecord, slugs: list[str], changes: list[ChangeEntry]
    ) -> RenderedPage:
        # The page machinery (templates, eligibility rules) loads with the first page: a run with no
        # study page to render never pays for it.
        from trialpages.site.page import render_study_page
        from trialpages.site.time_sensitive import next_change

        related = self.related(version.listing, slugs)
        # Without a build day a page says what it would have said on its record's last update.
        build_day = self._today() or date.fromisoformat(study.last_update)
        html = render_study_page(
            study,
            related=related,
            site_url=self._site_url,
            generated=self._generated(),
            changes=changes,
            fetched=version.fetched,
            today=build_day,
        ).encode("utf-8")
        changes_next = next_change(study, after=build_day)
        record = PageRecord(
            nct_id=study.nct_id,
            last_update=study.last_update,
            related=[listing.nct_id for listing in related],
            conditions=slugs,
            fetched=version.fetched,
            html_sha256=sha256_hex(html),
            next_change=changes_next.isoformat() if changes_next else None,
        )
        return RenderedPage(html, study_feed(version.listing, changes, self._site_url), record)
