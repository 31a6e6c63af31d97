"""Whatever characters registry text holds, every page and feed built from it parses and shows none of the
characters a page or feed must not carry (controls, bidi overrides, lone surrogates)."""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trialpages.lookup.entries import listing_of
from trialpages.site.page import render_study_page
from trialpages.site.site_pages import study_feed
from trialpages.study import normalize_study
from trialpages.study.raw import text

SITE_URL = "https://trialpages.example"
STUDY = "NCT04267848"  # recruiting, with sites, conditions, interventions and eligibility criteria
NOT_ALLOWED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]")

# Text a registry field might hold: ordinary letters and markup, with controls, bidi controls, lone surrogates
# and non-characters mixed in.
hostile = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.characters(min_codepoint=0, max_codepoint=0x1F),
        st.characters(min_codepoint=0x7F, max_codepoint=0x9F),
        st.sampled_from(["\u202e", "\u2066", "\u2069", "\ud83d", "\udc00", "\ufffe", "\uffff", "<", "&", "]", ">"]),
    ),
    min_size=1,
    max_size=40,
)


def _with_text(record: dict, values: list[str]) -> dict:
    """The record with hostile text in the fields a page and a feed show."""
    changed = copy.deepcopy(record)
    protocol = changed["protocolSection"]
    protocol["identificationModule"]["briefTitle"] = values[0]
    protocol["identificationModule"]["officialTitle"] = values[1]
    protocol["descriptionModule"]["briefSummary"] = values[2]
    protocol["eligibilityModule"]["eligibilityCriteria"] = (
        f"Inclusion Criteria:\n\n* {values[3]}\n\nExclusion Criteria:\n\n* {values[4]}"
    )
    protocol["conditionsModule"]["conditions"][0] = values[5]
    protocol["contactsLocationsModule"]["locations"][0]["city"] = values[6]
    protocol["sponsorCollaboratorsModule"]["leadSponsor"]["name"] = values[7]
    return changed


def test_a_control_character_is_dropped_and_a_lone_surrogate_replaced():
    assert text("a\x00b\x1b\u202ec\ud83d\u2067d\tend\x85") == "abc\ufffdd\tend"


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(hostile, min_size=8, max_size=8))
def test_every_page_and_feed_parses_whatever_text_the_registry_sends(bundled_records, values):
    [record] = [r for r in bundled_records if r["protocolSection"]["identificationModule"]["nctId"] == STUDY]
    study = normalize_study(_with_text(record, values))

    page = render_study_page(study, site_url=SITE_URL)
    feed = study_feed(listing_of(study, SITE_URL), [], SITE_URL)

    assert not NOT_ALLOWED.search(page)
    page.encode("utf-8")  # a lone surrogate cannot be encoded: none may reach the page
    ET.fromstring(feed.body)  # an invalid character makes the feed unreadable for every subscriber
