"""Recovery from surgery, said of the patient: "Has not adequately recovered from major surgery or has ongoing surgical
complications", "Incomplete recovery from any surgery prior to the start of study treatment", "Must have recovered
from any major surgery".

Only surgery: recovery from a treatment's side effects is side_effects.py's, and a time counted from the surgery
("at least 4 weeks since major surgery") is a window the treatment reader says.
"""

from __future__ import annotations

import re

from trialpages.eligibility.facts.base import Fact, recogniser
from trialpages.eligibility.facts.treatment import EVENT, event_in_words


class SurgeryRecovery(Fact):
    recovered: bool  # False: not yet recovered (a reason to be left out)
    how: str = ""  # "well enough", "fully"
    which: str = "surgery"  # "major surgery", "any major surgery"
    complications: bool = False  # "or has ongoing surgical complications"
    before: str | None = None  # "you start the study treatment"

    def sentence(self) -> str:
        fully = " fully" if self.how == "fully" else ""
        enough = " well enough" if self.how == "well enough" else ""
        said = f"You have{'' if self.recovered else ' not'}{fully} recovered{enough} from {self.which}"
        if self.before:
            said += f" before {self.before}"
        if self.complications:
            said += ", or you have ongoing problems from surgery (surgical complications)"
        return said + "."


def _how(tag: str) -> str:
    return rf"(?P<how{tag}>adequately|fully|completely|sufficiently)"


def _which(tag: str) -> str:
    """What was operated on, then the moment the recovery is counted at; groups named apart for each form."""
    return (
        rf"(?:the\s+)?(?:effects\s+of\s+)?(?P<which{tag}>(?:(?:a|any)\s+)?(?:recent\s+|prior\s+|previous\s+)?(?:major\s+)?(?:surgery|"
        rf"surgical\s+procedures?))(?:\s+(?:before|prior\s+to)\s+(?P<event{tag}>{EVENT}))?"
    )


_NOT_RECOVERED = (
    rf"(?:(?:has|have)\s+)?(?:not|failed\s+to)\s+(?:{_how('1')}\s+)?recovered\s+(?:{_how('2')}\s+)?from\s+{_which('1')}"
    r"(?P<complications>\s*,?\s+or\s+(?:has\s+|have\s+)?(?:ongoing|persistent|unresolved)\s+surgical\s+complications)?"
)
_INCOMPLETE = rf"(?P<incomplete>incomplete|inadequate)\s+recovery\s+from\s+{_which('2')}"
_RECOVERED = (
    r"(?:(?:patients?|participants?|subjects?)\s+)?(?:must\s+|should\s+)?(?:have\s+|has\s+)?"
    rf"(?P<positive>recovered)\s+(?:{_how('3')}\s+)?from\s+{_which('3')}"
)
_HOW_WORDS = {"adequately": "well enough", "sufficiently": "well enough", "fully": "fully", "completely": "fully"}


def _recovery(match: re.Match) -> SurgeryRecovery | None:
    said = {name: value for name, value in match.groupdict().items() if value}
    before = None
    if event := next((value for name, value in said.items() if name.startswith("event")), None):
        before = event_in_words(event)
        if before is None:
            return None
    how = next((value for name, value in said.items() if name.startswith("how")), None)
    how_words = _HOW_WORDS[how.lower()] if how else ""
    if match["incomplete"]:
        how_words = "fully" if match["incomplete"].lower() == "incomplete" else "well enough"
    which = re.sub(r"\s+", " ", next(value for name, value in said.items() if name.startswith("which"))).lower()
    return SurgeryRecovery(
        recovered=bool(match["positive"]),
        how=how_words,
        which=which,
        complications=bool(match["complications"]),
        before=before,
    )


RECOGNISERS = (
    recogniser(
        "surgery-recovery",
        ("recover",),
        rf"(?:{_NOT_RECOVERED}|{_INCOMPLETE}|{_RECOVERED})",
        _recovery,
    ),
)
