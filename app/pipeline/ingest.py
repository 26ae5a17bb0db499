"""Ingest stage: files of many shapes → `ArticleDraft`s (or `IngestError`s), nothing stored.

Supported: `.txt` / `.md` with optional YAML front matter (title, source, url,
published), `.json` (one article object or a list of them) and `.jsonl` (one
article object per line). An article object needs only `text`.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import frontmatter
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
SUFFIXES = TEXT_SUFFIXES | {".json", ".jsonl"}


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
                return dt.date.fromisoformat(text[:10]) if len(text) == 10 else dt.datetime.fromisoformat(
                    text.replace("Z", "+00:00")).date()
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


def _read_text_file(path: Path) -> Iterator[ArticleDraft | IngestError]:
    try:
        post = frontmatter.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        yield IngestError(str(path), "not UTF-8 text")
        return
    except Exception as exc:  # the YAML front matter is malformed
        yield IngestError(str(path), f"front matter is not valid YAML: {exc}")
        return
    yield draft_from_object({**post.metadata, "text": post.content}, str(path))


def _read_json_file(path: Path) -> Iterator[ArticleDraft | IngestError]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        yield IngestError(str(path), "not UTF-8 text")
        return
    except json.JSONDecodeError as exc:
        yield IngestError(f"{path}:{exc.lineno}", f"invalid JSON: {exc.msg}")
        return
    items = data if isinstance(data, list) else [data]
    for index, item in enumerate(items):
        yield draft_from_object(item, f"{path}[{index}]" if isinstance(data, list) else str(path))


def read_jsonl_lines(lines: Iterable[str], name: str) -> Iterator[ArticleDraft | IngestError]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(f"{name}:{number}", f"invalid JSON: {exc.msg}")
            continue
        yield draft_from_object(obj, f"{name}:{number}")


def _read_jsonl_file(path: Path) -> Iterator[ArticleDraft | IngestError]:
    try:
        with path.open(encoding="utf-8") as handle:
            yield from read_jsonl_lines(handle, str(path))
    except UnicodeDecodeError:
        yield IngestError(str(path), "not UTF-8 text")


def read_file(path: Path) -> Iterator[ArticleDraft | IngestError]:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        yield from _read_text_file(path)
    elif suffix == ".json":
        yield from _read_json_file(path)
    elif suffix == ".jsonl":
        yield from _read_jsonl_file(path)
    else:
        yield IngestError(str(path), f"unsupported file type {suffix or '(none)'}; use .txt, .md, .json or .jsonl")


def read_paths(paths: Iterable[Path]) -> Iterator[ArticleDraft | IngestError]:
    """Every article under the given files and folders, folders walked in name order."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES):
                yield from read_file(child)
        elif path.is_file():
            yield from read_file(path)
        else:
            yield IngestError(str(path), "no such file or folder")
