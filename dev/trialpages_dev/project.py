"""Where the project's own files are: found from this package's place in the checkout, once."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def root() -> Path:
    """The checkout: the nearest folder above this package that holds template.yaml."""
    for folder in Path(__file__).resolve().parents:
        if (folder / "template.yaml").is_file():
            return folder
    raise FileNotFoundError("template.yaml not found above the trialpages_dev package: run from a checkout")


def template() -> Path:
    return root() / "template.yaml"


def functions() -> Path:
    return root() / "functions"


def events() -> Path:
    return root() / "events"


def bundled_records() -> Path:
    """data/ctgov/studies.jsonl.xz: 1,000 real records, see README "Bundled data"."""
    return root() / "data" / "ctgov" / "studies.jsonl.xz"


def outside_records() -> Path:
    """data/ctgov/outside.jsonl.xz: 52 real records that are not among the bundled ones (rules are not written on
    them), from the team's saved list responses; data/ctgov/outside.INDEX.csv names each one's response."""
    return root() / "data" / "ctgov" / "outside.jsonl.xz"


def trialgpt_records() -> Path:
    """data/ctgov/trialgpt.jsonl.xz: 101 more studies' real criteria, not among the others (rules are not written
    on them), from the public-domain TrialGPT benchmark; tools/eligibility-review/trialgpt_records.py made them."""
    return root() / "data" / "ctgov" / "trialgpt.jsonl.xz"


def ctparser_records() -> Path:
    """data/ctgov/ctparser.jsonl.xz: 20 more studies' real criteria, not among the others (rules are not written on
    them), from Clinical Trial Parser's sample input; tools/eligibility-review/ctparser_records.py made them."""
    return root() / "data" / "ctgov" / "ctparser.jsonl.xz"


def exports_records() -> Path:
    """data/ctgov/exports.jsonl.xz: 217 more studies' real API v2 criteria, not among the others (rules are not
    written on them), from two public exports; tools/eligibility-review/exports_records.py made them."""
    return root() / "data" / "ctgov" / "exports.jsonl.xz"


def hint_records() -> Path:
    """data/ctgov/hint.jsonl.xz: 200 more studies' real criteria, not among the others (rules are not written on
    them), a sample of the HINT benchmark's drug trials; tools/eligibility-review/hint_records.py made them."""
    return root() / "data" / "ctgov" / "hint.jsonl.xz"


def downloads_records() -> Path:
    """data/ctgov/downloads.jsonl.xz: 186 more studies' real API v2 criteria, not among the others (rules are not
    written on them), from four public "Download → JSON" files; tools/eligibility-review/downloads_records.py made
    them."""
    return root() / "data" / "ctgov" / "downloads.jsonl.xz"


def hint2_records() -> Path:
    """data/ctgov/hint2.jsonl.xz: 30 more drug trials' real criteria from the HINT benchmark, a second seeded sample (seed
    8) of those in no other bundle (rules are not written on them); tools/eligibility-review/hint_records.py made them."""
    return root() / "data" / "ctgov" / "hint2.jsonl.xz"


def hint3_records() -> Path:
    """data/ctgov/hint3.jsonl.xz: 30 more drug trials' real criteria from the HINT benchmark, a third seeded sample (seed
    9) of those in no other bundle (rules are not written on them); tools/eligibility-review/hint_records.py made them."""
    return root() / "data" / "ctgov" / "hint3.jsonl.xz"


def hint4_records() -> Path:
    """data/ctgov/hint4.jsonl.xz: 30 more drug trials' real criteria from the HINT benchmark, a fourth seeded sample
    (seed 10) of those in no other bundle (rules are not written on them); tools/eligibility-review/hint_records.py made
    them."""
    return root() / "data" / "ctgov" / "hint4.jsonl.xz"


def hint5_records() -> Path:
    """data/ctgov/hint5.jsonl.xz: 30 more drug trials' real criteria from the HINT benchmark, a fifth seeded sample
    (seed 11) of those in no other bundle (rules are not written on them); tools/eligibility-review/hint_records.py made
    them."""
    return root() / "data" / "ctgov" / "hint5.jsonl.xz"


def hint6_records() -> Path:
    """data/ctgov/hint6.jsonl.xz: 30 more drug trials' real criteria from the HINT benchmark, a sixth seeded sample
    (seed 12) of those in no other bundle (rules are not written on them); tools/eligibility-review/hint_records.py made
    them."""
    return root() / "data" / "ctgov" / "hint6.jsonl.xz"


def hint7_records() -> Path:
    """data/ctgov/hint7.jsonl.xz: 30 more drug trials' real criteria from the HINT benchmark, a seventh seeded sample
    (seed 13) of those in no other bundle (rules are not written on them); tools/eligibility-review/hint_records.py made
    them."""
    return root() / "data" / "ctgov" / "hint7.jsonl.xz"


def captured_versions() -> Path:
    """data/ctgov/versions: one study captured twice, for change detection."""
    return root() / "data" / "ctgov" / "versions"
