"""Body systems: the registry's condition browse branches, named as a patient would (pure).

ClinicalTrials.gov files each study's conditions under MeSH browse branches ("Neoplasms",
"Nervous System Diseases"); the home page offers them as a way in, and a condition page belongs
to the systems most of its studies are filed under.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict


class BodySystem(BaseModel):
    model_config = ConfigDict(frozen=True)

    slug: str
    name: str  # in a patient's words
    registry_name: str  # the registry's browse branch


BODY_SYSTEMS: tuple[BodySystem, ...] = tuple(
    BodySystem(slug=slug, name=name, registry_name=registry)
    for slug, name, registry in (
        ("cancer", "Cancer and other tumors", "Neoplasms"),
        ("heart-and-blood-vessels", "Heart and blood vessels", "Heart and Blood Diseases"),
        ("blood-and-lymph", "Blood and lymph", "Blood and Lymph Conditions"),
        ("brain-and-nerves", "Brain and nerves", "Nervous System Diseases"),
        ("mental-health", "Mental health and behavior", "Behaviors and Mental Disorders"),
        ("lungs-and-breathing", "Lungs and breathing", "Respiratory Tract (Lung and Bronchial) Diseases"),
        ("digestive-system", "Stomach, bowel and liver", "Digestive System Diseases"),
        ("kidneys-bladder-sex-and-pregnancy", "Kidneys, bladder, sexual health and pregnancy",
         "Urinary Tract, Sexual Organs, and Pregnancy Conditions"),
        ("bones-joints-and-muscles", "Bones, joints and muscles", "Musculoskeletal Diseases"),
        ("hormones-and-glands", "Hormones and glands", "Gland and Hormone Related Diseases"),
        ("nutrition-and-metabolism", "Nutrition and metabolism", "Nutritional and Metabolic Diseases"),
        ("immune-system", "Immune system", "Immune System Diseases"),
        ("infections", "Infections", "Infections"),
        ("skin", "Skin and connective tissue", "Skin and Connective Tissue Diseases"),
        ("eyes", "Eyes", "Eye Diseases"),
        ("ear-nose-and-throat", "Ear, nose and throat", "Ear, Nose, and Throat Diseases"),
        ("mouth-and-teeth", "Mouth and teeth", "Mouth and Tooth Diseases"),
        ("injuries", "Injuries", "Wounds and Injuries"),
        ("substance-use", "Alcohol, drug and tobacco use", "Substance Related Disorders"),
        ("present-at-birth", "Conditions present at or before birth", "Diseases and Abnormalities at or Before Birth"),
        ("rare-diseases", "Rare diseases", "Rare Diseases"),
        ("symptoms", "Symptoms and general conditions", "Symptoms and General Pathology"),
    )
)  # fmt: skip
_BY_REGISTRY_NAME = {system.registry_name.casefold(): system for system in BODY_SYSTEMS}
BY_SLUG = {system.slug: system for system in BODY_SYSTEMS}


def body_systems_of(browse_branches: Iterable[str]) -> list[str]:
    """The slugs of a study's body systems, from its browse branches ("All Conditions" is none)."""
    found = {
        _BY_REGISTRY_NAME[name.casefold()].slug for name in browse_branches if name.casefold() in _BY_REGISTRY_NAME
    }
    return [system.slug for system in BODY_SYSTEMS if system.slug in found]


def shared_body_systems(studies: Iterable[Iterable[str]]) -> list[str]:
    """The systems at least half of a condition's studies are filed under (each study: its system slugs)."""
    counted = [set(systems) for systems in studies]
    counts = Counter(slug for systems in counted for slug in systems)
    return [system.slug for system in BODY_SYSTEMS if counts[system.slug] * 2 >= len(counted) > 0]
