"""RSS and Atom feeds → the article links they list (feedparser reads both)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str | None
    published: dt.date | None  # the entry's date (published, else updated); the page's own date wins


def feed_entries(content: bytes | str) -> list[FeedEntry]:
    import feedparser

    parsed = feedparser.parse(content)
    if parsed.bozo and not parsed.entries:
        raise ValueError(f"not an RSS or Atom feed: {parsed.get('bozo_exception', 'unreadable')}")
    entries = []
    for entry in parsed.entries:
        link = entry.get("link")
        if link and link.startswith(("http://", "https://")):
            when = entry.get("published_parsed") or entry.get("updated_parsed")  # UTC, parsed by feedparser
            entries.append(FeedEntry(link, entry.get("title"), dt.date(*when[:3]) if when else None))
    return entries
