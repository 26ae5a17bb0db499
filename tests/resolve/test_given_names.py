"""Issue 14, kind 4: a person's given name that is also a country or a capital
("Jordan", "Chad", "Georgia", "Victoria", "Douglas") is part of the name, never
the person's country.  Sentences written for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "mention, name",
    [
        ("Jordan Bardella", "Jordan Bardella"),
        ("Chad Wolf", "Chad Wolf"),
        ("Senator Georgia Smith", "Georgia Smith"),
        ("Victoria Lund", "Victoria Lund"),
        ("Douglas Ferreira", "Douglas Ferreira"),
    ],
)
def test_a_given_name_that_is_a_place_gives_no_country(resolver, mention, name):
    found = resolver.resolve(mention)
    assert found is not None and found.name == name and found.country is None


def test_a_demonym_before_a_name_still_gives_the_country(resolver):
    found = resolver.resolve("Jordanian Foreign Minister Karim Haddad")
    assert found is not None and found.name == "Karim Haddad" and found.country == "JO"


def test_a_possessive_place_before_a_title_still_gives_the_country(resolver):
    found = resolver.resolve("Chad's Defence Minister Idris Mahamat")
    assert found is not None and found.country == "TD"


def test_reader_keeps_the_place_word_in_the_name(resolver):
    assert resolver.reader.split_name("Jordan Bardella") == ("Jordan Bardella", "")
    assert resolver.reader.split_name("Chad President Ali Mahamat") == ("Ali Mahamat", "Chad President")


@pytest.mark.parametrize(
    "mention, name",
    [("Ana Lima", "Ana Lima"), ("Tom Paris", "Tom Paris"), ("Deputy Minister Rui Lisboa Lima", "Rui Lisboa Lima")],
)
def test_a_surname_that_is_a_place_gives_no_country(resolver, mention, name):
    found = resolver.resolve(mention)
    assert found is not None and found.kind == "person" and found.name == name and found.country is None


@pytest.mark.parametrize(
    "mention, code",
    [
        ("Equatorial Guinea", "GQ"),
        ("North Korea", "KP"),
        ("Papua New Guinea", "PG"),
        ("the Government of Chad", "TD"),
        ("Buenos Aires", "AR"),
        ("Western Sahara", "EH"),
    ],
)
def test_a_place_of_several_words_is_still_the_place(resolver, mention, code):
    found = resolver.resolve(mention)
    assert found is not None and found.kind == "state" and found.country == code


@pytest.mark.parametrize(
    "mention", ["Scottish Environment Minister Ewan Baird", "the Welsh government", "Northern Ireland", "Edinburgh"]
)
def test_the_uks_constituent_countries_speak_for_the_uk(resolver, mention):
    found = resolver.resolve(mention)
    assert found is not None and found.country == "GB"


@pytest.mark.parametrize("mention", ["Inner Mongolia", "Greater London", "Southern Lebanon"])
def test_a_part_of_a_place_is_no_persons_name(resolver, mention):
    found = resolver.resolve(mention)
    assert found is None or found.kind != "person"


@pytest.mark.parametrize(
    "mention, name, country",
    [
        ("Russian Ambassador to South Africa Ilya Petrov", "Ilya Petrov", "RU"),
        ("Japanese Ambassador to Brazil Kenji Mori", "Kenji Mori", "JP"),
    ],
)
def test_the_place_of_a_post_before_a_name_is_not_its_first_word(resolver, mention, name, country):
    found = resolver.resolve(mention)
    assert found is not None and found.name == name and found.country == country
