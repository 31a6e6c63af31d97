"""Mutations of real records through normalize and render: a page, or a clear validation error, never a crash."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from trialpages_dev.records import load_records

from tests.site.conftest import SITE_URL
from trialpages.site import render_study_page
from trialpages.study import InvalidStudyRecord, normalize_study

RECORDS = load_records()[::50]  # 20 varied real records as seeds

odd_text = st.one_of(
    st.text(min_size=0, max_size=50),
    st.text(
        alphabet=st.characters(categories=["Cs", "Co", "Cf", "Mn", "So"], exclude_characters="\ud800"), max_size=30
    ),
    st.just("<script>alert(1)</script>"),
    st.just("\u202e\u0000\ufeff" * 10),
    st.builds(lambda n: "x" * n, st.integers(min_value=10_000, max_value=200_000)),
)
odd_value = st.one_of(
    st.none(), st.integers(), st.floats(allow_nan=True), st.booleans(), odd_text,
    st.lists(odd_text, max_size=3), st.dictionaries(odd_text, odd_text, max_size=3),
)  # fmt: skip


def paths(value, prefix=()):
    """Every path to a value inside a record."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*prefix, key)
            yield from paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value[:3]):
            yield (*prefix, index)
            yield from paths(child, (*prefix, index))


@st.composite
def mutated_records(draw):
    record = copy.deepcopy(draw(st.sampled_from(RECORDS)))
    candidates = list(paths(record))
    for _ in range(draw(st.integers(min_value=1, max_value=6))):
        path = draw(st.sampled_from(candidates))
        parent = record
        try:
            for step in path[:-1]:
                parent = parent[step]
            action = draw(st.sampled_from(["drop", "retype", "rename"]))
            if action == "drop" and isinstance(parent, dict):
                parent.pop(path[-1], None)
            elif action == "rename" and isinstance(parent, dict) and path[-1] in parent:
                parent[f"{path[-1]}Renamed"] = parent.pop(path[-1])
            else:
                parent[path[-1]] = draw(odd_value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or retyped this path
    return record


@given(record=mutated_records())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_mutated_record_renders_or_fails_with_a_clear_validation_error(record):
    try:
        study = normalize_study(record)
    except InvalidStudyRecord as invalid:
        assert invalid.reason  # routed to the DLQ with this reason
        event("rejected with a validation error")
        return
    event("rendered")
    html = render_study_page(study, site_url=SITE_URL)
    assert "<script>alert(1)</script>" not in html
    assert study.nct_id in html
