"""A known person speaks for the state of the office held on the article's day: a former
minister who now heads an international body speaks for no state, while the same person's
words as minister, in an older article, are his state's. The people are written here."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.resolve.record import actor_from_dict
from app.pipeline.resolve.registry import Registry
from app.pipeline.resolve.resolver import Resolver

PERSON = {
    "slug": "karim-haddad-test",
    "name": "Karim Haddad",
    "kind": "person",
    "country": "JO",
    "aliases": ["Haddad"],
    "roles": [
        {
            "role": "foreign_minister",
            "title": "Minister of Foreign Affairs",
            "country": "JO",
            "start": "2010-01-01",
            "end": "2015-12-31",
        },
        {
            "role": "secretary_general",
            "title": "Secretary-General of the Arab League",
            "organisation": "arab-league",
            "country": None,
            "start": "2019-01-01",
            "end": None,
        },
    ],
}
BOTH = {
    "slug": "ana-wanjiru-test",
    "name": "Ana Wanjiru",
    "kind": "person",
    "country": "KE",
    "roles": [
        {"role": "head_of_state", "title": "President of Kenya", "country": "KE", "start": "2020-01-01", "end": None},
        {"role": "chair", "title": "Chair of the African Union", "country": None, "start": "2024-02-01", "end": None},
    ],
}


@pytest.fixture(scope="module")
def people_resolver(own_actors, lexicon):
    return Resolver(
        Registry(list(own_actors) + [actor_from_dict(PERSON, "test"), actor_from_dict(BOTH, "test")]), lexicon
    )


@pytest.mark.parametrize(
    "day, country",
    [
        (dt.date(2012, 6, 1), "JO"),  # minister then
        (dt.date(2023, 6, 1), None),  # heads a league now
        (dt.date(2017, 6, 1), "JO"),  # no office on record that day: the record's own country
    ],
)
def test_the_office_held_that_day_gives_the_country(people_resolver, day, country):
    found = people_resolver.for_article(day).resolve("Karim Haddad")
    assert found is not None and found.known and found.country == country


def test_a_state_office_held_beside_an_international_one_keeps_the_state(people_resolver):
    found = people_resolver.for_article(dt.date(2024, 6, 1)).resolve("Ana Wanjiru")
    assert found is not None and found.country == "KE"


def test_an_undated_article_keeps_the_records_country(people_resolver):
    found = people_resolver.for_article(None).resolve("Karim Haddad")
    assert found is not None and found.country == "JO"
