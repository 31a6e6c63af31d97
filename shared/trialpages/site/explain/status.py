"""What the recruitment status means for someone who wants to join (when to doubt it: time_sensitive.py)."""

from __future__ import annotations

from dataclasses import dataclass

from trialpages.site.explain.words import quoted
from trialpages.study import Study

# Statuses under which someone new might still get in (by invitation only for one of them).
OPEN_STATUSES = frozenset({"RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION", "AVAILABLE"})
STOPPED_STATUSES = frozenset({"WITHDRAWN", "TERMINATED", "SUSPENDED"})
# Statuses of a study still under way (open or not): its status may still change.
ONGOING_STATUSES = OPEN_STATUSES | {"ACTIVE_NOT_RECRUITING", "SUSPENDED", "TEMPORARILY_NOT_AVAILABLE"}

_CONFIRM = (
    "Status can change between updates, so confirm it with the study contact before you travel to a screening visit."
)
_EXPLANATIONS = {
    "RECRUITING": "This study is recruiting: the sponsor says it is looking for people to join. " + _CONFIRM,
    "NOT_YET_RECRUITING": (
        "This study is not enrolling yet. The sponsor plans to start looking for people soon. "
        "You can ask the study contact when enrollment will open."
    ),
    "ENROLLING_BY_INVITATION": (
        "This study is enrolling only people the study team invites, often people from a certain "
        "group or an earlier study. You cannot simply sign up, but you can ask whether you might be invited."
    ),
    "ACTIVE_NOT_RECRUITING": (
        "This study is not enrolling new people. It is still going on with the people who already joined."
    ),
    "COMPLETED": "This study has ended and is not enrolling. The people in it have finished their study visits.",
    "SUSPENDED": "This study is paused and is not enrolling right now. It may start again later.",
    "TERMINATED": "This study stopped early and is not enrolling. It will not start again.",
    "WITHDRAWN": "This study was withdrawn before anyone joined. It is not enrolling and will not take place.",
    "AVAILABLE": (
        "This treatment is available through expanded access. Your doctor can ask the sponsor "
        "whether you may receive it."
    ),
    "NO_LONGER_AVAILABLE": "Expanded access to this treatment has ended. It is not available through this program.",
    "TEMPORARILY_NOT_AVAILABLE": (
        "Expanded access to this treatment is paused. It is not available right now, but may be again later."
    ),
    "APPROVED_FOR_MARKETING": (
        "This treatment has been approved for sale, so it is no longer offered through expanded "
        "access. Ask your doctor about getting it the usual way."
    ),
    "WITHHELD": "The sponsor has not made the details of this expanded access program public.",
}


@dataclass(frozen=True, slots=True)
class StatusExplanation:
    paragraphs: list[str]
    why_stopped: str | None  # the sponsor's own words, shown as a quote
    is_open: bool


def explain_status(study: Study) -> StatusExplanation:
    return StatusExplanation(
        paragraphs=[_status_paragraph(study)],
        why_stopped=study.why_stopped,
        is_open=study.overall_status.code in OPEN_STATUSES,
    )


def _status_paragraph(study: Study) -> str:
    code = study.overall_status.code
    if code in _EXPLANATIONS:
        return _EXPLANATIONS[code]
    if code == "UNKNOWN":
        since = f" since {study.status_verified.text}" if study.status_verified else ""
        last = (
            f" The last status it reported was {quoted(study.last_known_status.label)}."
            if study.last_known_status
            else ""
        )
        return (
            f"The status of this study is unknown: the sponsor has not confirmed it{since}, although "
            f"the study should have ended or been checked by now.{last} Do not assume it is enrolling; "
            "ask the study contact."
        )
    if code is None:
        return "The registry record does not give this study's status. Ask the study contact whether it is enrolling."
    return (
        f"ClinicalTrials.gov lists this study's status as {quoted(study.overall_status.label)}. "
        "Ask the study contact whether it is enrolling."
    )
