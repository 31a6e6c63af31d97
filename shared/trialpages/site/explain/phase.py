"""What the phase (or the lack of one) means for a patient."""

from __future__ import annotations

from trialpages.site.explain.words import quoted
from trialpages.study import Study

_SINGLE = {
    "EARLY_PHASE1": (
        "Early Phase 1 studies (sometimes called Phase 0) give a very small amount of a new "
        "treatment to a few people, often 10 to 15. The goal is to learn how the body handles the "
        "treatment, not to treat the illness."
    ),
    "PHASE1": (
        "Phase 1 trials test a treatment in a small group of people, often 20 to 100, for the first "
        "time or in a new way. The main goals are to find a safe dose and to learn about side effects."
    ),
    "PHASE2": (
        "Phase 2 trials check whether a treatment works against {condition} and keep watching for "
        "side effects. They usually include about 100 to 300 people. Good Phase 2 results can lead "
        "to larger Phase 3 trials."
    ),
    "PHASE3": (
        "Phase 3 trials compare a treatment with the usual treatment or with a placebo (a look-alike "
        "with no medicine in it). They include many people, often 300 to 3,000. A treatment usually "
        "needs good Phase 3 results before the FDA or other agencies approve it."
    ),
    "PHASE4": (
        "Phase 4 studies take place after a treatment is approved and on the market. They learn "
        "more about its long-term safety and how well it works in everyday use."
    ),
}
_COMBINED = (
    "This trial combines two phases ({labels}) in one study. It moves from the goals of the "
    "earlier phase to those of the later one without starting a new trial."
)
_NOT_APPLICABLE = (
    "This study does not have a phase. Phases are used for trials of new drugs and biological "
    "treatments. Studies of devices, procedures, behavior changes or ways of giving care usually "
    "do not have one."
)
_OBSERVATIONAL = (
    "Observational studies do not have phases, because the study does not give a treatment. "
    "Researchers learn from what happens to people as they live their lives or get their usual care."
)
_EXPANDED_ACCESS = (
    "Expanded access programs do not have phases, because they are not trials. They make a "
    "treatment that is still being studied available to people who cannot join a trial."
)


def explain_phase(study: Study, condition: str) -> list[str]:
    """One paragraph per phase listed (two for a combined 1/2 or 2/3 trial), first the combination."""
    if study.study_type.code == "OBSERVATIONAL":
        return [_OBSERVATIONAL]
    if study.study_type.code == "EXPANDED_ACCESS":
        return [_EXPANDED_ACCESS]
    codes = [p.code for p in study.phases]
    if not codes:
        return ["The registry record does not list a phase for this study."]
    if codes == ["NA"]:
        return [_NOT_APPLICABLE]
    paragraphs = [_COMBINED.format(labels=study.phase_label)] if len(codes) > 1 else []
    for phase in study.phases:
        if phase.code in _SINGLE:
            paragraphs.append(_SINGLE[phase.code].format(condition=condition))
        elif phase.code != "NA":
            paragraphs.append(
                f"ClinicalTrials.gov lists the phase as {quoted(phase.label)}. "
                "Ask the study team what this means for people taking part."
            )
    return paragraphs
