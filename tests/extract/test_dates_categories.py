"""Dates relative to publication and CAMEO categories (no spaCy)."""

import datetime as dt

from app.pipeline.extract.categories import categorise
from app.pipeline.extract.dates import statement_date

WED = dt.date(2022, 9, 14)


def test_weekday_is_latest_such_day_before_publication():
    assert statement_date("the minister said on Tuesday", WED) == (dt.date(2022, 9, 13), "day")
    assert statement_date("she said on Wednesday", WED) == (WED, "day")
    assert statement_date("he said on Thursday", WED) == (dt.date(2022, 9, 8), "day")


def test_yesterday_today_evening():
    assert statement_date("said yesterday", WED)[0] == dt.date(2022, 9, 13)
    assert statement_date("told reporters this evening", WED)[0] == WED


def test_explicit_dates_with_and_without_year():
    assert statement_date("said on Monday, November 28", dt.date(2022, 11, 30))[0] == dt.date(2022, 11, 28)
    assert statement_date("on 3 March 2021 he said", None)[0] == dt.date(2021, 3, 3)
    assert statement_date("said on December 28", dt.date(2024, 1, 2))[0] == dt.date(2023, 12, 28)


def test_no_date_without_clue():
    assert statement_date("the envoy said", WED) == (None, None)
    assert statement_date("on Tuesday", None) == (None, None)


def test_categories():
    assert categorise("indirect", "urge", "to exercise restraint")[0] == "0256"
    assert categorise("indirect", "urge", "to pay the debt")[0] == "020"
    assert categorise("indirect", "condemn", "the attack")[0] == "111"
    assert categorise("indirect", "reject", "the offer")[0] == "120"
    assert categorise("indirect", "warn", "of consequences")[0] == "130"
    assert categorise("indirect", "welcome", "the deal")[0] == "051"
    assert categorise("direct", "say", "We are deeply concerned about the situation")[0] == "012"
    assert categorise("direct", "say", "I am open to dialogue with them")[0] == "036"
    assert categorise("contact", "hold", "held a phone call with")[0] == "041"
    assert categorise("contact", "meet", "met in Oslo")[0] == "040"
    code, label = categorise("indirect", "demand", "the release")
    assert code == "100" and label
