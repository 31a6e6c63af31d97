"""Posted results (the record's resultsSection): who took part, the primary outcomes' values and
the adverse events, each number kept as the registry's text ("44.9", "NA", "<0.001"), never recomputed.

Secondary outcomes and the per-event adverse event tables stay on ClinicalTrials.gov: the page
links there for them.
"""

from __future__ import annotations

from pydantic import Field

from trialpages.study.coded import Coded, _Frozen


class ResultGroup(_Frozen):
    id: str
    title: str
    description: str | None = None


class GroupValue(_Frozen):
    group_id: str
    value: str


class FlowMilestone(_Frozen):
    type: str  # "STARTED", "COMPLETED", "NOT COMPLETED" or the sponsor's own label
    counts: list[GroupValue] = Field(default_factory=list)


class FlowPeriod(_Frozen):
    title: str | None = None
    milestones: list[FlowMilestone] = Field(default_factory=list)


class ParticipantFlow(_Frozen):
    groups: list[ResultGroup] = Field(default_factory=list)
    periods: list[FlowPeriod] = Field(default_factory=list)


class Measurement(_Frozen):
    group_id: str
    value: str | None = None
    spread: str | None = None
    lower_limit: str | None = None
    upper_limit: str | None = None
    comment: str | None = None


class MeasureCategory(_Frozen):
    title: str | None = None
    measurements: list[Measurement] = Field(default_factory=list)


class MeasureClass(_Frozen):
    title: str | None = None
    categories: list[MeasureCategory] = Field(default_factory=list)


class Denominator(_Frozen):
    units: str | None = None
    counts: list[GroupValue] = Field(default_factory=list)


class Analysis(_Frozen):
    """One statistical comparison the sponsor reported for an outcome."""

    group_ids: list[str] = Field(default_factory=list)
    method: str | None = None
    p_value: str | None = None
    estimate_type: str | None = None  # e.g. "Mean Difference (Final Values)", "Odds Ratio (OR)"
    estimate: str | None = None
    ci_percent: str | None = None
    ci_sides: Coded | None = None
    ci_lower: str | None = None
    ci_upper: str | None = None
    hypothesis: Coded | None = None  # nonInferiorityType: superiority, non-inferiority, equivalence


class OutcomeResult(_Frozen):
    title: str
    description: str | None = None
    time_frame: str | None = None
    population: str | None = None  # who was counted (populationDescription)
    param_type: Coded | None = None  # MEAN, NUMBER, COUNT_OF_PARTICIPANTS, ...
    dispersion: Coded | None = None  # STANDARD_DEVIATION, ... (older records spell it "Standard Deviation")
    unit: str | None = None
    groups: list[ResultGroup] = Field(default_factory=list)
    denominators: list[Denominator] = Field(default_factory=list)
    classes: list[MeasureClass] = Field(default_factory=list)
    analyses: list[Analysis] = Field(default_factory=list)


class AdverseEventGroup(_Frozen):
    id: str
    title: str
    serious_affected: int | None = None
    serious_at_risk: int | None = None
    other_affected: int | None = None
    other_at_risk: int | None = None
    deaths_affected: int | None = None
    deaths_at_risk: int | None = None


class AdverseEvents(_Frozen):
    time_frame: str | None = None
    description: str | None = None
    frequency_threshold: str | None = None  # percent, as given: other events above it were reported
    groups: list[AdverseEventGroup] = Field(default_factory=list)


class Results(_Frozen):
    participant_flow: ParticipantFlow | None = None
    primary_outcomes: list[OutcomeResult] = Field(default_factory=list)
    adverse_events: AdverseEvents | None = None
