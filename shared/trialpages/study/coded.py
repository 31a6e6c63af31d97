"""The frozen base of every study model, and a registry enum value with its label."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Coded(_Frozen):
    """A registry enum value: `code` as the API sent it (None when absent) and its human `label`."""

    code: str | None
    label: str
