"""Read the CloudWatch metrics (EMF) a handler printed, as Powertools' testing docs suggest: from stdout."""

from __future__ import annotations

import json


def emf_blobs(stdout: str) -> list[dict]:
    """Every EMF document printed; the logger's JSON lines, also on stdout, have no `_aws` key."""
    blobs = [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]
    return [blob for blob in blobs if "_aws" in blob]


def metric_values(stdout: str) -> dict[str, list[float]]:
    """Metric name -> every value printed, across invocations; each blob checked to be a metric in namespace
    trialpages with the stage and service dimensions the alarms filter on."""
    values: dict[str, list[float]] = {}
    for blob in emf_blobs(stdout):
        (directive,) = blob["_aws"]["CloudWatchMetrics"]
        assert directive["Namespace"] == "trialpages"
        assert directive["Dimensions"] == [["stage", "service"]]
        assert (blob["stage"], blob["service"]) == ("dev", "trialpages")
        for metric in directive["Metrics"]:
            values.setdefault(metric["Name"], []).extend(blob[metric["Name"]])
    return values


def units(stdout: str) -> dict[str, str]:
    return {m["Name"]: m["Unit"] for blob in emf_blobs(stdout) for m in blob["_aws"]["CloudWatchMetrics"][0]["Metrics"]}
