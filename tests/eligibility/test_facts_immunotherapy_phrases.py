"""Phrases immunotherapy and other cancer studies copy from one to the next, read whole: the steroid dose a day,
a pregnancy expected within the study's projected length, earlier checkpoint-blocking treatment, smoking lately."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import assert_not_read_as, assert_written, read


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Use of systemic corticosteroid with dose greater than the equivalent 10 mg of prednisone/day within 28 days "
            "before first dose of study treatment.",  # NCT05348876
            "You took steroid medicine that reaches the whole body (systemic) at more than 10 mg a day of prednisone (or "
            "an equally strong dose of another steroid) in the 28 days before you start the study treatment.",
        ),
        (
            "Chronic use of systemic corticosteroids (> 10 mg/day prednisone or equivalent)",
            "You take long-term (chronic) steroid medicine that reaches the whole body (systemic) at more than 10 mg a "
            "day of prednisone (or an equally strong dose of another steroid).",
        ),
        (
            "Receiving corticosteroids at a dose of more than 10 mg of prednisone or equivalent per day",
            "You take steroid medicine at more than 10 mg a day of prednisone (or an equally strong dose of another steroid) now.",
        ),
        (
            "Corticosteroid therapy greater than 15mg per day of prednisone",  # no "or equivalent": prednisone only
            "You take steroid medicine at more than 15 mg a day of prednisone.",
        ),
    ],
)
def test_a_steroid_dose_a_day_keeps_how_it_is_taken_and_whether_other_steroids_count(source, plain):
    assert_written("NCT05348876", read(source), "exclusion", "steroid-dose", plain)


@pytest.mark.parametrize(
    "source",
    [
        "Systemic corticosteroids more than 10 mg of prednisone or equivalent",  # a dose, but not said to be a day's
        "Ongoing use of systemic corticosteroids at a total daily dose of more than 10 mg of prednisone (or equivalent) "
        "prior to randomization",  # taken at that time, not within a span: not read
    ],
)
def test_a_steroid_dose_without_a_day_or_with_an_unplain_time_is_not_read(source):
    assert_not_read_as(read(source), "steroid-dose")


def test_a_pregnancy_expected_within_the_projected_duration_of_the_study():
    assert_written(
        "NCT06726265",
        read(
            "Is pregnant or breastfeeding or expecting to conceive or father children within the projected duration of "
            "the trial"
        ),
        "exclusion",
        "pregnancy",
        "You are pregnant or breastfeeding, or you expect to conceive or father a child during the study.",
    )


def test_earlier_pd_l2_and_other_t_cell_receptor_treatment_is_read_with_its_examples():
    assert_written(
        "NCT06726265",
        read(
            "Has received prior therapy with an anti-PD-1, anti-PD-L1, or anti-PD-L2 agent or with an agent directed to "
            "another stimulatory or co-inhibitory T-cell receptor"
        ),
        "exclusion",
        "treatment-use",
        "You have had immunotherapy that blocks PD-1 (anti-PD-1), immunotherapy that blocks PD-L1 (anti-PD-L1), "
        "immunotherapy that blocks PD-L2 (anti-PD-L2 agent) or another immunotherapy that acts on a switch (receptor) "
        "of the immune system's T cells before.",
    )


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Former smoker who quit less than 6 months ago", "You stopped smoking less than 6 months ago."),
        (
            "Current smokers or those who quit less than 6 months ago",
            "You smoke now, or you stopped smoking less than 6 months ago.",
        ),
        ("Ex-smokers who stopped more than 12 months ago", "You stopped smoking more than 12 months ago."),
        ("History of smoking in the last 10 years", "You have smoked in the last 10 years."),  # NCT03775031
        ("Has smoked within the past 6 months", "You have smoked in the last 6 months."),
    ],
)
def test_when_you_last_smoked_is_said_with_its_time(source, plain):
    assert_written("NCT03775031", read(source), "exclusion", "smoked-lately", plain)


def test_smoking_an_amount_or_at_most_some_time_ago_is_not_read():
    assert_not_read_as(read("Former smokers who quit at least 6 months ago and smoked 20 pack-years"), "smoked-lately")
    assert_not_read_as(read("Current smokers who smoke within 2 hours of the visit"), "smoked-lately")


@pytest.mark.parametrize(
    ("source", "rule", "plain"),
    [
        (
            "Have a performance status of 0 or 1 on the ECOG Performance Scale",
            "ecog",
            "You can do light work, even if hard physical activity is limited (ECOG score 0 or 1).",
        ),
        (
            "Be at least 18 years of age on day of signing informed consent",
            "age-minimum",
            "You are 18 years old or older when you sign the consent form.",
        ),
        (
            "Have measurable disease based on RECIST 1.1 as assessed by the local site investigator/radiology",
            "judged-by",
            "The study team finds that you have tumors that can be measured on scans (by RECIST 1.1).",
        ),
    ],
)
def test_the_inclusion_phrases_of_immunotherapy_studies_are_read(source, rule, plain):
    assert_written("NCT06726265", read(source), "inclusion", rule, plain)


def test_a_disorder_that_would_interfere_with_cooperating_is_read():
    assert_written(
        "NCT06726265",
        read(
            "Has known psychiatric or substance abuse disorders that would interfere with cooperating with the "
            "requirements of the study"
        ),
        "exclusion",
        "doctor-judges-condition",
        "You are known to have a mental health or addiction disorder that would make it hard for you to follow the "
        "study's rules.",
    )


@pytest.mark.parametrize(
    ("source", "kind", "rule", "plain"),
    [
        (
            "Known allergy or hypersensitivity to any of the study drugs or any of the study drug excipients",
            "exclusion",
            "study-drug-allergy",
            "You are known to be allergic to any of the study drugs or any of their ingredients.",
        ),
        (
            "History of allogenic organ transplantation",
            "exclusion",
            "condition",
            "You have had an organ transplant from a donor (allogeneic).",
        ),
        (
            "Receipt of live attenuated vaccine within 30 days prior to the first dose of IP",
            "exclusion",
            "treatment-use",
            "You had a live vaccine (one made from a weakened germ) in the 30 days before you start the study treatment.",
        ),
        (
            "Provision of signed and dated, written informed consent prior to any mandatory study specific procedures, "
            "sampling, and analyses",  # NCT04204473
            "inclusion",
            "consent",
            "You sign and date a written form to agree to take part after the study is explained to you before any study "
            "tests or procedures.",
        ),
        (
            "Capable of giving signed informed consent which includes compliance with the "
            "requirements and restrictions listed in the informed consent form (ICF) and in this protocol",
            "inclusion",
            "consent",
            "You are able to sign a form to agree to take part after the study is explained to you. You are also able to "
            "follow the rules and limits set out in the consent form and the study plan (protocol).",
        ),
    ],
)
def test_the_phrases_of_other_sponsors_templates_are_read(source, kind, rule, plain):
    assert_written("NCT04204473", read(source), kind, rule, plain)


@pytest.mark.parametrize(
    ("source", "rule", "plain"),
    [
        (
            "Uncontrolled or symptomatic hypercalcemia",  # NCT05798663
            "condition",
            "You have high calcium in the blood that is not controlled or causes symptoms.",
        ),
        (
            "Subjects with uncontrolled tumor-related pain",
            "condition",
            "You have pain caused by the cancer that is not controlled.",
        ),
        (
            "Treatment with therapeutic oral or IV antibiotics within 2 weeks prior to initiation of study treatment",
            "treatment-use",
            "You took antibiotics by mouth or into a vein (therapeutic oral or IV antibiotics) in the 2 weeks before you "
            "start the study treatment.",
        ),
        (
            "Treatment with systemic immunosuppressive medication within 2 weeks prior to initiation of study treatment",
            "treatment-use",
            "You took medicines that weaken the immune system and reach the whole body (systemic immunosuppressive "
            "medication) in the 2 weeks before you start the study treatment.",
        ),
    ],
)
def test_the_phrases_of_roche_templates_are_read(source, rule, plain):
    assert_written("NCT05798663", read(source), "exclusion", rule, plain)


@pytest.mark.parametrize(
    ("source", "kind", "rule", "plain"),
    [
        (
            "Receipt of any vaccine within 28 days before study vaccination",
            "exclusion",
            "treatment-use",
            "You had a vaccine in the 28 days before you get the study vaccine.",
        ),
        (
            "Donation of blood or plasma within 3 months before dosing",
            "exclusion",
            "blood-donation",
            "You have given blood or plasma in the 3 months before you start the study treatment.",
        ),
        (
            "Parent or legal guardian willing to provide written informed consent",
            "inclusion",
            "consent",
            "Your parent or legal guardian is willing to agree in writing to you taking part after the study is "
            "explained.",
        ),
    ],
)
def test_the_phrases_of_healthy_volunteer_vaccine_and_childrens_studies_are_read(source, kind, rule, plain):
    assert_written("NCT05798663", read(source), kind, rule, plain)


def test_a_parents_consent_never_reads_as_the_parent_taking_part():
    assert_not_read_as(read("Parents willing and able to give written informed consent"), "consent")  # whose parents?


@pytest.mark.parametrize(
    ("source", "kind", "rule", "plain"),
    [
        (
            "Participants with an active, known or suspected autoimmune disease",
            "exclusion",
            "condition-active-known-or-suspected",
            "You have an active autoimmune disease, or you are known or thought to have an autoimmune disease.",
        ),
        (
            "Participants with a condition requiring systemic treatment with either corticosteroids (> 10 mg daily "
            "prednisone equivalents) or other immunosuppressive medications within 14 days of randomization",
            "exclusion",
            "needs-immune-suppression",
            "In the 14 days before you are assigned to a study group, you have had a condition that needed treatment "
            "that reaches the whole body (systemic): steroids at more than 10 mg a day of prednisone (or an equally strong dose "
            "of another steroid), or other medicines that weaken the immune system (immunosuppressive medications).",
        ),
        (
            "Hypersensitivity to study drug components",
            "exclusion",
            "study-drug-allergy",
            "You are allergic to any ingredient of the study drug.",
        ),
        (
            "Participants must have measurable disease by CT or MRI per RECIST 1.1 criteria",
            "inclusion",
            "measurable-disease",
            "You have tumors that can be measured on CT or MRI scans (by RECIST 1.1).",
        ),
    ],
)
def test_the_phrases_of_bristol_myers_squibb_templates_are_read(source, kind, rule, plain):
    assert_written("NCT07247227", read(source), kind, rule, plain)


def test_the_t_cell_co_stimulation_phrase_is_one_treatment_not_two(plain_of):
    # NCT06561386: "... or other antibody or drug targeting T-cell co-stimulation or checkpoint pathways": one kind of
    # drug, not an "antibody" and a "drug" apart.
    [said] = [item.text for item in plain_of("NCT06561386").exclusion if "co-stimulation" in (item.text or "")]
    assert said.endswith(
        "or other immunotherapy that acts on the switches that turn the immune system's T cells on or off (antibody or "
        "drug targeting T-cell co-stimulation or checkpoint pathways) before."
    )
