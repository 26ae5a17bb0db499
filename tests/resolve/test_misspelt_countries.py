"""A country name misspelt by one slip inside the word is still the country ("Ethopia",
"Quatar's emir", "Britian"); a word that is a person's name close to a country's is not
("Roland", "Hollande", "Giorgia"). Names here are written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from app.pipeline.resolve.countries import _one_slip


@pytest.fixture
def ctx(resolver):
    return resolver.for_article(dt.date(2024, 3, 1))


@pytest.mark.parametrize(
    ("mention", "country"),
    [
        ("Ethopia", "ET"),
        ("Britian", "GB"),
        ("Ukrane", "UA"),
        ("Quatar's foreign ministry", "QA"),
        ("the Mexcian government", "MX"),
    ],
)
def test_one_slip_inside_a_country_word_is_still_that_country(ctx, mention, country):
    found = ctx.resolve(mention)
    assert found is not None and found.country == country


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("roland", "poland"),
        ("hollande", "holland"),
        ("olivia", "bolivia"),
        ("giorgia", "georgia"),
        ("franco", "france"),
    ],
)
def test_a_changed_letter_or_a_slip_at_an_end_is_another_name(typed, name):
    assert not _one_slip(typed, name)


def test_a_person_named_like_a_country_keeps_no_country(ctx):
    found = ctx.resolve("Roland")
    assert found is None or found.country is None


@pytest.mark.parametrize("mention", ["Forces for Defence of Democracy", "Front for the Liberation of Tarragona"])
def test_the_last_word_of_a_bodys_name_is_no_persons_name(ctx, mention):
    found = ctx.resolve(mention)
    assert found is not None and found.kind != "person"


def test_a_titled_persons_name_after_of_is_still_a_name(ctx):
    found = ctx.resolve("Minister of Health Ana Lima")
    assert found is not None and found.kind == "person" and found.name == "Ana Lima"
