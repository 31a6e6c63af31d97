"""No credential is committed: every tracked file is scanned for AWS keys, private keys and
high-entropy values assigned to a secret-sounding name. Dummies the tests give moto are allowed by name."""

from __future__ import annotations

import math
import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

AWS_KEY_ID = re.compile(r"(?=A[KSGIRPN])\b(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}\b")
PRIVATE_KEY = re.compile(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")
ASSIGNED_SECRET = re.compile(
    r"""(?ix)
    (?P<name>[\w.-]*(?:secret|passw(?:or)?d|token|api_?key|access_?key|private_?key|credential)[\w.-]*)
    ["']?\s*[:=]\s*["'](?P<value>[^"'\s]{16,})["']
    """
)
# The scan runs over every tracked file (27 MB): the name pattern is tried only where a secret word starts a name,
# found in a lower-cased copy when lowering keeps the offsets (a case-blind search, many times slower, if not).
SECRET_WORD = re.compile(r"secret|passw(?:or)?d|token|api_?key|access_?key|private_?key|credential")
SECRET_WORD_ANY_CASE = re.compile(SECRET_WORD.pattern, re.IGNORECASE)
# Dummy credentials, allowed explicitly: moto's and the local stack's, and AWS's documentation examples.
ALLOWED = {"testing", "local", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}
MIN_BITS_PER_CHAR = 3.5  # random keys and tokens sit above ~4; words, paths and names below


def entropy(text: str) -> float:
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())


def assigned_secrets(text: str) -> list[re.Match]:
    """ASSIGNED_SECRET's matches, each tried from the start of a name that holds a secret word."""
    starts = set()
    lower = text.lower()
    words = SECRET_WORD.finditer(lower) if len(lower) == len(text) else SECRET_WORD_ANY_CASE.finditer(text)
    for word in words:
        start = word.start()
        while start and (text[start - 1].isalnum() or text[start - 1] in "_.-"):
            start -= 1
        starts.add(start)
    return [match for start in sorted(starts) if (match := ASSIGNED_SECRET.match(text, start))]


def findings(text: str) -> list[str]:
    found = [m.group() for m in AWS_KEY_ID.finditer(text) if m.group() not in ALLOWED]
    found += [m.group() for m in PRIVATE_KEY.finditer(text)]
    found += [
        f"{m['name']}={m['value']}"
        for m in assigned_secrets(text)
        if m["value"] not in ALLOWED and entropy(m["value"]) >= MIN_BITS_PER_CHAR
    ]
    return found


def tracked_texts():
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: no list of tracked files")
    names = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.split(b"\0")
    for name in filter(None, names):
        path = ROOT / name.decode()
        if not path.is_file():  # deleted in the work tree, not yet in the index
            continue
        data = path.read_bytes()
        if b"\0" not in data[:8192]:  # binary files hold no config
            yield name.decode(), data.decode("utf-8", errors="replace")


def test_no_tracked_file_holds_a_credential():
    texts = dict(tracked_texts())
    assert "template.yaml" in texts and len(texts) > 100
    assert {name: found for name, text in texts.items() if (found := findings(text))} == {}


def test_the_scan_catches_what_it_is_for():
    key_id = "AKIA" + "Z7Q4" * 4
    assert findings(f"aws_access_key_id = {key_id}") == [key_id]
    assert findings("-----BEGIN RSA " + "PRIVATE KEY-----\nMIIE...") != []
    assert findings("-----BEGIN OPENSSH " + "PRIVATE KEY-----") != []
    assert findings('CURSOR_SECRET = "' + "q8Vf2LxP0aZk7RmN3tYc" + '"') != []
    # "İ" lower-cases to two characters: the case-blind search still finds the name after it
    assert findings('İstanbul: CURSOR_SECRET = "' + "q8Vf2LxP0aZk7RmN3tYc" + '"') != []
    assert findings('"api_key": "' + "9f8e7d6c5b4a39281706" + "f5e4d3c2b1a0" + '"') != []


def test_the_scan_leaves_dummies_and_plain_words_alone():
    assert findings('"AWS_SECRET_ACCESS_KEY": "testing"') == []
    assert findings('monkeypatch.setenv("AWS_SESSION_TOKEN", "local")') == []
    assert findings('page_token: str = "next-page-token-for-tests"') == []
    assert findings("AKIAIOSFODNN7EXAMPLE") == []
