"""Ages, sex and healthy volunteers, in words: the facts shown above the criteria."""

from __future__ import annotations

import re

from trialpages.eligibility.glance import registry_ages
from trialpages.study import Study


def age_range(study: Study) -> str:
    return registry_ages(study.eligibility.minimum_age, study.eligibility.maximum_age)


def sexes(study: Study) -> str:
    code = study.eligibility.sex.code
    return {"ALL": "All sexes", "FEMALE": "Female only", "MALE": "Male only"}.get(
        code or "", study.eligibility.sex.label
    )


def healthy_volunteers(study: Study) -> str:
    accepted = study.eligibility.healthy_volunteers
    if accepted is None:
        return "Not provided"
    # The registry's flag, said as the registry's: reviewers found it "Yes" on studies whose criteria ask for the
    # condition (glaucoma, a headache diagnosis: sample 41), where "people without the condition may join" misled,
    # and "No" on a study of men before prostate surgery listed under the condition the surgery may cause
    # (NCT06200987, sample 45), where "for people with the condition" turned away the men it wants.
    return (
        "Yes, the record says so (the criteria below say who may join)"
        if accepted
        else "No, the record says so (the criteria below say who may join)"
    )


def eligibility_module(study: Study) -> dict:
    """The API's eligibilityModule shape, rebuilt from the model for the eligibility translator."""
    e = study.eligibility
    module = {
        "eligibilityCriteria": e.criteria,
        "healthyVolunteers": e.healthy_volunteers,
        "sex": e.sex.code,
        "genderBased": e.gender_based,
        "genderDescription": e.gender_description,
        "minimumAge": e.minimum_age,
        "maximumAge": e.maximum_age,
        "stdAges": [a.code for a in e.standard_ages],
        "studyPopulation": e.study_population,
        "samplingMethod": e.sampling_method.code if e.sampling_method else None,
    }
    return {key: value for key, value in module.items() if value not in (None, [])}


# A cancer named among the record's own conditions ("Non-small Cell Lung Cancer", "Acute Myeloid Leukemia").
_CANCER_NAME = re.compile(
    r"\b(?:(?i:cancers?|carcinomas?|neoplasms?|malignan\w*|tumou?rs?|lymphomas?|leuka?emias?|myelomas?|sarcomas?|"
    r"melanomas?|gliomas?|glioblastomas?|blastomas?|mesotheliomas?)|NSCLC|SCLC|AML|ALL|CLL|CML|MDS)\b"
)


def about_cancer(study: Study, *, mesh_says_cancer: bool) -> bool:
    """Is the study about a cancer, by its MeSH tree or the conditions it names? The eligibility lists then read
    a past cancer as another one than the patient's."""
    return mesh_says_cancer or any(_CANCER_NAME.search(condition) for condition in study.conditions)
