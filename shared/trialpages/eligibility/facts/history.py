"""Two conditions in two states, joined by "or": "Active cardiac disease or history of cardiac dysfunction".

The condition reader (conditions.py) gives one state to every name of a list. A criterion often names one
condition now and another in the past ("Severe cardiac disease or history of myocardial infarction", "Bleeding
diathesis or known hypercoagulopathy", "History of pneumonitis that required steroids, or current pneumonitis").
Here the sentence is cut at the "or" that starts the second state, each side is read whole on its own (as a
condition or a positive infection test), and the plain sentence says both: "You have active heart disease, or you
have had heart problems." Either side not read whole, and the sentence stays in the study's words.

What one side says must not reach into the other, so the sentence is not read when:
- the first side is negated ("No current pneumonitis or history of pneumonitis": the "no" covers both);
- the second side carries a time or a moment ("... or history of stroke within 6 months": does the time belong
  to the first condition too?);
- either side names whom it is about ("Men with ...").

Also here, the same shape said of another cancer in one fixed phrase of immunotherapy studies: "Known additional
malignancy that is progressing or has required active treatment within the past 3 years".
"""

from __future__ import annotations

import re

from trialpages.eligibility.facts.base import COUNT, Fact, Recogniser, count, plural, recogniser
from trialpages.eligibility.facts.conditions import Conditions, InfectionTest

# Where the second state starts: "or (a|any) (known|prior|past) (medical) history of", "or (has) current ...".
_SECOND = re.compile(
    r",?\s+(?:and/)?or\s+(?=(?:(?:a|any)\s+)?(?:(?:known|prior|previous|past)\s+)?(?:medical\s+)?history\s+of\s"
    r"|(?:has\s+|have\s+)?(?:a\s+|an\s+)?(?:known|current|currently|active|ongoing|suspected)\s)",
    re.IGNORECASE,
)
_NEGATED_START = re.compile(r"^\s*(?:no|not|never|without|free of|none)\b", re.IGNORECASE)
_SAID_PARTS = (Conditions, InfectionTest)


class EitherCondition(Fact):
    """One condition in one state, or another in another: each side a fact of its own."""

    first: Conditions | InfectionTest
    second: Conditions | InfectionTest

    @property
    def bare(self) -> bool:
        """A bare first name ("Pancreatitis or history of ...") under a lead-in takes the lead-in's state."""
        return bool(getattr(self.first, "bare", False))

    def sentence_in(self, kind: str) -> str | None:
        first, second = self.first.sentence_in(kind), self.second.sentence_in(kind)
        if first is None or second is None:
            return None
        return _joined(first, second)

    def sentence(self) -> str:
        return _joined(self.first.sentence(), self.second.sentence())


def _joined(first: str, second: str) -> str:
    return f"{first.rstrip('.')}, or {second[:1].lower()}{second[1:]}"


def _side(text: str) -> Conditions | InfectionTest | None:
    from trialpages.eligibility.facts import recognise  # the registry imports this module

    found = recognise(text.strip().rstrip(" ,;"))
    if found is None or not isinstance(found[1], _SAID_PARTS):
        return None
    return found[1]


def _either(match: re.Match) -> EitherCondition | None:
    text = match.string
    if _NEGATED_START.match(text):
        return None
    for cut in _SECOND.finditer(text):
        first, second = _side(text[: cut.start()]), _side(text[cut.end() :])
        if first is None or second is None:
            continue
        if isinstance(first, Conditions) and (first.negated or first.who):
            return None
        if isinstance(second, Conditions) and (
            second.negated or second.who or second.window or second.duration or second.at or second.need_window
        ):
            return None
        if isinstance(second, InfectionTest) and second.at:
            return None
        if not second.sentence().startswith("You "):
            return None  # "A doctor has found ...": said plainly only as its own sentence
        return EitherCondition(first=first, second=second)
    return None


# "Participants with an active, known or suspected autoimmune disease" (Bristol-Myers Squibb's phrase): the disease
# active now, or known or thought to be there; said as the two states the condition reader says.
_ACTIVE_KNOWN_OR_SUSPECTED = r"(?:an?\s+)?active\s*,\s*known\s*,?\s+or\s+suspected\s+(?P<name>[^,;()]{3,80})"


def _active_known_or_suspected(match: re.Match) -> EitherCondition | None:
    first, second = _side(f"Active {match['name']}"), _side(f"Known or suspected {match['name']}")
    if not isinstance(first, Conditions) or not isinstance(second, Conditions):
        return None
    if first.negated or second.negated or first.window or second.window:
        return None
    return EitherCondition(first=first, second=second)


class GrowingOtherCancer(Fact):
    """Another cancer that is growing or has needed treatment lately: "Known additional malignancy that is
    progressing or has required active treatment within the past 3 years"."""

    known: bool
    needed: bool  # "has required": in the past (with the window); else "requires": now
    kind: str = "active"  # "active" or "systemic" treatment, as written
    window: str | None = None  # "3 years"

    def sentence(self) -> str:
        verb = "are known to have" if self.known else "have"
        need = "has needed" if self.needed else "needs"
        window = f" in the last {self.window}" if self.window else ""
        return f"You {verb} another cancer that is growing, or that {need} {self.kind} treatment{window}."


_GROWING_OTHER_CANCER = (
    rf"(?:an? )?(?P<known>known )?(?:additional|another|other|second) (?:malignancy|malignancies|cancer|primary malignancy) "
    rf"that (?:is progressing|is growing|has progressed) or (?:that )?(?:(?:has |have )?required|(?P<now>requires)) "
    rf"(?P<kind>active|systemic) (?:treatment|therapy)(?: (?:with)?in the (?:past|last|previous) (?P<n>{COUNT}) (?P<unit>years?|months?))?"
)


def _growing_other_cancer(match: re.Match) -> GrowingOtherCancer | None:
    if match["now"] and match["n"]:
        return None  # "requires active treatment within 3 years": not said plainly
    if not match["now"] and not match["n"]:
        return None  # "has required active treatment" with no time: since when?
    window = plural(count(match["n"]), match["unit"]) if match["n"] else None
    return GrowingOtherCancer(
        known=bool(match["known"]), needed=not match["now"], kind=match["kind"].lower(), window=window
    )


RECOGNISERS = (
    recogniser(
        "condition-active-known-or-suspected",
        ("suspected",),
        _ACTIVE_KNOWN_OR_SUSPECTED,
        _active_known_or_suspected,
    ),
    recogniser(
        "growing-other-cancer", ("additional malignan", "progressing or"), _GROWING_OTHER_CANCER, _growing_other_cancer
    ),
    Recogniser(
        "condition-either",
        (
            "or history",
            "or a history",
            "or any history",
            "or known",
            "or a known",
            "or current",
            "or has current",
            "or have current",
            "or active",
            "or an active",
            "or ongoing",
            "or suspected",
            "or prior history",
            "or previous history",
            "or past history",
            "or medical history",
            "or past medical history",
            "or currently",
        ),
        r"^(?=.*\bor\b).{8,300}$",
        _either,
        re.IGNORECASE | re.DOTALL,
    ),
)
