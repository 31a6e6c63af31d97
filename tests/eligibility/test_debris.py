"""No debris in the plain list: stray stops and titles set inside a numbered list are not items or parts of items.

Each case is a real record whose page showed a lone "." as an item, an item starting with ". ", or a group's title
("Asthma-related criteria", "Clinical safety labs") run onto the end of the criterion above it.
"""

from __future__ import annotations

from tests.eligibility.conftest import items_of, texts
from trialpages.eligibility import parse_criteria
from trialpages.eligibility.clean import original_words
from trialpages.eligibility.sentences import sentences

# NCT05813288, shortened: titles indented under the item before them, set apart by blank lines.
_TITLED = """Inclusion Criteria:

1. Signed informed consent form and assent form, as appropriate.
2. Male or female ≥12 years of age at Screening Visit 1.

   Asthma-related criteria
3. Documented physician diagnosis of asthma for ≥12 months prior to Screening Visit 1.

Exclusion Criteria:

1. Respiratory infection within the 4 weeks before Screening Visit 1.

   Prohibited medications/procedures
2. Bronchial thermoplasty procedure in the past 12 months prior to Screening Visit 1.

    Clinical safety labs
3. Absolute neutrophil count <2.000x10⁹/L at Screening Visit 1.
"""


def _criteria(text: str) -> dict[str, tuple[str, str | None]]:
    return {
        criterion.id: (criterion.text, criterion.parent_id)
        for section in parse_criteria(text).sections
        for criterion in section.criteria
    }


def test_a_title_set_apart_inside_a_numbered_list_heads_the_items_after_it():
    criteria = _criteria(_TITLED)
    assert criteria["crit-inc-2"] == ("Male or female ≥12 years of age at Screening Visit 1.", None)
    assert criteria["crit-inc-3"] == ("Asthma-related criteria", None)
    assert criteria["crit-inc-3-1"][1] == "crit-inc-3"
    assert criteria["crit-exc-1"][0] == "Respiratory infection within the 4 weeks before Screening Visit 1."
    assert criteria["crit-exc-2"] == ("Prohibited medications/procedures", None)
    assert criteria["crit-exc-3"] == ("Clinical safety labs", None)
    assert criteria["crit-exc-3-1"][0].startswith("Absolute neutrophil count")


def test_the_real_record_shows_its_titles_as_headings_not_as_items(plain_of):
    plain = plain_of("NCT05813288")
    titles = [item.children_title for item in plain.exclusion]
    assert titles[:3] == ["Asthma-related criteria:", "Prohibited medications/procedures:", "General medical history:"]
    everything = texts(items_of(plain.inclusion)) + texts(items_of(plain.exclusion))
    assert not any(
        text.endswith(("Asthma-related criteria", "Prohibited medications/procedures")) for text in everything
    )


def test_a_line_that_goes_on_with_the_item_stays_part_of_it():
    # Not a title: it has a verb, or the item above it is unfinished, or no list item follows it.
    with_verb = "1. Prior chemotherapy.\n\n   Patients must have recovered\n2. Age 18 or older."
    assert _criteria(with_verb)["crit-oth-1"][0] == "Prior chemotherapy. Patients must have recovered"
    unfinished = "1. Any of the following conditions\n\n   Active hepatitis\n2. Age 18 or older."
    assert _criteria(unfinished)["crit-oth-1"][0] == "Any of the following conditions Active hepatitis"
    last = "1. Prior chemotherapy.\n\n   Cardiac safety"
    assert _criteria(last)["crit-oth-1"][0] == "Prior chemotherapy. Cardiac safety"


def test_a_stray_stop_before_a_criterion_is_not_an_item_nor_its_first_character():
    # NCT04862663: "1. . diabetes mellitus ...", "2. . Glycated haemoglobin (HbA1c) ≥ 8.0% (63.9 mmol/mol)".
    assert [s.text for s in sentences(". Glycated haemoglobin (HbA1c) ≥ 8.0% (63.9 mmol/mol)")] == [
        "Glycated haemoglobin (HbA1c) ≥ 8.0% (63.9 mmol/mol)"
    ]
    assert original_words(". diabetes mellitus type I or type II requiring insulin treatment") == (
        "Diabetes mellitus type I or type II requiring insulin treatment"
    )
    assert original_words("1.5 x ULN") == "1.5 x ULN"  # a number's point is no stray stop


def test_the_real_record_has_no_lone_stop(plain_of):
    plain = plain_of("NCT04862663")
    everything = texts(items_of(plain.exclusion))
    assert "." not in everything
    assert "Your HbA1c is at least 8.0% (63.9 mmol/mol)." in everything
    assert "Diabetes mellitus type I or type II requiring insulin treatment" in everything


def test_a_value_under_its_measure_ends_the_measure_s_sentence(plain_of):
    # NCT01785420: "... and/or alanine aminotransferase (ALT)" over "* 2.5 x ULN": the limit alone said nothing.
    said = texts(plain_of("NCT01785420").inclusion)
    assert "2.5 x ULN" not in said
    assert any(text.endswith("alanine aminotransferase (ALT) 2.5 x ULN") for text in said)


def test_a_child_of_a_number_and_two_words_is_said_after_its_lead_in(plain_of):
    # NCT06932263: "biomarker requirements of:" / "2 severe exacerbations OR" / "1 severe exacerbation and: ..."
    said = texts(plain_of("NCT06932263").inclusion)
    assert "2 severe exacerbations" not in said
    assert (
        "Documented exacerbation history in the last 12 months and biomarker requirements of: 2 severe exacerbations"
        in said
    )


def test_a_bracket_never_opened_is_dropped_and_a_spaced_dash_before_a_value_reads_as_a_colon(plain_of):
    assert original_words("IIEF-5) - 12-21") == "IIEF-5: 12-21"
    assert original_words("Or ii) Hospitalization for asthma") == "Or ii) Hospitalization for asthma"  # a list marker
    assert original_words("Score (see appendix) - 5") == "Score (see appendix) - 5"  # the bracket was opened
    # NCT01866995 showed "IIEF-5) - 12-21"; read now as the score it is.
    assert "Your IIEF-5 score is 12 to 21." in texts(plain_of("NCT01866995").inclusion)


def test_no_article_before_a_spelled_at_least_and_no_space_before_a_stop(plain_of):
    # NCT06932263: "demonstrate a ≥70% compliance", "ACQ-6 score ≥ 1.5 ."
    said = texts(plain_of("NCT06932263").inclusion)
    assert "Participants need to demonstrate at least 70% compliance for Asthma Daily Diary." in said
    assert "Demonstration of uncontrolled asthma through ACQ-6 score at least 1.5." in said


def test_a_sentence_left_standing_alone_loses_its_also(plain_of):
    # NCT00421083: "Significant renal problems within 6 months ... Also, active liver disease including jaundice ...":
    # the first sentence is rewritten; the second stood as "Also, active liver disease ...".
    texts_of = [item.text for item in plain_of("NCT00421083").exclusion]
    assert "Active liver disease including jaundice at beginning of study." in texts_of
    assert not any(text and text.startswith("Also,") for text in texts_of)


def test_numbered_criteria_run_onto_one_line_are_cut_even_after_a_number():
    # NCT01640457: "• 1. The patient has ... Modic Changes 2-3 2. The patient has one or more dysplastic vertebral
    # bodies ... 3. The patient has ..." showed eight radiological exclusions as one item.
    criteria = parse_criteria(
        "Exclusion Criteria:\n\n• 1. The patient has degenerative changes as determined by Modic Changes 2-3 2. The "
        "patient has dysplastic vertebral bodies 3. The patient has a lumbar kyphosis"
    ).all_criteria()
    assert [criterion.text for criterion in criteria] == [
        "The patient has degenerative changes as determined by Modic Changes 2-3",
        "The patient has dysplastic vertebral bodies",
        "The patient has a lumbar kyphosis",
    ]
