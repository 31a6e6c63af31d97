"""A cursor only works as issued, for the query that issued it: anything else is a 400 problem, on every endpoint."""

from __future__ import annotations

import base64
import json

import pytest

from tests.api.conftest import PROBLEM, index_store
from trialpages.api import nearby
from trialpages.api.cursor import encode_cursor
from trialpages.api.paging import resume_key
from trialpages.api.problems import ApiProblem
from trialpages.aws.index.items import change_items
from trialpages.aws.index.lookups import Lookups
from trialpages.history import ChangeEntry
from trialpages.lookup.entries import page_conditions
from trialpages.study import normalize_study

DAYS = ("2024-05-01", "2025-02-03")


def decoded(cursor: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))


def encoded(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


def near_of(indexed) -> str:
    """Bethesda, where NCT00042536 runs: NCT04267848 has sites within 100 km too, so near= has two pages."""
    (site,) = indexed["records"]["NCT00042536"]["protocolSection"]["contactsLocationsModule"]["locations"]
    return f"{site['geoPoint']['lat']},{site['geoPoint']['lon']}"


@pytest.fixture
def issued(api, indexed, stack):
    """(path, params, a real next_cursor) for every endpoint that pages."""
    study = normalize_study(indexed["records"]["NCT00042536"])
    changes = [ChangeEntry(nct_id=study.nct_id, date=day, kind="status", summary="Status changed") for day in DAYS]
    # Two changes: the feed has a second page.
    index_store(stack).write_many(change_items(changes, page_conditions(study)))
    near = {"near": near_of(indexed), "radius_km": "100", "limit": "1"}
    condition = "erectile-dysfunction"  # the condition three of the indexed studies share
    cases = [
        ("/v1/studies", {"limit": "1"}),
        ("/v1/studies", {"updated_since": "2010-01-01", "limit": "1"}),
        ("/v1/studies", near),
        ("/v1/conditions", {"limit": "1"}),
        ("/v1/conditions/" + condition, {"limit": "1"}),
        ("/v1/changes", {"since": "1999-01-01", "limit": "1"}),
    ]
    found = []
    for path, params in cases:
        cursor = api(path, params)["json"]["next_cursor"]
        assert cursor, (path, params)
        found.append((path, params, cursor))
    return found


def assert_refused(response) -> None:
    assert response["statusCode"] == 400, response["body"]
    assert response["headers"]["Content-Type"] == PROBLEM


def test_issued_cursors_work(api, issued):
    for path, params, cursor in issued:
        assert api(path, {**params, "cursor": cursor})["statusCode"] == 200, path


@pytest.mark.parametrize(
    "tamper",
    [
        lambda c: c[:-3],  # truncated
        lambda c: c[:10] + ("A" if c[10] != "A" else "B") + c[11:],  # one character changed
        lambda c: c + "x",
        lambda c: "!" + c,
        lambda c: encoded([1, 2]),
        lambda c: encoded({**decoded(c), "c": "0000000000000000"}),
        lambda c: encoded({**decoded(c), "p": {k: 7 for k in decoded(c)["p"]}}),  # numbers for strings
        lambda c: encoded({**decoded(c), "p": {**decoded(c)["p"], "extra": ""}}),
        lambda c: encoded({**decoded(c), "p": {k: "x" * 300 for k in decoded(c)["p"]}}),
        lambda c: encoded({**decoded(c), "p": {k: "-3" for k in decoded(c)["p"]}}),
        lambda c: encoded({**decoded(c), "p": {k: "abc" for k in decoded(c)["p"]}}),
        lambda c: encoded({**decoded(c), "p": {k: "9" * 9 for k in decoded(c)["p"]}}),
    ],
)
def test_tampered_cursors_are_refused_on_every_endpoint(api, issued, tamper):
    for path, params, cursor in issued:
        assert_refused(api(path, {**params, "cursor": tamper(cursor)}))


def test_a_cursor_is_refused_by_every_other_query(api, issued):
    for path, params, cursor in issued:
        for other_path, other_params, _ in issued:
            if (other_path, other_params) != (path, params):
                assert_refused(api(other_path, {**other_params, "cursor": cursor}))


def test_a_near_cursor_with_a_recomputed_check_still_needs_a_whole_offset():
    """A client that forges the check value gets no further: -3 once gave 200 with a page from the end."""
    search = "near|40.00000,-75.00000|50|"
    for offset in ("-3", "abc", "1e3", " 1", "", "10000"):
        forged = encode_cursor(search, {"offset": offset})
        with pytest.raises(ApiProblem) as refused:
            nearby.nearby_studies(None, 40.0, -75.0, 50.0, None, 20, forged)
        assert refused.value.status == 400, offset


def test_a_resume_key_with_a_recomputed_check_must_lie_in_the_querys_range():
    query = Lookups(None).studies([], since="2020-01-01")

    inside = encode_cursor(repr(query), {"after": "2021-05-01#NCT00000001"})
    before_since = encode_cursor(repr(query), {"after": "2019-12-31#NCT00000000"})

    assert resume_key(inside, query) == "2021-05-01#NCT00000001"
    with pytest.raises(ApiProblem):
        resume_key(before_since, query)


def test_limit_may_change_between_pages(api, issued):
    path, params, cursor = issued[0]

    assert api(path, {**params, "limit": "3", "cursor": cursor})["statusCode"] == 200
