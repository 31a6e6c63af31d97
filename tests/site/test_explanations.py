"""The patient explanations of phase, status, study type and size, for every kind of value."""

from __future__ import annotations

import pytest

from tests.site.conftest import DELETE, SITE_URL
from trialpages.site.explain.enrollment import explain_enrollment
from trialpages.site.explain.phase import explain_phase
from trialpages.site.explain.status import explain_status
from trialpages.site.explain.study_type import describe_design, explain_study_type
from trialpages.site.sources import is_cancer_study
from trialpages.site.summary import summary_sentence

INTERVENTIONAL = "NCT00000410"  # Phase 4, completed
COMBINED = "NCT03319901"  # Phase 1/2, recruiting, leukemia
OBSERVATIONAL = "NCT00468637"  # unknown status


def test_combined_phase_explains_the_combination_and_each_phase(study_of):
    paragraphs = explain_phase(study_of(COMBINED), "Leukemia")
    assert "combines two phases (Phase 1/Phase 2)" in paragraphs[0]
    assert "safe dose" in paragraphs[1]
    assert "works against Leukemia" in paragraphs[2]


def test_phase_not_applicable_says_there_is_no_phase(study_of):
    study = study_of(INTERVENTIONAL, **{"designModule.phases": ["NA"]})
    assert "does not have a phase" in explain_phase(study, "x")[0]
    assert describe_design(study) == "interventional study"


def test_observational_and_expanded_access_have_their_own_words(study_of):
    observational = study_of(OBSERVATIONAL)
    assert "do not have phases" in explain_phase(observational, "x")[0]
    assert "observational study" in explain_study_type(observational)
    expanded = study_of(
        INTERVENTIONAL, **{"designModule.studyType": "EXPANDED_ACCESS", "statusModule.overallStatus": "AVAILABLE"}
    )
    assert "not a clinical trial" in explain_study_type(expanded)
    assert "Expanded access programs do not have phases" in explain_phase(expanded, "x")[0]
    assert explain_status(expanded).is_open
    assert summary_sentence(expanded).startswith("This expanded access program offers Diskectomy")


@pytest.mark.parametrize("status", ["WITHDRAWN", "TERMINATED", "SUSPENDED", "COMPLETED", "ACTIVE_NOT_RECRUITING"])
def test_closed_statuses_say_plainly_that_the_study_is_not_enrolling(study_of, status):
    explained = explain_status(study_of(INTERVENTIONAL, **{"statusModule.overallStatus": status}))
    assert "not enrolling" in explained.paragraphs[0]
    assert not explained.is_open


def test_why_stopped_is_carried_in_the_sponsors_words(study_of):
    study = study_of(
        INTERVENTIONAL, **{"statusModule.overallStatus": "WITHDRAWN", "statusModule.whyStopped": "Funding ended"}
    )
    assert explain_status(study).why_stopped == "Funding ended"


def test_unknown_status_says_since_when_and_the_last_known_status(study_of):
    study = study_of(
        OBSERVATIONAL, **{"statusModule.statusVerifiedDate": "2009-02", "statusModule.lastKnownStatus": "RECRUITING"}
    )
    paragraph = explain_status(study).paragraphs[0]
    assert "not confirmed it since February 2009" in paragraph
    assert "\u201cRecruiting\u201d" in paragraph
    assert "Do not assume it is enrolling" in paragraph


def test_an_unheard_of_status_is_named_not_hidden(study_of):
    study = study_of(INTERVENTIONAL, **{"statusModule.overallStatus": "ON_HOLD_FOR_AUDIT"})
    assert "\u201cOn hold for audit\u201d" in explain_status(study).paragraphs[0]


@pytest.mark.parametrize(
    ("count", "kind", "expected"),
    [
        (10, "ESTIMATED", "plans to enroll 10 people"),
        (10, "ESTIMATED", "smaller than usual"),
        (150, "ACTUAL", "150 people have joined so far"),
        (150, "ACTUAL", "in the usual range: Phase 1/Phase 2 trials usually include about 20 to 300 people"),
        (5000, "ESTIMATED", "larger than usual"),
    ],
)
def test_enrollment_is_compared_with_the_usual_size_for_the_phase(study_of, count, kind, expected):
    study = study_of(COMBINED, **{"designModule.enrollmentInfo": {"count": count, "type": kind}})
    assert expected in explain_enrollment(study)[0]


def test_enrollment_missing_or_zero(study_of):
    assert (
        "does not give the number"
        in explain_enrollment(study_of(COMBINED, **{"designModule.enrollmentInfo": DELETE}))[0]
    )
    nobody = {"designModule.enrollmentInfo": {"count": 0, "type": "ACTUAL"}}
    completed = study_of(COMBINED, **nobody, **{"statusModule.overallStatus": "COMPLETED"})
    assert explain_enrollment(completed) == ["No one took part in this study."]
    assert explain_enrollment(study_of(COMBINED, **nobody)) == ["No one had joined yet at the last update."]
    withdrawn = study_of(COMBINED, **nobody, **{"statusModule.overallStatus": "WITHDRAWN"})
    assert explain_enrollment(withdrawn) == ["No one took part: the study was withdrawn before anyone joined."]


ALL_STATUSES = [
    "RECRUITING",
    "NOT_YET_RECRUITING",
    "ENROLLING_BY_INVITATION",
    "ACTIVE_NOT_RECRUITING",
    "COMPLETED",
    "SUSPENDED",
    "TERMINATED",
    "WITHDRAWN",
    "UNKNOWN",
    "AVAILABLE",
    "NO_LONGER_AVAILABLE",
    "ON_HOLD_FOR_AUDIT",  # a value the registry may add without notice
]
# Statuses under which the study will not (or no longer) enroll toward its target.
OVER_OR_NEVER_STARTED = {
    "ACTIVE_NOT_RECRUITING",
    "COMPLETED",
    "TERMINATED",
    "WITHDRAWN",
    "UNKNOWN",
    "NO_LONGER_AVAILABLE",
}


@pytest.mark.parametrize("status", ALL_STATUSES)
@pytest.mark.parametrize("kind", ["ESTIMATED", "ACTUAL", None])
@pytest.mark.parametrize("enrolled", [0, 1, 180])
def test_enrollment_wording_fits_the_status_for_every_status_and_count_type(study_of, status, kind, enrolled):
    info = {"count": enrolled, **({"type": kind} if kind else {})}
    study = study_of(COMBINED, **{"statusModule.overallStatus": status, "designModule.enrollmentInfo": info})
    (paragraph,) = explain_enrollment(study)
    first = paragraph.split(". ")[0]
    assert "{" not in paragraph and not paragraph[0].islower()
    if enrolled:
        assert f"{enrolled} {'person' if enrolled == 1 else 'people'}" in first
    if status in OVER_OR_NEVER_STARTED:
        # A study that is over or never started does not "plan" anything now.
        assert "plans to enroll" not in paragraph and "so far" not in paragraph
    if kind == "ESTIMATED" and enrolled and status in OVER_OR_NEVER_STARTED:
        assert "planned to enroll" in first or "target" in first
    if status == "WITHDRAWN":
        assert "withdrawn before" in paragraph and "usual" not in paragraph
    if kind == "ACTUAL" and enrolled and status in {"RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION"}:
        assert "joined so far" in first


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("RECRUITING", "The study plans to enroll 180 people (a target, not a final count)."),
        ("COMPLETED", "It has ended, but the record does not give the final number of people who took part."),
        ("TERMINATED", "The study planned to enroll 180 people, but it stopped early."),
        ("WITHDRAWN", "The study had planned to enroll 180 people, but it was withdrawn before anyone joined."),
        ("ACTIVE_NOT_RECRUITING", "The final number has not been reported yet."),
        ("SUSPENDED", "but it is paused for now."),
    ],
)
def test_a_target_enrollment_says_what_it_means_now(study_of, status, expected):
    info = {"count": 180, "type": "ESTIMATED"}
    study = study_of(COMBINED, **{"statusModule.overallStatus": status, "designModule.enrollmentInfo": info})
    assert expected in explain_enrollment(study)[0]


def test_the_withdrawn_study_page_does_not_say_it_plans_to_enroll(study_of):
    from trialpages.site import render_study_page

    study = study_of("NCT00382161")
    assert study.overall_status.code == "WITHDRAWN"
    section = render_study_page(study, site_url=SITE_URL).split('id="stage"')[1].split("</section>")[0]
    assert "will not take place" in section
    assert "plans to enroll" not in section and "withdrawn before anyone joined" in section


def test_summary_says_what_the_study_tests_for_whom_and_where_without_its_title(study_of):
    study = study_of(COMBINED)
    assert summary_sentence(study) == (
        "This Phase 1/Phase 2 trial is testing Venetoclax and Standard Chemotherapy for Leukemia. "
        "It plans to enroll about 82 people at 5 sites in the United States."
    )
    assert study.brief_title not in summary_sentence(study)


def test_summary_names_a_combination_once_not_again_inside_a_bigger_one(study_of):
    study = study_of("NCT03983954")
    assert summary_sentence(study).startswith(
        "This Phase 1 trial is testing Obinutuzumab, naptumomab estafenatox and durvalumab for "
    )
    # Treatments tested alone beside their combination stay: the study tested them alone too.
    pair = study_of("NCT02239484")
    assert "tested Tadalafil, Tamsulosin and Tadalafil + Tamsulosin for" in summary_sentence(pair)


@pytest.mark.parametrize(
    ("status", "kind", "expected"),
    [
        (
            "COMPLETED",
            "ACTUAL",
            "This Phase 1/Phase 2 trial tested Venetoclax and Standard Chemotherapy for Leukemia. 82 people took part",
        ),
        (
            "TERMINATED",
            "ACTUAL",
            "set out to test Venetoclax and Standard Chemotherapy for Leukemia, but it stopped early. 82 people took part",
        ),
        (
            "WITHDRAWN",
            "ESTIMATED",
            "was going to test Venetoclax and Standard Chemotherapy for Leukemia, but it was withdrawn before anyone joined. It lists 5 sites",
        ),
        (
            "NOT_YET_RECRUITING",
            "ESTIMATED",
            "plans to test Venetoclax and Standard Chemotherapy for Leukemia. It plans to enroll about 82 people",
        ),
        (
            "UNKNOWN",
            "ESTIMATED",
            "was set up to test Venetoclax and Standard Chemotherapy for Leukemia. It planned to enroll about 82 people",
        ),
        (
            "ACTIVE_NOT_RECRUITING",
            "ACTUAL",
            "is testing Venetoclax and Standard Chemotherapy for Leukemia. 82 people joined at 5 sites",
        ),
    ],
)
def test_summary_tense_follows_the_status(study_of, status, kind, expected):
    study = study_of(
        COMBINED, **{"statusModule.overallStatus": status, "designModule.enrollmentInfo": {"count": 82, "type": kind}}
    )
    assert expected in summary_sentence(study)


def test_summary_names_the_placebo_and_healthy_volunteers(study_of):
    study = study_of(
        COMBINED,
        **{
            "conditionsModule.conditions": ["Healthy Volunteers"],
            "armsInterventionsModule.interventions": [
                {"type": "DRUG", "name": "Drug X"},
                {"type": "DRUG", "name": "Placebo"},
            ],
        },
    )
    assert summary_sentence(study).startswith(
        "This Phase 1/Phase 2 trial is testing Drug X against a placebo in healthy volunteers."
    )


def test_cancer_is_recognized_from_the_mesh_tree_not_from_words(study_of):
    assert is_cancer_study(study_of(COMBINED))
    assert not is_cancer_study(study_of(INTERVENTIONAL))
    words_only = study_of(INTERVENTIONAL, **{"conditionsModule.conditions": ["Small cell lung carcinoma"]})
    assert not is_cancer_study(words_only)
