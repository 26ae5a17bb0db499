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
