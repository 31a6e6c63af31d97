"""Whether people can join, in words, on every page; the status cautions exactly where the rules put
them on the day the page is built; and a closed study's page inviting no one to join."""

from __future__ import annotations

import random
import re
from datetime import date, datetime, timedelta

import pytest
from page_tree import fragment, parse
from reference import OPEN, cautions, nct_id, status

from tests.site.conftest import DELETE, SITE_URL, TODAY
from trialpages.site import render_study_page
from trialpages.site.time_sensitive import change_dates, changes_on, latest_day, next_change, time_sensitive
from trialpages.study import normalize_study

# What the page itself writes to invite someone to join. The eligibility section is left out: its
# headings are issue 13's, and they switch on page.enrolment.open.
INVITATIONS = (
    "You may be able to join",
    "before you travel",
    "screening visit",
    "Talk to your doctor before contacting",
    "whether joining fits",
    "Ask your own doctor first whether this study fits",
)
CAUTION_WORDS = {
    "2y": "more than 2 years ago",
    "1y": "more than a year ago. It may have changed since",
    "completion": "for its main results",
    "start": "still listed as not yet recruiting",
}


def without_eligibility(html: str) -> str:
    eligibility = fragment(html, "eligibility") or ""
    return html.replace(eligibility, "")


@pytest.mark.slow
def test_every_page_says_whether_people_can_join_and_data_open_follows_the_registry(bundled_records, page_of):
    wrong = {}
    for record in bundled_records:
        html = page_of(nct_id(record))
        assert html.count('id="enrolment"') == 1
        opened = re.search(r'id="enrolment" class="[^"]*" data-open="(true|false)"', html).group(1)
        if (opened == "true") != (status(record) in OPEN):
            wrong[nct_id(record)] = (status(record), opened)
    assert wrong == {}


@pytest.mark.slow
def test_closed_study_pages_invite_no_one_to_join(bundled_records, page_of):
    closed = [r for r in bundled_records if status(r) not in OPEN]
    inviting = {}
    for record in closed:
        text = parse(without_eligibility(page_of(nct_id(record)))).text
        found = [phrase for phrase in INVITATIONS if phrase in text and phrase not in _registry_text(record)]
        if found:
            inviting[nct_id(record)] = found
    assert len(closed) == 644
    assert inviting == {}


def _registry_text(record: dict) -> str:
    """The sponsor's own prose, which may say "screening visit" itself."""
    protocol = record["protocolSection"]
    parts = [protocol.get("descriptionModule", {}).get(k, "") for k in ("briefSummary", "detailedDescription")]
    parts += [a.get("description", "") for a in protocol.get("armsInterventionsModule", {}).get("armGroups", [])]
    parts += [i.get("description", "") for i in protocol.get("armsInterventionsModule", {}).get("interventions", [])]
    for kind in ("primaryOutcomes", "secondaryOutcomes", "otherOutcomes"):
        parts += [
            o.get(f, "")
            for o in protocol.get("outcomesModule", {}).get(kind, [])
            for f in ("measure", "description", "timeFrame")
        ]
    return " ".join(" ".join(parts).split())


@pytest.mark.slow
def test_status_caution_is_present_exactly_where_the_rules_say(bundled_records, page_of):
    mismatched = {}
    counted = 0
    for record in bundled_records:
        html = page_of(nct_id(record))
        expected = cautions(record, TODAY)
        box = fragment(html, "status-caution")
        shown = {kind for kind, words in CAUTION_WORDS.items() if box and words in parse(box).text}
        if (box is not None) != bool(expected) or shown != expected:
            mismatched[nct_id(record)] = (sorted(expected), sorted(shown))
        counted += bool(expected)
    assert mismatched == {}
    assert counted == 382  # every study still listed as open, active or paused, on 2026-12-02


def test_closed_page_offers_what_to_do_instead(study_of):
    html = render_study_page(
        study_of("NCT01321489"), today=TODAY, site_url=SITE_URL
    )  # unknown status, erectile dysfunction
    enrolment = parse(html.split("<header", 1)[1]).by_id("enrolment")
    assert enrolment.attrs["data-open"] == "false"
    assert "Do not count on joining this study." in enrolment.text
    assert enrolment.find_all("a", href="/conditions/erectile-dysfunction/")
    assert "Ask your doctor about other options." in enrolment.text


def test_recruiting_page_says_so_and_offers_no_alternatives(study_of):
    html = render_study_page(study_of("NCT03319901"), today=date(2023, 7, 1), site_url=SITE_URL)
    enrolment = parse(html.split("<header", 1)[1]).by_id("enrolment")
    assert enrolment.attrs["data-open"] == "true"
    assert enrolment.text.startswith("You may be able to join this study. It is recruiting")
    assert not enrolment.find_all("ul")
    assert fragment(html, "status-caution") is None  # confirmed in June 2023, two weeks before


@pytest.mark.parametrize(
    ("verified", "today", "expected"),
    [
        ("2025-06", date(2026, 6, 30), None),  # June 2025 may mean June 30: not yet a year
        ("2025-06", date(2026, 7, 1), "more than a year ago"),
        ("2025-06-15", date(2026, 6, 16), "more than a year ago"),
        ("2025-06-15", date(2026, 6, 15), None),
        ("2024", date(2025, 12, 31), None),
        ("2024", date(2026, 1, 1), "more than a year ago"),
        ("2024-02-29", date(2025, 3, 1), None),  # no Feb 29 in 2025: a year is up on Mar 1
        ("2024-02-29", date(2025, 3, 2), "more than a year ago"),
        ("2023-05", date(2025, 6, 1), "more than 2 years ago"),
    ],
)
def test_a_confirmation_ages_from_the_latest_day_its_date_can_mean(study_of, verified, today, expected):
    study = study_of(
        "NCT03319901",
        **{"statusModule.statusVerifiedDate": verified, "statusModule.primaryCompletionDateStruct": DELETE},
    )
    found = time_sensitive(study, today).cautions
    assert [re.search(r"more than [^.]+ ago", c.text).group(0) for c in found] == ([expected] if expected else [])


@pytest.mark.parametrize("status_code", ["COMPLETED", "TERMINATED", "WITHDRAWN", "UNKNOWN"])
def test_a_final_or_unknown_status_gets_no_caution_however_old(study_of, status_code):
    study = study_of("NCT03319901", **{"statusModule.overallStatus": status_code})
    assert time_sensitive(study, date(2040, 1, 1)).cautions == ()


def test_recruiting_past_its_primary_completion_and_not_yet_recruiting_past_its_start(study_of):
    recruiting = study_of(
        "NCT03319901",
        **{
            "statusModule.statusVerifiedDate": "2026-11",
            "statusModule.primaryCompletionDateStruct": {"date": "2026-10", "type": "ESTIMATED"},
        },
    )
    assert time_sensitive(recruiting, date(2026, 10, 31)).cautions == ()
    (caution,) = time_sensitive(recruiting, date(2026, 11, 1)).cautions
    assert caution.text == (
        "The study expected to finish collecting data for its main results by October 2026. That date has passed, "
        "but it is still listed as recruiting. It may no longer be taking new people."
    )
    waiting = study_of(
        "NCT03319901",
        **{
            "statusModule.overallStatus": "NOT_YET_RECRUITING",
            "statusModule.statusVerifiedDate": "2026-11",
            "statusModule.startDateStruct": {"date": "2026-11-20", "type": "ESTIMATED"},
        },
    )
    assert time_sensitive(waiting, date(2026, 11, 20)).cautions == ()
    (caution,) = time_sensitive(waiting, date(2026, 11, 21)).cautions
    assert caution.text.startswith("The study planned to start on November 20, 2026. That date has passed")


def test_the_page_is_built_for_the_day_given_else_the_generated_day_else_the_last_update(study_of):
    study = study_of("NCT03319901")  # last update 2023-06-29, verified 2023-06
    assert 'id="status-caution"' not in render_study_page(study, site_url=SITE_URL)
    assert 'id="status-caution"' in render_study_page(study, today=TODAY, site_url=SITE_URL)
    assert 'id="status-caution"' in render_study_page(study, generated=datetime(2026, 12, 2), site_url=SITE_URL)


@pytest.mark.slow  # seconds on moto: many studies or versions through the real functions
def test_change_dates_are_exactly_the_days_the_page_statements_change(bundled_records):
    """Over every record: on each change date the time-sensitive statements differ from the day
    before; between two change dates they are the same at both ends (each statement only ever
    switches on, so the same at both ends is the same throughout); and on the day after each, and on
    20 random days from 2000 to 2035, they do not change."""
    wrong = []
    randomly = random.Random(15)
    for record in bundled_records:
        study = normalize_study(record)
        dates = set(change_dates(study))
        bounds = [date(1990, 1, 1), *sorted(dates), date(2100, 1, 1)]
        for first, after in zip(bounds, bounds[1:], strict=False):
            if time_sensitive(study, first) != time_sensitive(study, after - timedelta(days=1)):
                wrong.append((study.nct_id, first, after))
        others = {d + timedelta(days=1) for d in dates}
        others |= {date(2000, 1, 1) + timedelta(days=randomly.randrange(365 * 35)) for _ in range(20)}
        for day in sorted(dates | others):
            changed = time_sensitive(study, day) != time_sensitive(study, day - timedelta(days=1))
            if changed != (day in dates) or changes_on(study, day) != (day in dates):
                wrong.append((study.nct_id, day))
    assert wrong == []


@pytest.mark.slow
def test_a_sweep_re_renders_exactly_the_pages_that_change_that_day(bundled_records):
    """The page bytes differ from the day before exactly on the days changes_on names."""
    checked = 0
    for record in bundled_records[::10]:
        study = normalize_study(record)
        days = [d for d in change_dates(study) if d.year >= 2015][:3] + [date(2026, 12, 2), date(2027, 3, 15)]
        for day in days:
            before = render_study_page(study, today=day - timedelta(days=1), site_url=SITE_URL)
            after = render_study_page(study, today=day, site_url=SITE_URL)
            assert (before != after) == changes_on(study, day), (study.nct_id, day)
            checked += 1
    assert checked > 250


def test_next_change_is_the_first_change_date_after_the_day(study_of):
    study = study_of("NCT03319901")  # recruiting, verified 2023-06, primary completion 2024-04-30 (estimated)
    dates = change_dates(study)
    assert dates == [date(2024, 5, 1), date(2024, 7, 1), date(2025, 5, 1), date(2025, 7, 1)]
    assert next_change(study, date(2024, 5, 1)) == date(2024, 7, 1)
    assert next_change(study, date(2023, 1, 1)) == date(2024, 5, 1)
    assert next_change(study, date(2025, 7, 1)) is None


def test_latest_day_of_a_partial_date(study_of):
    study = study_of("NCT03319901", **{"statusModule.statusVerifiedDate": "2024-02"})
    assert latest_day(study.status_verified) == date(2024, 2, 29)
