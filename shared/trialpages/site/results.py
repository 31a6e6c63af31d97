"""Posted results laid out for reading: tables by group with plain captions, the statistics in words.

Every number is the registry's own text; the only figure worked out here is the share of people with
an adverse event ("3 of 41 (7%)"), from the two counts the record gives.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from trialpages.site.explain.words import count
from trialpages.site.publications import results_publications
from trialpages.site.time_sensitive import TimeSensitive, main_results_date
from trialpages.study import Study
from trialpages.study.coded import Coded
from trialpages.study.results_model import AdverseEvents, Measurement, OutcomeResult, ParticipantFlow, Results

NOT_GIVEN = "not given"
NO_RESULTS = "No results have been posted on ClinicalTrials.gov."
_MILESTONES = {"STARTED": "Started", "COMPLETED": "Finished", "NOT COMPLETED": "Did not finish"}
_NON_INFERIORITY = {
    "NON_INFERIORITY": "whether one treatment was not worse than the other by more than a set amount (non-inferiority)",
    "EQUIVALENCE": "whether the treatments worked about the same (equivalence)",
    "NON_INFERIORITY_OR_EQUIVALENCE": (
        "whether one treatment was not worse than the other by more than a set amount, or about the same "
        "(non-inferiority or equivalence)"
    ),
    "NON_INFERIORITY_OR_EQUIVALENCE_LEGACY": (
        "whether one treatment was not worse than the other by more than a set amount, or about the same "
        "(non-inferiority or equivalence)"
    ),
}


@dataclass(frozen=True, slots=True)
class Cell:
    value: str
    detail: str = ""  # the spread or range, in brackets
    note: str = ""  # the sponsor's comment on this value


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    cells: list[Cell]


@dataclass(frozen=True, slots=True)
class Table:
    caption: str
    columns: list[str]
    rows: list[Row]


@dataclass(frozen=True, slots=True)
class OutcomeView:
    title: str  # the registry's outcome title, also the element's data-outcome
    description: str | None
    time_frame: str | None
    population: str | None
    table: Table | None
    analyses: list[str]


@dataclass(frozen=True, slots=True)
class ResultsView:
    flow: list[Table]
    outcomes: list[OutcomeView]
    adverse: Table | None
    adverse_notes: list[str]
    full_results_url: str
    explain_p_value: bool
    explain_interval: bool
    notes: list[str] = field(default_factory=list)


def dispersion_words(dispersion: Coded | None) -> str | None:
    """ "standard deviation", "95% confidence interval": the label reads the same for either spelling."""
    if dispersion is None or dispersion.code in (None, "NA"):
        return None
    return dispersion.label[:1].lower() + dispersion.label[1:]


def _cell(measurement: Measurement | None) -> Cell:
    if measurement is None or measurement.value is None:
        return Cell(NOT_GIVEN, note=measurement.comment or "" if measurement else "")
    detail = ""
    if measurement.lower_limit is not None or measurement.upper_limit is not None:
        detail = f"({measurement.lower_limit or NOT_GIVEN} to {measurement.upper_limit or NOT_GIVEN})"
    elif measurement.spread is not None:
        detail = f"({measurement.spread})"
    return Cell(measurement.value, detail=detail, note=measurement.comment or "")


def _caption(outcome: OutcomeResult) -> str:
    param = outcome.param_type.code if outcome.param_type else None
    unit = outcome.unit or ""
    if param == "NUMBER" and unit:
        words = unit[:1].upper() + unit[1:]  # "Percentage of participants" says more than "Number"
    else:
        words = outcome.param_type.label if outcome.param_type else "Values"
        if unit and not (param == "COUNT_OF_PARTICIPANTS" and unit.lower() == "participants"):
            words += f", in {unit}"
    dispersion = dispersion_words(outcome.dispersion)
    if dispersion:
        words += f", with the {dispersion} in brackets"
    return words + ", by group"


def _outcome_table(outcome: OutcomeResult) -> Table | None:
    if not outcome.classes:
        return None
    ids = [group.id for group in outcome.groups]
    rows = []
    counted = next((d for d in outcome.denominators if d.counts), None)
    if counted:
        by_group = {c.group_id: c.value for c in counted.counts}
        rows.append(Row("People counted", [Cell(by_group.get(i, NOT_GIVEN)) for i in ids]))
    default = outcome.param_type.label if outcome.param_type else "Value"
    for measure_class in outcome.classes:
        for category in measure_class.categories:
            label = " · ".join(t for t in (measure_class.title, category.title) if t) or default
            measured = {m.group_id: m for m in category.measurements}
            rows.append(Row(label, [_cell(measured.get(i)) for i in ids]))
    return Table(_caption(outcome), [group.title for group in outcome.groups], rows)


def _analysis(outcome: OutcomeResult, index: int) -> str:
    analysis = outcome.analyses[index]
    titles = {group.id: group.title for group in outcome.groups}
    compared = [titles.get(group_id, group_id) for group_id in analysis.group_ids]
    parts = []
    if len(compared) >= 2:
        parts.append(f"{compared[0]} compared with {' and '.join(compared[1:])}.")
    if analysis.p_value:
        method = f" ({analysis.method})" if analysis.method else ""
        parts.append(f"p-value: {analysis.p_value}{method}.")
    elif analysis.method:
        parts.append(f"Method: {analysis.method}.")
    if analysis.estimate is not None:
        name = analysis.estimate_type or "Estimate"
        interval = ""
        if analysis.ci_lower is not None or analysis.ci_upper is not None:
            percent = f"{analysis.ci_percent}% " if analysis.ci_percent else ""
            sides = f", {analysis.ci_sides.label.lower()}" if analysis.ci_sides else ""
            interval = (
                f" ({percent}confidence interval{sides}: {analysis.ci_lower or NOT_GIVEN} to "
                f"{analysis.ci_upper or NOT_GIVEN})"
            )
        parts.append(f"{name}: {analysis.estimate}{interval}.")
    hypothesis = analysis.hypothesis.code if analysis.hypothesis else None
    if hypothesis in _NON_INFERIORITY:
        parts.append(f"The researchers tested {_NON_INFERIORITY[hypothesis]}.")
    return " ".join(parts)


def _flow_tables(flow: ParticipantFlow | None) -> list[Table]:
    if flow is None:
        return []
    ids = [group.id for group in flow.groups]
    columns = [group.title for group in flow.groups]
    tables = []
    for period in flow.periods:
        rows = []
        for milestone in period.milestones:
            by_group = {c.group_id: c.value for c in milestone.counts}
            label = _MILESTONES.get(milestone.type.upper(), milestone.type)
            rows.append(Row(label, [Cell(by_group.get(i, NOT_GIVEN)) for i in ids]))
        titled = period.title and (len(flow.periods) > 1 or period.title.casefold() != "overall study")
        caption = "How many people started and finished" + (f": {period.title}" if titled else "") + ", by group"
        tables.append(Table(caption, columns, rows))
    return tables


def _share(affected: int | None, at_risk: int | None) -> str:
    if affected is None:
        return NOT_GIVEN
    if not at_risk:
        return f"{affected:,}"
    percent = affected * 100 / at_risk
    shown = "less than 1" if 0 < percent < 0.5 else f"{percent:.0f}"
    return f"{affected:,} of {at_risk:,} ({shown}%)"


def _adverse(events: AdverseEvents | None) -> tuple[Table | None, list[str]]:
    if events is None or not events.groups:
        return None, []
    deaths = any(g.deaths_affected is not None for g in events.groups)
    columns = ["Serious adverse events", "Other adverse events"] + (["Deaths"] if deaths else [])
    rows = []
    for group in events.groups:
        cells = [
            Cell(_share(group.serious_affected, group.serious_at_risk)),
            Cell(_share(group.other_affected, group.other_at_risk)),
        ]
        if deaths:
            cells.append(Cell(_share(group.deaths_affected, group.deaths_at_risk)))
        rows.append(Row(group.title, cells))
    notes = []
    threshold = events.frequency_threshold
    if threshold is not None and threshold.replace(".", "", 1).isdigit():
        if float(threshold) == 0:
            notes.append("Other (not serious) adverse events were reported however often they happened.")
        else:
            notes.append(
                f"Other (not serious) adverse events are counted only if they happened to more than {threshold}% "
                "of the people in at least one group."
            )
    if events.time_frame:
        notes.append(f"Time frame: {events.time_frame}")
    return Table("People with adverse events, by group", columns, rows), notes


def results_view(study: Study) -> ResultsView | None:
    results: Results | None = study.results
    if results is None:
        return None
    outcomes = [
        OutcomeView(
            title=outcome.title,
            description=outcome.description,
            time_frame=outcome.time_frame,
            population=outcome.population,
            table=_outcome_table(outcome),
            analyses=[_analysis(outcome, i) for i in range(len(outcome.analyses))],
        )
        for outcome in results.primary_outcomes
    ]
    adverse, adverse_notes = _adverse(results.adverse_events)
    analyses = [a for outcome in results.primary_outcomes for a in outcome.analyses]
    return ResultsView(
        flow=_flow_tables(results.participant_flow),
        outcomes=outcomes,
        adverse=adverse,
        adverse_notes=adverse_notes,
        full_results_url=f"{study.registry_url}?tab=results",
        explain_p_value=any(a.p_value for a in analyses),
        explain_interval=any(a.ci_lower is not None or a.ci_upper is not None for a in analyses)
        or any(
            m.lower_limit is not None
            for o in results.primary_outcomes
            for c in o.classes
            for cat in c.categories
            for m in cat.measurements
        ),
    )


def results_status(study: Study, timed: TimeSensitive) -> str:
    """Whether results are posted, and when they were due or expected if not: for the FAQ and the section."""
    pubs = results_publications(study)
    published = f" The record lists {count(pubs, 'publication')} about its results." if pubs else ""
    if study.results is not None:
        return f"Yes. What the Study Found, on this page, shows the main results by group.{published}"
    if timed.results_overdue:
        return timed.results_overdue + published
    primary = study.dates.primary_completion
    if study.overall_status.code == "WITHDRAWN":
        return "There are no results: the study was withdrawn before anyone joined."
    if primary and study.study_type.code == "INTERVENTIONAL" and primary.date.precision != "unknown":
        return f"{NO_RESULTS} {main_results_date(primary)}.{published}"
    return f"{NO_RESULTS}{published}"
