"""The record's posted results, publications and oversight flags -> plain dicts for the Study model (pure)."""

from __future__ import annotations

from trialpages.study import labels
from trialpages.study.labels import coded
from trialpages.study.raw import flag, integer, items, obj, text, texts


def references(module: object) -> list[dict]:
    found = []
    for ref in items(obj(module).get("references")):
        pmid = text(ref.get("pmid"))
        citation = text(ref.get("citation"))
        if not (pmid or citation):
            continue
        found.append(
            {
                # A PubMed id is digits only; anything else is kept out of the link we build from it.
                "pmid": pmid if pmid and pmid.isdigit() else None,
                "type": coded(ref.get("type"), labels.REFERENCE_TYPE),
                "citation": citation,
            }
        )
    return found


def oversight(module: object) -> dict:
    module = obj(module)
    return {
        "has_data_monitoring_committee": flag(module.get("oversightHasDmc")),
        "fda_regulated_drug": flag(module.get("isFdaRegulatedDrug")),
        "fda_regulated_device": flag(module.get("isFdaRegulatedDevice")),
    }


def _groups(raw: object) -> list[dict]:
    return [
        {"id": group_id, "title": text(g.get("title")) or group_id, "description": text(g.get("description"))}
        for g in items(raw)
        if (group_id := text(g.get("id")))
    ]


def _group_values(raw: object, field: str) -> list[dict]:
    return [
        {"group_id": group_id, "value": value}
        for c in items(raw)
        if (group_id := text(c.get("groupId"))) and (value := text(c.get(field))) is not None
    ]


def _flow(module: object) -> dict | None:
    module = obj(module)
    if not module:
        return None
    periods = [
        {
            "title": text(p.get("title")),
            "milestones": [
                {"type": kind, "counts": _group_values(m.get("achievements"), "numSubjects")}
                for m in items(p.get("milestones"))
                if (kind := text(m.get("type")))
            ],
        }
        for p in items(module.get("periods"))
    ]
    return {"groups": _groups(module.get("groups")), "periods": periods}


def _measurement(raw: dict) -> dict | None:
    group_id = text(raw.get("groupId"))
    if group_id is None:
        return None
    return {
        "group_id": group_id,
        "value": text(raw.get("value")),
        "spread": text(raw.get("spread")),
        "lower_limit": text(raw.get("lowerLimit")),
        "upper_limit": text(raw.get("upperLimit")),
        "comment": text(raw.get("comment")),
    }


def _classes(raw: object) -> list[dict]:
    return [
        {
            "title": text(c.get("title")),
            "categories": [
                {
                    "title": text(cat.get("title")),
                    "measurements": [m for m in map(_measurement, items(cat.get("measurements"))) if m],
                }
                for cat in items(c.get("categories"))
            ],
        }
        for c in items(raw)
    ]


def _analysis(raw: dict) -> dict:
    return {
        "group_ids": texts(raw.get("groupIds")),
        "method": text(raw.get("statisticalMethod")),
        "p_value": text(raw.get("pValue")),
        "estimate_type": text(raw.get("paramType")),
        "estimate": text(raw.get("paramValue")),
        "ci_percent": text(raw.get("ciPctValue")),
        "ci_sides": coded(raw.get("ciNumSides"), labels.CI_SIDES),
        "ci_lower": text(raw.get("ciLowerLimit")),
        "ci_upper": text(raw.get("ciUpperLimit")),
        "hypothesis": coded(raw.get("nonInferiorityType"), labels.HYPOTHESIS),
    }


def _outcome(raw: dict) -> dict | None:
    title = text(raw.get("title"))
    if title is None:
        return None
    return {
        "title": title,
        "description": text(raw.get("description")),
        "time_frame": text(raw.get("timeFrame")),
        "population": text(raw.get("populationDescription")),
        "param_type": coded(raw.get("paramType"), labels.MEASURE_PARAM),
        "dispersion": coded(raw.get("dispersionType"), labels.DISPERSION),
        "unit": text(raw.get("unitOfMeasure")),
        "groups": _groups(raw.get("groups")),
        "denominators": [
            {"units": text(d.get("units")), "counts": _group_values(d.get("counts"), "value")}
            for d in items(raw.get("denoms"))
        ],
        "classes": _classes(raw.get("classes")),
        "analyses": [_analysis(a) for a in items(raw.get("analyses"))],
    }


def _adverse_events(module: object) -> dict | None:
    module = obj(module)
    if not module:
        return None
    groups = [
        {
            "id": group_id,
            "title": text(g.get("title")) or group_id,
            "serious_affected": integer(g.get("seriousNumAffected")),
            "serious_at_risk": integer(g.get("seriousNumAtRisk")),
            "other_affected": integer(g.get("otherNumAffected")),
            "other_at_risk": integer(g.get("otherNumAtRisk")),
            "deaths_affected": integer(g.get("deathsNumAffected")),
            "deaths_at_risk": integer(g.get("deathsNumAtRisk")),
        }
        for g in items(module.get("eventGroups"))
        if (group_id := text(g.get("id")))
    ]
    return {
        "time_frame": text(module.get("timeFrame")),
        "description": text(module.get("description")),
        "frequency_threshold": text(module.get("frequencyThreshold")),
        "groups": groups,
    }


def results(section: object) -> dict | None:
    section = obj(section)
    if not section:
        return None
    outcomes = items(obj(section.get("outcomeMeasuresModule")).get("outcomeMeasures"))
    return {
        "participant_flow": _flow(section.get("participantFlowModule")),
        "primary_outcomes": [o for raw in outcomes if text(raw.get("type")) == "PRIMARY" and (o := _outcome(raw))],
        "adverse_events": _adverse_events(section.get("adverseEventsModule")),
    }
