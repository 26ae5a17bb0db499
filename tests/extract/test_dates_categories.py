"""Dates relative to publication and CAMEO categories (no spaCy)."""

import datetime as dt

import pytest

from app.lang import load_lexicon
from app.pipeline.extract.categories import categorise
from app.pipeline.extract.dates import statement_date

LEX = load_lexicon("en").extract

WED = dt.date(2022, 9, 14)


def test_weekday_is_latest_such_day_before_publication():
    assert statement_date("the minister said on Tuesday", WED, LEX.dates) == (dt.date(2022, 9, 13), "day")
    assert statement_date("she said on Wednesday", WED, LEX.dates) == (WED, "day")
    assert statement_date("he said on Thursday", WED, LEX.dates) == (dt.date(2022, 9, 8), "day")


def test_yesterday_today_evening():
    assert statement_date("said yesterday", WED, LEX.dates)[0] == dt.date(2022, 9, 13)
    assert statement_date("told reporters this evening", WED, LEX.dates)[0] == WED


def test_explicit_dates_with_and_without_year():
    assert statement_date("said on Monday, November 28", dt.date(2022, 11, 30), LEX.dates)[0] == dt.date(2022, 11, 28)
    assert statement_date("on 3 March 2021 he said", None, LEX.dates)[0] == dt.date(2021, 3, 3)
    assert statement_date("said on December 28", dt.date(2024, 1, 2), LEX.dates)[0] == dt.date(2023, 12, 28)


def test_no_date_without_clue():
    assert statement_date("the envoy said", WED, LEX.dates) == (None, None)
    assert statement_date("on Tuesday", None, LEX.dates) == (None, None)


def test_categories():
    assert categorise("indirect", "urge", "to exercise restraint", LEX)[0] == "0256"
    assert categorise("indirect", "urge", "to pay the debt", LEX)[0] == "020"
    assert categorise("indirect", "condemn", "the attack", LEX)[0] == "111"
    assert categorise("indirect", "reject", "the offer", LEX)[0] == "120"
    assert categorise("indirect", "warn", "of consequences", LEX)[0] == "130"
    assert categorise("indirect", "welcome", "the deal", LEX)[0] == "051"
    assert categorise("direct", "say", "We are deeply concerned about the situation", LEX)[0] == "012"
    assert categorise("direct", "say", "I am open to dialogue with them", LEX)[0] == "036"
    assert categorise("contact", "hold", "held a phone call with", LEX)[0] == "041"
    assert categorise("contact", "meet", "met in Oslo", LEX)[0] == "040"
    code, label = categorise("indirect", "demand", "the release", LEX)
    assert code == "100" and label


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("Sylvania and Freedonia have agreed upon a new fisheries pact", "030"),
        ("the two sides reached a consensus to share border data", "030"),
        ("Freedonia has offered to hand over the two suspects", "030"),
        ("the government accepted a formula for ending the dispute", "030"),
        ("the president would be ready to host the talks", "030"),
        ("the army will evacuate all twelve outposts by June", "030"),
        ("the foreign minister will visit Port Ellis in June", "036"),
        ("the government is prepared to impose martial law in the capital", "130"),
        ("the president will extend the night-time curfew in the port", "130"),
        ("the alliance would tighten the naval blockade of the coast", "130"),
        ("the rebels have sworn to fight until they hold the valley", "130"),
    ],
)
def test_intent_to_cooperate_or_meet_is_read_from_the_content(content, code):
    assert categorise("indirect", "say", content, LEX)[0] == code
