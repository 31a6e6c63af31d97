"""What the study type means for a patient."""

from __future__ import annotations

from trialpages.site.explain.words import quoted
from trialpages.study import Study

_EXPLANATIONS = {
    "INTERVENTIONAL": (
        "This is an interventional study, also called a clinical trial. The researchers give people "
        "a treatment or another kind of care. Then they measure what happens."
    ),
    "OBSERVATIONAL": (
        "This is an observational study. The researchers do not give anyone a treatment as part of "
        "the study. They watch and measure what happens to people, often while they get their usual care."
    ),
    "EXPANDED_ACCESS": (
        "This is an expanded access program, sometimes called compassionate use. It is not a "
        "clinical trial. It lets people with a serious illness get a treatment that is not yet "
        "approved, when no other good option is available. Your doctor has to ask for it."
    ),
}


def explain_study_type(study: Study) -> str:
    code = study.study_type.code
    if code in _EXPLANATIONS:
        return _EXPLANATIONS[code]
    if code is None:
        return "The registry record does not say what type of study this is."
    return f"ClinicalTrials.gov lists the type of this study as {quoted(study.study_type.label)}."


def describe_design(study: Study) -> str:
    """The noun phrase of the one-sentence summary: "Phase 2 interventional study"."""
    code = study.study_type.code
    if code == "EXPANDED_ACCESS":
        return "expanded access program"
    if code == "OBSERVATIONAL":
        return "observational study"
    named_phases = [p for p in study.phases if p.code != "NA"]
    kind = "interventional study" if code == "INTERVENTIONAL" else f"study ({study.study_type.label.lower()})"
    if named_phases:
        return "/".join(p.label for p in named_phases) + " " + kind
    return kind
