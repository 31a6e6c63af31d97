"""A condition's own lookup items: its studies in the order its endpoint lists them, and its totals.

The totals are counters (`CONDITION#<slug>` / `TOTALS`: `studies`, `status#<label>`,
`phase#<label>`) that StudyIndex.record moves in the same transaction as a study's CURRENT
item, by what the replaced version counted for and what the new one does: each change of
version counts once, however often it is delivered, and reading the totals is one GetItem.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from trialpages.lookup.facets import facet

RECRUITING = facet("status", "RECRUITING")
_RECRUITING_FIRST = "RECRUITING-FIRST#"


def recruiting_first_partition(slug: str) -> str:
    return f"{_RECRUITING_FIRST}{slug}"


def totals_key(slug: str) -> tuple[str, str]:
    return f"CONDITION#{slug}", "TOTALS"


def counted(listing: dict | None, owned_keys: Iterable[str]) -> Counter[tuple[str, str]]:
    """What one recorded version counts for: (condition slug, counter) -> 1 for each condition it is filed under."""
    if not listing:
        return Counter()
    slugs = {
        key.split("|", 1)[0].removeprefix(_RECRUITING_FIRST) for key in owned_keys if key.startswith(_RECRUITING_FIRST)
    }
    counters = ("studies", f"status#{listing['status_label']}", f"phase#{listing['phase_label']}")
    return Counter({(slug, counter): 1 for slug in slugs for counter in counters})


def recount(before: Counter, after: Counter) -> dict[str, dict[str, int]]:
    """slug -> counter -> what to add when the version counted as `before` is replaced by `after`'s (no zeros)."""
    changes: dict[str, dict[str, int]] = {}
    for slug, counter in sorted(before.keys() | after.keys()):
        delta = after[(slug, counter)] - before[(slug, counter)]
        if delta:
            changes.setdefault(slug, {})[counter] = delta
    return changes


def totals_of(item: dict | None) -> dict:
    """The API's `totals` from a condition's counters (none yet: all zero)."""
    item = item or {}

    def by(prefix: str) -> dict[str, int]:
        counts = {name.removeprefix(prefix): n for name, n in item.items() if name.startswith(prefix) and n > 0}
        return dict(sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])))

    return {"studies": item.get("studies", 0), "exact": True, "by_status": by("status#"), "by_phase": by("phase#")}
