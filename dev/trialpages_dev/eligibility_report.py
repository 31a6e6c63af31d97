"""What the recognisers read in a set of records: items by recogniser, and the criteria left in their own words."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from trialpages.eligibility.translate import translate_eligibility

_SPACE = re.compile(r"\s+")


@dataclass
class RuleCoverage:
    items: int = 0
    kinds: Counter = field(default_factory=Counter)  # recogniser -> items it wrote
    unmatched: Counter = field(default_factory=Counter)  # an item left in the study's words -> studies


def rule_coverage(eligibility_modules: Iterable[dict | None]) -> RuleCoverage:
    coverage = RuleCoverage()
    for module in eligibility_modules:
        for item in translate_eligibility(module).all_items():
            if item.text is None:
                continue
            coverage.items += 1
            if item.form == "rewritten":
                coverage.kinds[item.rule] += 1
            else:
                coverage.unmatched[_SPACE.sub(" ", item.text).strip().rstrip(".;,")] += 1
    return coverage
