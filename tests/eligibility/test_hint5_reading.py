"""Faults found reading the fifth HINT sample (data/ctgov/hint5.jsonl.xz, docs/eligibility-review/hint5-1/). Each
test holds the general rule on the study's own sentence."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import eligibility, notes, texts


def test_a_bare_or_between_two_members_makes_them_the_two_ways():
    # NCT00226941: normal creatinine read as needed, the "OR" line said as a choice of its own ("Creatinine").
    plain = eligibility(
        "Inclusion Criteria:\n\n* Total bilirubin < 1.5x ULN\n* Creatinine:\n    * Within normal institutional limits\n"
        "    * OR\n    * Creatinine clearance > 60 mL/min/1.73 m2 (if serum creatinine levels above institutional normal)\n"
        "* Ability to swallow pills without difficulty\n"
    )
    creatinine = plain.inclusion[1]
    assert creatinine.children_joins == "any"
    assert texts(creatinine.children) == [
        "Within normal institutional limits",
        "Your creatinine clearance is more than 60 mL/min/1.73 m2 (if serum creatinine levels above institutional "
        "normal).",
    ]


def test_the_lead_ins_own_subject_again_ends_its_list_of_features():
    # NCT02564588: the distress rule and the diagnosis rule read as two more features, "3 of 7" for "3 of 5".
    plain = eligibility(
        "Inclusion Criteria:\n\n* Adults\n* Binge-eating episodes are associated with ≥ 3 of the following:\n"
        "* Eating much more rapidly than normal\n* Eating until uncomfortably full\n* Eating large amounts when not "
        "feeling hungry\n* Eating alone because of embarrassment\n* Feeling disgusted with oneself, guilty afterward\n"
        "* Binge-eating episodes are also associated with marked distress regarding the episode.\n"
        "* Diagnosis is confirmed based on the eating-disorders module of the SCID.\n"
    )
    features = plain.inclusion[1]
    assert len(features.children) == 5
    assert texts(plain.inclusion[2:]) == [
        "Binge-eating episodes are also associated with marked distress regarding the episode.",
        "Diagnosis is confirmed based on the eating-disorders module of the SCID.",
    ]


def test_a_rule_that_you_will_have_none_is_no_reason_to_be_left_out():
    # NCT02616783: read as keeping out those who never had a treatment fail.
    plain = eligibility(
        "Exclusion Criteria:\n\n* Pregnant\n* Individuals will have no evidence of previous virologic failure on a PI/r "
        "or INSTI-based regimen\n* HIV-2 infection\n"
    )
    assert not any("virologic failure" in text for text in texts(plain.exclusion))
    assert any("virologic failure" in text for text in texts(plain.other))


def test_a_count_a_thousand_times_too_high_stays_in_the_studys_words():
    # NCT02630004: "Platelets ≥ 100,000 x 109/L" said as "at least 100,000 billion per liter".
    plain = eligibility("Inclusion Criteria:\n\n* Platelets ≥ 100,000 x 109/L\n* Neutrophils ≥ 1.5 x 10^9/L\n")
    platelets, neutrophils = texts(plain.inclusion)
    assert "billion" not in platelets
    assert "100,000" in platelets
    assert neutrophils == "Your neutrophil count is at least 1.5 billion per liter."


@pytest.mark.parametrize(
    ("text", "term", "sense"),
    [
        # NCT00717093: not having sex
        (
            "Have used smokeless tobacco for at least 1 year with no period of abstinence >3 months in the past year.",
            "abstinence",
            "a time of not using it at all",
        ),
        # NCT02943564: a cancer's shrinking
        (
            "Have no more than partial response (< 50% improvement) to ongoing treatment with an antidepressant",
            "partial response",
            "the treatment helped somewhat, but not fully",
        ),
        # NCT02524054: the reason for a medicine
        ("Receiving potassium supplementation or other indication of hypokalemia", "indication", "a sign"),
        # NCT03113071: the lymph nodes
        (
            "calcium channel blockers with AV-nodal blocking activity (verapamil, diltiazem)",
            "AV-nodal",
            "to do with the AV node, the heart's relay point for each beat",
        ),
        # NCT03113071: both middle groups, as if INT-1 would do
        (
            "Newly diagnosed intermediate-2 (INT-2) or high-risk MDS",
            "INT-2",
            "intermediate-2: the higher of the two middle risk groups of the IPSS score for MDS",
        ),
        # NCT02557854: any drip of medicine
        ("stem cell transplant or infusion without TBI 12 weeks", "infusion", "cells given through a vein"),
        # NCT01381549 (the hint4 re-reading of this session, hint4-1e): a skin patch put in with a needle
        ("Percutaneous contraceptive patches; or", "percutaneous", "through the skin"),
        # NCT00467077: only a gene
        (
            "No other concurrent agents specifically designed to inhibit EGFR",
            "EGFR",
            "a protein on cells, and the gene that makes it; some cancers have changes in it that certain drugs target",
        ),
    ],
)
def test_a_word_gets_the_sense_its_sentence_uses(text, term, sense):
    assert notes(text)[term] == sense


def test_a_gene_type_for_a_drug_reaction_is_no_transplant_match():
    # NCT02912364: "HLA B*1502" explained as markers to match a transplant donor.
    said = notes("Presence of HLA B*1502 in subjects of Asian descent")
    assert "carbamazepine" in said["HLA B*1502"]
    assert "HLA" not in said


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # NCT02630004: a section of the spine
        ("Any Head and Neck site with lymph nodes at cervical level II.", "level"),
        # NCT00467077: the long name has its own note
        ("agents designed to inhibit the epidermal growth factor receptor (EGFR)", "EGFR"),
    ],
)
def test_no_note_where_its_only_sense_is_wrong_or_said(text, term):
    assert term not in notes(text)
    assert "spine" not in notes(text).get("cervical", "")


def test_a_heading_run_onto_the_item_before_it_heads_its_own_group():
    # NCT03273153: "... (CNS) metastases Exclusions Related to Cardiovascular Disease" read as one garbled item.
    plain = eligibility(
        "Exclusion Criteria:\n\n* Inability to swallow medications Cancer-Related Exclusion Criteria\n* Ocular melanoma\n"
        "* Active or untreated central nervous system (CNS) metastases Exclusions Related to Cardiovascular Disease\n"
        "* Unstable angina within last 3 months\n* Recent treatment within 2 weeks prior to Day 1, Cycle 1 Exclusions "
        "Related to Other Medical Conditions or Medications\n* Proteinuria >3.5 gm/24 hr\n"
    )
    titles = [item.children_title for item in plain.exclusion if item.text is None]
    assert titles == [
        "Cancer-Related Exclusion Criteria:",
        "Exclusions Related to Cardiovascular Disease:",
        "Exclusions Related to Other Medical Conditions or Medications:",
    ]
    assert not any("Related" in text for text in texts(plain.exclusion))


@pytest.mark.parametrize(
    ("criterion", "said"),
    [
        # NCT03273153: "Any Grade at least 3 hemorrhage"
        ("Any Grade >=3 hemorrhage or bleeding event within 28 days", "Any Grade 3 or higher hemorrhage"),
        # NCT00179712: "Prior at least to grade 3 ... rash", the sign typed in letters
        ("Prior > or = to grade 3 rash while taking thalidomide", "Prior at least grade 3 rash"),
        # NCT00453635, NCT02489461: a Greek Τ and Cyrillic С and Т in Latin words
        ("Motor neuropathy more than grade 1 according to NCIC Τoxicity Criteria", "NCIC Toxicity Criteria"),
    ],
)
def test_a_sentence_in_the_studys_words_reads_as_words(criterion, said):
    assert said in texts(eligibility(f"Exclusion Criteria:\n\n* {criterion}\n").exclusion)[0]


def test_look_alike_letters_are_read_as_the_latin_ones():
    # NCT02489461: "СD4+ Т-cells" kept its Cyrillic letters, so CD4 had no note.
    plain = eligibility("Inclusion Criteria:\n\n* \u0421D4+ \u0422-cells count at least 350 cells/mm3\n")
    assert texts(plain.inclusion) == ["Your CD4 count is at least 350 cells/mm3."]


def test_an_age_typed_with_a_spelled_sign_is_read():
    # NCT00179712: "Age >or = to 18 years at the time of signing informed consent form" kept in the study's words.
    plain = eligibility(
        "Inclusion Criteria:\n\n* Age >or = to 18 years at the time of signing informed consent form.\n"
    )
    assert texts(plain.inclusion) == ["You are 18 years old or older when you sign the consent form."]


@pytest.mark.parametrize(
    ("text", "term", "absent"),
    [
        # a side effect's grade, not a heart failure class or a tumor's grade
        ("Any Grade 3 or higher hemorrhage", "grade 3", ""),
        ("Symptomatic congestive heart failure (New York Heart Association Grade II or greater)", "", "grade II"),
        ("grade 3 follicular lymphoma", "", "grade 3"),
        # a leukemia's origin, not a cancer spread at first diagnosis
        ("De novo or secondary MDS", "de novo", ""),
        ("De Novo metastatic Breast Cancer", "", "de novo"),
        ("TV positive by either wet preparation or culture", "TV", ""),
        ("Subject has any life-time history of abuse or diversion of stimulants.", "diversion", ""),
        # NCT02561078 (hint5-1c): "able to father a child" read the rule as men's only
        (
            "are sexually active of procreation potential not actively practicing birth control",
            "procreation potential",
            "",
        ),
    ],
)
def test_bare_words_the_readers_found_get_their_sense_only(text, term, absent):
    noted = notes(text)
    assert not term or term in noted
    assert absent not in noted
    assert "father" not in noted.get(term, "")
