"""When a statement was made, from the words around its cue.

Explicit dates ("on November 28", "28 December 2023"), weekdays and
yesterday/today/this evening relative to the article's published date ("on
Tuesday" in an article of Wednesday 2022-09-14 → 2022-09-13: the latest such
day not after publication). No date is guessed when the sentence gives none;
the assembly step may carry a date over to the same speaker's next statement.
"""

from __future__ import annotations

import datetime as dt

from app.lang.extract_schema import Dates


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


def _explicit(text: str, published: dt.date | None, words: Dates) -> dt.date | None:
    for rx, d_i, m_i in ((words.day_month_rx, 1, 2), (words.month_day_rx, 2, 1)):
        m = rx.search(text)
        if m:
            day, month = int(m.group(d_i)), words.months.index(m.group(m_i).lower()) + 1
            year = _year_for(month, day, published, m.group(3))
            if year:
                try:
                    return dt.date(year, month, day)
                except ValueError:
                    return None
    return None


def _relative(text: str, published: dt.date | None, words: Dates) -> dt.date | None:
    if published is None:
        return None
    m = words.relative_rx.search(text)
    if m:
        return published - dt.timedelta(days=words.relative_days[m.group(1).lower()])
    m = words.weekday_rx.search(text)
    if m:
        target = words.weekdays.index(m.group(1).lower())
        back = (published.weekday() - target) % 7
        return published - dt.timedelta(days=back)
    return None


def statement_date(context: str, published: dt.date | None, words: Dates) -> tuple[dt.date | None, str | None]:
    """(date, precision) from the attribution text around a statement."""
    day = _explicit(context, published, words) or _relative(context, published, words)
    return (day, "day") if day else (None, None)
