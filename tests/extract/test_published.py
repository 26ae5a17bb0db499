"""Kind 12: an article given without a date takes it from its URL, a heading line or its
dateline; when none says, it stays undated (never the day it was ingested). Texts are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.extract.published import article_date, dateline_day, full_date, url_date
from app.pipeline.extract.segments import split_paragraphs
from app.pipeline.types import ArticleInput

RECEIVED = dt.date(2022, 9, 14)  # a Wednesday


@pytest.mark.parametrize(
    "url, day",
    [
        ("https://news.example/world/2022/09/13/talks-resume/", dt.date(2022, 9, 13)),
        ("https://news.example/world/2022/9/3/talks", dt.date(2022, 9, 3)),
        ("https://news.example/20220913/talks-resume.html", dt.date(2022, 9, 13)),
        ("https://news.example/story-2022-09-13.html?ref=home", dt.date(2022, 9, 13)),
        ("https://news.example/2022/09/talks", None),  # no day
        ("https://news.example/id/120220913456", None),  # an id, not a date
        ("https://news.example/2022/13/45/x", None),  # no such day
        ("https://2022-09-13.example/talks", None),  # the host is not the path
        (None, None),
    ],
)
def test_a_full_date_in_the_url(url, day):
    assert url_date(url) == day


@pytest.mark.parametrize(
    "line, day",
    [
        ("Thursday December 28 2023", dt.date(2023, 12, 28)),
        ("By Ana Writer | Belgrade | 1 October 2024", dt.date(2024, 10, 1)),
        ("Published: Sept. 13, 2022, 08:15 GMT", dt.date(2022, 9, 13)),
        ("Troops on patrol near the border (September 2022)", None),  # no day
        ("13/09/2022", None),  # numbers only: day or month first depends on the writer
        ("Reporting by Ana Writer; Editing by Ben Editor", None),
    ],
)
def test_a_full_date_in_a_heading_line(line, day):
    assert full_date(line) == day


def test_a_dateline_of_the_week_before_receipt_takes_that_year():
    assert dateline_day(", Sept 13", None, RECEIVED) == dt.date(2022, 9, 13)
    assert dateline_day(", 13 September", None, RECEIVED) == dt.date(2022, 9, 13)
    assert dateline_day(", Dec. 30", None, dt.date(2023, 1, 2)) == dt.date(2022, 12, 30)  # over new year


def test_an_old_dateline_without_a_year_stays_undated():
    """An archive article received long after: its year cannot be known from the dateline."""
    assert dateline_day(", Sept 13", None, dt.date(2024, 3, 1)) is None
    assert dateline_day(", Sept 13", 2019, dt.date(2024, 3, 1)) == dt.date(2019, 9, 13)  # the URL's year


def test_a_dateline_whose_weekday_disagrees_is_not_trusted():
    # 2022-09-13 was a Tuesday: "on Tuesday" or "on Monday" (reported the next day) fit, "on Friday" does not.
    assert dateline_day(", Sept 13", None, RECEIVED, weekday=1) == dt.date(2022, 9, 13)
    assert dateline_day(", Sept 13", None, RECEIVED, weekday=0) == dt.date(2022, 9, 13)
    assert dateline_day(", Sept 13", None, RECEIVED, weekday=4) is None


def _date(lex, text, url=None, published=None, received=RECEIVED):
    return article_date(published, url, split_paragraphs(text, lex), lex, received)


def test_article_date_in_order_given_url_heading_dateline(lex):
    wire = "MOSCOW, Sept 13 (Reuters) - Russia on Tuesday called for restraint, the ministry said."
    assert _date(lex, wire, published=dt.date(2022, 9, 12)) == (dt.date(2022, 9, 12), "given")
    assert _date(lex, wire, url="https://w.example/2022/09/11/x") == (dt.date(2022, 9, 11), "url")
    assert _date(lex, "Tuesday 13 September 2022\n\n" + wire) == (dt.date(2022, 9, 13), "heading")
    assert _date(lex, wire) == (dt.date(2022, 9, 13), "dateline")
    assert _date(lex, wire, url="https://w.example/2021/world/x") == (dt.date(2021, 9, 13), "dateline")
    assert _date(lex, "Russia on Tuesday called for restraint, the ministry said.") == (None, None)


def test_a_date_in_the_body_is_not_the_articles(lex):
    text = "Russia called for restraint.\n\nThe talks of 1 October 2021 failed, the ministry said."
    assert _date(lex, text) == (None, None)


def test_the_extractor_dates_statements_by_the_dateline(run, make_extractor):
    text = "MOSCOW, Sept 13 (Reuters) - Russia's foreign ministry said on Monday that talks would resume."
    found = make_extractor().analyse(ArticleInput(text=text, received=RECEIVED))
    assert (found.published, found.published_from) == (dt.date(2022, 9, 13), "dateline")
    (statement,) = found.statements
    assert statement.date == dt.date(2022, 9, 12)  # "on Monday", counted from the dateline's day
    undated = make_extractor().analyse(ArticleInput(text=text, received=dt.date(2024, 1, 20)))
    assert undated.published is None and undated.statements[0].date is None
