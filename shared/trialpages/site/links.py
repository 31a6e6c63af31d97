"""tel: and mailto: targets from free-text registry fields; None when the text is not one."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"^[^\s@<>()\[\]\\,;:\"]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
_PHONE_CHARS = re.compile(r"[^\d+]")


def tel_href(phone: str | None) -> str | None:
    if not phone:
        return None
    digits = _PHONE_CHARS.sub("", phone)
    if "+" in digits[1:]:
        return None
    return f"tel:{digits}" if sum(ch.isdigit() for ch in digits) >= 6 else None


def mailto_href(email: str | None) -> str | None:
    if not email or not _EMAIL.match(email.strip()):
        return None
    return f"mailto:{email.strip()}"
