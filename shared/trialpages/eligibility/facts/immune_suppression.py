"""A weak immune system, or medicines that weaken it, in the fixed phrases of immunotherapy studies: "Has a diagnosis of
immunodeficiency or is receiving chronic systemic steroid therapy (in dosing exceeding 10 mg daily of prednisone
equivalent) or any other form of immunosuppressive therapy within 7 days prior to the first dose of study drug"
(Merck's), and "Participants with a condition requiring systemic treatment with either corticosteroids (> 10 mg daily
prednisone equivalents) or other immunosuppressive medications within 14 days of randomization" (Bristol-Myers
Squibb's).

The time window is the medicines' (the diagnosis has none), and the dose is the steroid's: the sentence says both so.
"""

from __future__ import annotations

import re

from trialpages.eligibility.facts.base import COUNT, Fact, count, recogniser
from trialpages.eligibility.facts.treatment import event_in_words, prednisone_a_day


class WeakImmuneSystem(Fact):
    days: str
    event: str  # "you start the study treatment"
    chronic: bool = False
    dose_mg: str | None = None  # more than this much prednisone a day (or an equally strong dose of another steroid)

    def sentence(self) -> str:
        chronic = "long-term (chronic) " if self.chronic else ""
        dose = f" at {prednisone_a_day('more than', self.dose_mg)}" if self.dose_mg else ""
        return (
            "A doctor has found that you have a weak immune system (immunodeficiency), or in the "
            f"{self.days} days before {self.event} you have taken {chronic}steroid medicine that reaches the whole body "
            f"(systemic){dose}, or any other medicine that weakens the immune system (immunosuppressive therapy)."
        )


_WEAK_IMMUNE_SYSTEM = (
    r"(?:a\s+)?diagnosis\s+of\s+immunodeficiency\s+or\s+(?:is\s+)?receiving\s+(?P<chronic>chronic\s+)?systemic\s+"
    r"(?:steroid|corticosteroid)\s+therapy(?:\s*\(in\s+dosing\s+exceeding\s+(?P<dose>\d+(?:\.\d+)?)\s*mg\s+(?:daily|per\s+day|a\s+day)"
    r"\s+of\s+prednisone\s+(?:or\s+)?equivalent\))?\s+or\s+any\s+other\s+form\s+of\s+immunosuppressive\s+therapy\s+within\s+"
    rf"(?P<n>{COUNT})\s+days\s+(?:prior\s+to|before)\s+(?P<event>the\s+first\s+dose\s+of\s+(?:the\s+)?(?:study|trial)\s+"
    r"(?:drugs?|treatment|intervention|medication))"
)


def _weak_immune_system(match: re.Match) -> WeakImmuneSystem | None:
    event = event_in_words(match["event"])
    if event is None:
        return None
    return WeakImmuneSystem(days=count(match["n"]), event=event, chronic=bool(match["chronic"]), dose_mg=match["dose"])


class NeedsImmuneSuppression(Fact):
    dose_mg: str  # more than this much prednisone a day (or an equally strong dose of another steroid)
    days: str
    event: str  # "you are assigned to a study group"

    def sentence(self) -> str:
        return (
            f"In the {self.days} days before {self.event}, you have had a condition that needed treatment that reaches "
            f"the whole body (systemic): steroids at {prednisone_a_day('more than', self.dose_mg)}, or other medicines "
            "that weaken the immune system (immunosuppressive medications)."
        )


_NEEDS_IMMUNE_SUPPRESSION = (
    r"(?:a\s+)?condition\s+requiring\s+systemic\s+treatment\s+with\s+either\s+corticosteroids\s*\(\s*more\s+than\s*"
    r"(?P<dose>\d+(?:\.\d+)?)\s*mg\s+(?:daily|per\s+day|a\s+day|/\s*day)\s+(?:of\s+)?prednisone\s+equivalents?\s*\)\s+or\s+"
    rf"other\s+immunosuppressive\s+medications\s+within\s+(?P<n>{COUNT})\s+days\s+(?:of|before|prior\s+to)\s+"
    r"(?P<event>(?:the\s+)?(?:randomi[sz]ation|enrol?lment|first\s+dose(?:\s+of\s+study\s+(?:drug|treatment|intervention))?|"
    r"study\s+(?:drug|treatment)\s+administration))"
)


def _needs_immune_suppression(match: re.Match) -> NeedsImmuneSuppression | None:
    event = event_in_words(match["event"])
    if event is None:
        return None
    return NeedsImmuneSuppression(dose_mg=match["dose"], days=count(match["n"]), event=event)


RECOGNISERS = (
    recogniser("weak-immune-system", ("immunodeficiency",), _WEAK_IMMUNE_SYSTEM, _weak_immune_system),
    recogniser(
        "needs-immune-suppression",
        ("immunosuppressive medications",),
        _NEEDS_IMMUNE_SUPPRESSION,
        _needs_immune_suppression,
    ),
)
