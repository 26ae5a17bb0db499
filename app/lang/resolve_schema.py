"""The resolution half of a language pack: one field per file of `LANG/resolve/`."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ResolveLexicon(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
