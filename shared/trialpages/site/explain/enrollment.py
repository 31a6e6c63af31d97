"""How many people the study enrolls, and how that compares with studies of its kind."""

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


def explain_enrollment(study: Study) -> list[str]:
    enrolled = study.enrollment.count
    if enrolled is None:
        return ["The registry record does not give the number of participants."]
    people = count(enrolled, "participant")
    kind = study.enrollment.type.code if study.enrollment.type else None
    if kind == "ACTUAL":
        if enrolled == 0:
            return ["No one took part in this study."]
        first = f"{people} took part in this study (the actual number enrolled)."
    elif kind == "ESTIMATED":
        first = f"The study plans to enroll {people} (a target, not a final count)."
    else:
        first = f"The registry lists an enrollment of {people}."
    comparison = _size_comparison(study, enrolled)
    return [first + (" " + comparison if comparison else "")]


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
    if enrolled < low:
        return f"That is smaller than usual: {typical}. Small studies can still be useful, but their results are less certain."
    if enrolled > high:
        return f"That is larger than usual: {typical}."
    return f"That is in the usual range: {typical}."
