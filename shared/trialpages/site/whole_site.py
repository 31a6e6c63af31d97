"""`trialpages render`'s view of a whole site: every study's versions -> history, related lists and
the cross-study files, built with the same functions and the same rules publish_site uses (pure)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from trialpages.history import ChangeEntry, study_changes
from trialpages.lookup.items import StudyListing, listing_of, page_conditions
from trialpages.site.related import RelatedIndex
from trialpages.site.site_pages import (
    RECENT_SIZE,
    Condition,
    ConditionSummary,
    SiteFile,
    condition_feed,
    condition_name,
    condition_page,
    condition_summary,
    newest,
    site_wide_files,
    study_feed,
    study_sitemap,
)
from trialpages.site.sitemaps import study_sitemap_key
from trialpages.study import Study


@dataclass
class StudyHistory:
    """One study's versions, oldest first, and the changes between them (each with the version it came with)."""

    versions: list[Study]
    changes: list[tuple[Study, ChangeEntry]] = field(default_factory=list)

    @property
    def current(self) -> Study:
        return self.versions[-1]

    @property
    def entries(self) -> list[ChangeEntry]:
        return [change for _, change in self.changes]


def study_histories(studies: list[Study]) -> list[StudyHistory]:
    """Group versions by NCT id (one per update date), in the order each study first appears."""
    by_id: dict[str, dict[str, Study]] = {}
    for study in studies:
        by_id.setdefault(study.nct_id, {})[study.last_update] = study
    histories = []
    for versions in by_id.values():
        ordered = [versions[day] for day in sorted(versions)]
        history = StudyHistory(ordered)
        for previous, current in zip(ordered, ordered[1:], strict=False):
            history.changes += [(current, change) for change in study_changes(previous, current)]
        histories.append(history)
    return histories


class WholeSite:
    def __init__(self, histories: list[StudyHistory], site_url: str, fetched: Mapping[str, str | None]) -> None:
        self._histories = {h.current.nct_id: h for h in histories}
        self._site_url = site_url
        self._fetched = fetched
        self.listings = {nct_id: listing_of(h.current, site_url) for nct_id, h in self._histories.items()}
        self._pages = {nct_id: list(page_conditions(h.current)) for nct_id, h in self._histories.items()}
        self.related = RelatedIndex(list(self.listings.values()), self._pages)

    def files(self, rendered: set[str]) -> list[SiteFile]:
        """Study feeds and everything that spans studies, over the studies that rendered."""
        ids = [nct_id for nct_id in self._histories if nct_id in rendered]
        listings = [self.listings[nct_id] for nct_id in ids]
        files = [study_feed(self.listings[i], self._histories[i].entries, self._site_url) for i in ids]
        summaries: list[ConditionSummary] = []
        for condition, members in self._conditions(ids).items():
            studies = [self.listings[i] for i in members]
            fetched = newest(self._fetched.get(i) for i in members)
            files.append(condition_page(condition, studies, self._site_url, fetched))
            changes = [
                change
                for i in members
                for version, change in self._histories[i].changes
                if condition.slug in page_conditions(version)
            ]
            fallback = newest(s.last_update for s in studies)
            files.append(condition_feed(condition, changes, self._site_url, fallback))
            summaries.append(condition_summary(condition, studies, fetched))
        by_range: dict[str, list[StudyListing]] = {}
        for listing in listings:
            by_range.setdefault(study_sitemap_key(listing.nct_id), []).append(listing)
        files += [study_sitemap(key, members, self._site_url) for key, members in sorted(by_range.items())]
        ranges = [(key, newest(s.last_update for s in members)) for key, members in sorted(by_range.items())]
        recent = sorted(listings, key=lambda s: (s.last_update, s.nct_id), reverse=True)[:RECENT_SIZE]
        changes = [change for i in ids for change in self._histories[i].entries]
        files += site_wide_files(summaries, recent, ranges, len(ids), changes, self._site_url)
        return files

    def _conditions(self, ids: list[str]) -> dict[Condition, list[str]]:
        members: dict[str, list[str]] = {}
        names: dict[str, list[str]] = {}
        for nct_id in ids:
            for slug, name in page_conditions(self._histories[nct_id].current).items():
                members.setdefault(slug, []).append(nct_id)
                names.setdefault(slug, []).append(name)
        return {Condition(slug=slug, name=condition_name(names[slug])): members[slug] for slug in sorted(members)}
