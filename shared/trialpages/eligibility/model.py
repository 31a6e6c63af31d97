"""Eligibility criteria as trees of original criteria, and their plain-English items."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Kind = Literal["inclusion", "exclusion", "other"]


class Criterion(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str  # unique within a study page: the anchor plain items point to
    kind: Kind
    text: str  # the original text, escapes and list marker removed
    depth: int
    parent_id: str | None = None


class CriteriaSection(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: Kind
    heading: str | None  # the original heading text, when the section had one
    criteria: list[Criterion]


class ParsedCriteria(BaseModel):
    model_config = ConfigDict(frozen=True)

    sections: list[CriteriaSection]

    def all_criteria(self) -> list[Criterion]:
        return [criterion for section in self.sections for criterion in section.criteria]

    def children_of(self, criterion_id: str | None) -> list[Criterion]:
        return [c for c in self.all_criteria() if c.parent_id == criterion_id]


class GlossaryTerm(BaseModel):
    model_config = ConfigDict(frozen=True)

    term: str
    definition: str


class PlainItem(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: Kind
    text: str
    source_ids: list[str]
    terms: list[GlossaryTerm] = []
    rule: str | None = None  # the rewrite rule that wrote it; None for the conservative rewording


class AtAGlance(BaseModel):
    model_config = ConfigDict(frozen=True)

    ages: str
    sex: str
    healthy_volunteers: str
    facts: list[PlainItem] = []


class PlainEligibility(BaseModel):
    model_config = ConfigDict(frozen=True)

    at_a_glance: AtAGlance
    inclusion: list[PlainItem]
    exclusion: list[PlainItem]
    other: list[PlainItem]
