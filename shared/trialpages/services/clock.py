"""The day pages are built on, shared by render_study and publish_site (both render study pages)."""

from __future__ import annotations

from datetime import UTC, datetime


def build_day() -> datetime:
    """Today at 00:00 UTC: pages carry the day they were built, so renders within a day are identical."""
    return datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
