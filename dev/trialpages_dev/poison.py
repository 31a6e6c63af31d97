"""Five registry records that have each stopped a sync: what `trialpages demo --poison` adds to the fake registry.

Each is a real record broken one way: a lone surrogate in its title, a module that is not an object,
an update date after the registry's snapshot (2099), one that is no calendar date (2024-02-31), and
a control character in its id. Every one must be quarantined with its reason while the rest render.
"""

from __future__ import annotations

import copy

POISON_KINDS = ("lone surrogate", "wrong-typed module", "2099 date", "2024-02-31", "control character in its id")


def poison_records(records: list[dict], day: str) -> list[dict]:
    """Five broken copies of `records[:5]` (renamed NCT9999999N so they add to the corpus), updated on `day`."""
    broken = []
    for number, (kind, source) in enumerate(zip(POISON_KINDS, records[:5], strict=True)):
        record = copy.deepcopy(source)
        protocol = record["protocolSection"]
        protocol["identificationModule"]["nctId"] = f"NCT9999999{number}"
        protocol["identificationModule"].pop("nctIdAliases", None)
        protocol["statusModule"]["lastUpdatePostDateStruct"] = {"date": day, "type": "ACTUAL"}
        if kind == "lone surrogate":
            protocol["identificationModule"]["briefTitle"] = "A study of pain \ud83d"
        elif kind == "wrong-typed module":
            protocol["eligibilityModule"] = "see the protocol"
        elif kind == "2099 date":
            protocol["statusModule"]["lastUpdatePostDateStruct"]["date"] = "2099-01-01"
        elif kind == "2024-02-31":
            protocol["statusModule"]["lastUpdatePostDateStruct"]["date"] = "2024-02-31"
        else:
            protocol["identificationModule"]["nctId"] = f"NCT9999\x07999{number}"
        broken.append(record)
    return broken
