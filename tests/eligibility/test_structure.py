"""The plain list keeps the criteria's structure: groups, lead-ins, exceptions and scopes, on real records.

Most cases here are items a clinical review of the old generator judged WRONG (docs/eligibility-review/
before/): each names the study and what went wrong, and checks it cannot happen again.
"""

from __future__ import annotations

import re

import pytest

from tests.eligibility.conftest import CORPORA, criteria_items, items_of, texts
from trialpages.eligibility import parse_criteria, translate_eligibility
from trialpages.eligibility.parse import joins_of


def _module(criteria: str) -> dict:
    return {"eligibilityCriteria": criteria}


def _group(items, title_start: str):
    return next(item for item in items_of(items) if (item.children_title or "").startswith(title_start))


def test_cohort_labels_over_whole_sections_group_each_cohorts_rules(plain_of):
    # NCT01515527: "Cohort 1" and "Cohort 2" stand above their own inclusion and exclusion lists.
    plain = plain_of("NCT01515527")
    assert [item.children_title for item in plain.inclusion] == ["Cohort 1:", "Cohort 2:"]
    assert [item.children_title for item in plain.exclusion] == ["Cohort 1:", "Cohort 2:"]
    cohort_2 = plain.inclusion[1]
    one_of = _group(cohort_2.children, "Patients must have one of the following")
    assert one_of.children_joins == "any"
    assert "Your creatinine is at least 2 mg/dL." in texts(one_of.children)
    # ... and it is nowhere a rule for everyone, nor a fact at a glance.
    assert "Your creatinine is at least 2 mg/dL." not in texts(plain_of("NCT01515527").inclusion[0].children)
    assert plain.at_a_glance.facts == []


def test_group_labels_written_as_lines_adopt_the_items_after_them(plain_of):
    # NCT01119404: "Group 1: Metabolic syndrome" ... each group's rules are for that group only.
    plain = plain_of("NCT01119404")
    [groups] = plain.inclusion  # one of them is enough (they repeat each other's rules)
    titles = [item.children_title for item in groups.children]
    assert titles == ["Group 1: Metabolic syndrome:", "Group 2: Coronary heart disease (CHD):", "Group 3: Control:"]
    assert any("MetS diagnosed" in text for text in texts(groups.children[0].children))
    assert plain.at_a_glance.facts == []


def test_a_group_heading_is_a_title_never_a_rule(plain_of):
    # NCT06209411: "Pregnant Women:" heads the rules for pregnant women; it is not "You are pregnant".
    plain = plain_of("NCT06209411")
    pregnant = plain.inclusion[0].children[0]  # the first of the groups, one of which is enough
    assert pregnant.text is None and pregnant.children_title == "Pregnant Women:"
    assert plain.exclusion[0].text is None and plain.exclusion[0].children_title == "Pregnant Women:"
    assert plain.exclusion[1].children_title == "CHW, Clinicians, Ministry of Health Officials:"
    assert "You are pregnant." not in texts(plain.inclusion) + texts(plain.exclusion)


def test_an_exception_sentence_stays_with_the_rule_it_excepts(plain_of):
    # NCT03510338: "Subjects who have taken OTC medication may still be entered ..." is not its own exclusion.
    exclusion = plain_of("NCT03510338").exclusion
    otc = [text for text in texts(exclusion) if "OTC" in text]
    assert len(otc) == 1 and "may still be entered into the study" in otc[0]
    # NCT05751044: "... are not considered major surgery" stays with "Major surgery within 21 days".
    surgery = [text for text in texts(plain_of("NCT05751044").exclusion) if "not considered major surgery" in text]
    assert len(surgery) == 1 and "Major surgery within 21 days" in surgery[0]
    # NCT06627647: what people with treated brain metastases must meet stays under that criterion's item.
    exclusion = plain_of("NCT06627647").exclusion
    brain = next(item for item in exclusion if "spread to the brain, unless" in (item.text or ""))
    assert any("must have elapsed" in (child.text or "") for child in brain.children)
    assert not any("must have elapsed" in (item.text or "") for item in exclusion)


def test_a_qualifying_sentence_sits_under_the_fact_it_qualifies(plain_of):
    # NCT01515527: "Age >/= 60 years. Patients aged < 60 years who are unsuitable ... may be eligible ...".
    cohort_1 = plain_of("NCT01515527").inclusion[0].children
    age = next(item for item in cohort_1 if item.text == "You are 60 years old or older.")
    assert [child.text for child in age.children] == [
        "Patients aged less than 60 years who are unsuitable for standard induction therapy may be eligible after "
        "discussion with PI"
    ]


def test_a_section_heading_that_names_a_phase_titles_its_items(plain_of):
    # NCT05296798: the maintenance phase's rules are not entry rules for everyone.
    inclusion = plain_of("NCT05296798").inclusion
    maintenance = next(item for item in inclusion if item.children_title == "Maintenance Phase Inclusion Criteria:")
    assert any("during the induction therapy phase" in text for text in texts(maintenance.children))
    assert not any("during the induction therapy phase" in (item.text or "") for item in inclusion)


def test_a_scope_before_a_criterion_stays_its_title(plain_of):
    # NCT05296798 crit-exc-26: "For pre- and perimenopausal women, and men: ..." applies to them only.
    scoped = _group(plain_of("NCT05296798").exclusion, "For pre- and perimenopausal women, and men")
    assert scoped.children and all("crit-exc-26" in child.source_ids for child in scoped.children)


def test_the_next_cohort_label_is_a_sibling_never_a_member_of_the_one_before(plain_of):
    # NCT04482309: "Cohort 7: Rare tumors: ..." was shown as a kind of "Cohort 6: Pancreatic cancer".
    cohorts = _group(plain_of("NCT04482309").inclusion, "Part 1:").children
    assert [item.text[:9] for item in cohorts] == [f"Cohort {number}:" for number in range(1, 8)]
    assert all(not item.children for item in cohorts)


def test_a_note_about_an_earlier_sentence_is_never_put_under_the_last_one(plain_of):
    # NCT05282459: "If nutritional deficiencies can be corrected, ... can be rescreened" sat under "gastrointestinal
    # bleed", a reason it does not speak of; the criterion stays whole, its note after what it names.
    [item] = [item for item in plain_of("NCT05282459").exclusion if "causes of anemia" in (item.text or "")]
    assert item.form == "original-words" and not item.children
    assert item.text.index("nutritional deficiencies related") < item.text.index("If nutritional deficiencies")


@pytest.mark.parametrize("nct_id", ["NCT00833638", "NCT05507827", "NCT01352507", "NCT06376513"])
def test_rules_for_a_partner_or_donor_are_never_said_to_the_patient(plain_of, nct_id):
    # NCT00833638: the partner's "Female and at least 18 years old" read "You are female" in a study of men.
    plain = plain_of(nct_id)
    groups = [item for item in items_of(plain.inclusion + plain.exclusion) if item.children_title]
    theirs = [group for group in groups if re.search(r"partner|donor", group.children_title, re.IGNORECASE)]
    assert theirs and all(item.form == "original-words" for group in theirs for item in items_of(group.children))
    assert "other ages" not in plain.at_a_glance.ages  # a donor's ages are not the patient's


def test_a_roman_numeral_run_into_the_last_alternative_goes_on_the_lead_ins_numbering(plain_of):
    # NCT01701245: "6. A sense of restlessness or agitation iii. Attacks have a frequency ... iv. Attacks recur ..."
    # made two rules for everyone look like one more optional symptom.
    inclusion = plain_of("NCT01701245").inclusion
    symptoms = _group(inclusion, "Headache is accompanied by at least 1 of the following")
    assert symptoms.children[-1].text == "A sense of restlessness or agitation"
    # The title is not said again before the members that can stand alone (reviewers: unreadable).
    assert texts(symptoms.children)[2:4] == [
        "Swelling of the eyelid (eyelid oedema), on the same side as the pain (ipsilateral)",
        "Forehead and facial sweating, on the same side as the pain (ipsilateral)",
    ]
    assert [item.text[:25] for item in inclusion if item.text and item.text.startswith("Attacks")] == [
        "Attacks have a frequency ",
        "Attacks recur over more t",
    ]


def test_criteria_joined_by_a_trailing_or_are_alternatives_not_all_required(plain_of):
    # NCT01770340: "Gleason score ≥ 7 (3+4 and/or 4+3) and/or" over "PSA ≥ 20 ng/ml" showed both as required.
    either = _group(plain_of("NCT01770340").inclusion, "At least one of these must be true")
    assert either.children_joins == "any"
    assert texts(either.children) == [
        "Your Gleason score is at least 7 (3+4 and/or 4+3).",
        "Your PSA is at least 20 ng/ml.",
    ]


def test_lettered_alternatives_inside_one_criterion_form_an_any_group(plain_of):
    # NCT03511846: "Diagnosis of one of the following: a. ... b. ... c. Healthy control subject ...".
    group = plain_of("NCT03511846").inclusion[0]
    assert group.children_joins == "any" and group.children_title == "Diagnosis of one of the following:"
    assert len(group.children) == 3
    assert group.children[2].text.startswith("Healthy control subject")


def test_a_preamble_introduces_the_list_and_is_not_a_criterion():
    parsed = parse_criteria(
        "Exclusion Criteria:\n\nSubjects will not be eligible for entry into this study if they meet any of the "
        "following criteria:\n\n1. Prior penile prosthesis\n2. Active skin infection"
    )
    (section,) = parsed.sections
    assert section.kind == "exclusion"
    assert section.preamble.startswith("Subjects will not be eligible")
    assert [criterion.text for criterion in section.criteria] == ["Prior penile prosthesis", "Active skin infection"]


def test_a_lead_in_takes_the_unindented_items_after_it_until_its_or_list_ends():
    parsed = parse_criteria(
        "Inclusion Criteria:\n\n* Subject is male or female. If female the subject is:\n* non-childbearing potential or,\n"
        "* Female sterilization; or,\n* Double barrier method.\n* Subject has a diagnosis of cluster headache."
    )
    criteria = parsed.all_criteria()
    assert [c.parent_id for c in criteria] == [None, "crit-inc-1", "crit-inc-1", "crit-inc-1", None]
    assert criteria[0].joins == "any"


def test_a_numbered_item_indented_under_a_bullet_continues_the_numbered_list():
    parsed = parse_criteria(
        "Inclusion Criteria:\n\n10. One of the following:\n\n* A\n* B\n\n  11. Negative pregnancy test"
    )
    assert [(c.id, c.parent_id) for c in parsed.all_criteria()] == [
        ("crit-inc-1", None),
        ("crit-inc-1-1", "crit-inc-1"),
        ("crit-inc-1-2", "crit-inc-1"),
        ("crit-inc-2", None),
    ]


def test_heading_words_inside_a_criterion_are_not_a_heading():
    # NCT06252142: "Not eligible by the above inclusion criteria" is the criterion itself.
    parsed = parse_criteria("Exclusion Criteria:\n\n* Not eligible by the above inclusion criteria")
    assert [c.text for c in parsed.all_criteria()] == ["Not eligible by the above inclusion criteria"]


def test_short_children_of_a_history_lead_in_are_said_in_one_sentence():
    plain = translate_eligibility(
        _module(
            "Exclusion Criteria:\n\n* History of the following:\n  * Renal failure\n  * Cerebrovascular disease\n  * Hypothyroidism"
        )
    )
    (item,) = plain.exclusion
    assert item.text == "You have had renal failure, cerebrovascular disease or hypothyroidism."
    assert item.form == "rewritten"
    assert item.source_ids == ["crit-exc-1", "crit-exc-1-1", "crit-exc-1-2", "crit-exc-1-3"]


def test_a_lead_in_that_says_not_gives_no_verb_to_inclusion_items():
    plain = translate_eligibility(
        _module(
            "Inclusion Criteria:\n\n* Subjects without any of the following conditions:\n  * Renal failure\n  * Hypothyroidism"
        )
    )
    assert all("You have" not in text for text in texts(plain.inclusion))


def test_every_item_of_a_group_names_the_lead_in_first():
    plain = translate_eligibility(
        _module(
            "Exclusion Criteria:\n\n* Any of the following laboratory abnormalities:\n  * Hemoglobin < 9 g/dL\n"
            "  * Platelets < 75,000/mm3 and a history of bleeding"
        )
    )
    (group,) = plain.exclusion
    assert group.text is None and group.children_joins == "any"
    assert [child.source_ids for child in group.children] == [
        ["crit-exc-1", "crit-exc-1-1"],
        ["crit-exc-1", "crit-exc-1-2"],
    ]


@pytest.mark.slow
@pytest.mark.parametrize("corpus", CORPORA)
def test_every_original_criterion_is_the_source_of_some_item_and_sources_are_real(corpus, request):
    linked = total = 0
    for record in request.getfixturevalue(corpus):
        module = record["protocolSection"].get("eligibilityModule")
        criteria = {c.id for c in parse_criteria((module or {}).get("eligibilityCriteria")).all_criteria()}
        plain = translate_eligibility(module)
        sources = {s for item in plain.all_items() if item.text is not None for s in item.source_ids}
        assert sources <= criteria
        linked += len(criteria & sources)
        total += len(criteria)
    assert linked == total, f"{total - linked} of {total} criteria are the source of no item"


def test_an_inability_in_the_exclusion_list_still_reads_as_a_reason_to_be_left_out():
    from trialpages.eligibility import translate_eligibility

    plain = translate_eligibility(
        {"eligibilityCriteria": "Exclusion Criteria:\n\n* Not able to provide informed consent\n"}
    )
    (item,) = plain.exclusion
    assert item.form == "rewritten" and item.text.startswith("You are not able")


def test_a_requirement_in_the_exclusion_list_moves_to_what_the_study_also_says_and_a_reason_with_a_note_stays():
    from trialpages.eligibility import translate_eligibility

    # NCT05751044: a wash-out written as a requirement; an exclusion whose second sentence says what must be done.
    criteria = (
        "Exclusion Criteria:\n\n"
        "* IMMUNOTHERAPY: At least 42 days must have elapsed after the completion of any type of immunotherapy\n"
        "* Pregnancy or positive pregnancy test in females of childbearing potential. Pregnancy test must be "
        "performed within 7 days prior to C1D1.\n"
        "* Patients must not have received a live vaccine within 30 days\n"
    )
    plain = translate_eligibility({"eligibilityCriteria": criteria})
    assert [item.text[:13] for item in plain.other] == ["IMMUNOTHERAPY"]
    assert len(plain.exclusion) == 2 and plain.exclusion[0].text.startswith("Pregnancy")


def test_a_list_begun_on_an_items_own_line_takes_the_items_that_go_on_with_or():
    # NCT00399243 (reviewed: LOSSY x8): the birth-control methods after "agrees to one of the following: Complete
    # abstinence ...; or," are bullets of the same level as it; they read as alternatives to being able to have
    # children, losing the pregnancy test that goes with each.
    criteria = """Inclusion Criteria:

* Subject is male or female. If female the subject is:
* non-childbearing potential or,
* child-bearing potential, has a negative pregnancy test at screen, and agrees to one of the following: Complete abstinence from intercourse; or,
* Female sterilization; or,
* Oral contraceptive (combined or progestin only) or,
* Double barrier method; (2 physical barriers or 1 physical barrier plus spermicide).
* Subject has a diagnosis of cluster headache (IHS).
"""
    [section] = parse_criteria(criteria).sections
    parents = {c.text: c.parent_id for c in section.criteria}
    ids = {c.text: c.id for c in section.criteria}
    lead = "child-bearing potential, has a negative pregnancy test at screen, and agrees to one of the following:"
    assert parents[lead] == ids["Subject is male or female. If female the subject is:"]
    for method in (
        "Complete abstinence from intercourse; or,",
        "Female sterilization; or,",
        "Oral contraceptive (combined or progestin only) or,",
    ):
        assert parents[method] == ids[lead], method
    assert parents["Subject has a diagnosis of cluster headache (IHS)."] is None

    methods = _group(translate_eligibility(_module(criteria)).inclusion, "Child-bearing potential")
    assert methods.children_joins == "any"
    assert [item.text for item in methods.children][:2] == [
        "Complete abstinence from intercourse",
        "Female sterilization",
    ]


def test_notes_about_the_criteria_move_out_of_the_exclusion_list_and_conditions_with_a_definition_stay(plain_of):
    # Reviewed UNREADABLE: a definition, a note that testing may be adjusted, and when the criteria are checked, each
    # shown as one more reason you cannot join (NCT05751044, NCT06347575, NCT05296798).
    covid = plain_of("NCT05751044")
    other = [item.text for item in covid.other if item.text]
    assert any(text.startswith("A negative COVID-19 test result is defined as") for text in other)
    assert any("may be adjusted to the applicable country" in text for text in other)
    exclusion_texts = [item.text or item.children_title or "" for item in items_of(covid.exclusion)]
    assert not any("is defined as at least 1 negative PCR" in text for text in exclusion_texts)
    assert any(text.startswith("Known active viral hepatitis") for text in exclusion_texts)  # its parent stays
    assert "All exclusion criteria will be assessed before the 4-week run-in phase." in texts(
        plain_of("NCT06347575").other
    )
    assert "However, no screening testing for SARS-CoV-2 is required" in texts(plain_of("NCT05296798").other)
    # "(major surgery is defined as ...)" is a bracket in a condition: still a reason to be left out.
    surgery = [
        item.text for item in items_of(plain_of("NCT05605119").exclusion) if "is defined as" in (item.text or "")
    ]
    assert len(surgery) == 1 and surgery[0].startswith("Major surgery")


def test_members_of_an_exception_are_never_moved_out_as_notes():
    criteria = (
        "Exclusion Criteria:\n\n"
        "* Brain metastases, unless all of the following are true:\n"
        "  * Brain metastases that have been treated locally and are clinically stable\n"
        "  * Stable disease is defined as no new lesions for 4 weeks\n"
    )
    plain = translate_eligibility(_module(criteria))
    assert plain.other == []
    assert "Stable disease is defined as no new lesions for 4 weeks" in texts(items_of(plain.exclusion))


def test_examples_after_such_as_are_alternatives(plain_of):
    # NCT00282607: "Is using concomitant medications ... such as the following:" lists kinds of medicines;
    # taking any one of them rules you out, not only taking all.
    group = _group(plain_of("NCT00282607").exclusion, "Is using concomitant medications")
    assert group.children_joins == "any"
    assert group.children_title.endswith("(any one of these):")


def test_a_lead_in_with_a_list_of_one_lettered_member_is_a_group_of_one(plain_of):
    # NCT03511846: "The following items exclude the subject only from the capsaicin portion of the study: a. Known
    # allergy to capsaicin or hot peppers" kept the lead-in and the letter inside one item.
    groups = [item for item in items_of(plain_of("NCT03511846").exclusion) if item.children_title]
    capsaicin = next(group for group in groups if "capsaicin portion" in group.children_title)
    assert [child.text for child in capsaicin.children] == ["You are known to be allergic to capsaicin or hot peppers."]


def test_a_first_marker_followed_by_more_markers_is_not_a_list_of_one():
    # NCT00652262's question "(1) mechanical stimulation ..., or (2) visual stimulation?" is one criterion's words.
    [item] = criteria_items(
        "Inclusion Criteria:\n\n* Patients answering yes to: (1) mechanical stimulation by yourself, or (2) visual stimulation?"
    )
    assert item.text.startswith("Patients answering yes to: (1) mechanical")


def test_a_note_about_the_aforementioned_values_goes_under_every_limit_it_looks_back_at(plain_of):
    # NCT05751044: "ALT/SGPT ≤ 5 x ULN; AST/SGOT ≤ 5 x ULN. Note: Patients with hepatic disfunction ... can be eligible
    # even if they do not fulfill the aforementioned values": under the AST limit only, the ALT limit read as absolute.
    limits = [
        item
        for item in items_of(plain_of("NCT05751044").inclusion)
        if item.text and item.text.startswith(("Your ALT is", "Your AST is"))
    ]
    assert len(limits) == 2
    for limit in limits:
        assert [child.text[:40] for child in limit.children] == ["Note: Patients with hepatic disfunction "]


def test_sets_parted_by_a_line_that_says_or_are_alternatives_not_all_required(plain_of):
    # NCT03319901: "untreated ALL, ≥20% lymphoblasts, age ≥ 60" / "OR" / "relapsed ALL, ≥5% lymphoblasts, age ≥ 18, ...":
    # the page said all of them were needed (untreated and relapsed, 60 and 18) under a group titled ":".
    [either] = plain_of("NCT03319901").inclusion
    assert (either.children_title, either.children_joins) == ("Only one of these sets needs to be true:", "any")
    first, second = either.children
    assert first.children_title == "All of these:" and second.children_title == "Or all of these:"
    assert "You are 60 years old or older." in texts(first.children)
    assert "You are 18 years old or older." in texts(second.children)
    assert "You are 60 years old or older." not in texts(second.children)


def test_a_set_of_one_is_said_as_this(plain_of):
    # NCT06372145: completed an earlier trial on the drug / OR / stopped it for a national emergency.
    [either] = plain_of("NCT06372145").inclusion
    assert [group.children_title for group in either.children] == ["This:", "Or all of these:"]


def test_items_indented_under_a_first_item_that_leads_nothing_are_the_sections_own(plain_of):
    # NCT05826691: "* History of BPH surgery" then every other exclusion indented under it ("  * History of pelvic
    # radiation" ...): read as its children, twelve reasons to be left out stood under one as if they detailed it.
    plain = plain_of("NCT05826691")
    assert not any(item.children for item in plain.exclusion)
    assert "History of BPH surgery" in texts(plain.exclusion)[0]
    assert len(plain.exclusion) >= 12


def test_a_second_marker_typed_into_the_first_item_shows_the_indentation_is_the_registrys():
    # NCT05329493 (a study outside the bundled records): "* • Subject has had a surgical procedure(s) ..." and the
    # other eight exclusions indented under it.
    criteria = (
        "Exclusion Criteria:\n\n* • Subject has had a surgical procedure(s) in the intended area of treatment in the "
        "last 6 months.\n\n  * Sensitivity to the cold\n  * Subject is unable or unwilling to comply with the study "
        "requirements.\n"
    )
    (section,) = parse_criteria(criteria).sections
    assert [criterion.depth for criterion in section.criteria] == [0, 0, 0]
    assert all(criterion.parent_id is None for criterion in section.criteria)


def test_a_lead_in_that_names_a_topic_keeps_the_items_indented_under_it():
    criteria = (
        "Inclusion Criteria:\n\n* Adequate organ function\n\n  * Hemoglobin ≥ 9 g/dL\n  * Platelets ≥ 100,000/µL\n"
    )
    (section,) = parse_criteria(criteria).sections
    assert [criterion.depth for criterion in section.criteria] == [0, 1, 1]


def test_an_item_that_names_the_lead_ins_subject_with_a_verb_is_not_one_of_its_members():
    # NCT06934928 (outside the bundled records): the NF1 features follow "... by meeting ≥ 2 the following criteria:"
    # at its own indent, and so do the study's next criteria ("Participant is seeking treatment for cNF."): these
    # were read as features of which any two would do.
    criteria = (
        "Inclusion Criteria:\n\n* Participant has a diagnosis of NF1 based on germline genetic testing or by meeting "
        "≥ 2 the following criteria:\n* Family history of NF1\n* Freckling under the arms or in the groin area\n"
        "* Participant is seeking treatment for cNF.\n* Participant is able to understand and provide written informed "
        "consent.\n"
    )
    (section,) = parse_criteria(criteria).sections
    assert [(criterion.depth, criterion.text[:24]) for criterion in section.criteria] == [
        (0, "Participant has a diagno"),
        (1, "Family history of NF1"),
        (1, "Freckling under the arms"),
        (0, "Participant is seeking t"),
        (0, "Participant is able to u"),
    ]


def test_a_short_child_is_not_glued_to_a_parent_that_ends_its_own_sentence():
    # NCT04839692 (outside the bundled records): "* Skin Types (all Fitzpatrick Skin Phototypes );" with "Smoking
    # history is self-report." indented under it read "Skin Types (all Fitzpatrick Skin Phototypes ): smoking history
    # is self-report."; a lead-in that ends in a stop but leads ("... with any of the following.") still titles its
    # few-word children.
    plain = translate_eligibility(
        _module(
            "Inclusion Criteria:\n\n* Caucasian female;\n* Skin Types (all Fitzpatrick Skin Phototypes );\n\n"
            "  * Smoking history is self-report.\n* Aged 21-30 years"
        )
    )
    assert "Smoking history is self-report." in texts(items_of(plain.inclusion))
    assert not any("): smoking" in text for text in texts(items_of(plain.inclusion)))


def test_a_listed_exception_read_alone_is_never_a_reason_of_its_own(plain_of):
    # NCT05821933: "... not recovered to grade 0-1, with the following exceptions: a. alopecia; b. hyperpigmentation;
    # c. ...": cut at its stops, "b. hyperpigmentation" read alone was shown as "You cannot join if you have dark
    # patches on the skin" (it is an exception that lets you join). The criterion keeps the study's words.
    plain = plain_of("NCT05821933")
    toxicity = [item for item in items_of(plain.exclusion) if item.text and "Toxicity of prior antitumor" in item.text]
    assert len(toxicity) == 1 and "hyperpigmentation" in toxicity[0].text
    assert not any(item.text and "dark patches" in item.text for item in items_of(plain.exclusion))


def test_exceptions_listed_after_except_for_and_a_marker_stay_with_their_criterion(plain_of):
    # NCT06079671: "History of another primary malignancy except for a) Malignancy treated with curative intent ...;
    # b) Adequately treated nonmelanoma skin cancer ...": cut at its markers, it read "You have had a second, separate
    # cancer, except for." and then the exceptions as a reason of their own under "You cannot join if".
    plain = plain_of("NCT06079671")
    texts = [item.text for item in items_of(plain.exclusion) if item.text]
    assert not any(text.startswith("Malignancy treated with curative intent") for text in texts)
    assert not any(text.endswith("except for.") for text in texts)
    assert any(text.startswith("History of another primary malignancy except for a)") for text in texts)


def test_sentences_after_a_part_label_are_not_read_apart_from_it(plain_of):
    # NCT05607199: "Part 1 ANC > 1500/μL. Platelet count > 100,000/μL ... Part 2A and 2B WBC < 20,000/μL. Platelet count
    # > 50,000/μL ...": read alone, "Your platelet count is more than 100,000/μL" said nothing of Part 1 and stood beside
    # the other parts' limits as if every one applied to everyone.
    plain = plain_of("NCT05607199")
    assert not any(item.text and item.text.startswith("Your platelet count") for item in items_of(plain.inclusion))
    marrow = next(item for item in items_of(plain.inclusion) if item.text and "Acceptable bone marrow" in item.text)
    assert "Part 1" in marrow.text and "Part 2A and 2B" in marrow.text and "Part 3A" in marrow.text


def test_an_allowance_standing_as_its_own_item_is_not_a_reason_to_be_left_out(plain_of):
    # NCT05605119 lists "Prophylactic use of antibiotics is allowed." as an exclusion bullet of its own: under "You
    # cannot join if" it read as one more reason. It goes under "The study also says".
    plain = plain_of("NCT05605119")
    allowed = "Prophylactic use of antibiotics is allowed."
    assert allowed not in [item.text for item in items_of(plain.exclusion)]
    assert allowed in [item.text for item in items_of(plain.other)]
    # A reason with its exception, one that is "eligible to receive" another treatment, or one whose allowance
    # follows a dash, stays a reason.
    for nct, start in (
        ("NCT05296798", "Concurrent, serious, uncontrolled infections, or known infection with HIV"),
        ("NCT06312176", "Has experienced an early recurrence"),
        ("NCT04714372", "Any known condition that requires systemic immunosuppressive therapy"),
    ):
        assert any(item.text and item.text.startswith(start) for item in items_of(plain_of(nct).exclusion)), nct


def test_a_lead_in_with_a_stray_stop_after_its_colon_still_leads(plain_of):
    # NCT05519085: "... measurable disease, defined as any of the following:." then "i) M-protein ... or." and
    # "ii) M-protein ...": the alternatives were shown as requirements of their own.
    plain = plain_of("NCT05519085")
    (group,) = [
        item for item in plain.inclusion if (item.children_title or "").startswith("Participant has documented")
    ]
    assert [child.text.split(" ", 2)[:2] for child in group.children] == [["M-protein", "at"], ["M-protein", "at"]]


def test_members_marked_alike_end_where_the_marking_changes(plain_of):
    # NCT05519085: "- ... except as noted below:." then "i) ... are not excluded." "ii) ... are not excluded." and
    # then "- For participants with prior treatment of a bortezomib containing regimen, ...": that next bullet is an
    # exclusion of its own, not a third exception (it read as allowed).
    plain = plain_of("NCT05519085")
    exceptions = next(item for item in plain.exclusion if (item.text or "").startswith("Participant has had"))
    assert all("are not excluded" in child.text for child in exceptions.children)
    # Sample 22 (WRONG x2): as the group's title, the reason was no item and its exceptions read as the reasons.
    assert exceptions.text.endswith("of a proteasome inhibitor, except in the cases below.")
    assert (exceptions.children_title, exceptions.children_joins) == ("With these exceptions:", "except")
    assert any(item.text and item.text.startswith("For participants with prior treatment") for item in plain.exclusion)
    # NCT06356129: the IPI score, measurable disease and stage (bullets) followed the lymphoma types (i-v) listed
    # after "including:", and were shown as more types.
    lymphoma = plain_of("NCT06356129").inclusion
    assert any(item.text and item.text.startswith("International Prognostic Index") for item in lymphoma)


def test_names_listed_under_any_of_the_following_end_where_a_whole_criterion_begins(plain_of):
    # NCT05507827: "Known history of infection with any of the following:" then "HIV", "Hepatitis B (HBsAg positive)",
    # "Hepatitis C ..." and, at the same indent, the rest of the exclusion list, shown as infections ("You are pregnant
    # or breastfeeding" among them).
    plain = plain_of("NCT05507827")
    (infections,) = [
        item for item in plain.exclusion if (item.children_title or "").startswith("Known history of infection")
    ]
    assert len(infections.children) == 3
    assert "You are pregnant or breastfeeding." in [item.text for item in plain.exclusion]


def test_the_criteria_numbering_going_on_ends_a_numbered_sub_list(plain_of):
    # NCT01701245: "3. ... (2ndEd):" / "a. At least 5 attacks ...: ... Headache is accompanied by at least 1 of the
    # following:" / "1." to "6." / "4. Has minimum mean attack frequency ...": items 4 to 9 of the criteria were shown
    # as more headache features, any one of which would do.
    plain = plain_of("NCT01701245")
    assert any(item.text and item.text.startswith("Has minimum mean attack frequency") for item in plain.inclusion)
    assert any(
        item.text and item.text.startswith("Women of child-bearing potential must use") for item in plain.inclusion
    )


def test_a_rule_for_the_other_sex_ends_a_list_of_alternatives(plain_of):
    # NCT02856893: "... or female patients must have an evidence of non-child-bearing potential by fulfilling one of
    # the following criteria at screening:" took "Male patients should be willing to use barrier contraception" and
    # the next criterion as two more ways of not being able to get pregnant.
    plain = plain_of("NCT02856893")
    (alternatives,) = [
        item
        for top in plain.inclusion
        for item in top.walk()
        if (item.children_title or "").startswith("Female patients must have an evidence of non-child-bearing")
    ]
    assert not any("Male patients" in (child.text or child.children_title or "") for child in alternatives.children)
    assert not any((child.text or "").startswith("Absence of any psychological") for child in alternatives.children)


def test_items_typed_as_a_staircase_are_members_side_by_side(plain_of):
    # NCT00351065: "Subjects who are taking one of the following:" then five drug classes, each indented under the one
    # before: they were shown nested five deep ("Androgens ... or Anti-androgens: trazodone").
    plain = plain_of("NCT00351065")
    (taking,) = [item for item in plain.exclusion if (item.children_title or "").startswith("Subjects who are taking")]
    assert len(taking.children) == 5 and not any(child.children for child in taking.children)


def test_an_exceptions_members_end_at_the_first_item_that_allows_nothing(plain_of):
    # NCT05798663: "Total bilirubin ≤ 1.5 ⋅ ULN with the following exception:" took the Gilbert allowance and then
    # the AST/ALT, albumin and clotting limits at the same indent as more exceptions to the bilirubin limit.
    plain = plain_of("NCT05798663")
    (bilirubin,) = [
        item
        for top in plain.inclusion
        for item in top.walk()
        if (item.children_title or "").startswith("Total bilirubin")
    ]
    assert [child.text for child in bilirubin.children] == [
        "Patients with known Gilbert disease who have serum bilirubin level at most 3 ⋅ ULN may be enrolled."
    ]


def test_an_item_the_study_labels_a_note_is_not_a_reason_to_be_left_out(plain_of):
    # NCT02713789: "NOTE: Sinus bradycardia of 50-59 bpm is permissible. ..." stood under "You cannot join if".
    plain = plain_of("NCT02713789")
    assert not any(item.text and item.text.startswith("NOTE:") for item in items_of(plain.exclusion))
    assert any(item.text and item.text.startswith("NOTE: Sinus bradycardia") for item in items_of(plain.other))


def test_what_is_allowed_and_on_what_terms_is_not_a_reason_to_be_left_out(plain_of):
    # NCT05984277: "Symptomatic brain metastases. Brain metastases may be treated or untreated, but participants must
    # be asymptomatic ..." read "You cannot join if: Brain metastases may be treated or untreated, ...".
    plain = plain_of("NCT05984277")
    allowed = "Brain metastases may be treated or untreated, but participants must be asymptomatic"
    assert not any(text.startswith(allowed) for text in texts(plain.exclusion))
    assert any(text.startswith(allowed) for text in texts(plain.other))
    assert "You have cancer that has spread to the brain and causes symptoms." in texts(plain.exclusion)


def test_a_requirement_inside_an_exclusion_group_is_not_a_reason_to_be_left_out(plain_of):
    # NCT01640457: "Female patients must be either at least two years postmenopausal or using one of the following
    # means of birth control ...:" and its methods sat under "You cannot join if"; NCT05714891's "Patients with a
    # significant cardiac history, even if controlled, should have LVEF at least 50%" sat among heart conditions.
    birth_control = plain_of("NCT01640457")
    assert not any("means of birth control" in (item.children_title or "") for item in birth_control.exclusion)
    assert any("means of birth control" in (item.children_title or "") for item in birth_control.other)
    heart = plain_of("NCT05714891")
    lvef = "Patients with a significant cardiac history, even if controlled, should have LVEF at least 50%"
    assert lvef not in [item.text for item in items_of(heart.exclusion)]
    assert lvef in [item.text for item in items_of(heart.other)]


def test_one_of_the_following_joins_as_alternatives_though_the_lead_says_eligible_or_acceptable():
    for lead in (
        "Both partners must agree to use one of the acceptable methods of contraception listed below:",  # NCT02495467
        "Eligible diagnoses: AML（excluding APL） with at least one of the following:",  # NCT04547049
        "A female participant is eligible to participate if she is not pregnant, not breastfeeding, and at least one "
        "of the following conditions applies:",  # NCT05816499
    ):
        assert joins_of(lead, []) == "any", lead
    # An exception's own words still make one, whatever else the lead says.
    assert joins_of("Prior malignancy, except any of the following:", []) == "except"
    assert (
        joins_of("Known HIV infection with any of the following (Note: testing is not required unless ...):", [])
        == "any"
    )


def test_an_exception_inside_a_sentence_whose_verb_follows_it_is_not_split_off(plain_of):
    # NCT05348876: "Sexually active participants, unless surgically sterile, must agree to use a male condom ...":
    # split at "unless", its subject read as a fact ("You are sexually active"), a requirement of the inclusion list.
    texts_of = [item.text for item in items_of(plain_of("NCT05348876").inclusion)]
    assert not any(text and text.startswith("You are sexually active") for text in texts_of)
    assert any(text and text.startswith("Sexually active participants, unless surgically sterile") for text in texts_of)
    # NCT00576225: "Investigational therapy within 4 weeks before randomization, unless local requirements are more
    # stringent": a longer window where local rules say so, not a case where you may join.
    exclusion = [item.text for item in items_of(plain_of("NCT00576225").exclusion)]
    assert (
        "Investigational therapy within 4 weeks before randomization, unless local requirements are more stringent."
        in (exclusion)
    )


def test_a_lead_in_indented_deeper_than_its_members_still_leads_them(plain_of):
    # NCT05993949: "    * Age >=18", "    * ECOG ...", "    * Adequate ... function defined as:" over "  * Creatinine
    # clearance ..." read age, ECOG and every organ limit as more ways to have relapsed leukaemia ("one of the following").
    inclusion = plain_of("NCT05993949").inclusion
    relapsed = _group(inclusion, "Relapsed or refractory B-precursor ALL defined as one of the following")
    assert relapsed.children_joins == "any"
    assert len(relapsed.children) == 5
    assert all("Creatinine" not in text and "18 years" not in text for text in texts(relapsed.children))
    assert "You are 18 years old or older." in texts(inclusion)
    organs = next(item for item in inclusion if "Your creatinine clearance" in " ".join(texts(item.children)))
    assert organs.children_joins == "all" and len(organs.children) == 6
    assert "You are able to agree to take part after the study is explained to you." in texts(inclusion)


def test_members_less_indented_than_their_lead_in_at_the_lists_end_stay_its_members():
    # NCT06427811: "  * ... the following electrolyte values within normal limits ...:" then "* Potassium ..." to the end.
    criteria = parse_criteria(
        "Inclusion Criteria:\n\n* Signed consent\n  * ECOG 0 to 2\n  * Electrolytes within normal limits:\n"
        "* Potassium above 3.5 mmol/L\n* Magnesium above 0.7 mmol/L\n\nExclusion Criteria:\n\n* Pregnant"
    ).all_criteria()
    assert [(c.text, c.depth) for c in criteria[2:5]] == [
        ("Electrolytes within normal limits:", 1),
        ("Potassium above 3.5 mmol/L", 2),
        ("Magnesium above 0.7 mmol/L", 2),
    ]


def test_a_lead_in_whose_shallower_items_run_on_as_other_criteria_is_left_as_written():
    # NCT06427811 "Long QT syndrome ... or any of the following:" then the list's next criteria, not its members.
    criteria = parse_criteria(
        "Exclusion Criteria:\n\n* Heart disease, any of the following:\n  * Long QT or any of the following:\n"
        "* Risk factors for torsades\n* Previous transplant\n* Cardiac abnormality, any of the following:\n  * QTcF over 450"
    ).all_criteria()
    assert [c.depth for c in criteria] == [0, 1, 0, 0, 0, 1]


def test_a_line_saying_where_the_other_criteria_are_is_shown_not_taken_for_a_heading(plain_of):
    # NCT00681772 and 7 more: "* Other exclusion criteria apply according to the Summary of Product Characteristics"
    # opened an empty "section" and was on no page; under "You cannot join if" it would read as one more reason.
    plain = plain_of("NCT00681772")
    line = "Other exclusion criteria apply according to the Summary of Product Characteristics"
    assert line in texts(plain.other)
    assert line not in texts(plain.exclusion)
    assert len(plain.exclusion) == 3


def test_a_criterion_that_begins_with_the_words_inclusion_criteria_is_still_a_criterion(plain_of):
    # NCT02910323: "Inclusion Criteria for Healthy Volunteers:" / "* Inclusion criteria is willingness to consent and
    # be of age 18 and older" was read as two headings: the healthy volunteers' one criterion was on no page.
    group = _group(plain_of("NCT02910323").inclusion, "Inclusion Criteria for Healthy Volunteers")
    assert texts(group.children) == ["Inclusion criteria is willingness to consent and be of age 18 and older"]


@pytest.mark.parametrize(
    "heading", ["Inclusion criteria are:", "Inclusion criteria were as follows:", "Exclusion Criteria include:"]
)
def test_headings_that_say_the_criteria_follow_stay_headings(heading):
    parsed = parse_criteria(f"{heading}\n\n* Aged 18 or over\n* Able to consent")
    assert [section.heading for section in parsed.sections] == [heading.rstrip(":")]
    assert len(parsed.sections[0].criteria) == 2


def test_how_the_study_judged_or_checked_is_not_a_reason_to_be_left_out(plain_of):
    # NCT02450188: "Testosterone levels has been considered normal for plasma levels ≥ 12 nmol/L ..." under "You cannot
    # join if" read as shutting out men with normal testosterone; two more lines say how the study checked.
    plain = plain_of("NCT02450188")
    notes = texts(plain.other)
    assert any(text.startswith("Testosterone levels has been considered normal") for text in notes)
    assert any("was assessed by clinical interviews" in text for text in notes)
    assert not any("considered normal for plasma" in text or "was assessed" in text for text in texts(plain.exclusion))


def test_a_title_in_capitals_heads_the_items_after_it_and_an_instruction_is_a_note(plain_of):
    # NCT03849365: "SURGERY AND OTHER TREATMENT-RELATED CONDITIONS OF EXCLUSION" stood as a reason of its own, and
    # "Anticoagulant medicinal products ... should be stopped at least 10 days before the procedure" as another.
    plain = plain_of("NCT03849365")
    group = _group(plain.exclusion, "Surgery and other treatment-related conditions of exclusion")
    assert group.text is None and len(group.children) >= 4
    stop_blood_thinners = "Anticoagulant medicinal products and those that decrease platelet aggregation"
    assert any(text.startswith(stop_blood_thinners) for text in texts(plain.other))
    assert not any(item.text and item.text.startswith(stop_blood_thinners) for item in items_of(plain.exclusion))


def test_a_sentence_over_the_list_that_says_who_may_join_heads_the_plain_list_too(plain_of):
    # NCT06060392: "A man or woman, 30 years of age or above with liver transplantation of at least 3 months duration
    # who meets all the following two criteria:" was shown only over the original criteria.
    inclusion = plain_of("NCT06060392").inclusion
    assert inclusion[0].children_title.startswith("A man or woman, 30 years of age or above with liver transplantation")
    assert len(inclusion[0].children) == 5


def test_what_is_required_in_the_exclusion_list_is_not_a_reason_to_be_left_out(plain_of):
    # NCT02227251 (WRONG in the review of 2026-12-04): "Participants must not be eligible for high-dose chemotherapy
    # with autologous stem cell transplantation rescue" and "... At least 4 months must have elapsed since completion of
    # allogeneic stem cell transplantation." read under "You cannot join if" as the reverse of what they require.
    plain = plain_of("NCT02227251")
    notes, reasons = texts(plain.other), texts(plain.exclusion)
    assert any(text.startswith("Participants must not be eligible for high-dose chemotherapy") for text in notes)
    assert "At least 4 months must have elapsed since completion of allogeneic stem cell transplantation." in notes
    assert "Participants with active graft-versus-host disease after allogeneic stem cell transplantation." in reasons
    assert not any("must not be eligible" in text or "4 months must have elapsed" in text for text in reasons)


def test_what_the_study_allows_is_not_one_more_thing_you_must_have(plain_of):
    # NCT02344823: WRONG in the review of 2026-12-04: "Following beta-blocker therapy will be allowed: carvedilol ... and
    # propranolol ..." under "You can join if all of these are true" read as a beta-blocker being needed to join.
    plain = plain_of("NCT02344823")
    allowed = "Following beta-blocker therapy will be allowed"
    assert any(text.startswith(allowed) for text in texts(plain.other))
    assert not any(text.startswith(allowed) for text in texts(plain.inclusion))


def test_a_no_x_requirement_in_the_exclusion_list_goes_with_the_notes(plain_of):
    # WRONG in the review of 2026-12-04: "No known HIV+ or active hepatitis B or C infection ..." (NCT05282459) and "No
    # clinical, radiological or laboratory evidence of pancreatitis, including: lipase < 2xULN ..." (NCT05268003) under
    # "You cannot join if" excluded the people the study wants.
    hiv = plain_of("NCT05282459")
    assert any(text.startswith("No known HIV+") for text in texts(hiv.other))
    assert not any(text.startswith("No known HIV+") for text in texts(hiv.exclusion))
    pancreas = plain_of("NCT05268003")
    assert _group(pancreas.other, "No clinical, radiological or laboratory evidence of pancreatitis")
    assert not any("Serum lipase must be less than" in text for text in texts(pancreas.exclusion))
    # A reason written with "No" stays one ("No reaction to PDE-5 inhibitors": those who did not respond).
    assert "No reaction to PDE-5 inhibitors" in texts(plain_of("NCT02587988").exclusion)
    # Sample 14: "No more than 3 lines of cytotoxic chemotherapy" (NCT04025515) is a limit, not a reason to be left out.
    lines = plain_of("NCT04025515")
    assert "No more than 3 lines of cytotoxic chemotherapy at the time of enrolment" in texts(lines.other)
    assert not texts(lines.exclusion)


def test_two_diagnoses_joined_by_or_are_alternatives_under_a_title(plain_of):
    # NCT05282459 (WRONG in the review of 2026-12-04): "Documented diagnosis of" / "* MDS ... OR" / "* Dysplastic CMML".
    group = _group(plain_of("NCT05282459").inclusion, "Documented diagnosis of")
    assert group.children_joins == "any" and len(group.children) == 2


def test_a_note_that_lets_people_in_after_all_is_the_reasons_exception(plain_of):
    # NCT04862663 (WRONG in the review of 2026-12-04): "Participants with irreversible toxicity ... may be included"
    # stood under a rewritten reason as one more detail of it, under "You cannot join if".
    reason = next(
        item for item in items_of(plain_of("NCT04862663").exclusion) if item.text and "side effects" in item.text
    )
    assert reason.text.endswith("except hair loss (alopecia), or in the case below.")
    assert reason.children_title == "With this exception:" and reason.children_joins == "except"
    # A second limit whose bracket allows rechecks is no exception (NCT01100021: "... (2 rechecks are allowed).").
    bp = next(item for item in items_of(plain_of("NCT01100021").exclusion) if item.text and "systolic" in item.text)
    assert bp.children_title != "With this exception:"


def test_a_lead_in_verb_does_not_say_you_have_patients():
    criteria = (
        "Exclusion Criteria:\n\n* Presence of any of the following conditions:\n\n  * Patients with significant "
        "neurological abnormalities\n  * Patients taking warfarin\n  * Epilepsy"
    )
    texts = [item.text for item in translate_eligibility({"eligibilityCriteria": criteria}).all_items() if item.text]
    assert not any(text.startswith("You have patients") for text in texts)
    assert any("Patients with significant neurological abnormalities" in text for text in texts)  # the study's words
    one = criteria.replace("\n  * Patients taking warfarin", "")
    texts = [item.text for item in translate_eligibility({"eligibilityCriteria": one}).all_items() if item.text]
    assert texts == ["You have significant neurological abnormalities or epilepsy."]


def test_a_list_number_whose_stop_slipped_after_the_space_is_still_a_marker(plain_of):
    # NCT04478006 (sample 12): "3 .mixed phenotype acute leukemia (MPAL) or" between "2. ..." and "4. ...".
    texts = [item.text for item in plain_of("NCT04478006").all_items() if item.text]
    assert "You have mixed phenotype acute leukemia (MPAL)." in texts
    assert not any(text.startswith("3 .") for text in texts)


def test_a_list_number_glued_to_a_words_full_stop_starts_the_next_criterion(plain_of):
    # NCT00657644 (sample 12): "History of positive test for HIV.9. Severe chronic or acute liver disease, ..." is two
    # criteria of a list whose numbers became bullets.
    texts = [item.text for item in plain_of("NCT00657644").exclusion if item.text]
    assert "You have tested positive for HIV in the past." in texts
    assert any(text.startswith("Severe chronic or acute liver disease") for text in texts)
    # "... within 30 days of visit 1.6. Use of any treatment for ED ..." (review of sample 12): glued to a visit's number.
    nested = [item.text for item in plain_of("NCT00657644").all_items() if item.text]
    assert (
        "You took a drug that is still being tested (or a dummy treatment, a placebo, given in a study) in the 30 days "
        "before your first study visit (visit 1)." in nested
    )
    assert any(text.startswith("Use of any treatment for ED within the 7 days of visit 1") for text in nested)


@pytest.mark.parametrize("text", ["Hemoglobin at least 10 g/dL and a dose of 1.5. Patients must agree to it."])
def test_a_decimal_before_a_sentence_is_never_read_as_a_list_number(text):
    [criterion] = parse_criteria(f"Inclusion Criteria:\n\n4. {text}").sections[0].criteria
    assert criterion.text == text


def test_a_colon_inside_an_open_bracket_does_not_make_a_scope_heading(plain_of):
    # NCT00836693 (sample 12): "If currently using cholesterol lowering medications (for example: statins) or ..."
    # was cut at "(for example:" into a heading and a child starting "Statins) or medications ...".
    texts = [item.text or item.children_title or "" for item in plain_of("NCT00836693").all_items()]
    assert any(
        text.startswith("If currently using cholesterol lowering medications (for example: statins) or")
        for text in texts
    )
    assert not any(text.startswith("Statins)") for text in texts)


def test_a_criterion_the_registrys_lines_cut_after_of_is_one_criterion(plain_of):
    # NCT02513394 (sample 12): "* ... potent inhibitors or inducers of" / "* CYP3A isoenzymes within 7 days of
    # randomization." showed a fragment and a line with no subject.
    texts = [item.text for item in plain_of("NCT02513394").exclusion if item.text]
    assert (
        "Patients receiving any medications or substances that are potent inhibitors or inducers of CYP3A isoenzymes "
        "within 7 days of randomization." in texts
    )


def test_a_dash_glued_to_a_criterions_last_word_starts_the_next_criterion(plain_of):
    # NCT00668018 (sample 13): "Primary hypoactive sexual desire- History of myocardial infarction, ..." is two
    # exclusions whose list marker was lost; read as one, neither is said.
    texts = [item.text for item in plain_of("NCT00668018").exclusion if item.text]
    assert texts[:2] == [
        "You have low sex drive that is not caused by another problem (primary hypoactive sexual desire).",
        "You have had a heart attack, a stroke or a life-threatening abnormal heart rhythm in the last 6 months.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Able to report a Prostate- Specific Antigen and Gleason score",  # NCT03343093: a word broken in two
        "Renal function- Creatinine ≤ 1.5 ULN",  # NCT06214572: a heading and its rule
        "Sexually active- They should also agree to use condoms",  # NCT03566914: what it means
        "Other endocrine diseases (e.g. thyroid- Adrenal) that cause ED",  # NCT04864288: inside brackets
    ],
)
def test_a_dash_that_does_not_end_a_criterion_splits_nothing(text):
    [criterion] = parse_criteria(f"Inclusion Criteria:\n\n* {text}").sections[0].criteria
    assert criterion.text == text


def test_the_next_organs_adequate_function_is_no_member_of_the_one_before(plain_of):
    # NCT02369484 (sample 14, WRONG seven times): "Adequate renal function: ..." and the seven criteria after it were
    # shown under "Your liver works well enough, shown by all of these:".
    inclusion = plain_of("NCT02369484").inclusion
    [liver] = [item for item in inclusion if (item.children_title or "").startswith("Your liver works well enough")]
    assert len(liver.children) == 4
    assert any((item.text or "").startswith("Your kidneys work well enough") for item in inclusion)
    assert "Tumour block available for central review of HER2 mutation status." in [item.text for item in inclusion]


def test_a_kind_of_one_thing_including_a_list_takes_any_of_them(plain_of):
    # NCT04856215 (sample 17, LOSSY): "An underlying hematological malignancy including:" a) relapsed AML, b) relapsed
    # ALL, c) relapsed JMML ...: one of them, not all.
    [group] = [
        item for item in plain_of("NCT04856215").inclusion if (item.children_title or "").startswith("An underlying")
    ]
    assert group.children_joins == "any"
    assert group.children_title == "An underlying hematological malignancy including (any one of these):"


def test_a_lettered_title_over_bullets_heads_them_and_is_no_reason(plain_of):
    # NCT00654914 (sample 17, WRONG): "A) Previous or current Medical Conditions" over its bullets was read as "You
    # currently have or have had health problems" under "could not join"; "B) Concomitant Medication 1. ..." starts the
    # next section.
    plain = plain_of("NCT00654914")
    [title] = [item for item in plain.exclusion if item.children_title == "Previous or current Medical Conditions:"]
    assert len(title.children) == 16
    assert "You currently have or have had health problems." not in texts(plain.exclusion)
    assert any((item.text or "").startswith("Concomitant Medication 1.") for item in plain.exclusion)


def test_paragraphs_set_apart_after_a_lead_in_item_are_its_members(modules_by_id):
    # NCT04479917 (sample 23): "* Patients with the following cardiovascular disease:" then, after a blank line, the
    # paragraph "Myocardial infarction ...; Unstable angina ..." was a criterion of its own and the lead-in an empty
    # one; the bullets after the paragraph are criteria of their own again.
    parsed = parse_criteria(modules_by_id["NCT04479917"].get("eligibilityCriteria"))
    by_id = {criterion.id: criterion for criterion in parsed.all_criteria()}
    [heart] = [c for c in parsed.all_criteria() if c.text.startswith("Myocardial infarction or stroke")]
    assert by_id[heart.parent_id].text.startswith("Patients with the following cardiovascular disease")
    [diabetes] = [c for c in parsed.all_criteria() if c.text.startswith("Diabetic patients")]
    assert diabetes.parent_id is None
    # NCT06760702: one paragraph a cancer type, each a member of the lead-in.
    parsed = parse_criteria(modules_by_id["NCT06760702"].get("eligibilityCriteria"))
    members = [
        c for c in parsed.all_criteria() if c.text.startswith(("Colorectal Cancer -", "Ovarian cancer", "Renal Cell"))
    ]
    assert len(members) == 3 and len({c.parent_id for c in members}) == 1 and members[0].parent_id is not None


def test_acceptable_organ_function_over_its_lab_limits_is_no_exception(plain_of):
    # NCT06761586: "Acceptable bone marrow and organ function at screening as described below:" read as exceptions.
    groups = [
        item for item in plain_of("NCT06761586").inclusion if (item.children_title or "").startswith("Acceptable")
    ]
    assert groups and all(group.children_joins == "all" for group in groups)


def test_a_topic_lead_in_with_its_members_on_its_line_is_a_criterion_not_a_heading(plain_of):
    # NCT04811560 (sample 23: WRONG x2, LOSSY): "* Exclusion criteria related to stem cell transplant: a. ...; b. ...;
    # e. Requires immunosuppressant therapy (...)" became a heading that took the next bullet (chemotherapy within 4
    # weeks, for everyone) as one of its members, and nested e. under d.
    plain = plain_of("NCT04811560")
    [group] = [item for item in plain.exclusion if (item.children_title or "").startswith("Exclusion criteria related")]
    assert group.children_joins == "all" and len(group.children) == 5
    assert all(not child.children for child in group.children)
    assert any((item.text or "").startswith("You had chemotherapy") for item in plain.exclusion)


def test_members_numbered_in_their_text_end_at_the_first_one_that_is_not(plain_of):
    # NCT05304754 (sample 26: WRONG x12): "* Diagnosis of high-risk hematological malignancy. This includes:" over
    # "* i. ..." to "* xiii. ...", then "* Positive pre-transplant evaluation" and the organ-function rules for
    # everyone, which were shown as more diagnoses; the diagnoses are alternatives, "Xi." is a marker.
    plain = plain_of("NCT05304754")
    [group] = [item for item in plain.inclusion if (item.children_title or "").startswith("This includes")]
    assert group.children_joins == "any" and len(group.children) == 13
    assert not any((child.text or "").startswith("Xi") for child in group.children)
    assert any((item.text or "").startswith("Positive pre-transplant evaluation") for item in plain.inclusion)
    assert any((item.text or "").startswith("Inability to understand") for item in plain.exclusion)


def test_a_list_numbered_without_stops_is_split_where_its_next_number_runs_on():
    text = (
        "Inclusion Criteria:\n\n1 Adults with breast cancer.\n\n2 Able to swallow pills.\n\n"
        "3 Treated with one regimen 4 Adequate kidney function, defined as:\n"
        "* Creatinine clearance of at least 30 mL/min\n\n"
        "Exclusion Criteria:\n\n1 Heart failure of Class 2 Or worse\n\n2 Pregnancy"
    )
    parsed = parse_criteria(text)
    inclusion = [c.text for c in parsed.all_criteria() if c.id.startswith("crit-inc") and c.parent_id is None]
    assert inclusion == [
        "Adults with breast cancer.",
        "Able to swallow pills.",
        "Treated with one regimen",
        "Adequate kidney function, defined as:",
    ]
    [kidney] = [c for c in parsed.all_criteria() if c.text.startswith("Creatinine clearance")]
    assert kidney.parent_id is not None
    # only the next number in turn starts a criterion: "Class 2 Or worse" is no list number
    assert "Heart failure of Class 2 Or worse" in [c.text for c in parsed.all_criteria()]


def test_numbers_inside_criteria_stay_when_the_list_is_not_numbered_without_stops():
    parsed = parse_criteria(
        "Inclusion Criteria:\n\n* Aged 18 or older\n* Stage 3 Breast cancer 4 Cycles of chemotherapy"
    )
    assert [c.text for c in parsed.all_criteria()] == [
        "Aged 18 or older",
        "Stage 3 Breast cancer 4 Cycles of chemotherapy",
    ]
