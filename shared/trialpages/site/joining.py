"""What taking part means, from the record's design: the groups, how people are put in them, who
knows which treatment someone gets, how long the measurements run, what each kind of treatment is.
Where the record says nothing, the page says so and sends the reader to the study team."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from trialpages.site.explain.words import count, join_and, sentence
from trialpages.site.markdown import plain_line
from trialpages.study import Study

ASK = "The record doesn't say; ask the study team."
TIME_FRAME_CHARS = 140
TIME_FRAMES_SHOWN = 3

# What people in a group of each type get (CT.gov's arm types).
_ARM_GETS = {
    "EXPERIMENTAL": ("gets", "get", "the treatment being tested"),
    "ACTIVE_COMPARATOR": ("gets", "get", "an accepted treatment to compare with"),
    "PLACEBO_COMPARATOR": ("gets", "get", "a placebo"),
    "SHAM_COMPARATOR": ("gets", "get", "a sham (pretend) treatment"),
    "NO_INTERVENTION": ("gets", "get", "no study treatment"),
}
# The comparison groups: a random place in one of them is the chance the issue asks to state.
_COMPARISONS = {
    "PLACEBO_COMPARATOR": "a placebo",
    "SHAM_COMPARATOR": "a sham treatment",
    "ACTIVE_COMPARATOR": "an accepted treatment",
    "NO_INTERVENTION": "no study treatment",
}
_KNOWS = {
    "PARTICIPANT": "you",
    "CARE_PROVIDER": "your care team in the study",
    "INVESTIGATOR": "the researchers",
    "OUTCOMES_ASSESSOR": "the people who measure the results",
}
INTERVENTION_TYPES = {
    "DRUG": "a medicine, such as a pill, a shot or an infusion",
    "BIOLOGICAL": "a product made from living things, such as a vaccine, blood product or cell therapy",
    "DEVICE": "a tool, machine or implant used for health, such as a monitor, a pump or an app",
    "PROCEDURE": "something done to the body, such as surgery or another hands-on treatment",
    "RADIATION": "high-energy rays, used to treat disease or to take pictures inside the body",
    "BEHAVIORAL": "a change in what people do, such as diet, exercise, therapy or training",
    "DIETARY_SUPPLEMENT": "a product taken by mouth, such as a vitamin, mineral or herbal product",
    "GENETIC": "a treatment or test that works with genes (DNA)",
    "DIAGNOSTIC_TEST": "a test that checks for a disease or condition",
    "COMBINATION_PRODUCT": "two kinds of product used together, such as a drug with a device",
}
_TIME_PERSPECTIVE = {
    "PROSPECTIVE": "It follows people forward in time from when they join.",
    "RETROSPECTIVE": "It looks back at records of what already happened.",
    "CROSS_SECTIONAL": "It looks at people at one point in time.",
}
_SAMPLES = {
    "SAMPLES_WITH_DNA": "The study keeps samples, such as blood or tissue, that include DNA.",
    "SAMPLES_WITHOUT_DNA": "The study keeps samples, such as blood or tissue, without DNA.",
    "NONE_RETAINED": "The study does not keep samples.",
}


@dataclass(frozen=True, slots=True)
class JoiningFact:
    label: str
    text: str


def taking_part(study: Study, *, placebo_explained: bool) -> list[JoiningFact]:
    """`placebo_explained`: the page explains "placebo" before this section (the Phase 3 paragraph)."""
    kind = study.study_type.code
    facts: list[JoiningFact] = []
    if kind == "INTERVENTIONAL":
        facts += [
            JoiningFact("Groups", _groups(study, placebo_explained)),
            JoiningFact("How people are put in groups", _allocation(study)),
            JoiningFact("Who knows which treatment you get", _masking(study)),
        ]
    elif kind == "OBSERVATIONAL":
        facts.append(JoiningFact("What the study does", _observation(study)))
    facts.append(JoiningFact("How long", _how_long(study)))
    types = list(dict.fromkeys(i.type.code for i in study.interventions if i.type.code in INTERVENTION_TYPES))
    for code in types:
        label = next(i.type.label for i in study.interventions if i.type.code == code)
        meaning = INTERVENTION_TYPES[code]
        facts.append(JoiningFact(label, f"{meaning[:1].upper()}{meaning[1:]}."))
    return facts


def _arm_types(study: Study) -> Counter:
    return Counter(arm.type.code if arm.type and arm.type.code else "OTHER" for arm in study.arms)


def _groups(study: Study, placebo_explained: bool) -> str:
    arms = len(study.arms)
    if arms == 0:
        return "The record doesn't list the study groups; ask the study team."
    if arms == 1:
        return "The record lists 1 group."
    types = _arm_types(study)
    parts = []
    for code, (one, many, what) in _ARM_GETS.items():
        if types[code]:
            if code == "PLACEBO_COMPARATOR" and not placebo_explained:
                what = "a placebo (a look-alike with no medicine in it)"
            parts.append(f"{types[code]} {one if types[code] == 1 else many} {what}")
    if types["OTHER"] or sum(types[code] for code in _ARM_GETS) < arms:
        other = arms - sum(types[code] for code in _ARM_GETS)
        parts.append(f"{other} {'is' if other == 1 else 'are'} described in the study's own words")
    return f"The record lists {arms} groups: {join_and(parts)}."


def _allocation(study: Study) -> str:
    design = study.design
    allocation = design.allocation.code if design.allocation else None
    model = design.intervention_model.code if design.intervention_model else None
    if allocation == "RANDOMIZED":
        if model == "CROSSOVER":
            return (
                "By chance (randomized). In this crossover study, people get the study treatments one after "
                "another, in an order chosen by chance."
            )
        return "By chance (randomized), like flipping a coin." + _chance(study, model)
    if allocation == "NON_RANDOMIZED":
        return "Not by chance (non-randomized). Ask the study team how people are put in groups."
    if len(study.arms) == 1 or model == "SINGLE_GROUP":
        return "Everyone is in the same group."
    return ASK


def _chance(study: Study, model: str | None) -> str:
    """The chance of a comparison group, only where the arithmetic means something: parallel groups."""
    arms = len(study.arms)
    if model not in (None, "PARALLEL") or arms < 2:
        return ""
    types = _arm_types(study)
    compared = sum(types[code] for code in _COMPARISONS)
    if not compared or compared == arms:
        return ""
    what = join_and([_COMPARISONS[code] for code in _COMPARISONS if types[code]]).replace(" and ", " or ")
    return (
        f" The record doesn't give the size of each group. If the {arms} groups are the same size, "
        f"about {compared} in {arms} people get {what}."
    )


def _masking(study: Study) -> str:
    design, masking = study.design, study.design.masking
    code = masking.code if masking else None
    if masking is None or code is None:
        return ASK
    if code == "NONE":
        return "You and the study team both know (open label)."
    who = [_KNOWS[w.code] for w in design.who_masked if w.code in _KNOWS]
    label = masking.label
    if not who:
        return f"{label}: some people are kept from knowing which treatment you get. The record doesn't say who."
    verb = "does" if who == [_KNOWS["CARE_PROVIDER"]] else "do"
    return f"{label}: {join_and(who)} {verb} not know which treatment you get."


def _observation(study: Study) -> str:
    design = study.design
    parts = ["The study does not decide your treatment. The researchers record what happens to people."]
    perspective = design.time_perspective.code if design.time_perspective else None
    if perspective in _TIME_PERSPECTIVE:
        parts.append(_TIME_PERSPECTIVE[perspective])
    retention = design.biospecimen_retention.code if design.biospecimen_retention else None
    if retention in _SAMPLES:
        parts.append(_SAMPLES[retention])
    return " ".join(parts)


def _how_long(study: Study) -> str:
    frames = list(
        dict.fromkeys(plain_line(o.time_frame, TIME_FRAME_CHARS) for o in study.primary_outcomes if o.time_frame)
    )
    target = study.design.target_duration
    parts = []
    if target:
        parts.append(f"The study's target follow-up is {target.lower()} for each person.")
    else:
        parts.append("The record doesn't say how long you would take part; ask the study team.")
    if frames:
        shown = frames[:TIME_FRAMES_SHOWN]
        more = len(frames) - len(shown)
        listed = "; ".join(shown) + (f"; and {count(more, 'other')}" if more else "")
        parts.append(sentence(f"The main results are measured over: {listed}"))
    return " ".join(parts)
