"""Outlets named with words that describe them ("Egypt's state-affiliated X", "the state-run X news
agency", "Iran's semi-official X news agency", "the pro-government daily X"): the words are not the
outlet's name, an outlet the registry knows is found through them, and one it lacks is still an
outlet, of the country they name. Names written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

D = dt.date(2025, 3, 1)


@pytest.mark.parametrize(
    "mention, slug",
    [
        ("the state-owned TASS news agency", "tass"),
        ("Russia's state-owned RIA news agency", "ria-novosti"),
        ("the official Xinhua news agency", "xinhua"),
        ("China's official Xinhua news agency", "xinhua"),
    ],
)
def test_a_known_outlet_behind_its_descriptions(resolver, mention, slug):
    assert resolver.resolve(mention, D).slug == slug


@pytest.mark.parametrize(
    "mention, name, country",
    [
        ("Egypt's state-affiliated Al-Zahra News", "Al-Zahra News", "EG"),
        ("Kenya's privately owned Daily Drum newspaper", "Daily Drum", "KE"),
        ("the pro-government daily Yeni Sabah", "Yeni Sabah", None),
        ("the independent Zvezda news outlet", "Zvezda", None),
        ("Iran's semi-official Parsian news agency", "Parsian", "IR"),
    ],
)
def test_an_unknown_outlet_keeps_its_own_name(resolver, mention, name, country):
    found = resolver.resolve(mention, D)
    assert (found.kind, found.name, found.country) == ("media", name, country)


def test_a_description_before_a_persons_name_is_no_outlet(resolver):
    found = resolver.resolve("Senior official Ivo Brandt", D)
    assert found.kind == "person" and found.name == "Ivo Brandt"


def test_an_outlet_noun_without_a_name_is_no_named_outlet(resolver):
    found = resolver.resolve("the official news agency", D)
    assert found is None or found.kind != "media" or found.name != "official"


def test_a_known_ministry_keeps_its_registry_name(project_resolver):
    assert project_resolver.resolve("Russia's foreign ministry", D).name == "Ministry of Foreign Affairs of Russia"


def test_an_army_the_registry_lacks_is_the_states_armed_forces_not_its_ministry(resolver):
    found = resolver.resolve("the Malian army", D)
    assert (found.name, found.country) == ("Armed Forces of Mali", "ML")


def test_an_air_force_is_a_body_not_a_person(resolver):
    found = resolver.resolve("the Ukrainian Air Force", D)
    assert (found.kind, found.name, found.country) == ("institution", "Ukrainian Air Force", "UA")
