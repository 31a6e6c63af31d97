"""match_sites: which site of one version is which site of the next (pure).

A registry record has no site id, and sponsors re-spell and rename sites between versions
("Ribeirao Preto" -> "Ribeirão Preto, SP", "Local Institution - 0023" -> the hospital's
name). Sites are paired in passes, each over the sites still unpaired, one to one:
1. the same facility, city and country once case, accents and punctuation are folded away;
2. the same sponsor site number ("Local Institution - 0081", a contact named "…, Site 0081"),
   when each version uses that number once, in the same country or city;
3. the same folded facility name at the same postcode in the same country (a city re-spelt).
What is left unpaired was really added or removed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from trialpages.study.model import Location

_SITE_NUMBER = (
    re.compile(r"^Local Institution\s*-\s*(\d+)\s*$", re.IGNORECASE),
    re.compile(r"\bSite\s+(\d{3,})\s*$", re.IGNORECASE),
)


@dataclass(frozen=True)
class SiteMatch:
    paired: list[tuple[Location, Location]]  # (before, after)
    added: list[Location]
    removed: list[Location]


def fold(text: str | None) -> str:
    """Case, accents and punctuation folded away: "Ribeirão Preto" and "Ribeirao Preto" are equal."""
    ascii_text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", " ", ascii_text.lower()).strip()


def site_number(location: Location) -> str | None:
    """The sponsor's own number for a site, from its facility name or a contact's name."""
    names = [location.facility or ""] + [contact.name or "" for contact in location.contacts]
    for name in names:
        for pattern in _SITE_NUMBER:
            if found := pattern.search(name):
                return found.group(1)
    return None


def _postcode(location: Location) -> str:
    return fold((location.zip or "").split("-")[0]).replace(" ", "")


def _same_place(location: Location) -> tuple:
    return (fold(location.facility), fold(location.city), fold(location.country))


def match_sites(before: list[Location], after: list[Location]) -> SiteMatch:
    unpaired_before = dict(enumerate(before))
    unpaired_after = dict(enumerate(after))
    paired: list[tuple[int, int]] = []

    def pair_by(key: Callable[[Location], Hashable | None]) -> None:
        waiting: dict[Hashable, list[int]] = defaultdict(list)
        for index, location in unpaired_after.items():
            if (value := key(location)) is not None:
                waiting[value].append(index)
        for index, location in list(unpaired_before.items()):
            value = key(location)
            if value is not None and waiting.get(value):
                other = waiting[value].pop(0)
                paired.append((index, other))
                del unpaired_before[index], unpaired_after[other]

    pair_by(_same_place)
    numbers_before = Counter(site_number(location) for location in before)
    numbers_after = Counter(site_number(location) for location in after)

    def unique_number(location: Location) -> str | None:
        number = site_number(location)
        return number if number and numbers_before[number] == 1 and numbers_after[number] == 1 else None

    pair_by(lambda loc: (number, fold(loc.country)) if (number := unique_number(loc)) else None)
    pair_by(lambda loc: (number, fold(loc.city)) if (number := unique_number(loc)) else None)
    pair_by(lambda loc: (fold(loc.facility), _postcode(loc), fold(loc.country)) if _postcode(loc) else None)
    return SiteMatch(
        paired=[(before[i], after[j]) for i, j in sorted(paired)],
        added=[after[j] for j in sorted(unpaired_after)],
        removed=[before[i] for i in sorted(unpaired_before)],
    )
