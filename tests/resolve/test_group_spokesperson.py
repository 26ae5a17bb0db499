"""An unnamed spokesperson after the name of a known group ("a Hamas spokeswoman") speaks for
the group, as "a spokesperson for Hamas" does; a definite one ("the Taliban spokesman") may be
someone named before and is left alone, and a state's post keeps its holder. Mentions written
for the test."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "mention, slug",
    [
        ("a Hamas spokeswoman", "hamas"),
        ("An M23 spokesperson", "m23"),
        ("a Taliban deputy spokesman", "taliban"),
    ],
)
def test_an_unnamed_spokesperson_of_a_known_group_is_the_group(resolver, mention, slug):
    found = resolver.resolve(mention)
    assert found is not None and found.slug == slug


def test_a_definite_group_spokesperson_is_not_the_group(resolver):
    found = resolver.resolve("the Taliban spokesman")
    assert found is None or found.slug != "taliban"
