"""Facet values: how a study is filed (render_study) and how a filter finds it (lookup_api), in one place.

Registry codes (status, phase) keep their code spelling, lower case: `NOT_YET_RECRUITING`,
`not-yet-recruiting` and `Not yet recruiting` are all `status#not_yet_recruiting`. Free text
(condition, sponsor, country) is slugged as the site's URLs are: `Korea, Republic of` is
`country#korea-republic-of`.
"""

from __future__ import annotations

import re

from trialpages.study.slugs import slug

CODED_FACETS = frozenset({"status", "phase"})
TEXT_FACETS = frozenset({"condition", "sponsor", "country"})
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
    """`<facet>#<value>`: the FACET partition suffix and the entry of an item's `facets` list."""
    return f"{name}#{facet_token(name, value)}"
