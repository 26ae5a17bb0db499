"""The extraction half of a language pack: one field per file of `LANG/extract/`."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ExtractLexicon(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
