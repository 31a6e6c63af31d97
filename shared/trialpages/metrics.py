"""The pipeline's CloudWatch metrics (EMF, namespace trialpages): each run's report turned into numbers.

Domain code only counts, in the report it returns; the handlers hand those reports here. Every
metric carries the stage as a dimension (next to Powertools' service), so dev and prod in one
account stay apart; the alarms in template.yaml name both dimensions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from aws_lambda_powertools import Metrics
from aws_lambda_powertools.metrics import MetricUnit

if TYPE_CHECKING:  # each handler imports only its own domain: a cold start pays for no other's
    from trialpages.ingest.detect import DetectReport
    from trialpages.publishing.freshness import Freshness
    from trialpages.publishing.site_cycle import SitePublishReport
    from trialpages.publishing.status_sweep import SweepReport

STUDIES_RENDERED = "StudiesRendered"
STUDIES_UNCHANGED = "StudiesUnchanged"
STUDIES_SUPERSEDED = "StudiesSuperseded"
STUDIES_FAILED = "StudiesFailed"
PAGES_FAILED = "StudyPagesFailed"
REGISTRY_REQUESTS = "RegistryRequests"
STUDIES_QUEUED = "StudiesQueued"
RECORDS_QUARANTINED = "RecordsQuarantined"
CHECKPOINT_LAG = "CheckpointLag"
SITE_FILES_WRITTEN = "SiteFilesWritten"
FRESHNESS_LAG = "FreshnessLag"
SWEPT_PAGES_RENDERED = "SweptPagesRendered"
SWEPT_PAGES_FAILED = "SweptPagesFailed"

_RENDER_OUTCOMES = {"rendered": STUDIES_RENDERED, "unchanged": STUDIES_UNCHANGED, "superseded": STUDIES_SUPERSEDED}


def service_metrics(stage: str) -> Metrics:
    metrics = Metrics()
    metrics.set_default_dimensions(stage=stage)
    return metrics


def record_detection(metrics: Metrics, report: DetectReport) -> None:
    metrics.add_metric(name=REGISTRY_REQUESTS, unit=MetricUnit.Count, value=report.registry_requests)
    metrics.add_metric(name=STUDIES_QUEUED, unit=MetricUnit.Count, value=report.queued)
    metrics.add_metric(name=RECORDS_QUARANTINED, unit=MetricUnit.Count, value=len(report.quarantined))
    lag_days = report.checkpoint_lag_days()
    if lag_days is not None:  # a run that lost the race or failed has no checkpoint to report
        metrics.add_metric(name=CHECKPOINT_LAG, unit=MetricUnit.Count, value=lag_days)


def record_render(metrics: Metrics, outcome: str) -> None:
    """One study version's outcome (PublishResult.outcome): counted once, when it was really rendered."""
    metrics.add_metric(name=_RENDER_OUTCOMES[outcome], unit=MetricUnit.Count, value=1)


def record_batch_failures(metrics: Metrics, response: Mapping[str, Any]) -> None:
    """The batch's failed records (left on the queue, retried, then dead-lettered); 0 included."""
    metrics.add_metric(name=STUDIES_FAILED, unit=MetricUnit.Count, value=len(response["batchItemFailures"]))


def record_publish(metrics: Metrics, report: SitePublishReport, freshness: Freshness) -> None:
    metrics.add_metric(name=SITE_FILES_WRITTEN, unit=MetricUnit.Count, value=report.files_written)
    metrics.add_metric(name=PAGES_FAILED, unit=MetricUnit.Count, value=report.pages_failed)
    if freshness.data_timestamp is not None:  # before the first sync there is nothing to be behind
        metrics.add_metric(name=FRESHNESS_LAG, unit=MetricUnit.Seconds, value=freshness.lag_seconds)


def record_sweep(metrics: Metrics, report: SweepReport) -> None:
    """The daily status sweep: pages written again, and pages that failed (each tried again the next day)."""
    metrics.add_metric(name=SWEPT_PAGES_RENDERED, unit=MetricUnit.Count, value=report.rendered)
    metrics.add_metric(name=SWEPT_PAGES_FAILED, unit=MetricUnit.Count, value=report.failed)
