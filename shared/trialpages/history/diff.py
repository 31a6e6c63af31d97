"""study_changes: two normalized versions of a study -> plain-English change entries (pure)."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from trialpages.history.sites import match_sites
from trialpages.study import Study
from trialpages.study.model import Contact, Location


class ChangeEntry(BaseModel):
    model_config = ConfigDict(frozen=True)

    nct_id: str
    date: str  # the registry's update date of the newer version
    kind: str
    summary: str
    details: list[str] = []


def _site_name(location: Location) -> str:
    place = ", ".join(part for part in (location.city, location.state, location.country) if part)
    return f"{location.facility or 'Unnamed site'} ({place})" if place else location.facility or "Unnamed site"


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"


def _listed(names: list[str], limit: int = 5) -> str:
    shown = "; ".join(names[:limit])
    return f"{shown}; and {len(names) - limit} more" if len(names) > limit else shown


def _contact_text(contact: Contact) -> str:
    return " · ".join(part for part in (contact.name, contact.phone, contact.email) if part)


def _status(previous: Study, current: Study) -> list[tuple[str, str, list[str]]]:
    if previous.overall_status.code == current.overall_status.code:
        return []
    details = [f"Reason given: {current.why_stopped}"] if current.why_stopped else []
    text = f"Status changed from {previous.overall_status.label} to {current.overall_status.label}"
    return [("status", text, details)]


def _sites(previous: Study, current: Study) -> list[tuple[str, str, list[str]]]:
    match = match_sites(previous.locations, current.locations)
    added = [_site_name(loc) for loc in match.added]
    removed = [_site_name(loc) for loc in match.removed]
    entries = []
    if added:
        entries.append(("sites-added", f"{_count(len(added), 'site')} added: {_listed(added)}", added))
    if removed:
        entries.append(("sites-removed", f"{_count(len(removed), 'site')} removed: {_listed(removed)}", removed))
    changed = [
        f"{_site_name(after)}: {before.status.label} → {after.status.label}"
        for before, after in match.paired
        if before.status and after.status and before.status.code != after.status.code
    ]
    if changed:
        entries.append(("site-status", f"{_count(len(changed), 'site')} changed status", changed))
    return entries


def _comparable(text: str) -> str:
    """Criterion text without the differences no reader needs told: case, spacing, end punctuation."""
    return re.sub(r"\s+", " ", text).strip().rstrip(".;,").casefold()


def _eligibility(previous: Study, current: Study) -> list[tuple[str, str, list[str]]]:
    # Loaded on the first diff: a study's first version (a backfill's every study) needs none of it.
    from trialpages.eligibility import parse_criteria

    before_texts = [c.text for c in parse_criteria(previous.eligibility.criteria).all_criteria()]
    after_texts = [c.text for c in parse_criteria(current.eligibility.criteria).all_criteria()]
    before_keys = {_comparable(text) for text in before_texts}
    after_keys = {_comparable(text) for text in after_texts}
    limits = [
        (name, getattr(previous.eligibility, field), getattr(current.eligibility, field))
        for name, field in (("Minimum age", "minimum_age"), ("Maximum age", "maximum_age"))
    ]
    details = [f"{name} changed from {old or 'none'} to {new or 'none'}" for name, old, new in limits if old != new]
    if previous.eligibility.sex.code != current.eligibility.sex.code:
        details.append(f"Sex changed from {previous.eligibility.sex.label} to {current.eligibility.sex.label}")
    details += [f"Added: {text}" for text in after_texts if _comparable(text) not in before_keys]
    details += [f"Removed: {text}" for text in before_texts if _comparable(text) not in after_keys]
    return [("eligibility", "Eligibility criteria changed", details)] if details else []


def _enrollment(previous: Study, current: Study) -> list[tuple[str, str, list[str]]]:
    old, new = previous.enrollment, current.enrollment
    if old.count == new.count:
        return []
    noun = "Enrollment" if (new.type and new.type.code == "ACTUAL") else "Target enrollment"
    return [
        ("enrollment", f"{noun} changed from {old.count if old.count is not None else 'not given'} to {new.count}", [])
    ]


def _simple(previous: Study, current: Study) -> list[tuple[str, str, list[str]]]:
    entries: list[tuple[str, str, list[str]]] = []
    if not previous.has_results and current.has_results:
        entries.append(("results", "Results posted", []))
    if previous.phase_label != current.phase_label:
        entries.append(("phase", f"Phase changed from {previous.phase_label} to {current.phase_label}", []))
    if previous.brief_title != current.brief_title:
        entries.append(("title", f"Title changed to “{current.brief_title}”", [f"Was: {previous.brief_title}"]))
    old_end, new_end = previous.dates.primary_completion, current.dates.primary_completion
    if old_end and new_end and old_end.date.iso != new_end.date.iso:
        text = f"Expected primary completion moved from {old_end.date.text} to {new_end.date.text}"
        entries.append(("dates", text, []))
    old_contacts = [_contact_text(c) for c in previous.central_contacts]
    new_contacts = [_contact_text(c) for c in current.central_contacts]
    if old_contacts != new_contacts:
        entries.append(("contacts", "Study contacts changed", [f"Now: {text}" for text in new_contacts]))
    if (
        current.why_stopped
        and current.why_stopped != previous.why_stopped
        and previous.overall_status == current.overall_status
    ):
        entries.append(("why-stopped", f"Reason for stopping given: {current.why_stopped}", []))
    return entries


def study_changes(previous: Study, current: Study) -> list[ChangeEntry]:
    """What a reader would want to know changed, in the order of importance to a patient."""
    found = (
        _status(previous, current)
        + _eligibility(previous, current)
        + _enrollment(previous, current)
        + _sites(previous, current)
        + _simple(previous, current)
    )
    return [
        ChangeEntry(nct_id=current.nct_id, date=current.last_update, kind=kind, summary=summary, details=details)
        for kind, summary, details in found
    ]
