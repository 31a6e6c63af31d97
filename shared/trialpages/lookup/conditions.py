"""A condition's studies in the order /v1/conditions/{slug} lists them: recruiting first, newest first in each."""

from __future__ import annotations

from trialpages.lookup.facets import facet

RECRUITING = facet("status", "RECRUITING")


def recruiting_first_partition(slug: str) -> str:
    """Items sorted `<1 or 0>#<last_update>#<id>`: recruiting (1) first, so one Query reads a page in order."""
    return f"RECRUITING-FIRST#{slug}"
