"""Whether people can join now, in words, and what to do instead when they cannot.

`Enrolment.open` is true exactly for the registry's open statuses; the page's eligibility section
and its other invitations to join switch on it. `stage` sets the tense the page talks in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from trialpages.lookup.listing import StudyListing
from trialpages.site.explain.status import ONGOING_STATUSES, OPEN_STATUSES
from trialpages.site.explain.words import quoted
from trialpages.study import Study
from trialpages.study.dates import month_year

Stage = Literal["ongoing", "ended", "never-started", "unclear"]

_ENDED = frozenset({"COMPLETED", "TERMINATED", "NO_LONGER_AVAILABLE", "APPROVED_FOR_MARKETING"})

# (headline, what it means): short sentences, the headline first and in bold.
_WORDS = {
    "RECRUITING": (
        "You may be able to join this study.",
        "It is recruiting: the study team is looking for people to join. Talk to your doctor first, then "
        "contact the study team.",
    ),
    "ENROLLING_BY_INVITATION": (
        "Joining is by invitation only.",
        "The study team invites the people who can join, often from a certain group or an earlier study. "
        "You can ask whether you might be invited.",
    ),
    "AVAILABLE": (
        "This treatment may be available to you.",
        "It is offered through expanded access. Your doctor can ask the sponsor for it.",
    ),
    "ACTIVE_NOT_RECRUITING": (
        "You cannot join this study.",
        "It is not taking new people. It is still going on with the people who already joined.",
    ),
    "COMPLETED": ("You cannot join this study.", "It has ended."),
    "TERMINATED": ("You cannot join this study.", "It stopped early and will not start again."),
    "SUSPENDED": ("You cannot join this study now.", "It is paused and not taking new people. It may start again."),
    "WITHDRAWN": ("You cannot join this study.", "It was withdrawn before anyone joined. It will not take place."),
    "NO_LONGER_AVAILABLE": ("This treatment is not available through this program.", "Expanded access has ended."),
    "TEMPORARILY_NOT_AVAILABLE": (
        "This treatment is not available through this program right now.",
        "Expanded access is paused. It may open again.",
    ),
    "APPROVED_FOR_MARKETING": (
        "This program is closed: the treatment has been approved for sale.",
        "Ask your doctor about getting it the usual way.",
    ),
}


@dataclass(frozen=True, slots=True)
class Enrolment:
    open: bool  # the registry's status is an open one (recruiting, not yet, by invitation, available)
    headline: str
    detail: str
    stage: Stage
    open_related: int  # related studies listed on the page that are open
    condition: tuple[str, str] | None  # (name, slug) of the condition page listing studies open first
    has_results: bool

    @property
    def closed(self) -> bool:
        """The registry says no one new can join (not just that it is unclear whether they can)."""
        return not self.open and self.stage != "unclear"


def stage_of(study: Study) -> Stage:
    code = study.overall_status.code
    if code in ONGOING_STATUSES:
        return "ongoing"
    if code in _ENDED:
        return "ended"
    if code == "WITHDRAWN":
        return "never-started"
    return "unclear"


def enrolment_state(study: Study, related: list[StudyListing], condition: tuple[str, str] | None) -> Enrolment:
    code = study.overall_status.code
    headline, detail = _words(study)
    return Enrolment(
        open=code in OPEN_STATUSES,
        headline=headline,
        detail=detail,
        stage=stage_of(study),
        open_related=sum(1 for other in related if other.status in OPEN_STATUSES),
        condition=condition,
        has_results=study.results is not None,
    )


def _words(study: Study) -> tuple[str, str]:
    code = study.overall_status.code
    if code in _WORDS:
        return _WORDS[code]
    if code == "NOT_YET_RECRUITING":
        start = study.dates.start
        if start is None or start.date.precision == "unknown":
            when = " The record does not say when it will start."
        elif start.type and start.type.code == "ACTUAL":
            when = f" The record gives its start as {month_year(start.date)}."
        else:
            when = f" Its planned start is {month_year(start.date)}."
        return (
            "You cannot join yet.",
            f"The study has not started taking people.{when} You can ask the study contact when it will open.",
        )
    if code == "UNKNOWN":
        since = f" since {month_year(study.status_verified)}" if study.status_verified else ""
        return (
            "Do not count on joining this study.",
            f"Its status is unknown: the sponsor has not confirmed it{since}. Ask the study contact.",
        )
    if code is None:
        return ("The record does not say whether you can join.", "Ask the study contact whether it is enrolling.")
    return (
        "The record does not say whether you can join.",
        f"Its status is listed as {quoted(study.overall_status.label)}. Ask the study contact whether it is enrolling.",
    )
