"""Human labels for the registry's enum codes; an unknown code shows as its humanized self."""

from __future__ import annotations

from trialpages.study.raw import text

NOT_PROVIDED = "Not provided"

# Codes from data/ctgov/spec/ctg-oas-v2.yaml (API 2.0.5). New codes appear without notice,
# so every lookup falls back to humanize() rather than failing.
OVERALL_STATUS = {
    "ACTIVE_NOT_RECRUITING": "Active, not recruiting",
    "COMPLETED": "Completed",
    "ENROLLING_BY_INVITATION": "Enrolling by invitation",
    "NOT_YET_RECRUITING": "Not yet recruiting",
    "RECRUITING": "Recruiting",
    "SUSPENDED": "Suspended",
    "TERMINATED": "Terminated",
    "WITHDRAWN": "Withdrawn",
    "AVAILABLE": "Available",
    "NO_LONGER_AVAILABLE": "No longer available",
    "TEMPORARILY_NOT_AVAILABLE": "Temporarily not available",
    "APPROVED_FOR_MARKETING": "Approved for marketing",
    "WITHHELD": "Withheld",
    "UNKNOWN": "Unknown status",
}
STUDY_TYPE = {
    "INTERVENTIONAL": "Interventional",
    "OBSERVATIONAL": "Observational",
    "EXPANDED_ACCESS": "Expanded access",
}
PHASE = {
    "NA": "Not applicable",
    "EARLY_PHASE1": "Early Phase 1",
    "PHASE1": "Phase 1",
    "PHASE2": "Phase 2",
    "PHASE3": "Phase 3",
    "PHASE4": "Phase 4",
}
SEX = {"ALL": "All sexes", "FEMALE": "Female", "MALE": "Male"}
STANDARD_AGE = {"CHILD": "Child", "ADULT": "Adult", "OLDER_ADULT": "Older adult"}
SAMPLING_METHOD = {
    "PROBABILITY_SAMPLE": "Probability sample",
    "NON_PROBABILITY_SAMPLE": "Non-probability sample",
}
DATE_TYPE = {"ACTUAL": "Actual", "ESTIMATED": "Estimated"}
AGENCY_CLASS = {
    "NIH": "U.S. National Institutes of Health",
    "FED": "U.S. federal agency",
    "OTHER_GOV": "Government agency",
    "INDIV": "Individual",
    "INDUSTRY": "Industry",
    "NETWORK": "Network",
    "AMBIG": "Unclear",
    "OTHER": "Other organization",
    "UNKNOWN": "Unknown",
}
SECONDARY_ID_TYPE = {
    "NIH": "NIH grant",
    "FDA": "FDA",
    "VA": "U.S. Department of Veterans Affairs",
    "CDC": "CDC",
    "AHRQ": "AHRQ",
    "SAMHSA": "SAMHSA",
    "OTHER_GRANT": "Other grant or funding",
    "EUDRACT_NUMBER": "EudraCT number",
    "CTIS": "EU CT number (CTIS)",
    "REGISTRY": "Registry identifier",
    "OTHER": "Other identifier",
}
RESPONSIBLE_PARTY = {
    "SPONSOR": "Sponsor",
    "PRINCIPAL_INVESTIGATOR": "Principal investigator",
    "SPONSOR_INVESTIGATOR": "Sponsor-investigator",
}
ALLOCATION = {"RANDOMIZED": "Randomized", "NON_RANDOMIZED": "Non-randomized", "NA": "Not applicable"}
INTERVENTION_MODEL = {
    "SINGLE_GROUP": "Single group",
    "PARALLEL": "Parallel groups",
    "CROSSOVER": "Crossover",
    "FACTORIAL": "Factorial",
    "SEQUENTIAL": "Sequential",
}
PRIMARY_PURPOSE = {
    "TREATMENT": "Treatment",
    "PREVENTION": "Prevention",
    "DIAGNOSTIC": "Diagnosis",
    "ECT": "Early check of a treatment's effects (ECT)",
    "SUPPORTIVE_CARE": "Supportive care",
    "SCREENING": "Screening",
    "HEALTH_SERVICES_RESEARCH": "Health services research",
    "BASIC_SCIENCE": "Basic science",
    "DEVICE_FEASIBILITY": "Device feasibility",
    "OTHER": "Other",
}
OBSERVATIONAL_MODEL = {
    "COHORT": "Cohort",
    "CASE_CONTROL": "Case-control",
    "CASE_ONLY": "Case-only",
    "CASE_CROSSOVER": "Case-crossover",
    "ECOLOGIC_OR_COMMUNITY": "Ecologic or community",
    "FAMILY_BASED": "Family-based",
    "DEFINED_POPULATION": "Defined population",
    "NATURAL_HISTORY": "Natural history",
    "OTHER": "Other",
}
TIME_PERSPECTIVE = {
    "RETROSPECTIVE": "Retrospective (looks back at past records)",
    "PROSPECTIVE": "Prospective (follows people forward in time)",
    "CROSS_SECTIONAL": "Cross-sectional (one point in time)",
    "OTHER": "Other",
}
MASKING = {
    "NONE": "None (open label)",
    "SINGLE": "Single-blind",
    "DOUBLE": "Double-blind",
    "TRIPLE": "Triple-blind",
    "QUADRUPLE": "Quadruple-blind",
}
WHO_MASKED = {
    "PARTICIPANT": "Participant",
    "CARE_PROVIDER": "Care provider",
    "INVESTIGATOR": "Investigator",
    "OUTCOMES_ASSESSOR": "Outcomes assessor",
}
ENROLLMENT_TYPE = DATE_TYPE
ARM_GROUP_TYPE = {
    "EXPERIMENTAL": "Experimental",
    "ACTIVE_COMPARATOR": "Active comparator",
    "PLACEBO_COMPARATOR": "Placebo comparator",
    "SHAM_COMPARATOR": "Sham comparator",
    "NO_INTERVENTION": "No intervention",
    "OTHER": "Other",
}
INTERVENTION_TYPE = {
    "BEHAVIORAL": "Behavioral",
    "BIOLOGICAL": "Biological",
    "COMBINATION_PRODUCT": "Combination product",
    "DEVICE": "Device",
    "DIAGNOSTIC_TEST": "Diagnostic test",
    "DIETARY_SUPPLEMENT": "Dietary supplement",
    "DRUG": "Drug",
    "GENETIC": "Genetic",
    "PROCEDURE": "Procedure",
    "RADIATION": "Radiation",
    "OTHER": "Other",
}
CONTACT_ROLE = {
    "STUDY_CHAIR": "Study chair",
    "STUDY_DIRECTOR": "Study director",
    "PRINCIPAL_INVESTIGATOR": "Principal investigator",
    "SUB_INVESTIGATOR": "Sub-investigator",
    "CONTACT": "Contact",
}
# Site status uses the same codes as the overall status.
LOCATION_STATUS = OVERALL_STATUS
BIOSPEC_RETENTION = {
    "NONE_RETAINED": "No samples kept",
    "SAMPLES_WITH_DNA": "Samples kept, with DNA",
    "SAMPLES_WITHOUT_DNA": "Samples kept, without DNA",
}
REFERENCE_TYPE = {
    "RESULT": "Reports this study's results",
    "DERIVED": "Found in PubMed by this study's number",
    "BACKGROUND": "Background",
}
MEASURE_PARAM = {
    "GEOMETRIC_MEAN": "Geometric mean",
    "GEOMETRIC_LEAST_SQUARES_MEAN": "Adjusted geometric mean (geometric least-squares mean)",
    "LEAST_SQUARES_MEAN": "Adjusted average (least-squares mean)",
    "LOG_MEAN": "Log mean",
    "MEAN": "Average (mean)",
    "MEDIAN": "Middle value (median)",
    "NUMBER": "Number",
    "COUNT_OF_PARTICIPANTS": "Number of people",
    "COUNT_OF_UNITS": "Number of units",
}
# Older records spell these out ("Standard Deviation"); DISPERSION_BY_NAME in site/results.py reads both.
DISPERSION = {
    "NA": "Not given",
    "STANDARD_DEVIATION": "Standard deviation",
    "STANDARD_ERROR": "Standard error",
    "INTER_QUARTILE_RANGE": "Interquartile range",
    "FULL_RANGE": "Full range",
    "CONFIDENCE_80": "80% confidence interval",
    "CONFIDENCE_90": "90% confidence interval",
    "CONFIDENCE_95": "95% confidence interval",
    "CONFIDENCE_975": "97.5% confidence interval",
    "CONFIDENCE_99": "99% confidence interval",
    "CONFIDENCE_OTHER": "Confidence interval",
    "GEOMETRIC_COEFFICIENT": "Geometric coefficient of variation",
}
CI_SIDES = {"ONE_SIDED": "One-sided", "TWO_SIDED": "Two-sided"}
HYPOTHESIS = {
    "SUPERIORITY": "Superiority",
    "NON_INFERIORITY": "Non-inferiority",
    "EQUIVALENCE": "Equivalence",
    "OTHER": "Other",
    "NON_INFERIORITY_OR_EQUIVALENCE": "Non-inferiority or equivalence",
    "SUPERIORITY_OR_OTHER": "Superiority or other",
    "NON_INFERIORITY_OR_EQUIVALENCE_LEGACY": "Non-inferiority or equivalence",
    "SUPERIORITY_OR_OTHER_LEGACY": "Superiority or other",
}


def humanize(code: str) -> str:
    """`SOME_NEW_VALUE` -> `Some new value`: readable even for a code we have never seen."""
    words = code.replace("_", " ").strip().lower()
    return words[:1].upper() + words[1:]


def coded(value: object, table: dict[str, str]) -> dict | None:
    """A raw enum value as {"code", "label"}: the table's label, or the code humanized; None when absent."""
    code = text(value)
    if code is None:
        return None
    return {"code": code, "label": table.get(code) or humanize(code)}
