"""A post held abroad is not the state of the place it is held in: "Ambassador to Chad X", "the
special envoy for Yemen" serve the state written before them (or the article's), never Chad or
Yemen; a post of a known leader's administration ("the Biden administration's envoy") serves that
leader's state. Names written for the tests; the project registry."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def ctx(project_resolver):
    return project_resolver.for_article(dt.date(2024, 2, 1))


@pytest.mark.parametrize(
    ("mention", "country"),
    [
        ("Ambassador to Chad Tomas Reiswald", None),
        ("Marta Olsson, the special envoy for Yemen", None),
        ("Marta Olsson, the US special envoy for Yemen", "US"),
        ("Kenya's Ambassador to Japan Ana Wairimu", "KE"),
        ("Chinese Ambassador to Japan Wu Jiandong", "CN"),
    ],
)
def test_the_place_a_post_is_held_in_is_not_the_state_served(ctx, mention, country):
    found = ctx.resolve(mention)
    assert found is not None and found.country == country


def test_a_post_of_a_leaders_administration_serves_the_leaders_state(ctx):
    found = ctx.resolve("Marta Olsson, the Biden administration’s special envoy for Yemen")
    assert found is not None and found.name == "Marta Olsson" and found.country == "US"


def test_prince_before_a_given_name_is_the_holder_so_named(project_resolver):
    """ "Foreign Minister Prince Faisal" in 2024 is Faisal bin Farhan by his given name, not the late
    Saud al-Faisal by his father's."""
    ctx = project_resolver.for_article(dt.date(2024, 5, 1))
    found = ctx.resolve("Saudi Foreign Minister Prince Faisal")
    assert found is not None and found.slug == "faisal-bin-farhan"
