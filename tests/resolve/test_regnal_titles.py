"""A monarch's title before a name names one who held it: "King Abdullah" is Jordan's king, not a
minister whose family name is Abdullah. Mentions written for the test, over the project's registry."""

from __future__ import annotations

import datetime as dt

import pytest


@pytest.fixture
def ctx(project_resolver):
    return project_resolver.for_article(dt.date(2023, 4, 20))


@pytest.mark.parametrize(
    ("mention", "slug"),
    [
        ("King Abdullah", "abdullah-ii-of-jordan"),
        ("His Majesty King Abdullah", "abdullah-ii-of-jordan"),
        ("King Salman", "salman-bin-abdulaziz"),
        ("Emir Tamim", "tamim-bin-hamad"),
    ],
)
def test_a_regnal_title_finds_the_ruler(ctx, mention, slug):
    found = ctx.resolve(mention)
    assert found is not None and found.slug == slug


@pytest.mark.parametrize(
    ("mention", "slug"),
    [
        # a Gulf honorific before a given name: the holder of the office the registry also styles so,
        # not a namesake whose family name it is and who never held the office
        ("President Sheikh Mohamed", "mohamed-bin-zayed"),
        ("UAE President Sheikh Mohamed", "mohamed-bin-zayed"),
    ],
)
def test_an_office_and_an_honorific_before_a_given_name_find_its_holder(project_resolver, mention, slug):
    found = project_resolver.for_article(dt.date(2026, 1, 30)).resolve(mention)
    assert found is not None and found.slug == slug


def test_a_surname_after_an_office_without_the_honorific_is_unchanged(project_resolver):
    found = project_resolver.for_article(dt.date(2020, 1, 30)).resolve("Prime Minister Kamil Mohamed")
    assert found is not None and found.slug == "abdoulkader-kamil-mohamed"
