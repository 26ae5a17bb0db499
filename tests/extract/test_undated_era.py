"""An undated article is placed in time by the office holders it names with their titles, and its bare
titles are read on that day (its statements stay undated). Records and sentences written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.extract.era import undated_era
from app.pipeline.resolve import Registry, Resolver
from app.pipeline.types import ArticleInput


def _person(slug: str, name: str, role: str, title: str, start: str, end: str | None = None) -> dict:
    """A registry record of a Swedish office holder with one dated term."""
    term = {"role": role, "title": title, "country": "SE", "start": start, "end": end}
    return {"slug": slug, "name": name, "kind": "person", "country": "SE", "roles": [term]}


RECORDS = [
    {"slug": "sylvania", "name": "Sylvania", "kind": "state", "country": "SE"},
    _person("ana-lima", "Ana Lima", "foreign_minister", "Minister of Foreign Affairs", "2014-05-26", "2019-05-30"),
    _person("piet-berg", "Piet Berg", "head_of_government", "Prime Minister of Sweden", "2012-01-01", "2018-01-01"),
    _person("peter-novak", "Peter Novak", "head_of_government", "Prime Minister of Sweden", "2018-01-01"),
]


@pytest.fixture(scope="module")
def registry():
    return Registry.from_dicts(RECORDS)


def test_a_titled_office_holder_places_the_article_in_their_term(nlp, registry, lex):
    day = undated_era(nlp("Foreign Minister Ana Lima met the envoy on Friday."), registry, lex)
    assert dt.date(2014, 5, 26) <= day <= dt.date(2019, 5, 30)


def test_two_titled_holders_place_it_where_their_terms_meet(nlp, registry, lex):
    doc = nlp("Foreign Minister Ana Lima and Prime Minister Peter Novak met the envoy on Friday.")
    assert dt.date(2018, 1, 1) <= undated_era(doc, registry, lex) <= dt.date(2019, 5, 30)


def test_a_name_without_its_title_places_nothing(nlp, registry, lex):
    assert undated_era(nlp("Ana Lima met the envoy on Friday."), registry, lex) is None


def test_an_undated_articles_bare_title_is_the_holder_of_its_era(make_extractor, lexicon, registry):
    extractor = make_extractor(Resolver(registry, lexicon.resolve))
    text = (
        "Sylvanian Foreign Minister Ana Lima met the envoy in Stockholm on Friday.\n\n"
        "The Prime Minister of Sweden said the border talks would resume next month."
    )
    (st,) = [s for s in extractor.extract(ArticleInput(text=text)) if "border talks" in s.text]
    assert st.actor.name == "Piet Berg" and st.date is None


def test_a_term_too_long_to_tell_places_nothing(nlp, lex):
    registry = Registry.from_dicts(
        [_person("ana-lima", "Ana Lima", "foreign_minister", "Minister of Foreign Affairs", "2004-03-09")]
    )
    assert undated_era(nlp("Foreign Minister Ana Lima met the envoy on Friday."), registry, lex) is None
