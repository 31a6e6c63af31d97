"""Markup in any text field of a record shows as text: no element, attribute or script gets through."""

from __future__ import annotations

import json
import re

from html_check import check_page

from tests.site.conftest import SITE_URL
from trialpages.site import render_study_page
from trialpages.study import normalize_study

PAYLOAD = (
    '<script>alert(1)</script><img src=x onerror="alert(2)"></p></section><style>*{}</style>'
    "[link](javascript:alert(3)) <!-- x --> </script><!--"
)
KEEP = {("identificationModule", "nctId"), ("lastUpdatePostDateStruct", "date")}


def poison(value, parent_key=None, grandparent_key=None):
    """Append PAYLOAD to every string in the record, except the two the record cannot do without."""
    if isinstance(value, dict):
        return {k: poison(v, k, parent_key) for k, v in value.items()}
    if isinstance(value, list):
        return [poison(v, parent_key, grandparent_key) for v in value]
    if isinstance(value, str) and (grandparent_key, parent_key) not in KEEP:
        return value + PAYLOAD
    return value


def test_markup_in_every_text_field_is_shown_as_text(record_of):
    record = record_of("NCT03319901")
    record["protocolSection"] = {
        key: (module if key == "statusModule" else poison(module, key))
        for key, module in record["protocolSection"].items()
    }
    record["protocolSection"]["identificationModule"]["nctId"] = "NCT03319901"
    record["protocolSection"]["statusModule"] = poison(record["protocolSection"]["statusModule"], "statusModule")
    study = normalize_study(record)
    assert study.brief_title.endswith(PAYLOAD) and study.overall_status.label.endswith("<!--")

    html = render_study_page(study, site_url=SITE_URL)
    page = check_page(html)
    assert page.errors == []
    assert page.tags["img"] == 0 and page.tags["style"] == 0
    assert page.tags["script"] == 3
    assert all(attrs.get("type") == "application/ld+json" for attrs, _ in page.scripts)
    assert not [a for a in page.attributes if a[1].startswith("on")]
    assert not [a for a in page.attributes if (a[2] or "").strip().lower().startswith("javascript:")]
    assert "<!-- x -->" not in html
    # Shown to the reader, as typed:
    assert f"<h1>{study.brief_title}</h1>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert PAYLOAD in page.text
    # and carried intact, but inert, in the structured data.
    trial = next(json.loads(body) for _, body in page.scripts if '"MedicalTrial"' in body)
    assert trial["name"] == study.brief_title
    assert not re.search(r"</script|<!--", "".join(body for _, body in page.scripts), re.I)
