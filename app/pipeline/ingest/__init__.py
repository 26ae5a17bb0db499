"""Ingest stage: any input → validated `ArticleDraft`s (or `IngestError`s), nothing stored.

`read_inputs` takes what a user types: files, folders, globs, `-` for standard
input (JSON Lines) and http(s) URLs of article pages. Every URL (a page, a feed, each link a
feed lists) is fetched under a `FetchPolicy` (public addresses only unless allowed, an overall
deadline; see `safe_fetch`); the strict default applies when none is given.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app.pipeline.ingest.draft import ArticleDraft, IngestError, draft_from_object
from app.pipeline.ingest.files import MAX_ARTICLE_BYTES, read_jsonl_lines, read_paths

if TYPE_CHECKING:  # httpx is imported on the first fetch, not with the package
    from app.pipeline.ingest.safe_fetch import FetchPolicy

__all__ = ["ArticleDraft", "IngestError", "draft_from_object", "read_inputs", "read_paths", "read_url", "read_feed"]


def read_url(
    url: str, max_bytes: int = MAX_ARTICLE_BYTES, policy: FetchPolicy | None = None
) -> ArticleDraft | IngestError:
    """Fetch an article page and read it as HTML."""
    from app.pipeline.ingest.html import html_to_draft
    from app.pipeline.ingest.web import FetchError, fetch

    try:
        page = fetch(url, max_bytes, policy=policy)
    except FetchError as exc:
        return IngestError(url, str(exc))
    return html_to_draft(page.content, url, url=page.url)


def read_feed(
    source: str, max_bytes: int = MAX_ARTICLE_BYTES, policy: FetchPolicy | None = None
) -> Iterator[ArticleDraft | IngestError]:
    """Every article page an RSS/Atom feed (URL or file) links to, fetched and read, each under `policy`."""
    from app.pipeline.ingest.feeds import feed_entries
    from app.pipeline.ingest.web import FetchError, fetch

    try:
        if source.startswith(("http://", "https://")):
            content: bytes = fetch(source, max_bytes * 4, policy=policy).content
        else:
            content = Path(source).read_bytes()
        entries = feed_entries(content)
    except (FetchError, OSError, ValueError) as exc:
        yield IngestError(source, str(exc))
        return
    for entry in entries:
        found = read_url(entry.url, max_bytes, policy)
        if isinstance(found, ArticleDraft) and found.published is None and entry.published is not None:
            found = found.model_copy(update={"published": entry.published})  # the page gave no date
        yield found


def read_inputs(
    specs: Iterable[str], stdin=None, policy: FetchPolicy | None = None
) -> Iterator[ArticleDraft | IngestError]:
    """Articles from each command-line input, in order."""
    for spec in specs:
        if spec == "-":
            yield from read_jsonl_lines(stdin or sys.stdin, "<stdin>")
        elif spec.startswith(("http://", "https://")):
            yield read_url(spec, policy=policy)
        elif any(ch in spec for ch in "*?[") and not Path(spec).exists():
            matches = sorted(glob.glob(spec, recursive=True))
            if not matches:
                yield IngestError(spec, "the pattern matches no file")
            yield from read_paths(Path(m) for m in matches)
        else:
            yield from read_paths([Path(spec)])
