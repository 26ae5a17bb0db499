"""The day an article was published when nobody said: from its URL or its dateline.

An article without a date used to be put on the day it was ingested, so its statements sat at
the top of the timeline under a false date. Now, in this order: the date given with the article
(a field, a file's front matter, the page's metadata as trafilatura reads it, the feed's
entry); a full date in the URL ("/2022/09/13/", "/20220913/", "2022-09-13"); a full date in
a heading line above the text ("Thursday December 28 2023", "By A. Writer | Belgrade | 1
October 2024"); the dateline that opens the text ("MOSCOW, Sept 13 (Reuters) –"). A dateline
has no year: it takes the URL's, or else the dateline must fall in the week before the day the
article was received (a feed or a crawler reading fresh news), and takes that year; if its
paragraph names a weekday ("on Thursday"), the dateline's day must be that day or the next. An archive
article received long after its dateline stays undated: neither the years its text names nor
its weekdays tell the year reliably (tried on our gold sets: a third would have been misdated),
and a false date is worse than none. Else the article stays undated, and so do statements that
give no date of their own.

The date words themselves are read by python-dateutil (any month spelling it knows, day first
or month first); a date counts only when it names day, month and year (or, in a dateline, day
and month): parsed against two different defaults, a part the text does not give differs.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from dateutil import parser as dateparser

from app.lang.extract_schema import ExtractLexicon

from .dateline import read_dateline
from .segments import Paragraph

DateSource = Literal["given", "url", "heading", "dateline"]

# Year, month and day in a URL's path: /2022/09/13/, /2022-09-13, /20220913/. Bounded by
# separators so that an id like 120220913456 is no date.
_URL_DATES = (
    re.compile(r"(?<![\d])((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?![\d])"),
    re.compile(r"(?<=[/_-])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"),
)
_URL_YEAR = re.compile(r"/((?:19|20)\d\d)/")
# Lines above the text worth reading for a date, and how long such a line may be.
HEADING_LINES = 3
HEADING_WORDS = 12
_WORD = re.compile(r"[^\W\d_]{3,}")
_INFO = dateparser.parserinfo()
_DEFAULTS = (dt.datetime(1901, 1, 1), dt.datetime(1902, 2, 2))
# How long before the day an article was received its year-less dateline may be (and after it:
# time zones) for the article to count as fresh news of that year.
FRESH = dt.timedelta(days=7)
AHEAD = dt.timedelta(days=1)


def _day(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def url_date(url: str | None) -> dt.date | None:
    """The first full date in the URL's path, if any."""
    if not url:
        return None
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url, flags=re.I).split("?", 1)[0]
    for rx in _URL_DATES:
        for m in rx.finditer(path):
            if found := _day(*m.groups()):
                return found
    return None


def _parsed(text: str) -> tuple[dt.datetime, dt.datetime] | None:
    """`text` read by dateutil against two defaults (a part both agree on was in the text)."""
    if not any(_INFO.month(w) is not None for w in _WORD.findall(text)):
        return None  # a month in words: "05/09/2022" is May or September depending on the writer
    try:
        a, b = (dateparser.parse(text, fuzzy=True, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    return a, b


def full_date(text: str) -> dt.date | None:
    """The date in `text` when it names day, month and year."""
    parsed = _parsed(text)
    if parsed is None:
        return None
    a, b = parsed
    return a.date() if a.date() == b.date() else None


def dateline_day(text: str, year: int | None, received: dt.date, weekday: int | None = None) -> dt.date | None:
    """ "Sept 13" as a date: in `year` if given; else in the year that puts it in the week
    before `received` and on `weekday` or the day after (None when no year does); with its own
    year, that one."""
    parsed = _parsed(text)
    if parsed is None:
        return None
    a, b = parsed
    if (a.month, a.day) != (b.month, b.day):
        return None
    if a.year == b.year:
        return a.date()
    for guess in [year] if year else [received.year + 1, received.year, received.year - 1]:
        try:
            day = dt.date(guess, a.month, a.day)
        except ValueError:
            continue
        if year:
            return day
        if received - FRESH <= day <= received + AHEAD and (weekday is None or (day.weekday() - weekday) % 7 <= 1):
            return day
    return None


def article_date(
    published: dt.date | None,
    url: str | None,
    paras: list[Paragraph],
    lex: ExtractLexicon,
    received: dt.date,
) -> tuple[dt.date | None, DateSource | None]:
    """The article's day and where it was found (see the module's docstring)."""
    if published is not None:
        return published, "given"
    if found := url_date(url):
        return found, "url"
    for p in paras[:HEADING_LINES]:
        dateline = read_dateline(p.text, lex, "capitals")
        if dateline is None and not p.furniture:
            dateline = read_dateline(p.text, lex, "opening")  # the text's first words: "Velora, May 18, RNA –"
        if dateline is not None:
            named = lex.dates.weekday_rx.search(p.text, dateline.end)
            weekday = lex.dates.weekdays.index(named.group(1).lower()) if named else None
            if dateline.date and (found := dateline_day(dateline.date, _url_year(url), received, weekday)):
                return found, "dateline"
            break  # the text has begun
        if len(p.text.split()) <= HEADING_WORDS and (found := full_date(p.text)):
            return found, "heading"
        if not p.furniture:
            break
    return None, None


def _url_year(url: str | None) -> int | None:
    m = _URL_YEAR.search(url or "")
    return int(m.group(1)) if m else None
