"""Eligibility criteria as trees of original criteria, and their plain-English items."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["inclusion", "exclusion", "other"]
# How the children of a criterion relate to it: all must hold, any one is enough, they are exceptions to it
# (allowed despite it), or it is a heading that says whom or when they apply to.
Joins = Literal["all", "any", "except", "heading"]
# rewritten: written anew from a recognised fact; original-words: the study's own words, cleaned.
Form = Literal["rewritten", "original-words"]
# A list whose headings name groups of the study: every item is such a heading, or some stand beside everyone's criteria.
GroupHeadings = Literal["all", "some"]


class Criterion(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str  # unique within a study page: the anchor plain items point to
    kind: Kind
    text: str  # the original text, escapes and list marker removed
    depth: int
    parent_id: str | None = None
    joins: Joins | None = None  # set when the criterion has children


class CriteriaSection(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: Kind
    heading: str | None  # the original heading text, when the section had one
    criteria: list[Criterion]
    # A sentence that introduces the whole list ("Patients who meet any of the following will be excluded:").
    preamble: str | None = None
    # The label over this section and its neighbours ("Cohort 1"): whom its criteria are for.
    scope: str | None = None


class ParsedCriteria(BaseModel):
    model_config = ConfigDict(frozen=True)

    sections: list[CriteriaSection]

    def all_criteria(self) -> list[Criterion]:
        return [criterion for section in self.sections for criterion in section.criteria]


class GlossaryTerm(BaseModel):
    model_config = ConfigDict(frozen=True)

    term: str
    definition: str


class PlainItem(BaseModel):
    """One plain-English statement, or (text None) a titled group; `children` are shown under it."""

    model_config = ConfigDict(frozen=True)

    kind: Kind
    text: str | None
    source_ids: list[str]  # outer lead-ins first, its own criterion last
    anchor: str | None = None  # where its "original" link goes, when not its own (last) source
    form: Form = "original-words"
    terms: list[GlossaryTerm] = []  # explained here: the term's first use on the page
    rule: str | None = None  # the recogniser that understood it; None for original words
    fact: BaseModel | None = Field(default=None, exclude=True)  # what the recogniser read (a facts.Fact)
    children_title: str | None = None  # what the children are ("Except:", "Any one of these:")
    children_joins: Joins | None = None
    children: list[PlainItem] = []
    # What the page must add to the item for it to be read right ("which lines are the choices is not marked").
    caution: str | None = None

    @property
    def original_id(self) -> str | None:
        """The original criterion its "original" link leads to."""
        return self.anchor or (self.source_ids[-1] if self.source_ids else None)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


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
    # The study shows only its main criteria ("Key Inclusion Criteria", "Other protocol-defined criteria apply").
    more_criteria_elsewhere: bool = False
    # Lists with headings that name whom their criteria are for (group_lists.py): said above the list.
    inclusion_by_group: GroupHeadings | None = None
    exclusion_by_group: GroupHeadings | None = None

    def all_items(self) -> list[PlainItem]:
        """Every item and group, parents before their children, in page order."""
        return [item for top in self.inclusion + self.exclusion + self.other for item in top.walk()]
