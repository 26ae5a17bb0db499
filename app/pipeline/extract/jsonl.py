"""`tracker extract --jsonl`: one article per input line, one result per output line.

Input:  {"id", "text", "published" (YYYY-MM-DD or null), "title", "source", "url",
         "received" (YYYY-MM-DD: the day the text was fetched, for a dateline's year; default today)}
Output: {"id", "language", "skipped", "published", "published_from", "statements": [...]}
`language` is the detected ISO 639-1 code (null: too little text to tell); `skipped` is null, or
why the article was not read (a language the extractor cannot read), also said on stderr;
`published` the article's date as given or found ("url", "heading", "dateline": `published_from`).
A malformed line is reported on stderr and counted; the others are processed.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from typing import IO

from app.pipeline.types import ArticleInput

from .extractor import Extractor


def _parse_line(line: str) -> tuple[str, ArticleInput]:
    rec = json.loads(line)
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or rec.get("id") is None:
        raise ValueError('expected an object with "id" and a string "text"')
    pub, got = rec.get("published"), rec.get("received")
    published = dt.date.fromisoformat(pub[:10]) if isinstance(pub, str) and pub else None
    received = dt.date.fromisoformat(got[:10]) if isinstance(got, str) and got else None
    art = ArticleInput(
        text=rec["text"],
        published=published,
        title=rec.get("title"),
        source=rec.get("source"),
        url=rec.get("url"),
        received=received,
    )
    return str(rec["id"]), art


def run_jsonl(
    in_stream: IO[str],
    out_stream: IO[str],
    extractor: Extractor,
    batch_size: int = 32,
    n_process: int = 1,
    signals: bool = False,
) -> int:
    """Process every line; return the number of bad input lines. With `signals`, each statement
    also carries what its confidence was read from."""
    bad = 0
    ids: list[str] = []

    def articles() -> Iterator[ArticleInput]:
        nonlocal bad
        for n, line in enumerate(in_stream, 1):
            if not line.strip():
                continue
            try:
                rid, art = _parse_line(line)
            except (ValueError, TypeError) as exc:
                bad += 1
                print(f"line {n}: skipped: {exc}", file=sys.stderr)
                continue
            ids.append(rid)
            yield art

    for i, found in enumerate(extractor.analyse_many(articles(), batch_size=batch_size, n_process=n_process)):
        if found.skipped:
            print(f"{ids[i]}: skipped: {found.skipped}", file=sys.stderr)
        record = {
            "id": ids[i],
            "language": found.language,
            "skipped": found.skipped,
            "published": found.published.isoformat() if found.published else None,
            "published_from": found.published_from,
            "statements": [s.to_json(signals) for s in found.statements],
        }
        out_stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    out_stream.flush()
    return bad
