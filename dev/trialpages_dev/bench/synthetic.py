"""Synthetic copies of real records under distinct NCT ids, to run the pipeline at 10 and 100 times the corpus."""

from __future__ import annotations

# Real ids start NCT0 (about 700,000 registered so far); ours start NCT9, so none can collide with one.
_MAX_COPIES = 1000
_MAX_RECORDS = 10_000


def synthetic_nct_id(copy: int, index: int) -> str:
    return f"NCT9{copy:03d}{index:04d}"


def scaled_corpus(records: list[dict], copies: int) -> list[dict]:
    """The records, then `copies - 1` copies of each under new ids.

    A copy shares every module but its identification with the original (nothing here mutates
    records), so 100 copies of the corpus cost little more memory than one. Its id aliases are
    dropped: an alias names exactly one current study.
    """
    if not 1 <= copies <= _MAX_COPIES or len(records) > _MAX_RECORDS:
        raise ValueError(f"at most {_MAX_COPIES} copies of at most {_MAX_RECORDS:,} records")
    corpus = list(records)
    for copy in range(1, copies):
        corpus.extend(_renamed(record, synthetic_nct_id(copy, index)) for index, record in enumerate(records))
    return corpus


def _renamed(record: dict, nct_id: str) -> dict:
    protocol = dict(record["protocolSection"])
    identification = {**protocol["identificationModule"], "nctId": nct_id}
    identification.pop("nctIdAliases", None)
    protocol["identificationModule"] = identification
    return {**record, "protocolSection": protocol}
