"""The publications a record cites, results first, each with its PubMed link where it has an id."""

from __future__ import annotations

from dataclasses import dataclass

from trialpages.study import Study

PUBMED = "https://pubmed.ncbi.nlm.nih.gov/{pmid}/"
# Results the sponsor lists, then those PubMed links to the study by its number, then background.
_ORDER = {"RESULT": 0, "DERIVED": 1, "BACKGROUND": 2}
GROUP_TITLES = {
    0: "Results of this study",
    1: "Found in PubMed by this study's number",
    2: "Background reading",
    3: "Other publications",
}


@dataclass(frozen=True, slots=True)
class Publication:
    citation: str
    pmid: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class PublicationGroup:
    title: str
    items: list[Publication]
    collapsed: bool  # background lists can be long: they start closed


def publication_groups(study: Study) -> list[PublicationGroup]:
    groups: dict[int, list[Publication]] = {}
    for ref in study.references:
        rank = _ORDER.get((ref.type.code if ref.type else None) or "", 3)
        url = PUBMED.format(pmid=ref.pmid) if ref.pmid else None
        groups.setdefault(rank, []).append(Publication(ref.citation or f"PubMed {ref.pmid}", ref.pmid, url))
    return [PublicationGroup(GROUP_TITLES[rank], groups[rank], rank >= 2) for rank in sorted(groups)]


def results_publications(study: Study) -> int:
    return sum(1 for ref in study.references if ref.type and ref.type.code == "RESULT")
