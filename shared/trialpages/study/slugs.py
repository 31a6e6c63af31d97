"""Stable URL slugs for conditions, countries and sponsors."""

from __future__ import annotations

import re
import unicodedata


def slug(text: str) -> str:
    """`Non-Small Cell Lung Cancer` -> `non-small-cell-lung-cancer`; the same text always gives the same slug."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:100].strip("-") or "unnamed"
