"""How many people the study enrolls, and how that compares with studies of its kind.

The registry's count is a target (ESTIMATED) or a real count (ACTUAL), and what either means
depends on the status: a target is a plan while the study recruits, a plan that was never
reached when the study was withdrawn, and a plan whose outcome was not reported when a finished
study still shows it. Each status says so in its own words.
"""

from __future__ import annotations

from trialpages.site.explain.words import count
from trialpages.study import Study

# Usual sizes by phase (FDA, "Step 3: Clinical Research"; NCI for Phase 0); a combined 1/2 or 2/3
# trial spans both ranges. Phase 4 is left out: its size varies too widely to call one "usual".
TYPICAL_SIZE = {
    "EARLY_PHASE1": (10, 15),
    "PHASE1": (20, 100),
    "PHASE2": (100, 300),
    "PHASE3": (300, 3000),
}
RECRUITING_SOON_OR_NOW = frozenset({"RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION", "AVAILABLE"})

# {people} is "150 people"; {joined} is "has" or "have", to agree with it.
_TARGET = {
    "ACTIVE_NOT_RECRUITING": "The study planned to enroll {people}. The final number has not been reported yet.",
    "COMPLETED": (
        "The study planned to enroll {people}. It has ended, but the record does not give the final number of "
        "people who took part."
    ),
    "TERMINATED": (
        "The study planned to enroll {people}, but it stopped early. The record does not give the number of "
        "people who took part."
    ),
    "SUSPENDED": "The study plans to enroll {people} (a target, not a final count), but it is paused for now.",
    "WITHDRAWN": "The study had planned to enroll {people}, but it was withdrawn before anyone joined.",
    "UNKNOWN": "The study planned to enroll {people}. The record does not say how many people actually joined.",
}
_TARGET_WHILE_OPEN = "The study plans to enroll {people} (a target, not a final count)."
_TARGET_OTHERWISE = "The record gives a target of {people} (a plan, not a final count)."

_ACTUAL = {
    "ACTIVE_NOT_RECRUITING": "{people} joined this study (the actual number enrolled).",
    "COMPLETED": "{people} took part in this study (the actual number enrolled).",
    "TERMINATED": "{people} took part before the study stopped early (the actual number enrolled).",
    "SUSPENDED": "{people} joined before the study was paused (the actual number enrolled).",
    "WITHDRAWN": "The record lists {people} as enrolled, although the study was withdrawn before it started.",
}
_ACTUAL_WHILE_OPEN = "{people} {joined} joined so far (the actual number enrolled at the last update)."
_ACTUAL_OTHERWISE = "The record lists {people} as enrolled (the actual number at its last update)."

_NO_ONE = {
    "TERMINATED": "No one took part before the study stopped early.",
    "SUSPENDED": "No one had joined when the study was paused.",
    "WITHDRAWN": "No one took part: the study was withdrawn before anyone joined.",
}
_NO_ONE_WHILE_OPEN = "No one had joined yet at the last update."
_NO_ONE_OTHERWISE = "No one took part in this study."


def explain_enrollment(study: Study) -> list[str]:
    enrolled = study.enrollment.count
    if enrolled is None:
        return ["The registry record does not give the number of participants."]
    status = study.overall_status.code or ""
    kind = study.enrollment.type.code if study.enrollment.type else None
    first = _count_sentence(status, kind, enrolled)
    if enrolled == 0 or status == "WITHDRAWN":
        return [first]  # a study that never took place has no size to compare
    comparison = _size_comparison(study, enrolled)
    return [first + (" " + comparison if comparison else "")]


def _count_sentence(status: str, kind: str | None, enrolled: int) -> str:
    is_open = status in RECRUITING_SOON_OR_NOW
    people = count(enrolled, "person", "people")
    if kind == "ACTUAL" and enrolled == 0:
        return _NO_ONE.get(status, _NO_ONE_WHILE_OPEN if is_open else _NO_ONE_OTHERWISE)
    if kind == "ACTUAL":
        template = _ACTUAL.get(status, _ACTUAL_WHILE_OPEN if is_open else _ACTUAL_OTHERWISE)
    elif kind == "ESTIMATED":
        template = _TARGET.get(status, _TARGET_WHILE_OPEN if is_open else _TARGET_OTHERWISE)
    elif status == "WITHDRAWN":
        template = "The record lists an enrollment of {people}, but the study was withdrawn before anyone joined."
    else:
        template = "The registry lists an enrollment of {people}."
    sentence = template.format(people=people, joined="has" if enrolled == 1 else "have")
    return sentence[:1].upper() + sentence[1:]


def _size_comparison(study: Study, enrolled: int) -> str | None:
    if study.study_type.code == "OBSERVATIONAL":
        return "Observational studies vary widely in size, from a handful of people to many thousands."
    if study.study_type.code != "INTERVENTIONAL":
        return None
    ranges = [TYPICAL_SIZE[p.code] for p in study.phases if p.code in TYPICAL_SIZE]
    if not ranges:
        return None
    low, high = min(r[0] for r in ranges), max(r[1] for r in ranges)
    typical = f"{study.phase_label} trials usually include about {low:,} to {high:,} people"
    # The size is named again: after "the record does not give the final number", a bare "That" would be unclear.
    size = f"A study of {count(enrolled, 'person', 'people')}"
    if enrolled < low:
        return (
            f"{size} is smaller than usual: {typical}. Small studies can still be useful, but their results are "
            "less certain."
        )
    if enrolled > high:
        return f"{size} is larger than usual: {typical}."
    return f"{size} is in the usual range: {typical}."
