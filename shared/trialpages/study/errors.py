"""The one error normalization raises: a record that cannot become a study page at all."""

from __future__ import annotations


class InvalidStudyRecord(ValueError):
    def __init__(self, nct_id: str | None, reason: str) -> None:
        super().__init__(f"{nct_id or 'record without nctId'}: {reason}")
        self.nct_id = nct_id
        self.reason = reason
