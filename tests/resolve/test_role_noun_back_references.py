"""A bare role noun ("the diplomat", "the official") refers back to the latest person the article
introduced with a fitting title; "a diplomat" introduces someone new. Phrases written for the test."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def ctx(resolver):
    return resolver.for_article(dt.date(2024, 3, 1))


@pytest.mark.parametrize("noun", ["the diplomat", "the official", "the spokeswoman"])
def test_a_role_noun_refers_back_to_the_titled_person(ctx, noun):
    first = ctx.resolve("Russian Foreign Ministry spokeswoman Maria Zakharova")
    assert ctx.resolve(noun) == first


def test_a_diplomat_with_an_indefinite_article_is_someone_new(ctx):
    first = ctx.resolve("Russian Foreign Ministry spokeswoman Maria Zakharova")
    found = ctx.resolve("a diplomat")
    assert found is None or found.slug != first.slug


def test_a_role_noun_needs_a_fitting_title(ctx):
    ctx.resolve("Russian Foreign Ministry spokeswoman Maria Zakharova")
    found = ctx.resolve("the minister")
    assert found is None or found.slug != "maria-zakharova"


def test_several_diplomats_are_not_the_spokeswoman_named_before(ctx):
    ctx.resolve("Russian Foreign Ministry spokeswoman Maria Zakharova")
    found = ctx.resolve("two diplomats")
    assert found is None or found.slug != "maria-zakharova"


def test_a_placed_role_noun_refers_back_to_the_titled_person_of_that_state(project_resolver):
    """ "Mr Lavrov said … the Russian minister said": the Russian minister met, not someone new."""
    ctx = project_resolver.for_article(dt.date(2022, 7, 26))
    lavrov = ctx.resolve("Mr Lavrov")
    assert lavrov is not None and lavrov.known
    assert ctx.resolve("the Russian minister") == lavrov


def test_a_placed_role_noun_of_another_state_or_indefinite_is_someone_new(project_resolver):
    ctx = project_resolver.for_article(dt.date(2022, 7, 26))
    lavrov = ctx.resolve("Mr Lavrov")
    other = ctx.resolve("the Ugandan minister")
    assert other is not None and other.slug != lavrov.slug and other.country == "UG"
    new = ctx.resolve("a Russian minister")
    assert new is not None and new.slug != lavrov.slug and new.country == "RU"
