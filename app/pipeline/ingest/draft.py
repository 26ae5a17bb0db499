"""The validated article that every input becomes, and the error that replaces a bad one."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

# spaCy refuses longer texts (its nlp.max_length); `Settings.max_article_chars` may set a lower limit.
MAX_ARTICLE_CHARS = 1_000_000
# C0 control characters other than tab, newline and carriage return: PostgreSQL refuses NUL in
# text, XML (the Atom feed) refuses them all, and no article needs them. Vertical tab and form
# feed become line breaks, the rest go; lone UTF-16 surrogates (JSON's "\ud800") cannot be
# encoded as UTF-8 and become U+FFFD.
_BREAKS = re.compile(r"[\x0b\x0c]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def without_control_characters(value: str) -> str:
    """`value` without C0 control characters (tab, newline, carriage return stay) or lone surrogates."""
    if _BREAKS.search(value):
        value = _BREAKS.sub("\n", value)
    if _CONTROLS.search(value):
        value = _CONTROLS.sub("", value)
    if _SURROGATES.search(value):
        value = _SURROGATES.sub("\ufffd", value)
    return value


class ArticleDraft(BaseModel):
    """An article as received, validated; the API's POST body has the same shape."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    text: str = Field(max_length=MAX_ARTICLE_CHARS)
    title: str | None = Field(default=None, max_length=500)
    source: str | None = Field(default=None, max_length=200)
    url: str | None = Field(default=None, max_length=2000)
    published: dt.date | None = None
    # Where the article came from (file and line, URL, "body"), for an error about it later on.
    _where: str = PrivateAttr(default="")

    @field_validator("text", "title", "source", "url")
    @classmethod
    def _no_control_characters(cls, value: str | None) -> str | None:
        return None if value is None else without_control_characters(value)

    @field_validator("url")
    @classmethod
    def _blank_url_is_none(cls, value: str | None) -> str | None:
        """An empty URL names no page: without this two articles given `"url": ""` would clash
        on the unique URL as if they were one page."""
        return value.strip() or None if value is not None else None

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is empty")
        return value

    @property
    def where(self) -> str:
        return self._where

    def located(self, where: str) -> ArticleDraft:
        self._where = where
        return self

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


def over_limit(draft: ArticleDraft, max_chars: int) -> IngestError | None:
    """The error for a draft whose text is longer than `max_chars` (`Settings.max_article_chars`)."""
    if len(draft.text) <= max_chars:
        return None
    return IngestError(
        draft.where,
        f"text: the article is {len(draft.text):,} characters long, over the limit of {max_chars:,} "
        "(TRACKER_MAX_ARTICLE_CHARS)",
    )


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
        return ArticleDraft.model_validate(obj).located(where)
    except ValidationError as exc:
        return IngestError(where, _validation_message(exc))
