"""normalize_study: every bundled record becomes a Study; odd or missing data never crashes it."""

from __future__ import annotations

import copy
import re

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from trialpages_dev import project

from trialpages.study import InvalidStudyRecord, Study, labels, normalize_study

SPEC = project.bundled_records().parent / "spec" / "ctg-oas-v2.yaml"


def minimal_record(nct_id: str = "NCT01234567") -> dict:
    return {
        "protocolSection": {
            "identificationModule": {"nctId": nct_id},
            "statusModule": {"lastUpdatePostDateStruct": {"date": "2025-03-04"}},
        }
    }


def test_every_bundled_record_normalizes_to_its_own_id_and_version(bundled_records):
    for record in bundled_records:
        study = normalize_study(record)
        identification = record["protocolSection"]["identificationModule"]
        assert study.nct_id == identification["nctId"]
        assert study.last_update == record["protocolSection"]["statusModule"]["lastUpdatePostDateStruct"]["date"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", study.last_update)
        assert study.registry_url == f"https://clinicaltrials.gov/study/{study.nct_id}"


def test_the_json_document_round_trips_to_the_same_study(bundled_records):
    for record in bundled_records[:200]:
        study = normalize_study(record)
        assert Study.model_validate(study.model_dump(mode="json")) == study


def test_a_record_with_only_an_id_and_a_version_shows_not_provided():
    study = normalize_study(minimal_record())
    assert study.brief_title == "NCT01234567"
    assert study.overall_status.code is None and study.overall_status.label == "Not provided"
    assert study.study_type.label == "Not provided"
    assert study.phase_label == "Not provided"
    assert study.eligibility.sex.label == "Not provided"
    assert study.lead_sponsor.name == "Not provided"
    assert study.locations == [] and study.interventions == []
    assert study.enrollment.count is None


def test_unknown_enum_values_are_kept_and_humanized():
    record = minimal_record()
    record["protocolSection"]["statusModule"]["overallStatus"] = "PAUSED_FOR_REVIEW"
    record["protocolSection"]["designModule"] = {"studyType": "REGISTRY_ONLY", "phases": ["PHASE5"]}
    record["protocolSection"]["armsInterventionsModule"] = {"interventions": [{"name": "X", "type": "HOLOGRAM"}]}
    study = normalize_study(record)
    assert (study.overall_status.code, study.overall_status.label) == ("PAUSED_FOR_REVIEW", "Paused for review")
    assert study.study_type.label == "Registry only"
    assert study.phase_label == "Phase5"
    assert study.interventions[0].type.label == "Hologram"


@pytest.mark.parametrize(
    ("raw", "precision", "text"),
    [("2025-06", "month", "June 2025"), ("2025-06-15", "day", "June 15, 2025"), ("2025", "year", "2025")],
)
def test_partial_dates_stay_as_precise_as_given(raw, precision, text):
    record = minimal_record()
    record["protocolSection"]["statusModule"]["startDateStruct"] = {"date": raw, "type": "ESTIMATED"}
    start = normalize_study(record).dates.start
    assert (start.date.iso, start.date.precision, start.date.text) == (raw, precision, text)
    assert start.type.label == "Estimated"


def test_an_unparseable_date_is_shown_as_given_not_guessed():
    record = minimal_record()
    record["protocolSection"]["statusModule"]["statusVerifiedDate"] = "Spring 2021"
    verified = normalize_study(record).status_verified
    assert (verified.precision, verified.text) == ("unknown", "Spring 2021")


def test_combined_phases_and_enrollment_type(bundled_records):
    record = next(r for r in bundled_records if r["protocolSection"]["identificationModule"]["nctId"] == "NCT03319901")
    study = normalize_study(record)
    assert [p.code for p in study.phases] == ["PHASE1", "PHASE2"]
    assert study.phase_label == "Phase 1/Phase 2"
    assert study.enrollment.type.code in {"ACTUAL", "ESTIMATED"}


def test_ages_are_kept_as_given():
    record = minimal_record()
    record["protocolSection"]["eligibilityModule"] = {
        "minimumAge": "6 Months",
        "maximumAge": "17 Years",
        "sex": "FEMALE",
    }
    eligibility = normalize_study(record).eligibility
    assert (eligibility.minimum_age, eligibility.maximum_age, eligibility.sex.label) == (
        "6 Months",
        "17 Years",
        "Female",
    )


@pytest.mark.parametrize(
    ("record", "nct_id", "reason"),
    [
        ({}, None, "no protocolSection"),
        ({"protocolSection": {"identificationModule": {}}}, None, "nctId"),
        ({"protocolSection": {"identificationModule": {"nctId": "NCT01234567"}}}, "NCT01234567", "lastUpdatePostDate"),
        (minimal_record("../../etc/passwd"), "../../etc/passwd", "NCT + 8 digits"),
        ("not a record", None, "no protocolSection"),
    ],
)
def test_records_that_cannot_make_a_page_are_refused_with_id_and_reason(record, nct_id, reason):
    with pytest.raises(InvalidStudyRecord) as refused:
        normalize_study(record)
    assert refused.value.nct_id == nct_id
    assert reason in refused.value.reason


def _spec_enums() -> dict[str, list[str]]:
    schemas = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]
    return {name: schema["enum"] for name, schema in schemas.items() if "enum" in schema}


@pytest.mark.parametrize(
    ("schema", "table"),
    [
        ("Status", labels.OVERALL_STATUS),
        ("StudyType", labels.STUDY_TYPE),
        ("Phase", labels.PHASE),
        ("Sex", labels.SEX),
        ("StandardAge", labels.STANDARD_AGE),
        ("SamplingMethod", labels.SAMPLING_METHOD),
        ("DateType", labels.DATE_TYPE),
        ("AgencyClass", labels.AGENCY_CLASS),
        ("SecondaryIdType", labels.SECONDARY_ID_TYPE),
        ("ResponsiblePartyType", labels.RESPONSIBLE_PARTY),
        ("DesignAllocation", labels.ALLOCATION),
        ("InterventionalAssignment", labels.INTERVENTION_MODEL),
        ("PrimaryPurpose", labels.PRIMARY_PURPOSE),
        ("ObservationalModel", labels.OBSERVATIONAL_MODEL),
        ("DesignTimePerspective", labels.TIME_PERSPECTIVE),
        ("BioSpecRetention", labels.BIOSPEC_RETENTION),
        ("EnrollmentType", labels.ENROLLMENT_TYPE),
        ("ArmGroupType", labels.ARM_GROUP_TYPE),
        ("InterventionType", labels.INTERVENTION_TYPE),
        ("ContactRole", labels.CONTACT_ROLE),
        ("RecruitmentStatus", labels.LOCATION_STATUS),
        ("DesignMasking", labels.MASKING),
        ("WhoMasked", labels.WHO_MASKED),
    ],
)
def test_every_enum_value_in_the_api_spec_has_a_written_label(schema, table):
    assert set(_spec_enums()[schema]) <= set(table)


# Any JSON value, put anywhere in a real record, must give a Study or an InvalidStudyRecord.
_junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value[:2]):
            yield from _paths(child, (*prefix, index))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_wrong_shapes_anywhere_never_crash(data, bundled_records):
    record = copy.deepcopy(data.draw(st.sampled_from(bundled_records[:50])))
    paths = [p for p in _paths(record) if p]
    path = data.draw(st.sampled_from(paths))
    target = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = data.draw(_junk)
    try:
        study = normalize_study(record)
    except InvalidStudyRecord as refused:
        assert refused.reason
    else:
        Study.model_validate(study.model_dump(mode="json"))
