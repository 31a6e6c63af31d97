"""Ages, sex and healthy volunteers, in words: the facts shown above the criteria."""

from __future__ import annotations

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
    return (
        "Yes, people without the condition may join" if accepted else "No, this study is for people with the condition"
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
