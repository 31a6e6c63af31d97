"""The index items render_study writes for the pages that span studies (pure data), read by publish_site.

- PAGE#condition#<slug> / <last_update>#<id>   one per condition page a study is listed on (its MeSH
                                 terms, else its listed conditions: what `trialpages render` lists), with
                                 the listing, the name it gives the condition and the day it was fetched;
                                 owned by the version, so a study that leaves a page leaves its partition
- CHANGEFEED#site and CHANGEFEED#condition#<slug> / <date>#<id>#<nn>   change history for the site feed
                                 and each condition's feed; kept forever (the site's is /v1/changes too)
- STUDY#<id> / PAGE              what the study's page was last rendered with: its related ids, its
                                 condition pages, the version and the fetch day (publish_site compares
                                 related lists against it)
"""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict

from trialpages.history import ChangeEntry
from trialpages.lookup.feed import SITE_FEED_PARTITION
from trialpages.lookup.items import StudyListing, page_conditions
from trialpages.site.site_pages import ConditionSummary, condition_totals
from trialpages.study import Study

PAGE_RECORD = "PAGE"


def condition_summary_items(summary: ConditionSummary, studies: list[StudyListing]) -> list[dict]:
    """What publish_site records of a condition page it built: its summary with the counts the page
    shows (for the home page, the sitemaps and /v1/conditions/{slug}) and its entry in /v1/conditions."""
    return [
        {
            "pk": "SITE_CONDITIONS",
            "sk": summary.slug,
            **summary.model_dump(),
            "totals": condition_totals(studies).model_dump(),
        },
        {"pk": "CONDITIONS", "sk": summary.slug, "name": summary.name, "count": len(studies)},
    ]


def members_partition(slug: str) -> str:
    return f"PAGE#condition#{slug}"


def condition_feed_partition(slug: str) -> str:
    return f"CHANGEFEED#condition#{slug}"


class PageRecord(BaseModel):
    model_config = ConfigDict(frozen=True)

    nct_id: str
    last_update: str
    related: list[str]
    conditions: list[str]  # slugs of the condition pages it is listed on
    fetched: str | None = None


def fetched_day(archived: datetime | None) -> str | None:
    """The UTC day a raw version was archived, i.e. fetched from the registry by detect_changes."""
    return archived.astimezone(UTC).date().isoformat() if archived else None


def member_items(study: Study, listing: StudyListing, fetched: str | None) -> list[dict]:
    body = {**listing.model_dump(), "fetched": fetched}
    return [
        {"pk": members_partition(slug), "sk": f"{study.last_update}#{study.nct_id}", **body, "condition_name": name}
        for slug, name in page_conditions(study).items()
    ]


def change_feed_items(study: Study, changes: list[ChangeEntry]) -> list[dict]:
    """A version's changes, filed under the site feed and the feeds of the condition pages it is on."""
    partitions = [SITE_FEED_PARTITION] + [condition_feed_partition(slug) for slug in page_conditions(study)]
    return [
        {"pk": partition, "sk": f"{change.date}#{change.nct_id}#{index:02d}", **change.model_dump()}
        for index, change in enumerate(changes)
        for partition in partitions
    ]


def page_record_item(record: PageRecord) -> dict:
    return {"pk": f"STUDY#{record.nct_id}", "sk": PAGE_RECORD, **record.model_dump()}


def page_record_of(item: dict) -> PageRecord:
    return PageRecord.model_validate({k: v for k, v in item.items() if k in PageRecord.model_fields})


def change_of(item: dict) -> ChangeEntry:
    return ChangeEntry.model_validate({k: v for k, v in item.items() if k in ChangeEntry.model_fields})
