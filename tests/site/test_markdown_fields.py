"""Registry markdown: lists and emphasis render; raw HTML, images and script links do not; headings stay below h2."""

from __future__ import annotations

from trialpages.site.markdown import plain_text, render_markdown


def test_lists_and_emphasis_render_as_html():
    html = render_markdown("The questions:\n\n* Is it *safe*?\n* Does it **work**?")
    assert "<ul>" in html and "<em>safe</em>" in html and "<strong>work</strong>" in html


def test_raw_html_images_and_script_links_stay_text():
    html = render_markdown('<b onclick="x()">hi</b> ![pic](https://example.com/a.png) [go](javascript:alert(1))')
    assert "<b" not in html and "&lt;b onclick=" in html
    assert "<img" not in html
    assert 'href="javascript' not in html


def test_markdown_headings_are_shifted_below_the_section_heading():
    html = render_markdown("# Study Design\n\n## Arms\n\n###### Deep")
    assert "<h3>Study Design</h3>" in html and "<h4>Arms</h4>" in html and "<h6>Deep</h6>" in html
    assert "<h1>" not in html and "<h2>" not in html


def test_registry_escapes_read_naturally_in_plain_text():
    assert plain_text("Age \\>= 18 and *ECOG* \\< 2\n\n* first\n* second") == "Age >= 18 and ECOG < 2 first second"
    assert plain_text("word " * 100, 30).endswith("\u2026") and len(plain_text("word " * 100, 30)) <= 30
