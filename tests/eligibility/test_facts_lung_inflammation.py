"""Lung swelling or scarring in the fixed phrases of immunotherapy and targeted-therapy studies
(facts/lung_inflammation.py): each part keeps its own state."""

from __future__ import annotations

import pytest

from tests.eligibility.conftest import assert_not_read_as, assert_written, read

READ = [
    (
        "",  # the immunotherapy studies' shorter phrase
        "Has known history of, or any evidence of active, non-infectious pneumonitis.",
        "You are known to have had lung swelling not caused by an infection (pneumonitis), or there are signs that you "
        "have active pneumonitis now.",
    ),
    (
        "NCT06429761",
        "History of (non-infectious) ILD/pneumonitis that required steroids, has current ILD/pneumonitis, or where "
        "suspected ILD/pneumonitis cannot be ruled out by imaging at screening",
        "You have had lung swelling not caused by an infection (pneumonitis) or a disease that scars the lungs "
        "(interstitial lung disease) that needed steroids, you have pneumonitis or interstitial lung disease now, or "
        "pneumonitis or interstitial lung disease may be there and a scan at your first study visit cannot rule it out.",
    ),
    (
        "NCT05048797",
        "History of non-infectious pneumonitis/ILD, current or suspected ILD",
        "You have had lung swelling not caused by an infection (pneumonitis) or a disease that scars the lungs "
        "(interstitial lung disease), or you have interstitial lung disease now, or it is thought you may have it.",
    ),
    (
        # only the radiation pneumonitis is said to have needed steroids: any earlier interstitial lung disease counts
        "NCT02856893",
        "Past medical history of ILD (Interstitial Lung Disease), drug-induced ILD, radiation pneumonitis which required "
        "steroid treatment, or any evidence of clinically active ILD",
        "You have had a disease that scars the lungs (interstitial lung disease) or lung scarring caused by a medicine "
        "(drug-induced interstitial lung disease), you have had lung swelling caused by radiation treatment (radiation "
        "pneumonitis) that needed steroids, or there are signs that you have active interstitial lung disease now.",
    ),
]


@pytest.mark.parametrize(("nct", "source", "plain"), READ)
def test_each_part_of_a_lung_inflammation_phrase_keeps_its_own_state(nct, source, plain):
    assert_written(nct, read(source), "exclusion", "lung-inflammation", plain)


@pytest.mark.parametrize(
    "source",
    [
        # when the active disease was diagnosed is not said
        "History of ILD, drug-induced ILD, radiation pneumonitis requiring steroid therapy, or diagnosis of clinically "
        "active ILD",
        # "No" covers every part: a requirement this reading cannot say
        "No current pneumonitis or history of (non-infectious) pneumonitis that required steroids",
    ],
)
def test_a_lung_phrase_it_cannot_say_whole_is_not_read(source):
    assert_not_read_as(source, "lung-inflammation")
