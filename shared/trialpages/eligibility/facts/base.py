"""What a recogniser is: a pattern for one kind of criterion that reads a whole sentence into a typed fact.

A fact carries every number, unit, comparison and time window of its sentence, and writes the
plain sentence from them (`Fact.sentence`), addressed to the reader: "You are 18 or older." A
recogniser fires only on a sentence it reads whole; anything else stays in the study's own words.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from pydantic import BaseModel, ConfigDict


class Fact(BaseModel):
    model_config = ConfigDict(frozen=True)

    # What at a glance may show it as: the study's main condition, or how well you manage daily tasks.
    glance: ClassVar[str | None] = None

    def sentence(self) -> str:
        raise NotImplementedError

    def sentence_in(self, kind: str) -> str | None:
        """The sentence under a list of this kind ("inclusion", "exclusion", "other"), or None when the fact
        cannot be said plainly there (the item then stays in the study's words). Most facts read the same
        under every list; a list of limits joined by "and" does not ("all of these" is not "any of these")."""
        return self.sentence()


@dataclass(frozen=True, slots=True)
class Recogniser:
    name: str
    triggers: tuple[str, ...]  # lower-case words or phrases; a sentence must hold one before the pattern is tried
    # Compiled on first use: a dozen patterns hold the whole table of treatment names (up to 180,000 characters, about
    # 0.3 s each to compile), and a sentence tries only the recognisers its words trigger.
    source: str
    build: Callable[[re.Match], Fact | None]  # None: the match is not one it can say faithfully
    flags: int = re.IGNORECASE

    @property
    def pattern(self) -> re.Pattern:
        return _compiled(self.source, self.flags)


_compiled_patterns: dict[tuple[str, int], re.Pattern] = {}
_compiling = threading.Lock()


def _compiled(source: str, flags: int) -> re.Pattern:
    pattern = _compiled_patterns.get((source, flags))
    if pattern is None:
        # One thread compiles, the others wait for it (the demo's render pollers share a process): `functools.cache`
        # would let each compile the same 0.3 s pattern at once, three times the work under one GIL.
        with _compiling:
            pattern = _compiled_patterns.get((source, flags))
            if pattern is None:
                pattern = _compiled_patterns[(source, flags)] = re.compile(source, flags)
    return pattern


# The subject a criterion may start with ("Patients must have", "Subject is", "Have"): the fact speaks to "you".
WHO = (
    r"(?:(?:the |all |any )?(?:patients?|subjects?|participants?|individuals?|people|persons?|volunteers?|candidates?|"
    r"men|women|males?|females?)\s+(?:must\s+|should\s+|will\s+|shall\s+)?(?:have|has|had|with|who (?:have|has|had|are|is)|"
    r"are|is|be)\s+"
    r"|those\s+who\s+(?:have|has|had|are|is)\s+"  # "Those who are known to be allergic to ...": the people the rule is for
    r"|(?:the |all )?(?:patients?|subjects?|participants?|individuals?|people|persons?|volunteers?)\s+(?=aged?\b|between\b|\d)"
    # "Patients suffering from ...", "Subjects diagnosed with ...": read as the participle alone is.
    r"|(?:the |all )?(?:patients?|subjects?|participants?|individuals?|persons?)\s+(?=(?:suffering\s+from|recovering\s+from|diagnosed\s+with)\b)"
    # "The subject does not have ...": read as "Does not have ..." is.
    r"|(?:the )?(?:patients?|subjects?|participants?|individuals?|persons?)\s+(?=(?:does|do)\s+not\s+(?:have|suffer)\b)"
    r"|(?:must |should )?(?:have|has|be|are|is)\s+|having\s+|with\s+)?"
)
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
COUNT_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "twelve": "12",
    "fourteen": "14",
    "twenty-eight": "28",
    "thirty": "30",
}
COUNT = NUMBER + "|" + "|".join(COUNT_WORDS)
TIME_UNIT = r"days?|weeks?|months?|years?|hours?"


def recogniser(
    name: str, triggers: tuple[str, ...], pattern: str, build: Callable[[re.Match], Fact | None]
) -> Recogniser:
    """A recogniser whose pattern must match the whole sentence (its subject and final stop allowed)."""
    return Recogniser(name, triggers, rf"^\s*{WHO}(?:{pattern})\s*[.;:,；。，]?\s*$", build)


def capitalised(text: str) -> str:
    """`text` with its first letter upper case, the rest as written ("You have AML")."""
    return text[:1].upper() + text[1:]


def count(word: str) -> str:
    return COUNT_WORDS.get(word.lower(), word)


def plural(number: str, unit: str) -> str:
    """ "1 week", "2 weeks": the unit agrees with its number (units arrive singular or plural)."""
    singular = unit.lower()[:-1] if unit.lower().endswith("s") else unit.lower()
    return f"{number} {singular}" if number in ("1", "one") else f"{number} {singular}s"


def said_at(when: str) -> str:
    """ "screening", "the screening visit", "baseline", "enrollment": when something is to be found, said plainly.
    A baseline is the start of the study, not its first visit: in a headache-trigger study it is the start of each
    test day (NCT05093582, sample 31: LOSSY as "at the first study visit")."""
    if re.match(r"\s*(?:at\s+)?base", when, re.IGNORECASE):
        return "at the start of the study (baseline)"
    if re.match(r"\s*(?:at\s+)?(?:the\s+)?screen", when, re.IGNORECASE):
        return "at the first study visit"
    return "when you join the study"
