"""Keyset pagination, once for every list: opaque cursors, stable under inserts, no OFFSET scans.

A list declares its `Keyset` (what a cursor holds and which rows come after it) and
`paginate` does the rest: the limit check, the cursor, one row more to know if a next page exists.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import Session

from app.query.filters import InvalidParameter

T = TypeVar("T")

MAX_LIMIT = 500


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    next_cursor: str | None


def encode_cursor(*values: object) -> str:
    raw = json.dumps(list(values), separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, types: tuple[type, ...]) -> tuple:
    """The values packed by `encode_cursor`, checked against the expected types."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise InvalidParameter("cursor", "cursor is not one this server issued") from None
    if (
        not isinstance(values, list)
        or len(values) != len(types)
        or not all(
            isinstance(v, t) and not isinstance(v, bool) and (t is not int or abs(v) < 2**31)
            for v, t in zip(values, types)
        )
    ):
        raise InvalidParameter("cursor", "cursor is not one this server issued")
    return tuple(values)


def check_limit(limit: int) -> int:
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidParameter("limit", f"limit must be between 1 and {MAX_LIMIT}")
    return limit


@dataclass(frozen=True)
class Keyset(Generic[T]):
    """How a list pages: the cursor's value types, the rows after those values, an item's values.

    `after` is written so the list's ordering index serves it as a range.
    """

    types: tuple[type, ...]
    after: Callable[..., list[Any]]  # the cursor's values → WHERE clauses
    key: Callable[[T], tuple]  # an item → the values of the cursor that follows it


def paginate(session: Session, query: Select, keyset: Keyset[T], limit: int, cursor: str | None) -> Page[T]:
    """One page of `query` (already ordered) after `cursor`, and the cursor of the next page if any."""
    check_limit(limit)
    if cursor:
        query = query.where(*keyset.after(*decode_cursor(cursor, keyset.types)))
    rows = list(session.scalars(query.limit(limit + 1)).unique())
    items = rows[:limit]
    next_cursor = encode_cursor(*keyset.key(items[-1])) if len(rows) > limit else None
    return Page(items, next_cursor)
