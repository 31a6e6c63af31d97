"""Study pages: page context, patient explanations, the Jinja environment, rendering and the site layout.

Import what you need from its module; `render_study_page` is also here, loaded on first use, so
that importing a light module of this package (paths.py: the API) costs no template machinery.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trialpages.site.page import render_study_page

__all__ = ["render_study_page"]


def __getattr__(name: str) -> Any:
    if name == "render_study_page":
        from trialpages.site.page import render_study_page

        return render_study_page
    raise AttributeError(f"module 'trialpages.site' has no attribute {name!r}")
