"""When a statement was made, from the words around its cue.

Explicit dates ("on November 28", "28 December 2023"), weekdays and
yesterday/today/this evening relative to the article's published date ("on
Tuesday" in an article of Wednesday 2022-09-14 → 2022-09-13: the latest such
day not after publication). No date is guessed when the sentence gives none;
the assembly step may carry a date over to the same speaker's next statement.
"""

from __future__ import annotations

import datetime as dt
import re

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MON = r"(january|february|march|april|may|june|july|august|september|october|november|december)"
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON}(?:,?\s+(\d{{4}}))?\b", re.I)
_MONTH_DAY = re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
_WEEKDAY = re.compile(r"\b(?:on|last|this|since)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_RELATIVE = re.compile(r"\b(yesterday|today|this (?:morning|afternoon|evening)|tonight|last night)\b", re.I)


def _year_for(month: int, day: int, published: dt.date | None, year: str | None) -> int | None:
    if year:
        return int(year)
    if published is None:
        return None
    guess = published.year
    try:
        if dt.date(guess, month, day) > published + dt.timedelta(days=7):
            guess -= 1  # "on December 28" in a January article
    except ValueError:
        return None
    return guess


def _explicit(text: str, published: dt.date | None) -> dt.date | None:
    for rx, d_i, m_i in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        m = rx.search(text)
        if m:
            day, month = int(m.group(d_i)), _MONTHS.index(m.group(m_i).lower()) + 1
            year = _year_for(month, day, published, m.group(3))
            if year:
                try:
                    return dt.date(year, month, day)
                except ValueError:
                    return None
    return None


def _relative(text: str, published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    m = _RELATIVE.search(text)
    if m:
        word = m.group(1).lower()
        return published - dt.timedelta(days=1) if word in ("yesterday", "last night") else published
    m = _WEEKDAY.search(text)
    if m:
        target = _WEEKDAYS.index(m.group(1).lower())
        back = (published.weekday() - target) % 7
        return published - dt.timedelta(days=back)
    return None


def statement_date(context: str, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    """(date, precision) from the attribution text around a statement."""
    day = _explicit(context, published) or _relative(context, published)
    return (day, "day") if day else (None, None)
