"""The parts `trialpages bench` is built from: synthetic scale copies, memory peaks, import costs, growth."""

from __future__ import annotations

import pytest
from trialpages_dev.bench.cold_start import heaviest_imports
from trialpages_dev.bench.eligibility import measure_eligibility
from trialpages_dev.bench.memory import peak_memory
from trialpages_dev.bench.pipeline import growth
from trialpages_dev.bench.synthetic import scaled_corpus
from trialpages_dev.records import load_records, nct_id_of

from trialpages.study import normalize_study


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return load_records()


def test_scaled_corpus_gives_every_copy_a_distinct_id_that_no_real_study_has(records):
    corpus = scaled_corpus(records, 3)

    ids = [nct_id_of(record) for record in corpus]
    assert len(corpus) == 3 * len(records)
    assert len(set(ids)) == len(corpus)
    assert ids[: len(records)] == [nct_id_of(record) for record in records]
    assert all(nct_id.startswith("NCT9") and len(nct_id) == 11 for nct_id in ids[len(records) :])


def test_scaled_copies_keep_the_content_and_leave_the_originals_untouched(records):
    with_aliases = next(
        record for record in records if record["protocolSection"]["identificationModule"].get("nctIdAliases")
    )
    original_id = nct_id_of(with_aliases)

    copy = scaled_corpus([with_aliases], 2)[1]

    assert nct_id_of(with_aliases) == original_id
    assert with_aliases["protocolSection"]["identificationModule"]["nctIdAliases"]
    assert "nctIdAliases" not in copy["protocolSection"]["identificationModule"]
    # The copy shares the original's modules instead of duplicating them.
    assert copy["protocolSection"]["eligibilityModule"] is with_aliases["protocolSection"]["eligibilityModule"]
    original, copied = normalize_study(with_aliases), normalize_study(copy)
    assert copied.nct_id != original.nct_id
    assert copied.brief_title == original.brief_title


def test_scaled_corpus_refuses_a_scale_its_ids_cannot_hold(records):
    with pytest.raises(ValueError, match="copies"):
        scaled_corpus(records, 0)
    with pytest.raises(ValueError, match="copies"):
        scaled_corpus(records, 1001)


def test_peak_memory_sees_what_the_block_allocated():
    figures: dict = {}
    with peak_memory(figures):
        block = bytearray(64 * 1024 * 1024)
        block[::4096] = b"x" * len(block[::4096])  # touch every page so it is resident
        del block

    assert figures["rss_growth_mib"] >= 60
    assert figures["rss_peak_mib"] >= figures["rss_start_mib"] + figures["rss_growth_mib"] - 0.1


def test_heaviest_imports_reads_the_handlers_own_imports_from_importtime_output():
    log = "\n".join(
        [
            "import time: self [us] | cumulative | imported package",
            "import time:       500 |        900 |   botocore.utils",
            "import time:      1000 |      42000 | boto3",
            "import time:       200 |       3000 | json",
            "import time:       300 |     120000 | trialpages.ingest.wiring",
        ]
    )

    assert heaviest_imports(log) == [
        {"module": "trialpages.ingest.wiring", "cumulative_ms": 120.0},
        {"module": "boto3", "cumulative_ms": 42.0},
    ]


def test_growth_compares_each_run_with_the_smallest():
    def run(copies: int, seconds: float, peak: float) -> dict:
        functions = {
            name: {"seconds": seconds / 3, "rss_peak_mib": peak}
            for name in ("detect_changes", "render_study", "publish_site")
        }
        return {"studies": 1000 * copies, "copies": copies, "seconds": seconds, "functions": functions}

    grown = growth({"x1": run(1, 100.0, 200.0), "x10": run(10, 1000.0, 220.0)})

    assert grown["x10"]["studies"] == 10
    assert grown["x10"]["seconds"] == 10
    assert grown["x10"]["functions"]["render_study"] == {"seconds": 10.0, "rss_peak": 1.1}


def test_eligibility_figures_count_items_not_group_titles(records):
    # NCT05653063 and NCT01119404 hold groups (a title over items), whose own text is None.
    sample = [r for r in records if nct_id_of(r) in {"NCT01119404", "NCT05653063"}]
    figures = measure_eligibility(sample)
    assert figures["studies"] == 2
    assert figures["plain_items"] > 0
    assert figures["flesch_kincaid_plain"]["count"] == 2
