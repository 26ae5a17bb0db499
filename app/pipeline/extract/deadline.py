"""A time limit for extraction, checked between parts of the work.

`with extraction_deadline(seconds): ...` makes the extraction started inside
(in this thread or task) raise `ExtractionTimeout` once the time is up: between
the parsed parts of a long text, sentences, quotations and statements, so the
work stops soon after (the longest uninterruptible step is parsing one part,
at most `PART_CHARS` characters). Outside such a block there is no limit.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_deadline: ContextVar[float | None] = ContextVar("extraction_deadline", default=None)


class ExtractionTimeout(Exception):
    """Extraction ran past the deadline set with `extraction_deadline`."""

    def __init__(self, seconds: float):
        super().__init__(f"extraction took longer than {seconds:g} s")
        self.seconds = seconds


_limit: ContextVar[float] = ContextVar("extraction_limit", default=0.0)


@contextmanager
def extraction_deadline(seconds: float | None) -> Iterator[None]:
    """Stop extraction started inside this block after `seconds` (None or <= 0: no limit)."""
    if seconds is None or seconds <= 0:
        yield
        return
    token = _deadline.set(time.monotonic() + seconds)
    limit = _limit.set(seconds)
    try:
        yield
    finally:
        _deadline.reset(token)
        _limit.reset(limit)


def check_deadline() -> None:
    """Raise `ExtractionTimeout` when the current deadline has passed."""
    at = _deadline.get()
    if at is not None and time.monotonic() > at:
        raise ExtractionTimeout(_limit.get())
