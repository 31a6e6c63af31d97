"""The one Jinja environment: templates compiled once per process, autoescape on for every file."""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from trialpages.site.explain.status import OPEN_STATUSES
from trialpages.site.links import mailto_href, tel_href
from trialpages.site.markdown import render_markdown


def _number(value: int) -> str:
    return f"{value:,}"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("trialpages", "templates"),
        autoescape=True,  # every template, whatever its extension
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters["markdown"] = render_markdown
    env.filters["number"] = _number
    env.filters["tel_href"] = tel_href
    env.filters["mailto_href"] = mailto_href
    env.tests["open_status"] = OPEN_STATUSES.__contains__  # a listing's status code: may people join now?
    return env
