"""The pages that span studies: home, condition pages and index, feeds, sitemaps, robots.txt (pure).

Both `trialpages render` (files on disk) and publish_site (the S3 site bucket) call these, so
the two produce the same site.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from trialpages.feeds import FeedEntry, atom_feed
from trialpages.history import ChangeEntry
from trialpages.lookup.items import StudyListing
from trialpages.site.assets import stylesheet
from trialpages.site.environment import environment
from trialpages.site.sitemaps import robots_txt, sitemap_index, study_sitemap_key, urlset

HTML = "text/html; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"
XML = "application/xml; charset=utf-8"
FEED_SIZE = 50
# Recruiting first, then the statuses a patient can still act on, then the closed ones.
STATUS_ORDER = (
    "RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION", "AVAILABLE", "ACTIVE_NOT_RECRUITING",
    "SUSPENDED", "COMPLETED", "TERMINATED", "WITHDRAWN", "UNKNOWN",
)  # fmt: skip


@dataclass(frozen=True)
class SiteFile:
    key: str
    body: bytes
    content_type: str


class Condition(BaseModel):
    model_config = ConfigDict(frozen=True)

    slug: str
    name: str


class SitePage(BaseModel):
    title: str
    description: str
    canonical_url: str
    stylesheet_href: str
    breadcrumbs: list[tuple[str, str]]
    feed_href: str | None = None
    feed_title: str | None = None


def _page(site_url: str, path: str, title: str, description: str, crumbs: list[tuple[str, str]], **feed) -> SitePage:
    return SitePage(
        title=title,
        description=description,
        canonical_url=site_url + path,
        stylesheet_href="/" + stylesheet().key,
        breadcrumbs=[("trialpages", "/"), *crumbs],
        **feed,
    )


def recruiting_first(studies: list[StudyListing]) -> list[StudyListing]:
    rank = {status: index for index, status in enumerate(STATUS_ORDER)}
    newest_first = sorted(studies, key=lambda s: (s.last_update, s.nct_id), reverse=True)
    return sorted(newest_first, key=lambda s: rank.get(s.status, len(rank)))


def condition_page(condition: Condition, studies: list[StudyListing], site_url: str) -> SiteFile:
    ordered = recruiting_first(studies)
    path = f"/conditions/{condition.slug}/"
    page = _page(
        site_url,
        path,
        f"{condition.name} clinical studies | trialpages",
        f"{len(studies)} clinical studies of {condition.name}, explained in plain English, recruiting studies first.",
        [("Conditions", "/conditions/"), (condition.name, path)],
        feed_href=f"{path}feed.xml",
        feed_title=f"{condition.name} study changes",
    )
    html = (
        environment()
        .get_template("condition.html.j2")
        .render(
            page=page,
            condition=condition,
            studies=ordered,
            by_status=Counter(s.status_label for s in ordered).most_common(),
            by_phase=Counter(s.phase_label for s in ordered).most_common(),
        )
    )
    return SiteFile(f"conditions/{condition.slug}/index.html", html.encode("utf-8"), HTML)


def conditions_index(counts: list[tuple[Condition, int]], site_url: str) -> SiteFile:
    page = _page(
        site_url,
        "/conditions/",
        "Conditions | trialpages",
        "Every condition with clinical studies on trialpages, A to Z.",
        [("Conditions", "/conditions/")],
    )
    ordered = sorted(counts, key=lambda pair: pair[0].name.casefold())
    html = environment().get_template("conditions_index.html.j2").render(page=page, conditions=ordered)
    return SiteFile("conditions/index.html", html.encode("utf-8"), HTML)


def home_page(
    counts: list[tuple[Condition, int]],
    recent: list[StudyListing],
    study_count: int,
    site_url: str,
    checked: str | None,
) -> SiteFile:
    page = _page(
        site_url,
        "/",
        "trialpages: clinical studies explained in plain English",
        "Every ClinicalTrials.gov study explained in plain English: what it tests, who may join and where.",
        [],
        feed_href="/feeds/changes.xml",
        feed_title="All study changes",
    )
    html = (
        environment()
        .get_template("home.html.j2")
        .render(
            page=page,
            top_conditions=sorted(counts, key=lambda pair: (-pair[1], pair[0].name))[:24],
            condition_count=len(counts),
            recent=recent[:12],
            study_count=study_count,
            newest_update=max((s.last_update for s in recent), default="—"),
            checked=checked,
        )
    )
    return SiteFile("index.html", html.encode("utf-8"), HTML)


def change_feed_entries(changes: list[ChangeEntry], site_url: str) -> list[FeedEntry]:
    entries = [
        FeedEntry(
            id=f"{site_url}/studies/{change.nct_id}/#change-{change.date}-{change.kind}",
            title=f"{change.nct_id}: {change.summary}"[:300],
            link=f"{site_url}/studies/{change.nct_id}/",
            updated=change.date,
            summary="; ".join(change.details[:10]),
        )
        for change in changes
    ]
    return sorted(entries, key=lambda e: (e.updated, e.id), reverse=True)[:FEED_SIZE]


def update_feed_entries(studies: list[StudyListing], site_url: str) -> list[FeedEntry]:
    """Studies as 'updated on the registry' entries, for feeds of places with no change history yet."""
    newest = sorted(studies, key=lambda s: (s.last_update, s.nct_id), reverse=True)[:FEED_SIZE]
    return [
        FeedEntry(
            id=f"{site_url}/studies/{s.nct_id}/#update-{s.last_update}",
            title=f"{s.nct_id} updated: {s.brief_title}"[:300],
            link=f"{site_url}/studies/{s.nct_id}/",
            updated=s.last_update,
            summary=f"{s.status_label} · {s.phase_label}",
        )
        for s in newest
    ]


def feed_file(key: str, title: str, entries: list[FeedEntry], site_url: str, page_path: str, fallback: str) -> SiteFile:
    body = atom_feed(
        feed_id=f"{site_url}/{key}",
        title=title,
        self_url=f"{site_url}/{key}",
        site_url=site_url + page_path,
        entries=entries,
        updated=max((e.updated for e in entries), default=fallback),
    )
    return SiteFile(key, body, ATOM)


def sitemap_files(studies: list[StudyListing], conditions: list[Condition], site_url: str) -> list[SiteFile]:
    """Study URLs split by id range, one file for the other pages, and the index naming them all."""
    by_range: dict[str, list[StudyListing]] = {}
    for study in studies:
        by_range.setdefault(study_sitemap_key(study.nct_id), []).append(study)
    files = [
        SiteFile(key, urlset([(f"{site_url}/studies/{s.nct_id}/", s.last_update) for s in members]), XML)
        for key, members in sorted(by_range.items())
    ]
    newest = max((s.last_update for s in studies), default=None)
    pages = [(f"{site_url}/", newest), (f"{site_url}/conditions/", newest)]
    pages += [(f"{site_url}/conditions/{c.slug}/", None) for c in conditions]
    files.append(SiteFile("sitemaps/pages.xml", urlset(pages), XML))
    lastmods = {f.key: max((s.last_update for s in by_range.get(f.key, [])), default=newest) for f in files}
    files.append(SiteFile("sitemap.xml", sitemap_index([(f"{site_url}/{f.key}", lastmods[f.key]) for f in files]), XML))
    files.append(SiteFile("robots.txt", robots_txt(site_url), "text/plain; charset=utf-8"))
    return files


def study_feed(study: StudyListing, changes: list[ChangeEntry], site_url: str) -> SiteFile:
    """A study's own feed: its changes, or its latest registry update when no earlier version was seen."""
    entries = change_feed_entries(changes, site_url) or update_feed_entries([study], site_url)
    return feed_file(
        f"studies/{study.nct_id}/feed.xml",
        f"{study.nct_id}: {study.brief_title}"[:200],
        entries,
        site_url,
        f"/studies/{study.nct_id}/",
        study.last_update,
    )


def cross_study_files(
    studies: list[StudyListing],
    members: dict[Condition, list[StudyListing]],
    changes: list[ChangeEntry],
    site_url: str,
    checked: str | None,
) -> list[SiteFile]:
    """Everything that spans studies, for a whole site (`trialpages render`, or publish_site's full rebuild)."""
    counts = [(condition, len(listed)) for condition, listed in members.items()]
    newest = max((s.last_update for s in studies), default="1970-01-01")
    files = [condition_page(condition, listed, site_url) for condition, listed in members.items()]
    files += [
        feed_file(
            f"conditions/{condition.slug}/feed.xml",
            f"{condition.name} studies on trialpages",
            update_feed_entries(listed, site_url),
            site_url,
            f"/conditions/{condition.slug}/",
            newest,
        )
        for condition, listed in members.items()
    ]
    recent = sorted(studies, key=lambda s: (s.last_update, s.nct_id), reverse=True)
    files.append(conditions_index(counts, site_url))
    files.append(home_page(counts, recent, len(studies), site_url, checked))
    site_entries = change_feed_entries(changes, site_url) or update_feed_entries(studies, site_url)
    files.append(feed_file("feeds/changes.xml", "trialpages: study changes", site_entries, site_url, "/", newest))
    files += sitemap_files(studies, list(members), site_url)
    return files
