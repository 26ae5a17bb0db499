"""Datelines in the house styles of the wires: a bare agency name after the date ("Velora, May 18,
RNA – "), a date with its year ("VELORA, 5th March, 2021 (RNA) -- "), a dash glued to the agency's
bracket ("(Rivera Press)--"). The place is never the speaker, and a dated line dates the article.
Every sentence here is invented."""

import datetime as dt

import pytest

from app.pipeline.extract.dateline import Dateline, read_dateline
from app.pipeline.extract.published import article_date
from app.pipeline.extract.segments import dateline_length, split_paragraphs
from tests.extract.conftest import find

BODY = (
    "Ruritania's Ambassador to Sylvania Ana Lopes said on Saturday that the talks had stalled. "
    "The sanctions are unlawful, she said."
)


@pytest.mark.parametrize(
    "dateline",
    [
        "Velora, May 18, RNA – ",
        "Velora, December 05, 2021, RNA -- ",
        "VELORA, 5th December, 2021 (RNA) -- ",
        "Velora, Dec. 5 (Rivera Press)--",
        "Velora, December 05 (RNA) - ",
    ],
)
def test_the_place_of_a_wire_dateline_is_no_speaker(run, dateline):
    sts = run(dateline + BODY)
    assert find(sts, "talks had stalled").speaker == "Ruritania's Ambassador to Sylvania Ana Lopes"
    assert find(sts, "sanctions are unlawful").speaker == "Ruritania's Ambassador to Sylvania Ana Lopes"


@pytest.mark.parametrize(
    "text",
    [
        "NATO–Ruritania talks resumed on Monday, the ministry said.",
        "U.S.-led forces withdrew, the ministry said.",
        "Lopes - Ruritania's envoy - said the talks had stalled.",
        "Hamas -- the group -- said the talks had stalled.",
    ],
)
def test_a_dash_inside_the_first_words_is_no_dateline(lex, text):
    assert dateline_length(text, lex, opening=True) == 0


def test_a_dateline_with_its_year_dates_the_article(lex):
    text = "Velora, December 05, 2021, RNA -- " + BODY
    paras = split_paragraphs(text, lex)
    assert article_date(None, None, paras, lex, dt.date(2026, 1, 1)) == (dt.date(2021, 12, 5), "dateline")


@pytest.mark.parametrize(
    ("text", "form", "dateline"),
    [
        ("VELORA, Sept 13 (RNA) – The", "capitals", Dateline(24, "VELORA", ", Sept 13", " (RNA)")),
        ("VELORA, December 5. /RNA/. The", "capitals", Dateline(27, "VELORA", ", December 5", ". /RNA/.")),
        ("Velora, May 18, RNA – The", "opening", Dateline(22, "Velora", ", May 18", ", RNA")),
        ("VELORA: The", "home", Dateline(8, "VELORA", None, None)),
        ("NEW VELORA", "line", Dateline(10, "NEW VELORA", None, None)),
    ],
)
def test_the_reader_says_where_a_dateline_ends_and_its_place_date_and_agency(lex, text, form, dateline):
    assert read_dateline(text, lex, form) == dateline


def test_a_form_the_pack_lacks_reads_no_dateline(lex):
    assert read_dateline("VELORA, Sept 13 (RNA) – The", lex, "no such form") is None


def test_a_comma_before_the_datelines_dash_keeps_it_a_dateline(lex):
    # "Addis Ababa, — Minister …": a house style with a comma before the dash
    text = "Velora City, — Minister of Foreign Affairs, Ana Lopes, held talks with her counterpart."
    assert dateline_length(text, lex, opening=True) == len("Velora City, — ")
