"""The page's one-sentence summary, header line and meta description."""

from __future__ import annotations

import re

from trialpages.site.explain.study_type import describe_design
from trialpages.site.explain.words import count, some_of
from trialpages.study import Study
from trialpages.study.dates import month_year, parse_partial_date


def conditions_phrase(study: Study) -> str:
    return some_of(study.conditions) if study.conditions else ""


def main_condition(study: Study) -> str:
    return study.conditions[0] if study.conditions else "the condition studied"


# (test, study) verbs by status: the sentence is true whether or not the study got under way.
_VERBS = {
    "RECRUITING": ("is testing", "is studying"),
    "ENROLLING_BY_INVITATION": ("is testing", "is studying"),
    "ACTIVE_NOT_RECRUITING": ("is testing", "is studying"),
    "SUSPENDED": ("is testing", "is studying"),
    "NOT_YET_RECRUITING": ("plans to test", "plans to study"),
    "COMPLETED": ("tested", "studied"),
    "TERMINATED": ("set out to test", "set out to study"),
    "WITHDRAWN": ("was going to test", "was going to study"),
}
_UNCLEAR_VERBS = ("was set up to test", "was set up to study")
_OFFER_VERBS = {"AVAILABLE": "offers", "TEMPORARILY_NOT_AVAILABLE": "offers"}
_ENDINGS = {
    "TERMINATED": ", but it stopped early",
    "WITHDRAWN": ", but it was withdrawn before anyone joined",
}
_HEALTHY = re.compile(r"^healthy\b", re.IGNORECASE)
_COMPARATOR = re.compile(r"\b(placebo|sham)\b", re.IGNORECASE)


def summary_sentence(study: Study) -> str:
    """What the study is, in words built from the record's facts (never its title): what it tests,
    for whom, and how many people at how many sites."""
    first = _what_it_does(study)
    size = _size_and_places(study)
    return f"{first} {size}" if size else first


def _subject(study: Study) -> str:
    code = study.study_type.code
    if code == "OBSERVATIONAL":
        return "This observational study"
    if code == "EXPANDED_ACCESS":
        return "This expanded access program"
    if code != "INTERVENTIONAL":
        return "This study"
    named = [p.label for p in study.phases if p.code != "NA"]
    return f"This {'/'.join(named)} trial" if named else "This trial"


def _for_whom(study: Study) -> str:
    conditions = [c for c in study.conditions if not _HEALTHY.match(c)]
    if conditions:
        return " for " + some_of(conditions, limit=2)
    return " in healthy volunteers" if study.conditions else ""


def _treatments(study: Study) -> tuple[str, str]:
    """The treatments tested and what they are compared against: a placebo or sham is the comparison, not a treatment."""
    names = _drugs_once(list(dict.fromkeys(i.name for i in study.interventions if not _COMPARATOR.search(i.name))))
    words = " ".join(
        [i.name for i in study.interventions] + [a.type.code for a in study.arms if a.type and a.type.code]
    )
    placebo = bool(re.search(r"placebo|PLACEBO_COMPARATOR", words, re.IGNORECASE))
    sham = bool(re.search(r"\bsham\b|SHAM_COMPARATOR", words, re.IGNORECASE))
    against = {(True, False): " against a placebo", (False, True): " against a sham (pretend) treatment"}.get(
        (placebo, sham), " against a placebo or a sham (pretend) treatment" if placebo else ""
    )
    return (some_of(names, limit=2, noun="other treatments") if names else ""), against


# "Obinutuzumab, naptumomab estafenatox and durvalumab" and "Naptumomab estafenatox and durvalumab" (NCT03983954): two
# combinations named whole read "... durvalumab and Naptumomab estafenatox and durvalumab". (Cut only where a name lists
# treatments: not inside brackets, "Levitra (Vardenafil, BAY38-9456)", nor at a code's comma, "UK-369,003".)
_COMBINED = re.compile(r",\s+(?:and\s+)?|\s+(?:and|plus|&|\+)\s+", re.IGNORECASE)


def _drugs_once(names: list[str]) -> list[str]:
    """The names without a combination another name already lists whole ("Naptumomab estafenatox and durvalumab"
    beside "Obinutuzumab, naptumomab estafenatox and durvalumab"). A treatment named alone stays (it was tested
    alone too); names are kept whole, since free-text names cut apart read worse."""
    parts = [_treatments_in(name) for name in names]
    return [
        name
        for index, name in enumerate(names)
        if len(parts[index]) < 2
        or not any(
            other != index and parts[index] <= parts[other] and (parts[index] < parts[other] or other < index)
            for other in range(len(names))
        )
    ]


def _treatments_in(name: str) -> frozenset[str]:
    # What its brackets hold is blanked out, the same length, so that cuts found there hold for `name`.
    masked = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda bracket: "_" * len(bracket[0]), name)
    cuts = [0, *(edge for cut in _COMBINED.finditer(masked) for edge in cut.span()), len(name)]
    return frozenset(name[start:stop].strip().casefold() for start, stop in zip(cuts[::2], cuts[1::2], strict=True))


def _what_it_does(study: Study) -> str:
    code = study.overall_status.code or ""
    subject, for_whom = _subject(study), _for_whom(study)
    ending = _ENDINGS.get(code, "")
    if study.study_type.code == "OBSERVATIONAL":
        about = some_of(study.conditions, limit=2)
        if not about:
            return f"{subject} records what happens to people without giving them a study treatment{ending}."
        verb = {"ended": "looked at", "never-started": "was going to look at"}.get(_stage(code), "is looking at")
        return f"{subject} {verb} {about}{ending}."
    treatments, against = _treatments(study)
    if study.study_type.code == "EXPANDED_ACCESS":
        verb = _OFFER_VERBS.get(code, "offered" if _stage(code) == "ended" else "was set up to offer")
        what = treatments or "a treatment"
        return f"{subject} {verb} {what}{for_whom}{ending}."
    test, study_verb = _VERBS.get(code, _UNCLEAR_VERBS)
    if treatments:
        return f"{subject} {test} {treatments}{against}{for_whom}{ending}."
    if for_whom.startswith(" for "):
        return f"{subject} {study_verb} {for_whom[5:]}{ending}."
    return f"{subject} {study_verb} a treatment or kind of care{for_whom}{ending}."


def _stage(code: str) -> str:
    if code in ("COMPLETED", "TERMINATED", "NO_LONGER_AVAILABLE", "APPROVED_FOR_MARKETING"):
        return "ended"
    if code == "WITHDRAWN":
        return "never-started"
    return "other"


def _places(study: Study) -> str:
    sites = len(study.locations)
    if not sites:
        return ""
    countries = sorted({loc.country for loc in study.locations if loc.country})
    where = ""
    if len(countries) == 1:
        where = f" in {_country_name(countries[0])}"
    elif countries:
        where = f" in {count(len(countries), 'country', 'countries')}"
    return f"{count(sites, 'site')}{where}"


_COUNTRY_NAMES = {
    "United States": "the United States",
    "United Kingdom": "the United Kingdom",
    "Netherlands": "the Netherlands",
    "Philippines": "the Philippines",
    "Korea, Republic of": "South Korea",
    "Iran, Islamic Republic of": "Iran",
}


def _country_name(country: str) -> str:
    return _COUNTRY_NAMES.get(country, country)


def _size_and_places(study: Study) -> str:
    code = study.overall_status.code or ""
    enrolled, kind = study.enrollment.count, study.enrollment.type
    places = _places(study)
    at = f" at {places}" if places else ""
    if code == "WITHDRAWN" or not enrolled:
        return f"It lists {places}." if places else ""
    people = count(enrolled, "person", "people")
    if kind and kind.code == "ACTUAL":
        if code in ("RECRUITING", "ENROLLING_BY_INVITATION", "NOT_YET_RECRUITING"):
            return f"So far {people} {'has' if enrolled == 1 else 'have'} joined{at}."
        if code in ("ACTIVE_NOT_RECRUITING", "SUSPENDED"):
            return f"{people} joined{at}."
        if code in ("COMPLETED", "TERMINATED"):
            return f"{people} took part{at}."
        return f"The record lists {people} as enrolled{at}."
    if code in ("RECRUITING", "ENROLLING_BY_INVITATION", "NOT_YET_RECRUITING", "SUSPENDED", "AVAILABLE"):
        return f"It plans to enroll about {people}{at}."
    return f"It planned to enroll about {people}{at}."


def updated_month(study: Study) -> str:
    updated = parse_partial_date(study.last_update)
    return month_year(updated) if updated else study.last_update


def meta_description(study: Study, limit: int = 160) -> str:
    design = describe_design(study)
    about = f" of {conditions_phrase(study)}" if study.conditions else ""
    text = (
        f"{study.overall_status.label}: {design}{about} ({study.nct_id}). "
        "Plain-English eligibility, treatments, locations and contacts."
    )
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "\u2026"
