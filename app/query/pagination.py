"""Opaque cursors for keyset pagination: stable under inserts, no OFFSET scans."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Generic, TypeVar

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
