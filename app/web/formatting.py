"""Small display helpers registered as Jinja globals and filters."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from urllib.parse import urlencode, urlsplit

from app.models import ReviewState
from app.pipeline.resolve.countries import short_name
from app.schemas import dated_first
from app.web.highlight import highlight


@lru_cache(maxsize=512)
def country_name(code: str | None) -> str:
    """The short name people use ("Russia", "South Korea", "Kosovo"); the code itself if unknown."""
    if not code:
        return ""
    return short_name(code) or code.upper()


def long_date(day: dt.date | None) -> str:
    return f"{day:%A}, {day.day} {day:%B %Y}" if day else ""


def short_date(day: dt.date | None) -> str:
    return f"{day.day} {day:%b %Y}" if day else ""


def iso_utc(value: dt.datetime | None) -> str:
    """RFC 3339 time; SQLite hands back naive datetimes, which we store in UTC."""
    if value is None:
        return "1970-01-01T00:00:00Z"
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.isoformat().replace("+00:00", "Z")


def query_string(params: dict[str, object]) -> str:
    """`a=1&b=x&b=y` from a dict whose values may be lists; empty values dropped."""
    pairs = []
    for key, value in params.items():
        values = value if isinstance(value, (list, tuple)) else [value]
        pairs.extend((key, str(v)) for v in values if v not in (None, ""))
    return urlencode(pairs)


def safe_url(url: str | None) -> str | None:
    """`url` if it is an http(s) URL a link may point to, else None (the page shows it as text).

    Browsers drop leading spaces and control characters and tabs or newlines anywhere in a
    URL ("\tjava\nscript:" runs as "javascript:"), so a URL holding any of them, or
    of another scheme (javascript:, data:, vbscript:, relative), is never a link.
    """
    if not url or any(ord(c) <= 0x20 or ord(c) == 0x7F for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


KIND_LABELS = {"direct": "Direct quote", "indirect": "Reported", "contact": "Contact"}
STATE_NOTES = {
    "extracted": "Found by the extractor; no editor has checked it yet",
    "reviewed": "Checked by an editor: right as extracted",
    "corrected": "Corrected by an editor",
    "rejected": "Rejected by an editor: not a statement",
}


def register(env) -> None:
    env.globals.update(
        country_name=country_name,
        query_string=query_string,
        kind_labels=KIND_LABELS,
        state_notes=STATE_NOTES,
        ReviewState=ReviewState,
    )
    env.filters.update(
        safe_url=safe_url,
        long_date=long_date,
        short_date=short_date,
        country_name=country_name,
        iso_utc=iso_utc,
        highlight=highlight,
        by_day=by_day,
    )


def by_day(statements) -> list:
    """Statements in order of their day, the undated after the dated (a Jinja `sort` on a
    column that may be empty would compare a date with None)."""
    return sorted(statements, key=dated_first)
