"""Query parameters several routes share, and the checks a schema pattern cannot make."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from aws_lambda_powertools.event_handler.openapi.params import Query

from trialpages.api.problems import ApiProblem

DAY_PATTERN = r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"

Limit = Annotated[int, Query(ge=1, le=100, description="At most 100 a page")]
Cursor = Annotated[
    str | None, Query(min_length=1, max_length=512, description="`next_cursor` from the previous page, as issued")
]
OptionalDay = Annotated[str | None, Query(pattern=DAY_PATTERN, description="A calendar date, YYYY-MM-DD")]
Day = Annotated[str, Query(pattern=DAY_PATTERN, description="A calendar date, YYYY-MM-DD")]


def calendar_day(name: str, value: str | None) -> str | None:
    """`value` if it names a real day (the pattern lets 2024-02-30 through); else a 400."""
    if value is None:
        return None
    try:
        date.fromisoformat(value)
    except ValueError as error:
        raise ApiProblem(400, f"{name}: {value} is not a calendar date (YYYY-MM-DD)") from error
    return value
