"""What the rules cover in a set of records: criterion types by count, and the criteria no rule matched."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from trialpages.eligibility.parse import parse_criteria
from trialpages.eligibility.rules import RULE_KINDS, apply_rules
from trialpages.eligibility.segments import item_sources

_SPACE = re.compile(r"\s+")


@dataclass
class RuleCoverage:
    sentences: int = 0
    kinds: Counter = field(default_factory=Counter)  # criterion type -> sentences a rule rewrote
    unmatched: Counter = field(default_factory=Counter)  # sentence as written (spaces folded) -> studies


def rule_coverage(eligibility_modules: Iterable[dict | None]) -> RuleCoverage:
    coverage = RuleCoverage()
    for module in eligibility_modules:
        criteria = parse_criteria((module or {}).get("eligibilityCriteria")).all_criteria()
        for criterion in criteria:
            for sentence in item_sources(criterion.text, criterion.kind):
                coverage.sentences += 1
                ruled = apply_rules(sentence)
                if ruled:
                    coverage.kinds[RULE_KINDS[ruled[0]]] += 1
                else:
                    coverage.unmatched[_SPACE.sub(" ", sentence).strip().rstrip(".;,")] += 1
    return coverage
