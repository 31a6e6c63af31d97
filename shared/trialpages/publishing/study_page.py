"""One study's page from the index's point of view: render_study renders it when a version arrives,
publish_site again when its related studies changed. Both go through here, so both agree."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from trialpages.history import ChangeEntry
from trialpages.lookup.items import page_conditions
from trialpages.publishing.site_items import PageRecord, members_partition
from trialpages.site import render_study_page
from trialpages.site.related import RELATED_CANDIDATES, related_studies
from trialpages.study import Study, StudySummary


class Listings(Protocol):
    def listings(self, partition: str, limit: int) -> list[dict]: ...


@dataclass(frozen=True)
class RenderedPage:
    html: bytes
    record: PageRecord


class StudyPageRenderer:
    def __init__(self, index: Listings, *, site_url: str, generated: Callable[[], datetime]) -> None:
        self._index = index
        self._site_url = site_url
        self._generated = generated

    def related(
        self, nct_id: str, phases: list[str], slugs: list[str], windows: dict[str, list[dict]] | None = None
    ) -> list[StudySummary]:
        """Ranked among the newest RELATED_CANDIDATES of each condition page: indexed studies, so the
        links always lead to a page. `windows` caches those Queries across studies (publish_site)."""
        cache = {} if windows is None else windows
        for slug in slugs:
            if slug not in cache:
                cache[slug] = self._index.listings(members_partition(slug), RELATED_CANDIDATES)
        return related_studies(nct_id, phases, [cache[slug] for slug in slugs])

    def render(
        self,
        study: Study,
        changes: list[ChangeEntry],
        fetched: str | None,
        related: list[StudySummary] | None = None,
        windows: Mapping | None = None,
    ) -> RenderedPage:
        slugs = list(page_conditions(study))
        if related is None:
            phases = [phase.code for phase in study.phases if phase.code]
            related = self.related(study.nct_id, phases, slugs, windows)
        html = render_study_page(
            study,
            related=related,
            site_url=self._site_url,
            generated=self._generated(),
            changes=changes,
            fetched=fetched,
        )
        record = PageRecord(
            nct_id=study.nct_id,
            last_update=study.last_update,
            related=[summary.nct_id for summary in related],
            conditions=slugs,
            fetched=fetched,
        )
        return RenderedPage(html.encode("utf-8"), record)
