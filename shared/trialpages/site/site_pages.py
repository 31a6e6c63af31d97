"""The pages that span studies: home, condition pages and index, feeds, sitemaps, robots.txt (pure).

Both `trialpages render` (files on disk) and publish_site (the S3 site bucket) call these with
the same inputs, so the two produce the same bytes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from trialpages.feeds import FeedEntry, atom_feed
from trialpages.history import ChangeEntry
from trialpages.lookup.body_systems import shared_body_systems
from trialpages.lookup.conditions import Condition, ConditionSummary, ConditionTotals, condition_totals
from trialpages.lookup.listing import StudyListing
from trialpages.site.assets import stylesheet
from trialpages.site.environment import environment
from trialpages.site.explain.status import OPEN_STATUSES
from trialpages.site.sitemaps import MAX_URLS, robots_txt, sitemap_index, urlset

HTML = "text/html; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"
XML = "application/xml; charset=utf-8"
TEXT = "text/plain; charset=utf-8"
FEED_SIZE = 50
RECENT_SIZE = 12
EPOCH = "1970-01-01"  # a feed's `updated` when nothing is known yet
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


class Freshness(BaseModel):
    """What a listing page says about its data: the newest registry update and the newest fetch."""

    model_config = ConfigDict(frozen=True)

    updated: str | None = None
    fetched: str | None = None


class SitePage(BaseModel):
    title: str
    description: str
    canonical_url: str
    stylesheet_href: str
    breadcrumbs: list[tuple[str, str]]
    freshness: Freshness
    feed_href: str | None = None
    feed_title: str | None = None


def site_page(
    site_url: str, path: str, title: str, description: str, crumbs: list[tuple[str, str]], freshness: Freshness, **feed
) -> SitePage:
    return SitePage(
        title=title,
        description=description,
        canonical_url=site_url + path,
        stylesheet_href="/" + stylesheet().key,
        breadcrumbs=[("trialpages", "/"), *crumbs],
        freshness=freshness,
        **feed,
    )


def newest(values: Iterable[str | None]) -> str | None:
    return max((value for value in values if value), default=None)


def condition_name(names: Iterable[str]) -> str:
    """The name a page uses when studies spell its condition differently: the commonest, then A to Z."""
    counts = Counter(names)
    return min(counts, key=lambda name: (-counts[name], name))


def recruiting_first(studies: list[StudyListing]) -> list[StudyListing]:
    rank = {status: index for index, status in enumerate(STATUS_ORDER)}
    newest_first = sorted(studies, key=lambda s: (s.last_update, s.nct_id), reverse=True)
    return sorted(newest_first, key=lambda s: rank.get(s.status, len(rank)))


def recruiting_countries(studies: list[StudyListing]) -> list[str]:
    """The countries where the open studies have sites, the most open studies first, then A to Z."""
    counts = Counter(country for s in studies if s.status in OPEN_STATUSES for country in s.countries)
    return sorted(counts, key=lambda country: (-counts[country], country))


def page_totals(studies: list[StudyListing]) -> ConditionTotals:
    """The counts a condition page shows (commonest first; ties in the order the page lists studies):
    publish_site records these same figures for the API."""
    return condition_totals((s.status_label, s.phase_label) for s in recruiting_first(studies))


def condition_summary(condition: Condition, studies: list[StudyListing], fetched: str | None) -> ConditionSummary:
    lastmod = newest(s.last_update for s in studies) or EPOCH
    return ConditionSummary(
        slug=condition.slug,
        name=condition.name,
        count=len(studies),
        lastmod=lastmod,
        fetched=fetched,
        body_systems=shared_body_systems(s.body_systems for s in studies),
    )


def condition_page(
    condition: Condition, studies: list[StudyListing], totals: ConditionTotals, site_url: str, fetched: str | None
) -> SiteFile:
    """`totals`: condition_totals over `studies`, as publish_site also records them for the API."""
    ordered = recruiting_first(studies)
    path = f"/conditions/{condition.slug}/"
    page = site_page(
        site_url,
        path,
        f"{condition.name} clinical studies | trialpages",
        f"{len(studies)} clinical studies of {condition.name}, explained in plain English, recruiting studies first.",
        [("Conditions", "/conditions/"), (condition.name, path)],
        Freshness(updated=newest(s.last_update for s in studies), fetched=fetched),
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
            totals=totals,
            recruiting_in=recruiting_countries(studies),
        )
    )
    return SiteFile(f"conditions/{condition.slug}/index.html", html.encode("utf-8"), HTML)


def hub_redirect(old_slug: str, condition: Condition, site_url: str) -> SiteFile:
    """The page at a condition's old URL: it sends browsers and search engines on to the hub."""
    target = f"/conditions/{condition.slug}/"
    html = environment().get_template("redirect.html.j2").render(condition=condition, target=target, site_url=site_url)
    return SiteFile(f"conditions/{old_slug}/index.html", html.encode("utf-8"), HTML)


def _site_freshness(summaries: list[ConditionSummary]) -> Freshness:
    return Freshness(updated=newest(c.lastmod for c in summaries), fetched=newest(c.fetched for c in summaries))


def listed(summaries: Iterable[ConditionSummary]) -> list[ConditionSummary]:
    """The conditions with at least one study, A to Z."""
    return sorted((c for c in summaries if c.count > 0), key=lambda c: (c.name.casefold(), c.slug))


def conditions_index(summaries: list[ConditionSummary], site_url: str) -> SiteFile:
    shown = listed(summaries)
    page = site_page(
        site_url,
        "/conditions/",
        "Conditions | trialpages",
        "Every condition with clinical studies on trialpages, A to Z.",
        [("Conditions", "/conditions/")],
        _site_freshness(shown),
    )
    html = environment().get_template("conditions_index.html.j2").render(page=page, conditions=shown)
    return SiteFile("conditions/index.html", html.encode("utf-8"), HTML)


def home_page(
    summaries: list[ConditionSummary],
    recent: list[StudyListing],
    study_count: int,
    site_url: str,
    body_systems: Iterable[tuple[str, str, int]] = (),
) -> SiteFile:
    """`body_systems`: (name, path, conditions) of each body system page, for browsing by body system."""
    shown = listed(summaries)
    page = site_page(
        site_url,
        "/",
        "trialpages: clinical studies explained in plain English",
        "Every ClinicalTrials.gov study explained in plain English: what it tests, who may join and where.",
        [],
        _site_freshness(shown),
        feed_href="/feeds/changes.xml",
        feed_title="All study changes",
    )
    html = (
        environment()
        .get_template("home.html.j2")
        .render(
            page=page,
            top_conditions=sorted(shown, key=lambda c: (-c.count, c.name, c.slug))[:24],
            body_systems=list(body_systems),
            condition_count=len(shown),
            recent=recent[:RECENT_SIZE],
            study_count=study_count,
        )
    )
    return SiteFile("index.html", html.encode("utf-8"), HTML)


TRIAL_BASICS_PATH = "/trial-basics/"
TRIAL_BASICS_UPDATED = "2026-12-02"  # the sitemap's lastmod: change it with the page's text


def trial_basics_page(site_url: str) -> SiteFile:
    """The words every study page uses (phases, randomization, placebo, blinding, consent), explained once."""
    page = site_page(
        site_url,
        TRIAL_BASICS_PATH,
        "Clinical trial basics | trialpages",
        "Phases, randomization, placebo, blinding and informed consent, explained in plain English.",
        [("Clinical trial basics", TRIAL_BASICS_PATH)],
        Freshness(),
    )
    html = environment().get_template("trial_basics.html.j2").render(page=page)
    return SiteFile("trial-basics/index.html", html.encode("utf-8"), HTML)


def change_feed_entries(changes: list[ChangeEntry], site_url: str) -> list[FeedEntry]:
    """The newest FEED_SIZE changes. `changes` come in recording order; the index sorts them the same
    way (`<date>#<nct_id>#<position>`), so a Query for the newest few picks the same ones."""
    positions: Counter[tuple[str, str]] = Counter()
    keyed = []
    for change in changes:
        keyed.append(((change.date, change.nct_id, positions[(change.date, change.nct_id)]), change))
        positions[(change.date, change.nct_id)] += 1
    chosen = sorted(keyed, key=lambda pair: pair[0], reverse=True)[:FEED_SIZE]
    # Newest study version first; within one version, the order study_changes gave (most important first).
    chosen.sort(key=lambda pair: (pair[0][0], pair[0][1], -pair[0][2]), reverse=True)
    return [
        FeedEntry(
            id=f"{site_url}/studies/{change.nct_id}/#change-{change.date}-{change.kind}",
            title=f"{change.nct_id}: {change.summary}"[:300],
            link=f"{site_url}/studies/{change.nct_id}/",
            updated=change.date,
            summary="; ".join(change.details[:10]),
        )
        for _, change in chosen
    ]


def update_feed_entries(studies: list[StudyListing], site_url: str) -> list[FeedEntry]:
    """Studies as 'updated on the registry' entries: a study's own feed before any change is recorded."""
    newest_first = sorted(studies, key=lambda s: (s.last_update, s.nct_id), reverse=True)[:FEED_SIZE]
    return [
        FeedEntry(
            id=f"{site_url}/studies/{s.nct_id}/#update-{s.last_update}",
            title=f"{s.nct_id} updated: {s.brief_title}"[:300],
            link=f"{site_url}/studies/{s.nct_id}/",
            updated=s.last_update,
            summary=f"{s.status_label} · {s.phase_label}",
        )
        for s in newest_first
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


def condition_feed(condition: Condition, changes: list[ChangeEntry], site_url: str, fallback: str) -> SiteFile:
    """The changes recorded for the studies listed under a condition (none until a study changes)."""
    return feed_file(
        f"conditions/{condition.slug}/feed.xml",
        f"{condition.name}: study changes on trialpages",
        change_feed_entries(changes, site_url),
        site_url,
        f"/conditions/{condition.slug}/",
        fallback,
    )


def site_feed(changes: list[ChangeEntry], site_url: str, fallback: str) -> SiteFile:
    entries = change_feed_entries(changes, site_url)
    return feed_file("feeds/changes.xml", "trialpages: study changes", entries, site_url, "/", fallback)


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


# -- sitemaps ------------------------------------------------------------------------------


def study_sitemap(key: str, studies: list[StudyListing], site_url: str) -> SiteFile:
    return SiteFile(key, urlset([(f"{site_url}/studies/{s.nct_id}/", s.last_update) for s in studies]), XML)


def condition_sitemaps(summaries: list[ConditionSummary], site_url: str) -> list[tuple[SiteFile, str]]:
    """Condition pages by the first character of their slug, at most MAX_URLS a file: (file, lastmod)."""
    buckets: dict[str, list[ConditionSummary]] = {}
    for summary in listed(summaries):
        buckets.setdefault(summary.slug[0], []).append(summary)
    files = []
    for first, members in sorted(buckets.items()):
        members.sort(key=lambda c: c.slug)
        for part, start in enumerate(range(0, len(members), MAX_URLS), start=1):
            chunk = members[start : start + MAX_URLS]
            key = f"sitemaps/conditions-{first}.xml" if part == 1 else f"sitemaps/conditions-{first}-{part}.xml"
            body = urlset([(f"{site_url}/conditions/{c.slug}/", c.lastmod) for c in chunk])
            files.append((SiteFile(key, body, XML), max(c.lastmod for c in chunk)))
    return files


def pages_sitemap(updated: str | None, site_url: str, more: Iterable[tuple[str, str | None]] = ()) -> SiteFile:
    """The site's own pages; `more`: other (url, lastmod), such as the body system pages."""
    pages = [
        (f"{site_url}/", updated),
        (f"{site_url}/conditions/", updated),
        (site_url + TRIAL_BASICS_PATH, TRIAL_BASICS_UPDATED),
        *more,
    ]
    return SiteFile("sitemaps/pages.xml", urlset(pages), XML)


def sitemap_index_file(children: list[tuple[str, str | None]], site_url: str) -> SiteFile:
    """`children`: (sitemap key, lastmod)."""
    return SiteFile("sitemap.xml", sitemap_index([(f"{site_url}/{key}", lastmod) for key, lastmod in children]), XML)


def robots_file(site_url: str) -> SiteFile:
    return SiteFile("robots.txt", robots_txt(site_url), TEXT)
