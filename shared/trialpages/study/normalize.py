"""normalize_study: one raw API v2 study record -> the normalized Study (pure, no I/O)."""

from __future__ import annotations

import re

from trialpages.study import labels, normalize_results
from trialpages.study.dates import parse_partial_date
from trialpages.study.errors import InvalidStudyRecord
from trialpages.study.labels import coded
from trialpages.study.model import Study
from trialpages.study.raw import flag, integer, items, obj, text, texts

REGISTRY_STUDY_URL = "https://clinicaltrials.gov/study/{nct_id}"
# The id becomes a file name and an S3 key: anything else is refused, not sanitized.
_NCT_ID = re.compile(r"^NCT[0-9]{8}$")


def coded_or_not_provided(value: object, table: dict[str, str]) -> dict:
    return coded(value, table) or {"code": None, "label": labels.NOT_PROVIDED}


def _date(value: object) -> dict | None:
    parsed = parse_partial_date(value)
    return parsed.model_dump() if parsed else None


def _key_date(struct: object) -> dict | None:
    struct = obj(struct)
    date = _date(struct.get("date"))
    if date is None:
        return None
    return {"date": date, "type": coded(struct.get("type"), labels.DATE_TYPE)}


def _phase_label(phases: list[dict | None]) -> str:
    if not phases:
        return labels.NOT_PROVIDED
    return "/".join(phase["label"] for phase in phases if phase)


def _organization(raw: dict) -> dict | None:
    name = text(raw.get("name"))
    return {"name": name, "agency_class": coded(raw.get("class"), labels.AGENCY_CLASS)} if name else None


def _contact(raw: dict) -> dict:
    return {
        "name": text(raw.get("name")),
        "role": coded(raw.get("role"), labels.CONTACT_ROLE),
        "phone": text(raw.get("phone")),
        "phone_ext": text(raw.get("phoneExt")),
        "email": text(raw.get("email")),
    }


def _geo_point(raw: object) -> dict | None:
    raw = obj(raw)
    lat, lon = raw.get("lat"), raw.get("lon")
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon))
    return {"lat": lat, "lon": lon} if numbers else None


def _location(raw: dict) -> dict:
    return {
        "facility": text(raw.get("facility")),
        "city": text(raw.get("city")),
        "state": text(raw.get("state")),
        "zip": text(raw.get("zip")),
        "country": text(raw.get("country")),
        "status": coded(raw.get("status"), labels.LOCATION_STATUS),
        "contacts": [_contact(c) for c in items(raw.get("contacts"))],
        "geo_point": _geo_point(raw.get("geoPoint")),
    }


def _outcomes(raw: object) -> list[dict]:
    return [
        {"measure": measure, "description": text(o.get("description")), "time_frame": text(o.get("timeFrame"))}
        for o in items(raw)
        if (measure := text(o.get("measure")))
    ]


def _mesh_terms(raw: object) -> list[dict]:
    return [{"id": text(m.get("id")), "term": term} for m in items(raw) if (term := text(m.get("term")))]


def _design(design: dict) -> dict:
    info = obj(design.get("designInfo"))
    masking = obj(info.get("maskingInfo"))
    biospec = obj(design.get("bioSpec"))
    return {
        "allocation": coded(info.get("allocation"), labels.ALLOCATION),
        "intervention_model": coded(info.get("interventionModel"), labels.INTERVENTION_MODEL),
        "intervention_model_description": text(info.get("interventionModelDescription")),
        "primary_purpose": coded(info.get("primaryPurpose"), labels.PRIMARY_PURPOSE),
        "masking": coded(masking.get("masking"), labels.MASKING),
        "masking_description": text(masking.get("maskingDescription")),
        "who_masked": [coded(w, labels.WHO_MASKED) for w in texts(masking.get("whoMasked"))],
        "observational_model": coded(info.get("observationalModel"), labels.OBSERVATIONAL_MODEL),
        "time_perspective": coded(info.get("timePerspective"), labels.TIME_PERSPECTIVE),
        "patient_registry": flag(design.get("patientRegistry")),
        "target_duration": text(design.get("targetDuration")),
        "biospecimen_retention": coded(biospec.get("retention"), labels.BIOSPEC_RETENTION),
        "biospecimen_description": text(biospec.get("description")),
    }


def _eligibility(module: dict) -> dict:
    return {
        "criteria": text(module.get("eligibilityCriteria")),
        "minimum_age": text(module.get("minimumAge")),
        "maximum_age": text(module.get("maximumAge")),
        "sex": coded_or_not_provided(module.get("sex"), labels.SEX),
        "gender_based": flag(module.get("genderBased")),
        "gender_description": text(module.get("genderDescription")),
        "healthy_volunteers": flag(module.get("healthyVolunteers")),
        "standard_ages": [coded(a, labels.STANDARD_AGE) for a in texts(module.get("stdAges"))],
        "study_population": text(module.get("studyPopulation")),
        "sampling_method": coded(module.get("samplingMethod"), labels.SAMPLING_METHOD),
    }


def normalize_study(record: dict) -> Study:
    protocol = obj(obj(record).get("protocolSection"))
    identification = obj(protocol.get("identificationModule"))
    nct_id = text(identification.get("nctId"))
    if not protocol:
        raise InvalidStudyRecord(nct_id, "no protocolSection")
    if nct_id is None:
        raise InvalidStudyRecord(None, "no identificationModule.nctId")
    if not _NCT_ID.match(nct_id):
        raise InvalidStudyRecord(nct_id, "nctId is not of the form NCT + 8 digits")

    status = obj(protocol.get("statusModule"))
    last_update = parse_partial_date(obj(status.get("lastUpdatePostDateStruct")).get("date"))
    if last_update is None or last_update.precision != "day":
        raise InvalidStudyRecord(nct_id, "no lastUpdatePostDateStruct.date (YYYY-MM-DD), the version key")

    sponsors = obj(protocol.get("sponsorCollaboratorsModule"))
    design = obj(protocol.get("designModule"))
    description = obj(protocol.get("descriptionModule"))
    conditions = obj(protocol.get("conditionsModule"))
    arms = obj(protocol.get("armsInterventionsModule"))
    outcomes = obj(protocol.get("outcomesModule"))
    contacts = obj(protocol.get("contactsLocationsModule"))
    derived = obj(record.get("derivedSection"))
    condition_browse = obj(derived.get("conditionBrowseModule"))
    responsible = obj(sponsors.get("responsibleParty"))
    enrollment = obj(design.get("enrollmentInfo"))
    phases = [coded(p, labels.PHASE) for p in texts(design.get("phases"))]

    return Study.model_validate(
        {
            "nct_id": nct_id,
            "nct_id_aliases": texts(identification.get("nctIdAliases")),
            "org_study_id": text(obj(identification.get("orgStudyIdInfo")).get("id")),
            "secondary_ids": [
                {
                    "id": sid,
                    "type": coded(s.get("type"), labels.SECONDARY_ID_TYPE),
                    "domain": text(s.get("domain")),
                    "link": text(s.get("link")),
                }
                for s in items(identification.get("secondaryIdInfos"))
                if (sid := text(s.get("id")))
            ],
            "acronym": text(identification.get("acronym")),
            "brief_title": text(identification.get("briefTitle"))
            or text(identification.get("officialTitle"))
            or nct_id,
            "official_title": text(identification.get("officialTitle")),
            "registry_url": REGISTRY_STUDY_URL.format(nct_id=nct_id),
            "last_update": last_update.iso,
            "overall_status": coded_or_not_provided(status.get("overallStatus"), labels.OVERALL_STATUS),
            "last_known_status": coded(status.get("lastKnownStatus"), labels.OVERALL_STATUS),
            "status_verified": _date(status.get("statusVerifiedDate")),
            "why_stopped": text(status.get("whyStopped")),
            "dates": {
                "first_submitted": _date(status.get("studyFirstSubmitDate")),
                "first_posted": _key_date(status.get("studyFirstPostDateStruct")),
                "start": _key_date(status.get("startDateStruct")),
                "primary_completion": _key_date(status.get("primaryCompletionDateStruct")),
                "completion": _key_date(status.get("completionDateStruct")),
                "results_first_posted": _key_date(status.get("resultsFirstPostDateStruct")),
                "last_update_posted": _key_date(status.get("lastUpdatePostDateStruct")),
            },
            "study_type": coded_or_not_provided(design.get("studyType"), labels.STUDY_TYPE),
            "phases": phases,
            "phase_label": _phase_label(phases),
            "design": _design(design),
            "enrollment": {
                "count": integer(enrollment.get("count")),
                "type": coded(enrollment.get("type"), labels.ENROLLMENT_TYPE),
            },
            "lead_sponsor": _organization(obj(sponsors.get("leadSponsor")))
            or {"name": labels.NOT_PROVIDED, "agency_class": None},
            "collaborators": [o for c in items(sponsors.get("collaborators")) if (o := _organization(c))],
            "responsible_party": {
                "type": coded(responsible.get("type"), labels.RESPONSIBLE_PARTY),
                "investigator_name": text(responsible.get("investigatorFullName")),
                "investigator_title": text(responsible.get("investigatorTitle")),
                "investigator_affiliation": text(responsible.get("investigatorAffiliation")),
            }
            if responsible
            else None,
            "officials": [
                {
                    "name": text(o.get("name")),
                    "affiliation": text(o.get("affiliation")),
                    "role": coded(o.get("role"), labels.CONTACT_ROLE),
                }
                for o in items(contacts.get("overallOfficials"))
            ],
            "brief_summary": text(description.get("briefSummary")),
            "detailed_description": text(description.get("detailedDescription")),
            "conditions": texts(conditions.get("conditions")),
            "keywords": texts(conditions.get("keywords")),
            "condition_mesh_terms": _mesh_terms(condition_browse.get("meshes")),
            "condition_mesh_ancestors": _mesh_terms(condition_browse.get("ancestors")),
            "condition_categories": [
                name
                for b in items(condition_browse.get("browseBranches"))
                if (name := text(b.get("name"))) and name != "All Conditions"
            ],
            "intervention_mesh_terms": _mesh_terms(obj(derived.get("interventionBrowseModule")).get("meshes")),
            "arms": [
                {
                    "label": label,
                    "type": coded(a.get("type"), labels.ARM_GROUP_TYPE),
                    "description": text(a.get("description")),
                    "intervention_names": texts(a.get("interventionNames")),
                }
                for a in items(arms.get("armGroups"))
                if (label := text(a.get("label")))
            ],
            "interventions": [
                {
                    "name": name,
                    "type": coded_or_not_provided(i.get("type"), labels.INTERVENTION_TYPE),
                    "description": text(i.get("description")),
                    "other_names": texts(i.get("otherNames")),
                    "arm_labels": texts(i.get("armGroupLabels")),
                }
                for i in items(arms.get("interventions"))
                if (name := text(i.get("name")))
            ],
            "primary_outcomes": _outcomes(outcomes.get("primaryOutcomes")),
            "secondary_outcomes": _outcomes(outcomes.get("secondaryOutcomes")),
            "other_outcomes": _outcomes(outcomes.get("otherOutcomes")),
            "eligibility": _eligibility(obj(protocol.get("eligibilityModule"))),
            "locations": [_location(loc) for loc in items(contacts.get("locations"))],
            "central_contacts": [_contact(c) for c in items(contacts.get("centralContacts"))],
            "has_results": record.get("hasResults") is True,
            "oversight": normalize_results.oversight(protocol.get("oversightModule")),
            "references": normalize_results.references(protocol.get("referencesModule")),
            "results": normalize_results.results(record.get("resultsSection")),
        }
    )
