"""Facet values: how a study is filed (render_study) and how a filter finds it (lookup_api), in one place.

Registry codes (status, phase) keep their code spelling, lower case: `NOT_YET_RECRUITING`,
`not-yet-recruiting` and `Not yet recruiting` are all `status#not_yet_recruiting`. Free text
(condition, sponsor, country) is slugged as the site's URLs are: `Korea, Republic of` is
`country#korea-republic-of`.

The filter pairs asked for together most are filed together too (`<facet>#<value>+<facet>#<value>`), so
such a request is one Query with no filter, however rare its matches: reading one value's
partition and filtering by the other would read items that are then thrown away.
"""

from __future__ import annotations

import re

from trialpages.study.slugs import slug

CODED_FACETS = frozenset({"status", "phase"})
TEXT_FACETS = frozenset({"condition", "sponsor", "country"})
ALL_STUDIES = "all#all"  # every study is filed under it
# A study without a phase is filed under phase NA ("not applicable"), as the registry says for most.
NO_PHASE = "NA"
_NOT_CODE = re.compile(r"[^a-z0-9]+")


def facet_token(name: str, value: str) -> str:
    """The normalized value of one facet, e.g. ("status", "Not yet recruiting") -> "not_yet_recruiting"."""
    if name in CODED_FACETS:
        return _NOT_CODE.sub("_", value.lower()).strip("_") or "unknown"
    if name in TEXT_FACETS:
        return slug(value)
    raise ValueError(f"not a facet: {name}")


def facet(name: str, value: str) -> str:
    """`<facet>#<value>`: what a study is filed under, and the entry of an item's `facets` list."""
    return f"{name}#{facet_token(name, value)}"


def id_range_of(nct_id: str) -> str:
    """NCT0123xxxx -> nct0123: at most 10,000 studies, well under a sitemap file's 50,000 URLs."""
    return nct_id[:7].lower()


def id_range(nct_id_or_range: str) -> str:
    """The facet of a sitemap file's studies (their ids' first 7 characters)."""
    return f"idrange#{id_range_of(nct_id_or_range)}"


# Most selective first: a request with more filters reads the first pair it has (the rest filter).
PAIRED = (
    ("condition", "status"),
    ("condition", "phase"),
    ("sponsor", "status"),
    ("country", "status"),
    ("country", "phase"),
    ("phase", "status"),
)


def paired(*values: str) -> str:
    """`<facet>+<facet>`, e.g. `condition#asthma+status#recruiting`: a partition for both values at once
    (of one value, that value's own)."""
    return "+".join(values)


def facet_pairs(values: list[str]) -> list[str]:
    """Every PAIRED combination of a study's `<facet>#<value>`s."""
    by_name: dict[str, list[str]] = {}
    for value in values:
        by_name.setdefault(value.split("#", 1)[0], []).append(value)
    return [paired(a, b) for first, second in PAIRED for a in by_name.get(first, []) for b in by_name.get(second, [])]


def best_pair(filters: dict[str, str]) -> tuple[str, str] | None:
    """The names of the first PAIRED filters given (`filters`: name -> `<facet>#<value>`), if any."""
    return next(((a, b) for a, b in PAIRED if a in filters and b in filters), None)
