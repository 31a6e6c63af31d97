"""Cursor pagination over one partition Query: the cursor is bound to the query and holds its resume key."""

from __future__ import annotations

from trialpages.api.cursor import NOT_ISSUED, SORT_KEY, decode_cursor, encode_cursor
from trialpages.api.problems import ApiProblem
from trialpages.aws.index.store import Page, PartitionQuery

_POSITION = {"after": SORT_KEY}


def resume_key(cursor: str | None, query: PartitionQuery) -> str | None:
    """The sort key to resume after; a 400 for a cursor not issued for `query` or outside its key range."""
    position = decode_cursor(cursor, repr(query), _POSITION)
    if position is None:
        return None
    if not query.admits(position["after"]):
        raise ApiProblem(400, NOT_ISSUED)
    return position["after"]


def next_cursor(query: PartitionQuery, page: Page) -> str | None:
    return encode_cursor(repr(query), {"after": page.resume_after} if page.resume_after else None)


def without_keys(item: dict, *names: str) -> dict:
    """An index item as the API shows it: without its keys and bookkeeping attributes."""
    hidden = {"pk", "sk", *names}
    return {name: value for name, value in item.items() if name not in hidden}
