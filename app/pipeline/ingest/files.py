"""Files and folders → `ArticleDraft`s (or `IngestError`s with file and line).

Supported: `.txt` / `.md` with optional YAML front matter (title, source, url,
published), `.html` pages (main text and metadata via `html.py`), `.json` (one
article object or a list of them) and `.jsonl` (one article object per line).
An article object needs only `text`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import frontmatter

from app.pipeline.ingest.draft import ArticleDraft, IngestError, draft_from_object

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".json", ".jsonl"}
# One article is never this large; a bigger file is refused before it is read.
MAX_ARTICLE_BYTES = 5_000_000
# A .json file may hold a list of articles.
MAX_JSON_FILE_BYTES = 200_000_000
# Python's JSON parser recurses once per nested array or object and gives up deep down.
TOO_DEEP = "invalid JSON: nested too deeply (an article is one object with string fields)"


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
    except RecursionError:
        yield IngestError(str(path), TOO_DEEP)
        return
    items = data if isinstance(data, list) else [data]
    for index, item in enumerate(items):
        yield draft_from_object(item, f"{path}[{index}]" if isinstance(data, list) else str(path))


def _read_html_file(path: Path) -> Iterator[ArticleDraft | IngestError]:
    from app.pipeline.ingest.html import html_to_draft

    yield html_to_draft(path.read_bytes(), str(path))


def read_jsonl_lines(lines: Iterable[str], name: str) -> Iterator[ArticleDraft | IngestError]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if len(line) > MAX_ARTICLE_BYTES:
            yield IngestError(f"{name}:{number}", f"line is longer than {MAX_ARTICLE_BYTES} bytes")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(f"{name}:{number}", f"invalid JSON: {exc.msg}")
            continue
        except RecursionError:
            yield IngestError(f"{name}:{number}", TOO_DEEP)
            continue
        yield draft_from_object(obj, f"{name}:{number}")


def _read_jsonl_file(path: Path) -> Iterator[ArticleDraft | IngestError]:
    try:
        with path.open(encoding="utf-8") as handle:
            yield from read_jsonl_lines(handle, str(path))
    except UnicodeDecodeError:
        yield IngestError(str(path), "not UTF-8 text")


def _too_large(path: Path, suffix: str) -> str | None:
    limit = {".jsonl": None, ".json": MAX_JSON_FILE_BYTES}.get(suffix, MAX_ARTICLE_BYTES)
    size = path.stat().st_size
    if limit is not None and size > limit:
        return f"file is {size // 1_000_000} MB, over the {limit // 1_000_000} MB limit for one {suffix} input"
    return None


def read_file(path: Path) -> Iterator[ArticleDraft | IngestError]:
    suffix = path.suffix.lower()
    if suffix in SUFFIXES and (reason := _too_large(path, suffix)):
        yield IngestError(str(path), reason)
    elif suffix in TEXT_SUFFIXES:
        yield from _read_text_file(path)
    elif suffix in HTML_SUFFIXES:
        yield from _read_html_file(path)
    elif suffix == ".json":
        yield from _read_json_file(path)
    elif suffix == ".jsonl":
        yield from _read_jsonl_file(path)
    else:
        yield IngestError(
            str(path), f"unsupported file type {suffix or '(none)'}; use .txt, .md, .html, .json or .jsonl"
        )


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
