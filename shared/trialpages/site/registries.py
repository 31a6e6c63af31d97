"""The study's ids in other trial registries, recognised by their format (the record's id type and
domain are free text and often wrong), each with a link where the registry has a stable address."""

from __future__ import annotations

import re
from dataclasses import dataclass

from trialpages.study import Study

_ICTRP = "https://trialsearch.who.int/Trial2.aspx?TrialID={id}"


@dataclass(frozen=True, slots=True)
class RegistryId:
    registry: str
    id: str
    url: str | None


# (registry, pattern with the id as group "id", link with {id} or None). The first that matches wins.
_FORMATS = (
    (
        "EU Clinical Trials Information System (CTIS)",
        r"(?<![\d-])(?P<id>20\d{2}-5\d{5}-\d{2}-\d{2})(?![\d-])",
        "https://euclinicaltrials.eu/ctis-public/view/{id}",
    ),
    ("EU Clinical Trials Information System (CTIS)", r"(?<![\d-])(?P<id>20\d{2}-5\d{5}-\d{2})(?![\d-])", None),
    (
        "EU Clinical Trials Register (EudraCT)",
        r"(?<![\d-])(?P<id>(?:19|20)\d{2}-0\d{5}-\d{2})(?![\d-])",
        "https://www.clinicaltrialsregister.eu/ctr-search/search?query={id}",
    ),
    ("ISRCTN registry", r"^(?:ISRCTN)?\s*(?P<id>\d{8})$|(?P<id2>ISRCTN\d{8})", "https://www.isrctn.com/ISRCTN{digits}"),
    ("Clinical Trials Registry - India (CTRI)", r"(?P<id>CTRI/\d{4}/\d{2,3}/\d{6})", _ICTRP),
    ("Chinese Clinical Trial Registry (ChiCTR)", r"(?P<id>ChiCTR-?[A-Z]{0,4}-?\d{8,10})", _ICTRP),
    (
        "Japan Registry of Clinical Trials (jRCT)",
        r"(?P<id>jRCT[0-9a-z]\d{9})",
        "https://jrct.niph.go.jp/en-latest-detail/{id}",
    ),
    (
        "Australian New Zealand Clinical Trials Registry (ANZCTR)",
        r"(?P<id>ACTRN\d{14})",
        "https://www.anzctr.org.au/{id}.aspx",
    ),
    ("German Clinical Trials Register (DRKS)", r"(?P<id>DRKS\d{8})", "https://drks.de/search/en/trial/{id}"),
    ("UMIN Clinical Trials Registry (Japan)", r"(?P<id>UMIN\d{9})", _ICTRP),
    ("Pan African Clinical Trials Registry (PACTR)", r"(?P<id>PACTR\d{15})", _ICTRP),
    ("Iranian Registry of Clinical Trials (IRCT)", r"(?P<id>IRCT\d{10,16}N\d{1,3})", _ICTRP),
    ("Clinical Research Information Service (Korea)", r"(?P<id>KCT\d{7})", _ICTRP),
    ("Swiss National Clinical Trials Portal (SNCTP)", r"(?P<id>SNCTP\d{9})", None),
    ("NCI Clinical Trials Reporting Program", r"^(?P<id>NCI-\d{4}-\d{5})$", None),
    ("WHO Universal Trial Number", r"(?P<id>U1111-\d{4}-\d{4})", None),
)
_COMPILED = [(name, re.compile(pattern), url) for name, pattern, url in _FORMATS]
# An ISRCTN number without its prefix is only taken as one when the record names the registry.
_ISRCTN_DOMAIN = re.compile(r"ISRCTN", re.IGNORECASE)


def _recognise(raw: str, domain: str) -> RegistryId | None:
    for name, pattern, url in _COMPILED:
        match = pattern.search(raw)
        if not match:
            continue
        if name == "ISRCTN registry":
            digits = (match.group("id") or match.group("id2") or "")[-8:]
            if match.group("id") and not _ISRCTN_DOMAIN.search(domain):
                continue
            return RegistryId(name, f"ISRCTN{digits}", url.format(digits=digits) if url else None)
        found = match.group("id")
        return RegistryId(name, found, url.format(id=found) if url else None)
    return None


def other_registry_ids(study: Study) -> list[RegistryId]:
    """Each registry id once, in the record's order."""
    found: dict[str, RegistryId] = {}
    for secondary in study.secondary_ids:
        recognised = _recognise(secondary.id.strip(), secondary.domain or "")
        if recognised and recognised.id not in found:
            found[recognised.id] = recognised
    return list(found.values())


def ictrp_url(nct_id: str) -> str:
    return _ICTRP.format(id=nct_id)
