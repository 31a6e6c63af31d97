"""What each handler module loads at a cold start: the libraries it never needs there stay unloaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from trialpages_dev import project
from trialpages_dev.bench.cold_start import PLACEHOLDER_ENVIRONMENT

_LOADED = """
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("app", sys.argv[1])
spec.loader.exec_module(importlib.util.module_from_spec(spec))
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def top_level_modules_loaded(function: str) -> set[str]:
    handler = project.functions() / function / "app.py"
    loaded = subprocess.run(  # noqa: S603 - this interpreter, our own handler file
        [sys.executable, "-c", _LOADED, str(handler)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **PLACEHOLDER_ENVIRONMENT, "LAMBDA_TASK_ROOT": str(handler.parent)},
    )
    return set(json.loads(loaded.stdout))


@pytest.mark.parametrize(
    ("function", "never"),
    [
        # Registry client only: the other functions get the registry's host from settings, not the client.
        ("render_study", {"httpx", "tenacity", "markdown_it"}),
        ("publish_site", {"httpx", "tenacity", "markdown_it"}),
        # /find/ renders a template but never registry markdown.
        ("lookup_api", {"httpx", "tenacity", "markdown_it"}),
        ("sweep_statuses", {"httpx", "tenacity", "markdown_it"}),
    ],
)
def test_a_cold_start_loads_no_library_the_function_does_not_need_to_start(function, never):
    assert top_level_modules_loaded(function) & never == set()


def test_the_markdown_parser_is_loaded_by_the_first_text_with_markup():
    from trialpages.site.markdown import render_markdown

    assert str(render_markdown("A plain sentence.")) == "<p>A plain sentence.</p>\n"
    assert str(render_markdown("Some *emphasis*.")) == "<p>Some <em>emphasis</em>.</p>\n"
    assert "markdown_it" in sys.modules


_COMPILED_AT_IMPORT = """
from trialpages.eligibility import translate_eligibility
from trialpages.eligibility.facts import RECOGNISERS
from trialpages.eligibility.facts.base import _compiled_patterns
before = len(_compiled_patterns)
translate_eligibility({"eligibilityCriteria": "Inclusion Criteria:\\n\\n* Signed informed consent\\n"})
print(len(RECOGNISERS), before, len(_compiled_patterns))
"""


def test_the_eligibility_patterns_are_compiled_at_first_use_not_at_import():
    # A dozen of them hold the whole table of treatment names (seconds to compile all): a render that meets only a
    # few kinds of criterion compiles only those.
    shown = subprocess.run(  # noqa: S603 - this interpreter, our own package
        [sys.executable, "-c", _COMPILED_AT_IMPORT], capture_output=True, text=True, check=True
    ).stdout.split()
    recognisers, at_import, after_one = map(int, shown)
    assert at_import == 0
    assert 0 < after_one < recognisers / 4
