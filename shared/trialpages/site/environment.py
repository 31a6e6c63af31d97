"""The one Jinja environment: templates compiled once per process, autoescape on for every file."""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from trialpages.site.explain.status import OPEN_STATUSES
from trialpages.site.links import mailto_href, tel_href
from trialpages.site.markdown import render_markdown


def _number(value: int) -> str:
    return f"{value:,}"


def _countries(names: list[str], shown: int = 4) -> str:
    """ "France, Germany, Italy, Spain and 3 more countries": where a list's study runs, in one line."""
    if len(names) <= shown:
        return ", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1] if names else ""
    rest = len(names) - shown
    return f"{', '.join(names[:shown])} and {rest} more {'country' if rest == 1 else 'countries'}"


def _sites(count: int) -> str:
    return f"{count:,} {'site' if count == 1 else 'sites'}"


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
    # tojson escapes <, >, & and ' so JSON-LD cannot leave its <script>; compact, keys in schema.org's order.
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    env.filters["markdown"] = render_markdown
    env.filters["number"] = _number
    env.filters["countries"] = _countries
    env.filters["sites"] = _sites
    env.filters["tel_href"] = tel_href
    env.filters["mailto_href"] = mailto_href
    env.tests["open_status"] = OPEN_STATUSES.__contains__  # a listing's status code: may people join now?
    return env
