"""The validated article that every input becomes, and the error that replaces a bad one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class ArticleDraft(BaseModel):
    """An article as received, validated; the API's POST body has the same shape."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    text: str = Field(max_length=2_000_000)
    title: str | None = Field(default=None, max_length=500)
    source: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000)
    published: dt.date | None = None

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is empty")
        return value

    @field_validator("published", mode="before")
    @classmethod
    def _date_or_datetime(cls, value: Any) -> Any:
        """Accept `YYYY-MM-DD` and ISO datetimes (the day is kept)."""
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, str) and value.strip():
            text = value.strip()
            try:
                return (
                    dt.date.fromisoformat(text[:10])
                    if len(text) == 10
                    else dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
                )
            except ValueError:
                raise ValueError(f"published {text!r} is not YYYY-MM-DD or an ISO datetime") from None
        if value == "":
            return None
        return value


@dataclass(frozen=True)
class IngestError:
    """One input that could not be read; `where` is the file, with the line when there is one."""

    where: str
    message: str


def _validation_message(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        field = ".".join(str(p) for p in err["loc"]) or "article"
        parts.append(f"{field}: {err['msg'].removeprefix('Value error, ')}")
    return "; ".join(parts)


def draft_from_object(obj: Any, where: str) -> ArticleDraft | IngestError:
    if not isinstance(obj, dict):
        return IngestError(where, "an article must be a JSON object with at least a 'text' field")
    try:
        return ArticleDraft.model_validate(obj)
    except ValidationError as exc:
        return IngestError(where, _validation_message(exc))
